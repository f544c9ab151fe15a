"""The window's start-up imports Qt and the sign-in page, not the database layer: the
command line's parser (built at every start, the window's included) and the main window
module load without SQLAlchemy, the statistics engine or ReportLab (each costs 0.1–0.3 s
before anything shows; bench_foundation's start-up target is 2× a bare window)."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("sqlalchemy", "app.statistics.engine", "app.statistics.report", "reportlab")


def test_the_window_starts_without_the_database_layer():
    code = ("import sys; import app.cli; app.cli._parser(); import app.ui.application; "
            "import app.ui.main_window; "
            f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert out.stdout.strip() == "", f"imported before the window shows: {out.stdout.strip()}"
