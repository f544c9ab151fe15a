"""The case editor: seven sections of one inspection case, plain data in and out.

The editor never touches the database. The host gives it ``Catalogs`` and a ``CaseEntry``
and takes back ``form()``; validation errors from the services come back through
``show_errors``. Only user changes emit ``edited`` (loading a form does not).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.rows import Catalogs
from app.services.case_entry import CaseEntry
from app.ui.case_editor.basis_section import BasisSection
from app.ui.case_editor.goods_section import GoodsSection
from app.ui.case_editor.results_section import ResultsSection
from app.ui.case_editor.section import Section
from app.ui.case_editor.seizure_section import SeizureSection
from app.ui.case_editor.subject_search import SubjectLookup
from app.ui.case_editor.subject_section import SubjectSection
from app.ui.case_editor.team_section import TeamSection
from app.ui.case_editor.violations_section import ViolationsSection
from app.ui.icons import lock_png_base64
from app.ui.widgets.keyboard_table import KeyboardTable
from app.ui.widgets.styles import AMBER, BANNER_STYLE, ERROR, GENERAL_ERROR_STYLE, error_label

_STYLE = """
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] { background: #eceff3; }
QHeaderView::section { padding: 4px 6px; background: #f4f6f8; border: none;
                       border-right: 1px solid #d6dbe1; border-bottom: 1px solid #d6dbe1; }
QTableWidget { gridline-color: #d6dbe1; }
QListWidget#sections { font-size: 10.5pt; border: none; background: #e9edf2; outline: 0; }
QListWidget#sections::item { padding: 8px 6px; border-radius: 4px; }
QListWidget#sections::item:selected { background: #1f5fa8; color: white; }
"""


class CaseEditor(QWidget):
    """Editor of one case (BB-KT and what follows). See the module docstring."""

    edited = Signal()

    def __init__(
        self,
        catalogs: Catalogs,
        parent: QWidget | None = None,
        subject_lookup: SubjectLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogs = catalogs
        self._loading = 0
        self._locked = False
        self._base = CaseEntry()
        self._prohibited_seen: set[str] = set()
        self.setStyleSheet(_STYLE)

        # the lock is painted (app.ui.icons): the bundled font has no emoji
        self.banner = QLabel(self._banner_html(False))
        self.banner.setObjectName("locked_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.general_errors = error_label("error:general")
        self.general_errors.setStyleSheet(GENERAL_ERROR_STYLE)

        self.basis = BasisSection(catalogs)
        self.subject = SubjectSection(catalogs, subject_lookup)
        self.team = TeamSection(catalogs)
        self.goods = GoodsSection(catalogs)
        self.violations = ViolationsSection(catalogs, lambda: self.subject.subject().kind)
        self.seizure = SeizureSection(catalogs, self.goods.goods.rows)
        self.results = ResultsSection()
        self.sections: list[Section] = [
            self.basis,
            self.subject,
            self.team,
            self.goods,
            self.violations,
            self.seizure,
            self.results,
        ]

        self.nav = QListWidget()
        self.nav.setObjectName("sections")
        self.nav.setFixedWidth(250)
        self.nav.setWordWrap(True)
        self.nav.setSpacing(1)
        self.stack = QStackedWidget()
        for n, section in enumerate(self.sections, start=1):
            item = QListWidgetItem(f"{n}. {section.title}")
            self.nav.addItem(item)
            self.stack.addWidget(section)
            section.changed.connect(lambda s=section: self._on_changed(s))
            section.tabbed_out.connect(lambda forward, i=n - 1: self._tabbed_out(i, forward))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step(-1))

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.general_errors)
        layout.addLayout(body, 1)
        self.set_entry(CaseEntry())

    # -- data ---------------------------------------------------------------------------
    def set_entry(self, form: CaseEntry, *, locked: bool = False, keep_place: bool = False) -> None:
        """Show ``form`` (kept as the base of ``form()``); does not emit ``edited``.

        ``keep_place`` (after a save) stays on the section, field and table cell the user
        is in; otherwise the editor shows section 1.
        """
        place = self._place() if keep_place else None
        self._loading += 1
        try:
            self._base = copy.deepcopy(form)
            for section in self.sections:
                section.load(form)
            self._prohibited_seen = self._prohibited_present()
            self._update_prohibited(mark=False)
            self.clear_errors()
            self.set_locked(locked)
        finally:
            self._loading -= 1
        if place is None:
            self.nav.setCurrentRow(0)
        else:
            self._restore_place(*place)

    def form(self) -> CaseEntry:
        """A fresh CaseEntry read from the widgets (id and version as given to set_entry)."""
        result = copy.deepcopy(self._base)
        for section in self.sections:
            section.store(result)
        return result

    def set_version(self, version: int) -> None:
        """The case changed outside the form (a photo added): later saves carry ``version``."""
        self._base.version = version

    def add_page(self, title: str, page: QWidget) -> None:
        """A page after the sections that the host fills itself (not part of ``form()``)."""
        self.nav.addItem(QListWidgetItem(f"{self.nav.count() + 1}. {title}"))
        self.stack.addWidget(page)

    def current_title(self) -> str:
        name = self.subject.w["name"].text().strip()  # type: ignore[attr-defined]
        commune = self.catalogs.commune_label(self.basis.commune.code())
        place = commune or self.basis.place_address.text().strip()
        return " — ".join(p for p in (name, place) if p) or self.tr("Vụ việc mới")

    # -- locking ------------------------------------------------------------------------
    def _banner_html(self, foreign: bool) -> str:
        text = (
            self.tr("Bản nháp do máy khác trong đội lập, nhận qua đồng bộ — chỉ xem; chỉ máy lập được sửa.")
            if foreign
            else self.tr("Vụ việc đã hoàn tất và khóa — chỉ xem, không sửa được. Muốn sửa: lập bản đính chính.")
        )
        return f'<img src="data:image/png;base64,{lock_png_base64()}"> ' + text

    def set_locked(self, locked: bool, *, foreign: bool = False) -> None:
        """Read-only: a finalised case, or (``foreign``) a colleague's draft from sync."""
        self._locked = locked
        self.banner.setText(self._banner_html(foreign))
        self.banner.setVisible(locked)
        for section in self.sections:
            section.set_locked(locked)

    def is_locked(self) -> bool:
        return self._locked

    # -- errors -------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message next to its field; go to the first section with an error."""
        self.clear_errors()
        handled: set[str] = set()
        first: tuple[int, str] | None = None
        for i, section in enumerate(self.sections):
            paths = section.show_errors(errors)
            handled.update(paths)
            self._mark_nav(i, len(paths))
            if paths and first is None:
                first = (i, paths[0])
        rest = [m for p, m in errors.items() if p not in handled]
        if rest:
            self.general_errors.setText("\n".join(f"• {m}" for m in rest))
            self.general_errors.show()
        if first is not None:
            self.nav.setCurrentRow(first[0])
            self.sections[first[0]].focus_error(first[1])

    def show_warnings(self, warnings: dict[str, str]) -> None:
        """What may print wrong (a fine outside the act's range…): listed at the top of its
        section, counted beside the section's name; the inspector stays where they are."""
        for i, section in enumerate(self.sections):
            count = len(section.show_warnings(warnings))
            if count:
                self._mark_nav(i, count, warning=True)

    def clear_errors(self) -> None:
        for i, section in enumerate(self.sections):
            section.clear_errors()
            section.clear_warnings()
            self._mark_nav(i, 0)
        self.general_errors.clear()
        self.general_errors.hide()

    def local_errors(self) -> dict[str, str]:
        """Errors the editor sees by itself (text typed in a catalogue field, not picked)."""
        found: dict[str, str] = {}
        for section in self.sections:
            found.update(section.local_errors())
        return found

    def _mark_nav(self, row: int, count: int, *, warning: bool = False) -> None:
        item = self.nav.item(row)
        font = QFont(item.font())
        font.setBold(count > 0)
        item.setFont(font)
        item.setForeground(QBrush(QColor(AMBER if warning else ERROR)) if count else QBrush())
        title = f"{row + 1}. {self.sections[row].title}"
        item.setText(f"{title}  ⚠ {count}" if count else title)
        tip = self.tr("{n} điều cần xem lại trước khi in") if warning else self.tr("{n} lỗi cần sửa")
        item.setToolTip(tip.format(n=count) if count else "")

    # -- reactions ----------------------------------------------------------------------
    def _on_changed(self, section: Section) -> None:
        if self._loading:
            return
        if section in (self.goods, self.seizure):
            self._update_prohibited(mark=True)
        if section in (self.subject, self.violations):
            self.violations.update_hint()
        self.edited.emit()

    def _prohibited_present(self) -> set[str]:
        codes = self.goods.categories() | self.seizure.categories()
        return codes & set(self.catalogs.prohibited_categories)

    def _update_prohibited(self, *, mark: bool) -> None:
        present = self._prohibited_present()
        self.violations.set_prohibited(bool(present))
        if mark and present - self._prohibited_seen:
            self.violations.mark_criminal()
        self._prohibited_seen |= present

    def _step(self, delta: int) -> None:
        self.focus_section((self.nav.currentRow() + delta) % self.nav.count())

    # -- keyboard -----------------------------------------------------------------------
    def focus_section(self, row: int) -> None:
        """Show section ``row`` and put the keyboard on its first field."""
        self.nav.setCurrentRow(row)
        page = self.stack.widget(row)
        first = _edge_field(page)
        (first or page).setFocus(Qt.FocusReason.TabFocusReason)

    def _tabbed_out(self, row: int, forward: bool) -> None:
        """Tab after a section's last field goes on to the next section (not after the last)."""
        target = row + (1 if forward else -1)
        if 0 <= target < len(self.sections):
            self.nav.setCurrentRow(target)
            section = self.sections[target]
            field = _edge_field(section, last=not forward)
            if field is not None:
                field.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
                section.ensureWidgetVisible(field)

    def _place(self) -> tuple[int, QWidget | None, tuple[int, int] | None]:
        focus = self.window().focusWidget()  # kept while another window is active
        widget = focus
        while widget is not None and not isinstance(widget, KeyboardTable):
            widget = widget.parentWidget()
        if widget is not None:  # a table or one of its cell editors (closed by the reload)
            return self.nav.currentRow(), widget, (widget.currentRow(), widget.currentColumn())
        inside = focus is not None and self.isAncestorOf(focus)
        return self.nav.currentRow(), focus if inside else None, None

    def _restore_place(self, row: int, widget: QWidget | None, cell: tuple[int, int] | None) -> None:
        self.nav.setCurrentRow(row)
        if widget is None or not widget.isVisibleTo(self):
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if cell is not None and isinstance(widget, KeyboardTable) and 0 <= cell[0] < widget.rowCount():
            widget.setCurrentCell(*cell)


def _edge_field(page: QWidget, *, last: bool = False) -> QWidget | None:
    """The first (last) widget of ``page`` that Tab reaches (a group's checked radio only)."""
    found = None
    w = page.nextInFocusChain()
    while w is not None and w is not page:
        if (
            page.isAncestorOf(w)
            and w.isVisibleTo(page)
            and w.isEnabled()
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not (isinstance(w, QAbstractButton) and w.autoExclusive() and not w.isChecked())
        ):
            if not last:
                return w
            found = w
        w = w.nextInFocusChain()
    return found
