"""What the registry knows about each form (``FormSpec``) and what a form builder receives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.platypus import Flowable

from app.documents.flowables import SheetCount
from app.documents.snapshot import DocumentSnapshot, GoodsLine
from app.documents.styles import Styles, styles

# Signature roles a form can ask for (see blocks.signature_boxes).
SUBJECT = "subject"
AUTHOR = "author"
MEMBERS = "members"
FORCES = "forces"
AUTHORITY = "authority"
WITNESS = "witness"
INTERPRETER = "interpreter"
VICTIM = "victim"
KEEPER = "keeper"
RECEIVER = "receiver"

SIGN_NAME = "(Ký, ghi rõ họ và tên)"
SIGN_TITLE_NAME = "(Ký, ghi rõ chức vụ, họ và tên)"
# the page footer's line for initials (TT 27/2020 Đ18; TT 22/2021 Đ5 k2d: every page)
INITIALS = "Chữ ký/nháy của các bên: "


@dataclass(frozen=True)
class SigSpec:
    """One signature box. ``title_org`` replaces ``title`` when the subject is an organisation.

    ``optional`` boxes are left out when nobody holds the role, except that the witness and
    authority boxes always appear when the subject refused to sign (FORMS.md "Refusal") unless
    ``when_refused`` is false (a form whose refusal rule asks for a witness only).
    """

    role: str
    title: str
    title_org: str = ""
    note: str = SIGN_NAME
    optional: bool = False
    when_refused: bool = True


@dataclass(frozen=True)
class Annex:
    """A goods list too long for the body of its biên bản: printed as the Bảng kê attached to
    it (after it, in the same PDF), with ``kind`` the goods table's kind (tables.SEIZED…)."""

    items: tuple[GoodsLine, ...]
    kind: str


@dataclass
class FormContext:
    """Per-render state handed to a form builder. ``annex`` is set by a builder that moved its
    goods list to an attached Bảng kê (blocks.goods_listing)."""

    spec: FormSpec
    count: SheetCount = field(default_factory=SheetCount)
    st: Styles = field(default_factory=styles)
    annex: Annex | None = None


Builder = Callable[[DocumentSnapshot, FormContext], list[Flowable]]


@dataclass(frozen=True)
class FormSpec:
    """A form of the registry.

    ``code`` is the app's key ("BB-KT"); ``symbol`` the ký hiệu printed in the number
    ("20030015/BB-KT"; empty for the Bảng kê, which has no number of its own); ``mau`` the
    official model ("MBB15"); ``title`` the name of the form in running text; ``heading`` and
    ``subtitle`` the two title lines printed under the header (``subtitle`` may hold
    ``{s.<field>}`` of the snapshot and "\n" line breaks); ``back_page`` whether a "(Mặt sau
    biên bản)" delivery page is printed last (it is never counted as a sheet).
    ``needs_violations`` / ``needs_seizure`` say what a case must hold to issue the form; the
    renderer itself prints whatever the snapshot holds. ``counts_sheets``: the form states
    its own sheet count ("gồm … tờ", the minutes); a decision does not. ``initials`` is the
    label of the footer's line for initials on every page. ``own_title``: the builder prints
    the title itself (a decision's title ends with the deciding authority); ``back`` builds
    the back page instead of the minutes' one (closing.back_page).
    """

    code: str
    symbol: str
    mau: str
    title: str
    heading: str
    subtitle: str
    default_copies: int
    signatures: tuple[SigSpec, ...]
    build: Builder
    needs_violations: bool = False
    needs_seizure: bool = False
    back_page: bool = True
    delivered_phrase: str = "{who} vi phạm"
    counts_sheets: bool = True
    initials: str = INITIALS
    own_title: bool = False
    back: Builder | None = None

    def copies(self, snapshot: DocumentSnapshot) -> int:
        return snapshot.copies or self.default_copies
