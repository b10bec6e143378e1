"""The arithmetic of balancing, on the cell counts of the real adult rows."""
from __future__ import annotations

import numpy as np
import pytest

from synthstudio.core.fairness.balance import (FAV, OTHER, Band, allocate, balance, band_for, build_grid,
                                               repair)
from synthstudio.core.fairness.metrics import measure
from synthstudio.core.fairness.targets import FairnessTarget


def _grid(rows, text):
    target = FairnessTarget.parse(text).check_against(rows)
    grid = build_grid(target, measure(rows, target).judged_groups(), [rows])
    return target, grid, grid.count(rows)


def test_clipping_keeps_the_total_and_meets_the_band():
    rates, masses = np.array([0.11, 0.31, 0.26]), np.array([10_771, 21_790, 3_000])
    for band in (Band(ratio=0.8), Band(difference=0.05)):
        clipped = band.clip(rates, masses)
        assert band.holds(clipped) and not band.holds(rates)
        assert masses @ clipped == pytest.approx(masses @ rates)
        assert clipped[0] > rates[0] and clipped[1] < rates[1]       # the gap closes from both sides


def test_balancing_the_real_counts_keeps_group_sizes_and_the_overall_rate(adult_sample):
    target, grid, counts = _grid(adult_sample, "sensitive=sex,race;target=income;favourable=>50K")
    band = band_for(target)
    assert not grid.meets(counts, band)
    weights = balance(counts, grid, band)
    assert grid.meets(weights, band)
    assert weights.sum(axis=1) == pytest.approx(counts.sum(axis=1))            # every combination keeps its size
    assert weights[:, FAV].sum() == pytest.approx(counts[:, FAV].sum(), rel=0.02)   # overall rate barely moves


def test_whole_counts_respect_bounds_and_are_repaired(adult_sample):
    target, grid, counts = _grid(adult_sample, "sensitive=sex;target=income;favourable=>50K;metric=spd;threshold=0.02")
    band = band_for(target)
    weights = balance(counts, grid, band)
    lower = np.zeros_like(counts)
    upper = counts.copy()
    upper[:, FAV] *= 1.2            # the "generator" can give only 20% more favourable rows than it had
    whole = allocate(weights, 500, lower, upper)
    assert whole.sum() == 500 and (whole <= upper).all() and (whole == np.round(whole)).all()
    fixed = repair(whole, grid, band, lower, upper)
    assert grid.meets(fixed, band) and fixed.sum() == 500 and (fixed <= upper).all()
    assert np.abs(fixed - whole).sum() <= 20                   # single-row moves, not a redesign


def test_representation_moves_rows_between_groups(adult_sample):
    target, grid, counts = _grid(adult_sample, "sensitive=sex;metric=representation;threshold=0.9")
    band = band_for(target)
    weights = balance(counts, grid, band)
    assert grid.meets(weights, band)
    shares = grid.attributes[0].sums(weights).sum(axis=1) / weights.sum()
    assert shares.min() / shares.max() >= 0.9
    assert (counts[:, OTHER] == 0).all()    # no outcome for representation: every row is 'empty'
