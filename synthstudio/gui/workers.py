"""The one background-job pattern of the app.

A :class:`JobController` owns a ``QThreadPool`` and runs *plain core callables*
``work(progress, cancel)`` on it, the way Orange3's ``FutureWatcher`` and napari's
thread workers do: the work knows nothing of Qt, gets a ``progress(fraction, message)``
function and a ``threading.Event`` to check, and the controller re-emits what happens as Qt
signals that arrive on the GUI thread (the signal carrier lives in the GUI thread, so Qt
queues the emissions from the worker). Every long action (loading a file, synthesis) goes
through it; the jobs panel only listens to controller signals.

A job that fails never takes the app down: a :class:`SynthStudioError` is passed on as is;
anything else is wrapped into a :class:`GenerationError` with the traceback as details.
"""
from __future__ import annotations

import itertools
import threading
import time
import traceback
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from synthstudio.core.errors import Cancelled, GenerationError, SynthStudioError
from synthstudio.core.jobs import CancelToken, ProgressFn, no_progress

Work = Callable[[ProgressFn, CancelToken], Any]

# Progress can be reported thousands of times a second (per batch); the GUI needs ~20 updates
# a second, and flooding the event loop with queued signals would make it stutter.
PROGRESS_INTERVAL_S = 0.05
# Time left is shown only once the estimate means something.
MIN_FRACTION_FOR_ETA = 0.02
MIN_SECONDS_FOR_ETA = 1.0

_job_ids = itertools.count(1)


class CancelFlag(threading.Event):
    """A job's cancel token. Like the progress reporter, a copy pickled into a worker process
    (joblib/loky) cannot be reached from here, so it unpickles as a fresh, never-set event."""

    def __reduce__(self):
        return (threading.Event, ())


class JobState(str, Enum):
    QUEUED = "queued"
    RUNNING = "running"
    CANCELLING = "cancelling"
    FINISHED = "finished"
    FAILED = "failed"
    CANCELLED = "cancelled"

    @property
    def ended(self) -> bool:
        return self in (JobState.FINISHED, JobState.FAILED, JobState.CANCELLED)


@dataclass(eq=False)
class Job:
    """One unit of background work and everything the GUI shows about it."""

    title: str
    work: Work
    kind: str = "task"
    # Optional: returns the live loss history (list of dicts) of a neural generator; the jobs
    # panel polls it whenever progress arrives, so the worker never touches the chart.
    loss_history: Callable[[], list[dict[str, float]]] | None = None
    on_done: Callable[[Any], None] | None = None
    on_failed: Callable[[SynthStudioError], None] | None = None
    id: int = field(default_factory=lambda: next(_job_ids))
    state: JobState = JobState.QUEUED
    fraction: float = 0.0
    message: str = ""
    started_at: float | None = None
    ended_at: float | None = None
    result: Any = None
    error: SynthStudioError | None = None
    cancel_event: threading.Event = field(default_factory=CancelFlag)

    def elapsed(self) -> float:
        if self.started_at is None:
            return 0.0
        return (self.ended_at or time.perf_counter()) - self.started_at

    def time_left(self) -> float | None:
        """Seconds left by linear extrapolation, or None while too early to tell."""
        if self.state is not JobState.RUNNING or self.fraction < MIN_FRACTION_FOR_ETA:
            return None
        elapsed = self.elapsed()
        if elapsed < MIN_SECONDS_FOR_ETA:
            return None
        return elapsed * (1.0 - self.fraction) / self.fraction


class _Carrier(QObject):
    """Lives in the GUI thread; the worker emits its signals, which are connected to the
    carrier's own slots, so Qt queues them and the slots run on the GUI thread (a plain
    lambda as receiver would run in the worker thread)."""

    started = Signal()
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, controller: "JobController", job: Job):
        super().__init__(controller)
        self._controller = controller
        self._job = job
        self.started.connect(self._started)
        self.progress.connect(self._progress)
        self.done.connect(self._done)
        self.failed.connect(self._failed)
        self.cancelled.connect(self._cancelled)

    @Slot()
    def _started(self) -> None:
        self._controller._on_started(self._job)

    @Slot(float, str)
    def _progress(self, fraction: float, message: str) -> None:
        self._controller._on_progress(self._job, fraction, message)

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._controller._on_done(self._job, result)

    @Slot(object)
    def _failed(self, error: SynthStudioError) -> None:
        self._controller._on_failed(self._job, error)

    @Slot()
    def _cancelled(self) -> None:
        self._controller._on_cancelled(self._job)


class _ProgressReporter:
    """``progress(fraction, message)`` for one job: throttled, emitting through the carrier.

    Some libraries copy the objects around a task into worker *processes* (joblib/loky pickles
    them); a copy there cannot reach the window, so it pickles as a reporter that does nothing.
    """

    def __init__(self, carrier: _Carrier):
        self._carrier = carrier
        self._last_time = 0.0
        self._last_message = ""

    def __call__(self, fraction: float, message: str) -> None:
        now = time.perf_counter()
        if now - self._last_time >= PROGRESS_INTERVAL_S or fraction >= 1.0 or message != self._last_message:
            self._last_time, self._last_message = now, message
            self._carrier.progress.emit(float(fraction), str(message))

    def __reduce__(self):
        return (_silent_reporter, ())


def _silent_reporter() -> ProgressFn:
    return no_progress


class _Runnable(QRunnable):
    def __init__(self, job: Job, carrier: _Carrier):
        super().__init__()
        self.setAutoDelete(True)
        self._job = job
        self._carrier = carrier

    def run(self) -> None:  # runs in a pool thread
        job, carrier = self._job, self._carrier
        if job.cancel_event.is_set():  # cancelled while still queued
            carrier.cancelled.emit()
            return
        carrier.started.emit()
        try:
            result = job.work(_ProgressReporter(carrier), job.cancel_event)
        except Cancelled:
            carrier.cancelled.emit()
        except SynthStudioError as error:
            carrier.failed.emit(error)
        except Exception as error:  # a bug or a library failure: readable message, details kept
            carrier.failed.emit(_unexpected(error))
        else:
            carrier.done.emit(result)


def _unexpected(error: Exception) -> GenerationError:
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    return GenerationError(
        QCoreApplication.translate("JobController", "The work stopped because of an unexpected problem: {0}")
        .format(str(error) or type(error).__name__),
        QCoreApplication.translate("JobController",
                                   "Try again with other settings. If it happens again, copy the details "
                                   "and send them to your IT support."),
        details=details)


class JobController(QObject):
    """Runs jobs on its own thread pool, in submission order, ``max_parallel`` at a time."""

    job_added = Signal(object)
    job_started = Signal(object)
    job_progress = Signal(object)
    job_ended = Signal(object)      # finished, failed or cancelled: look at job.state
    idle = Signal()                 # the last running or queued job has ended

    def __init__(self, parent: QObject | None = None, max_parallel: int = 1):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, max_parallel))
        self._carriers: dict[Job, _Carrier] = {}
        # Carriers of ended jobs are dropped at the next job event, never inside their own slot
        # (and not with deleteLater: a deferred delete that outlives the controller crashes PySide).
        self._retired: list[_Carrier] = []
        self.jobs: list[Job] = []

    # -- submitting and cancelling -------------------------------------------------
    def submit(self, job: Job) -> Job:
        self._drop_retired()
        carrier = _Carrier(self, job)
        self._carriers[job] = carrier
        self.jobs.append(job)
        self.job_added.emit(job)
        self._pool.start(_Runnable(job, carrier))
        return job

    def run(self, title: str, work: Work, **options: Any) -> Job:
        """Shorthand: wrap ``work`` in a :class:`Job` and submit it."""
        return self.submit(Job(title=title, work=work, **options))

    def cancel(self, job: Job) -> None:
        if job.state.ended:
            return
        job.cancel_event.set()
        if job.state is JobState.RUNNING:
            job.state = JobState.CANCELLING
            self.job_progress.emit(job)

    def cancel_all(self) -> None:
        for job in self.active_jobs():
            self.cancel(job)

    def set_max_parallel(self, count: int) -> None:
        self._pool.setMaxThreadCount(max(1, count))

    # -- state -----------------------------------------------------------------------
    def active_jobs(self) -> list[Job]:
        return [job for job in self.jobs if not job.state.ended]

    def is_idle(self) -> bool:
        return not self._carriers

    def active_thread_count(self) -> int:
        return self._pool.activeThreadCount()

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Block until the pool's threads are free (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def clear_ended(self) -> None:
        self.jobs = [job for job in self.jobs if not job.state.ended]

    def _drop_retired(self) -> None:
        for carrier in self._retired:
            carrier.setParent(None)  # the last Python reference goes below, and the object with it
        self._retired.clear()

    # -- slots: these run on the GUI thread ----------------------------------------------
    def _on_started(self, job: Job) -> None:
        if job.state is JobState.QUEUED:
            job.state = JobState.RUNNING
        job.started_at = time.perf_counter()
        self.job_started.emit(job)

    def _on_progress(self, job: Job, fraction: float, message: str) -> None:
        job.fraction = min(1.0, max(0.0, fraction))
        job.message = message
        self.job_progress.emit(job)

    def _on_done(self, job: Job, result: Any) -> None:
        job.result = result
        job.fraction = 1.0
        self._end(job, JobState.FINISHED, job.on_done, result)

    def _on_failed(self, job: Job, error: SynthStudioError) -> None:
        job.error = error
        self._end(job, JobState.FAILED, job.on_failed, error)

    def _on_cancelled(self, job: Job) -> None:
        self._end(job, JobState.CANCELLED, None, None)

    def _end(self, job: Job, state: JobState, callback: Callable | None, argument: Any) -> None:
        job.state = state
        job.ended_at = time.perf_counter()
        if job.started_at is None:
            job.started_at = job.ended_at
        self._drop_retired()
        carrier = self._carriers.pop(job, None)
        if carrier is not None:
            self._retired.append(carrier)
        try:
            if callback is not None:
                callback(argument)
        except Exception as error:  # the result could not be shown: report it, keep running
            job.state = JobState.FAILED
            job.error = error if isinstance(error, SynthStudioError) else _unexpected(error)
            if job.on_failed is not None and callback is not job.on_failed:
                job.on_failed(job.error)
        finally:
            self.job_ended.emit(job)
            if self.is_idle():
                self.idle.emit()
