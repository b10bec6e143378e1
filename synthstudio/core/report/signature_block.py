"""The visible signature block: a one-page PDF, exactly the size of the signature field.

pyHanko draws its own stamps with a built-in Courier (not embedded) unless given HarfBuzz, so
the block is drawn here with ReportLab and the embedded DejaVu fonts, and pyHanko places that
page in the signature's appearance (``StaticStampStyle``).
"""
from __future__ import annotations

import io
from datetime import datetime, timezone

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from synthstudio.core.report.fonts import register_fonts

PADDING = 7
BORDER = colors.HexColor("#1f5f8b")
BACKGROUND = colors.HexColor("#f4f8fb")


def signature_block_pdf(width: float, height: float, organisation: str, fingerprint: str,
                        signed_at: datetime, self_signed: bool) -> bytes:
    """The block as PDF bytes: who signed, when, and the certificate fingerprint to compare."""
    fonts = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=fonts.regular)
    canvas.setFillColor(BACKGROUND)
    canvas.setStrokeColor(BORDER)
    canvas.setLineWidth(1.2)
    canvas.rect(0.6, 0.6, width - 1.2, height - 1.2, fill=1)   # opaque: hides the "place of" hint

    halves = fingerprint.split(":")
    middle = len(halves) // 2
    inner = width - 2 * PADDING
    lines = [
        (fonts.regular, 8.5, colors.HexColor("#3e4c59"), "Digitally signed by"),
        (fonts.bold, 13, colors.black, organisation),
        (fonts.regular, 8.5, colors.black, f"on {signed_at.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC · "
                                         "PAdES signature, SHA-256"),
        (fonts.regular, 8.5, colors.HexColor("#3e4c59"), "Certificate fingerprint (SHA-256):"),
        (fonts.mono, 9.5, colors.black, ":".join(halves[:middle])),
        (fonts.mono, 9.5, colors.black, ":".join(halves[middle:])),
        (fonts.regular, 7.5, colors.HexColor("#3e4c59"),
         "Self-signed certificate: compare this fingerprint with the one the organisation published."
         if self_signed else "Check the signature in a PDF reader or with: synthstudio verify <this file>"),
    ]
    y = height - PADDING
    for font, size, colour, text in lines:
        size = _fitting_size(text, font, size, inner)
        y -= size * 1.22
        canvas.setFont(font, size)
        canvas.setFillColor(colour)
        canvas.drawString(PADDING, y, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _fitting_size(text: str, font: str, size: float, width: float) -> float:
    """Shrink a line (a long organisation name) rather than let it run out of the box."""
    natural = stringWidth(text, font, size)
    return size if natural <= width else max(5.0, size * width / natural)
