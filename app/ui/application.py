"""Start-up: show the main window first, then open the database on the worker thread.

``import sqlalchemy.orm`` alone costs ~0.6 s (PITFALLS), so nothing heavy is imported
before the window is on screen; the database opens (integrity check, backup, migration,
catalogues) in the background and the case list fills when it is ready.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app import APP_NAME, APP_TITLE, __version__
from app.paths import DataDir, resources_dir

FONT_FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")


def load_fonts() -> str | None:
    """Register the bundled UI font so Vietnamese renders on a bare machine."""
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    return family


def install_translator(app: QApplication, lang: str | None) -> QTranslator | None:
    """Vietnamese is the source language; English comes from resources/translations.

    Qt ships no Vietnamese for its own dialogs (PITFALLS): in Vietnamese the strings they
    show (print and file dialogs, standard buttons) come from qtbase_vi.qm, compiled from
    resources/translations/qtbase_vi.ts."""
    lang = lang or ("en" if QLocale.system().language() == QLocale.Language.English else "vi")
    translator = QTranslator(app)
    name = "qtbase_vi.qm" if lang == "vi" else f"thucdia_{lang}.qm"
    if translator.load(str(resources_dir() / "translations" / name)):
        app.installTranslator(translator)
        return translator
    return None


def make_application(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    family = load_fonts()
    if family:
        app.setFont(QFont(family, 10))
    install_translator(app, lang)
    return app


def run_gui(data_dir: Path | None, lang: str | None = None) -> int:
    app = make_application(lang=lang)
    from app.ui.main_window import MainWindow

    window = MainWindow(DataDir(data_dir))
    window.show()
    probe = os.environ.get("THUCDIA_STARTUP_PROBE")
    if probe:
        _startup_probe(app, window, int(probe))
    # after the first paint: the worker's imports would otherwise compete for the GIL
    QTimer.singleShot(0, window.open_database)
    return app.exec()


def _startup_probe(app: QApplication, window, hold_ms: int) -> None:
    """For benchmarks/bench_foundation.py: report when the window (its sign-in page) is up,
    when the officer's password is submitted (``THUCDIA_STARTUP_PROBE_PASSWORD``: the probe
    types it as an officer would, nothing is skipped) and when the first page of cases is
    shown, then quit after ``hold_ms`` (the benchmark reads RSS then)."""
    def say(word: str) -> None:
        print(word, flush=True)

    def shown() -> None:
        say("shown")
        password = os.environ.get("THUCDIA_STARTUP_PROBE_PASSWORD")
        if password:
            QTimer.singleShot(0, lambda: (window.signin.password.setText(password), say("signin"),
                                          window.signin.go()))

    QTimer.singleShot(0, shown)

    def ready() -> None:
        say(f"ready rows={window.list_page.model.rowCount()} total={window.list_page.model.total}")
        QTimer.singleShot(hold_ms, app.quit)

    window.ready.connect(ready)
