"""The jobs panel: one row per job (progress, time left, cancel) and a live loss curve."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QSplitter,
                               QStyle, QVBoxLayout, QWidget)

from synthstudio.gui.labels import format_duration, job_state_label
from synthstudio.gui.views.loss_chart import LossChart
from synthstudio.gui.workers import Job, JobController, JobState

CLOCK_INTERVAL_MS = 1000   # elapsed/time-left labels tick even when progress is quiet
# Short helper jobs of the wizards (file previews, estimates) show their progress where they run.
SHOWN_KINDS = frozenset({"load", "synthesis", "task"})


class JobRow(QFrame):
    cancel_requested = Signal(object)
    details_requested = Signal(object)
    selected = Signal(object)

    def __init__(self, job: Job, parent: QWidget | None = None):
        super().__init__(parent)
        self.job = job
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Job: {0}").format(job.title))
        self.title = QLabel(f"<b>{job.title}</b>")
        self.state = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Progress of {0}").format(job.title))
        self.progress.setFormat("%p%")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.timing = QLabel()
        self.cancel_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton),
                                         self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop this job. Nothing is written."))
        self.cancel_button.setAccessibleName(self.tr("Cancel {0}").format(job.title))
        self.cancel_button.clicked.connect(lambda: self.cancel_requested.emit(self.job))
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(self.tr("Show why this job failed."))
        self.details_button.clicked.connect(lambda: self.details_requested.emit(self.job))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.state)
        top.addWidget(self.cancel_button)
        top.addWidget(self.details_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.timing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addLayout(bottom)
        self.refresh()

    def mousePressEvent(self, event) -> None:
        self.selected.emit(self.job)
        super().mousePressEvent(event)

    def refresh(self) -> None:
        job = self.job
        self.state.setText(job_state_label(job.state.value))
        self.progress.setValue(int(job.fraction * 1000))
        self.message.setText(job.error.message if job.state is JobState.FAILED and job.error else job.message)
        self.cancel_button.setVisible(not job.state.ended)
        self.cancel_button.setEnabled(job.state is not JobState.CANCELLING)
        self.details_button.setVisible(job.state is JobState.FAILED)
        if job.state is JobState.QUEUED:
            timing = self.tr("waiting in the queue")
        elif job.state.ended:
            timing = self.tr("took {0}").format(format_duration(job.elapsed()))
        else:
            left = job.time_left()
            timing = self.tr("{0} elapsed").format(format_duration(job.elapsed()))
            if left is not None:
                timing += self.tr(", about {0} left").format(format_duration(left))
        self.timing.setText(timing)


class JobsPanel(QWidget):
    """Shows the jobs of one or more controllers; forwards "show details" to the window."""

    details_requested = Signal(object)

    def __init__(self, controllers: list[JobController], parent: QWidget | None = None):
        super().__init__(parent)
        self.controllers = controllers
        self.rows: dict[Job, JobRow] = {}
        self._chart_job: Job | None = None
        self.empty_label = QLabel(self.tr("No jobs yet. Start one with Run ▸ Synthesize (Ctrl+R)."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.row_box = QVBoxLayout()
        self.row_box.addWidget(self.empty_label)
        self.row_box.addStretch(1)
        container = QWidget()
        container.setLayout(self.row_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(container)
        scroll.setAccessibleName(self.tr("Jobs"))
        self.scroll = scroll
        self.loss_chart = LossChart(self)
        self.loss_chart.hide()  # shown once a learning generator reports its first losses
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.loss_chart)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        for controller in controllers:
            controller.job_added.connect(self._add)
            controller.job_started.connect(self._update)
            controller.job_progress.connect(self._update)
            controller.job_ended.connect(self._update)
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_INTERVAL_MS)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    def _add(self, job: Job) -> None:
        if job.kind not in SHOWN_KINDS:
            return
        row = JobRow(job)
        row.cancel_requested.connect(self._cancel)
        row.details_requested.connect(self.details_requested)
        row.selected.connect(self._select_for_chart)
        self.rows[job] = row
        self.row_box.insertWidget(self.row_box.count() - 1, row)
        self.empty_label.hide()
        self.scroll.ensureWidgetVisible(row)

    def _update(self, job: Job) -> None:
        row = self.rows.get(job)
        if row is not None:
            row.refresh()
            if job.state is JobState.RUNNING:
                self.scroll.ensureWidgetVisible(row)
        if job.loss_history is not None and (self._chart_job is None or self._chart_job.state.ended
                                             or self._chart_job is job):
            self._select_for_chart(job)

    def _select_for_chart(self, job: Job) -> None:
        if job.loss_history is None:
            return
        history = list(job.loss_history())
        self._chart_job = job
        self.loss_chart.show_history(job.id, history)
        if history:
            self.loss_chart.show()

    def _tick(self) -> None:
        for job, row in self.rows.items():
            if not job.state.ended:
                row.refresh()

    def _cancel(self, job: Job) -> None:
        for controller in self.controllers:
            if job in controller.jobs:
                controller.cancel(job)
                self._update(job)

    def clear_ended(self) -> None:
        for job in [j for j in self.rows if j.state.ended]:
            self.rows.pop(job).deleteLater()
        for controller in self.controllers:
            controller.clear_ended()
        self.empty_label.setVisible(not self.rows)
