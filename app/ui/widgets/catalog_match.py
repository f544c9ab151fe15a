"""Type-ahead matching over catalogue labels, diacritic-free (Qt-free, unit-testable).

"tan thanh" finds "xã Tân Thanh, Lạng Sơn"; "15 k1" finds "Điểm a Khoản 1 Điều 15 NĐ 98/2020"
because legal citations are also indexed in the inspectors' shorthand (k1, d15, đ15, dia).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.rows import Choice
from app.text import fold

_KHOAN = re.compile(r"\bkhoan (\d+)")
_DIEU = re.compile(r"\bdieu (\d+)")
_DIEM = re.compile(r"\bdiem ([a-z]{1,2})\b")


def _shorthand(folded: str) -> str:
    """Extra words for citations: "khoan 1" → "k1", "dieu 15" → "d15", "diem a" → "dia"."""
    extra = [f"k{n}" for n in _KHOAN.findall(folded)]
    extra += [f"d{n}" for n in _DIEU.findall(folded)]
    extra += [f"di{p} d{p}" for p in _DIEM.findall(folded)]
    return " ".join(extra)


@dataclass(frozen=True)
class _Entry:
    choice: Choice
    label: str  # folded label
    words: tuple[str, ...]  # folded words of label, hint, code and shorthand


class ChoiceIndex:
    """A folded index of choices; ``search`` ranks prefix > substring > all-words matches.

    Folding runs on first use (≈30 ms per 1,000 labels), not when a picker is built.
    """

    def __init__(self, choices: Iterable[Choice]) -> None:
        self._choices = list(choices)
        self._built: list[_Entry] | None = None

    @property
    def _entries(self) -> list[_Entry]:
        if self._built is None:
            self._built = []
            for c in self._choices:
                label = fold(c.label)
                words = f"{label} {fold(c.hint)} {fold(c.code)} {_shorthand(label)}".split()
                self._built.append(_Entry(c, label, tuple(words)))
        return self._built

    def __len__(self) -> int:
        return len(self._choices)

    def search(self, text: str, limit: int = 50) -> list[Choice]:
        query = fold(text)
        if not query:
            return [e.choice for e in self._entries[:limit]]
        tokens = query.split()
        ranked: list[tuple[int, int, Choice]] = []
        for pos, e in enumerate(self._entries):
            rank = _rank(e, query, tokens)
            if rank is not None:
                ranked.append((rank, pos, e.choice))
        ranked.sort(key=lambda r: (r[0], r[1]))
        return [c for _, _, c in ranked[:limit]]

    def exact(self, text: str) -> Choice | None:
        """The one choice whose label (or code) is the text, ignoring diacritics and case."""
        query = fold(text)
        if not query:
            return None
        hits = [e.choice for e in self._entries if e.label == query]
        if len(hits) == 1:
            return hits[0]
        exact_label = [c for c in hits if c.label == text.strip()]
        if len(exact_label) == 1:
            return exact_label[0]
        codes = [e.choice for e in self._entries if fold(e.choice.code) == query]
        return codes[0] if len(codes) == 1 else None


def _rank(e: _Entry, query: str, tokens: Sequence[str]) -> int | None:
    if e.label.startswith(query):
        return 0
    if f" {query}" in f" {e.label}":
        return 1
    if query in e.label:
        return 2
    if all(any(w.startswith(t) for w in e.words) for t in tokens):
        return 3
    return None


@lru_cache(maxsize=32)
def _cached_index(choices: tuple[Choice, ...]) -> ChoiceIndex:
    return ChoiceIndex(choices)


def index_for(choices: Sequence[Choice]) -> ChoiceIndex:
    """A shared index per catalogue: folding 3,000 communes once, not once per picker."""
    return _cached_index(tuple(choices))
