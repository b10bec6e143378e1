"""The release wizard's last page: releases the chosen results one after the other as background
jobs (progress, Stop), then lists the files written, with "Open folder" and "Verify now".

The core refuses to replace existing files; when it does, the person is asked. "Yes" releases
again with permission to replace; "No" keeps the files and offers another folder.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (QFileDialog, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget, QWizardPage)

from synthstudio.core.errors import SynthStudioError
from synthstudio.core.provenance.release import ReleaseResult
from synthstudio.core.provenance.signing import SigningIdentity
from synthstudio.gui.dialogs import prompts
from synthstudio.gui.dialogs.verify_dialog import VerifyDialog
from synthstudio.gui.provenance_tasks import (FORMAT_NAMES, ReleasableResult, ReleaseOutcome, release_result,
                                              stored_identity)
from synthstudio.gui.wizards.import_wizard import ErrorPanel
from synthstudio.gui.workers import Job, JobController, JobState

FILE_EXISTS = "file_exists"


class ReleaseRunPage(QWizardPage):
    def __init__(self, jobs: JobController, parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.outcomes: list[ReleaseOutcome] = []
        self._pending: list[ReleasableResult] = []
        self._total = 0
        self._job: Job | None = None
        self._overwrite = False
        self._identity_before: SigningIdentity | None = None
        self.verify_dialog: VerifyDialog | None = None
        jobs.job_progress.connect(self._progress)
        jobs.job_ended.connect(self._ended)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Release progress"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.setToolTip(self.tr("Stop the release. A release is written completely or not at all."))
        self.stop_button.clicked.connect(self.stop)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.stop_button)
        self.error_panel = ErrorPanel()

        self.identity_notice = QLabel()
        self.identity_notice.setWordWrap(True)
        self.identity_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.identity_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity_notice.setAccessibleName(self.tr("New signing certificate"))
        self.identity_notice.setMargin(8)

        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Files written"))
        self.files.setToolTip(self.tr("Every file of the release, as listed in its signed manifest."))
        self.files_label = QLabel(self.tr("&Files written:"))
        self.files_label.setBuddy(self.files)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.setToolTip(self.tr("Show the released files in the file manager."))
        self.open_button.clicked.connect(self.open_folder)
        self.verify_button = QPushButton(self.tr("&Verify now"))
        self.verify_button.setToolTip(self.tr("Check the released files as a recipient would: fingerprints, "
                                              "signatures and watermark."))
        self.verify_button.clicked.connect(self.verify_now)
        self.other_folder_button = QPushButton(self.tr("Release into &another folder…"))
        self.other_folder_button.setToolTip(self.tr("Choose a folder that does not yet hold this release."))
        self.other_folder_button.clicked.connect(self.choose_other_folder)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.verify_button)
        actions.addWidget(self.other_folder_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error_panel)
        layout.addWidget(self.identity_notice)
        layout.addWidget(self.files_label)
        layout.addWidget(self.files, 100)
        layout.addWidget(self.warnings)
        layout.addLayout(actions)
        layout.addStretch(1)     # keeps the progress and status at the top while the list is hidden

    # -- running -------------------------------------------------------------------------------------
    def initializePage(self) -> None:
        self.setTitle(self.tr("Releasing"))
        self.setSubTitle(self.tr("Marking the values, writing the files, signing the datasheet and the manifest."))
        self.outcomes = []
        self._identity_before = stored_identity()
        self._pending = list(self.wizard().chosen())
        self._total = len(self._pending)
        self.files.clear()
        self.error_panel.clear()
        for widget in (self.identity_notice, self.warnings, self.files_label, self.files, self.open_button,
                       self.verify_button, self.other_folder_button):
            widget.hide()
        self._start_next()

    def _start_next(self) -> None:
        if not self._pending:
            self._show_done()
            return
        result = self._pending[0]
        wizard = self.wizard()
        job = Job(title=self.tr("Release {0}").format(result.title), kind="release",
                  work=release_result(result, wizard.folder_for(result), wizard.options_for(result, self._overwrite)))
        job.on_done = lambda outcome, job=job: self._released(job, outcome)
        job.on_failed = lambda error, job=job: self._failed(job, error)
        self._job = job
        self.progress.show()
        self.stop_button.show()
        self.other_folder_button.hide()
        self.status.setText(self.tr("Releasing {0}…").format(result.title))
        self.jobs.submit(job)
        self.completeChanged.emit()

    def is_running(self) -> bool:
        return self._job is not None and not self._job.state.ended

    def stop(self) -> None:
        """Stop the release under way; the results still waiting are not released."""
        if self.is_running():
            del self._pending[1:]
            self.jobs.cancel(self._job)
            self.status.setText(self.tr("Stopping…"))

    def _progress(self, job: Job) -> None:
        if job is self._job and self._total:
            done = self._total - len(self._pending)
            self.progress.setValue(int(1000 * (done + job.fraction) / self._total))
            if job.message:
                self.status.setText(job.message)

    def _released(self, job: Job, outcome: ReleaseOutcome) -> None:
        if job is not self._job:
            return
        self.outcomes.append(outcome)
        self._pending.pop(0)
        self._overwrite = False
        self._start_next()

    def _failed(self, job: Job, error: SynthStudioError) -> None:
        if job is not self._job:
            return
        if error.code == FILE_EXISTS and not self._overwrite:
            answer = prompts.ask(self, self.tr("Replace existing files?"), self.tr(
                "{0}\n\nReplace them with this release? The files now there will be lost.").format(error.message))
            if answer == QMessageBox.StandardButton.Yes:
                self._overwrite = True
                self._start_next()
                return
            self.status.setText(self.tr("Nothing was written for {0}: the folder already holds files of this "
                                        "release, and they were kept. Choose another folder, or press Finish.")
                                .format(self._pending[0].title))
            self.other_folder_button.show()
        else:
            self.status.setText(self.tr("The release of {0} did not complete; nothing of it was written.")
                                .format(self._pending[0].title))
            self.error_panel.show_error(error)
        self._show_done(finished=False)

    def _ended(self, job: Job) -> None:
        if job is self._job and job.state is JobState.CANCELLED:
            self.status.setText(self.tr("Stopped. Nothing of {0} was written.").format(self._pending[0].title))
            self._show_done(finished=False)
        if job is self._job:
            self.completeChanged.emit()

    def choose_other_folder(self) -> None:
        files_page = self.wizard().files_page
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose another folder to release into"),
                                                  str(files_page.folder().parent))
        if folder:
            files_page.folder_edit.setText(folder)
            self._overwrite = False
            self.error_panel.clear()
            self._start_next()

    # -- the result ----------------------------------------------------------------------------------
    def _show_done(self, finished: bool = True) -> None:
        self.progress.setVisible(finished)
        self.stop_button.hide()
        if finished:
            self.setTitle(self.tr("Release finished"))
            self.setSubTitle(self.tr("Give recipients the whole folder: the data, its descriptions, the signed "
                                     "datasheet and the signed manifest."))
        else:
            self.setTitle(self.tr("Release stopped"))
            self.setSubTitle(self.tr("A release is written completely or not at all; no existing file was replaced."))
        if finished:
            self.progress.setValue(1000)
            self.status.setText(self.tr("Released {0} dataset(s). Every file is listed in a signed manifest.")
                                .format(len(self.outcomes)))
        self.files.clear()
        for outcome in self.outcomes:
            self._list_release(outcome.release)
        warnings = [warning for outcome in self.outcomes for warning in outcome.release.warnings]
        self.warnings.setText("\n".join(f"⚠ {warning}" for warning in warnings))
        created = self.created_identity()
        if created is not None:
            self.identity_notice.setText(self.tr(
                "SynthStudio created a signing certificate for {0} on this computer; its fingerprint is {1}. "
                "Publish this fingerprint (for example on your website) so that recipients can check that your "
                "datasheets really come from you.").format(created.organisation, created.fingerprint))
        self.identity_notice.setVisible(created is not None)
        released = bool(self.outcomes)
        for widget in (self.files_label, self.files, self.open_button, self.verify_button):
            widget.setVisible(released)
        self.warnings.setVisible(bool(warnings))
        self.completeChanged.emit()

    def created_identity(self) -> SigningIdentity | None:
        """The signing identity this run of the page made (first use, or a new organisation name)."""
        now, before = stored_identity(), self._identity_before
        return now if now is not None and (before is None or before.fingerprint != now.fingerprint) else None

    def _list_release(self, release: ReleaseResult) -> None:
        header = QListWidgetItem(self.tr("Dataset {0} in {1}").format(release.dataset_id, release.folder))
        font = QFont(header.font())
        font.setBold(True)
        header.setFont(font)
        self.files.addItem(header)
        roles = {file.name: (file.role, file.file_format) for file in release.summary.files}
        for path in release.paths:
            role, file_format = roles.get(path.name, ("manifest" if path == release.manifest_path else "signature", ""))
            item = QListWidgetItem(f"    {path.name} — {self.role_text(role, file_format)}")
            item.setToolTip(str(path))
            self.files.addItem(item)

    def role_text(self, role: str, file_format: str) -> str:
        return {"data": self.tr("synthetic data ({0})").format(FORMAT_NAMES.get(file_format, file_format)),
                "sidecar": self.tr("description of the data file (JSON-LD)"),
                "datasheet": self.tr("datasheet, signed (PDF)"),
                "manifest": self.tr("list of every file with its fingerprint (manifest)"),
                "signature": self.tr("signature of the manifest")}.get(role, role)

    def released_folders(self) -> list[Path]:
        return [outcome.release.folder for outcome in self.outcomes]

    def open_folder(self) -> None:
        folders = self.released_folders()
        if folders:
            folder = folders[0] if len(folders) == 1 else folders[0].parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def verify_now(self) -> VerifyDialog | None:
        folders = self.released_folders()
        if not folders:
            return None
        self.verify_dialog = VerifyDialog(self.jobs, self.wizard(), folders)
        self.verify_dialog.open()
        return self.verify_dialog

    def isComplete(self) -> bool:
        return not self.is_running()
