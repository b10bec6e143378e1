"""Enforcing targets by keeping generated rows, with a generator that replays the real adult rows
(so it carries their full bias) and one that never produces some rows at all."""
from __future__ import annotations

import threading

import pandas as pd
import pytest
from fairlearn.metrics import demographic_parity_difference, demographic_parity_ratio

from synthstudio.core.errors import Cancelled
from synthstudio.core.fairness.enforce import enforce_fairness
from synthstudio.core.fairness.targets import FairnessTarget

ROWS = 2_000


def _ratio(frame: pd.DataFrame, column: str) -> float:
    favourable = frame["income"] == ">50K"
    return demographic_parity_ratio(favourable, favourable, sensitive_features=frame[column])


def test_a_biased_generator_is_corrected_to_the_four_fifths_rule(adult_replay, adult_sample):
    target = FairnessTarget.parse("sensitive=sex;target=income;favourable=>50K;metric=disparate_impact;threshold=0.8")
    result = enforce_fairness(adult_replay, ROWS, target, adult_sample, seed=7)
    table = result.table
    assert _ratio(adult_sample, "sex") < 0.8 and _ratio(result.uncorrected, "sex") < 0.8   # the bias is there
    assert len(table) == ROWS and _ratio(table, "sex") >= 0.8                           # measured on the output
    assert result.reached is True and result.after.value() == pytest.approx(_ratio(table, "sex"))
    # Rows are kept or dropped, never edited: every released row is a real row the double replayed.
    assert len(table.merge(adult_sample.drop_duplicates(), how="inner")) == ROWS
    assert result.rows_kept_from_plain_sample > ROWS / 2
    women = table[table["sex"] == "Female"]
    assert len(women) / ROWS == pytest.approx((adult_sample["sex"] == "Female").mean(), abs=0.03)   # size kept


def test_the_same_seed_gives_the_same_rows(adult_replay, adult_sample):
    target = FairnessTarget(("sex",), "income", ">50K")
    first = enforce_fairness(adult_replay, 500, target, adult_sample, seed=3).table
    again = enforce_fairness(adult_replay, 500, target, adult_sample, seed=3).table
    other = enforce_fairness(adult_replay, 500, target, adult_sample, seed=4).table
    pd.testing.assert_frame_equal(first, again)
    assert not first.equals(other)


def test_several_attributes_and_their_intersection(adult_replay, adult_sample):
    separate = enforce_fairness(adult_replay, ROWS, FairnessTarget.parse(
        "sensitive=sex,race;target=income;favourable=>50K;metric=statistical_parity;threshold=0.05"),
        adult_sample, seed=1)
    judged_races = separate.judged[("race",)]
    table = separate.table[separate.table["race"].isin(judged_races)]
    favourable = table["income"] == ">50K"
    for column in ("sex", "race"):
        assert demographic_parity_difference(favourable, favourable, sensitive_features=table[column]) <= 0.05
    crossed = enforce_fairness(adult_replay, ROWS, FairnessTarget.parse(
        "sensitive=sex,race;target=income;favourable=>50K;intersection=yes"), adult_sample, seed=1)
    assert crossed.reached and crossed.after.value() >= 0.8
    small = {f.params["group"] for f in crossed.findings if f.code == "small_group"}
    assert "Female × Other" in small          # 3,000 real rows hold fewer than 30 such people


def test_an_unreachable_target_is_reported_with_how_close_it_got(make_replay, adult_sample, adult_sample_schema):
    no_rich_women = adult_sample[~((adult_sample["sex"] == "Female") & (adult_sample["income"] == ">50K"))]
    generator = make_replay(no_rich_women, adult_sample_schema)
    target = FairnessTarget(("sex",), "income", ">50K")
    result = enforce_fairness(generator, 1_000, target, adult_sample, seed=0, max_pool_factor=3)
    assert result.reached is False
    assert result.after.value() == pytest.approx(_ratio(result.table, "sex")) == 0.0
    codes = {f.code for f in result.findings}
    assert {"generator_short", "target_not_reached"} <= codes
    assert "NOT reached" in result.summary() and "0.80 short of 0.8" in result.summary()
    assert result.rows_drawn <= 3_000 and len(result.table) == 1_000


def test_representation_and_its_warning_about_upweighted_groups(adult_replay, adult_sample):
    result = enforce_fairness(adult_replay, ROWS, FairnessTarget.parse("sensitive=race;metric=representation;"
                                                                        "threshold=0.3"), adult_sample, seed=2)
    shares = result.table["race"].value_counts(normalize=True)
    judged = shares[list(result.judged[("race",)])]
    assert judged.min() / judged.max() >= 0.3 and result.reached
    assert any(f.code == "upweighted" for f in result.findings)


def test_enforcement_can_be_cancelled(adult_replay, adult_sample):
    cancel = threading.Event()

    def progress(fraction: float, message: str) -> None:
        cancel.set()    # the user presses Cancel as soon as work starts

    with pytest.raises(Cancelled):
        enforce_fairness(adult_replay, ROWS, FairnessTarget(("sex",), "income", ">50K"), adult_sample,
                         progress=progress, cancel=cancel)
