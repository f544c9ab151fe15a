"""The bundle carries what the desktop migrations import: Alembic runs them from files at run
time, so PyInstaller never sees their imports; build.spec lists each app module they use that
no module of the app imports (PyInstaller follows every import statement of the app's own
code, those inside functions included)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _spec_hidden_imports() -> set[str]:
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "hiddenimports" for t in node.targets):
            return {e.value for e in node.value.elts  # type: ignore[attr-defined]
                    if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    raise AssertionError("build.spec has no hiddenimports list")


def _app_imports(paths) -> set[str]:
    found = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app."):
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name.startswith("app."))
    return found


def test_every_app_module_a_migration_imports_is_in_the_bundle():
    migrations = [ROOT / "migrations" / "env.py", *(ROOT / "migrations" / "versions").glob("*.py")]
    needed = _app_imports(migrations)
    assert "app.statistics.upgrades" in needed
    followed = _app_imports((ROOT / "app").rglob("*.py"))
    assert needed - followed - _spec_hidden_imports() == set(), "add these to build.spec's hiddenimports"
