"""Printing a frozen PDF through the system print dialog, off the GUI thread.

Pages are rasterised with pypdfium2 at the printer's resolution (capped at 300 dpi) and
painted onto the QPrinter in a QThread (Qt allows QPainter on a QPrinter outside the GUI
thread). The window stays usable while a 40-page Bảng kê goes to the printer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QRect, QThread, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from app.text import file_name

MAX_DPI = 300


def page_qimage(page) -> QImage:
    """A PageImage (BGRA bytes) as a QImage that owns a copy of its pixels."""
    return QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_ARGB32).copy()


def make_printer(copies: int, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)  # the PDF carries its own NĐ 30 margins
    printer.setCopyCount(max(1, copies))
    printer.setDocName(file_name(title))  # Qt's "print to file" names the file after it
    return printer


class PrintJob(QThread):
    """Paints every page of ``pdf`` on ``printer``; emits progress and a final message."""

    progress = Signal(int, int)
    finished_ok = Signal(int)
    failed = Signal(str)

    def __init__(self, printer: QPrinter, pdf: bytes, parent=None) -> None:
        super().__init__(parent)
        self.printer, self.pdf = printer, pdf

    def run(self) -> None:
        from app.documents.preview import page_count, render_pages

        try:
            total = page_count(self.pdf)
            dpi = min(self.printer.resolution(), MAX_DPI)
            painter = QPainter()
            if not painter.begin(self.printer):
                target = self.printer.outputFileName()  # "print to file" chosen in the dialog
                self.failed.emit(
                    f"Không ghi được tệp {target}: kiểm tra thư mục có tồn tại và cho ghi không."
                    if target
                    else "Không mở được máy in. Kiểm tra máy in đã bật và còn giấy."
                )
                return
            for index in range(total):
                if index:
                    self.printer.newPage()
                image = page_qimage(render_pages(self.pdf, dpi, [index])[0])
                target = QRect(0, 0, self.printer.width(), self.printer.height())
                painter.drawImage(target, image)
                self.progress.emit(index + 1, total)
            painter.end()
            self.finished_ok.emit(total)
        except Exception as exc:  # reported to the user, the window stays usable
            self.failed.emit(f"In không thành công: {exc}")


def ask_and_print(parent: QWidget, pdf: bytes, copies: int, title: str) -> PrintJob | None:
    """The system print dialog with the copies preset; None if the user cancels."""
    printer = make_printer(copies, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "In biên bản"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    job = PrintJob(printer, pdf, parent)
    job.start()
    return job
