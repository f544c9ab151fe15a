"""The bundled Liberation Serif (metric-compatible with Times New Roman, covers Vietnamese).

Registered once per process as the family "TimesVN" (PITFALLS: ReportLab's standard fonts
have no Vietnamese; registering costs 25–35 ms, so it is done once, under a lock).
"""

from __future__ import annotations

import threading

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resources_dir

FAMILY = "TimesVN"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"

_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the four faces and the bold/italic mapping (idempotent); return the family."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            folder = resources_dir() / "fonts"
            known = set(pdfmetrics.getRegisteredFontNames())
            for name, filename in _FILES.items():
                if name not in known:
                    pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD_ITALIC)
            # Binary (Flate-only) streams: ASCII85 makes PDFs 25 % larger and costs ~7 ms a
            # document in ReportLab's pure-Python encoder. Process-wide; nothing needs ASCII85.
            rl_config.useA85 = 0
            _registered = True
    return FAMILY
