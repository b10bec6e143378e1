"""Traffic-light icons for verdicts: green (fine), amber (look closer), red (altered or failed).

The colour is never the only cue: every place that shows a light also shows the verdict in
words, for colour-blind users and screen readers.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

GOOD, CAUTION, BAD, NEUTRAL = "good", "caution", "bad", "neutral"
COLOURS = {GOOD: "#2e7d32", CAUTION: "#f9a825", BAD: "#c62828", NEUTRAL: "#9e9e9e"}


def traffic_light_icon(level: str, size: int = 16) -> QIcon:
    """A filled circle in the level's colour, with a dark rim so it stands out on any background."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(COLOURS.get(level, COLOURS[NEUTRAL]))
    painter.setPen(QPen(colour.darker(160), 1))
    painter.setBrush(colour)
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return QIcon(pixmap)


def gate_level(status: str) -> str:
    """The light of a release-gate status (pass, warn, fail, or anything else: not evaluated)."""
    return {"pass": GOOD, "warn": CAUTION, "fail": BAD}.get(status, NEUTRAL)
