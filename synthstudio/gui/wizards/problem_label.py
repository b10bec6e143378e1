"""A label on a wizard page that shows why the page cannot go on: the core's message and remedy."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from synthstudio.core.errors import SynthStudioError

PROBLEM_STYLE = "color: #a61b1b; font-weight: bold;"


class ProblemLabel(QLabel):
    """Hidden while there is no problem; otherwise the error's text, selectable and read by screen readers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(PROBLEM_STYLE)
        self.setAccessibleName(self.tr("Problem with these settings"))
        self.hide()

    def show_problem(self, error: SynthStudioError | None) -> None:
        self.setText(error.user_text() if error is not None else "")
        self.setAccessibleDescription(self.text())
        self.setVisible(error is not None)
