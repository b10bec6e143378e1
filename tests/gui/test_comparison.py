"""The Results area with two real runs: scores side by side with traffic lights, the comparison
charts, and saving a chart as a picture."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from synthstudio.core.charts import STATUS_WORDS
from synthstudio.core.evaluation.catalog import FAMILIES
from synthstudio.core.synthesis import SynthesisSettings
from synthstudio.gui.views.chart_view import ChartPanel
from synthstudio.gui.views.comparison import ResultItem, ResultsView

ROWS = 300
SEEDS = (1, 2)


@lru_cache(maxsize=1)
def _runs(shared_data: Path):
    """Gaussian copula with two seeds on 300 German-credit rows; each run measures itself."""
    from synthstudio.core.dataset import load_dataset
    from synthstudio.core.schema import detect_schema
    from synthstudio.core.synthesis import run_synthesis

    dataset = load_dataset(shared_data / "german_credit.csv")
    dataset.frame = dataset.frame.sample(ROWS, random_state=5).reset_index(drop=True)
    schema = detect_schema(dataset.frame)
    runs = [run_synthesis(dataset, schema, SynthesisSettings("gaussian_copula", seed=seed)) for seed in SEEDS]
    return dataset.frame, runs


@pytest.fixture
def results(qtbot, shared_data) -> ResultsView:
    real, runs = _runs(shared_data)
    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(1300, 900)
    view.show()
    view.set_real(real, "german_credit")
    for run in runs:
        item = ResultItem(id=f"seed{run.settings.seed}", title=f"Gaussian copula · seed {run.settings.seed}",
                          settings=run.settings, synthetic=run.synthetic, record=run.record)
        view.add_result(item)
        assert run.evaluation is not None
        view.set_evaluation(item, run.evaluation)
    return view


def _opened(qtbot, results: ResultsView, key: str) -> ChartPanel:
    """The comparison chart ``key``, once its tab is opened and the chart drawn (in the background)."""
    panel = results.comparison.panels[key]
    results.comparison.chart_tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: not panel.pending(), timeout=20_000)
    return panel


@pytest.mark.slow
def test_two_results_side_by_side(qtbot, results):
    assert results.views.isTabEnabled(1)
    assert results.views.currentWidget() is results.comparison
    table = results.comparison.score_table
    assert table.columnCount() == 2
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == [f"Gaussian copula · seed {s}"
                                                                         for s in SEEDS]
    assert table.verticalHeaderItem(0).text() == "Release gate (overall)"
    overall = {table.item(0, c).text().split(" ", 1)[1] for c in range(2)}
    assert overall <= set(STATUS_WORDS.values())
    # a metric row: the value, then symbol and word of its light, on the light's colour
    row = next(r for r in range(1, table.rowCount()) if "Column shapes" in table.verticalHeaderItem(r).text())
    cell = table.item(row, 0)
    value, light = cell.text().split("   ")
    assert 0.0 < float(value) <= 1.0
    assert light.split(" ", 1)[1] in STATUS_WORDS.values()
    assert cell.background().color().name() != "#000000"

    panels = results.comparison.panels
    assert set(panels) >= {f"family-{f}" for f in FAMILIES} | {"columns", "relationships", "closest-records",
                                                              "train-synthetic-test-real"}
    # only the chart on show is drawn; each other one when its tab is opened
    assert panels["relationships"].pending() and panels["relationships"].figure is None
    fidelity = _opened(qtbot, results, "family-fidelity").figure
    tick_labels = {t.get_text() for t in fidelity.axes[0].get_xticklabels()}
    assert tick_labels == {f"Gaussian copula · seed {s}" for s in SEEDS}
    assert len(_opened(qtbot, results, "relationships").figure.axes) >= 2   # one heatmap per generator (+ bar)
    assert "closest training row" in _opened(qtbot, results, "closest-records").figure.get_suptitle()
    assert "Train on synthetic" in _opened(qtbot, results, "train-synthetic-test-real").figure.get_suptitle()


@pytest.mark.slow
def test_column_chooser_redraws_the_overlay(qtbot, results):
    combo = results.comparison.column_combo
    assert combo.count() >= 10
    _opened(qtbot, results, "columns")
    combo.setCurrentText("age")
    axes = _opened(qtbot, results, "columns").figure.axes[0]
    assert axes.get_title().startswith("age")
    legend = {text.get_text() for text in axes.get_legend().get_texts()}
    assert legend == {"Real data"} | {f"Synthetic: Gaussian copula · seed {s}" for s in SEEDS}


@pytest.mark.slow
def test_saving_a_chart_writes_png_and_svg(qtbot, results, monkeypatch, tmp_path):
    panel = _opened(qtbot, results, "family-fidelity")
    answers = [(str(tmp_path / "fidelity.png"), "PNG picture (*.png)"),
               (str(tmp_path / "fidelity"), "SVG drawing (*.svg)"),   # no extension: the chosen filter's
               ("", "")]                                               # cancelled: nothing written
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: answers.pop(0))
    saving = panel.save_chart()                                       # written in the background
    qtbot.waitUntil(lambda: saving.state.ended, timeout=20_000)
    assert saving.result == tmp_path / "fidelity.png"
    assert (tmp_path / "fidelity.png").read_bytes().startswith(b"\x89PNG")
    # the same command is on the chart's context menu
    save_action = panel.canvas.actions()[0]
    assert save_action.text() == "Save chart…"
    save_action.trigger()
    qtbot.waitUntil(results.renders.is_idle, timeout=20_000)
    assert (tmp_path / "fidelity.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert panel.save_chart() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fidelity.png", "fidelity.svg"]


@pytest.mark.slow
def test_one_result_keeps_the_comparison_closed(qtbot, shared_data):
    real, runs = _runs(shared_data)
    view = ResultsView()
    qtbot.addWidget(view)
    view.set_real(real, "german_credit")
    item = ResultItem(id="one", title="one", settings=runs[0].settings, synthetic=runs[0].synthetic)
    view.add_result(item)
    view.set_evaluation(item, runs[0].evaluation)
    assert not view.views.isTabEnabled(1)
    assert view.views.currentIndex() == 0
    view.clear()
    assert not view.views.isTabEnabled(1)
