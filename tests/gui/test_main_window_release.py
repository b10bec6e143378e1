"""Provenance in the main window: File ▸ Release…, Tools ▸ Verify files…, and the model-collapse
guard when the table being opened is SynthStudio's own synthetic data."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar
from release_helpers import credit_result, release_now

from synthstudio.core.synthesis import SynthesisSettings
from synthstudio.gui.dialogs import lineage_dialog
from synthstudio.gui.dialogs.verify_dialog import VerifyDialog
from synthstudio.gui.wizards.release_wizard import ReleaseWizard

SYNTHETIC_CSV = "german_credit.SYNTHETIC.csv"
JOB_TIMEOUT_MS = 120_000


class LineageAnswers:
    """Stands in for the modal question; records each finding it was asked about."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.findings: list = []

    def __call__(self, parent, finding) -> bool:
        assert finding.needs_confirmation, "asked although nothing needs confirming"
        self.findings.append(finding)
        return self.answer


@pytest.fixture
def released_csv(shared_data, tmp_path):
    """A watermarked, released synthetic table (generation 1) in its release folder."""
    outcome = release_now(credit_result(shared_data), tmp_path / "release", formats=("csv",))
    return outcome.release.folder / SYNTHETIC_CSV, outcome.release.dataset_id


def _open(qtbot, window, path) -> None:
    window.load_table_file(path)
    qtbot.waitUntil(window.tasks.is_idle, timeout=JOB_TIMEOUT_MS)


def test_release_needs_a_result_and_verify_opens_its_dialog(qtbot, window):
    assert window.release_action.shortcut() == QKeySequence("Ctrl+E")
    assert not window.release_action.isEnabled()
    assert window.release_action in window.findChild(QToolBar, "main_toolbar").actions()
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert window.release_action in menus["&File"].actions()
    assert window.verify_action in menus["&Tools"].actions()
    assert window.verify_action.shortcut() == QKeySequence("Ctrl+Shift+V")
    window.release()                                  # nothing to release: nothing opens
    assert window.release_wizard is None

    window.verify_action.trigger()
    dialog = window.verify_dialog
    assert isinstance(dialog, VerifyDialog) and dialog.isVisible()
    assert dialog.jobs is window.tasks
    dialog.reject()


def test_real_data_opens_without_asking(qtbot, window, shared_data, monkeypatch):
    answers = LineageAnswers(answer=False)
    monkeypatch.setattr(lineage_dialog, "confirm_lineage", answers)
    _open(qtbot, window, shared_data / "german_credit.csv")
    assert window.table is not None
    assert answers.findings == []
    assert window.lineage["generation_depth"] == 1 and window.lineage["parents"] == []


@pytest.mark.slow
def test_declining_a_synthetic_table_keeps_it_closed(qtbot, window, released_csv, monkeypatch):
    path, dataset_id = released_csv
    answers = LineageAnswers(answer=False)
    monkeypatch.setattr(lineage_dialog, "confirm_lineage", answers)
    _open(qtbot, window, path)
    assert len(answers.findings) == 1
    assert answers.findings[0].dataset_id == dataset_id
    assert window.table is None
    assert not window.synthesize_action.isEnabled()
    assert "was not opened" in window.statusBar().currentMessage()


@pytest.mark.slow
def test_a_confirmed_synthetic_table_is_recorded_and_its_result_released(qtbot, window, released_csv,
                                                                         monkeypatch):
    path, dataset_id = released_csv
    monkeypatch.setattr(lineage_dialog, "confirm_lineage", LineageAnswers(answer=True))
    _open(qtbot, window, path)
    assert window.table is not None
    assert window.lineage["confirmed_by_user"] and window.lineage["generation_depth"] == 2
    assert not window.release_action.isEnabled()

    job = window.run_plan([SynthesisSettings("gaussian_copula", rows=200, seed=4)])[0]
    qtbot.waitUntil(lambda: window.jobs.is_idle() and window.tasks.is_idle(), timeout=JOB_TIMEOUT_MS)
    assert job.state.value == "finished", job.error and job.error.details
    item = window.results_view.items[0]
    assert item.record["lineage"]["parents"] == [dataset_id]
    assert item.record["lineage"]["generation_depth"] == 2
    assert item.evaluation is not None
    assert window.release_action.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    wizard = window.release_wizard
    assert isinstance(wizard, ReleaseWizard) and wizard.isVisible()
    [chosen] = wizard.chosen()
    assert chosen.title == item.title
    assert chosen.synthetic is item.synthetic
    assert chosen.evaluation == item.evaluation.to_dict()
    assert chosen.gate == item.evaluation.gate.overall
    assert chosen.record["lineage"]["generation_depth"] == 2
    wizard.reject()
