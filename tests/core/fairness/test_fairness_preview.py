"""What the wizard's fairness page shows before the user chooses, on the real COMPAS rows."""
from __future__ import annotations

import pytest

from synthstudio.core.errors import BadInputError
from synthstudio.core.fairness.preview import outcome_candidates, outcome_values, preview, sensitive_candidates
from synthstudio.core.fairness.targets import FairnessTarget


def test_lists_offer_groups_and_outcomes_that_fit(compas_sample, compas_sample_schema):
    sensitive = sensitive_candidates(compas_sample, compas_sample_schema)
    assert sensitive[:2] == ["sex", "race"]                       # the 'sensitive' role first
    assert "id" not in sensitive and "c_case_number" not in sensitive
    assert "age_cat" in sensitive and "age" not in sensitive     # 60-odd ages are not a set of groups
    outcomes = outcome_candidates(compas_sample, compas_sample_schema)
    assert outcomes[0] == "two_year_recid" and "score_text" in outcomes and "age" not in outcomes
    values = dict(outcome_values(compas_sample, "two_year_recid"))
    assert set(values) == {"0", "1"} and sum(values.values()) == len(compas_sample)


def test_the_preview_speaks_of_the_real_data(compas_sample, compas_sample_schema):
    shown = preview(compas_sample, FairnessTarget(("race",), "two_year_recid", "0.0"), compas_sample_schema)
    assert shown.target.favourable == "0" and shown.measurement.met is False
    rates = next(line for line in shown.sentences if "have two_year_recid '0'" in line)
    assert rates.startswith("In the real data, rows with race 'African-American' have two_year_recid '0'")
    assert "too few rows to judge" in rates
    assert {f.params["group"] for f in shown.findings if f.code == "small_group"} == {"Asian", "Native American"}
    with pytest.raises(BadInputError):
        preview(compas_sample, FairnessTarget(("race",), "two_year_recid", "maybe"), compas_sample_schema)
