"""Saving and opening projects from the window: round trip, recent list, unsaved-changes
prompt (also on closing), saving in the background, a failed save, and a clear message when the
project's table moved."""
from __future__ import annotations

import shutil

import pytest

from PySide6.QtWidgets import QMessageBox

from synthstudio.core.evaluation.gate import GateThresholds, Threshold
from synthstudio.core.schema import Role
from synthstudio.core.synthesis import SynthesisSettings
from synthstudio.gui.dialogs.error_dialog import ErrorDialog
from synthstudio.gui.main_window import MainWindow
from synthstudio.gui.workers import JobState
from synthstudio.paths import sample_dataset

Button = QMessageBox.StandardButton


def _window_on_copy(qtbot, window, tmp_path):
    table = tmp_path / "data" / "adult_sample.csv"
    table.parent.mkdir()
    shutil.copy(sample_dataset(), table)
    window.load_table_file(table)
    qtbot.waitUntil(lambda: window.table is not None and window.tasks.is_idle(), timeout=60_000)
    return table


def _saved(qtbot, window) -> None:
    """Wait for the background save (and anything else on the tasks thread) to end."""
    qtbot.waitUntil(lambda: window.tasks.is_idle(), timeout=60_000)


@pytest.mark.slow
def test_save_and_open_round_trip(qtbot, window, settings, tmp_path, monkeypatch):
    table = _window_on_copy(qtbot, window, tmp_path)
    window.table.schema.set_role("race", Role.SENSITIVE)
    window.table.schema.set_role("income", Role.TARGET)
    with qtbot.waitSignal(window.jobs.idle, timeout=60_000):
        window.run_plan([SynthesisSettings("gaussian_copula", rows=150, seed=5)])
    assert window.isWindowModified()
    target = tmp_path / "projects" / "census.synthstudio"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(target))
    window.save_action.trigger()
    save_job = window.tasks.jobs[-1]
    assert save_job.title == "Save census.synthstudio"      # written on the tasks thread, not the GUI's
    _saved(qtbot, window)
    assert save_job.state is JobState.FINISHED
    assert target.is_file() and not window.isWindowModified()
    assert window.project_path == target and window.windowTitle().startswith("census")
    assert settings.recent_projects[0] == str(target.resolve())
    assert window.results_view.items[0].stored

    reopened = MainWindow(settings)
    qtbot.addWidget(reopened, before_close_func=lambda w: setattr(w, "dirty", False))
    reopened.show()
    reopened.open_project(target)
    qtbot.waitUntil(lambda: reopened.table is not None and reopened.tasks.is_idle(), timeout=60_000)
    assert reopened.table.dataset.sha256 == window.table.dataset.sha256
    assert reopened.table.schema.column("race").role is Role.SENSITIVE
    assert reopened.table.schema.target == "income"
    assert [s.seed for s in reopened.project.settings] == [5]
    items = reopened.results_view.items
    assert len(items) == 1 and len(items[0].synthetic) == 150
    assert items[0].synthetic.equals(window.results_view.items[0].synthetic)
    assert reopened.windowTitle().startswith("census")
    assert str(table) == reopened.project.dataset.path
    qtbot.waitUntil(lambda: window.tasks.is_idle() and reopened.tasks.is_idle(), timeout=60_000)
    assert items[0].evaluation is not None


def test_moved_table_gives_a_clear_message_and_can_be_located(qtbot, window, settings, tmp_path, monkeypatch):
    table = _window_on_copy(qtbot, window, tmp_path)
    target = tmp_path / "p.synthstudio"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(target))
    assert window.save_as() is not None
    _saved(qtbot, window)
    moved = tmp_path / "moved.csv"
    table.rename(moved)
    window.open_project(target)
    qtbot.waitUntil(window.tasks.is_idle, timeout=30_000)
    dialog = window.findChild(ErrorDialog)
    assert dialog is not None and "no longer at" in dialog.message_label.text()
    assert "Locate data table" in dialog.remedy_label.text()
    assert window.table is None and window.locate_action.isEnabled()
    dialog.close()
    monkeypatch.setattr("synthstudio.gui.main_window.QFileDialog.getOpenFileName", lambda *a, **k: (str(moved), ""))
    window.locate_action.trigger()
    qtbot.waitUntil(lambda: window.table is not None and window.tasks.is_idle(), timeout=30_000)
    assert window.project.dataset.path == str(moved.resolve())


def test_unsaved_changes_are_asked_about(qtbot, sample_window, prompts_script):
    window = sample_window
    assert window.dirty
    prompts_script.answers.append(Button.Cancel)
    window.new_action.trigger()
    assert window.table is not None                     # cancelled: nothing changed
    prompts_script.answers.append(Button.Discard)
    window.new_action.trigger()
    assert window.table is None and not window.dirty
    assert len(prompts_script.asked) == 2 and "not saved" in prompts_script.asked[0]


def test_changes_made_while_saving_stay_unsaved(qtbot, sample_window, tmp_path, monkeypatch):
    window = sample_window
    target = tmp_path / "p.synthstudio"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(target))
    window.save_as()
    assert not window.save_action.isEnabled()          # one save at a time
    # the save's end is queued to this thread, so this change certainly comes while it runs
    window.set_gate_thresholds(GateThresholds.default().with_threshold("exact_copies", Threshold(0.03, None)))
    _saved(qtbot, window)
    assert target.is_file() and window.project_path == target
    assert window.isWindowModified() and window.save_action.isEnabled()


def test_a_failed_save_says_why_and_leaves_the_project_unsaved(qtbot, sample_window, settings, tmp_path,
                                                               monkeypatch):
    window = sample_window
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the project's folder should be")
    target = blocker / "p.synthstudio"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(target))
    window.save_action.trigger()
    _saved(qtbot, window)
    dialog = window.findChild(ErrorDialog)
    assert dialog is not None and dialog.message_label.text() == "The project could not be saved."
    assert "folder you can write to" in dialog.remedy_label.text()
    assert window.isWindowModified() and window.project_path is None
    assert settings.recent_projects == []
    dialog.close()
    good = tmp_path / "good.synthstudio"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(good))
    window.save_action.trigger()                        # trying again works
    _saved(qtbot, window)
    assert window.tasks.jobs[-1].state is JobState.FINISHED
    assert good.is_file() and not window.isWindowModified() and window.project_path == good


def test_unsaved_changes_saved_then_the_next_action_goes_on(qtbot, sample_window, tmp_path, prompts_script,
                                                           monkeypatch):
    window = sample_window
    target = tmp_path / "before-new.synthstudio"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(target))
    prompts_script.answers.append(Button.Save)
    window.new_action.trigger()
    assert window.table is not None                     # not yet: the save runs first
    qtbot.waitUntil(lambda: window.table is None, timeout=60_000)
    assert target.is_file() and not window.dirty and window.project_path is None


def test_closing_with_unsaved_changes_saves_then_closes(qtbot, window, settings, tmp_path, prompts_script,
                                                        monkeypatch):
    _window_on_copy(qtbot, window, tmp_path)
    with qtbot.waitSignal(window.jobs.idle, timeout=60_000):
        window.run_plan([SynthesisSettings("gaussian_copula", rows=100, seed=2)])
    target = tmp_path / "closing.synthstudio"
    monkeypatch.setattr(window, "ask_save_path", lambda: str(target))
    prompts_script.answers.append(Button.Save)
    window.close()
    assert window.isVisible()                           # still open while the save runs
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    assert target.is_file() and settings.recent_projects[0] == str(target.resolve())
    reopened = MainWindow(settings)
    qtbot.addWidget(reopened, before_close_func=lambda w: setattr(w, "dirty", False))
    reopened.open_project(target)
    qtbot.waitUntil(lambda: reopened.table is not None and reopened.tasks.is_idle(), timeout=60_000)
    assert len(reopened.results_view.items) == 1 and len(reopened.results_view.items[0].synthetic) == 100


def test_closing_stays_open_when_the_save_fails(qtbot, sample_window, tmp_path, prompts_script, monkeypatch):
    window = sample_window
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(window, "ask_save_path", lambda: str(blocker / "p.synthstudio"))
    prompts_script.answers.append(Button.Save)
    window.close()
    qtbot.waitUntil(lambda: window.findChild(ErrorDialog) is not None, timeout=60_000)
    _saved(qtbot, window)
    assert window.isVisible() and window.isWindowModified()


def test_a_save_asked_for_while_one_runs_waits_for_it(qtbot, sample_window, tmp_path, prompts_script,
                                                      monkeypatch):
    window = sample_window
    target = tmp_path / "once.synthstudio"
    asked = []
    monkeypatch.setattr(window, "ask_save_path", lambda: asked.append(target) or str(target))
    first = window.save()
    prompts_script.answers.append(Button.Save)
    window.new_action.trigger()                         # still unsaved: asks, then waits for that save
    assert asked == [target]
    assert [job for job in window.tasks.jobs if job.title.startswith("Save")] == [first]
    qtbot.waitUntil(lambda: window.table is None, timeout=60_000)
    assert first.state is JobState.FINISHED and target.is_file()
