""""Lập biên bản": choose a form, preview it, issue it (number + freeze), print or save.

Issued documents of the case are listed with reprint, save and void. Every database or
rendering step runs on the worker; printing runs on its own thread.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.text import file_name
from app.ui.ops import Op
from app.ui.printing import ask_and_print, page_qimage
from app.ui.vn_format import local_time_text

PREVIEW_DPI = 80
STATUS_COLUMN = 3  # of the issued list: Số, Mẫu, Lập lúc, Trạng thái, In lại
WARN_STYLE = "color: #8a5a00; background: #fff4d6; padding: 4px;"


class DocumentsDialog(QDialog):
    issued = Signal(str)  # the number of a newly issued document

    def __init__(self, case_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = case_id
        self.pdf: bytes | None = None
        self.pdf_name = "bien-ban.pdf"  # suggested when saving the PDF shown
        self.current_doc: uuid.UUID | None = None
        self.copies = 2
        self.jobs: list = []
        self.setObjectName("documents_dialog")
        self.setWindowTitle(self.tr("Lập biên bản — %1").replace("%1", title))
        self.resize(1100, 700)  # fits a 1366×768 screen with the task bar
        self.forms = QListWidget(objectName="form_list")
        self.forms.setWordWrap(True)  # the official titles are long; show them whole
        self.forms.setSpacing(3)
        self.docs = QTableWidget(0, 5, objectName="issued_list", tabKeyNavigation=False)
        self.docs.setHorizontalHeaderLabels([self.tr("Số"), self.tr("Mẫu"), self.tr("Lập lúc"),
                                             self.tr("Trạng thái"), self.tr("In lại")])
        self.docs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.docs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.docs.verticalHeader().hide()
        self.docs.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long void reason: whole in the tooltip
        header = self.docs.horizontalHeader()
        for col in range(5):  # every column as wide as its header and texts; the status takes the rest
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.pages = QWidget()
        self.pages_box = QVBoxLayout(self.pages)
        self.pages_box.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll = scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(self.pages)
        self.info = QLabel(objectName="preview_info", wordWrap=True)
        self.warnings = QLabel(objectName="issue_warnings", wordWrap=True, styleSheet=WARN_STYLE)
        self.warnings.hide()
        self.issue_button = QPushButton(self.tr("&Lập biên bản (lấy số) và in…"), objectName="issue_button")
        self.print_button = QPushButton(self.tr("&In lại…"), objectName="reprint_button")
        self.save_button = QPushButton(self.tr("Lưu &PDF…"), objectName="save_pdf_button")
        self.void_button = QPushButton(self.tr("&Hủy biên bản…"), objectName="void_button")
        close = QPushButton(self.tr("Đó&ng"))
        left = QVBoxLayout()
        forms_label = QLabel(self.tr("&Mẫu biên bản"), buddy=self.forms)  # Alt+M: the list
        forms_label.setStyleSheet("font-weight: bold;")
        left.addWidget(forms_label)
        left.addWidget(self.forms, 2)
        left.addWidget(QLabel(self.tr("<b>Đã lập cho vụ việc này</b>")))
        left.addWidget(self.docs, 1)
        left_box = QWidget()
        left_box.setLayout(left)
        right = QVBoxLayout()
        right.addWidget(self.info)
        right.addWidget(self.warnings)
        right.addWidget(scroll, 1)
        right_box = QWidget()
        right_box.setLayout(right)
        split = QSplitter()
        split.addWidget(left_box)
        split.addWidget(right_box)
        left_box.setMinimumWidth(440)  # the issued list's five columns without scrolling
        split.setSizes([460, 640])
        buttons = QHBoxLayout()
        for b in (self.void_button, self.save_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.forms.currentItemChanged.connect(self._form_chosen)
        self.docs.itemSelectionChanged.connect(self._doc_chosen)
        self.issue_button.clicked.connect(self.issue)
        self.print_button.clicked.connect(self.reprint)
        self.save_button.clicked.connect(self.save_pdf)
        self.void_button.clicked.connect(self.void)
        close.clicked.connect(self.accept)
        self._update_buttons()
        self.forms.setFocus()  # Up/Down choose the form, Alt+L issues it
        self.refresh()

    # --- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        from app.documents.issuing import case_documents, form_choices

        case_id = self.case_id
        Op(self, lambda s: (form_choices(s, case_id), case_documents(s, case_id))).success(self._fill).run()

    def _fill(self, result) -> None:
        choices, documents = result
        current = self.forms.currentItem().data(Qt.ItemDataRole.UserRole) if self.forms.currentItem() else None
        self.forms.blockSignals(True)
        self.forms.clear()
        for c in choices:
            item = QListWidgetItem(f"{c.code} — {c.title.capitalize()} ({c.mau})")
            item.setData(Qt.ItemDataRole.UserRole, c.code)
            item.setData(Qt.ItemDataRole.UserRole + 1, c.copies)
            item.setData(Qt.ItemDataRole.UserRole + 2, c.available)
            if not c.available:
                item.setForeground(Qt.GlobalColor.gray)
                item.setToolTip(c.reason)
            self.forms.addItem(item)
            if c.code == current:
                self.forms.setCurrentItem(item)
        self.forms.blockSignals(False)
        self.docs.setRowCount(len(documents))
        for r, d in enumerate(documents):
            status = self.tr("Đã hủy: %1").replace("%1", d.void_reason) if d.status == "void" else self.tr("Đã lập")
            for col, text in enumerate((d.number, d.form_code, local_time_text(d.issued_at), status, str(d.reprints))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, (d.id, d.status, d.copies))
                self.docs.setItem(r, col, item)
        if self.forms.currentItem() is None and self.forms.count():
            self.forms.setCurrentRow(0)

    def _form_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        self.docs.clearSelection()
        self.current_doc = None
        code = item.data(Qt.ItemDataRole.UserRole)
        self.copies = item.data(Qt.ItemDataRole.UserRole + 1)
        from app.documents.issuing import preview_document

        case_id = self.case_id
        self.pdf_name = file_name(f"{code}-xem-truoc", ".pdf")
        self.info.setText(self.tr("Đang dựng bản xem trước…"))
        label = item.text()  # the list is refilled after an issue: keep the text, not the item
        Op(self, lambda s: preview_document(s, case_id, code)).success(
            lambda pdf: self._show_pdf(pdf, self.tr("Bản xem trước, chưa lấy số: %1").replace("%1", label))
        ).failure(lambda exc: self.info.setText(str(exc))).run()
        self._update_buttons()

    def _doc_chosen(self) -> None:
        items = self.docs.selectedItems()
        if not items:
            return
        doc_id, _status, copies = items[0].data(Qt.ItemDataRole.UserRole)
        self.current_doc, self.copies = doc_id, copies
        from app.documents.issuing import document_pdf

        number = self.docs.item(items[0].row(), 0).text()
        self.pdf_name = file_name(number, ".pdf")
        Op(self, lambda s: document_pdf(s, doc_id)).success(
            lambda pdf: self._show_pdf(pdf, self.tr("Biên bản số %1 (bản đã lập, không sửa được)").replace("%1", number))
        ).run()
        self._update_buttons()

    def _show_pdf(self, pdf: bytes, caption: str) -> None:
        from app.documents.preview import render_pages

        self.pdf = pdf
        # pages as wide as the preview area (A4 is 595 pt wide), so no sideways scrolling
        width = self.scroll.viewport().width() - 40
        dpi = max(40.0, min(PREVIEW_DPI * 2, width * 72 / 595)) if width > 0 else PREVIEW_DPI
        Op(self, lambda _s: render_pages(pdf, dpi), with_session=False).success(
            lambda pages: self._show_pages(pages, caption)).run()

    def _show_pages(self, pages, caption: str) -> None:
        while self.pages_box.count():
            w = self.pages_box.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        for page in pages:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(page_qimage(page)))
            label.setStyleSheet("border: 1px solid #999; margin: 6px;")
            self.pages_box.addWidget(label)
        self.info.setText(caption + " — " + self.tr("%n trang", "", len(pages)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.forms.currentItem()
        available = bool(item and item.data(Qt.ItemDataRole.UserRole + 2))
        self.issue_button.setEnabled(available and self.current_doc is None)
        is_doc = self.current_doc is not None
        self.print_button.setEnabled(is_doc)
        self.void_button.setEnabled(is_doc)
        self.save_button.setEnabled(self.pdf is not None)

    # --- actions ------------------------------------------------------------------------
    def issue(self) -> None:
        item = self.forms.currentItem()
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        from app.documents.issuing import check_before_issue
        from app.ui.issue_confirm import confirm_issue

        case_id = self.case_id
        self.issue_button.setEnabled(False)

        def ask(check) -> None:
            self._update_buttons()  # "Quay lại" leaves the button usable
            confirm_issue(self, self.tr("Lập biên bản %1").replace("%1", code), check,
                          lambda choice: self._issue(code, choice))

        Op(self, lambda s: check_before_issue(s, case_id, code)).success(ask).failure(self._failed).run()

    def _issue(self, code: str, choice) -> None:
        from app.documents.issuing import document_pdf, issue_document

        case_id = self.case_id

        def work(session, actor):
            result = issue_document(session, case_id, code, actor, corrects=choice.corrects,
                                    replaces=choice.replaces, replace_reason=choice.reason)
            return result, document_pdf(session, result.document_id)

        self.issue_button.setEnabled(False)
        Op.acting(self, work).success(self._issued).failure(self._failed).run()

    def _issued(self, result) -> None:
        issued, pdf = result
        self.current_doc, self.copies = issued.document_id, issued.copies
        self.pdf_name = file_name(issued.number, ".pdf")
        self.issued.emit(issued.number)
        self._show_warnings(issued.warnings)
        self._show_pdf(pdf, self.tr("Đã lập biên bản số %1").replace("%1", issued.number))
        self.refresh()
        self._print(pdf, issued.number)
        self.forms.setFocus()  # on to the next form (the issue button is disabled now)

    def reprint(self) -> None:
        if self.current_doc is None:
            return
        from app.documents.issuing import reprint

        doc_id = self.current_doc
        number = self.docs.item(self.docs.currentRow(), 0).text() if self.docs.currentRow() >= 0 else ""
        Op.acting(self, lambda s, actor: reprint(s, doc_id, actor)).success(
            lambda pdf: (self._print(pdf, number), self.refresh())).failure(self._failed).run()

    def _print(self, pdf: bytes, number: str) -> None:
        job = ask_and_print(self, pdf, self.copies, f"Biên bản {number}")
        if job is None:
            return
        self.jobs.append(job)
        job.progress.connect(lambda i, n: self.info.setText(self.tr("Đang in trang %1/%2…").replace("%1", str(i)).replace("%2", str(n))))
        job.finished_ok.connect(lambda n: self.info.setText(self.tr("Đã gửi %n trang tới máy in.", "", n)))
        job.failed.connect(lambda msg: QMessageBox.warning(self, self.tr("In biên bản"), msg))

    def save_pdf(self) -> None:
        if self.pdf is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu PDF"), self.pdf_name, "PDF (*.pdf)")
        if not path:
            return
        try:
            with open(path, "wb") as fh:
                fh.write(self.pdf)
        except OSError as exc:
            from app.ui.errors import file_error_text

            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Lưu PDF"), file_error_text(exc, path), parent=self)
            box.setObjectName("file_error")
            box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
            box.open()
            return
        self.info.setText(self.tr("Đã lưu %1").replace("%1", path))

    def void(self):
        if self.current_doc is None:
            return
        from app.ui.reason_dialog import ReasonDialog

        dialog = ReasonDialog(self.tr("Hủy biên bản"), self.tr("Lý do hủy (biên bản giữ số, đánh dấu đã hủy):"),
                              self.tr("&Hủy biên bản"), self.tr("Ghi lý do hủy biên bản."), self, name="void_reason")
        dialog.given.connect(self._void_with)
        dialog.open()
        return dialog

    def _void_with(self, reason: str) -> None:
        from app.documents.issuing import void_document

        doc_id = self.current_doc
        Op.acting(self, lambda s, actor: void_document(s, doc_id, reason, actor)).success(
            lambda _r: self.refresh()).failure(self._failed).run()

    def _show_warnings(self, warnings: list[str]) -> None:
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _failed(self, exc: Exception) -> None:
        from app.ui.errors import show_error

        self._update_buttons()
        show_error(self, exc)
