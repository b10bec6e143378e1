"""Identifier columns come back as fresh keys and fake values, never as real ones (COMPAS case numbers)."""
from __future__ import annotations

import pandas as pd
import pytest

from synthstudio.core.generators.identifiers import (
    MIN_ROWS_PER_SHAPE,
    KeyShape,
    describe_not_learned_columns,
    fill_not_learned_columns,
)
from synthstudio.core.schema import ColumnSpec, ColumnType, PiiKind, Role, Schema

N = 400


@pytest.fixture(scope="module")
def compas(shared_data) -> pd.DataFrame:
    return pd.read_csv(shared_data / "compas.csv", nrows=2_000)


@pytest.fixture(scope="module")
def schema() -> Schema:
    return Schema([
        ColumnSpec("id", ColumnType.IDENTIFIER, Role.IDENTIFIER),
        ColumnSpec("c_case_number", ColumnType.IDENTIFIER, Role.DIRECT_IDENTIFIER, pii_kind=PiiKind.CASE_NUMBER),
        ColumnSpec("r_case_number", ColumnType.IDENTIFIER, Role.DIRECT_IDENTIFIER, pii_kind=PiiKind.CASE_NUMBER,
                   missing_share=0.5),
        ColumnSpec("dob", ColumnType.DATETIME, Role.DIRECT_IDENTIFIER, pii_kind=PiiKind.DATE_OF_BIRTH,
                   datetime_format="%Y-%m-%d"),
        ColumnSpec("age", ColumnType.INTEGER),
    ])


@pytest.fixture(scope="module")
def shapes(compas, schema):
    return describe_not_learned_columns(compas, schema)


def test_only_the_written_shape_is_kept(shapes):
    assert set(shapes) == {"id", "c_case_number", "r_case_number", "dob"}  # age is learned, not described
    assert shapes["id"].numeric
    # "13011352CF10A", "12014130CF10A", ...: only the "0" every case number shares is kept as written
    assert shapes["c_case_number"] == KeyShape(numeric=False, mask="########??#0?")
    assert shapes["dob"].mask == "19##-##-##"


def test_keys_are_fresh_unique_and_shaped_like_the_real_ones(shapes, schema, compas):
    synthetic = fill_not_learned_columns(pd.DataFrame({"age": range(N)}), schema, seed=1, shapes=shapes)
    assert synthetic["id"].tolist() == list(range(1, N + 1)) and synthetic["id"].dtype == "int64"
    cases = synthetic["c_case_number"]
    mask = shapes["c_case_number"].mask
    pattern = "".join("[A-Z]" if ch == "?" else r"\d" if ch == "#" else ch for ch in mask)
    assert cases.str.fullmatch(pattern).all()
    assert not set(cases) & set(compas["c_case_number"].dropna())


def test_fake_direct_identifiers_follow_their_kind_and_missing_share(shapes, schema):
    synthetic = fill_not_learned_columns(pd.DataFrame({"age": range(N)}), schema, seed=1, shapes=shapes)
    assert synthetic["r_case_number"].isna().sum() == N // 2        # the schema's missing share
    dob = pd.to_datetime(synthetic["dob"], format="%Y-%m-%d")        # written like the real column
    assert dob.notna().all() and dob.min() > pd.Timestamp("1900-01-01")
    assert synthetic["dob"].nunique() > N / 2  # dates of a 100-year span: equal to a real one only by chance


def test_emails_names_and_phones_are_made_up_by_faker():
    schema = Schema([ColumnSpec("mail", ColumnType.TEXT, Role.DIRECT_IDENTIFIER, pii_kind=PiiKind.EMAIL),
                     ColumnSpec("name", ColumnType.TEXT, Role.DIRECT_IDENTIFIER, pii_kind=PiiKind.PERSON_NAME),
                     ColumnSpec("phone", ColumnType.TEXT, Role.DIRECT_IDENTIFIER, pii_kind=PiiKind.PHONE),
                     ColumnSpec("nir", ColumnType.TEXT, Role.DIRECT_IDENTIFIER, pii_kind=PiiKind.NATIONAL_ID)])
    synthetic = fill_not_learned_columns(pd.DataFrame(index=range(50)), schema, seed=3)
    assert synthetic["mail"].str.fullmatch(r"[^@\s]+@example\.(org|com|net)").all()  # reserved domains only
    assert synthetic["name"].str.fullmatch(r"\S.* \S.*").all()
    assert synthetic["phone"].str.contains(r"\d{3}").all()
    assert synthetic["nir"].str.fullmatch(r"\d{3}-\d{2}-\d{4}").all()
    assert synthetic.nunique().min() > 40


def test_a_fixed_prefix_is_kept_and_rare_shapes_are_not_copied():
    keys = pd.DataFrame({"key": [f"PAT-{10_000 + 4_099 * i:05d}" for i in range(20)],
                         "code": ["AB-1", "XYZ-22", "Q-333", "LMNO-4444", "R-55"]
                         * (MIN_ROWS_PER_SHAPE - 1)})  # each shape shared by too few rows
    schema = Schema([ColumnSpec("key", ColumnType.IDENTIFIER, Role.IDENTIFIER),
                     ColumnSpec("code", ColumnType.TEXT, Role.DIRECT_IDENTIFIER, pii_kind=PiiKind.OTHER)])
    shapes = describe_not_learned_columns(keys, schema)
    assert shapes["key"].mask == "PAT-#####" and shapes["code"].mask is None
    synthetic = fill_not_learned_columns(pd.DataFrame(index=range(30)), schema, seed=0, shapes=shapes)
    assert synthetic["key"].str.fullmatch(r"PAT-\d{5}").all() and synthetic["key"].is_unique
    assert not set(synthetic["code"]) & set(keys["code"])


def test_too_small_a_key_space_or_no_shape_gives_sequential_keys():
    schema = Schema([ColumnSpec("key", ColumnType.IDENTIFIER, Role.IDENTIFIER)])
    synthetic = fill_not_learned_columns(pd.DataFrame(index=range(500)), schema, seed=0,
                                         shapes={"key": KeyShape(mask="K#")})
    assert synthetic["key"].tolist() == [str(i) for i in range(1, 501)]
    unknown = fill_not_learned_columns(pd.DataFrame(index=range(3)), schema, seed=0)  # no table was seen
    assert unknown["key"].tolist() == [1, 2, 3]


def test_same_seed_same_values_and_each_column_has_its_own_stream(shapes, schema):
    frame = pd.DataFrame({"age": range(N)})
    first = fill_not_learned_columns(frame, schema, seed=7, shapes=shapes)
    pd.testing.assert_frame_equal(first, fill_not_learned_columns(frame, schema, seed=7, shapes=shapes))
    assert not first["c_case_number"].equals(fill_not_learned_columns(frame, schema, 8, shapes)["c_case_number"])
    fewer = Schema([c for c in schema.columns if c.name != "c_case_number"])
    pd.testing.assert_series_equal(fill_not_learned_columns(frame, fewer, seed=7, shapes=shapes)["dob"],
                                   first["dob"])


def test_learned_columns_and_index_are_left_alone(schema, shapes):
    frame = pd.DataFrame({"age": [30, 40, 50]}, index=[10, 11, 12])
    synthetic = fill_not_learned_columns(frame, schema, seed=0, shapes=shapes)
    assert synthetic["age"].tolist() == [30, 40, 50] and synthetic["id"].tolist() == [1, 2, 3]
    assert frame.columns.tolist() == ["age"]  # the caller's frame is not modified
