"""Metric values on tiny tables, checked against numbers worked out by hand."""
from __future__ import annotations

import json
import math
import threading

import numpy as np
import pandas as pd
import pytest

from synthstudio.core.errors import Cancelled
from synthstudio.core.evaluation import evaluate
from synthstudio.core.evaluation.diversity import categories, impossible_combinations
from synthstudio.core.evaluation.distances import MixedEncoder, nearest
from synthstudio.core.evaluation.fidelity import cramers_v
from synthstudio.core.evaluation.prepare import EvalColumn, Kind, canonical_categories, prepare
from synthstudio.core.evaluation.privacy import equal_size_share, exact_copies
from synthstudio.core.schema import ColumnSpec, ColumnType, Role, Schema

SCHEMA = Schema([ColumnSpec("x", ColumnType.INTEGER), ColumnSpec("c", ColumnType.CATEGORICAL),
                 ColumnSpec("d", ColumnType.DATETIME, datetime_format="%Y-%m-%d")])
REAL = pd.DataFrame({"x": [1, 2, 3, 4], "c": ["a", "a", "b", "b"],
                     "d": ["2020-01-01", "2020-01-02", "2020-01-03", "2020-01-04"]})
# x: one value moved beyond the real range; c: one "b" became "a"; d: one date a year later
SYNTHETIC = pd.DataFrame({"x": [1.0, 2.0, 3.0, 10.0], "c": ["a", "a", "a", "b"],
                          "d": ["2020-01-01", "2020-01-02", "2020-01-03", "2021-01-04"]})
HOLDOUT = pd.DataFrame({"x": [2, 5], "c": ["a", "b"], "d": ["2020-01-02", "2020-01-09"]})


@pytest.fixture(scope="module")
def tiny_report():
    return evaluate(REAL, HOLDOUT, SYNTHETIC, SCHEMA)


def test_column_similarity_matches_hand_computed_ks_and_tv(tiny_report):
    # KS: the real and synthetic empirical CDFs differ most at 4 (1.0 vs 0.75): D = 0.25.
    # TV: real a/b = 0.5/0.5, synthetic 0.75/0.25: TV = (0.25 + 0.25) / 2 = 0.25.
    # Dates: as for x, one of four values lies beyond all real ones: D = 0.25.
    scores = {row["column"]: (row["metric"], row["score"]) for row in tiny_report.details["fidelity"]["columns"]}
    assert scores == {"x": ("KS complement", pytest.approx(0.75)), "c": ("TV complement", pytest.approx(0.75)),
                      "d": ("KS complement", pytest.approx(0.75))}
    assert tiny_report.metrics["column_shapes"] == pytest.approx(0.75)


def test_range_metrics_by_hand(tiny_report):
    # x: real 1..4, synthetic 1..10 covers all of it; one of 4 x values and one of 4 dates lie beyond
    assert tiny_report.metrics["range_coverage"] == pytest.approx(1.0)
    assert tiny_report.metrics["out_of_range_values"] == pytest.approx(2 / 8)


def test_gower_like_distance_by_hand():
    columns = [EvalColumn("x", Kind.NUMBER, Role.PLAIN), EvalColumn("c", Kind.CATEGORY, Role.PLAIN)]
    train = pd.DataFrame({"x": [0.0, 10.0], "c": ["a", "b"]})
    encoder = MixedEncoder(columns).fit(train)
    query = pd.DataFrame({"x": [5.0, 0.0], "c": ["a", "a"]})
    distances = nearest(encoder.transform(train), encoder.transform(query), k=2)
    # (5, a) to (0, a): sqrt((0.5^2 + 0) / 2); to (10, b): sqrt((0.5^2 + 1) / 2)
    assert distances[0] == pytest.approx([math.sqrt(0.125), math.sqrt(0.625)])
    # (0, a) is a training row: distance exactly 0; to (10, b): sqrt((1 + 1) / 2) = 1
    assert distances[1] == pytest.approx([0.0, 1.0])
    assert distances[1][0] == 0.0


def test_missing_values_count_as_a_difference():
    columns = [EvalColumn("x", Kind.NUMBER, Role.PLAIN)]
    train = pd.DataFrame({"x": [0.0, 10.0, np.nan]})
    encoder = MixedEncoder(columns).fit(train)
    gap = nearest(encoder.transform(train.iloc[:2]), encoder.transform(pd.DataFrame({"x": [np.nan]})), k=1)
    # missing is filled with the median (5) and flagged: sqrt((0.5^2 + 1^2) / 1)
    assert gap[0, 0] == pytest.approx(math.sqrt(1.25))


def test_exact_copies_counts_normalised_values_and_subtracts_the_holdout_rate():
    schema = Schema([ColumnSpec("x", ColumnType.INTEGER), ColumnSpec("c", ColumnType.CATEGORICAL)])
    train = pd.DataFrame({"x": [1, 2, 3, 4], "c": ["a", "b", "a", "b"]})
    holdout = pd.DataFrame({"x": [1, 9, 8, 7], "c": ["a", "a", "a", "a"]})       # 1 of 4 repeats a training row
    synthetic = pd.DataFrame({"x": [1.0, 2.0, 5.0, 6.0], "c": ["a", "b", "a", "a"]})  # 2 of 4 are copies
    found = exact_copies(prepare(train, holdout, synthetic, schema), prepare(train, holdout, synthetic, schema).synthetic)
    assert found["synthetic_copy_share"] == pytest.approx(0.5)
    assert found["holdout_copy_share"] == pytest.approx(0.25)
    assert found["exact_copies"] == pytest.approx(0.25)
    assert found["synthetic_copies"] == 2


def test_cramers_v_limits():
    a = np.repeat([0, 1], 50)
    assert cramers_v(a, a) == pytest.approx(1.0)
    assert cramers_v(a, np.tile([0, 1], 50)) == pytest.approx(0.0, abs=1e-9)   # every cell equal: independent
    assert cramers_v(a, np.zeros(100, dtype=int)) == 0.0                      # a constant is linked to nothing


def test_equal_size_share_puts_chance_at_one_half():
    # 4 training rows per holdout row: a fresh row is closer to training 80% of the time by chance
    assert equal_size_share(0.8, 4000, 1000) == pytest.approx(0.5)
    assert equal_size_share(1.0, 4000, 1000) == 1.0
    # odds 0.9/0.1 = 9 against chance odds 4: 9/4 -> share 9/13
    assert equal_size_share(0.9, 4000, 1000) == pytest.approx(9 / 13)


def test_impossible_combinations_by_hand():
    # 20 husbands (all male) and 20 wives (all female): chance alone predicts 40 * 0.5 * 0.5 = 10
    # female husbands, and there are none, so that pair is impossible.
    schema = Schema([ColumnSpec("relationship", ColumnType.CATEGORICAL), ColumnSpec("sex", ColumnType.CATEGORICAL)])
    real = pd.DataFrame({"relationship": ["Husband"] * 20 + ["Wife"] * 20, "sex": ["Male"] * 20 + ["Female"] * 20})
    synthetic = pd.DataFrame({"relationship": ["Husband", "Husband", "Wife", "Wife"],
                              "sex": ["Male", "Female", "Female", "Female"]})
    data = prepare(real, real.iloc[:0], synthetic, schema)
    found = impossible_combinations(data, data.train, data.synthetic, data.holdout)
    assert found["impossible_combinations"] == pytest.approx(0.25)
    assert found["examples"][0] == {"column_a": "relationship", "value_a": "Husband", "column_b": "sex",
                                    "value_b": "Female", "synthetic_rows": 1}


def test_category_coverage_and_rare_categories_by_hand():
    schema = Schema([ColumnSpec("c", ColumnType.CATEGORICAL)])
    real = pd.DataFrame({"c": ["a"] * 150 + ["b"] * 49 + ["rare"]})          # "rare" is 0.5% of the rows
    synthetic = pd.DataFrame({"c": ["a"] * 8 + ["new", "new"]})              # b and rare lost, new invented
    data = prepare(real, real.iloc[:0], synthetic, schema)
    found = categories(data, data.train, data.synthetic)
    assert found["category_coverage"] == pytest.approx(1 / 3)
    assert found["rare_categories_kept"] == 0.0
    assert found["columns"][0]["rare_lost"] == ["rare"]
    assert found["unseen_categories"] == pytest.approx(0.2)
    assert found["columns"][0]["invented"] == ["new"]


def test_categories_compare_equal_across_file_formats():
    assert canonical_categories(pd.Series([1, 2, None], dtype="Int64")).tolist() == ["1", "2", None]
    assert canonical_categories(pd.Series([1.0, 2.5, np.nan])).tolist() == ["1", "2.5", None]
    assert canonical_categories(pd.Series(["1", True, 3.0], dtype=object)).tolist() == ["1", "True", "3"]


def test_identifier_columns_are_never_measured():
    schema = Schema([ColumnSpec("id", ColumnType.INTEGER, Role.IDENTIFIER),
                     ColumnSpec("email", ColumnType.TEXT, Role.DIRECT_IDENTIFIER),
                     ColumnSpec("x", ColumnType.INTEGER)])
    real = pd.DataFrame({"id": range(40), "email": [f"p{i}@example.org" for i in range(40)], "x": range(40)})
    synthetic = real.assign(id=range(100, 140), email="someone@example.org")   # new keys, same rows
    report = evaluate(real.iloc[:30], real.iloc[30:], synthetic.iloc[:30], schema)
    assert set(report.info["excluded"]) == {"id", "email"}
    assert [c["name"] for c in report.info["columns"]] == ["x"]
    # the rows are copies once the regenerated keys are ignored
    assert report.details["privacy"]["exact_copies"]["synthetic_copy_share"] == 1.0


def test_report_is_plain_json_and_round_trips(tiny_report):
    text = json.dumps(tiny_report.to_dict(), allow_nan=False)
    again = type(tiny_report).from_dict(json.loads(text))
    assert again.metrics == tiny_report.metrics
    assert again.gate.overall == tiny_report.gate.overall
    assert again.to_dict() == json.loads(text)


def test_same_seed_gives_the_same_report():
    first = evaluate(REAL, HOLDOUT, SYNTHETIC, SCHEMA, seed=7).to_dict()
    second = evaluate(REAL, HOLDOUT, SYNTHETIC, SCHEMA, seed=7).to_dict()
    for report in (first, second):
        report["info"].pop("timings")
        report["info"].pop("cpu_seconds")
    assert first == second


def test_progress_rises_to_one_and_cancel_stops_the_work():
    seen: list[float] = []
    evaluate(REAL, HOLDOUT, SYNTHETIC, SCHEMA, progress=lambda fraction, message: seen.append(fraction))
    assert seen[0] == 0.0 and seen[-1] == pytest.approx(1.0)
    assert all(b >= a - 1e-9 for a, b in zip(seen, seen[1:]))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        evaluate(REAL, HOLDOUT, SYNTHETIC, SCHEMA, cancel=cancel)


@pytest.fixture(scope="module")
def german(shared_data):
    frame = pd.read_csv(shared_data / "german_credit.csv")
    numbers = {"duration", "credit_amount", "installment_commitment", "residence_since", "age",
               "existing_credits", "num_dependents", "class"}      # the target is stored as 1/2
    schema = Schema([ColumnSpec(c, ColumnType.INTEGER if c in numbers else ColumnType.CATEGORICAL)
                     for c in frame.columns])
    return frame.iloc[:750], frame.iloc[750:], schema


def test_training_on_the_real_rows_themselves_keeps_exactly_all_skill(german):
    # synthetic == training rows: both models see the same rows in the same order with the same
    # seed, so they predict identically and every ratio is exactly 1
    train, holdout, schema = german
    report = evaluate(train, holdout, train, schema, target="class")
    utility = report.details["utility"]
    assert utility["task"] == "classification"          # a number with two values is a class
    assert utility["real"] == utility["synthetic"]
    assert report.metrics["prediction_skill_kept"] == 1.0


def test_number_target_is_scored_with_r2_and_mae(german):
    train, holdout, schema = german
    rng = np.random.default_rng(0)
    shuffled = pd.DataFrame({c: rng.permutation(train[c].to_numpy()) for c in train.columns})
    report = evaluate(train, holdout, shuffled, schema, target="credit_amount")
    utility = report.details["utility"]
    assert utility["task"] == "regression" and set(utility["real"]) == {"r2", "mae"}
    assert utility["real"]["r2"] > 0.3                   # duration predicts the amount on real data
    assert report.metrics["prediction_skill_kept"] < 0.1  # nothing is left once columns are shuffled
    assert utility["ratio"]["mae"] > 1                   # larger errors when trained on shuffled data
