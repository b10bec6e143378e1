"""Fonts embedded in every PDF SynthStudio writes.

ReportLab's built-in fonts (Helvetica...) are not embedded, so a reader may substitute them and
they cover Latin-1 only. DejaVu Sans is embedded (subset) and covers French, Spanish and the
Arabic letters. Its licence allows redistribution; we take the TTF files that matplotlib already
ships (a dependency), or from ``resources/fonts`` when a packager puts them there.
Note: joining Arabic letters and right-to-left order need ReportLab's optional shaping support
(``uharfbuzz`` and ``rlbidi``); without them Arabic text shows unjoined letters.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import matplotlib
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from synthstudio.core.errors import SynthStudioError
from synthstudio.paths import resources_dir

_FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique": "DejaVuSans-BoldOblique.ttf",
    "DejaVuSansMono": "DejaVuSansMono.ttf",
}


@dataclass(frozen=True)
class FontNames:
    regular: str = "DejaVuSans"
    bold: str = "DejaVuSans-Bold"
    italic: str = "DejaVuSans-Oblique"
    mono: str = "DejaVuSansMono"


def font_file(file_name: str) -> Path:
    for folder in (resources_dir() / "fonts", Path(matplotlib.get_data_path()) / "fonts" / "ttf"):
        if (folder / file_name).is_file():
            return folder / file_name
    raise SynthStudioError(f"The font {file_name} needed for PDF documents is missing.",
                           "Reinstall SynthStudio; the installation is incomplete.")


@lru_cache(maxsize=1)
def register_fonts() -> FontNames:
    """Register the DejaVu family with ReportLab once per process; returns the names to use."""
    for name, file_name in _FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(font_file(file_name))))
    names = FontNames()
    # So <b> and <i> in paragraphs pick the embedded bold and oblique faces.
    addMapping(names.regular, 0, 0, names.regular)
    addMapping(names.regular, 1, 0, names.bold)
    addMapping(names.regular, 0, 1, names.italic)
    addMapping(names.regular, 1, 1, "DejaVuSans-BoldOblique")
    return names
