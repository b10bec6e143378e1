"""Show a user-facing error: the message, what to do, and technical details on request.

The dialog is opened window-modal with ``open()`` (not ``exec()``), so it never blocks the
event loop: jobs keep running behind it and tests can read it and close it.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
                               QStyle, QVBoxLayout, QWidget)

from synthstudio.core.errors import SynthStudioError


class ErrorDialog(QDialog):
    def __init__(self, error: SynthStudioError, parent: QWidget | None = None, title: str | None = None):
        super().__init__(parent)
        self.error = error
        self.setWindowTitle(title or self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Error message"))

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.message_label = QLabel(error.message)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message_label.font()
        font.setBold(True)
        self.message_label.setFont(font)
        self.remedy_label = QLabel(self.tr("What to do: {0}").format(error.remedy) if error.remedy else "")
        self.remedy_label.setWordWrap(True)
        self.remedy_label.setVisible(bool(error.remedy))
        self.remedy_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit(self.details_text())
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)

        self.details_button = QPushButton(self.tr("Show &details"))
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("Show the technical details, for your IT support."))
        self.details_button.toggled.connect(self._toggle_details)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the message and the technical details to the clipboard."))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        text = QVBoxLayout()
        text.addWidget(self.message_label)
        text.addWidget(self.remedy_label)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def details_text(self) -> str:
        parts = [self.error.message]
        if self.error.remedy:
            parts.append(self.tr("What to do: {0}").format(self.error.remedy))
        parts.append(self.tr("Error code: {0}").format(self.error.code))
        if self.error.details:
            parts += ["", self.error.details]
        return "\n".join(parts)

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())


def show_error(parent: QWidget | None, error: SynthStudioError, title: str | None = None) -> ErrorDialog:
    """Open an :class:`ErrorDialog` without blocking, and return it."""
    dialog = ErrorDialog(error, parent, title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
