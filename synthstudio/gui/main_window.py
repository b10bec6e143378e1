"""The main window: menus, toolbar, the data view, the column and jobs panels, results.

It holds the session state (project, table, results) and drives the core through the two
job controllers: ``jobs`` is the synthesis queue (as many at once as the settings allow),
``tasks`` runs short work such as reading a file, so opening a table never waits behind a
long training run.
"""
from __future__ import annotations

import copy
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QDialog, QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QStyle,
                               QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from synthstudio.core.errors import BadInputError, SynthStudioError
from synthstudio.core.evaluation.gate import GateThresholds
from synthstudio.core.generators import generator_info
from synthstudio.core.jobs import CancelToken, ProgressFn
from synthstudio.core.provenance.lineage import LineageFinding, inspect_input
from synthstudio.core.project import (PROJECT_SUFFIX, DatasetMovedError, DatasetRef, NewResult, Project,
                                      load_project, project_file_path, relocate_dataset, save_project)
from synthstudio.core.schema import Schema
from synthstudio.core.synthesis import SynthesisResult, SynthesisSettings
from synthstudio.gui.dialogs import lineage_dialog, prompts
from synthstudio.gui.dialogs.about_dialog import AboutDialog
from synthstudio.gui.dialogs.error_dialog import show_error
from synthstudio.gui.dialogs.gate_thresholds_dialog import GateThresholdsDialog
from synthstudio.gui.dialogs.settings_dialog import SettingsDialog
from synthstudio.gui.dialogs.verify_dialog import VerifyDialog
from synthstudio.gui.provenance_tasks import ReleasableResult
from synthstudio.gui.settings import AppSettings
from synthstudio.gui.tasks import (LiveGenerator, LoadedTable, OpenedProject, Work, evaluate_result, load_table,
                                   open_project, save_project_files, synthesize)
from synthstudio.gui.views.column_panel import ColumnPanel
from synthstudio.gui.views.comparison import ResultItem, ResultsView
from synthstudio.gui.views.data_view import DataPanel
from synthstudio.gui.views.jobs_panel import JobsPanel
from synthstudio.gui.wizards.import_wizard import ImportWizard
from synthstudio.gui.wizards.release_wizard import ReleaseWizard
from synthstudio.gui.wizards.synthesis_wizard import SynthesisWizard
from synthstudio.gui.workers import Job, JobController, JobState
from synthstudio.paths import resources_dir, sample_dataset
from synthstudio.gui.labels import count_text

Button = QMessageBox.StandardButton
USER_GUIDE = "user-guide.md"
T = TypeVar("T")


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings or AppSettings()
        self.jobs = JobController(self, max_parallel=self.settings.worker_threads)
        self.tasks = JobController(self, max_parallel=1)
        self.project = Project()
        self.project_path: Path | None = None
        self.table: LoadedTable | None = None
        # the model-collapse guard's finding on the open table, recorded in every run made from it
        self.lineage: dict[str, Any] | None = None
        self.dirty = False
        self._edits = 0                  # counts changes, so a save knows whether more came while it ran
        self._closing = False
        self._saving: Job | None = None  # the save in progress
        self._after_save: list[Callable[[], Any]] = []   # what waits for it to succeed
        self.import_wizard: ImportWizard | None = None
        self.synthesis_wizard: SynthesisWizard | None = None
        self.release_wizard: ReleaseWizard | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.gate_dialog: GateThresholdsDialog | None = None

        self.setWindowTitle(self.tr("SynthStudio"))
        self.setMinimumSize(960, 640)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self._build_views()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.jobs.job_started.connect(self._jobs_changed)
        self.jobs.job_ended.connect(self._jobs_changed)
        self.jobs.idle.connect(self._jobs_idle)
        self.tasks.idle.connect(self._jobs_idle)
        self.tasks.job_ended.connect(self._task_ended)
        self._restore_layout()
        self._update_state()

    # -- building ------------------------------------------------------------------------------
    def _build_views(self) -> None:
        self.data_panel = DataPanel(self.tr("Real data"))
        self.results_view = ResultsView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Main views"))
        self.tabs.addTab(self.data_panel, self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon),
                         self.tr("&Data"))
        self.tabs.addTab(self.results_view, self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
                         self.tr("&Results"))
        self.welcome = QLabel(self.tr(
            "<h2>Welcome to SynthStudio</h2>"
            "<p>Start by importing a table: <b>File ▸ Import data</b> (Ctrl+I),<br>"
            "or open the sample dataset: <b>File ▸ Open sample dataset</b>.</p>"))
        self.welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.data_panel.layout().insertWidget(0, self.welcome)
        self.setCentralWidget(self.tabs)

        self.column_panel = ColumnPanel()
        self.column_panel.model.schema_edited.connect(self._schema_edited)
        self.columns_dock = QDockWidget(self.tr("Columns"), self)
        self.columns_dock.setObjectName("columns_dock")
        self.columns_dock.setWidget(self.column_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.columns_dock)

        self.jobs_panel = JobsPanel([self.jobs, self.tasks])
        self.jobs_panel.details_requested.connect(lambda job: job.error and show_error(self, job.error))
        self.jobs_dock = QDockWidget(self.tr("Jobs"), self)
        self.jobs_dock.setObjectName("jobs_dock")
        self.jobs_dock.setWidget(self.jobs_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_dock)
        self.resizeDocks([self.columns_dock], [520], Qt.Orientation.Horizontal)
        self.resizeDocks([self.jobs_dock], [170], Qt.Orientation.Vertical)

    def _action(self, text: str, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, tuple):  # (standard key, fallback where the platform defines none)
            standard, fallback = shortcut
            shortcut = standard if not QKeySequence(standard).isEmpty() else fallback
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        P = QStyle.StandardPixmap
        K = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New project"), self.new_project, K.New, P.SP_FileIcon,
                                       self.tr("Start an empty project."))
        self.open_action = self._action(self.tr("&Open project…"), self.open_project_dialog, K.Open,
                                        P.SP_DialogOpenButton, self.tr("Open a saved .synthstudio project."))
        # lambdas: the triggered signal's "checked" must not become save()'s continuation
        self.save_action = self._action(self.tr("&Save project"), lambda: self.save(), K.Save,
                                        P.SP_DialogSaveButton,
                                        self.tr("Save the project, with its settings and results."))
        self.save_as_action = self._action(self.tr("Save project &as…"), lambda: self.save_as(),
                                           (K.SaveAs, "Ctrl+Shift+S"), None,
                                           self.tr("Save the project under a new name."))
        self.import_action = self._action(self.tr("&Import data…"), self.import_data, "Ctrl+I",
                                          P.SP_DirOpenIcon, self.tr("Import a table (CSV, Excel, Parquet, Stata, SPSS)."))
        self.sample_action = self._action(self.tr("Open &sample dataset"), self.open_sample, None, None,
                                          self.tr("Open the bundled sample table (UCI Adult census extract)."))
        self.locate_action = self._action(self.tr("&Locate data table…"), self.locate_dataset, None, None,
                                          self.tr("Tell SynthStudio where the project's table is now."))
        self.quit_action = self._action(self.tr("&Quit"), self.close, (K.Quit, "Ctrl+Q"), None, self.tr("Close SynthStudio."))
        self.synthesize_action = self._action(self.tr("&Synthesize…"), self.synthesize, "Ctrl+R",
                                              P.SP_MediaPlay, self.tr("Generate synthetic data from this table."))
        self.release_action = self._action(self.tr("&Release…"), self.release, "Ctrl+E", P.SP_DialogApplyButton,
                                           self.tr("Release results as watermarked, signed files with a datasheet."))
        self.verify_action = self._action(self.tr("&Verify files…"), self.verify_files, "Ctrl+Shift+V", None,
                                          self.tr("Check whether files are unchanged SynthStudio releases, "
                                                  "and who signed them."))
        self.gate_action = self._action(self.tr("Release &gate thresholds…"), self.edit_gate_thresholds,
                                        "Ctrl+Shift+G", None,
                                        self.tr("When a result passes, warns or fails the release gate; "
                                                "saved with the project."))
        self.cancel_action = self._action(self.tr("&Cancel all jobs"), self.cancel_all_jobs, "Ctrl+Shift+X",
                                          P.SP_MediaStop, self.tr("Stop every running and waiting job."))
        self.clear_jobs_action = self._action(self.tr("C&lear finished jobs"), lambda: self.jobs_panel.clear_ended(),
                                              None, None, self.tr("Remove finished jobs from the jobs panel."))
        self.settings_action = self._action(self.tr("Se&ttings…"), self.show_settings, (K.Preferences, "Ctrl+,"),
                                            None, self.tr("Output folder, language, GPU use, organisation."))
        self.guide_action = self._action(self.tr("&User guide"), self.show_user_guide, (K.HelpContents, "F1"),
                                         P.SP_DialogHelpButton, self.tr("How to use SynthStudio, step by step."))
        self.about_action = self._action(self.tr("&About SynthStudio"), self.show_about, None, None,
                                         self.tr("Version and licences."))
        self.data_tab_action = self._action(self.tr("Show &data"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        self.results_tab_action = self._action(self.tr("Show &results"), lambda: self.tabs.setCurrentIndex(1),
                                               "Ctrl+2")

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action):
            file_menu.addAction(action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        for action in (self.save_action, self.save_as_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (self.import_action, self.sample_action, self.locate_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.release_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.data_tab_action)
        view_menu.addAction(self.results_tab_action)
        view_menu.addSeparator()
        columns_toggle = self.columns_dock.toggleViewAction()
        columns_toggle.setShortcut(QKeySequence("Ctrl+Shift+C"))
        jobs_toggle = self.jobs_dock.toggleViewAction()
        jobs_toggle.setShortcut(QKeySequence("Ctrl+Shift+J"))
        view_menu.addAction(columns_toggle)
        view_menu.addAction(jobs_toggle)
        run_menu = menu.addMenu(self.tr("&Run"))
        for action in (self.synthesize_action, self.cancel_action, self.clear_jobs_action):
            run_menu.addAction(action)
        tools_menu = menu.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.verify_action)
        tools_menu.addAction(self.gate_action)
        tools_menu.addSeparator()
        tools_menu.addAction(self.settings_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.import_action, self.open_action, self.save_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.synthesize_action)
        toolbar.addAction(self.cancel_action)
        toolbar.addSeparator()
        toolbar.addAction(self.release_action)
        toolbar.addSeparator()
        toolbar.addAction(self.guide_action)

    def _build_status_bar(self) -> None:
        self.table_label = QLabel()
        self.jobs_label = QLabel()
        self.statusBar().addPermanentWidget(self.jobs_label)
        self.statusBar().addPermanentWidget(self.table_label)

    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 900)
        if state is not None:
            self.restoreState(state)

    # -- state ----------------------------------------------------------------------------------
    def _update_state(self) -> None:
        has_table = self.table is not None
        running = bool(self.jobs.active_jobs())
        self.synthesize_action.setEnabled(has_table)
        self.release_action.setEnabled(bool(self.results_view.items))
        self.cancel_action.setEnabled(running or bool(self.tasks.active_jobs()))
        self.save_action.setEnabled(self._saving is None)
        self.save_as_action.setEnabled(self._saving is None)
        self.locate_action.setEnabled(self.project.dataset is not None and self.table is None)
        self.welcome.setVisible(not has_table)
        self.data_panel.view.setVisible(has_table)
        self.data_panel.caption.setVisible(has_table)
        name = self.project_path.stem if self.project_path else self.tr("Untitled project")
        self.setWindowTitle(self.tr("{0}[*] — SynthStudio").format(name))
        self.setWindowModified(self.dirty)
        if has_table:
            rows, columns = self.table.dataset.frame.shape
            self.table_label.setText(self.tr("{0}: {1} rows × {2} columns").format(
                self.table.dataset.name, count_text(rows), count_text(columns)))
        else:
            self.table_label.setText(self.tr("No table"))

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._edits += 1
        self._update_state()

    def _schema_edited(self) -> None:
        if self.table is not None:
            self.project.schema = self.table.schema
        self._mark_dirty()

    def _jobs_changed(self, _job: Job | None = None) -> None:
        active = self.jobs.active_jobs()
        running = sum(job.state is JobState.RUNNING for job in active)
        self.jobs_label.setText(self.tr("{0} running, {1} waiting").format(running, len(active) - running)
                                if active else "")
        self._update_state()

    def _jobs_idle(self) -> None:
        self._jobs_changed()
        if self._closing and self.jobs.is_idle() and self.tasks.is_idle():
            self.close()

    # -- tables ------------------------------------------------------------------------------------
    def open_sample(self) -> None:
        path = sample_dataset()
        if not path.is_file():
            show_error(self, BadInputError(self.tr("The sample dataset is missing from this installation."),
                                           self.tr("Reinstall SynthStudio, or import your own table.")))
            return
        self.load_table_file(path)

    def load_table_file(self, path: str | Path) -> Job | None:
        """Read a table with detected options and types (no wizard), as a background job
        (None when the user kept the current project, or it is being saved first)."""
        return self.maybe_save(lambda: self.tasks.submit(Job(
            title=self.tr("Open {0}").format(Path(path).name), work=_inspected(load_table(path)), kind="load",
            on_done=lambda found: self._open_guarded(*found), on_failed=self.show_job_error)))

    def import_data(self) -> None:
        self.maybe_save(self._show_import_wizard)

    def _show_import_wizard(self) -> None:
        self.import_wizard = ImportWizard(self.tasks, self)
        self.import_wizard.accepted.connect(self._import_accepted)
        self.import_wizard.open()

    def _import_accepted(self) -> None:
        loaded = self.import_wizard.loaded if self.import_wizard else None
        if loaded is not None:
            self._open_guarded(loaded, inspect_input(loaded.dataset.source, loaded.dataset.frame))

    def _open_guarded(self, loaded: LoadedTable, finding: LineageFinding) -> None:
        lineage = self.lineage_guard(finding)
        if lineage is not None:
            self.set_table(loaded, new_project=True, lineage=lineage)

    def lineage_guard(self, finding: LineageFinding) -> dict[str, Any] | None:
        """The model-collapse guard: a table that looks synthetic is used only when the person
        confirms it. Returns the run records' lineage entry, or None when they declined."""
        confirmed = finding.needs_confirmation and lineage_dialog.confirm_lineage(self, finding)
        if finding.needs_confirmation and not confirmed:
            self.statusBar().showMessage(self.tr("{0} was not opened: it looks like synthetic data.").format(
                finding.path.name), 10_000)
            return None
        if finding.level == "notice":
            self.statusBar().showMessage(finding.message, 15_000)
        return finding.to_record(confirmed)

    def set_table(self, loaded: LoadedTable, new_project: bool = False,
                  lineage: dict[str, Any] | None = None) -> None:
        dataset = loaded.dataset
        self.table = loaded
        self.lineage = lineage
        if new_project:
            self.project = Project(name=dataset.name)
            self.project_path = None
        self.project.dataset = DatasetRef(
            path=str(Path(dataset.source).resolve()), sha256=dataset.sha256, size_bytes=dataset.size_bytes,
            file_format=dataset.file_format, name=dataset.name,
            load_options=dataset.options.to_dict() if dataset.options is not None else {})
        self.project.schema = loaded.schema
        self.data_panel.set_frame(dataset.frame, dataset.name)
        self.column_panel.model.set_schema(loaded.schema, loaded.previews)
        self.results_view.set_real(dataset.frame, dataset.name)
        self.tabs.setCurrentIndex(0)
        self.dirty = new_project
        for warning in dataset.warnings:
            self.statusBar().showMessage(warning, 10_000)
        self._update_state()

    # -- synthesis --------------------------------------------------------------------------------
    def synthesize(self) -> None:
        if self.table is None:
            return
        self.synthesis_wizard = SynthesisWizard(
            self.tasks, self.table.schema, len(self.table.dataset.frame), self.settings.use_gpu,
            previous=self.project.settings, parent=self, frame=self.table.dataset.frame)
        self.synthesis_wizard.accepted.connect(lambda: self.run_plan(self.synthesis_wizard.plan()))
        self.synthesis_wizard.open()

    def run_plan(self, plan: list[SynthesisSettings]) -> list[Job]:
        """Queue one synthesis job per settings; each result opens beside the real table."""
        if self.table is None or not plan:
            return []
        self.project.settings = plan
        self._mark_dirty()
        submitted = []
        for settings in plan:
            live = LiveGenerator()
            name = generator_info(settings.generator).name
            job = Job(title=self.tr("{0} · seed {1}").format(name, settings.seed),
                      work=synthesize(self.table.dataset, self.table.schema, settings, live, self.lineage), kind="synthesis",
                      loss_history=live.loss_history, on_failed=self.show_job_error)
            job.on_done = lambda result, job=job: self._synthesis_done(job, result)
            submitted.append(self.jobs.submit(job))
        self.jobs_dock.show()
        return submitted

    def _synthesis_done(self, job: Job, result: SynthesisResult) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        item = ResultItem(id=f"{result.settings.generator}-seed{result.settings.seed}-{stamp}-{job.id}",
                          title=job.title, settings=result.settings, synthetic=result.synthetic,
                          record=result.record)
        self.results_view.add_result(item)
        if result.evaluation is not None:   # the run measured itself (same split and seed as compare())
            self.results_view.set_evaluation(item, self._judged(result.evaluation))
        else:
            self.compare(item)
        self.tabs.setCurrentIndex(1)
        self.statusBar().showMessage(self.tr("{0} finished: {1} synthetic rows.").format(
            job.title, count_text(len(result.synthetic))), 10_000)
        self._mark_dirty()

    def compare(self, item: ResultItem) -> Job | None:
        """Measure a result against the real table in the background (distribution charts)."""
        if self.table is None:
            return None
        return self.tasks.submit(Job(
            title=self.tr("Compare {0} with the real data").format(item.title),
            work=evaluate_result(self.table.dataset.frame, item.synthetic, self.table.schema, item.settings),
            kind="task", on_done=lambda report: self.results_view.set_evaluation(item, self._judged(report)),
            on_failed=self.show_job_error))

    def _judged(self, report: Any) -> Any:
        """An evaluation judged by this project's release gate (the core judges with the defaults)."""
        return report.regated(self.project.gate_thresholds)

    def edit_gate_thresholds(self) -> None:
        dialog = self.gate_dialog = GateThresholdsDialog(self.project.gate_thresholds, self)
        dialog.accepted.connect(lambda: self.set_gate_thresholds(dialog.thresholds()))
        dialog.open()

    def set_gate_thresholds(self, thresholds: GateThresholds) -> None:
        """Keep ``thresholds`` with the project and judge every measured result again with them."""
        if thresholds == self.project.gate_thresholds:
            return
        self.project.gate_thresholds = thresholds
        for item in self.results_view.items:
            if item.evaluation is not None:
                self.results_view.set_evaluation(item, self._judged(item.evaluation))
        self._mark_dirty()
        self.statusBar().showMessage(self.tr("Release gate changed: results judged again."), 10_000)

    # -- provenance -------------------------------------------------------------------------------
    def releasable(self, item: ResultItem) -> ReleasableResult:
        """A result as the release wizard takes it, with the evaluation the window measured."""
        evaluation = item.evaluation.to_dict() if item.evaluation is not None else None
        return ReleasableResult.from_run(item.title, item.synthetic, item.record, evaluation)

    def release(self) -> None:
        items = self.results_view.items
        if not items:
            return
        results = [self.releasable(item) for item in items]
        current = self.results_view.current()
        selected = [results[items.index(current)]] if current is not None else results
        self.release_wizard = ReleaseWizard(self.tasks, results, self.settings, self, selected=selected)
        self.release_wizard.open()

    def verify_files(self) -> None:
        self.verify_dialog = VerifyDialog(self.tasks, self)
        self.verify_dialog.open()

    def show_job_error(self, error: SynthStudioError) -> None:
        show_error(self, error)

    def cancel_all_jobs(self) -> None:
        """Stop every running and waiting job except a save (stopping it would lose the work)."""
        for controller in (self.jobs, self.tasks):
            for job in controller.active_jobs():
                if job is not self._saving:
                    controller.cancel(job)
        self._update_state()

    # -- projects ---------------------------------------------------------------------------------
    def new_project(self) -> None:
        self.maybe_save(self._start_new_project)

    def _start_new_project(self) -> None:
        self.project, self.project_path, self.table, self.lineage = Project(), None, None, None
        self.column_panel.model.set_schema(Schema())
        self.results_view.clear()
        self.dirty = False
        self._update_state()

    def ask_open_path(self) -> str:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a project"), "",
                                              self.tr("SynthStudio projects (*{0})").format(PROJECT_SUFFIX))
        return path

    def ask_save_path(self) -> str:
        start = str(Path(self.settings.output_folder) / f"{self.project.name}{PROJECT_SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the project"), start,
                                              self.tr("SynthStudio projects (*{0})").format(PROJECT_SUFFIX))
        return path

    def open_project_dialog(self) -> None:
        path = self.ask_open_path()
        if path:
            self.open_project(path)

    def open_path(self, path: str | Path) -> None:
        """What the command line hands over: a project or a table."""
        if Path(path).suffix == PROJECT_SUFFIX:
            self.open_project(path)
        else:
            self.load_table_file(path)

    def open_project(self, path: str | Path) -> Job | None:
        """Open a project file; its table and results load in the background (the returned job)."""
        return self.maybe_save(lambda: self._open_project(Path(path)))

    def _open_project(self, path: Path) -> Job | None:
        try:
            project = load_project(path)
        except SynthStudioError as error:
            self.settings.remove_recent_project(str(path.resolve()))
            show_error(self, error)
            return None
        # the project is current even before its table is found, so "Locate data table" can fix it
        self.project, self.project_path, self.table = project, path, None
        self.results_view.clear()
        self.settings.add_recent_project(path)
        self.dirty = False
        self._update_state()
        return self.tasks.submit(Job(title=self.tr("Open {0}").format(path.name), work=open_project(project, path),
                                     kind="load", on_done=self._project_opened, on_failed=self._project_failed))

    def _project_opened(self, opened: OpenedProject) -> None:
        dataset = opened.table.dataset
        lineage = self.lineage_guard(inspect_input(dataset.source, dataset.frame))
        if lineage is None:
            self._update_state()
            return
        self.set_table(opened.table, lineage=lineage)
        for entry, frame, record in opened.results:
            item = ResultItem(id=entry.id, title=self.tr("{0} · seed {1}").format(
                entry.generator_name, entry.settings.seed), settings=entry.settings, synthetic=frame,
                record=record, stored=True)
            self.results_view.add_result(item, select=False)
            self.compare(item)
        self.dirty = False
        self._update_state()

    def _project_failed(self, error: SynthStudioError) -> None:
        self._update_state()
        show_error(self, error, self.tr("The project's data table was not found")
                   if isinstance(error, DatasetMovedError) else None)

    def locate_dataset(self) -> None:
        if self.project.dataset is None or self.project_path is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Where is {0} now?").format(self.project.dataset.name),
                                              str(self.project_path.parent))
        if not path:
            return
        try:
            relocate_dataset(self.project, path)
            save_project(self.project, self.project_path)
        except SynthStudioError as error:
            show_error(self, error)
            return
        self.open_project(self.project_path)

    def save(self, then: Callable[[], Any] | None = None) -> Job | None:
        """Save the project in the background, asking for a file the first time. ``then`` runs once
        the save succeeded. Returns the save job, or None when no file was chosen."""
        if self._saving is not None:
            return self._wait_for_save(then)
        if self.project_path is None:
            return self.save_as(then)
        return self._save_to(self.project_path, then)

    def save_as(self, then: Callable[[], Any] | None = None) -> Job | None:
        if self._saving is not None:
            return self._wait_for_save(then)
        path = self.ask_save_path()
        if not path:
            return None
        return self._save_to(Path(path), then)

    def _wait_for_save(self, then: Callable[[], Any] | None) -> Job:
        """One save at a time: a request made while one runs waits for it to succeed."""
        if then is not None:
            self._after_save.append(then)
        return self._saving

    def _save_to(self, path: Path, then: Callable[[], Any] | None = None) -> Job:
        """Write the project and its unsaved results on the tasks thread. The work gets a copy of
        the project, so nothing the window changes meanwhile is half written; the window takes the
        saved state over only when every file is on disk (a failed save changes nothing)."""
        self._after_save = [then] if then is not None else []
        path = project_file_path(path)
        moved = path != self.project_path  # results are stored beside the project file they belong to
        snapshot = copy.deepcopy(self.project)
        snapshot.name = path.stem
        if moved:
            snapshot.results = []
        unsaved = [item for item in self.results_view.items if moved or not item.stored]
        new_results = [NewResult(item.id, item.synthetic, item.record, item.settings,
                                 generator_info(item.settings.generator).name) for item in unsaved]
        project, edits = self.project, self._edits
        self._saving = self.tasks.submit(Job(
            title=self.tr("Save {0}").format(path.name), work=save_project_files(snapshot, path, new_results),
            kind="task", on_done=lambda saved: self._saved(project, saved, path, unsaved, edits),
            on_failed=self._save_failed))
        self._update_state()
        return self._saving

    def _saved(self, project: Project, saved: Project, path: Path, stored: list[ResultItem], edits: int) -> None:
        self._saving, waiting = None, self._after_save
        self._after_save = []
        self.settings.add_recent_project(path)
        self.statusBar().showMessage(self.tr("Saved {0}").format(path), 5000)
        if project is self.project:       # not replaced by another project while saving
            project.name, project.modified, project.results = saved.name, saved.modified, saved.results
            self.project_path = path
            for item in stored:
                item.stored = True
            self.dirty = self._edits != edits  # changes made while it saved are still unsaved
        self._update_state()
        for then in waiting:
            then()

    def _save_failed(self, error: SynthStudioError) -> None:
        self._saving, self._after_save, self._closing = None, [], False
        self._update_state()
        show_error(self, error)

    def _task_ended(self, job: Job) -> None:
        if job is self._saving and job.state is JobState.CANCELLED:  # the other ends have their own slots
            self._saving, self._after_save, self._closing = None, [], False
            self._update_state()

    def ask_unsaved_changes(self) -> QMessageBox.StandardButton:
        return prompts.ask(self, self.tr("Unsaved changes"),
                           self.tr("The project has changes that are not saved. Save them first?"),
                           Button.Save | Button.Discard | Button.Cancel, Button.Save)

    def maybe_save(self, then: Callable[[], T]) -> T | None:
        """Ask about unsaved changes, then do ``then``: at once (nothing to save, or Discard), or
        once the project is saved (Save; its result is then not returned). Nothing happens after
        Cancel, or when the save fails."""
        if not self.dirty:
            return then()
        answer = self.ask_unsaved_changes()
        if answer == Button.Discard:
            return then()
        if answer == Button.Save:
            self.save(then)
        return None

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_projects
        for position, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{position} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, path=path: self.open_project(path))
        if not recent:
            self.recent_menu.addAction(self.tr("(no recent projects)")).setEnabled(False)

    # -- dialogs ----------------------------------------------------------------------------------
    def show_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.jobs.set_max_parallel(self.settings.worker_threads))
        dialog.open()

    def show_about(self) -> None:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_user_guide(self) -> None:
        guide = next((p for p in (resources_dir().parent / "docs" / USER_GUIDE, resources_dir() / USER_GUIDE)
                      if p.is_file()), None)
        if guide is None:
            show_error(self, BadInputError(self.tr("The user guide is missing from this installation."),
                                           self.tr("Reinstall SynthStudio.")))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("SynthStudio user guide"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        browser = QTextBrowser()
        browser.setMarkdown(guide.read_text(encoding="utf-8"))
        browser.setSearchPaths([str(guide.parent)])
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        dialog.resize(800, 700)
        dialog.open()

    # -- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:
            if self.jobs.active_jobs() or self.tasks.active_jobs():
                answer = prompts.ask(self, self.tr("Jobs are running"),
                                     self.tr("Some jobs are still running. Cancel them and quit?"))
                if answer != Button.Yes:
                    event.ignore()
                    return
            if self.dirty:
                answer = self.ask_unsaved_changes()
                if answer == Button.Cancel:
                    event.ignore()
                    return
                if answer == Button.Save:
                    # close when the save has ended and every job stopped (the idle signal); a failed
                    # or cancelled save clears _closing, and the window stays open with the error
                    self._closing = True
                    self.cancel_all_jobs()
                    if self.save() is None:  # no file chosen: stay open
                        self._closing = False
                        event.ignore()
                        return
                    self.statusBar().showMessage(self.tr("Saving before closing…"))
                    event.ignore()
                    return
        if not (self.jobs.is_idle() and self.tasks.is_idle()):
            # cancel and come back when the workers have stopped (idle signal), without blocking
            self._closing = True
            self.statusBar().showMessage(self.tr("Cancelling jobs before closing…"))
            self.cancel_all_jobs()
            event.ignore()
            return
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.results_view.stop_drawing()
        self.jobs_panel.loss_chart.stop_drawing()
        self.jobs.wait_for_done()
        self.tasks.wait_for_done()
        event.accept()


def _inspected(load: Work) -> Work:
    """A table-loading work function that also runs the model-collapse guard's (fast) inspection,
    so the window gets both at once: ``(LoadedTable, LineageFinding)``."""

    def work(progress: ProgressFn, cancel: CancelToken) -> tuple[LoadedTable, LineageFinding]:
        loaded = load(progress, cancel)
        return loaded, inspect_input(loaded.dataset.source, loaded.dataset.frame)

    return work
