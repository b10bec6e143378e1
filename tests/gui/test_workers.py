"""The job pattern: plain callables run off the GUI thread, signals arrive on it, failures and
cancels end the job cleanly, and jobs wait in a queue."""
from __future__ import annotations

import threading
import time

from synthstudio.core.errors import BadInputError, Cancelled
from synthstudio.core.jobs import check_cancel
from synthstudio.gui.workers import Job, JobController, JobState


def _controller(qtbot, max_parallel: int = 1) -> JobController:
    controller = JobController(max_parallel=max_parallel)
    return controller


def _finish(qtbot, controller: JobController) -> None:
    qtbot.waitUntil(controller.is_idle, timeout=10_000)
    assert controller.wait_for_done(5_000)


def test_work_runs_off_the_gui_thread_and_results_arrive_on_it(qtbot):
    controller = _controller(qtbot)
    gui_thread = threading.get_ident()
    seen = {}

    def work(progress, cancel):
        seen["worker_is_gui"] = threading.get_ident() == gui_thread
        for step in range(5):
            progress(step / 5, f"step {step}")
        return 42

    def done(result):
        seen["result"] = result
        seen["callback_is_gui"] = threading.get_ident() == gui_thread

    progress_seen = []
    controller.job_progress.connect(lambda job: progress_seen.append(job.message))
    with qtbot.waitSignal(controller.idle, timeout=10_000):
        job = controller.run("answer", work, on_done=done)
    assert seen == {"worker_is_gui": False, "result": 42, "callback_is_gui": True}
    assert job.state is JobState.FINISHED and job.result == 42 and job.fraction == 1.0
    assert progress_seen and progress_seen[0] == "step 0"
    _finish(qtbot, controller)


def test_user_error_is_passed_on_and_a_bug_becomes_a_readable_error(qtbot):
    controller = _controller(qtbot)
    failures = []

    def bad_input(progress, cancel):
        raise BadInputError("The file is empty.", "Choose a file with rows.")

    def bug(progress, cancel):
        return {}["missing key"]

    with qtbot.waitSignal(controller.idle, timeout=10_000):
        first = controller.run("bad input", bad_input, on_failed=failures.append)
        second = controller.run("bug", bug, on_failed=failures.append)
    assert first.state is second.state is JobState.FAILED
    assert failures[0].message == "The file is empty." and failures[0].remedy == "Choose a file with rows."
    assert "missing key" in failures[1].message
    assert "Traceback" in failures[1].details and "KeyError" in failures[1].details
    assert "Traceback" not in failures[1].message + failures[1].remedy
    _finish(qtbot, controller)


def test_cancel_stops_a_running_job_at_its_next_check(qtbot):
    controller = _controller(qtbot)
    started = threading.Event()

    def long_work(progress, cancel):
        for step in range(10_000):
            started.set()
            progress(step / 10_000, "working")
            check_cancel(cancel)
            time.sleep(0.005)
        return "finished anyway"

    results = []
    job = controller.run("long", long_work, on_done=results.append)
    qtbot.waitUntil(lambda: job.state is JobState.RUNNING and started.is_set(), timeout=10_000)
    controller.cancel(job)
    assert job.state is JobState.CANCELLING
    qtbot.waitUntil(controller.is_idle, timeout=10_000)
    assert job.state is JobState.CANCELLED and results == []
    _finish(qtbot, controller)


def test_jobs_wait_in_a_queue_and_a_queued_job_can_be_cancelled(qtbot):
    controller = _controller(qtbot, max_parallel=1)
    order = []
    gate = threading.Event()

    def first(progress, cancel):
        gate.wait(5)
        order.append("first")

    def second(progress, cancel):
        order.append("second")

    def third(progress, cancel):
        order.append("third")

    jobs = [controller.run(name, work) for name, work in (("1", first), ("2", second), ("3", third))]
    qtbot.waitUntil(lambda: jobs[0].state is JobState.RUNNING, timeout=5_000)
    assert jobs[1].state is JobState.QUEUED
    controller.cancel(jobs[1])
    gate.set()
    qtbot.waitUntil(controller.is_idle, timeout=10_000)
    assert order == ["first", "third"]
    assert [j.state for j in jobs] == [JobState.FINISHED, JobState.CANCELLED, JobState.FINISHED]
    _finish(qtbot, controller)


def test_time_left_is_extrapolated_from_progress():
    job = Job(title="t", work=lambda p, c: None)
    job.state, job.fraction = JobState.RUNNING, 0.25
    job.started_at = time.perf_counter() - 10
    assert 29 < job.time_left() < 31
    job.fraction = 0.001
    assert job.time_left() is None


def test_cancelled_error_raised_by_core_counts_as_cancel(qtbot):
    controller = _controller(qtbot)

    def work(progress, cancel):
        raise Cancelled()

    with qtbot.waitSignal(controller.idle, timeout=10_000):
        job = controller.run("c", work)
    assert job.state is JobState.CANCELLED and job.error is None
    _finish(qtbot, controller)


def test_progress_and_cancel_survive_being_pickled_into_a_worker_process(qtbot):
    """joblib/loky (used inside ctgan) pickles the objects around a task; the job's progress
    reporter and cancel flag must pickle (as inert copies) instead of failing the run."""
    import pickle

    controller = _controller(qtbot)

    def work(progress, cancel):
        copied_progress, copied_cancel = pickle.loads(pickle.dumps((progress, cancel)))
        copied_progress(0.5, "reported from a copy: ignored")
        progress(0.5, "reported from here")
        return copied_cancel.is_set()

    with qtbot.waitSignal(controller.idle, timeout=10_000):
        job = controller.run("pickled", work)
    assert job.state is JobState.FINISHED and job.result is False
    assert job.message == "reported from here"
    _finish(qtbot, controller)
