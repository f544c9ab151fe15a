"""The house rules hold: only app/ui imports Qt, nothing imports the UI, layers point down."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_are_kept():
    result = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "Only app.ui imports Qt KEPT" in result.stdout
    assert "0 broken" in result.stdout


def test_no_module_outside_app_ui_imports_pyside6_even_lazily():
    """import-linter sees module-level imports; this also catches imports inside functions."""
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        if "ui" in path.relative_to(ROOT / "app").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(n.split(".")[0] in ("PySide6", "shiboken6") for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_the_window_names_the_acting_officer_in_one_place():
    """Every change the window makes runs through Op.acting, which supplies the officer
    (app/ui/ops.py); no window looks the officer up on its own."""
    offenders = sorted(
        str(path.relative_to(ROOT)) for path in (ROOT / "app" / "ui").rglob("*.py")
        if path.name != "ops.py" and "current_actor" in path.read_text(encoding="utf-8")
    )
    assert offenders == []
