"""The model-collapse guard's question, on a real released (synthetic) table and on real data."""
from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from release_helpers import credit_result, release_now

from synthstudio.core.provenance.lineage import inspect_input
from synthstudio.gui.dialogs.lineage_dialog import LineageDialog, confirm_lineage

CSV = "german_credit.SYNTHETIC.csv"


@pytest.fixture
def synthetic_finding(shared_data, tmp_path):
    outcome = release_now(credit_result(shared_data), tmp_path / "release", formats=("csv",))
    path = outcome.release.folder / CSV
    finding = inspect_input(path, pd.read_csv(path))
    assert finding.needs_confirmation
    return finding, outcome.release.dataset_id


def test_the_dialog_explains_depth_share_and_model_collapse(qtbot, synthetic_finding):
    finding, dataset_id = synthetic_finding
    dialog = LineageDialog(finding)
    qtbot.addWidget(dialog)
    assert "appears to be synthetic data" in dialog.headline.text()
    assert dialog.depth_label.text().startswith("1 — it was generated from real data")
    assert dialog.share_label.text() == f"about {finding.synthetic_share:.0%}" and finding.synthetic_share > 0.9
    assert "model collapse" in dialog.collapse_warning.text()
    assert "generation 2" in dialog.consequence.text() and dataset_id in dialog.consequence.text()
    assert dialog.cancel_button.isDefault() and not dialog.continue_button.isDefault()


def _answer_when_shown(button_name: str) -> None:
    """Click a button of the lineage dialog once its modal loop runs."""

    def click() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LineageDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, click)
            return
        getattr(dialogs[0], button_name).click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize(("button", "expected"), [("continue_button", True), ("cancel_button", False)])
def test_confirm_lineage_returns_the_persons_choice(qtbot, synthetic_finding, button, expected):
    finding, _ = synthetic_finding
    _answer_when_shown(button)
    assert confirm_lineage(None, finding) is expected


def test_escape_cancels(qtbot, synthetic_finding):
    dialog = LineageDialog(synthetic_finding[0])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == LineageDialog.DialogCode.Rejected


def test_real_data_is_not_questioned(shared_data):
    path = shared_data / "german_credit.csv"
    finding = inspect_input(path, pd.read_csv(path))
    assert not finding.needs_confirmation
    assert confirm_lineage(None, finding) is True          # no dialog: it would block this test
