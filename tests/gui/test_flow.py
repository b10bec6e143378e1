"""The whole journey through the GUI on the bundled sample: import wizard, synthesis wizard
with the fast generator, results beside the real table."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from synthstudio.core.schema import ColumnType, Role
from synthstudio.gui.models.column_model import ColumnSummaryModel
from synthstudio.paths import sample_dataset

SYNTHETIC_ROWS = 300


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), f"{button.text()} is disabled on page {wizard.currentPage().title()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.slow
def test_import_then_synthesize_then_compare(qtbot, window):
    window.import_action.trigger()
    wizard = window.import_wizard
    assert wizard.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no file chosen yet
    qtbot.keyClicks(wizard.file_page.path_edit, str(sample_dataset()))
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.loaded is not None, timeout=60_000)
    assert preview.delimiter.currentData() == ","
    assert preview.preview.model().rowCount() == 3000
    assert "3,000 rows × 15 columns" in preview.status.text()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)

    model = wizard.schema_model
    assert model.schema.column("age").type is ColumnType.INTEGER
    row = model.schema.names.index("education-num")
    model.setData(model.index(row, ColumnSummaryModel.TYPE), ColumnType.CATEGORICAL.value)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    row = model.schema.names.index("fnlwgt")
    model.setData(model.index(row, ColumnSummaryModel.ROLE), Role.IDENTIFIER.value)
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    qtbot.waitUntil(lambda: window.table is not None)
    assert window.data_panel.view.model().rowCount() == 3000
    assert window.table.schema.column("education-num").type is ColumnType.CATEGORICAL
    assert window.column_panel.model.rowCount() == 15
    assert window.isWindowModified()

    window.synthesize_action.trigger()
    synthesis = window.synthesis_wizard
    _click(qtbot, synthesis, QWizard.WizardButton.NextButton)          # mode: fully synthetic
    page = synthesis.generators_page
    qtbot.mouseClick(page.quick_buttons["fast"], Qt.MouseButton.LeftButton)
    assert page.chosen() == [("gaussian_copula", "fast")]
    qtbot.waitUntil(lambda: page.estimates is not None, timeout=60_000)
    fast_row = next(r for r in page.rows if r.key == "gaussian_copula")
    assert "processor" in fast_row.estimate.text() and "MB" in fast_row.estimate.text()
    _click(qtbot, synthesis, QWizard.WizardButton.NextButton)
    synthesis.parameters_page.rows.setValue(SYNTHETIC_ROWS)
    synthesis.parameters_page.seed.setValue(7)
    _click(qtbot, synthesis, QWizard.WizardButton.NextButton)          # fairness: no target
    _click(qtbot, synthesis, QWizard.WizardButton.NextButton)          # summary
    assert "Gaussian copula" in synthesis.summary_page.text.text()
    with qtbot.waitSignal(window.jobs.idle, timeout=120_000):
        _click(qtbot, synthesis, QWizard.WizardButton.FinishButton)

    job = window.jobs.jobs[-1]
    assert job.state.value == "finished", job.error and job.error.details
    results = window.results_view
    assert window.tabs.currentWidget() is results
    assert len(results.items) == 1
    synthetic = results.items[0].synthetic
    assert len(synthetic) == SYNTHETIC_ROWS
    assert list(synthetic.columns) == list(window.table.dataset.frame.columns)
    assert results.synthetic_panel.view.model().rowCount() == SYNTHETIC_ROWS
    assert results.real_panel.view.model().rowCount() == 3000
    assert results.items[0].settings.seed == 7
    assert results.items[0].record["generator"]["key"] == "gaussian_copula"
    # the identifier column was not learned: its values are made up, not copied
    real_ids = set(window.table.dataset.frame["fnlwgt"])
    assert len(set(synthetic["fnlwgt"]) & real_ids) < SYNTHETIC_ROWS
    assert "Gaussian copula" in window.jobs_panel.rows[job].title.text()
    # the first side-by-side comparison: the distribution of a column, real vs synthetic
    qtbot.waitUntil(lambda: results.items[0].evaluation is not None, timeout=60_000)
    results.column_combo.setCurrentText("age")
    qtbot.waitUntil(lambda: not results.chart.pending(), timeout=20_000)   # drawn in the background
    axes = results.chart.figure.axes
    assert axes and "age" in axes[0].get_title()
    assert {text.get_text() for text in axes[0].get_legend().get_texts()} >= {"Real data"}
