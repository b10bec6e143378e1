"""Reach a fairness target by choosing which generated rows to keep.

The fitted generator draws rows as usual (``Generator.sample``, any family); this module
keeps as many rows of each cell (group × outcome, see :mod:`~synthstudio.core.fairness.balance`)
as the target needs, drawing more rows with further seeds while a cell is short: rejection
sampling from the model's own conditional distribution. Every kept row is a row the model
generated, unchanged; no real row is ever edited. The first draw is exactly the table that
would have been released without a target, so "before" and "after" compare like with like,
and most of its rows are kept.

A generator with its own fairness option (``Generator.fairness_method``, e.g. TabularARGN's
fairness-aware generation) is asked first: its draw is measured, and released as it is when it
meets the target. Otherwise rejection sampling continues on top, from further draws made with
the same option, starting from that draw rather than from the plain sample. The "before" is
still the plain sample with the same seed, and the method used is recorded.

If the generator cannot supply enough rows of a cell within ``max_pool_factor`` × the rows
asked for, the best reachable counts are used and the result says so. Whether the target
was reached is always *measured on the returned rows*, never taken from the plan.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from synthstudio.core.evaluation.report import json_safe
from synthstudio.core.fairness.balance import (OUTCOME_NAMES, CellGrid, allocate, balance, band_for, build_grid,
                                               repair)
from synthstudio.core.fairness.describe import closeness_sentence, small_group_findings, upweighting_findings
from synthstudio.core.fairness.metrics import FairnessMeasurement, measure
from synthstudio.core.fairness.targets import FairnessTarget, Finding
from synthstudio.core.generators.base import Generator
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress, sub_progress

DEFAULT_MARGIN = 0.01         # aim this far inside the threshold, so the target survives rounding
DEFAULT_MAX_POOL_FACTOR = 20  # draw at most this many times the rows asked for
MIN_BATCH_ROWS = 1_000
MAX_BATCH_ROWS = 200_000
BATCH_SAFETY = 1.3            # draw a bit more than the estimate, so one more batch is rarely needed
SEED_MODULUS = 2**32
CELL_QUOTAS = "cell quotas (group × outcome)"
REJECTION_METHOD = f"rejection sampling from the fitted generator, {CELL_QUOTAS}"

Draw = Callable[[int, int, "CancelToken | None"], pd.DataFrame]   # (rows, seed, cancel) -> generated rows


@dataclass
class EnforcementResult:
    table: pd.DataFrame                  # the synthetic rows to release, meeting the target if ``reached``
    uncorrected: pd.DataFrame            # the generator's plain sample (what would have been released)
    target: FairnessTarget               # with its favourable value as written in the data
    real: FairnessMeasurement            # the real training rows
    before: FairnessMeasurement          # the plain sample (plus fixed rows)
    after: FairnessMeasurement           # the returned rows (plus fixed rows), measured on them
    rows_drawn: int                      # all rows the generator drew
    rows_kept_from_plain_sample: int     # 0 when the generator's own fair draw was used instead
    planned_cells: list[dict[str, Any]]  # rows per cell of the returned table
    findings: list[Finding] = field(default_factory=list)
    method: str = REJECTION_METHOD       # how the rows were obtained, as recorded
    native: FairnessMeasurement | None = None   # the generator's own fair draw (plus fixed rows), if one was made

    @property
    def judged(self) -> dict[tuple[str, ...], frozenset[str]]:
        return self.real.judged_groups()

    @property
    def reached(self) -> bool | None:
        """Measured on the output; None for a model metric (verified by ``verify_fairness``)."""
        return self.after.met

    def summary(self) -> str:
        if not self.target.info.on_data:
            return ("Outcomes were balanced across groups to reduce the model's error gaps; whether the target is "
                    "met is measured on a model trained on the synthetic data (see the verification).")
        return closeness_sentence(self.target, self.after.value(), "in the synthetic data")

    def to_dict(self) -> dict[str, Any]:
        return json_safe({
            "target": self.target.to_dict(), "target_text": self.target.describe(),
            "method": self.method, "native_draw": self.native.to_dict() if self.native is not None else None,
            "reached": self.reached, "summary": self.summary(),
            "real": self.real.to_dict(), "before": self.before.to_dict(), "after": self.after.to_dict(),
            "rows_drawn": self.rows_drawn, "rows_kept_from_plain_sample": self.rows_kept_from_plain_sample,
            "planned_cells": self.planned_cells, "findings": [f.to_dict() for f in self.findings]})


def derived_seed(seed: int, draw: int) -> int:
    """The seed of the ``draw``-th extra batch: independent streams, the same for the same run seed."""
    return int(np.random.SeedSequence([int(seed) % SEED_MODULUS, draw]).generate_state(1)[0])


def enforce_fairness(generator: Generator, rows: int, target: FairnessTarget, real: pd.DataFrame, *,
                     seed: int = 0, fixed: pd.DataFrame | None = None, margin: float = DEFAULT_MARGIN,
                     max_pool_factor: float = DEFAULT_MAX_POOL_FACTOR, progress: ProgressFn | None = None,
                     cancel: CancelToken | None = None) -> EnforcementResult:
    """``rows`` synthetic rows from the fitted ``generator`` that meet ``target``.

    ``real`` are the real rows the generator learned from: they decide which groups are large
    enough to judge and give the warnings about small groups. ``fixed`` are rows that will be
    released alongside (the real part of a hybrid table): the target is met by the whole.
    """
    progress = progress or no_progress
    if not generator.is_fitted:
        raise RuntimeError("enforce_fairness needs a fitted generator")
    target = target.check_against(real, generator.schema)
    fixed = fixed if fixed is not None else real.iloc[0:0]
    real_measure = measure(real, target)
    judged = real_measure.judged_groups()
    findings = small_group_findings(real_measure)

    progress(0.0, "Generating rows")
    plain = generator.sample(rows, seed, sub_progress(progress, 0.0, 0.3), cancel)
    before = measure(_stacked(fixed, plain), target, judged)
    total = rows + len(fixed)
    first, draw, method, native = plain, _plain_draw(generator), REJECTION_METHOD, None
    native_name = generator.fairness_method(target)
    if native_name is not None:
        # Representation: the generator is asked for the group shares rejection sampling would aim at.
        shares = None if target.info.needs_outcome else _group_shares(
            build_grid(target, judged, [real, plain, fixed]), plain, fixed, real, margin, total)
        draw = _fair_draw(generator, target, shares)
        progress(0.3, "Generating rows with the generator's own fairness option")
        first = generator.sample_fair(rows, target, seed, shares, sub_progress(progress, 0.3, 0.45), cancel)
        native = measure(_stacked(fixed, first), target, judged)
        method = native_name if native.met else \
            f"{native_name}, then rejection sampling from further such draws, {CELL_QUOTAS}"

    grid = build_grid(target, judged, [real, plain, fixed, first])
    fixed_counts = grid.count(fixed)
    if native is not None and native.met:   # measured: released as drawn, no row dropped
        table, counts, drawn, kept_plain = first, fixed_counts + grid.count(first), len(plain) + len(first), 0
    else:
        weights, wanted = _plan(grid, first, fixed, real, margin, total)
        pool = _Pool(draw, grid, first, seed, budget=int(max_pool_factor * rows), cancel=cancel)
        pool.fill(wanted - fixed_counts, sub_progress(progress, 0.3 if native is None else 0.45, 0.95))
        counts = wanted
        short = pool.shortfall(wanted - fixed_counts)
        if short.any():
            counts = _whole_counts(weights, grid, target, margin, total, fixed_counts, fixed_counts + pool.available)
            findings.append(_pool_finding(grid, short, pool.drawn))
        check_cancel(cancel)
        progress(0.95, "Keeping the rows that meet the target")
        table, kept_first = pool.select(counts - fixed_counts, seed)
        # With a fair first draw, the plain sample is drawn besides the pool and none of its rows is kept.
        drawn, kept_plain = (pool.drawn, kept_first) if native is None else (pool.drawn + len(plain), 0)
    table = _with_plain_keys(table, plain, generator)

    result = EnforcementResult(
        table=table, uncorrected=plain, target=target, real=real_measure,
        before=before, after=measure(_stacked(fixed, table), target, judged),
        rows_drawn=drawn, rows_kept_from_plain_sample=kept_plain,
        planned_cells=_cell_table(grid, counts - fixed_counts), findings=findings, method=method, native=native)
    result.findings += upweighting_findings(real_measure, result.after)
    if result.reached is False:
        result.findings.append(Finding("target_not_reached", result.summary(),
                                       {"value": result.after.value(), "threshold": target.threshold}))
    progress(1.0, "Fairness target applied")
    return result


def _plain_draw(generator: Generator) -> Draw:
    return lambda n, seed, cancel: generator.sample(n, seed, None, cancel)


def _fair_draw(generator: Generator, target: FairnessTarget, shares: dict[str, float] | None) -> Draw:
    return lambda n, seed, cancel: generator.sample_fair(n, target, seed, shares, None, cancel)


def _plan(grid: CellGrid, first: pd.DataFrame, fixed: pd.DataFrame, real: pd.DataFrame, margin: float,
          total: int) -> tuple[np.ndarray, np.ndarray]:
    """(cell weights, whole cell counts of the released table incl. ``fixed``): the least change from
    ``first`` (the generator's first draw) plus ``fixed`` that meets the target."""
    base = grid.count(fixed) + grid.count(first)
    _add_missing_groups(base, grid, grid.count(real), total / max(len(real), 1))
    weights = balance(base, grid, band_for(grid.target, margin))
    unbounded = np.full(base.shape, np.inf)
    return weights, _whole_counts(weights, grid, grid.target, margin, total, grid.count(fixed), unbounded)


def _group_shares(grid: CellGrid, plain: pd.DataFrame, fixed: pd.DataFrame, real: pd.DataFrame, margin: float,
                  total: int) -> dict[str, float]:
    """For a representation target on one column: each group's share of the generated rows that
    rejection sampling from ``plain`` would aim at (rows without a group keep the rest)."""
    _, wanted = _plan(grid, plain, fixed, real, margin, total)
    rows = (wanted - grid.count(fixed)).sum(axis=1)
    generated = max(total - len(fixed), 1)
    labels = grid.combos[grid.target.sensitive[0]]
    return {str(label): float(count / generated) for label, count in zip(labels, rows) if label is not None}


def _stacked(fixed: pd.DataFrame, synthetic: pd.DataFrame) -> pd.DataFrame:
    """What is released: the fixed rows (if any) and the synthetic ones."""
    return pd.concat([fixed, synthetic], ignore_index=True) if len(fixed) else synthetic


def _whole_counts(weights: np.ndarray, grid: CellGrid, target: FairnessTarget, margin: float, total: int,
                  lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """Whole cell counts for ``weights``: aiming inside the margin, else at the bare threshold."""
    counts = allocate(weights, total, lower, upper)
    for band in (band_for(target, margin), band_for(target, 0.0)):
        counts = repair(counts, grid, band, lower, upper)
        if grid.meets(counts, band):
            break
    return counts


def _add_missing_groups(base: np.ndarray, grid: CellGrid, real_counts: np.ndarray, scale: float) -> None:
    """A judged group the plain sample lacks gets its real share, so balancing can ask the pool for it."""
    for attribute in grid.attributes:
        sums = attribute.sums(base)
        for group in np.flatnonzero(attribute.judged & (sums.sum(axis=1) == 0)):
            cells = attribute.group_of_cell == group
            base[cells] += real_counts[cells] * scale


class _Pool:
    """Generated rows, drawn batch by batch, and the cell of each."""

    def __init__(self, draw: Draw, grid: CellGrid, first: pd.DataFrame, seed: int, budget: int,
                 cancel: CancelToken | None):
        self.draw, self.grid, self.seed, self.cancel = draw, grid, seed, cancel
        self.budget = max(budget, len(first))
        self.batches: list[pd.DataFrame] = []
        self.cells: list[tuple[np.ndarray, np.ndarray]] = []
        self.available = np.zeros((grid.size, 3))
        self._add(first)

    @property
    def drawn(self) -> int:
        return sum(len(b) for b in self.batches)

    def _add(self, batch: pd.DataFrame) -> None:
        combo, outcome = self.grid.locate(batch)
        self.batches.append(batch)
        self.cells.append((combo, outcome))
        known = combo >= 0
        np.add.at(self.available, (combo[known], outcome[known]), 1)

    def shortfall(self, quotas: np.ndarray) -> np.ndarray:
        return np.clip(quotas - self.available, 0, None)

    def fill(self, quotas: np.ndarray, progress: ProgressFn) -> None:
        """Draw batches until every cell has its quota or the budget is spent."""
        while (short := self.shortfall(quotas)).any() and self.drawn < self.budget:
            check_cancel(self.cancel)
            # A cell not seen yet is assumed half as frequent as one row in all drawn so far.
            frequency = np.maximum(self.available, 0.5) / self.drawn
            needed = BATCH_SAFETY * short / frequency
            left = self.budget - self.drawn
            # Cells the budget cannot fill are given up (the closest reachable balance is used for them).
            reachable = needed[(short > 0) & (needed <= left)]
            if len(reachable) == 0:
                break
            size = int(np.clip(reachable.max(), MIN_BATCH_ROWS, min(MAX_BATCH_ROWS, left)))
            progress(self.drawn / self.budget, f"Drawing {size:,} more rows for under-represented groups")
            self._add(self.draw(size, derived_seed(self.seed, len(self.batches)), self.cancel))

    def select(self, quotas: np.ndarray, seed: int) -> tuple[pd.DataFrame, int]:
        """The first rows of each cell, in drawing order, up to its quota; shuffled. Also: how many
        come from the first draw (batch 0)."""
        combo = np.concatenate([c for c, _ in self.cells])
        outcome = np.concatenate([o for _, o in self.cells])
        cell = np.where(combo >= 0, combo * quotas.shape[1] + outcome, -1)
        rank = pd.Series(cell).groupby(cell).cumcount().to_numpy()
        keep = (cell >= 0) & (rank < quotas.reshape(-1)[np.maximum(cell, 0)])
        table = pd.concat(self.batches, ignore_index=True)[keep]
        order = np.random.default_rng(derived_seed(seed, 0)).permutation(len(table))
        return table.iloc[order].reset_index(drop=True), int(keep[:len(self.batches[0])].sum())


def _with_plain_keys(table: pd.DataFrame, plain: pd.DataFrame, generator: Generator) -> pd.DataFrame:
    """Identifier columns come from one draw (the plain sample), so keys stay unique across batches."""
    not_learned = [c for c in generator.schema.names if c not in generator.schema.learned_columns]
    if not not_learned or len(table) != len(plain):
        return table
    table = table.copy()
    for name in not_learned:
        table[name] = plain[name].to_numpy()
    return table


def _pool_finding(grid: CellGrid, short: np.ndarray, drawn: int) -> Finding:
    def cell(k: int, o: int) -> str:
        outcome = f" with {OUTCOME_NAMES[o]} {grid.target.target}" if grid.target.info.needs_outcome else ""
        return f"{_combo_label(grid, k)}{outcome} ({int(short[k, o]):,} short)"

    cells = [cell(k, o) for k, o in zip(*np.nonzero(short))]
    return Finding("generator_short",
                   f"After drawing {drawn:,} rows, the generator had still not produced enough rows of: "
                   f"{'; '.join(cells[:6])}{' …' if len(cells) > 6 else ''}. The closest reachable balance was used.",
                   {"rows_drawn": drawn, "cells": cells})


def _combo_label(grid: CellGrid, index: int) -> str:
    values = grid.combos.iloc[index]
    return " × ".join(f"{name} '{values[name]}'" for name in grid.combos.columns)


def _cell_table(grid: CellGrid, quotas: np.ndarray) -> list[dict[str, Any]]:
    rows = []
    for k in range(grid.size):
        for o, name in enumerate(OUTCOME_NAMES):
            if quotas[k, o] > 0:
                rows.append({**{c: grid.combos.iloc[k][c] for c in grid.combos.columns},
                             "outcome": name, "rows": int(quotas[k, o])})
    return rows

