"""Preferences: output folder, language, GPU use, parallel generators, organisation name."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from synthstudio.gui.settings import LANGUAGES, AppSettings

MAX_PARALLEL_GENERATORS = 8


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))

        self.output_folder = QLineEdit(settings.output_folder)
        self.output_folder.setAccessibleName(self.tr("Output folder"))
        self.output_folder.setToolTip(self.tr("Where synthetic tables and reports are saved by default."))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setToolTip(self.tr("Choose the output folder."))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.output_folder, 1)
        folder_row.addWidget(browse)

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setToolTip(self.tr("The language of the application. Takes effect when you restart it."))

        self.use_gpu = QCheckBox(self.tr("Use the graphics card (GPU) when there is one"))
        self.use_gpu.setChecked(settings.use_gpu)
        self.use_gpu.setToolTip(self.tr("Neural generators learn much faster on an NVIDIA graphics card. "
                                        "Turn this off to always use the processor."))

        self.worker_threads = QSpinBox()
        self.worker_threads.setRange(1, MAX_PARALLEL_GENERATORS)
        self.worker_threads.setValue(settings.worker_threads)
        self.worker_threads.setAccessibleName(self.tr("Generators run at the same time"))
        self.worker_threads.setToolTip(self.tr("How many generators may learn at the same time. "
                                               "1 is best on an ordinary computer; the others wait in a queue."))

        self.organisation = QLineEdit(settings.organisation)
        self.organisation.setAccessibleName(self.tr("Organisation name"))
        self.organisation.setPlaceholderText(self.tr("e.g. National Statistics Office"))
        self.organisation.setToolTip(self.tr("Printed on datasheets and used for the signing certificate."))

        form = QFormLayout()
        form.addRow(self.tr("&Output folder:"), folder_row)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("Computing:"), self.use_gpu)
        form.addRow(self.tr("&Generators at once:"), self.worker_threads)
        for label_field in (self.output_folder, self.language, self.organisation, self.worker_threads):
            label = form.labelForField(label_field) or form.labelForField(folder_row)
            if isinstance(label, QLabel):
                label.setBuddy(label_field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the output folder"), self.output_folder.text())
        if folder:
            self.output_folder.setText(folder)

    def accept(self) -> None:
        self.settings.output_folder = self.output_folder.text().strip() or self.settings.output_folder
        self.settings.language = self.language.currentData()
        self.settings.organisation = self.organisation.text()
        self.settings.use_gpu = self.use_gpu.isChecked()
        self.settings.worker_threads = self.worker_threads.value()
        self.settings.sync()
        super().accept()
