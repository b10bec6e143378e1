"""Import wizard: choose a file (and sheet), check the preview and reading options, confirm
column types, give roles. Loading runs as a background job; a bad file shows the core's
message and remedy on the page instead of closing the wizard."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QLineEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget, QWizard, QWizardPage)

from synthstudio.core.errors import SynthStudioError
from synthstudio.gui.dialogs.error_dialog import show_error
from synthstudio.gui.models.column_model import ColumnSummaryModel
from synthstudio.gui.tasks import LoadedTable, load_table
from synthstudio.gui.views.column_panel import ColumnPanel
from synthstudio.gui.views.data_view import DataTableView
from synthstudio.gui.workers import Job, JobController
from synthstudio.gui.labels import count_text

ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "cp1256", "iso-8859-15", "mac-roman")
DELIMITERS = ((",", "Comma  ,"), (";", "Semicolon  ;"), ("\t", "Tab"), ("|", "Vertical bar  |"),
              (" ", "Space"))
DECIMALS = ((".", "Point  ."), (",", "Comma  ,"))
TABLE_FILTER = "*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.parquet *.dta *.sav *.zsav *.por"
EXCEL_SUFFIXES = {".xlsx", ".xlsm", ".xls"}
TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}


class FilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Choose a table"))
        self.setSubTitle(self.tr("CSV, Excel, Parquet, Stata or SPSS. The file is only read, never changed."))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File to import"))
        self.path_edit.setPlaceholderText(self.tr("Type a path or press Browse"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("&Browse…"))
        browse.setToolTip(self.tr("Pick the file in a file dialog."))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setAccessibleName(self.tr("Excel sheet"))
        self.sheet_combo.setToolTip(self.tr("The sheet of the workbook that holds the table."))
        self.sheet_label = QLabel(self.tr("&Sheet:"))
        self.sheet_label.setBuddy(self.sheet_combo)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path_edit)
        form = QFormLayout(self)
        form.addRow(file_label, row)
        form.addRow(self.sheet_label, self.sheet_combo)
        self.sheet_error = QLabel()
        self.sheet_error.setWordWrap(True)
        form.addRow(self.sheet_error)
        self._show_sheets([])

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a table to import"), self.path_edit.text(),
                                              self.tr("Tables ({0});;All files (*)").format(TABLE_FILTER))
        if path:
            self.path_edit.setText(path)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip().strip('"'))

    def _path_changed(self) -> None:
        path = self.path()
        sheets: list[str] = []
        self.sheet_error.clear()
        if path.suffix.lower() in EXCEL_SUFFIXES and path.is_file():
            try:
                from synthstudio.core.dataset import excel_sheets

                sheets = excel_sheets(path)
            except SynthStudioError as error:
                self.sheet_error.setText(f"{error.message}\n{error.remedy}")
        self._show_sheets(sheets)
        self.completeChanged.emit()

    def _show_sheets(self, sheets: list[str]) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(sheets)
        self.sheet_combo.setVisible(bool(sheets))
        self.sheet_label.setVisible(bool(sheets))

    def sheet(self) -> str | None:
        return self.sheet_combo.currentText() if self.sheet_combo.isVisible() else None

    def isComplete(self) -> bool:
        return self.path().is_file()


class ErrorPanel(QFrame):
    """The core's message and remedy, shown on a wizard page, with the details a click away."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ErrorPanel { border: 1px solid #c62828; border-radius: 4px; }")
        self.error: SynthStudioError | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Problem with the file"))
        self.details_button = QPushButton(self.tr("&Details…"))
        self.details_button.setToolTip(self.tr("Show and copy the technical details."))
        self.details_button.clicked.connect(lambda: self.error and show_error(self, self.error))
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_error(self, error: SynthStudioError) -> None:
        self.error = error
        remedy = self.tr("What to do: {0}").format(error.remedy) if error.remedy else ""
        self.message.setText(f"<b>{error.message}</b><br>{remedy}")
        self.show()

    def clear(self) -> None:
        self.error = None
        self.hide()


class PreviewPage(QWizardPage):
    """Loads the file in the background and shows it; reading options can be changed."""

    def __init__(self, jobs: JobController, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.loaded: LoadedTable | None = None
        self._job: Job | None = None
        self._options = None
        jobs.job_progress.connect(self._progress)
        self.setTitle(self.tr("Check the preview"))
        self.setSubTitle(self.tr("If the columns look wrong, change how the file is read."))
        self.encoding = self._combo(self.tr("Text encoding"),
                                    self.tr("How letters are stored in the file. Change it if accents look wrong."),
                                    [(e, e) for e in ENCODINGS])
        self.encoding.setEditable(True)
        self.delimiter = self._combo(self.tr("Column separator"),
                                     self.tr("The character between columns. Change it if everything is in "
                                             "one column."), [(v, self.tr(t)) for v, t in DELIMITERS])
        self.decimal = self._combo(self.tr("Decimal mark"),
                                   self.tr("The character before decimals in numbers."),
                                   [(v, self.tr(t)) for v, t in DECIMALS])
        self.reload_button = QPushButton(self.tr("&Read again"))
        self.reload_button.setToolTip(self.tr("Read the file again with these options."))
        self.reload_button.clicked.connect(self.reload)
        options = QHBoxLayout()
        for text, combo in ((self.tr("&Encoding:"), self.encoding), (self.tr("Se&parator:"), self.delimiter),
                            (self.tr("Deci&mal mark:"), self.decimal)):
            label = QLabel(text)
            label.setBuddy(combo)
            options.addWidget(label)
            options.addWidget(combo)
        options.addWidget(self.reload_button)
        options.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Reading the file"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error_panel = ErrorPanel()
        self.preview = DataTableView()
        self.preview.setAccessibleName(self.tr("Preview of the table"))
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_panel)
        layout.addWidget(self.status)
        layout.addWidget(self.preview, 1)

    def _combo(self, name: str, tip: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(tip)
        for value, text in items:
            combo.addItem(text, value)
        return combo

    # -- loading ----------------------------------------------------------------------------
    def initializePage(self) -> None:
        wizard = self.wizard()
        self._options = None
        path = wizard.file_page.path()
        text_file = path.suffix.lower() in TEXT_SUFFIXES
        for widget in (self.encoding, self.delimiter, self.decimal, self.reload_button):
            widget.setEnabled(text_file)
        if text_file:
            from synthstudio.core.dataset import sniff_csv

            try:
                self._options = sniff_csv(path)
            except SynthStudioError as error:
                self._show_failure(error)
                return
            self._show_options(self._options)
        elif wizard.file_page.sheet():
            from synthstudio.core.dataset import LoadOptions

            self._options = LoadOptions(sheet=wizard.file_page.sheet())
        self._start()

    def _show_options(self, options) -> None:
        for combo, value in ((self.encoding, options.encoding), (self.delimiter, options.delimiter),
                             (self.decimal, options.decimal)):
            index = combo.findData(value)
            if index < 0 and value:
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(0, index))

    def reload(self) -> None:
        if self._options is not None:
            self._options = dataclasses.replace(
                self._options, encoding=self.encoding.currentData() or self.encoding.currentText(),
                delimiter=self.delimiter.currentData(), decimal=self.decimal.currentData())
        self._start()

    def _start(self) -> None:
        if self._job is not None and not self._job.state.ended:
            self.jobs.cancel(self._job)
        self.loaded = None
        self.error_panel.clear()
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()
        job = Job(title=self.tr("Read {0}").format(self.wizard().file_page.path().name),
                  work=load_table(self.wizard().file_page.path(), self._options), kind="load")
        job.on_done = lambda table, job=job: self._loaded(job, table)
        job.on_failed = lambda error, job=job: self._failed(job, error)
        self._job = job
        self.jobs.submit(job)

    def _progress(self, job: Job) -> None:
        if job is self._job:
            self.progress.setValue(int(job.fraction * 1000))
            self.status.setText(job.message)

    def _loaded(self, job: Job, table: LoadedTable) -> None:
        if job is not self._job:
            return
        self.loaded = table
        self.progress.hide()
        dataset = table.dataset
        rows, columns = dataset.frame.shape
        lines = [self.tr("{0} rows × {1} columns read from {2}.").format(
            count_text(rows), count_text(columns), dataset.source.name)]
        lines += [f"⚠ {warning}" for warning in dataset.warnings]
        self.status.setText("\n".join(lines))
        self.preview.set_frame(dataset.frame)
        if self._options is not None and dataset.options is not None and self.encoding.isEnabled():
            self._options = dataset.options
            self._show_options(dataset.options)
        self.completeChanged.emit()

    def _failed(self, job: Job, error: SynthStudioError) -> None:
        if job is self._job:
            self._show_failure(error)

    def _show_failure(self, error: SynthStudioError) -> None:
        self.progress.hide()
        self.status.clear()
        self.preview.set_frame(pd.DataFrame())
        self.error_panel.show_error(error)
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        if self._job is not None:
            self.jobs.cancel(self._job)
        self._job = None

    def isComplete(self) -> bool:
        return self.loaded is not None


class SchemaPage(QWizardPage):
    """Shows the column table with one editable column (types on one page, roles on the next)."""

    def __init__(self, model: ColumnSummaryModel, editable_column: int, title: str, subtitle: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.panel = ColumnPanel(self)
        self.panel.table.setModel(model)
        hidden = ColumnSummaryModel.ROLE if editable_column == ColumnSummaryModel.TYPE else ColumnSummaryModel.TYPE
        self.panel.table.setColumnHidden(hidden, True)
        self.panel.hint.setText(self.tr("Double-click a value in the second column (or select it and press F2) to change "
                                        "it. Hover over a column's name to see why it was detected this way."))
        self.editable_column = editable_column
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)

    def initializePage(self) -> None:
        self.panel.table.setCurrentIndex(self.panel.table.model().index(0, self.editable_column))


class ImportWizard(QWizard):
    """Produces ``self.loaded`` (dataset, schema with the user's types and roles, previews)."""

    def __init__(self, jobs: JobController, parent: QWidget | None = None, path: str | Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a table"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.schema_model = ColumnSummaryModel(self)
        self.file_page = FilePage()
        self.preview_page = PreviewPage(jobs)
        self.types_page = SchemaPage(
            self.schema_model, ColumnSummaryModel.TYPE, self.tr("Confirm the column types"),
            self.tr("SynthStudio guessed what each column holds. Correct any guess that is wrong."))
        self.roles_page = SchemaPage(
            self.schema_model, ColumnSummaryModel.ROLE, self.tr("Give the columns their roles"),
            self.tr("Identifiers are never learned. Quasi-identifiers and sensitive columns are used to check "
                    "privacy; the target is the outcome a model would predict."))
        for page in (self.file_page, self.preview_page, self.types_page, self.roles_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(900, 640)
        if path:
            self.file_page.path_edit.setText(str(path))

    def _page_changed(self, page_id: int) -> None:
        if self.page(page_id) is self.types_page and self.preview_page.loaded is not None:
            loaded = self.preview_page.loaded
            if self.schema_model.schema is not loaded.schema:
                self.schema_model.set_schema(loaded.schema, loaded.previews)

    @property
    def loaded(self) -> LoadedTable | None:
        return self.preview_page.loaded
