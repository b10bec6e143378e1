"""Jobs as people meet them: cancelling a neural generator mid-training, a failing job that
shows a readable error and leaves the app running, and closing the window during a job."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from synthstudio.core.synthesis import SynthesisSettings
from synthstudio.gui.dialogs.error_dialog import ErrorDialog
from synthstudio.gui.workers import Job, JobState

Button = QMessageBox.StandardButton
LONG_TRAINING = SynthesisSettings("ctgan", {"epochs": 500}, rows=200, seed=0)


def _training_job(qtbot, window) -> Job:
    job = window.run_plan([LONG_TRAINING])[0]
    # first progress from inside the generator's training (after the holdout split)
    qtbot.waitUntil(lambda: job.state is JobState.RUNNING and job.fraction > 0.02, timeout=120_000)
    return job


@pytest.mark.slow
def test_cancel_a_neural_generator_mid_training(qtbot, sample_window):
    window = sample_window
    job = _training_job(qtbot, window)
    row = window.jobs_panel.rows[job]
    assert row.cancel_button.isVisible()
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    assert row.state.text() == "Cancelling…"
    qtbot.waitUntil(window.jobs.is_idle, timeout=60_000)
    assert job.state is JobState.CANCELLED
    assert job.fraction < 0.9                       # stopped during training, not after it
    assert window.results_view.items == []          # nothing produced
    assert not row.cancel_button.isVisible()
    assert window.isVisible()


def test_failed_job_shows_readable_error_and_the_app_goes_on(qtbot, sample_window):
    window = sample_window
    bad = SynthesisSettings("gaussian_copula", {"no_such_setting": 1}, rows=100)
    with qtbot.waitSignal(window.jobs.idle, timeout=60_000):
        job = window.run_plan([bad])[0]
    assert job.state is JobState.FAILED
    dialog = window.findChild(ErrorDialog)
    assert dialog is not None and dialog.isVisible()
    assert "no_such_setting" in dialog.message_label.text()
    assert "Traceback" not in dialog.message_label.text() + dialog.remedy_label.text()
    assert not dialog.details.isVisible()
    qtbot.mouseClick(dialog.details_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    from PySide6.QtGui import QGuiApplication
    assert "no_such_setting" in QGuiApplication.clipboard().text()
    assert window.jobs_panel.rows[job].details_button.isVisible()
    dialog.close()
    # the app still works: a good run after the failed one
    with qtbot.waitSignal(window.jobs.idle, timeout=60_000):
        good = window.run_plan([SynthesisSettings("gaussian_copula", rows=100)])[0]
    assert good.state is JobState.FINISHED and len(window.results_view.items) == 1
    qtbot.waitUntil(window.tasks.is_idle, timeout=60_000)   # the comparison of the result


@pytest.mark.slow
def test_closing_during_a_job_asks_then_cancels_cleanly(qtbot, sample_window, prompts_script):
    window = sample_window
    job = _training_job(qtbot, window)
    window.dirty = False
    prompts_script.answers.append(Button.No)       # "Cancel them and quit?" -> No
    window.close()
    assert window.isVisible() and not job.state.ended
    prompts_script.answers.append(Button.Yes)      # now yes
    window.close()
    assert "still running" in prompts_script.asked[-1]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    assert job.state is JobState.CANCELLED
    assert window.jobs.is_idle() and window.jobs.active_thread_count() == 0
