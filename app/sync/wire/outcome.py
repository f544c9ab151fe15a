"""The follow-through records on the wire (FOLLOW-THROUGH.md; app.models.outcome): a
decision, a payment, a goods disposition, a criminal referral, an accused person and any
other dated step of a case. The unit travels beside the payload (RecordChange.unit_id)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal
from uuid import UUID

from pydantic import Field, StringConstraints, model_validator

from app.sync.wire.fields import (
    Code,
    LongText,
    Money,
    PastDate,
    Quantity,
    Text,
    WireModel,
    refuse_unprintable,
)

Status = Literal["valid", "void"]
Required = Annotated[str, StringConstraints(min_length=1, max_length=300, strip_whitespace=True)]
DocumentNo = Annotated[str, StringConstraints(max_length=60)]

DECISION_KINDS = ("xu_phat", "tam_giu", "tich_thu", "khong_xu_phat")
STEPS = (
    "giai_trinh_yeu_cau", "giai_trinh_nhan", "xac_minh", "hoan_thi_hanh", "giam_phat",
    "mien_phat", "nop_nhieu_lan", "cuong_che", "gia_han_tam_giu", "dong_ho_so", "mo_lai",
)
GOODS_ACTIONS = ("tra_lai", "tich_thu", "ban", "tieu_huy", "chuyen_giao", "xu_ly_ngay")


class _Printable(WireModel):
    @model_validator(mode="after")
    def _printable(self) -> _Printable:
        refuse_unprintable(self)
        return self


class DecisionLine(WireModel):
    """One violation as the decision sanctions it."""

    violation_id: UUID | None = None
    legal_act_code: Annotated[str, StringConstraints(max_length=40)] = ""
    fine: Money = 0
    additional: LongText = ""  # hình thức xử phạt bổ sung
    remedial: LongText = ""  # biện pháp khắc phục hậu quả
    remedial_days: Annotated[int, Field(ge=1, le=365)] | None = None  # its term, in days


class DecisionPayload(_Printable):
    """A decision on a case (MQĐ02, MQĐ20, MQĐ14) or the case ended without a sanction."""

    case_id: UUID
    kind: Literal["xu_phat", "tam_giu", "tich_thu", "khong_xu_phat"]
    status: Literal["draft", "issued", "void"] = "draft"
    form_code: Code = ""
    number: DocumentNo = ""
    document_id: UUID | None = None
    decided_on: PastDate | None = None
    place: Text = ""
    signer_name: Text = ""
    signer_title_code: Code | None = None
    subject_kind: Literal["individual", "organisation"] = "individual"
    lines: list[DecisionLine] = Field(default_factory=list, max_length=200)
    fine_total: Money = 0
    confiscated_value: Money = 0
    aggravating: LongText = ""
    mitigating: LongText = ""
    pay_account: Text = ""
    pay_within_days: Annotated[int, Field(ge=1, le=365)] = 10
    reason_code: Literal["khong_vi_pham", "het_thoi_hieu", "chuyen_co_quan_khac",
                         "khong_xac_dinh_doi_tuong", "khac"] | None = None
    reason: LongText = ""
    delivered_how: Literal["truc_tiep", "buu_dien", "dien_tu", "niem_yet"] | None = None
    delivered_on: PastDate | None = None
    held_days: Annotated[int, Field(ge=1, le=365)] | None = None  # MQĐ20: the seizure term
    held_place: Text = ""  # MQĐ20: where the goods are held
    recorded_by: Text = ""
    void_reason: LongText = ""


class PaymentPayload(_Printable):
    """One receipt: the fine (or tax arrears) paid, and the late-payment amount with it."""

    case_id: UUID
    decision_id: UUID | None = None
    purpose: Literal["tien_phat", "truy_thu_thue"] = "tien_phat"
    receipt_no: Annotated[str, StringConstraints(min_length=1, max_length=60)]
    paid_on: PastDate
    amount: Money = 0
    late_amount: Money = 0
    channel: Literal["kho_bac", "ngan_hang", "cong_dvc", "tai_cho"] = "kho_bac"
    status: Status = "valid"
    recorded_by: Text = ""
    void_reason: LongText = ""


class GoodsDispositionPayload(_Printable):
    """What became of a seized item, and the values kept (appraised, sold for)."""

    case_id: UUID
    seized_item_id: UUID | None = None
    item_name: Text = ""
    action: Literal["tra_lai", "tich_thu", "ban", "tieu_huy", "chuyen_giao", "xu_ly_ngay"]
    done_on: PastDate
    quantity: Quantity | None = None
    appraised_value: Money | None = None
    sold_value: Money | None = None
    receipt_no: DocumentNo = ""
    agency: Text = ""
    document_no: DocumentNo = ""
    note: LongText = ""
    status: Status = "valid"
    recorded_by: Text = ""
    void_reason: LongText = ""


class ReferralPayload(_Printable):
    """The file handed to the investigating agency, and the agency's answer."""

    case_id: UUID
    transferred_on: PastDate
    agency: Required
    document_no: DocumentNo = ""
    answer: Literal["cho", "khoi_to", "khong_khoi_to"] = "cho"
    answer_on: PastDate | None = None
    answer_no: DocumentNo = ""
    returned_on: PastDate | None = None
    note: LongText = ""
    status: Status = "valid"
    recorded_by: Text = ""
    void_reason: LongText = ""


class AccusedPayload(_Printable):
    """A person prosecuted on a referral (bị can)."""

    case_id: UUID
    referral_id: UUID
    subject_id: UUID | None = None
    full_name: Required
    birth_year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    id_number: Code = ""
    address: Text = ""
    status: Status = "valid"
    recorded_by: Text = ""
    void_reason: LongText = ""


class CaseStepPayload(_Printable):
    """Any other dated step of a case (``step``: see STEPS)."""

    case_id: UUID
    step: Literal[
        "giai_trinh_yeu_cau", "giai_trinh_nhan", "xac_minh", "hoan_thi_hanh", "giam_phat",
        "mien_phat", "nop_nhieu_lan", "cuong_che", "gia_han_tam_giu", "dong_ho_so", "mo_lai",
    ]
    done_on: PastDate
    due_on: date | None = None
    decision_id: UUID | None = None
    summary: LongText = ""
    document_no: DocumentNo = ""
    amount: Money | None = None
    status: Status = "valid"
    recorded_by: Text = ""
    void_reason: LongText = ""
