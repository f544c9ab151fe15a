"""Read the enrolment QR code from a photo or a scan (PNG, JPG…), with zxing-cpp.

Qt-free: Pillow opens the file (EXIF rotation applied), zxing-cpp finds the code. Slow on
a large phone photo (a few hundred ms), so the dialog runs it off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import ValidationFailed

MAX_SIDE = 2400  # a 12-megapixel photo is scaled down first: faster, and still readable


def read_qr_text(path: Path | str) -> str:
    """The text of the first QR code in the image. ValidationFailed (key "code") if none."""
    import zxingcpp
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(path) as opened:
            image = ImageOps.exif_transpose(opened).convert("L")
    except (OSError, UnidentifiedImageError):
        raise ValidationFailed({"code": "Không mở được tệp ảnh; hãy chọn ảnh PNG hoặc JPG."}) from None
    if max(image.size) > MAX_SIDE:
        image.thumbnail((MAX_SIDE, MAX_SIDE))
    for found in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
        if found.text:
            return found.text
    raise ValidationFailed({"code": "Không tìm thấy mã QR trong ảnh; hãy chụp lại rõ và thẳng hơn."})
