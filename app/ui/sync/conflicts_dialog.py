""""Dữ liệu cần xử lý": conflicts kept by sync, for a person to choose, and records the
server refused, with the field and the reason so they can be fixed.

A conflict lists every field that differs (rows of a case's lists included) with both
values; a case can be merged field by field (app.sync.merge), other records kept whole.

Reads and resolutions run as operations on the database thread (app.sync.conflicts); a
resolution is written here and carried to the server by the next sync.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.ops import Op
from app.ui.sync.field_choices import FieldChoices
from app.ui.vn_format import local_time_text

ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_STYLE = "color: #8a5a00; background: #fff4d6; padding: 4px;"


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), objectName=name, tabKeyNavigation=False)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    return table


def _item(text: str, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if data is not None:
        item.setData(ID_ROLE, data)
    return item


class ConflictsDialog(QDialog):
    resolved = Signal()  # after each resolution (the status indicator refreshes its counts)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = parent  # the main window: open_case(uuid)
        self.conflicts: list = []
        self.changes: dict = {}  # conflict id → app.sync.merge.ConflictChanges
        self.refused: list = []
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(self.tr("Dữ liệu cần xử lý"))
        self.resize(1100, 720)
        self.tabs = QTabWidget(objectName="problem_tabs")
        self.tabs.addTab(self._conflicts_part(), self.tr("Xung đột"))
        self.tabs.addTab(self._refused_part(), self.tr("Bị máy chủ từ chối"))
        close = QPushButton(self.tr("Đóng"), objectName="close_button")
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._show_conflict(None)
        self.refresh()

    # --- layout -------------------------------------------------------------------------
    def _conflicts_part(self) -> QWidget:
        self.conflict_list = _table("conflict_list", [self.tr("Loại"), self.tr("Bản ghi"),
                                                      self.tr("Phát hiện lúc"), self.tr("Lý do")])
        header = self.conflict_list.horizontalHeader()
        for col, width in enumerate((90, 300, 130)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.heading = QLabel(objectName="conflict_heading", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.reason = QLabel(objectName="conflict_reason", wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.locked_note = QLabel(self.tr(
            "Bản trên máy chủ đã hoàn tất và bị khóa, không thể thay bằng bản của máy này. "
            "Hãy giữ bản trên máy chủ, rồi lập bản đính chính nếu cần."),
            objectName="conflict_locked", wordWrap=True, styleSheet=NOTE_STYLE)
        self.fields = FieldChoices()
        self.merge_button = QPushButton(self.tr("Ghép theo lựa chọn từng nội dung"), objectName="merge_button")
        self.merge_button.setToolTip(self.tr(
            "Giữ bản trên máy chủ, lấy từ máy này các nội dung đã chọn \"Máy này\"; "
            "kết quả là một phiên bản mới, gửi lên máy chủ ở lần đồng bộ sau."))
        self.merge_button.clicked.connect(self._confirm_merge)
        self.keep_local = QPushButton(self.tr("Giữ bản của máy này"), objectName="keep_local")
        self.keep_server = QPushButton(self.tr("Giữ bản trên máy chủ"), objectName="keep_server")
        self.keep_server.setToolTip(self.tr(
            "Bản trên máy chủ được ghi vào máy này; thay đổi của máy này vẫn được lưu trong lịch sử xung đột."))
        self.keep_local.clicked.connect(lambda: self._confirm("local"))
        self.keep_server.clicked.connect(lambda: self._confirm("server"))
        self.conflict_list.itemSelectionChanged.connect(
            lambda: self._show_conflict(self._selected(self.conflict_list, self.conflicts)))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.keep_server)
        detail = QWidget()
        box = QVBoxLayout(detail)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.reason)
        box.addWidget(self.locked_note)
        box.addWidget(self.fields, 1)
        box.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.conflict_list)
        split.addWidget(detail)
        split.setSizes([220, 420])
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.addWidget(QLabel(self.tr(
            "Cùng một bản ghi đã được sửa ở máy này và trên máy chủ. Không bản nào bị ghi đè: "
            "hãy so sánh và chọn bản giữ lại."), wordWrap=True))
        layout.addWidget(split, 1)
        return part

    def _refused_part(self) -> QWidget:
        self.refused_list = _table("refused_list", [self.tr("Loại"), self.tr("Bản ghi"), self.tr("Nội dung sai"),
                                                    self.tr("Lý do"), self.tr("Lúc")])
        header = self.refused_list.horizontalHeader()
        for col, width in enumerate((90, 260, 220, 360)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.open_case_button = QPushButton(self.tr("Mở vụ việc"), objectName="open_refused_case")
        self.open_case_button.setEnabled(False)
        self.open_case_button.clicked.connect(self.open_refused_case)
        self.refused_list.itemSelectionChanged.connect(self._refused_chosen)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_case_button)
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.addWidget(QLabel(self.tr(
            "Máy chủ không nhận các bản ghi dưới đây. Sửa theo lý do rồi lưu: lần đồng bộ sau "
            "sẽ gửi lại. Các bản ghi khác vẫn được gửi bình thường."), wordWrap=True))
        layout.addWidget(self.refused_list, 1)
        layout.addLayout(buttons)
        return part

    # --- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        from app.sync.conflicts import open_conflicts
        from app.sync.merge import conflict_changes
        from app.sync.problems import refused_view

        def read(s):
            conflicts = open_conflicts(s)
            return conflicts, refused_view(s), {c.id: conflict_changes(s, c.id) for c in conflicts}

        Op(self, read).success(self._fill).run()

    def _fill(self, result) -> None:
        self.conflicts, self.refused, self.changes = result
        chosen = self._selected(self.conflict_list, self.conflicts)
        self.conflict_list.setRowCount(len(self.conflicts))
        for r, c in enumerate(self.conflicts):
            for col, text in enumerate((c.kind, c.title, local_time_text(c.detected_at), c.reason)):
                self.conflict_list.setItem(r, col, _item(text, c.id))
        self.conflict_list.resizeRowsToContents()
        self.refused_list.setRowCount(len(self.refused))
        for r, f in enumerate(self.refused):
            values = (f.kind, f.title, f.field_label or self.tr("(cả bản ghi)"), f.reason, local_time_text(f.at))
            for col, text in enumerate(values):
                self.refused_list.setItem(r, col, _item(text, f.record_id))
        self.refused_list.resizeRowsToContents()
        self.tabs.setTabText(0, self.tr("Xung đột (%1)").replace("%1", str(len(self.conflicts))))
        self.tabs.setTabText(1, self.tr("Bị máy chủ từ chối (%1)").replace("%1", str(len(self.refused))))
        if not self.conflicts and self.refused:
            self.tabs.setCurrentIndex(1)
        ids = [c.id for c in self.conflicts]
        row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else (0 if ids else -1)
        if row >= 0:
            self.conflict_list.selectRow(row)
        self._show_conflict(self._selected(self.conflict_list, self.conflicts))
        self._refused_chosen()

    @staticmethod
    def _selected(table: QTableWidget, rows: list):
        picked = table.selectionModel().selectedRows()
        return rows[picked[0].row()] if picked and picked[0].row() < len(rows) else None

    def _show_conflict(self, c) -> None:
        detail = self.changes.get(c.id) if c is not None else None
        can_merge = detail is not None and c.can_keep_local and bool(detail.mergeable)
        self.merge_button.setVisible(can_merge)
        self.merge_button.setEnabled(can_merge)
        self.keep_local.setEnabled(c is not None and c.can_keep_local)
        self.keep_server.setEnabled(c is not None)
        self.locked_note.setVisible(c is not None and not c.can_keep_local)
        if c is None:
            self.heading.setText(self.tr("Không có xung đột nào cần xử lý.") if not self.conflicts else "")
            self.reason.setText("")
            self.fields.setRowCount(0)
            return
        server = str(c.server_version) if c.server_version is not None else "—"
        changes = detail.changes if detail is not None else []
        self.heading.setText(self.tr("%1 — phiên bản máy này: %2, phiên bản máy chủ: %3 · %4 nội dung khác nhau")
                             .replace("%1", c.title).replace("%2", str(c.local_version))
                             .replace("%3", server).replace("%4", str(len(changes))))
        self.reason.setText(c.reason)
        self.fields.set_changes(changes, detail.mergeable if can_merge else frozenset())
        self.keep_local.setToolTip(self.tr(
            "Bản của máy này được gửi lên máy chủ ở lần đồng bộ sau, trên phiên bản hiện tại của máy chủ.")
            if c.can_keep_local else self.locked_note.text())

    # --- resolving ----------------------------------------------------------------------
    def _confirm(self, keep: str) -> None:
        c = self._selected(self.conflict_list, self.conflicts)
        if c is None:
            return
        if keep == "local":
            text = self.tr("Giữ bản của máy này cho «%1»?\n\nBản này sẽ được gửi lên máy chủ ở lần đồng bộ "
                           "sau và thay bản đang có trên máy chủ.")
            action = self.tr("Giữ bản của máy này")
        else:
            text = self.tr("Giữ bản trên máy chủ cho «%1»?\n\nNội dung trên máy này được thay bằng bản của "
                           "máy chủ; bản của máy này vẫn được lưu trong lịch sử xung đột.")
            action = self.tr("Giữ bản trên máy chủ")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Xử lý xung đột"), text.replace("%1", c.title),
                          parent=self)
        box.setObjectName("resolve_confirm")
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Quay lại"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _r: self.resolve(c.id, keep) if box.clickedButton() is yes else None)
        box.open()

    def _confirm_merge(self) -> None:
        from app.sync.field_labels import field_label

        c = self._selected(self.conflict_list, self.conflicts)
        if c is None:
            return
        taken = self.fields.taken_from_local()
        mine = ", ".join(field_label(f) for f in sorted(taken)) or self.tr("(không có)")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Xử lý xung đột"), self.tr(
            "Ghép «%1»: giữ bản trên máy chủ, lấy từ máy này: %2.\n\nKết quả là một phiên bản mới, "
            "gửi lên máy chủ ở lần đồng bộ sau.").replace("%1", c.title).replace("%2", mine), parent=self)
        box.setObjectName("resolve_confirm")
        yes = box.addButton(self.tr("Ghép"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Quay lại"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.finished.connect(lambda _r: self.merge(c.id, taken) if box.clickedButton() is yes else None)
        box.open()

    def merge(self, conflict_id: uuid.UUID, taken: set[str]) -> None:
        from app.sync.merge import merge

        for b in (self.keep_local, self.keep_server, self.merge_button):
            b.setEnabled(False)
        Op.acting(self, lambda s, actor: merge(s, conflict_id, taken, actor)).success(
            self._resolved).failure(self._failed).run()

    def resolve(self, conflict_id: uuid.UUID, keep: str) -> None:
        from app.sync.conflicts import resolve

        self.keep_local.setEnabled(False)
        self.keep_server.setEnabled(False)
        Op.acting(self, lambda s, actor: resolve(s, conflict_id, keep, actor)).success(
            self._resolved).failure(self._failed).run()

    def _resolved(self, _result) -> None:
        self.refresh()
        self.resolved.emit()

    def _failed(self, exc: Exception) -> None:
        from app.ui.errors import show_error

        self.refresh()  # the conflict may have been settled meanwhile
        show_error(self, exc)

    # --- refused records ----------------------------------------------------------------
    def _refused_chosen(self) -> None:
        f = self._selected(self.refused_list, self.refused)
        can_open = f is not None and f.case_id is not None and hasattr(self.host, "open_case")
        self.open_case_button.setEnabled(can_open)

    def open_refused_case(self) -> None:
        f = self._selected(self.refused_list, self.refused)
        if f is None or f.case_id is None or not hasattr(self.host, "open_case"):
            return
        self.host.open_case(f.case_id)
        self.accept()
