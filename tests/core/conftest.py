"""Real tables, real rows and fitted generators shared by core tests (schema, fairness, modes).

Only fixtures that a test asks for by name live here (nothing autouse), so other core tests
are unaffected. Rows are a seeded sample of the shared datasets, small enough for seconds.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from synthstudio.core.dataset import load_dataset
from synthstudio.core.evaluation.holdout import split_holdout
from synthstudio.core.generators import create_generator
from synthstudio.core.generators.base import Estimate, FitReport, Generator, GeneratorInfo
from synthstudio.core.schema import ColumnSpec, ColumnType, PiiKind, Role, Schema

SAMPLE_ROWS = 3_000
ADULT_ROLES = {"sex": Role.SENSITIVE, "race": Role.SENSITIVE, "age": Role.QUASI_IDENTIFIER,
               "marital-status": Role.QUASI_IDENTIFIER, "income": Role.TARGET}
COMPAS_COLUMNS = ["id", "c_case_number", "sex", "age", "age_cat", "race", "juv_fel_count", "priors_count",
                  "c_charge_degree", "decile_score", "score_text", "two_year_recid"]
COMPAS_SPECS = {"id": (ColumnType.IDENTIFIER, Role.IDENTIFIER),
                "c_case_number": (ColumnType.IDENTIFIER, Role.DIRECT_IDENTIFIER),
                "race": (ColumnType.CATEGORICAL, Role.SENSITIVE), "sex": (ColumnType.CATEGORICAL, Role.SENSITIVE),
                "age": (ColumnType.INTEGER, Role.QUASI_IDENTIFIER),
                "two_year_recid": (ColumnType.BOOLEAN, Role.TARGET)}


def schema_for(frame: pd.DataFrame, specs: dict[str, tuple[ColumnType, Role]] | None = None,
               roles: dict[str, Role] | None = None) -> Schema:
    """Integers as integer, everything else as categories, with the given types and roles."""
    columns = []
    for name in frame.columns:
        column_type = ColumnType.INTEGER if pd.api.types.is_integer_dtype(frame[name]) else ColumnType.CATEGORICAL
        role = Role.PLAIN
        if specs and name in specs:
            column_type, role = specs[name]
        if roles and name in roles:
            role = roles[name]
        pii = PiiKind.CASE_NUMBER if role is Role.DIRECT_IDENTIFIER else None
        columns.append(ColumnSpec(name, column_type, role, pii_kind=pii))
    return Schema(columns)


class ReplayGenerator(Generator):
    """A test double that "generates" by redrawing the training rows with replacement: a perfectly
    faithful generator, so it reproduces every bias and every relationship of the real rows."""

    info = GeneratorInfo(key="replay", name="Replay (test double)", description="Redraws training rows.",
                         family="test")

    @classmethod
    def estimate(cls, n_rows: int, n_columns: int, params: dict[str, Any] | None = None,
                 device: str = "cpu") -> Estimate:
        return Estimate(0.0, 0.0, "cpu")

    def _fit(self, data, schema, seed, report: FitReport, progress, cancel) -> None:
        self.rows = data.reset_index(drop=True)

    def _sample(self, n, seed, progress, cancel) -> pd.DataFrame:
        picks = np.random.default_rng(seed).integers(0, len(self.rows), n)
        return self.rows.iloc[picks].reset_index(drop=True)


@pytest.fixture(scope="module")
def adult(shared_data) -> pd.DataFrame:
    """The whole Adult table as SynthStudio loads it (a fresh copy per test module)."""
    return load_dataset(shared_data / "adult.csv").frame


@pytest.fixture(scope="module")
def compas(shared_data) -> pd.DataFrame:
    """The whole COMPAS table as SynthStudio loads it (a fresh copy per test module)."""
    return load_dataset(shared_data / "compas.csv").frame


@pytest.fixture(scope="session")
def _limit_native_threads():
    """The test machine's 2 cores are shared: OpenMP's spinning threads in scikit-learn's gradient
    boosting made one small model 10-20x slower under load (measured 47 s vs 2.8 s with one thread)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        yield


@pytest.fixture(scope="session")
def adult_sample(shared_data, _limit_native_threads) -> pd.DataFrame:
    frame = load_dataset(shared_data / "adult.csv").frame
    return frame.sample(SAMPLE_ROWS, random_state=0).reset_index(drop=True)


@pytest.fixture(scope="session")
def adult_sample_schema(adult_sample) -> Schema:
    return schema_for(adult_sample, roles=ADULT_ROLES)


@pytest.fixture(scope="session")
def compas_sample(shared_data, _limit_native_threads) -> pd.DataFrame:
    frame = load_dataset(shared_data / "compas.csv").frame[COMPAS_COLUMNS]
    return frame.sample(SAMPLE_ROWS, random_state=0).reset_index(drop=True)


@pytest.fixture(scope="session")
def compas_sample_schema(compas_sample) -> Schema:
    return schema_for(compas_sample, specs=COMPAS_SPECS)


ARGN_COLUMNS = ["age", "education", "marital-status", "occupation", "relationship", "race", "sex", "hours-per-week",
                "income"]


@pytest.fixture(scope="session")
def adult_argn(adult_sample, tmp_path_factory):
    """(TabularARGN fitted on 75% of the adult sample, its training rows, the holdout rows, the schema).

    Nine columns plus a made-up record key (an identifier, never learned), a Small model and six
    quick epochs: about half a minute on 2 cores, and enough to learn adult's gap in >50K incomes
    between women and men (a 2-epoch model samples nearly equal rates, which would prove nothing)."""
    rows = adult_sample[ARGN_COLUMNS].assign(record=[f"A-{i:05d}" for i in range(len(adult_sample))])
    schema = schema_for(rows, specs={"record": (ColumnType.IDENTIFIER, Role.IDENTIFIER)}, roles=ADULT_ROLES)
    train, holdout = split_holdout(rows, 0.25, seed=0, stratify_on="income")
    generator = create_generator("tabular_argn", model_size="Small", max_epochs=6, batch_size=128)
    generator.workspace_root = tmp_path_factory.mktemp("argn")
    generator.fit(train, schema, seed=0)
    yield generator, train, holdout, schema
    generator.close()


def _fitted_copula(rows: pd.DataFrame, schema: Schema, target: str):
    train, holdout = split_holdout(rows, 0.25, seed=0, stratify_on=target)
    generator = create_generator("gaussian_copula")
    generator.fit(train, schema, seed=0)
    return generator, train, holdout


@pytest.fixture(scope="session")
def adult_copula(adult_sample, adult_sample_schema):
    """(Gaussian copula fitted on 75% of the adult sample, its training rows, the holdout rows)."""
    return _fitted_copula(adult_sample, adult_sample_schema, "income")


@pytest.fixture(scope="session")
def compas_copula(compas_sample, compas_sample_schema):
    return _fitted_copula(compas_sample, compas_sample_schema, "two_year_recid")


@pytest.fixture(scope="session")
def make_replay():
    """``make_replay(rows, schema)``: a :class:`ReplayGenerator` fitted on ``rows``."""
    def make(rows: pd.DataFrame, schema: Schema) -> ReplayGenerator:
        generator = ReplayGenerator()
        generator.fit(rows, schema, seed=0)
        return generator
    return make


@pytest.fixture(scope="session")
def adult_replay(make_replay, adult_sample, adult_sample_schema) -> ReplayGenerator:
    return make_replay(adult_sample, adult_sample_schema)


@pytest.fixture(scope="session")
def adult_fairness_record(adult_copula, adult_sample_schema) -> dict:
    """The run record's ``fairness`` part (as JSON gives it back) for a four-fifths target on sex and
    income, enforced on the adult copula and verified on the released rows and on models."""
    import json

    from synthstudio.core.fairness.enforce import enforce_fairness
    from synthstudio.core.fairness.targets import FairnessTarget
    from synthstudio.core.fairness.verify import verify_fairness

    generator, train, holdout = adult_copula
    target = FairnessTarget.parse("sensitive=sex;target=income;favourable=>50K;metric=disparate_impact;threshold=0.8")
    result = enforce_fairness(generator, len(train), target, train, seed=0)
    verification = verify_fairness(target, train, holdout, result.table, adult_sample_schema,
                                   plain=result.uncorrected, seed=0)
    return json.loads(json.dumps(verification.to_dict()))
