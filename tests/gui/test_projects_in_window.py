"""Saving and opening projects from the window: round trip, recent list, unsaved-changes
prompt, and a clear message when the project's table moved."""
from __future__ import annotations

import shutil

import pytest

from PySide6.QtWidgets import QMessageBox

from synthstudio.core.schema import Role
from synthstudio.core.synthesis import SynthesisSettings
from synthstudio.gui.dialogs.error_dialog import ErrorDialog
from synthstudio.gui.main_window import MainWindow
from synthstudio.paths import sample_dataset

Button = QMessageBox.StandardButton


def _window_on_copy(qtbot, window, tmp_path):
    table = tmp_path / "data" / "adult_sample.csv"
    table.parent.mkdir()
    shutil.copy(sample_dataset(), table)
    window.load_table_file(table)
    qtbot.waitUntil(lambda: window.table is not None and window.tasks.is_idle(), timeout=60_000)
    return table


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
    assert target.is_file() and not window.isWindowModified()
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
    assert window.save_as()
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
