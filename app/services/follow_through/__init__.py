"""The follow-through of a case after the roadside (FOLLOW-THROUGH.md): decisions, payments,
goods, the criminal referral and its answer, the other dated steps, closure, the deadlines
in Vietnamese working days, the due-items read model and the "Việc cần làm" view.

Every writing function takes ``(session, …, actor)``, validates, raises
``app.errors.ValidationFailed({field: Vietnamese message})`` with nothing written, flushes,
refreshes the case's due items (:func:`app.services.follow_through.due.refresh_due`) and
returns the record written; the caller's unit of work commits. Nothing here imports Qt.

Modules: ``forms`` (what a dialog hands over), ``decisions`` and ``decision_rules`` (the
decisions on a case, their checks and the signer's competence), ``deadlines`` (the
calendar and the terms, with their sources), ``facts`` (what a case holds, read for many
cases at once), ``case_path`` (where a case stands), ``due`` (what is due on a case, kept
in the table ``case_due``), ``payments``, ``goods``, ``referrals``, ``steps`` (closure
included), ``records`` (what every record gets, and voiding), ``todo`` (the "Việc cần
làm" view) and ``progress`` (stage and timeline).
"""
