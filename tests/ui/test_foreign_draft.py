"""A colleague's draft that arrived by sync opens read-only, saying whose it is."""

from __future__ import annotations

import uuid

from sqlalchemy import text

from app.db import unit_of_work
from app.demo import sample_case_entry
from app.errors import RecordLocked
from app.services.cases import save_case
from app.services.settings import current_actor
from tests.ui.test_main_window import close_window, open_window


def test_a_colleagues_draft_is_shown_read_only(qtbot, demo_db):
    with unit_of_work(demo_db.sessions) as s:
        actor = current_actor(s)
        case_id = save_case(s, sample_case_entry(s), actor).id
        s.execute(text("UPDATE inspection SET origin_device = :d WHERE id = :i"),
                  {"d": str(uuid.uuid4()), "i": case_id.hex})
    with unit_of_work(demo_db.sessions) as s:
        form = sample_case_entry(s)
        form.id = str(case_id)
        try:
            save_case(s, form, actor)
            raise AssertionError("a colleague's draft was changed")
        except RecordLocked as exc:
            assert "máy khác" in str(exc)
    demo_db.close()
    window = open_window(qtbot, demo_db.data_dir)
    try:
        window.open_case(case_id)
        tab = window.tabs.currentWidget()
        qtbot.waitUntil(lambda: tab.case_id == str(case_id), timeout=10000)
        assert tab.locked
        assert tab.editor.banner.isVisible() and "máy khác" in tab.editor.banner.text()
        assert not tab.save_button.isVisible() and not tab.finalise_button.isVisible()
        assert not tab.amend_button.isVisible() and not tab.documents_button.isVisible()
        assert "chỉ xem" in tab.state.text()
    finally:
        close_window(window)
