"""Schema detection on the real shared datasets, PII found in fake personal columns, and the
user's overrides kept through the JSON round trip."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from faker import Faker

from synthstudio.core.dataset import load_dataset
from synthstudio.core.errors import BadInputError
from synthstudio.core.schema import ColumnType, PiiKind, Role, Schema, detect_schema

T, R = ColumnType, Role


@pytest.fixture(scope="module")
def german(shared_data) -> pd.DataFrame:
    return load_dataset(shared_data / "german_credit.csv").frame


@pytest.fixture(scope="module")
def adult_schema(adult) -> Schema:
    return detect_schema(adult)


@pytest.fixture(scope="module")
def compas_schema(compas) -> Schema:
    return detect_schema(compas)


@pytest.fixture(scope="module")
def german_schema(german) -> Schema:
    return detect_schema(german)


def _kinds(schema: Schema) -> dict[str, tuple[ColumnType, Role]]:
    return {c.name: (c.type, c.role) for c in schema.columns}


def _assert_consistent(schema: Schema, frame: pd.DataFrame) -> None:
    assert schema.names == [str(c) for c in frame.columns]
    for spec in schema.columns:
        assert spec.detected_type is spec.type
        assert spec.note, spec.name
        assert spec.n_distinct == frame[spec.name].nunique()
        assert spec.missing_share == pytest.approx(frame[spec.name].isna().mean(), abs=1e-6)
        assert (spec.datetime_format is not None) == (spec.type is T.DATETIME)
        assert (spec.pii_kind is not None) == (spec.role is R.DIRECT_IDENTIFIER)


# -- the shared datasets ----------------------------------------------------------------

def test_adult_types_and_roles(adult, adult_schema):
    _assert_consistent(adult_schema, adult)
    kinds = _kinds(adult_schema)
    assert kinds["age"] == (T.INTEGER, R.QUASI_IDENTIFIER)
    assert kinds["education-num"] == (T.INTEGER, R.PLAIN)
    assert kinds["fnlwgt"] == (T.INTEGER, R.PLAIN)          # a census weight, not a key
    assert kinds["capital-gain"] == (T.INTEGER, R.PLAIN)
    assert kinds["sex"] == (T.CATEGORICAL, R.SENSITIVE)
    assert kinds["race"] == (T.CATEGORICAL, R.SENSITIVE)
    for name in ("marital-status", "occupation", "native-country"):
        assert kinds[name] == (T.CATEGORICAL, R.QUASI_IDENTIFIER), name
    assert kinds["income"] == (T.CATEGORICAL, R.TARGET)
    assert adult_schema.target == "income"
    assert kinds["education"] == (T.CATEGORICAL, R.PLAIN)
    workclass = adult_schema.column("workclass")
    assert workclass.n_distinct == 8
    assert workclass.missing_share == pytest.approx(1836 / 32561, abs=1e-6)
    assert adult_schema.with_role(R.DIRECT_IDENTIFIER, R.IDENTIFIER) == []


def test_compas_types_and_roles(compas, compas_schema):
    _assert_consistent(compas_schema, compas)
    kinds = _kinds(compas_schema)
    assert kinds["id"] == (T.IDENTIFIER, R.IDENTIFIER)
    assert "sequential" in compas_schema.column("id").note

    dob = compas_schema.column("dob")
    assert (dob.type, dob.role, dob.pii_kind) == (T.DATETIME, R.DIRECT_IDENTIFIER, PiiKind.DATE_OF_BIRTH)
    assert dob.datetime_format == "%Y-%m-%d"
    for name in ("c_case_number", "r_case_number", "vr_case_number"):
        spec = compas_schema.column(name)
        assert (spec.type, spec.role, spec.pii_kind) == (T.IDENTIFIER, R.DIRECT_IDENTIFIER, PiiKind.CASE_NUMBER)
    # Nothing else in the file is taken for personal data.
    assert {c.name for c in compas_schema.with_role(R.DIRECT_IDENTIFIER)} == {
        "dob", "c_case_number", "r_case_number", "vr_case_number"}

    # Jail times are unique too, but a datetime is never a record key.
    jail_in = compas_schema.column("c_jail_in")
    assert (jail_in.type, jail_in.role, jail_in.datetime_format) == (T.DATETIME, R.PLAIN, "%Y-%m-%d %H:%M:%S")
    for name in ("screening_date", "c_offense_date", "r_jail_in", "out_custody"):
        assert compas_schema.column(name).datetime_format == "%Y-%m-%d", name

    assert kinds["c_charge_desc"] == (T.CATEGORICAL, R.PLAIN)    # a repeated vocabulary of charges
    assert kinds["c_charge_degree"] == (T.CATEGORICAL, R.PLAIN)  # F/M: not a yes/no pair
    assert kinds["sex"] == (T.CATEGORICAL, R.SENSITIVE)
    assert kinds["race"] == (T.CATEGORICAL, R.SENSITIVE)
    assert kinds["age"] == (T.INTEGER, R.QUASI_IDENTIFIER)
    assert kinds["age_cat"] == (T.CATEGORICAL, R.QUASI_IDENTIFIER)
    assert kinds["decile_score"] == (T.INTEGER, R.PLAIN)       # SDV says "ordinal"
    assert kinds["juv_misd_count"] == (T.INTEGER, R.PLAIN)
    assert kinds["days_b_screening_arrest"] == (T.INTEGER, R.PLAIN)  # whole numbers with gaps
    assert kinds["is_recid"] == (T.BOOLEAN, R.PLAIN)
    assert kinds["two_year_recid"] == (T.BOOLEAN, R.TARGET)
    assert compas_schema.with_role(R.TARGET) == [compas_schema.column("two_year_recid")]

    violent = compas_schema.column("violent_recid")
    assert (violent.missing_share, violent.n_distinct, violent.role) == (1.0, 0, R.PLAIN)
    assert "missing" in violent.note
    assert compas_schema.column("type_of_assessment").note == "the same value in every row"

    learned = set(compas_schema.learned_columns)
    assert not learned & {"id", "dob", "c_case_number", "r_case_number", "vr_case_number"}
    assert {"age", "sex", "race", "two_year_recid", "c_jail_in"} <= learned


def test_german_credit_types_and_roles(german, german_schema):
    _assert_consistent(german_schema, german)
    kinds = _kinds(german_schema)
    assert kinds["class"] == (T.CATEGORICAL, R.TARGET)        # coded 1 = good, 2 = bad
    assert "1 and 2" in german_schema.column("class").note
    assert kinds["installment_commitment"] == (T.INTEGER, R.PLAIN)
    assert kinds["duration"] == (T.INTEGER, R.PLAIN)
    assert kinds["credit_amount"] == (T.INTEGER, R.PLAIN)
    assert kinds["age"] == (T.INTEGER, R.QUASI_IDENTIFIER)
    assert kinds["personal_status"] == (T.CATEGORICAL, R.SENSITIVE)   # encodes sex
    # "own_telephone" holds two codes (A191/A192), not phone numbers.
    assert kinds["own_telephone"] == (T.CATEGORICAL, R.PLAIN)
    assert kinds["checking_status"] == (T.CATEGORICAL, R.PLAIN)
    assert all(c.missing_share == 0.0 for c in german_schema.columns)
    assert german_schema.with_role(R.DIRECT_IDENTIFIER, R.IDENTIFIER) == []


def test_unique_numbers_in_a_small_sample_are_not_a_key(adult):
    head = adult.head(200)
    assert head["fnlwgt"].is_unique   # SDV's own key inference picks it as the primary key here
    spec = detect_schema(head).column("fnlwgt")
    assert (spec.type, spec.role) == (T.INTEGER, R.PLAIN)


def test_detection_is_reproducible(compas, compas_schema):
    assert detect_schema(compas).to_json() == compas_schema.to_json()


# -- personal data in a copy of compas ----------------------------------------------------

def test_direct_identifiers_found_from_values(compas):
    frame = compas.head(800).copy()
    n = len(frame)
    us, fr, es = Faker("en_US"), Faker("fr_FR"), Faker("es_ES")
    for index, fake in enumerate((us, fr, es)):
        fake.seed_instance(20240 + index)
    frame["full_name"] = [us.name() for _ in range(n)]
    frame["contact"] = [us.email() for _ in range(n)]               # emails under a neutral name
    frame["person"] = [fr.name() for _ in range(n)]                 # French names, neutral name
    frame["first_name"] = [us.first_name() for _ in range(n)]       # repeats a lot: the name helps
    frame["phone"] = [us.phone_number() for _ in range(n)]
    frame["numero"] = [fr.phone_number() for _ in range(n)]         # "+33 (0)4 71 00 08 06"
    frame["ssn"] = [us.ssn() for _ in range(n)]
    frame["ref"] = [fr.ssn() for _ in range(n)]                     # French NIR, found by its control key
    frame["doc"] = [es.nif() for _ in range(n)]                     # Spanish DNI, found by its control letter
    schema = detect_schema(frame)

    expected = {
        "full_name": PiiKind.PERSON_NAME, "contact": PiiKind.EMAIL, "person": PiiKind.PERSON_NAME,
        "first_name": PiiKind.PERSON_NAME, "phone": PiiKind.PHONE, "numero": PiiKind.PHONE,
        "ssn": PiiKind.NATIONAL_ID, "ref": PiiKind.NATIONAL_ID, "doc": PiiKind.NATIONAL_ID,
        "dob": PiiKind.DATE_OF_BIRTH, "c_case_number": PiiKind.CASE_NUMBER,
        "r_case_number": PiiKind.CASE_NUMBER, "vr_case_number": PiiKind.CASE_NUMBER,
    }
    found = {c.name: c.pii_kind for c in schema.with_role(R.DIRECT_IDENTIFIER)}
    assert found == expected
    for name in expected.keys() - {"dob"}:
        assert schema.column(name).type is T.IDENTIFIER, name
    assert not set(expected) & set(schema.learned_columns)
    # The original columns keep their detection.
    assert _kinds(schema)["c_charge_desc"] == (T.CATEGORICAL, R.PLAIN)
    assert _kinds(schema)["sex"] == (T.CATEGORICAL, R.SENSITIVE)


def test_french_nir_stored_as_numbers_is_found():
    fake = Faker("fr_FR")
    fake.seed_instance(3)
    numbers = [int(v) for v in (fake.ssn() for _ in range(400)) if v.isdigit()][:200]
    frame = pd.DataFrame({"x": numbers, "amount": np.arange(200) * 7 + 13})
    spec = detect_schema(frame).column("x")
    assert (spec.role, spec.pii_kind) == (R.DIRECT_IDENTIFIER, PiiKind.NATIONAL_ID)
    assert detect_schema(frame).column("amount").role is R.PLAIN


def test_pii_recognised_by_sdv_from_the_name():
    fake = Faker("en_US")
    fake.seed_instance(5)
    frame = pd.DataFrame({
        "iban": [fake.iban() for _ in range(300)],
        "city": [fake.city() for _ in range(300)],
        "has_iban": ["yes", "no", "No"] * 100,
        "iban_country": ["FR", "DE", "ES"] * 100,   # SDV: "iban" from the name alone
        "id_type": [1, 2, 3] * 100,   # SDV calls any column with "id" in its name an id
    })
    schema = detect_schema(frame)
    assert (schema.column("iban").role, schema.column("iban").pii_kind) == (R.DIRECT_IDENTIFIER, PiiKind.OTHER)
    assert schema.column("city").role is R.QUASI_IDENTIFIER
    assert _kinds(schema)["has_iban"] == (T.BOOLEAN, R.PLAIN)
    assert _kinds(schema)["iban_country"] == (T.CATEGORICAL, R.PLAIN)
    assert _kinds(schema)["id_type"] == (T.INTEGER, R.PLAIN)


# -- types from values ------------------------------------------------------------------

def test_booleans_codes_and_text():
    rows = 60
    rng = np.random.default_rng(1)
    fake = Faker("en_US")
    fake.seed_instance(1)
    frame = pd.DataFrame({
        "answer": rng.choice(["Yes", "No"], rows),
        "flag": rng.choice([0.0, 1.0, np.nan], rows),          # 0/1 with gaps
        "done": rng.choice([True, False], rows),
        "group": rng.choice([1, 2], rows),                      # two codes: categories
        "level": rng.choice([1, 2, 3, 4], rows),
        "postcode": rng.choice([75001, 75002, 69001, 13001], rows),
        "comment": [fake.sentence(nb_words=9) for _ in range(rows)],
        "weight": rng.normal(70, 10, rows).round(2),
        "row_code": [f"REC-{i:05d}-X" for i in range(rows)],
    })
    kinds = _kinds(detect_schema(frame))
    assert kinds["answer"] == (T.BOOLEAN, R.PLAIN)
    assert kinds["flag"] == (T.BOOLEAN, R.PLAIN)
    assert kinds["done"] == (T.BOOLEAN, R.PLAIN)
    assert kinds["group"] == (T.CATEGORICAL, R.PLAIN)
    assert kinds["level"] == (T.INTEGER, R.PLAIN)
    assert kinds["postcode"] == (T.CATEGORICAL, R.QUASI_IDENTIFIER)
    assert kinds["comment"] == (T.TEXT, R.PLAIN)
    assert kinds["weight"] == (T.FLOAT, R.PLAIN)
    assert kinds["row_code"] == (T.IDENTIFIER, R.IDENTIFIER)


def test_datetime_formats_day_first_month_first_and_stored():
    rows = 40
    days = pd.date_range("2021-01-01", periods=rows, freq="7D")
    frame = pd.DataFrame({
        "visit": days.strftime("%d/%m/%Y"),            # days above 12 settle it
        "seen": days.strftime("%m/%d/%Y %H:%M"),
        "when": (pd.date_range("2015-01-01", periods=rows, freq="MS")
                 + pd.to_timedelta(np.arange(rows) % 12, unit="D")).strftime("%d/%m/%Y"),
        "stored": days,
        "stamp": days + pd.Timedelta(seconds=90),
        "birth_date": pd.date_range("1950-01-13", periods=rows, freq="400D").strftime("%Y-%m-%d"),
    })
    frame.loc[3, "visit"] = None
    schema = detect_schema(frame)
    assert schema.column("visit").datetime_format == "%d/%m/%Y"
    assert schema.column("seen").datetime_format == "%m/%d/%Y %H:%M"
    when = schema.column("when")    # every value is the 1st..12th: could be either
    assert when.datetime_format == "%d/%m/%Y" and "day first" in when.note
    assert "day first" not in schema.column("visit").note
    assert schema.column("stored").datetime_format == "%Y-%m-%d"
    assert schema.column("stamp").datetime_format == "%Y-%m-%d %H:%M:%S"
    birth = schema.column("birth_date")
    assert (birth.type, birth.role, birth.pii_kind) == (T.DATETIME, R.DIRECT_IDENTIFIER, PiiKind.DATE_OF_BIRTH)


def test_value_labels_from_spss_or_stata():
    frame = pd.DataFrame({
        "region": [1.0, 2.0, 3.0, 1.0] * 10,
        "sex": pd.Categorical(["Male", "Female"] * 20),   # how the loader shows labelled codes
        "age": list(range(20, 39)) * 2 + [99, 99],        # only the "refused" code has a label
    })
    labels = {"region": {1.0: "North", 2.0: "South", 3.0: "East"}, "sex": {1: "Male", 2: "Female"},
              "age": {99: "Refused"}}
    schema = detect_schema(frame, value_labels=labels)
    assert schema.column("region").type is T.CATEGORICAL
    assert schema.column("region").value_labels == {"1": "North", "2": "South", "3": "East"}
    assert (schema.column("sex").type, schema.column("sex").role) == (T.CATEGORICAL, R.SENSITIVE)
    assert schema.column("age").type is T.INTEGER
    assert schema.column("age").value_labels == {"99": "Refused"}
    assert Schema.from_json(schema.to_json()) == schema


def test_duplicate_or_numeric_column_names():
    with pytest.raises(BadInputError) as caught:
        detect_schema(pd.DataFrame([[1, 2]] * 30, columns=["a", "a"]))
    assert "a" in caught.value.message and caught.value.remedy
    schema = detect_schema(pd.DataFrame({0: range(30), 1: ["x", "y"] * 15}))
    assert schema.names == ["0", "1"]


# -- the user's overrides ---------------------------------------------------------------

def test_overrides_survive_the_json_round_trip(german_schema):
    schema = german_schema.copy()
    schema.set_type("installment_commitment", T.CATEGORICAL)
    schema.set_role("age", R.SENSITIVE)
    schema.set_role("foreign_worker", R.SENSITIVE)
    schema.set_role("credit_amount", R.TARGET)
    restored = Schema.from_json(schema.to_json())
    assert restored == schema
    commitment = restored.column("installment_commitment")
    assert (commitment.type, commitment.detected_type) == (T.CATEGORICAL, T.INTEGER)
    assert restored.column("age").role is R.SENSITIVE
    assert restored.column("foreign_worker").role is R.SENSITIVE
    assert restored.target == "credit_amount"
    assert restored.column("class").role is R.PLAIN    # one target at a time
    assert german_schema.target == "class"             # the copy was changed, not the original


def test_datetime_override_keeps_format_and_detected_type(compas_schema):
    schema = compas_schema.copy()
    schema.set_type("screening_date", T.CATEGORICAL)
    assert schema.column("screening_date").datetime_format is None
    schema.set_type("screening_date", T.DATETIME, "%Y-%m-%d")
    schema.set_type("dob", T.DATETIME, "%d/%m/%Y")
    schema.set_role("dob", R.QUASI_IDENTIFIER)
    schema.set_role("is_recid", R.TARGET)
    restored = Schema.from_json(schema.to_json())
    assert restored.column("screening_date").datetime_format == "%Y-%m-%d"
    assert restored.column("dob").datetime_format == "%d/%m/%Y"
    assert restored.column("dob").detected_type is T.DATETIME
    assert restored.column("dob").pii_kind is PiiKind.DATE_OF_BIRTH   # why it was flagged stays visible
    assert [c.name for c in restored.with_role(R.TARGET)] == ["is_recid"]
    assert "dob" in restored.learned_columns
