"""Verify dialog: are these files SynthStudio synthetic data, unchanged, and signed by whom?

Choose (or drop) data files, signed PDF datasheets, a release manifest or a release folder; the
check runs as a background job and each item gets a traffic light, a short verdict and copyable
details (signature, signer, fingerprint, time; manifest fingerprint; metadata found; watermark
z-score, dataset ID, estimated synthetic share). Nothing is ever written.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QProgressBar, QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from synthstudio.core.errors import SynthStudioError
from synthstudio.gui.dialogs.error_dialog import show_error
from synthstudio.gui.dialogs.verify_report import VerifyRow, describe
from synthstudio.gui.provenance_tasks import verify_paths
from synthstudio.gui.traffic_light import traffic_light_icon
from synthstudio.gui.workers import Job, JobController, JobState

ROW_ROLE = Qt.ItemDataRole.UserRole


class VerifyDialog(QDialog):
    def __init__(self, jobs: JobController, parent: QWidget | None = None,
                 paths: Iterable[str | Path] | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.rows: list[VerifyRow] = []
        self._job: Job | None = None
        jobs.job_progress.connect(self._progress)
        jobs.job_ended.connect(self._ended)
        self.setWindowTitle(self.tr("Verify files"))
        self.setAccessibleName(self.tr("Verify files"))
        self.setAcceptDrops(True)

        intro = QLabel(self.tr(
            "Check whether files are SynthStudio synthetic data, unchanged since release, and who signed them. "
            "Choose data files, signed PDF datasheets, a release manifest or a whole release folder, or drop "
            "them here. Nothing is changed."))
        intro.setWordWrap(True)
        self.files_button = QPushButton(self.tr("Check &files…"))
        self.files_button.setToolTip(self.tr("Choose one or more data files, PDFs or a manifest.json."))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Check a f&older…"))
        self.folder_button.setToolTip(self.tr("Choose a release folder (with its manifest.json) or a folder of files."))
        self.folder_button.clicked.connect(self.choose_folder)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setToolTip(self.tr("Stop checking; the results so far are discarded."))
        self.stop_button.clicked.connect(self.stop)
        choose = QHBoxLayout()
        choose.addWidget(self.files_button)
        choose.addWidget(self.folder_button)
        choose.addStretch(1)
        choose.addWidget(self.stop_button)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Kind"), self.tr("Verdict")])
        self.tree.setAccessibleName(self.tr("Results, one line per file"))
        self.tree.setToolTip(self.tr("Select a line to see its details below."))
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self._show_details)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the selected file"))
        self.details.setToolTip(self.tr("Select and copy any part, or use Copy report for everything."))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        details_label = QLabel(self.tr("&Details:"))
        details_label.setBuddy(self.details)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(details_label)
        lower_layout.addWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 220])

        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setToolTip(self.tr("Copy the verdicts and details of every file to the clipboard."))
        self.copy_button.clicked.connect(self.copy_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choose)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self._set_running(False)
        if paths:
            self.verify(paths)

    # -- choosing --------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose files to check"), "",
            self.tr("Data, datasheets and manifests (*.csv *.xlsx *.xlsm *.parquet *.pdf *.json *.p7s *.tsv *.txt "
                    "*.dta *.sav);;All files (*)"))
        if paths:
            self.verify(paths)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a release folder"))
        if folder:
            self.verify([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self._running():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.verify(paths)

    # -- checking --------------------------------------------------------------------------------
    def verify(self, paths: Iterable[str | Path]) -> Job:
        """Check ``paths`` in the background; the results replace the ones shown."""
        paths = [Path(p) for p in paths]
        if self._running():
            self.jobs.cancel(self._job)
        self.rows = []
        self.tree.clear()
        self.details.clear()
        self.progress.setValue(0)
        self.status.setText(self.tr("Checking {0}…").format(", ".join(p.name or str(p) for p in paths)))
        job = Job(title=self.tr("Verify {0}").format(paths[0].name if len(paths) == 1
                                                     else self.tr("{0} items").format(len(paths))),
                  work=verify_paths(paths), kind="verify")
        job.on_done = lambda results, job=job: self._done(job, results)
        job.on_failed = lambda error, job=job: self._failed(job, error)
        self._job = job
        self._set_running(True)
        return self.jobs.submit(job)

    def stop(self) -> None:
        if self._running():
            self.jobs.cancel(self._job)
            self.status.setText(self.tr("Stopping…"))

    def _running(self) -> bool:
        return self._job is not None and not self._job.state.ended

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.stop_button.setVisible(running)
        self.files_button.setEnabled(not running)
        self.folder_button.setEnabled(not running)
        self.copy_button.setEnabled(not running and bool(self.rows))

    def _progress(self, job: Job) -> None:
        if job is self._job:
            self.progress.setValue(int(job.fraction * 1000))
            if job.message:
                self.status.setText(job.message)

    def _ended(self, job: Job) -> None:
        if job is self._job:
            self._set_running(False)
            if job.state is JobState.CANCELLED:
                self.status.setText(self.tr("Stopped. Choose files again to check them."))

    def _done(self, job: Job, results) -> None:
        if job is not self._job:
            return
        self.rows = [describe(path, verified) for path, verified in results]
        for row in self.rows:
            self.tree.addTopLevelItem(self._item(row))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        if self.rows:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.tree.setFocus()
        self.status.setText(self._summary())

    def _failed(self, job: Job, error: SynthStudioError) -> None:
        if job is self._job:
            self.status.setText(error.message)
            show_error(self, error)

    def _item(self, row: VerifyRow) -> QTreeWidgetItem:
        item = QTreeWidgetItem([row.name, row.kind, row.headline])
        item.setIcon(2, traffic_light_icon(row.level))
        item.setData(0, ROW_ROLE, row)
        item.setToolTip(0, row.details[0] if row.details else row.name)
        item.setToolTip(2, row.headline)
        for child in row.children:
            item.addChild(self._item(child))
        return item

    def _summary(self) -> str:
        count = len(self.rows)
        if not count:
            return self.tr("There was nothing to check: no data files, PDFs or manifests were found.")
        return self.tr("Checked {0} item(s). Select a line to see its details.").format(count)

    def _show_details(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        row: VerifyRow | None = current.data(0, ROW_ROLE) if current is not None else None
        self.details.setPlainText("\n".join([f"{row.name} — {row.headline}", *row.details]) if row else "")

    def report_text(self) -> str:
        return "\n\n".join(row.report() for row in self.rows)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report_text())

    def reject(self) -> None:
        self.stop()
        super().reject()
