"""Synthesis modes on real adult and COMPAS rows: full, metadata only, partial, hybrid, and the
synthetic fraction each records."""
from __future__ import annotations

import io

import pandas as pd
import pytest
from fairlearn.metrics import demographic_parity_ratio

from synthstudio.core.errors import BadInputError
from synthstudio.core.fairness.targets import FairnessTarget
from synthstudio.core.generators import create_generator
from synthstudio.core.modes import ModeSettings, generator_key_for, make_partial, produce_output


def _csv(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False)
    return buffer.getvalue().encode()


def test_partial_mode_leaves_the_other_columns_byte_identical(compas_copula, compas_sample_schema):
    generator, train, _ = compas_copula
    output = produce_output(generator, train, compas_sample_schema, ModeSettings("partial"), seed=0)
    replaced = ["sex", "age", "race"]            # the sensitive and quasi-identifier columns
    identifiers = ["id", "c_case_number"]        # never released as they were, in any mode
    assert output.details["replaced_columns"] == replaced
    assert output.details["method"].startswith("classifier")   # the copula cannot condition on given columns
    kept = [c for c in train.columns if c not in replaced + identifiers]
    pd.testing.assert_frame_equal(output.table[kept], train[kept], check_exact=True)
    assert _csv(output.table[kept]) == _csv(train[kept])
    assert list(output.table.columns) == list(train.columns) and output.table.index.equals(train.index)
    assert not set(output.table["c_case_number"]) & set(train["c_case_number"])
    assert (output.table["sex"] != train["sex"]).any() and (output.table["age"] != train["age"]).any()
    columns, rows = len(train.columns), len(train)
    assert output.fraction.synthetic_cells == rows * len(replaced + identifiers)
    assert output.fraction.cells == pytest.approx(5 / columns) and output.fraction.rows == 0.0
    assert output.fraction.rows_with_synthetic_cells == rows


def test_partial_values_follow_the_rest_of_each_row(adult_replay, adult_sample, adult_sample_schema):
    """With a faithful generator, a husband is generated male and a wife female: the replaced column
    is conditioned on the kept ones, not drawn at random."""
    output = make_partial(adult_replay, adult_sample, adult_sample_schema, ["sex"], seed=0)
    sex = output.table["sex"]
    husbands, wives = adult_sample["relationship"] == "Husband", adult_sample["relationship"] == "Wife"
    assert (sex[husbands] == "Male").mean() > 0.95 and (sex[wives] == "Female").mean() > 0.95
    assert (sex == "Female").mean() == pytest.approx((adult_sample["sex"] == "Female").mean(), abs=0.03)


@pytest.mark.slow
def test_partial_mode_with_tabular_argn_conditions_on_each_real_row(adult_argn):
    generator, train, _, schema = adult_argn
    output = produce_output(generator, train, schema, ModeSettings("partial"), seed=0)
    replaced = ["age", "marital-status", "race", "sex"]   # the sensitive and quasi-identifier columns
    kept = ["education", "occupation", "relationship", "hours-per-week", "income"]
    assert output.details["replaced_columns"] == replaced and output.details["kept_columns"] == kept
    assert output.details["method"] == "TabularARGN seed-conditional generation (seed_data)"
    assert output.details["conditioned_on"] == kept and "pool_rows" not in output.details
    # Kept columns byte-identical: values, dtypes, and the training rows' own (not 0..n-1) index.
    pd.testing.assert_frame_equal(output.table[kept], train[kept], check_exact=True)
    assert _csv(output.table[kept]) == _csv(train[kept]) and output.table.index.equals(train.index)
    assert output.table.dtypes.equals(train.dtypes) and list(output.table.columns) == list(train.columns)
    for name in replaced:   # generated for every row; most of them differ from the real value
        assert (output.table[name] != train[name]).mean() > 0.15, name
    assert (output.table["record"] != train["record"]).mean() > 0.9   # identifiers made up, as always
    # Conditioned on the row (shown on sex alone, which the tiny test model has learned best): husbands
    # come out men more often than other people.
    sex = make_partial(generator, train, schema, ["sex"], seed=0).table["sex"] == "Male"
    husband = train["relationship"] == "Husband"
    assert sex[husband].mean() > sex[~husband].mean() + 0.2   # drawn at random, the two would be within ~0.05
    again = produce_output(generator, train, schema, ModeSettings("partial"), seed=0).table
    pd.testing.assert_frame_equal(output.table, again)
    assert not output.table.equals(produce_output(generator, train, schema, ModeSettings("partial"), seed=1).table)


def test_hybrid_mode_records_the_fraction_it_holds(adult_copula, adult_sample_schema):
    generator, train, _ = adult_copula
    settings = ModeSettings("hybrid", synthetic_share=0.3, origin_column="origin")
    output = produce_output(generator, train, adult_sample_schema, settings, rows=2_000, seed=0)
    table = output.table
    assert len(table) == 2_000 and output.fraction.synthetic_rows == 600
    assert output.fraction.rows == pytest.approx((table["origin"] == "synthetic").mean()) == 0.3
    assert output.fraction.cells == pytest.approx(0.3)       # adult has no identifier columns
    # Checked without the origin column: exactly the rows marked real are copies of training rows.
    data = table.drop(columns="origin")
    matched = data.merge(train.drop_duplicates(), how="left", indicator=True)["_merge"] == "both"
    assert matched.sum() == 1_400
    assert (matched.to_numpy() == (table["origin"] == "real").to_numpy()).all()
    assert output.record()["synthetic_fraction"]["rows"] == 0.3


def test_hybrid_real_rows_never_carry_real_identifiers(compas_copula, compas_sample_schema):
    generator, train, _ = compas_copula
    output = produce_output(generator, train, compas_sample_schema, ModeSettings("hybrid", synthetic_share=0.5), seed=1)
    table = output.table
    assert "origin" not in table.columns and table["id"].is_unique
    assert not set(table["c_case_number"]) & set(train["c_case_number"])
    rows, columns = len(table), len(table.columns)
    assert output.fraction.synthetic_cells == rows // 2 * columns + rows // 2 * 2
    assert output.fraction.rows == 0.5 and output.fraction.rows_with_synthetic_cells == rows


def test_a_hybrid_table_meets_the_fairness_target_as_a_whole(adult_copula, adult_sample_schema):
    generator, train, _ = adult_copula
    target = FairnessTarget.parse("sensitive=sex;target=income;favourable=>50K;threshold=0.8")
    output = produce_output(generator, train, adult_sample_schema, ModeSettings("hybrid", synthetic_share=0.5), seed=0,
                            fairness=target)
    assert output.fairness.before.value() < 0.8     # the real half brings the real bias into the mix
    rich = output.table["income"] == ">50K"
    assert demographic_parity_ratio(rich, rich, sensitive_features=output.table["sex"]) >= 0.8
    assert output.fairness.reached and output.fraction.rows == 0.5


def test_full_and_metadata_only_modes(adult_copula, adult_sample_schema):
    generator, train, _ = adult_copula
    full = produce_output(generator, train, adult_sample_schema, ModeSettings("full"), rows=300, seed=0)
    assert len(full.table) == 300 and (full.fraction.rows, full.fraction.cells) == (1.0, 1.0)
    assert generator_key_for("metadata_only", "ctgan") == "metadata_only"
    assert generator_key_for("full", "ctgan") == "ctgan"
    metadata = create_generator(generator_key_for("metadata_only", "gaussian_copula"))
    metadata.fit(train, adult_sample_schema, seed=0)
    output = produce_output(metadata, train, adult_sample_schema, ModeSettings("metadata_only"), rows=300, seed=0)
    assert output.record()["mode_name"] == "Fully synthetic from metadata only"
    assert output.fraction.to_dict()["cells"] == 1.0


@pytest.mark.parametrize("settings, rows, words", [
    (ModeSettings("hybrid", synthetic_share=1.0), None, "between 0 and 1"),
    (ModeSettings("hybrid", synthetic_share=0.1), 10_000, "training rows exist"),
    (ModeSettings("hybrid", origin_column="sex"), None, "already has a column called 'sex'"),
    (ModeSettings("partial", replaced_columns=["nationality"]), None, "no column called 'nationality'"),
    (ModeSettings("partial", replaced_columns=["age", "workclass", "fnlwgt", "education", "education-num",
                                               "marital-status", "occupation", "relationship", "race", "sex",
                                               "capital-gain", "capital-loss", "hours-per-week", "native-country",
                                               "income"]), None, "Every column would be replaced"),
    (ModeSettings("sideways"), None, "does not exist"),
])
def test_impossible_mode_settings_are_explained(adult_replay, adult_sample, adult_sample_schema, settings, rows, words):
    with pytest.raises(BadInputError) as error:
        produce_output(adult_replay, adult_sample, adult_sample_schema, settings, rows=rows)
    assert words in error.value.message and error.value.remedy


def test_settings_round_trip_through_json():
    settings = ModeSettings("partial", replaced_columns=["sex", "race"], synthetic_share=0.25, origin_column="o")
    assert ModeSettings.from_dict(settings.to_dict()) == settings


def test_impossible_settings_are_refused_before_any_training(adult_sample, adult_sample_schema):
    with pytest.raises(BadInputError, match="needs 9,000 real rows"):
        ModeSettings("hybrid", synthetic_share=0.1).check_against(adult_sample_schema, adult_sample, rows=10_000)
    ModeSettings("hybrid", synthetic_share=0.5).check_against(adult_sample_schema, adult_sample)
    ModeSettings("partial").check_against(adult_sample_schema, adult_sample)   # sensitive + quasi-identifier columns
