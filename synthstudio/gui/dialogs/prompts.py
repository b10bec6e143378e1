"""Yes/no questions, in one place so tests can answer them without a blocking dialog."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(parent: QWidget | None, title: str, text: str,
        buttons: Button = Button.Yes | Button.No, default: Button = Button.No) -> Button:
    """Ask and wait for the answer (a modal QMessageBox)."""
    return QMessageBox.question(parent, title, text, buttons, default)
