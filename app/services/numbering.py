"""Document numbers per TT 22/2021 Đ6: ``PPUUSSSS/BB-XX`` (``/QĐ-XPHC`` for a decision) per
unit, symbol and year.

Offline uniqueness: numbers come only from blocks reserved for this device (configured at
set-up; later leased by the provincial server). Taking a number is one atomic
``UPDATE … RETURNING`` — the first statement of the issuing transaction, so SQLite's write
lock serialises two windows or two processes — and the issued document's UNIQUE
(unit, symbol, year, sequence) is the last guard. A crash before commit gives the number
back untouched (nothing was printed); after commit the number is used for ever.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.errors import DomainError
from app.models import NumberBlock, Unit

LOW_WATER = 10  # warn when fewer numbers than this remain for a symbol and year
# Symbols of the numbered forms (the Bảng kê is an annex and carries its biên bản's number),
# then of the decisions the unit issues: MQĐ02 QĐ-XPHC (TT 22/2021 Đ6) and MQĐ20 QĐ-TG, the
# symbol NĐ 118/2021's own form prints, numbered apart as TT 22 Đ6 k1 numbers each form.
SYMBOLS = ("BB-KT", "BB-VPHC", "BB-LV", "BB-TG", "BB-NPTG", "BB-MNP", "BB-TL", "BB-CHS",
           "QĐ-XPHC", "QĐ-TG")


class NumberingError(DomainError):
    """No number can be given: no block for this symbol and year, or the blocks are used up."""


@dataclass(frozen=True)
class TakenNumber:
    sequence: int
    number: str
    remaining: int  # numbers left in this device's blocks for the symbol and year


def format_number(unit: Unit, sequence: int, symbol: str) -> str:
    """"20030015/BB-KT": agency code PP, team code UU, yearly sequence SSSS."""
    return f"{unit.agency_code}{unit.team_code}{sequence:04d}/{symbol}"


def remaining(session: Session, unit: Unit, symbol: str, year: int) -> int:
    """Numbers left in this device's blocks (a column query: never stale ORM state)."""
    left = func.max(NumberBlock.last - NumberBlock.next + 1, 0)
    return session.scalar(
        select(func.coalesce(func.sum(left), 0)).where(
            NumberBlock.unit_id == unit.id, NumberBlock.symbol == symbol,
            NumberBlock.year == year, NumberBlock.deleted_at.is_(None))
    ) or 0


def take_number(session: Session, unit: Unit, symbol: str, year: int) -> TakenNumber:
    """The next free number of this device for ``symbol`` in ``year``; raises NumberingError."""
    row = session.execute(
        text(
            "UPDATE number_block SET next = next + 1, version = version + 1 "
            "WHERE id = (SELECT id FROM number_block WHERE unit_id = :unit AND symbol = :symbol "
            "AND year = :year AND next <= last AND deleted_at IS NULL ORDER BY first LIMIT 1) "
            "RETURNING next - 1"
        ),
        {"unit": unit.id.hex, "symbol": symbol, "year": year},
    ).first()
    if row is None:
        have = remaining(session, unit, symbol, year) == 0 and session.scalar(
            select(NumberBlock.id).where(NumberBlock.unit_id == unit.id, NumberBlock.symbol == symbol,
                                         NumberBlock.year == year).limit(1))
        if have:
            raise NumberingError(
                f"Đã dùng hết dãy số {symbol} năm {year} dành cho máy này. "
                "Hãy đồng bộ để nhận dãy số mới, hoặc nhập dãy số do Chi cục cấp (nút “Dãy số biên bản”)."
            )
        raise NumberingError(
            f"Máy này chưa được cấp dãy số {symbol} cho năm {year}, nên không được lấy số biên bản. "
            "Hãy đồng bộ với máy chủ tỉnh, hoặc nhập dãy số do Chi cục cấp (nút “Dãy số biên bản”)."
        )
    sequence = int(row[0])
    return TakenNumber(sequence, format_number(unit, sequence, symbol), remaining(session, unit, symbol, year))


def add_block(session: Session, unit: Unit, symbol: str, year: int, first: int, last: int,
              *, source: str = "configured", origin: str = "") -> NumberBlock:
    """Reserve [first, last] for this device. Overlapping an existing block is refused."""
    if not (1 <= first <= last <= 9999):
        raise NumberingError("Dãy số phải nằm trong 0001–9999, số đầu không lớn hơn số cuối.")
    overlap = session.scalar(
        select(NumberBlock.id).where(
            NumberBlock.unit_id == unit.id, NumberBlock.symbol == symbol, NumberBlock.year == year,
            NumberBlock.first <= last, NumberBlock.last >= first, NumberBlock.deleted_at.is_(None))
    )
    if overlap:
        raise NumberingError(f"Dãy {first:04d}–{last:04d} của {symbol} năm {year} trùng với dãy đã có.")
    block = NumberBlock(unit_id=unit.id, symbol=symbol, year=year, first=first, last=last,
                        next=first, source=source, origin_device=origin)
    session.add(block)
    session.flush()
    return block


@dataclass(frozen=True)
class BlockRow:
    symbol: str
    year: int
    first: int
    last: int
    next: int
    source: str

    @property
    def remaining(self) -> int:
        return max(self.last - self.next + 1, 0)


def list_blocks(session: Session, unit: Unit) -> list[BlockRow]:
    rows = session.scalars(
        select(NumberBlock)
        .where(NumberBlock.unit_id == unit.id, NumberBlock.deleted_at.is_(None))
        .order_by(NumberBlock.year.desc(), NumberBlock.symbol, NumberBlock.first)
    )
    return [BlockRow(b.symbol, b.year, b.first, b.last, b.next, b.source) for b in rows]


def add_blocks_for_all(session: Session, unit: Unit, year: int, first: int, last: int, origin: str = "") -> None:
    for symbol in SYMBOLS:
        add_block(session, unit, symbol, year, first, last, origin=origin)
