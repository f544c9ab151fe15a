"""Photos decoded off the GUI thread, already scaled to the size they are shown at.

A phone photo is 5–20 MB of JPEG; ``QImageReader.setScaledSize`` lets the JPEG decoder
skip most of the work (DCT scaling), and the decoding runs on a small pool of its own so
the window never waits and the database thread is not held. Results come back as
``QImage`` (safe off the GUI thread) through ``ImageLoader.ready``; the GUI turns them
into pixmaps. PDF scans are rendered by pdfium on the database thread (pdfium is not
thread-safe, and the documents preview renders there too).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QImage, QImageReader

from app.security.sealed import read_file
from app.ui.ops import Op

PDF_PAGES_SHOWN = 20  # the viewer shows at most this many pages of a scan


class _Relay(QObject):
    done = Signal(str, QImage)


def read_scaled(path: Path, box: QSize) -> QImage:
    """The image at ``path`` (sealed: opened in memory, never written plain) fitted into
    ``box`` (never enlarged); a null image if unreadable."""
    buffer = QBuffer()
    buffer.setData(QByteArray(read_file(path.parent, path.name)))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # phone photos are stored sideways with an EXIF turn
    size = reader.size()
    if size.isValid() and (size.width() > box.width() or size.height() > box.height()):
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if not image.isNull() and (image.width() > box.width() or image.height() > box.height()):
        # formats that cannot decode scaled (and EXIF-turned photos) are fitted afterwards
        image = image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


def render_pdf(path: Path, box: QSize, pages: int = 1) -> list[QImage]:
    """The first ``pages`` pages of the PDF at ``path``, each fitted into ``box``."""
    from app.documents.preview import page_count, render_pages

    data = read_file(path.parent, path.name)
    count = min(page_count(data), pages)
    images = []
    for page in render_pages(data, dpi=110, pages=list(range(count))):
        image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_ARGB32).copy()
        images.append(image.scaled(box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
    return images


class _Decode(QRunnable):
    def __init__(self, key: str, path: Path, box: QSize, relay: _Relay) -> None:
        super().__init__()
        self.key, self.path, self.box, self.relay = key, path, box, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            image = read_scaled(self.path, self.box)
        except Exception:  # a damaged file shows as "cannot show", never breaks the pool
            image = QImage()
        self.relay.done.emit(self.key, image)


class ImageLoader(QObject):
    """One per application: ``request(key, path, box, pdf)`` → ``ready(key, image)`` later.

    ``image`` is null when the file cannot be shown. Repeated requests for a key still in
    flight are merged.
    """

    ready = Signal(str, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.done.connect(self._finished)
        self._pending: set[str] = set()

    def request(self, key: str, path: Path, box: QSize, *, pdf: bool = False) -> None:
        if key in self._pending:
            return
        self._pending.add(key)
        if pdf:
            Op(self, lambda _s: render_pdf(path, box), with_session=False).success(
                lambda images: self._finished(key, images[0] if images else QImage())
            ).failure(lambda _exc: self._finished(key, QImage())).run()
        else:
            self.pool.start(_Decode(key, path, box, self._relay))

    def wait_idle(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    def _finished(self, key: str, image: QImage) -> None:
        self._pending.discard(key)
        self.ready.emit(key, image)


_loader: ImageLoader | None = None


def image_loader() -> ImageLoader:
    global _loader
    if _loader is None:
        _loader = ImageLoader(QCoreApplication.instance())
    return _loader
