"""SDW-1 on real tables: survives what recipients do to data, stays silent on real data."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from provenance_helpers import DATASET_ID, read_shared, simple_schema

from synthstudio.core.provenance.carriers import plan_carriers
from synthstudio.core.provenance.watermark import (
    PUBLIC_KEY, WatermarkKey, Z_WATERMARKED, detect_watermark, embed_watermark, format_dataset_id, key_evidence,
    parse_dataset_id)
from synthstudio.core.schema import Role

# Fixed "random" keys: the false-alarm check must be reproducible.
OTHER_KEYS = [WatermarkKey(bytes([seed]) * 32) for seed in (1, 2, 3, 4)]


def test_dataset_id_text_round_trip():
    assert format_dataset_id(DATASET_ID) == "SYN-5EED-0000-C0FF-EE42"
    assert parse_dataset_id("syn-5eed-0000-c0ff-ee42") == DATASET_ID


def test_marks_only_the_last_digit_of_carrier_cells_by_one(adult, marked_adult):
    marked = marked_adult.frame
    assert marked_adult.plan.carriers == ("fnlwgt",)
    before, after = adult["fnlwgt"].to_numpy(), marked["fnlwgt"].to_numpy()
    assert marked["fnlwgt"].dtype == adult["fnlwgt"].dtype
    assert np.abs(after - before).max() == 1
    assert np.array_equal(before // 10, after // 10)            # the context never changes
    round_numbers = np.isin(before % 10, (0, 5))
    assert np.array_equal(before[round_numbers], after[round_numbers])
    assert 0.3 < (after != before).mean() < 0.6                  # "about a third to a half of cells"
    untouched = [c for c in adult.columns if c != "fnlwgt"]
    pd.testing.assert_frame_equal(marked[untouched], adult[untouched])


def test_statistics_move_less_than_rounding_noise(adult, marked_adult):
    before, after = adult["fnlwgt"].astype(float), marked_adult.frame["fnlwgt"].astype(float)
    assert abs(after.mean() - before.mean()) < 0.05              # one unit is the written resolution
    assert abs(after.std() - before.std()) / before.std() < 1e-5
    assert abs(after.median() - before.median()) <= 1
    assert abs(after.corr(adult["age"]) - before.corr(adult["age"])) < 1e-5


def test_carriers_leave_identifiers_codes_and_quasi_identifiers_alone(compas, adult):
    schema = simple_schema(compas, {"end": Role.QUASI_IDENTIFIER})
    plan = plan_carriers(compas, schema)
    assert "id" in plan.skipped and "name" in plan.skipped["id"]          # sequential record number
    assert "end" in plan.skipped and "quasi" in plan.skipped["end"]       # role given in the schema
    assert "age" in plan.skipped                                          # two digits at most
    assert set(plan.carriers) == {"days_b_screening_arrest", "c_days_from_compas", "r_days_from_arrest", "start"}
    assert "repeat like codes" in plan_carriers(adult).skipped["capital-gain"]   # a cap and a few levels


def test_caps_missing_codes_and_recurring_levels_stay_exact(adult):
    # In 3,000 rows capital-gain varies enough to carry the mark, but its cap 99999 and its
    # most common amounts (15024, 7688) are levels, not measurements: they must not move.
    sample = adult.head(3000)
    plan = plan_carriers(sample)
    assert "capital-gain" in plan.carriers
    before, after = sample["capital-gain"], embed_watermark(sample, plan, DATASET_ID).frame["capital-gain"]
    levels = before.isin([99999, 15024, 7688])
    assert levels.sum() > 40
    assert (after[levels] == before[levels]).all()
    assert (after[~levels] != before[~levels]).any()


def test_intact_and_shuffled_tables_are_detected_with_the_same_score(marked_adult):
    intact = detect_watermark(marked_adult.frame)
    shuffled = detect_watermark(marked_adult.frame.sample(frac=1, random_state=3)[::-1])
    assert intact.verdict == "watermarked" and intact.z > 50
    assert shuffled.z == pytest.approx(intact.z)
    assert intact.public.synthetic_share > 0.9          # no metadata: every numeric column, green rate 6/7
    with_metadata = detect_watermark(marked_adult.frame, columns=marked_adult.plan.carrier_decimals(),
                                     green_rate=marked_adult.green_rate)
    assert with_metadata.public.synthetic_share > 0.97  # the carrier columns and rate the metadata records


def test_detected_in_a_ten_percent_subset_and_in_a_few_hundred_rows(marked_adult):
    ten_percent = marked_adult.frame.sample(frac=0.1, random_state=1)
    assert detect_watermark(ten_percent).z > 20
    few_hundred = marked_adult.frame.sample(300, random_state=2)
    assert detect_watermark(few_hundred).z >= Z_WATERMARKED


def test_detected_after_dropping_and_renaming_columns(compas):
    marked = embed_watermark(compas, plan_carriers(compas), DATASET_ID).frame
    strongest = marked.drop(columns=["c_days_from_compas", "sex", "race"]).rename(columns={"end": "stop"})
    detection = detect_watermark(strongest)
    assert detection.verdict == "watermarked"
    assert "stop" in detection.columns


def test_twenty_percent_mixed_into_real_rows_is_detected_with_its_share(adult, marked_adult):
    # 1,000 marked rows among 4,000 real rows the marked ones do not come from.
    order = np.random.default_rng(11).permutation(len(adult))
    mixed = pd.concat([marked_adult.frame.iloc[order[:1000]], adult.iloc[order[1000:5000]]])
    detection = detect_watermark(mixed.sample(frac=1, random_state=4), green_rate=marked_adult.green_rate)
    assert detection.verdict == "watermarked"
    # Measured over 20 such mixtures: mean 0.207, sd 0.012; 0.06 is five standard deviations.
    assert detection.synthetic_share == pytest.approx(0.2, abs=0.06)


@pytest.mark.parametrize("name", ["adult.csv", "compas.csv", "german_credit.csv"])
def test_real_datasets_are_not_detected_with_any_key(shared_data, name):
    real = read_shared(shared_data, name)
    for key in [PUBLIC_KEY] + OTHER_KEYS:
        evidence = key_evidence(real, key)
        assert evidence.values > 500, "the test must look at many real values to mean anything"
        assert evidence.z < Z_WATERMARKED, (name, key.fingerprint, evidence.z)
    assert detect_watermark(real).verdict in ("not_found", "likely")


def test_dataset_id_is_read_from_the_values_and_confirmed_in_a_subset(marked_adult):
    assert detect_watermark(marked_adult.frame).dataset_id == format_dataset_id(DATASET_ID)
    subset = detect_watermark(marked_adult.frame.sample(1000, random_state=5)).public
    assert subset.id_match(format_dataset_id(DATASET_ID)) >= Z_WATERMARKED
    assert abs(subset.id_match(format_dataset_id(DATASET_ID + 1))) < Z_WATERMARKED


def test_organisation_key_proves_the_release_and_the_public_mark_remains(adult):
    organisation, stranger = WatermarkKey(b"\x07" * 32), WatermarkKey(b"\x08" * 32)
    frame = adult.head(8000)
    marked = embed_watermark(frame, plan_carriers(frame), DATASET_ID, organisation_key=organisation).frame
    own = detect_watermark(marked, organisation_key=organisation)
    assert own.public.found and own.organisation.found
    assert own.organisation.id_match(format_dataset_id(DATASET_ID)) >= Z_WATERMARKED
    other = detect_watermark(marked, organisation_key=stranger)
    assert other.public.found and other.organisation.z < Z_WATERMARKED
    # Without knowing about the lanes, a public verifier still sees the mark (half of the values carry it).
    assert detect_watermark(marked).public.found


def test_rounding_away_the_last_digit_removes_the_mark(marked_adult):
    rounded = marked_adult.frame.assign(fnlwgt=marked_adult.frame["fnlwgt"].round(-1))
    assert detect_watermark(rounded).verdict != "watermarked"
