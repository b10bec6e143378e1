"""Fairness targets: the command-line form, the JSON form, and checks against real tables."""
from __future__ import annotations

import json

import pytest

from synthstudio.core.errors import BadInputError
from synthstudio.core.fairness.targets import METRICS, FairnessTarget

ISSUE_EXAMPLE = "sensitive=sex,race;target=income;favourable=>50K;metric=disparate_impact;threshold=0.8"


def test_the_command_line_example_reads_as_written():
    target = FairnessTarget.parse(ISSUE_EXAMPLE)
    assert target.sensitive == ("sex", "race")
    assert target.target == "income"
    assert target.favourable == ">50K"          # only the first '=' splits a pair
    assert target.metric == "disparate_impact"
    assert target.threshold == 0.8
    assert not target.intersection
    assert target.attributes == [("sex",), ("race",)]


def test_round_trips_through_text_and_json():
    target = FairnessTarget.parse("sensitive = sex , race ; outcome=income; favorable=a=b; metric=SPD; "
                                  "threshold=0.05; intersection=yes; min_group=50")
    assert target.favourable == "a=b" and target.metric == "statistical_parity" and target.min_group_rows == 50
    assert target.attributes == [("sex", "race")]
    assert FairnessTarget.parse(target.to_text()) == target
    assert FairnessTarget.from_dict(json.loads(json.dumps(target.to_dict()))) == target


def test_each_metric_has_a_default_threshold():
    for key, info in METRICS.items():
        outcome = {"target": "income", "favourable": ">50K"} if info.needs_outcome else {}
        assert FairnessTarget(("sex",), metric=key, **outcome).threshold == info.default_threshold
    assert FairnessTarget(("sex",), metric="representation").target is None


@pytest.mark.parametrize("text, words", [
    ("target=income;favourable=>50K", "no sensitive column"),
    ("sensitive=sex;target=income", "favourable value"),
    ("sensitive=sex;target=income;favourable=1;threshold=1.5", "at most 1"),
    ("sensitive=sex;target=income;favourable=1;metric=spd;threshold=-0.1", "from 0"),
    ("sensitive=sex;target=sex;favourable=1", "both the outcome and a sensitive"),
    ("sensitive=sex;target=income;favourable=1;colour=red", "unknown setting 'colour'"),
    ("sensitive=sex;target=income;favourable=1;metric=accuracy", "not a fairness metric"),
    ("sensitive=sex;target=income;favourable=1;threshold=high", "not a number"),
    ("sensitive=sex;sensitive=race;target=income;favourable=1", "twice"),
    ("sensitive=sex;target", "key=value"),
])
def test_mistakes_are_explained(text, words):
    with pytest.raises(BadInputError) as error:
        FairnessTarget.parse(text)
    assert words in error.value.message
    assert error.value.remedy


def test_the_favourable_value_is_written_as_the_data_has_it(compas_sample, adult_sample):
    recidivism = FairnessTarget(("race",), "two_year_recid", "0.0").check_against(compas_sample)
    assert recidivism.favourable == "0"          # the column holds integers 0/1
    income = FairnessTarget(("sex",), "income", ">50k").check_against(adult_sample)
    assert income.favourable == ">50K"           # letter case forgiven when unambiguous


def test_a_target_the_table_cannot_carry_is_refused(adult_sample, compas_sample, adult_sample_schema):
    with pytest.raises(BadInputError, match="does not occur") as error:
        FairnessTarget(("sex",), "income", "rich").check_against(adult_sample)
    assert "<=50K" in error.value.remedy and ">50K" in error.value.remedy
    with pytest.raises(BadInputError, match="no column called 'gender'"):
        FairnessTarget(("gender",), "income", ">50K").check_against(adult_sample)
    with pytest.raises(BadInputError, match="too many to form groups"):
        FairnessTarget(("fnlwgt",), "income", ">50K").check_against(adult_sample, adult_sample_schema)
    priors, age = compas_sample["priors_count"].astype(str), compas_sample["age"].astype(str)
    many = compas_sample.assign(priors_and_age=priors + age)
    with pytest.raises(BadInputError, match="decision such as yes/no"):
        FairnessTarget(("race",), "priors_and_age", "1").check_against(many)
