"""UI fixtures: a task manager bound to the test database, torn down per test."""

from __future__ import annotations

import pytest

from app.ui.ops import reset_task_manager, task_manager


@pytest.fixture
def tasks(qapp, demo_db):
    reset_task_manager()
    manager = task_manager()
    manager.sessions = demo_db.sessions
    manager.db_path = demo_db.data_dir.database
    manager.db_key = demo_db.key.database
    yield manager
    manager.wait_idle()
    reset_task_manager()
