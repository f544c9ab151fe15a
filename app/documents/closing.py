"""The end of every form: closing paragraph, refusal line, signature boxes, back page.

The closing paragraph is kept on one page with the refusal line and the first row of
signatures; the other rows follow, one unsplittable row at a time. The closing paragraph works
out the "gồm … tờ" count when it is drawn (flowables.ClosingParagraph) and render.render checks
it against the finished PDF.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from reportlab.platypus.doctemplate import NextPageTemplate
from reportlab.platypus.flowables import KeepTogether

from app.documents.blocks import DOTS, esc, para, time_slot, value, who
from app.documents.flowables import ClosingParagraph
from app.documents.formspec import (
    AUTHOR,
    AUTHORITY,
    FORCES,
    INTERPRETER,
    KEEPER,
    MEMBERS,
    RECEIVER,
    SIGN_NAME,
    SUBJECT,
    VICTIM,
    WITNESS,
    FormContext,
    SigSpec,
)
from app.documents.signatures import SigBox, signature_rows
from app.documents.snapshot import DocumentSnapshot
from app.documents.styles import Styles
from app.documents.vntext import clause, two_digits

BACK_TEMPLATE = "back"


def _names(s: DocumentSnapshot, sig: SigSpec) -> list[str | tuple[str, str]]:
    """The printed names under a box, one box per name ([""] = one box to fill by hand); a
    (name, organisation) pair prints the organisation under the name."""
    if sig.role == SUBJECT:
        return [s.subject.signer if s.subject else ""]
    if sig.role == AUTHOR:
        return [s.leader.full_name if s.leader else ""]
    if sig.role == MEMBERS:
        return [m.full_name for m in s.other_members]
    if sig.role == FORCES:
        return [(f.representative, f.agency_name or f.force) for f in s.forces]
    if sig.role == AUTHORITY:
        return [w.full_name for w in s.witnesses if w.is_authority]
    if sig.role == WITNESS:
        return [w.full_name for w in s.witnesses if not w.is_authority]
    if sig.role == INTERPRETER:
        return [s.interpreter.full_name] if s.interpreter else []
    if sig.role == VICTIM:
        return [s.victim] if s.victim else []
    if sig.role == KEEPER:
        return [s.seizure.keeper] if s.seizure and s.seizure.keeper else [""]
    if sig.role == RECEIVER:
        return [s.handover.receiver.full_name] if s.handover else [""]
    raise ValueError(f"unknown signature role {sig.role!r}")


def signature_boxes(s: DocumentSnapshot, sigs: tuple[SigSpec, ...]) -> list[SigBox]:
    """The boxes a form prints for this snapshot, in the form's order."""
    refused = bool(s.refusal_reason)
    boxes: list[SigBox] = []
    for sig in sigs:
        names = _names(s, sig)
        if not names:
            if not sig.optional or (
                refused and sig.when_refused and sig.role in (AUTHORITY, WITNESS)
            ):
                names = [""]
            else:
                continue
        org = s.subject is not None and s.subject.is_organisation
        title = sig.title_org if (org and sig.title_org) else sig.title
        for n in names:
            name, org = n if isinstance(n, tuple) else (n, "")
            boxes.append(SigBox(title, sig.note, name, org))
    return boxes


def refusal(s: DocumentSnapshot, st: Styles, phrase: str | None) -> list[Flowable]:
    """ "Lý do ông (bà) … <phrase> không ký biên bản: …" when the subject refused to sign.

    ``phrase`` is the form's own wording between the name and "không ký", with ``{who}``
    for "cá nhân"/"người đại diện của tổ chức".
    """
    if not s.refusal_reason or phrase is None:
        return []
    name = value(s.subject.signer if s.subject else "")
    text = phrase.format(who=who(s.subject))
    return [
        para(
            f"Lý do ông (bà) {name} {text} không ký biên bản: {esc(clause(s.refusal_reason))}.",
            st.body,
        )
    ]


def closing_sentence(s: DocumentSnapshot, copies: int, distribution: str) -> object:
    """A function count → the closing paragraph markup, for ClosingParagraph."""
    when = time_slot(s.ended_at)

    def make(count: str) -> str:
        return (
            f"Biên bản lập xong {when}, gồm {count} tờ, được lập thành {two_digits(copies)} bản "
            "có nội dung và giá trị như nhau; đã đọc lại cho những người có tên nêu trên cùng "
            f"nghe, công nhận là đúng và cùng ký tên dưới đây; {distribution}."
        )

    return make


def closing_group(
    s: DocumentSnapshot,
    ctx: FormContext,
    distribution: str,
    *,
    refusal_phrase: str | None = "là {who} vi phạm",
    make_text: object = None,
    before_signatures: list[Flowable] | None = None,
) -> list[Flowable]:
    """Closing paragraph + refusal line + first row of signatures kept on one page; the other
    signature rows follow (see ClosingParagraph for how the sheet count is worked out)."""
    st = ctx.st
    make = make_text or closing_sentence(s, ctx.spec.copies(s), distribution)
    closing = ClosingParagraph(make, st.body, ctx.count)  # type: ignore[arg-type]
    rows = signature_rows(signature_boxes(s, ctx.spec.signatures))
    closing.head = [*refusal(s, st, refusal_phrase), *(before_signatures or []), *rows[:1]]
    closing.tail = list(rows[1:])
    return [KeepTogether([closing, *closing.head]), *closing.tail]


def distribution_to_subject(s: DocumentSnapshot, copies: int, role: str, given: int = 1) -> str:
    """ "giao cho ông (bà) X là <role> 01 bản, 01 bản lưu hồ sơ" with the archive copies."""
    name = value(s.subject.signer if s.subject else "")
    archive = max(copies - given, 1)
    return f"giao cho ông (bà) {name} là {role} 01 bản, {two_digits(archive)} bản lưu hồ sơ"


def back_page(s: DocumentSnapshot, ctx: FormContext) -> list[Flowable]:
    """The "(Mặt sau biên bản)" page: delivery time and the receiver's signature box."""
    st = ctx.st
    phrase = ctx.spec.delivered_phrase.format(who=who(s.subject))
    receiver = SigBox("NGƯỜI NHẬN BIÊN BẢN", SIGN_NAME, s.delivered_to)
    return [
        NextPageTemplate(BACK_TEMPLATE),
        PageBreak(),
        para("(Mặt sau biên bản)", st.back_head),
        para(
            f"Biên bản đã giao trực tiếp cho {esc(phrase)} vào {time_slot(s.delivered_at)}.",
            st.body,
        ),
        Spacer(1, 6 * mm),
        *signature_rows([receiver], right_only=True),
    ]


__all__ = [
    "DOTS",
    "SigBox",
    "back_page",
    "closing_group",
    "closing_sentence",
    "distribution_to_subject",
    "refusal",
    "signature_boxes",
    "signature_rows",
]
