"""Comparison charts and the score table, drawn from real evaluation reports of two generators."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from synthstudio.core import charts
from synthstudio.core.errors import BadInputError
from synthstudio.core.evaluation import FAMILIES, EvaluationReport, evaluate, split_holdout
from synthstudio.core.schema import ColumnSpec, ColumnType, Role, Schema


@pytest.fixture(scope="module")
def reports(shared_data) -> dict[str, EvaluationReport]:
    """German credit: one "generator" that copies its training rows, one that shuffles columns.
    Reports go through JSON first, as when a saved project is reopened."""
    frame = pd.read_csv(shared_data / "german_credit.csv")
    numbers = {"duration", "credit_amount", "installment_commitment", "residence_since", "age",
               "existing_credits", "num_dependents"}
    schema = Schema([ColumnSpec(c, ColumnType.INTEGER if c in numbers else ColumnType.CATEGORICAL,
                                Role.TARGET if c == "class" else Role.PLAIN) for c in frame.columns])
    train, holdout = split_holdout(frame, 0.25, seed=0, stratify_on="class")
    rng = np.random.default_rng(0)
    shuffled = pd.DataFrame({c: rng.permutation(train[c].to_numpy()) for c in train.columns})
    made = {"Copied rows": evaluate(train, holdout, train, schema),
            "Shuffled columns": evaluate(train, holdout, shuffled, schema)}
    return {name: EvaluationReport.from_dict(json.loads(json.dumps(r.to_dict()))) for name, r in made.items()}


def _texts(figure: Figure) -> str:
    parts = [figure.get_suptitle()]
    for axes in figure.axes:
        parts += [axes.get_title(), axes.get_xlabel(), axes.get_ylabel()]
        parts += [t.get_text() for t in axes.get_xticklabels()]
        legend = axes.get_legend()
        if legend:
            parts += [t.get_text() for t in legend.get_texts()]
    for legend in figure.legends:
        parts += [t.get_text() for t in legend.get_texts()]
    return "\n".join(parts)


def test_score_table_lights(reports):
    table = charts.score_table(reports)
    assert table.generators == ("Copied rows", "Shuffled columns")
    rows = {row.metric.key: row for row in table.rows}
    copies, shuffled = rows["exact_copies"].cells
    assert (copies.status, shuffled.status) == ("fail", "pass")
    assert copies.text == "100.0%" and copies.label == "✗ Fail" and copies.colour == charts.STATUS_COLOURS["fail"]
    assert rows["relationships_kept"].cells[1].status == "fail"
    assert rows["pair_trends"].blocking is None and rows["pair_trends"].cells[0].status == "reported"
    assert rows["discriminator_auc"].blocking is False
    assert [cell.status for cell in table.overall] == ["fail", "fail"]
    assert {r.metric.family for r in table.rows} == set(FAMILIES)
    assert [r.metric.key for r in table.family_rows("utility")] == ["prediction_skill_kept"]


@pytest.mark.parametrize("family", FAMILIES)
def test_family_bars_have_titles_labels_and_a_legend(reports, family):
    figure = charts.family_bars(reports, family)
    text = _texts(figure)
    assert figure.get_suptitle().startswith(family.capitalize())
    assert "Copied rows" in text and "Shuffled columns" in text
    assert "Pass line" in text and "Fail" in text
    assert all(axes.get_ylabel() for axes in figure.axes)


def test_distribution_overlays_for_numbers_and_categories(reports):
    numbers = charts.distribution_overlay(reports, "credit_amount")
    assert "Real data" in _texts(numbers) and "Synthetic: Shuffled columns" in _texts(numbers)
    assert numbers.axes[0].get_ylabel() == "Share of rows"
    categories = charts.distribution_overlay(reports, "purpose")
    assert "A43" in _texts(categories)          # radio/TV, the commonest purpose, gets its own bar
    missing = charts.distribution_overlay(reports, "no such column")
    assert "was not compared" in missing.axes[0].texts[0].get_text()


def test_heatmap_dcr_and_tstr(reports):
    heatmaps = charts.correlation_difference_heatmaps(reports)
    assert len(heatmaps.axes) == 3   # two maps and the colour bar
    assert "relationships kept" in _texts(heatmaps)
    dcr = charts.dcr_histograms(reports)
    assert "Real rows the generator never saw" in _texts(dcr)
    # copied rows all sit at distance 0: the whole first bar
    assert reports["Copied rows"].details["privacy"]["dcr_histogram"]["synthetic"][0] == pytest.approx(1.0)
    tstr = charts.tstr_bars(reports)
    assert "Model trained on synthetic data" in _texts(tstr) and "ROC AUC" in _texts(tstr)


def test_charts_explain_what_was_not_measured(reports):
    no_target = {name: EvaluationReport.from_dict({**r.to_dict(), "details": {**r.to_dict()["details"],
                                                                              "utility": {"note": "No target."}}})
                 for name, r in reports.items()}
    figure = charts.tstr_bars(no_target)
    assert figure.axes[0].texts[0].get_text() == "No target."


def test_save_png_and_svg_without_overwriting(reports, tmp_path):
    figure = charts.tstr_bars(reports)
    png = charts.save_figure(figure, tmp_path / "tstr.png")
    assert png.read_bytes().startswith(b"\x89PNG")
    svg = charts.save_figure(figure, tmp_path / "tstr.svg")
    assert b"<svg" in svg.read_bytes()[:500]
    before = png.read_bytes()
    with pytest.raises(BadInputError):
        charts.save_figure(charts.dcr_histograms(reports), png)
    assert png.read_bytes() == before
    charts.save_figure(charts.dcr_histograms(reports), png, overwrite=True)
    assert png.read_bytes() != before
    with pytest.raises(BadInputError, match="cannot be saved"):
        charts.save_figure(figure, tmp_path / "chart.bmp")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tstr.png", "tstr.svg"]
