"""Fairness measured on the real tables: the shared adult and COMPAS data fail the four-fifths rule."""
from __future__ import annotations

import pandas as pd
import pytest
from fairlearn.metrics import demographic_parity_difference, demographic_parity_ratio

from synthstudio.core.fairness.describe import describe_measurement, small_group_findings
from synthstudio.core.fairness.metrics import measure
from synthstudio.core.fairness.targets import FairnessTarget


def _fairlearn(frame: pd.DataFrame, column: str, favourable: bool) -> tuple[float, float]:
    """fairlearn's ratio and difference, with the favourable outcome as the 'prediction'."""
    return (demographic_parity_ratio(favourable, favourable, sensitive_features=frame[column]),
            demographic_parity_difference(favourable, favourable, sensitive_features=frame[column]))


def test_adult_fails_the_four_fifths_rule_for_sex(adult):
    target = FairnessTarget(("sex",), "income", ">50K").check_against(adult)
    measured = measure(adult, target)
    ratio, difference = _fairlearn(adult, "sex", adult["income"] == ">50K")
    assert measured.value() == pytest.approx(ratio) and ratio < 0.8
    assert measured.value("statistical_parity") == pytest.approx(difference)
    assert measured.met is False
    sex = measured.attribute(("sex",))
    assert (sex.least_favoured.label, sex.most_favoured.label) == ("Female", "Male")
    assert sex.group("Female").rows == 10_771 and sex.group("Male").rows == 21_790   # as the data README says
    assert sex.representation == pytest.approx(10_771 / 21_790)


def test_compas_fails_the_four_fifths_rule_for_race(compas):
    target = FairnessTarget(("race",), "two_year_recid", "0").check_against(compas)
    measured = measure(compas, target)
    race = measured.attribute(("race",))
    assert [g.label for g in race.groups if not g.judged] == ["Native American"]   # 18 rows, under 30
    judged = compas[compas["race"] != "Native American"]
    ratio, _ = _fairlearn(judged, "race", judged["two_year_recid"] == 0)
    assert measured.value() == pytest.approx(ratio) and ratio < 0.8
    assert measured.met is False
    assert race.least_favoured.label == "African-American"
    findings = {(f.code, f.params["group"]): f.text for f in small_group_findings(measured)}
    assert set(findings) == {("small_group", "Native American"), ("thin_outcome", "Asian")}
    assert "has only 18 real rows: too few to learn from or to judge" in findings["small_group", "Native American"]
    assert "Only 9 of the 32 real rows of race 'Asian' do not have two_year_recid '0'" in \
        findings["thin_outcome", "Asian"]


def test_the_wizard_can_say_it_in_plain_words(adult):
    target = FairnessTarget(("sex",), "income", ">50K")
    lines = describe_measurement(measure(adult, target))
    assert "In the real data, rows with sex 'Female' have income '>50K' 11% of the time; " \
           "rows with sex 'Male', 31%." in lines
    assert any(line.startswith("Disparate impact ratio for sex in the real data: 0.36 (11% for 'Female' ÷ 31% "
                               "for 'Male'); the target is at least 0.8: not met") for line in lines)
    assert "In the real data, sex is 'Male' 67%, 'Female' 33% of the rows." in lines


def test_intersectional_groups_and_the_worst_attribute(adult):
    separate = measure(adult, FairnessTarget(("sex", "race"), "income", ">50K"))
    assert separate.value() == min(a.disparate_impact for a in separate.attributes)
    crossed = measure(adult, FairnessTarget(("sex", "race"), "income", ">50K", intersection=True))
    (attribute,) = crossed.attributes
    assert attribute.name == "sex × race" and len(attribute.groups) == 10
    expected = adult.groupby(["sex", "race"])["income"].apply(lambda s: (s == ">50K").mean())
    assert attribute.group("Female × Black").rate == pytest.approx(expected["Female", "Black"])
    assert crossed.value() < separate.value()       # crossing groups reveals a larger gap


def test_synthetic_data_is_judged_on_the_real_data_groups(adult):
    target = FairnessTarget(("race",), "income", ">50K")
    judged = measure(adult, target).judged_groups()
    without_other = adult[adult["race"] != "Other"].head(2000)
    measured = measure(without_other, target, judged)
    other = measured.attribute(("race",)).group("Other")
    assert other is not None and other.rows == 0 and other.judged    # missing, and shown as missing
    assert measured.value() is None and measured.met is None         # so the target cannot be judged
