"""Plain data the follow-through screens hand to the services: one frozen form per record,
with the record's user fields (app.sync.wire.outcome). Money is whole đồng (``int``), dates
are Vietnam calendar days (``date``); the services answer bad input with
app.errors.ValidationFailed, keyed by these fields' names ("lines.0.fine")."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DecisionLineForm:
    """One violation as the decision sanctions it: the fine (0: a warning, cảnh cáo), the
    additional sanction (hình thức xử phạt bổ sung, e.g. confiscation, in words) and the
    remedial measure (biện pháp khắc phục hậu quả) with the days given to carry it out."""

    violation_id: str | None = None
    legal_act_code: str = ""
    fine: int = 0
    additional: str = ""
    remedial: str = ""
    remedial_days: int | None = None


@dataclass(frozen=True)
class DecisionForm:
    """A decision as the officer edits it (app.services.follow_through.decisions).

    ``place`` is the địa danh of the date line ("Lạng Sơn"); ``signer_title_code`` the
    officer_titles code whose competence the decision uses. ``pay_account`` and
    ``pay_within_days`` say where and within how many days the fine is paid (MQĐ02). For a
    seizure decision (MQĐ20) ``reason`` is the ground of the seizure and ``held_days`` /
    ``held_place`` its term and place. ``number`` only for a decision made on paper and
    recorded here (MQĐ14): the number it was issued under.
    """

    decided_on: date | None = None
    place: str = ""
    signer_name: str = ""
    signer_title_code: str | None = None
    subject_kind: str = "individual"
    lines: tuple[DecisionLineForm, ...] = ()
    confiscated_value: int = 0
    aggravating: str = ""
    mitigating: str = ""
    pay_account: str = ""
    pay_within_days: int = 10
    reason: str = ""
    held_days: int | None = None
    held_place: str = ""
    number: str = ""
