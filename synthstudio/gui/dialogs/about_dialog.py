"""About SynthStudio: version, and the licences of the libraries that do the learning."""
from __future__ import annotations

from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from synthstudio import __version__


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "—"


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About SynthStudio"))
        title = QLabel(self.tr("<h2>SynthStudio {0}</h2>").format(__version__))
        title.setTextFormat(Qt.TextFormat.RichText)
        intro = QLabel(self.tr("Turns a sensitive table into a documented, watermarked, signed synthetic "
                               "dataset. Works offline: your data never leaves this computer."))
        intro.setWordWrap(True)
        self.licences = QTextBrowser()
        self.licences.setAccessibleName(self.tr("Licences"))
        self.licences.setOpenExternalLinks(False)
        self.licences.setHtml(self.licence_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def licence_html(self) -> str:
        rows = [
            ("SynthStudio", __version__, self.tr("Apache License 2.0")),
            ("SDV (Synthetic Data Vault)", _version("sdv"),
             self.tr("Business Source License 1.1 — free to use, including in production, except to offer "
                     "a commercial synthetic-data service built on it; see the SDV licence for details")),
            ("RDT, CTGAN, Copulas", _version("rdt"), self.tr("Business Source License 1.1")),
            ("SDMetrics", _version("sdmetrics"), self.tr("MIT License")),
            ("mostlyai-engine (TabularARGN)", _version("mostlyai-engine"), self.tr("Apache License 2.0")),
            ("PyTorch", _version("torch"), self.tr("BSD-style licence")),
            ("pandas, NumPy, scikit-learn, matplotlib", _version("pandas"), self.tr("BSD-style licences")),
            ("Qt for Python (PySide6)", pyside_version, self.tr("GNU LGPL version 3 (or GPL 2/3)")),
            ("ReportLab, pyHanko, cryptography", _version("pyhanko"), self.tr("BSD, MIT and Apache-2.0/BSD")),
            (self.tr("Sample data: UCI Adult (Census Income)"), "",
             self.tr("CC BY 4.0 — Becker & Kohavi, UCI Machine Learning Repository")),
        ]
        body = "".join(f"<tr><td><b>{name}</b></td><td>{version}</td><td>{licence}</td></tr>"
                       for name, version, licence in rows)
        header = self.tr("<tr><th align='left'>Component</th><th align='left'>Version</th>"
                         "<th align='left'>Licence</th></tr>")
        return f"<table cellspacing='6'>{header}{body}</table>"
