""""Kết quả xử lý": the follow-through of a finalised case (decisions, payments, goods,
referral, closure) in its tab, and the dialogs that record each step."""

from app.ui.outcome.page import OutcomePage

__all__ = ["OutcomePage"]
