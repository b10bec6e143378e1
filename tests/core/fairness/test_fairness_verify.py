"""The issue's acceptance tests: a Gaussian copula fitted on real adult and COMPAS rows, a 0.8
four-fifths target enforced, and the result verified independently on the released rows and on
a model trained on them and tested on real holdout rows; charts drawn from the verification."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from fairlearn.metrics import demographic_parity_ratio
from matplotlib.figure import Figure

from synthstudio.core.fairness.charts import (metric_figure, model_error_rates_figure, outcome_rates_figure,
                                              representation_figure)
from synthstudio.core.fairness.enforce import enforce_fairness
from synthstudio.core.fairness.targets import FairnessTarget
from synthstudio.core.fairness.verify import verify_fairness
from synthstudio.core.schema import ColumnSpec, ColumnType

pytestmark = pytest.mark.slow   # fits a copula and trains nine small models


def _four_fifths(frame: pd.DataFrame, column: str, outcome: str, favourable, groups) -> float:
    """The ratio computed by fairlearn alone, on the rows of the judged groups."""
    rows = frame[frame[column].isin(groups)]
    hit = rows[outcome] == favourable
    return demographic_parity_ratio(hit, hit, sensitive_features=rows[column])


@pytest.fixture(scope="module")
def adult_verified(adult_copula, adult_sample_schema):
    generator, train, holdout = adult_copula
    target = FairnessTarget.parse("sensitive=sex;target=income;favourable=>50K;metric=disparate_impact;threshold=0.8")
    result = enforce_fairness(generator, len(train), target, train, seed=0)
    verification = verify_fairness(target, train, holdout, result.table, adult_sample_schema,
                                   plain=result.uncorrected, seed=0)
    return result, verification, train, holdout


@pytest.fixture(scope="module")
def compas_verified(compas_copula, compas_sample_schema):
    generator, train, holdout = compas_copula
    target = FairnessTarget.parse("sensitive=race;target=two_year_recid;favourable=0;threshold=0.8")
    result = enforce_fairness(generator, len(train), target, train, seed=0)
    verification = verify_fairness(target, train, holdout, result.table, compas_sample_schema, plain=result.uncorrected,
                                   seed=0)
    return result, verification, train, holdout


def test_adult_synthetic_data_passes_the_four_fifths_rule_that_the_real_data_fails(adult_verified):
    result, verification, train, holdout = adult_verified
    assert _four_fifths(train, "sex", "income", ">50K", ["Female", "Male"]) < 0.8
    assert _four_fifths(result.table, "sex", "income", ">50K", ["Female", "Male"]) >= 0.8
    assert verification.real.met is False and verification.met is True
    assert verification.value() == pytest.approx(_four_fifths(result.table, "sex", "income", ">50K",
                                                              ["Female", "Male"]))
    assert {m.rows_test for m in verification.models.values()} == {len(holdout)}


def test_compas_synthetic_data_passes_the_four_fifths_rule_that_the_real_data_fails(compas_verified):
    result, verification, train, holdout = compas_verified
    judged = sorted(result.judged[("race",)])
    assert "Native American" not in judged and {"African-American", "Caucasian", "Hispanic"} <= set(judged)
    assert _four_fifths(train, "race", "two_year_recid", 0, judged) < 0.8
    assert _four_fifths(result.table, "race", "two_year_recid", 0, judged) >= 0.8
    assert verification.met is True and verification.real.met is False
    assert any(f.code == "small_group" and f.params["group"] == "Native American" for f in verification.findings)
    # identifier columns are made up and unique, also across the extra draws of enforcement
    assert result.table["id"].is_unique
    assert not set(result.table["c_case_number"]) & set(train["c_case_number"])


def test_the_utility_cost_of_the_correction_is_reported(adult_verified):
    _, verification, _, _ = adult_verified
    cost = verification.utility_cost()
    for key in ("accuracy_plain", "accuracy_released", "roc_auc_plain", "roc_auc_released", "roc_auc_real"):
        assert 0.0 <= cost[key] <= 1.0
    assert cost["roc_auc_change"] == pytest.approx(cost["roc_auc_released"] - cost["roc_auc_plain"])
    assert any(line.startswith("Utility cost of the correction") for line in verification.remaining_bias())


def test_the_record_and_the_datasheet_part_are_plain_json(adult_verified):
    result, verification, _, _ = adult_verified
    record = json.loads(json.dumps({"enforcement": result.to_dict(), "verification": verification.to_dict()}))
    assert record["verification"]["met"] is True
    assert record["enforcement"]["after"]["value"] == pytest.approx(verification.value())
    sheet = verification.datasheet()
    (row,) = sheet["targets"]
    assert row["attribute"] == "sex" and row["outcome"] == "income = >50K" and row["met"] == "yes"
    assert row["before"] < 0.8 <= row["after"]
    assert "met in the released data" in sheet["summary"]
    assert any("deliberately rebalanced" in line for line in sheet["remaining_bias"])
    assert any(line.startswith("A model trained on the released data and tested on") for line in
               sheet["remaining_bias"])


def test_an_equalized_odds_target_is_judged_on_the_model(adult_copula, adult_sample_schema):
    generator, train, holdout = adult_copula
    target = FairnessTarget(("sex",), "income", ">50K", metric="equalized_odds", threshold=0.1)
    result = enforce_fairness(generator, 1_000, target, train, seed=0)
    assert result.reached is None                 # a table cannot show it: only a model can
    verification = verify_fairness(target, train, holdout, result.table, adult_sample_schema, seed=0)
    model = verification.models["released"].attributes[0]
    assert verification.value() == model.equalized_odds
    assert verification.met == (model.equalized_odds <= 0.1)
    assert verification.datasheet()["targets"][0]["after"] == pytest.approx(model.equalized_odds)


def test_before_and_after_charts(adult_verified, compas_verified, tmp_path):
    for _, verification, _, _ in (adult_verified, compas_verified):
        figures = [outcome_rates_figure(verification), representation_figure(verification),
                   metric_figure(verification), model_error_rates_figure(verification)]
        for number, figure in enumerate(figures):
            assert isinstance(figure, Figure)
            path = tmp_path / f"chart{number}.png"
            figure.savefig(path)
            assert path.stat().st_size > 5_000
        bars = figures[0].axes[0].patches
        assert len(bars) == 3 * len(verification.released.attributes[0].judged)   # real, plain, released


def test_a_column_that_records_the_outcome_is_flagged(adult_copula, adult_sample_schema):
    """With a copy of the outcome among the columns, model-based fairness figures mean little: say so."""
    _, train, holdout = adult_copula
    def leak(frame: pd.DataFrame) -> pd.DataFrame:
        return frame.assign(paid_tax_band=frame["income"].map({">50K": "high", "<=50K": "low"}))

    schema = adult_sample_schema.copy()
    schema.columns.append(ColumnSpec("paid_tax_band", ColumnType.CATEGORICAL))
    target = FairnessTarget(("sex",), "income", ">50K")
    verification = verify_fairness(target, leak(train), leak(holdout), leak(train), schema, seed=0)
    assert verification.models["real"].roc_auc > 0.98
    assert any(f.code == "outcome_leak" for f in verification.findings)
    assert any("record the outcome itself" in line for line in verification.remaining_bias())
    clean = verify_fairness(target, train, holdout, train, adult_sample_schema, seed=0)
    assert not any(f.code == "outcome_leak" for f in clean.findings)
