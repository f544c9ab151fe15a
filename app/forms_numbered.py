"""The ký hiệu of every numbered document the product knows (TT 22/2021 Đ6, number
``PPUUSSSS/<ký hiệu>``): the one list the laptop's numbering, the wire schema and the
provincial server share. A number block is leased, and a number reported, for these only.

Pure data, imported by every layer (``app.services.numbering``, ``app.sync.wire``,
``server``); each form spec of ``app.documents.forms`` names one of them
(tests/documents check it).
"""

from __future__ import annotations

# The biên bản the laptop prints and numbers from its blocks (the Bảng kê is an annex and
# carries its biên bản's number).
BIEN_BAN_SYMBOLS: tuple[str, ...] = (
    "BB-KT", "BB-VPHC", "BB-LV", "BB-TG", "BB-NPTG", "BB-MNP", "BB-TL", "BB-CHS",
)
# Decisions numbered from the unit's blocks too: the sanction decision (MQĐ02, QĐ-XPHC) and
# the seizure decision (MQĐ20, QĐ-TG).
DECISION_SYMBOLS: tuple[str, ...] = ("QĐ-XPHC", "QĐ-TG")

DOCUMENT_SYMBOLS: tuple[str, ...] = BIEN_BAN_SYMBOLS + DECISION_SYMBOLS
