"""Diversity and coverage: is all of the real data represented, and is nothing invented?

All counts are taken on the whole tables (they are cheap). "Real" means the training rows:
what the generator saw.
"""
from __future__ import annotations

import itertools
from typing import Any

import numpy as np
import pandas as pd

from synthstudio.core.evaluation.prepare import PreparedData, category_codes

RARE_SHARE = 0.01               # a category under 1% of the real rows is rare
MIN_EXPECTED_FOR_ZERO = 10.0    # a never-seen pair counts as impossible if chance predicts >= 10 rows
MAX_DISCRETE_VALUES = 50        # columns with more values are not checked for combinations
MAX_SMALL_INTEGER_VALUES = 20   # whole-number columns with few values count as discrete
MAX_LISTED = 20                 # detail rows kept for the report


def categories(data: PreparedData, real: pd.DataFrame, synthetic: pd.DataFrame) -> dict[str, Any]:
    """Coverage of the real categories, rare ones kept or lost, and invented categories."""
    columns, rare_total, rare_kept, invented, cells = [], 0, 0, 0, 0
    for column in data.columns:
        if column.numeric:
            continue
        counts = real[column.name].value_counts()
        present = set(synthetic[column.name].dropna().unique())
        rare = counts[counts < RARE_SHARE * len(real)]
        rare_lost = [str(c) for c in rare.index if c not in present]
        synthetic_values = synthetic[column.name].dropna()
        new = ~synthetic_values.isin(counts.index)
        columns.append({"column": column.name, "real_categories": int(len(counts)),
                        "covered": int(sum(c in present for c in counts.index)),
                        "rare": int(len(rare)), "rare_lost": rare_lost[:MAX_LISTED],
                        "invented": sorted(map(str, synthetic_values[new].unique()))[:MAX_LISTED]})
        rare_total += len(rare)
        rare_kept += len(rare) - len(rare_lost)
        invented += int(new.sum())
        cells += len(synthetic_values)
    coverage = [c["covered"] / c["real_categories"] for c in columns if c["real_categories"]]
    return {
        "category_coverage": float(np.mean(coverage)) if coverage else None,
        "rare_categories_kept": rare_kept / rare_total if rare_total else None,
        "unseen_categories": invented / cells if cells else None,
        "columns": columns,
    }


def ranges(data: PreparedData, real: pd.DataFrame, synthetic: pd.DataFrame) -> dict[str, Any]:
    """How much of each real number range the synthetic values span, and values beyond it."""
    columns, outside, cells = [], 0, 0
    for column in data.columns:
        if not column.numeric:
            continue
        real_values, synthetic_values = real[column.name].dropna(), synthetic[column.name].dropna()
        if real_values.empty:
            continue
        low, high = real_values.min(), real_values.max()
        if synthetic_values.empty:
            covered = 0.0
        elif high > low:
            overlap = min(high, synthetic_values.max()) - max(low, synthetic_values.min())
            covered = float(np.clip(overlap / (high - low), 0.0, 1.0))
        else:
            covered = float(((synthetic_values >= low) & (synthetic_values <= high)).any())
        beyond = int(((synthetic_values < low) | (synthetic_values > high)).sum())
        columns.append({"column": column.name, "kind": column.kind.value, "range_covered": covered,
                        "outside_range": beyond / max(1, len(synthetic_values))})
        outside += beyond
        cells += len(synthetic_values)
    return {
        "range_coverage": float(np.mean([c["range_covered"] for c in columns])) if columns else None,
        "out_of_range_values": outside / cells if cells else None,
        "columns": columns,
    }


def duplicates(real: pd.DataFrame, synthetic: pd.DataFrame) -> dict[str, Any]:
    """Share of rows repeating an earlier row, in each table; the gate judges the excess."""
    real_share = float(real.duplicated().mean())
    synthetic_share = float(synthetic.duplicated().mean())
    return {"extra_duplicates": max(0.0, synthetic_share - real_share),
            "synthetic_duplicate_share": synthetic_share, "real_duplicate_share": real_share}


def _discrete_columns(data: PreparedData, real: pd.DataFrame) -> list[str]:
    names = []
    for column in data.columns:
        values = real[column.name].dropna()
        n_values = values.nunique()
        if column.numeric:
            if n_values <= MAX_SMALL_INTEGER_VALUES and np.all(np.mod(values.to_numpy(), 1) == 0):
                names.append(column.name)
        elif 2 <= n_values <= MAX_DISCRETE_VALUES:
            names.append(column.name)
    return names


def impossible_combinations(data: PreparedData, real: pd.DataFrame, synthetic: pd.DataFrame,
                            holdout: pd.DataFrame) -> dict[str, Any]:
    """Rows holding a pair of values never seen together in the real data although chance
    alone would put at least ``MIN_EXPECTED_FOR_ZERO`` real rows there (a structural zero,
    like a female husband). Also measured on the holdout, whose rate shows what real data
    the generator never saw scores."""
    names = _discrete_columns(data, real)
    codes = {n: category_codes(real[n], synthetic[n], holdout[n]) for n in names}
    flagged_synthetic = np.zeros(len(synthetic), dtype=bool)
    flagged_holdout = np.zeros(len(holdout), dtype=bool)
    examples = []
    for a, b in itertools.combinations(names, 2):
        (real_a, syn_a, hold_a), (real_b, syn_b, hold_b) = codes[a], codes[b]
        size_a, size_b = real_a.max() + 1, real_b.max() + 1   # known categories + missing
        table = np.bincount(real_a * size_b + real_b, minlength=size_a * size_b).reshape(size_a, size_b)
        expected = table.sum(1, keepdims=True) * table.sum(0, keepdims=True) / len(real_a)
        impossible = (table == 0) & (expected >= MIN_EXPECTED_FOR_ZERO)
        if not impossible.any():
            continue
        for rows_a, rows_b, flagged in ((syn_a, syn_b, flagged_synthetic), (hold_a, hold_b, flagged_holdout)):
            known = (rows_a < size_a) & (rows_b < size_b)          # values never seen are counted elsewhere
            hit = np.zeros(len(rows_a), dtype=bool)
            hit[known] = impossible[rows_a[known], rows_b[known]]
            flagged |= hit
            if flagged is flagged_synthetic and hit.any():
                examples.append(_example(a, b, real[a], real[b], rows_a[hit], rows_b[hit]))
    examples.sort(key=lambda e: -e["synthetic_rows"])
    return {
        "impossible_combinations": float(flagged_synthetic.mean()) if names else None,
        "holdout_share": float(flagged_holdout.mean()) if len(holdout) and names else None,
        "columns_checked": names,
        "examples": examples[:MAX_LISTED],
    }


def _example(a: str, b: str, real_a: pd.Series, real_b: pd.Series, codes_a: np.ndarray,
             codes_b: np.ndarray) -> dict[str, Any]:
    """The most frequent impossible pair of one column pair, in words."""
    labels_a = list(real_a.value_counts().index) + [None]
    labels_b = list(real_b.value_counts().index) + [None]
    pairs, counts = np.unique(np.c_[codes_a, codes_b], axis=0, return_counts=True)
    top = pairs[np.argmax(counts)]
    return {"column_a": a, "value_a": _label(labels_a[top[0]]), "column_b": b,
            "value_b": _label(labels_b[top[1]]), "synthetic_rows": int(len(codes_a))}


def _label(value) -> str:
    if value is None:
        return "(missing)"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
