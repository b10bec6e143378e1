"""TabularARGN's own engine options behind the generator interface: fairness-aware generation,
rebalancing and seed-conditional generation, on a small model of real adult rows (fixture
``adult_argn``); and that other generators offer none of them."""
from __future__ import annotations

import pandas as pd
import pytest

from synthstudio.core.errors import BadInputError
from synthstudio.core.fairness.targets import FairnessTarget

SIX_FIVE = "sensitive=sex;target=income;favourable=>50K;metric=disparate_impact;threshold=0.8"
pytestmark = pytest.mark.slow   # the session fixture trains a network (about half a minute)


def _male_share(frame: pd.DataFrame) -> float:
    return float((frame["sex"] == "Male").mean())


def test_the_options_named_for_each_kind_of_target(adult_argn, adult_copula):
    generator = adult_argn[0]
    assert generator.fairness_method(FairnessTarget.parse(SIX_FIVE)).startswith(
        "TabularARGN fairness-aware generation (statistical parity")
    assert "statistical parity" in generator.fairness_method(
        FairnessTarget(("sex", "race"), "income", ">50K", "statistical_parity", intersection=True))
    assert generator.fairness_method(FairnessTarget(("race",), metric="representation")).startswith(
        "TabularARGN rebalancing")
    # None where the engine cannot help: a model metric, a number column as groups, two columns' shares.
    assert generator.fairness_method(FairnessTarget(("sex",), "income", ">50K", "equalized_odds")) is None
    assert generator.fairness_method(FairnessTarget(("age",), "income", ">50K")) is None
    assert generator.fairness_method(FairnessTarget(("sex", "race"), metric="representation")) is None
    assert generator.conditioning_method() == "TabularARGN seed-conditional generation (seed_data)"
    copula = adult_copula[0]
    assert copula.fairness_method(FairnessTarget.parse(SIX_FIVE)) is None and copula.conditioning_method() is None
    with pytest.raises(RuntimeError):
        copula.sample_fair(10, FairnessTarget.parse(SIX_FIVE))


def test_fair_draws_are_reproducible_and_complete_like_a_plain_sample(adult_argn):
    generator, _, _, schema = adult_argn
    target = FairnessTarget.parse(SIX_FIVE)
    first = generator.sample_fair(500, target, seed=5)
    pd.testing.assert_frame_equal(first, generator.sample_fair(500, target, seed=5))
    assert not first.equals(generator.sample_fair(500, target, seed=6))
    plain = generator.sample(500, seed=5)
    assert list(first.columns) == schema.names and first.dtypes.equals(plain.dtypes)
    # The record key is made up exactly as a plain sample makes it (same seed, same keys).
    assert first["record"].equals(plain["record"]) and first["record"].is_unique


def test_rebalancing_gives_a_small_group_the_share_asked_for(adult_argn):
    generator = adult_argn[0]
    target = FairnessTarget(("race",), metric="representation")
    drawn = generator.sample_fair(2_000, target, seed=1, shares={"Black": 0.3, "White": 0.6})
    shares = drawn["race"].value_counts(normalize=True)
    plain = generator.sample(2_000, seed=1)["race"].value_counts(normalize=True)
    assert plain["Black"] < 0.15      # the real share is about 10%
    assert shares["Black"] == pytest.approx(0.3, abs=0.04) and shares["White"] == pytest.approx(0.6, abs=0.04)


def test_columns_generated_conditioned_on_the_given_ones(adult_argn):
    generator, train, _, schema = adult_argn
    given = train.drop(columns=["sex", "race", "record"]).iloc[:1_500]
    generated = generator.sample_conditioned(given, seed=2)
    assert list(generated.columns) == schema.names and len(generated) == len(given)
    # The given columns come back as given: same values and dtypes (the index is 0..n-1, as from sample()).
    pd.testing.assert_frame_equal(generated[given.columns], given.reset_index(drop=True), check_exact=True)
    pd.testing.assert_frame_equal(generated, generator.sample_conditioned(given, seed=2))
    assert generated["record"].equals(generator.sample(len(given), seed=2)["record"])
    # Conditioned, not drawn at random: husbands come out men more often than other people do.
    husband = (given["relationship"] == "Husband").to_numpy()
    assert _male_share(generated[husband]) > _male_share(generated[~husband]) + 0.2   # at random: within ~0.05
    assert (generated["sex"] != train["sex"].iloc[:1_500].to_numpy()).mean() > 0.1   # values are generated


def test_conditioning_on_what_the_model_did_not_learn_is_refused(adult_argn):
    generator, train, _, _ = adult_argn
    with pytest.raises(BadInputError, match="did not learn"):
        generator.sample_conditioned(train[["age", "record"]])
    with pytest.raises(BadInputError, match="nothing is left to generate"):
        generator.sample_conditioned(train.drop(columns="record"))
