"""The metrics must be able to fail, on real data: a "generator" that copies its training rows
fails privacy; one that shuffles every column independently fails relationships and utility;
SDV's Gaussian copula passes the default release gate on the adult census table."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from synthstudio.core.dataset import load_dataset
from synthstudio.core.evaluation import FAIL, PASS, evaluate, split_holdout
from synthstudio.core.generators import create_generator
from synthstudio.core.schema import ColumnSpec, ColumnType, Role, Schema

pytestmark = pytest.mark.slow

ADULT_ROWS = 6_000   # enough for stable utility and privacy estimates, still seconds
ADULT_NUMBERS = {"age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"}
ADULT_ROLES = {"income": Role.TARGET, "sex": Role.SENSITIVE, "race": Role.SENSITIVE,
               "age": Role.QUASI_IDENTIFIER, "marital-status": Role.QUASI_IDENTIFIER,
               "native-country": Role.QUASI_IDENTIFIER}
PRIVACY_FAILURES = {"closer_to_training", "distance_ratio", "exact_copies", "membership_auc"}


def shuffle_columns(frame: pd.DataFrame, seed: int) -> pd.DataFrame:
    """Every column keeps its values, but each is shuffled on its own: all links are cut."""
    rng = np.random.default_rng(seed)
    return pd.DataFrame({name: rng.permutation(frame[name].to_numpy()) for name in frame.columns})


@pytest.fixture(scope="module")
def adult(shared_data):
    rows = load_dataset(shared_data / "adult.csv").frame.sample(ADULT_ROWS, random_state=0)
    schema = Schema([ColumnSpec(c, ColumnType.INTEGER if c in ADULT_NUMBERS else ColumnType.CATEGORICAL,
                                ADULT_ROLES.get(c, Role.PLAIN)) for c in rows.columns])
    train, holdout = split_holdout(rows, 0.25, seed=0, stratify_on="income")
    return train, holdout, schema


def test_copying_training_rows_fails_privacy(adult):
    train, holdout, schema = adult
    report = evaluate(train, holdout, train.sample(frac=1.0, random_state=1), schema)
    assert report.gate.overall == FAIL
    assert PRIVACY_FAILURES <= set(report.gate.failed)
    assert report.details["privacy"]["exact_copies"]["synthetic_copy_share"] == 1.0
    assert report.metrics["membership_auc"] > 0.9
    # it fails for privacy alone: as a likeness of the real data it is perfect
    assert report.gate.verdicts["column_shapes"].status == PASS
    assert report.gate.verdicts["relationships_kept"].status == PASS


def test_shuffled_columns_fail_relationships_and_utility(adult):
    train, holdout, schema = adult
    report = evaluate(train, holdout, shuffle_columns(train, seed=0), schema)
    assert report.gate.overall == FAIL
    assert {"relationships_kept", "prediction_skill_kept"} <= set(report.gate.failed)
    assert not PRIVACY_FAILURES & set(report.gate.failed)
    # every column on its own still looks perfect: the single-column scores cannot see the damage
    assert report.metrics["column_shapes"] > 0.99
    assert report.details["utility"]["task"] == "classification"


def test_gaussian_copula_passes_the_default_gate_on_adult(adult):
    train, holdout, schema = adult
    generator = create_generator("gaussian_copula")
    generator.fit(train, schema, seed=0)
    report = evaluate(train, holdout, generator.sample(len(train), seed=0), schema)
    assert report.gate.overall == PASS, (report.gate.failed, report.gate.warned, report.metrics)
    assert report.gate.can_release
    # it passes without copying anyone
    assert report.metrics["exact_copies"] == 0.0


def test_messy_table_with_dates_identifiers_and_missing_values(shared_data):
    frame = load_dataset(shared_data / "compas.csv").frame.sample(1_500, random_state=0)
    frame = frame[["id", "sex", "age", "race", "priors_count", "c_charge_degree", "c_jail_in",
                   "decile_score", "two_year_recid"]]
    types = {"id": ColumnType.INTEGER, "age": ColumnType.INTEGER, "priors_count": ColumnType.INTEGER,
             "decile_score": ColumnType.INTEGER, "c_jail_in": ColumnType.DATETIME}
    roles = {"id": Role.IDENTIFIER, "sex": Role.SENSITIVE, "race": Role.SENSITIVE, "age": Role.QUASI_IDENTIFIER,
             "two_year_recid": Role.TARGET}
    schema = Schema([ColumnSpec(c, types.get(c, ColumnType.CATEGORICAL), roles.get(c, Role.PLAIN),
                                datetime_format="%Y-%m-%d %H:%M:%S" if c == "c_jail_in" else None)
                     for c in frame.columns])
    train, holdout = split_holdout(frame, 0.25, seed=0, stratify_on="two_year_recid")
    report = evaluate(train, holdout, shuffle_columns(train, seed=0), schema)
    assert report.info["excluded"] == {"id": "identifier (a record key, regenerated, carries no information)"}
    columns = {row["column"]: row for row in report.details["fidelity"]["columns"]}
    assert columns["c_jail_in"]["kind"] == "datetime" and columns["c_jail_in"]["score"] > 0.99
    assert columns["c_jail_in"]["missing_real"] > 0          # jail dates are missing for some people
    assert report.details["utility"]["task"] == "classification"   # a 0/1 number target is a class
    assert "relationships_kept" in report.gate.failed
    assert report.metrics["attribute_inference"] is not None
