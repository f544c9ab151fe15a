"""English through Qt's translation system: the window reads in English once the .qm is
installed, and every message in the .ts is translated with its placeholders intact.

Vietnamese is the source language, so the translator is removed again after each test
(other UI tests match Vietnamese text).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QToolBar

from app.paths import DataDir, resources_dir
from app.ui.application import install_translator
from app.ui.main_window import MainWindow

TS_FILE = resources_dir() / "translations" / "thucdia_en.ts"
PERCENT = re.compile(r"%(?:\d+|n)")  # Qt's %1, %2… and %n (numerus)
BRACES = re.compile(r"\{\w*\}")  # str.format fields such as {n}, {lo}


def messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [
        (context.findtext("name"), message)
        for context in root.iter("context")
        for message in context.findall("message")
    ]


def translations(message: ET.Element) -> list[str]:
    """The translation text, or each numerus form."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def label(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


@pytest.fixture
def english(qapp):
    translator = install_translator(QApplication.instance(), "en")
    assert translator is not None, "resources/translations/thucdia_en.qm did not load"
    try:
        yield translator
    finally:
        QApplication.removeTranslator(translator)
        translator.deleteLater()


def test_main_window_reads_in_english(qtbot, english, tmp_path):
    window = MainWindow(DataDir(tmp_path))  # the database is never opened
    try:
        actions = {a.objectName(): a.text() for a in window.findChildren(QAction) if a.objectName()}
        assert actions["new_case"] == "New case (Ctrl+N)"
        assert actions["save"] == "Save (Ctrl+S)"
        assert actions["finalise"] == "Finalise (Ctrl+Enter)"
        assert actions["find"] == "Find (Ctrl+F)"
        assert window.findChild(QToolBar, "main_toolbar").windowTitle() == "Actions"
        assert window.tabs.tabText(0) == "Case list"
        assert window.status_label.text() == "Opening data…"
        assert window.list_page.search.placeholderText().startswith("Search by name")
    finally:
        window.close()
        window.deleteLater()


def test_translator_removed_restores_vietnamese(qapp):
    translator = install_translator(QApplication.instance(), "en")
    assert translator is not None
    try:
        assert QCoreApplication.translate("MainWindow", "Danh sách vụ việc") == "Case list"
    finally:
        QApplication.removeTranslator(translator)
        translator.deleteLater()
    assert QCoreApplication.translate("MainWindow", "Danh sách vụ việc") == "Danh sách vụ việc"


def test_every_message_is_translated_with_the_same_placeholders():
    found = messages()
    assert found
    problems = []
    for context, message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation.get("type") is not None:  # unfinished, vanished, obsolete
            problems.append(f"{label(context, message)} is {translation.get('type')}")
        forms = translations(message)
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append(f"{label(context, message)} needs singular and plural forms")
        for text in forms:
            if not text.strip():
                problems.append(f"{label(context, message)} has an empty translation")
            elif sorted(set(PERCENT.findall(text))) != sorted(set(PERCENT.findall(source))):
                problems.append(f"{label(context, message)} changes %-placeholders: {text!r}")
            elif sorted(BRACES.findall(text)) != sorted(BRACES.findall(source)):
                problems.append(f"{label(context, message)} changes {{}}-placeholders: {text!r}")
    assert not problems, "\n".join(problems)


def test_compiled_qm_matches_the_ts(english):
    """The .qm was rebuilt with lrelease after the last edit of the .ts."""
    stale = []
    for context, message in messages():
        source = message.findtext("source")
        forms = translations(message)
        if message.get("numerus") == "yes":
            got = [QCoreApplication.translate(context, source, None, n) for n in (1, 2)]
            want = [forms[0].replace("%n", "1"), forms[1].replace("%n", "2")]
        else:
            got, want = [QCoreApplication.translate(context, source)], forms
        if got != want:
            stale.append(f"{label(context, message)}: {got!r} != {want!r}")
    assert not stale, "run pyside6-lrelease:\n" + "\n".join(stale)


def test_every_string_of_the_window_is_in_the_translation_file(tmp_path):
    """The .ts holds every tr() and translate() string the sources have now, each under the
    context Qt looks it up by at run time (make translations refreshes it)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (root / "app" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, cwd=root)
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(fresh).getroot().iter("context") for m in c.findall("message")}
    kept = {(context, message.findtext("source")) for context, message in messages()}
    assert found - kept == set(), "run make translations and translate the new strings"
    assert not {c for c, _ in found} & {"parent", "window", "self"}, "tr() called on another object"
