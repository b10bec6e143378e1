"""Metadata-only generation: right columns, types and domains, and nothing learned from rows."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from synthstudio.core.errors import BadInputError
from synthstudio.core.generators import create_generator, generator_info
from synthstudio.core.generators.metadata_only import (
    ColumnDomain,
    MetadataOnlyGenerator,
    _round_outward,
    declare_domains,
)
from synthstudio.core.schema import ColumnSpec, ColumnType, PiiKind, Role, Schema

N = 2_000


def _schema(frame: pd.DataFrame, **overrides: ColumnSpec) -> Schema:
    return Schema([overrides.get(name) or ColumnSpec(
        name, ColumnType.INTEGER if pd.api.types.is_integer_dtype(frame[name]) else ColumnType.CATEGORICAL)
        for name in frame.columns])


@pytest.fixture(scope="module")
def adult(shared_data) -> pd.DataFrame:
    return pd.read_csv(shared_data / "adult.csv", skipinitialspace=True, na_values="?")


@pytest.fixture(scope="module")
def adult_schema(adult) -> Schema:
    schema = _schema(adult)
    for spec in schema.columns:
        spec.missing_share = float(adult[spec.name].isna().mean())
    return schema


@pytest.fixture(scope="module")
def fitted(adult, adult_schema) -> MetadataOnlyGenerator:
    generator = MetadataOnlyGenerator()
    generator.fit(adult, adult_schema, seed=0)
    return generator


def test_it_says_plainly_that_no_rows_are_learned():
    info = generator_info("metadata_only")
    assert not info.learns_from_rows and not info.can_use_gpu and info.family == "metadata"
    assert "no statistical value" in info.description
    assert isinstance(create_generator("metadata_only"), MetadataOnlyGenerator)
    small, big = MetadataOnlyGenerator.estimate(1_000, 10), MetadataOnlyGenerator.estimate(1_000_000, 10)
    assert 0 < small.seconds < big.seconds and small.memory_mb < big.memory_mb and big.device == "cpu"


@pytest.mark.parametrize("value, up, expected", [
    (17, False, 17), (90, True, 90), (12_285, False, 12_000), (1_484_705, True, 1_500_000),
    (99_999, True, 100_000), (-267, False, -270), (-267, True, -260), (0.01234, False, 0.012), (0, True, 0)])
def test_number_limits_are_rounded_outward(value, up, expected):
    assert _round_outward(value, 2, up) == pytest.approx(expected)


def test_the_declared_domain_is_coarse(fitted, adult):
    domains = fitted.domains
    assert domains["fnlwgt"] == ColumnDomain("number", 12_000, 1_500_000, 0)
    assert (domains["age"].minimum, domains["age"].maximum) == (17, 90)
    assert domains["race"].values == sorted(adult["race"].unique())
    assert domains["workclass"].missing_share == pytest.approx(adult["workclass"].isna().mean())
    round_trip = {k: ColumnDomain.from_dict(json.loads(json.dumps(d.to_dict()))) for k, d in domains.items()}
    assert round_trip == domains  # the run record can store exactly what was read


def test_sample_has_the_columns_types_and_domains(fitted, adult, adult_schema):
    synthetic = fitted.sample(N, seed=1)
    assert list(synthetic.columns) == list(adult.columns) and len(synthetic) == N
    for spec in adult_schema.columns:
        column, domain = synthetic[spec.name], fitted.domains[spec.name]
        if spec.type is ColumnType.INTEGER:
            assert column.dtype == "int64"
            assert domain.minimum <= column.min() and column.max() <= domain.maximum
        else:
            assert set(column.dropna()) <= set(adult[spec.name].dropna())
        assert column.isna().mean() == pytest.approx(spec.missing_share, abs=0.001)
    # every allowed value is equally likely: the real frequencies (85% White) are not learned
    assert synthetic["race"].value_counts(normalize=True).max() < 0.25


def test_no_synthetic_row_is_a_real_row(fitted, adult):
    synthetic = fitted.sample(N, seed=2)
    assert synthetic.merge(adult.drop_duplicates(), how="inner").empty


def test_only_the_domain_is_read_not_rows_frequencies_or_links(fitted, adult, adult_schema):
    """Shuffling each column on its own destroys every row and link between columns, and
    repeating rows changes every frequency: the output must not change at all."""
    rng = np.random.default_rng(0)
    scrambled = pd.DataFrame({name: rng.permutation(adult[name].to_numpy()) for name in adult.columns})
    scrambled = pd.concat([scrambled, scrambled.head(5_000)], ignore_index=True)
    other = MetadataOnlyGenerator()
    other.fit(scrambled, adult_schema, seed=0)
    pd.testing.assert_frame_equal(other.sample(500, seed=3), fitted.sample(500, seed=3))
    declared = MetadataOnlyGenerator()
    declared.fit_declared(adult_schema, {k: v.to_dict() for k, v in fitted.domains.items()})
    pd.testing.assert_frame_equal(declared.sample(500, seed=3), fitted.sample(500, seed=3))


def test_same_seed_same_rows_and_another_seed_other_rows(fitted):
    first = fitted.sample(300, seed=5)
    pd.testing.assert_frame_equal(first, fitted.sample(300, seed=5))
    assert not first.equals(fitted.sample(300, seed=6))


def test_dates_floats_text_and_identifiers_from_compas(shared_data):
    compas = pd.read_csv(shared_data / "compas.csv", nrows=1_000)
    compas = compas[["id", "c_case_number", "c_jail_in", "days_b_screening_arrest", "c_charge_desc", "sex"]]
    schema = Schema([
        ColumnSpec("id", ColumnType.IDENTIFIER, Role.IDENTIFIER),
        ColumnSpec("c_case_number", ColumnType.IDENTIFIER, Role.DIRECT_IDENTIFIER, pii_kind=PiiKind.CASE_NUMBER),
        ColumnSpec("c_jail_in", ColumnType.DATETIME, datetime_format="%Y-%m-%d %H:%M:%S"),
        ColumnSpec("days_b_screening_arrest", ColumnType.FLOAT, missing_share=0.04),
        ColumnSpec("c_charge_desc", ColumnType.TEXT),
        ColumnSpec("sex", ColumnType.CATEGORICAL)])
    generator = MetadataOnlyGenerator()
    generator.fit(compas, schema, seed=0)
    synthetic = generator.sample(500, seed=0)
    assert generator.domains["c_jail_in"].start == "2013-01-01"  # widened to the month's first day
    jail_in = pd.to_datetime(synthetic["c_jail_in"], format="%Y-%m-%d %H:%M:%S")
    assert jail_in.notna().all()
    assert jail_in.min() >= pd.Timestamp(generator.domains["c_jail_in"].start)
    assert jail_in.max() <= pd.Timestamp(generator.domains["c_jail_in"].end)
    floats = synthetic["days_b_screening_arrest"]
    assert floats.dtype == "float64" and floats.isna().sum() == 20
    assert not set(synthetic["c_charge_desc"]) & set(compas["c_charge_desc"])  # placeholder text only
    assert synthetic["id"].tolist() == list(range(1, 501))
    assert not set(synthetic["c_case_number"]) & set(compas["c_case_number"])
    assert generator.report.dropped_columns == ["id", "c_case_number"]


def test_a_domain_can_be_declared_without_any_table():
    schema = Schema([ColumnSpec("score", ColumnType.FLOAT), ColumnSpec("grade", ColumnType.CATEGORICAL)])
    generator = MetadataOnlyGenerator()
    with pytest.raises(BadInputError, match="grade"):
        generator.fit_declared(schema, {"score": ColumnDomain("number", 0, 20, 1)})
    generator.fit_declared(schema, {"score": {"kind": "number", "minimum": 0, "maximum": 20, "decimals": 1},
                                    "grade": ColumnDomain("category", values=["A", "B", "C"])})
    synthetic = generator.sample(200, seed=0)
    assert synthetic["score"].between(0, 20).all() and (synthetic["score"] * 10 % 1 == 0).all()
    assert set(synthetic["grade"]) == {"A", "B", "C"} and generator.report.learned_columns == ["score", "grade"]


def test_declaring_reads_only_learned_columns(adult):
    schema = _schema(adult, fnlwgt=ColumnSpec("fnlwgt", ColumnType.INTEGER, Role.IDENTIFIER))
    assert "fnlwgt" not in declare_domains(adult, schema)
