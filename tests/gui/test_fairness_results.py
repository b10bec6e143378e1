"""The Results area's Fairness tab for real runs on an adult slice: the target in words, whether the
released data reaches it with the measured numbers of the record, the before/after charts (saveable),
the same after a project round trip; and a plain sentence, no charts, for a run without a target."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QFileDialog

from synthstudio.core.fairness.describe import number, percent
from synthstudio.core.project import Project, load_result, store_result
from synthstudio.core.report.datasheet import Datasheet
from synthstudio.core.report.evaluation_content import fairness_charts
from synthstudio.core.synthesis import SynthesisSettings
from synthstudio.gui.views.comparison import ResultItem, ResultsView

pytestmark = pytest.mark.slow   # fits three copulas and trains five small fairness models (once, shared)

ROWS = 1_500
TARGET = "sensitive=sex;target=income;favourable=>50K;metric=disparate_impact;threshold=0.8"


@lru_cache(maxsize=1)
def _runs(shared_data: Path):
    """Gaussian copula on 1,500 adult rows: with a four-fifths target on sex and income >50K
    (enforced), the same target in partial mode (only sex replaced: measured, not enforced), and
    without a target."""
    from threadpoolctl import threadpool_limits

    from synthstudio.core.dataset import load_dataset
    from synthstudio.core.fairness import FairnessTarget
    from synthstudio.core.schema import detect_schema
    from synthstudio.core.synthesis import run_synthesis

    dataset = load_dataset(shared_data / "adult.csv")
    dataset.frame = dataset.frame.sample(ROWS, random_state=3).reset_index(drop=True)
    schema = detect_schema(dataset.frame)
    target = FairnessTarget.parse(TARGET).to_dict()
    plans = {"enforced": SynthesisSettings("gaussian_copula", seed=2, evaluate=False, fairness=target),
             "measured": SynthesisSettings("gaussian_copula", seed=2, evaluate=False, fairness=target, mode="partial",
                                           replaced_columns=["sex"]),
             "none": SynthesisSettings("gaussian_copula", seed=2, evaluate=False)}
    with threadpool_limits(1):   # the shared cores: one thread keeps the small fairness models quick
        return dataset.frame, {name: run_synthesis(dataset, schema, plan) for name, plan in plans.items()}


@pytest.fixture
def view(qtbot, shared_data) -> ResultsView:
    real, _ = _runs(shared_data)
    results = ResultsView()
    qtbot.addWidget(results)
    results.resize(1300, 800)
    results.show()
    results.set_real(real, "adult")
    return results


def _show(qtbot, view: ResultsView, name: str, record: dict, synthetic) -> None:
    settings = SynthesisSettings("gaussian_copula", seed=2)
    view.add_result(ResultItem(id=name, title=f"Gaussian copula · {name}", settings=settings, synthetic=synthetic,
                               record=record))
    tabs = view.views.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(view.views.indexOf(view.fairness)).center())
    assert view.views.currentWidget() is view.fairness
    qtbot.waitUntil(lambda: not view.fairness.pending(), timeout=20_000)   # charts are built in the background


def _values_table(browser) -> dict[str, list[str]]:
    """The values table of the fairness text: row label -> the cells of the real, plain and released tables."""
    table = next(f for f in browser.document().rootFrame().childFrames() if isinstance(f, QTextTable))
    cell = lambda row, column: table.cellAt(row, column).firstCursorPosition().block().text()  # noqa: E731
    return {cell(row, 0): [cell(row, c) for c in range(1, table.columns())] for row in range(table.rows())}


def _bar_heights(figure: Figure) -> list[float]:
    return [bar.get_height() for bar in figure.axes[0].patches]


def test_fairness_tab_shows_the_measured_evidence(qtbot, view, shared_data, tmp_path, monkeypatch):
    run = _runs(shared_data)[1]["enforced"]
    record, fairness = run.record, run.record["fairness"]
    _show(qtbot, view, "enforced", record, run.synthetic)
    panel = view.fairness
    assert panel.stack.currentWidget() is panel.splitter
    text = panel.text.toPlainText()

    assert fairness["target_text"] in text
    assert fairness["summary"] in text                       # met or not, measured on the released data
    assert ("Met." if fairness["met"] else "Not reached.") in text
    assert number(fairness["value"]) in fairness["summary"]
    assert record["fairness_enforcement"]["method"] in text   # read from the record, whatever its wording
    # the values table: the target's metric on the real rows, the plain sample and the released rows,
    # then on models trained on each and tested on the real holdout, and their accuracy
    data, models = fairness["data"], fairness["models"]
    sources = ("real", "plain", "released")
    values = _values_table(panel.text)
    assert values[""] == ["Real data (training rows)", "Synthetic, before correction", "Released data"]
    assert values["Rows"] == [f"{data[s]['rows']:,}" for s in sources]
    assert values["In the table"] == [number(data[s]["value"]) for s in sources]
    assert values["In the model's predictions"] == [number(models[s]["attributes"][0]["disparate_impact"])
                                                    for s in sources]
    assert values["Model accuracy"] == [percent(models[s]["accuracy"]) for s in sources]
    assert f"{models['released']['rows_test']:,} real holdout rows" in text
    assert "Utility cost of the correction: a model trained on the synthetic data" in text
    assert "Warnings about group sizes" in text
    # the datasheet's own "Remaining bias" list, sentence for sentence
    sheet = Datasheet.from_run(record, fairness=fairness)
    remaining = next(b for b in sheet.section("fairness").blocks if getattr(b, "title", "") == "Remaining bias")
    assert remaining.items and all(line in text for line in remaining.items)

    # the charts: the record's, one at a time, the first the target's metric before and after
    expected = fairness_charts(fairness)
    assert panel.chart_combo.count() == len(expected) == 4
    assert _bar_heights(panel.chart.figure) == pytest.approx([data[s]["value"] for s in ("real", "plain",
                                                                                         "released")])
    for index, (title, figure, _) in enumerate(expected):
        panel.chart_combo.setCurrentIndex(index)
        qtbot.waitUntil(lambda: not panel.pending(), timeout=20_000)
        assert panel.chart.figure.get_suptitle() == figure.get_suptitle()
        assert [a.get_title() for a in panel.chart.figure.axes] == [a.get_title() for a in figure.axes]
        assert panel.chart.save_button.isEnabled()
    assert panel.chart.canvas.accessibleName() and panel.text.accessibleName()
    saved = tmp_path / "errors.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(saved), ""))
    panel.chart.save_button.click()
    qtbot.waitUntil(view.renders.is_idle, timeout=20_000)             # written in the background
    assert saved.stat().st_size > 5_000 and panel.chart.name.startswith("fairness-errors-of-a-model")


def test_a_target_that_is_only_measured_says_how_close_it_got(qtbot, view, shared_data):
    run = _runs(shared_data)[1]["measured"]
    fairness = run.record["fairness"]
    assert fairness["met"] is False
    _show(qtbot, view, "measured", run.record, run.synthetic)
    text = view.fairness.text.toPlainText()
    gap = number(abs(fairness["value"] - 0.8))
    assert "Not reached." in text and f"NOT reached in the released data: measured {number(fairness['value'])}, " \
                                      f"{gap} short of 0.8" in text
    assert "No correction was applied" in text
    assert _values_table(view.fairness.text)[""] == ["Real data (training rows)", "Released data"]
    assert view.fairness.chart_combo.count() == len(fairness_charts(fairness))


def test_reopened_result_shows_the_same_evidence(qtbot, view, shared_data, tmp_path):
    run = _runs(shared_data)[1]["enforced"]
    project_file = tmp_path / "audit.synthstudio"
    entry = store_result(Project(), project_file, result_id="enforced", synthetic=run.synthetic, record=run.record,
                         settings=run.settings, generator_name="Gaussian copula")
    synthetic, record = load_result(project_file, entry)
    _show(qtbot, view, "live", run.record, run.synthetic)
    live = view.fairness.text.toPlainText()
    _show(qtbot, view, "reopened", record, synthetic)
    assert view.fairness.text.toPlainText() == live
    assert view.fairness.chart_combo.count() == 4


def test_no_target_no_fairness_charts(qtbot, view, shared_data):
    run = _runs(shared_data)[1]["none"]
    assert run.record["fairness"] is None
    _show(qtbot, view, "none", run.record, run.synthetic)
    panel = view.fairness
    assert panel.stack.currentWidget() is panel.no_target
    assert panel.no_target.text().startswith("No fairness target was set for this run")
    assert panel.charts == [] and panel.chart_combo.count() == 0 and panel.evidence is None
