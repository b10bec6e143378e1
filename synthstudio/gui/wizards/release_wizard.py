"""Release wizard: choose results, check the release gate, choose formats and folder, describe the
release, review, then release in the background (watermarked files, descriptions, signed
datasheet, signed manifest) and see what was written.

Each chosen result becomes one release (one dataset ID, one manifest); with several results
each gets its own subfolder of the chosen folder. The release itself is
:func:`synthstudio.core.provenance.release.release_data`, run through the job controller by
:class:`~synthstudio.gui.wizards.release_run_page.ReleaseRunPage`.
"""
from __future__ import annotations

import re
from datetime import date
from html import escape
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QTextBrowser, QVBoxLayout, QWidget, QWizard, QWizardPage)

from synthstudio.core.errors import SynthStudioError
from synthstudio.core.evaluation.catalog import METRICS
from synthstudio.core.evaluation.gate import MIN_JUSTIFICATION_CHARS
from synthstudio.core.provenance.file_metadata import synthetic_file_name
from synthstudio.core.provenance.release_info import RELEASE_FORMATS, ReleaseOptions
from synthstudio.gui.dialogs.error_dialog import show_error
from synthstudio.gui.provenance_tasks import ReleasableResult, stored_identity
from synthstudio.gui.settings import AppSettings
from synthstudio.gui.traffic_light import gate_level, traffic_light_icon
from synthstudio.gui.wizards.release_run_page import ReleaseRunPage
from synthstudio.gui.workers import JobController
from synthstudio.gui.labels import count_text

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

# Characters no file system accepts in a folder name (the core cleans file names the same way).
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
LICENCES = ("CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC0-1.0", "ODbL-1.0")
TEXT_BOX_LINES = 3


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip(" •-\t") for line in edit.toPlainText().splitlines() if line.strip(" •-\t")]


def _text_box(name: str, tip: str, placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setAccessibleName(name)
    edit.setToolTip(tip)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)    # Tab moves on, as in every other field (keyboard users)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * TEXT_BOX_LINES + 14)
    return edit


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


def gate_text(status: str) -> str:
    return {"pass": translate("ReleaseWizard", "passed"),
            "warn": translate("ReleaseWizard", "passed with warnings"),
            "fail": translate("ReleaseWizard", "FAILED")}.get(status, translate("ReleaseWizard", "not evaluated"))


def result_line(result: ReleasableResult) -> str:
    return translate("ReleaseWizard", "{0} — {1} rows — release gate: {2}").format(
        result.title, count_text(len(result.synthetic)), gate_text(result.gate))


# -- pages ---------------------------------------------------------------------------------------------

class ResultsPage(QWizardPage):
    def __init__(self, results: Sequence[ReleasableResult], selected: Sequence[ReleasableResult],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.results = list(results)
        self.setTitle(self.tr("Choose what to release"))
        self.setSubTitle(self.tr("Each chosen result becomes one release: its data files with their descriptions, "
                                 "a signed datasheet and a signed list of the files (manifest)."))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Results that can be released"))
        self.list.setToolTip(self.tr("Tick each result to release. The light shows its release-gate result."))
        for result in self.results:
            item = QListWidgetItem(traffic_light_icon(gate_level(result.gate)), result_line(result))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if result in selected else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(lambda _item: self.completeChanged.emit())
        if self.list.count():
            self.list.setCurrentRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(_buddy(self.tr("&Results (Space ticks or unticks the selected one):"), self.list))
        layout.addWidget(self.list, 1)

    def chosen(self) -> list[ReleasableResult]:
        return [result for row, result in enumerate(self.results)
                if self.list.item(row).checkState() == Qt.CheckState.Checked]

    def isComplete(self) -> bool:
        return bool(self.chosen())


class GatePage(QWizardPage):
    """The release gate of each chosen result; a failed gate needs a written justification."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Check the release gate"))
        self.setSubTitle(self.tr("The release gate compares each result's evaluation (fidelity, utility, privacy…) "
                                 "with your organisation's thresholds."))
        self.gates = QListWidget()
        self.gates.setAccessibleName(self.tr("Release-gate result of each chosen result"))
        self.gates.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.justification = QPlainTextEdit()
        self.justification.setAccessibleName(self.tr("Justification for releasing a result that failed the gate"))
        self.justification.setToolTip(self.tr("Why is releasing this data acceptable although it failed the gate? "
                                              "This text is printed in the datasheet and the manifest."))
        self.justification.setPlaceholderText(self.tr(
            "e.g. The privacy measures failed only on the rare categories, which the recipients will not use; "
            "approved by the data protection officer on …"))
        self.justification.setTabChangesFocus(True)
        self.justification.textChanged.connect(self._justification_changed)
        self.justification_label = _buddy(self.tr("&Justification (required, at least {0} characters):").format(
            MIN_JUSTIFICATION_CHARS), self.justification)
        self.counter = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(_buddy(self.tr("&Release gate of the chosen results:"), self.gates))
        layout.addWidget(self.gates, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self.justification_label)
        layout.addWidget(self.justification, 1)
        layout.addWidget(self.counter)

    def initializePage(self) -> None:
        chosen = self.wizard().chosen()
        self.gates.clear()
        for result in chosen:
            text = self.tr("{0}: {1}").format(result.title, gate_text(result.gate))
            failed = [METRICS[key].label if key in METRICS else key for key in result.failed_metrics]
            if result.gate == "fail" and failed:
                text += self.tr(" (failed: {0})").format(", ".join(failed))
            item = QListWidgetItem(traffic_light_icon(gate_level(result.gate)), text)
            item.setToolTip(text)
            self.gates.addItem(item)
        statuses = {result.gate for result in chosen}
        if "fail" in statuses:
            explanation = self.tr("<b>At least one result FAILED the release gate.</b> You may release it only "
                                  "with a written justification; it is printed in the datasheet and recorded in "
                                  "the signed manifest.")
        elif "warn" in statuses:
            explanation = self.tr("Some results passed with warnings. Read their evaluation before releasing; the "
                                  "datasheet shows the warnings.")
        elif statuses - {"pass"}:
            explanation = self.tr("Some results were not evaluated, so nothing shows how faithful or how private "
                                  "they are. The datasheet will say so. Evaluate them first if you can.")
        else:
            explanation = self.tr("All chosen results passed the release gate.")
        self.explanation.setText(explanation)
        needed = self.needs_justification()
        for widget in (self.justification_label, self.justification, self.counter):
            widget.setVisible(needed)
        self._justification_changed()

    def needs_justification(self) -> bool:
        return any(result.gate == "fail" for result in self.wizard().chosen())

    def justification_text(self) -> str:
        return self.justification.toPlainText().strip() if self.needs_justification() else ""

    def _justification_changed(self) -> None:
        missing = MIN_JUSTIFICATION_CHARS - len(self.justification.toPlainText().strip())
        self.counter.setText(self.tr("{0} more characters needed.").format(missing) if missing > 0
                             else self.tr("Thank you: the justification will be recorded."))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.needs_justification() or len(self.justification.toPlainText().strip()) >= \
            MIN_JUSTIFICATION_CHARS


# Formats offered for every release; the others only when the input came in them.
COMMON_FORMATS = ("csv", "excel", "parquet")


def format_label(file_format: str) -> str:
    """A format's name and file extension, e.g. "Excel (.xlsx)"."""
    return {"csv": "CSV (.csv)", "excel": "Excel (.xlsx)", "parquet": "Parquet (.parquet)",
            "stata": "Stata (.dta)", "spss": "SPSS (.sav)"}.get(file_format, file_format)


class FilesPage(QWizardPage):
    """Formats, file name and folder."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("Choose the formats and the folder"))
        self.setSubTitle(self.tr("Every file is marked as synthetic: in its name, in its metadata, in a description "
                                 "file beside it, and in its numbers (an invisible watermark)."))
        tips = {"csv": self.tr("Plain text, opens everywhere. The description file beside it carries the metadata."),
                "excel": self.tr("An Excel workbook with an \"About this data\" sheet first."),
                "parquet": self.tr("A compact format for analysts (R, Python, Spark), with the metadata inside."),
                "stata": self.tr("A Stata data file; its dataset label says it is synthetic and gives the dataset ID."),
                "spss": self.tr("An SPSS data file; its file label and notes say it is synthetic, with the metadata.")}
        self.format_boxes: dict[str, QCheckBox] = {}
        formats = QGroupBox(self.tr("Formats"))
        self.formats_layout = QVBoxLayout(formats)
        for file_format in RELEASE_FORMATS:
            box = QCheckBox(format_label(file_format))
            box.setToolTip(tips[file_format])
            box.toggled.connect(self._changed)
            self.format_boxes[file_format] = box
            self.formats_layout.addWidget(box)
        self.unsupported = QCheckBox()
        self.unsupported.setEnabled(False)
        self.formats_layout.addWidget(self.unsupported)

        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("File name"))
        self.name_edit.setToolTip(self.tr("The start of every file name; \".SYNTHETIC\" is always added."))
        self.name_edit.textChanged.connect(self._changed)
        self.folder_edit = QLineEdit()
        self.folder_edit.setAccessibleName(self.tr("Folder to release into"))
        self.folder_edit.setToolTip(self.tr("The folder the release is written to. It is created if needed."))
        self.folder_edit.textChanged.connect(self._changed)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setToolTip(self.tr("Choose the folder in a file dialog."))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(_buddy(self.tr("File &name:"), self.name_edit), self.name_edit)
        form.addRow(_buddy(self.tr("&Folder:"), self.folder_edit), folder_row)
        layout = QVBoxLayout(self)
        layout.addWidget(formats)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addStretch(1)

    def initializePage(self) -> None:
        chosen = self.wizard().chosen()
        input_formats = list(dict.fromkeys(result.input_format for result in chosen if result.input_format))
        own = [f for f in input_formats if f in RELEASE_FORMATS]
        for file_format, box in self.format_boxes.items():
            box.setText(format_label(file_format) + (self.tr(" — the input's format") if file_format in own else ""))
            # Stata and SPSS are offered to people whose input came in them; everyone gets the common three.
            offered = file_format in COMMON_FORMATS or file_format in own
            box.setVisible(offered)
            if not offered:
                box.setChecked(False)
        if not self.formats():  # first visit: the input's own format, else CSV
            for file_format in own or ["csv"]:
                self.format_boxes[file_format].setChecked(True)
        other = [f for f in input_formats if f not in RELEASE_FORMATS]
        self.unsupported.setVisible(bool(other))
        if other:
            self.unsupported.setText(self.tr("{0} — the input's format (not available)").format(
                ", ".join(format_label(f) for f in other)))
            self.unsupported.setToolTip(self.tr(
                "SynthStudio cannot write {0} files with the watermark and metadata a release needs. "
                "Choose CSV, Excel or Parquet: most statistics programs read all three.").format(
                ", ".join(format_label(f) for f in other)))
        stem = chosen[0].input_stem if chosen else "synthetic"
        if not self.name_edit.text():
            self.name_edit.setText(stem)
        if not self.folder_edit.text():
            self.folder_edit.setText(str(Path(self.settings.output_folder) / f"{stem}-release-{date.today():%Y-%m-%d}"))
        self._changed()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder to release into"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def formats(self) -> tuple[str, ...]:
        return tuple(f for f, box in self.format_boxes.items() if box.isChecked())

    def base_name(self) -> str:
        return self.name_edit.text().strip()

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip().strip('"')).expanduser()

    def _changed(self) -> None:
        if self.wizard() is not None and self.base_name() and self.formats():
            names = [synthetic_file_name(self.base_name(), f) for f in self.formats()]
            text = self.tr("Data files: {0}, each with a description file (.json), plus a signed datasheet (PDF), "
                           "manifest.json and its signature manifest.json.p7s. Existing files are never replaced "
                           "without asking.").format(", ".join(names))
            if len(self.wizard().chosen()) > 1:
                text += " " + self.tr("Each result gets its own subfolder, named after it.")
            self.preview.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.formats() and self.base_name() and self.folder_edit.text().strip())


class DescriptionPage(QWizardPage):
    """What the datasheet and the descriptions say about uses, contact, licence."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("Describe the release"))
        self.setSubTitle(self.tr("This goes into the datasheet, the description files and the manifest. Fields "
                                 "marked * are required."))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setToolTip(self.tr("The dataset's name as recipients will see it."))
        self.organisation = QLineEdit(settings.organisation)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setToolTip(self.tr("Who releases the data. It signs the datasheet and the manifest; "
                                             "it is saved in the settings."))
        self.organisation.setPlaceholderText(self.tr("e.g. National Statistics Office"))
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.setToolTip(self.tr("An e-mail address or a phone number for questions about this data."))
        self.contact.setPlaceholderText(self.tr("e.g. data@statistics.example"))
        self.licence = QComboBox()
        self.licence.setEditable(True)
        self.licence.addItems(LICENCES)
        self.licence.setCurrentText("")
        self.licence.lineEdit().setPlaceholderText(self.tr("e.g. CC-BY-4.0, or your own terms"))
        self.licence.setAccessibleName(self.tr("Licence"))
        self.licence.setToolTip(self.tr("The terms under which others may use the data. An SPDX name such as "
                                        "CC-BY-4.0 is best; you may also type your own."))
        self.purpose = _text_box(self.tr("Purpose"), self.tr("Why this synthetic dataset was made."),
                                 self.tr("e.g. To let students practise credit-risk analysis without real clients."))
        self.intended = _text_box(self.tr("Intended uses"), self.tr("What the data may be used for, one use per line."),
                                  self.tr("One use per line, e.g. Teaching and training"))
        self.prohibited = _text_box(self.tr("Prohibited uses"),
                                    self.tr("What the data must not be used for, one use per line."))
        self.prohibited.setPlainText("\n".join([
            self.tr("Trying to identify real people or to link rows to real persons"),
            self.tr("Decisions about individual people")]))
        self.limitations = _text_box(self.tr("Limitations"), self.tr("What the data cannot show, or shows poorly."),
                                     self.tr("e.g. Rare combinations of values are under-represented."))
        self.notes = _text_box(self.tr("Notes"), self.tr("Anything else recipients should know."))
        for edit in (self.title_edit, self.organisation, self.contact):
            edit.textChanged.connect(self.completeChanged)
        self.licence.currentTextChanged.connect(self.completeChanged)
        self.intended.textChanged.connect(self.completeChanged)

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("&Title:"), self.title_edit), (self.tr("&Organisation: *"), self.organisation),
                             (self.tr("&Contact: *"), self.contact), (self.tr("&Licence: *"), self.licence),
                             (self.tr("&Purpose:"), self.purpose), (self.tr("&Intended uses: *"), self.intended),
                             (self.tr("P&rohibited uses:"), self.prohibited),
                             (self.tr("Li&mitations:"), self.limitations), (self.tr("&Notes:"), self.notes)):
            form.addRow(_buddy(text, widget), widget)

    def initializePage(self) -> None:
        chosen = self.wizard().chosen()
        if not self.title_edit.text() and chosen:
            self.title_edit.setText(self.tr("{0} (synthetic)").format(chosen[0].input_stem))

    def isComplete(self) -> bool:
        return bool(self.organisation.text().strip() and self.contact.text().strip()
                    and self.licence.currentText().strip() and _lines(self.intended))

    def validatePage(self) -> bool:
        # The signing certificate is made for this name; keeping it in the settings keeps them in step.
        self.settings.organisation = self.organisation.text()
        return True


class SummaryPage(QWizardPage):
    """Everything chosen, in one place, and who will sign; the Release button starts the work."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Check and release"))
        self.setSubTitle(self.tr("Nothing has been written yet. Press Release to write the files."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Release"))
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Summary of the release"))
        self.summary.setOpenLinks(False)
        self.signing = QLabel()
        self.signing.setWordWrap(True)
        self.signing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.signing.setAccessibleName(self.tr("Signing certificate"))
        self.import_button = QPushButton(self.tr("Use my organisation's &certificate (.p12)…"))
        self.import_button.setToolTip(self.tr("Sign with a certificate your organisation issued (a PKCS#12 file "
                                              "with its private key) instead of one SynthStudio creates."))
        self.import_button.clicked.connect(self.import_certificate)
        signing_row = QHBoxLayout()
        signing_row.addWidget(self.signing, 1)
        signing_row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addLayout(signing_row)

    def initializePage(self) -> None:
        self.summary.setHtml(self.wizard().summary_html())
        self.signing.setText(self.signing_text())

    def signing_text(self) -> str:
        organisation = " ".join(self.wizard().description_page.organisation.text().split())
        identity = stored_identity()
        if identity is None:
            return self.tr("<b>Signature:</b> SynthStudio will create a signing certificate for {0} on this "
                           "computer when you release (only the first time).").format(escape(organisation))
        if identity.source == "imported":
            return self.tr("<b>Signature:</b> your organisation's certificate ({0}), fingerprint {1}.").format(
                escape(identity.organisation), identity.fingerprint)
        if identity.organisation == organisation:
            return self.tr("<b>Signature:</b> the certificate SynthStudio created for {0} on this computer, "
                           "fingerprint {1}.").format(escape(organisation), identity.fingerprint)
        return self.tr("<b>Signature:</b> the organisation's name changed, so SynthStudio will create a new signing "
                       "certificate for {0} (the one for {1} is kept aside).").format(
            escape(organisation), escape(identity.organisation))

    def import_certificate(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose your organisation's certificate"), "",
                                              self.tr("PKCS#12 certificates (*.p12 *.pfx);;All files (*)"))
        if not path:
            return
        password, ok = QInputDialog.getText(self, self.tr("Certificate password"),
                                            self.tr("Password of {0}:").format(Path(path).name),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        from synthstudio.core.provenance.signing import import_pkcs12

        try:
            import_pkcs12(path, password)
        except SynthStudioError as error:
            show_error(self, error)
            return
        self.signing.setText(self.signing_text())


# -- the wizard ----------------------------------------------------------------------------------------

class ReleaseWizard(QWizard):
    """Releases the chosen results; ``outcomes`` holds what was released once it is done."""

    def __init__(self, jobs: JobController, results: Sequence[ReleasableResult], settings: AppSettings,
                 parent: QWidget | None = None, selected: Sequence[ReleasableResult] | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.settings = settings
        self.setWindowTitle(self.tr("Release synthetic data"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.results_page = ResultsPage(results, list(selected) if selected is not None else list(results))
        self.gate_page = GatePage()
        self.files_page = FilesPage(settings)
        self.description_page = DescriptionPage(settings)
        self.summary_page = SummaryPage()
        self.run_page = ReleaseRunPage(jobs)
        for page in (self.results_page, self.gate_page, self.files_page, self.description_page,
                     self.summary_page, self.run_page):
            self.addPage(page)
        self.resize(860, 700)

    @property
    def outcomes(self):
        return self.run_page.outcomes

    def chosen(self) -> list[ReleasableResult]:
        return self.results_page.chosen()

    def folder_for(self, result: ReleasableResult, base: Path | None = None) -> Path:
        """The chosen folder for a single result; a subfolder per result when there are several."""
        base = base or self.files_page.folder()
        chosen = self.chosen()
        if len(chosen) == 1:
            return base
        names = [_UNSAFE_NAME.sub("_", r.title).strip(" .") or "result" for r in chosen]
        position = chosen.index(result)
        name = names[position]
        return base / (name if names.count(name) == 1 else f"{name}-{position + 1}")

    def options_for(self, result: ReleasableResult, overwrite: bool = False) -> ReleaseOptions:
        page = self.description_page
        title = page.title_edit.text().strip()
        if len(self.chosen()) > 1:
            title = f"{title} — {result.title}" if title else result.title
        return ReleaseOptions(
            formats=self.files_page.formats(), name=self.files_page.base_name(), title=title,
            description=page.purpose.toPlainText().strip(), organisation=" ".join(page.organisation.text().split()),
            contact=page.contact.text().strip(), licence=page.licence.currentText().strip(),
            intended_uses=_lines(page.intended), prohibited_uses=_lines(page.prohibited),
            limitations=page.limitations.toPlainText().strip(), notes=page.notes.toPlainText().strip(),
            gate_justification=self.gate_page.justification_text() if result.gate == "fail" else "",
            overwrite=overwrite)

    def summary_html(self) -> str:
        chosen = self.chosen()
        first = self.options_for(chosen[0])
        title = escape(self.description_page.title_edit.text().strip())
        if len(chosen) > 1:
            title += escape(self.tr(" (each release adds its result's name)"))
        rows = [(self.tr("Results"), "<br>".join(escape(result_line(r)) for r in chosen))]
        if self.gate_page.justification_text():
            rows.append((self.tr("Justification"), escape(self.gate_page.justification_text())))
        rows += [
            (self.tr("Folder"), "<br>".join(escape(str(self.folder_for(r))) for r in chosen)),
            (self.tr("Formats"), escape(", ".join(format_label(f) for f in first.formats))),
            (self.tr("Data files"), escape(", ".join(synthetic_file_name(first.name, f) for f in first.formats))),
            (self.tr("Title"), title),
            (self.tr("Organisation"), escape(first.organisation)),
            (self.tr("Contact"), escape(first.contact)),
            (self.tr("Licence"), escape(first.licence)),
            (self.tr("Purpose"), escape(first.description)),
            (self.tr("Intended uses"), "<br>".join(escape(u) for u in first.intended_uses)),
            (self.tr("Prohibited uses"), "<br>".join(escape(u) for u in first.prohibited_uses)),
            (self.tr("Limitations"), escape(first.limitations)),
            (self.tr("Notes"), escape(first.notes)),
        ]
        body = "".join(f"<tr><td valign='top'><b>{label}</b></td><td>{value or '—'}</td></tr>"
                       for label, value in rows)
        return f"<table cellspacing='4'>{body}</table>"

    def reject(self) -> None:
        self.run_page.stop()       # a release is all or nothing: stopping leaves no partial files
        super().reject()
