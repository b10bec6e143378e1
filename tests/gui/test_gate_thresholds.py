"""Tools ▸ Release gate thresholds: the dialog edits the project's gate, and every result (those
already measured and those still to come) is judged again with it."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from synthstudio.core.charts import STATUS_WORDS
from synthstudio.core.evaluation import FAIL, METRICS, GateThresholds, Threshold
from synthstudio.core.synthesis import SynthesisSettings
from synthstudio.gui.dialogs.gate_thresholds_dialog import GateThresholdsDialog
from synthstudio.gui.workers import Job

ROWS = 300


@lru_cache(maxsize=1)
def _run(shared_data: Path):
    """The Gaussian copula on 300 German-credit rows; the run measures itself with the default gate,
    which it does not fail (as in release_helpers: it warns)."""
    from synthstudio.core.dataset import load_dataset
    from synthstudio.core.schema import detect_schema
    from synthstudio.core.synthesis import run_synthesis

    dataset = load_dataset(shared_data / "german_credit.csv")
    dataset.frame = dataset.frame.sample(ROWS, random_state=3).reset_index(drop=True)
    return run_synthesis(dataset, detect_schema(dataset.frame), SynthesisSettings("gaussian_copula", seed=7))


def _finish(window, run, title: str):
    """Hand a finished run to the window as a synthesis job would; returns its result item."""
    window._synthesis_done(Job(title=title, work=lambda progress, cancel: run, kind="synthesis"), run)
    return window.results_view.items[-1]


def _open_dialog(window) -> GateThresholdsDialog:
    window.gate_action.trigger()
    dialog = window.gate_dialog
    assert isinstance(dialog, GateThresholdsDialog) and dialog.isVisible()
    return dialog


@pytest.mark.slow
def test_edited_pass_value_is_kept_with_the_project_and_rejudges_results(qtbot, window, shared_data):
    run = _run(shared_data)
    assert window.gate_action.shortcut() == QKeySequence("Ctrl+Shift+G")
    tools = {a.text(): a.menu() for a in window.menuBar().actions()}["&Tools"]
    assert window.gate_action in tools.actions()
    first, second = _finish(window, run, "Copula · seed 7"), _finish(window, run, "Copula again")
    before = first.evaluation.gate
    assert before.thresholds == GateThresholds.default() and before.overall != FAIL
    window.dirty = False

    dialog = _open_dialog(window)
    shapes = dialog.rows["column_shapes"]
    assert shapes.judged.isChecked() and shapes.blocking.isChecked()
    assert shapes.pass_at.value() == pytest.approx(0.80) and shapes.fail_at.value() == pytest.approx(0.65)
    measured = run.evaluation.metrics["column_shapes"]
    assert measured < 0.99              # so the new pass and fail values below fail this result
    shapes.pass_at.setValue(0.995)
    shapes.fail_at.setValue(0.99)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert window.project.gate_thresholds.thresholds["column_shapes"] == Threshold(0.995, 0.99, True)
    assert window.dirty
    for item in (first, second):
        gate = item.evaluation.gate
        assert gate.verdicts["column_shapes"].status == FAIL
        assert gate.overall == FAIL and "column_shapes" in gate.failed
        assert item.evaluation.metrics == run.evaluation.metrics       # judged again, not measured again
        assert window.releasable(item).evaluation["gate"]["overall"] == FAIL   # what the release wizard gets
    table = window.results_view.comparison.score_table
    assert {table.item(0, c).text().split(" ", 1)[1] for c in range(2)} == {STATUS_WORDS[FAIL]}

    third = _finish(window, run, "A later run")     # a new evaluation is judged with the project's gate
    assert third.evaluation.gate.overall == FAIL
    assert third.evaluation.gate.thresholds == window.project.gate_thresholds


def test_reset_unjudged_and_wrong_way_round(qtbot, window):
    edited = GateThresholds.default().with_threshold("exact_copies", Threshold(0.03, None, blocking=False))
    window.set_gate_thresholds(edited)
    dialog = _open_dialog(window)
    assert set(dialog.rows) == set(METRICS)                     # every metric is listed
    copies = dialog.rows["exact_copies"]
    assert copies.pass_at.suffix().strip() == "%" and copies.pass_at.value() == pytest.approx(3.0)
    assert copies.fail_at.text() == "never" and not copies.blocking.isChecked()
    assert not dialog.rows["pair_trends"].judged.isChecked()     # no default: reported only
    assert not dialog.rows["pair_trends"].pass_at.isEnabled()
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0) is not None and dialog.table.item(r, 0).text() == "Copies of training rows")
    assert dialog.table.item(row, 0).toolTip() == METRICS["exact_copies"].description
    assert dialog.table.item(row, 1).text() == "lower"

    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.edited() == GateThresholds.default()
    dialog.rows["membership_auc"].judged.setChecked(False)
    shapes = dialog.rows["column_shapes"]
    shapes.pass_at.setValue(0.5)                                 # below its fail value of 0.65
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()                                    # refused with an explanation
    assert window.project.gate_thresholds == edited
    shapes.pass_at.setValue(0.7)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    thresholds = window.project.gate_thresholds.thresholds
    assert "membership_auc" not in thresholds
    assert thresholds["column_shapes"] == Threshold(0.7, 0.65, True)
    assert thresholds["exact_copies"] == GateThresholds.default().thresholds["exact_copies"]

    dialog = _open_dialog(window)                                # Cancel changes nothing
    dialog.rows["column_shapes"].pass_at.setValue(0.9)
    dialog.reject()
    assert window.project.gate_thresholds.thresholds["column_shapes"] == Threshold(0.7, 0.65, True)
