"""The fairness verification read back from the run record: the datasheet draws its before/after
charts from the stored dict alone, with the same chart code the app uses on a live verification."""
from __future__ import annotations

import pytest
from matplotlib.figure import Figure

from synthstudio.core.fairness.charts import outcome_rates_figure
from synthstudio.core.fairness.verify import FairnessVerification
from synthstudio.core.report.evaluation_content import fairness_charts

pytestmark = pytest.mark.slow   # fits a copula and trains three small models


def test_the_stored_verification_reads_back_unchanged(adult_fairness_record):
    verification = FairnessVerification.from_dict(adult_fairness_record)
    assert verification.to_dict() == adult_fairness_record
    assert verification.real.met is False and verification.met is True
    assert set(verification.models) == {"real", "plain", "released"}
    assert verification.models["released"].attributes[0].columns == ("sex",)


def test_charts_are_drawn_from_the_record(adult_fairness_record, tmp_path):
    charts = fairness_charts(adult_fairness_record)
    assert [section for _, _, section in charts] == ["fairness"] * 4   # metric; representation, rates, model errors
    assert all(title.startswith("Fairness: ") for title, _, _ in charts)
    for number, (_, figure, _) in enumerate(charts):
        assert isinstance(figure, Figure)
        path = tmp_path / f"chart{number}.png"
        figure.savefig(path)
        assert path.stat().st_size > 5_000

    # the bars are the stored rates: real, before correction and released, for Female and Male
    data = adult_fairness_record["data"]
    expected = [100 * g["favourable_rate"] for source in ("real", "plain", "released")
                for g in sorted(data[source]["attributes"][0]["groups"], key=lambda g: g["group"]) if g["judged"]]
    rates = outcome_rates_figure(FairnessVerification.from_dict(adult_fairness_record))
    heights = [bar.get_height() for bar in rates.axes[0].patches]
    assert heights == pytest.approx(expected)


def test_no_charts_without_a_verified_target():
    assert fairness_charts(None) == [] and fairness_charts({}) == []
