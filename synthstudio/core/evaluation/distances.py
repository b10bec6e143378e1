"""Distances between rows of mixed type, for the privacy metrics.

A Gower-like distance in Euclidean form, so that scikit-learn's brute-force nearest
neighbours can compute it with fast matrix products:

* a number or date contributes ``((a - b) / range)^2``, the range taken on the training rows
  (a missing number also sets a 0/1 "missing" flag, so missing vs present differs by 1);
* a category contributes 1 when the two values differ and 0 when equal (one-hot columns
  scaled by 1/sqrt(2); missing is a category of its own);
* the distance is ``sqrt(sum / number of columns)``: 0 for identical rows, about 1 for rows
  that differ everywhere.

Categories beyond the ``MAX_CATEGORIES`` most frequent ones share one "other" slot, which
keeps the encoding small on columns with thousands of values.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.neighbors import NearestNeighbors

from synthstudio.core.evaluation.prepare import EvalColumn

MAX_CATEGORIES = 30
ZERO = 1e-7  # distances below this are rounding noise of identical rows


@dataclass
class _NumberScale:
    name: str
    low: float
    span: float
    fill: float
    has_missing: bool


@dataclass
class _CategorySlots:
    name: str
    categories: pd.Index  # the slot of each known category; anything else -> "other" slot


class MixedEncoder:
    """Fitted on training rows; encodes any table with the same columns into float32 rows."""

    def __init__(self, columns: list[EvalColumn]):
        self.columns = columns
        self._numbers: list[_NumberScale] = []
        self._categories: list[_CategorySlots] = []

    def fit(self, frame: pd.DataFrame) -> "MixedEncoder":
        for column in self.columns:
            values = frame[column.name]
            if column.numeric:
                finite = values.dropna()
                low = float(finite.min()) if len(finite) else 0.0
                span = float(finite.max()) - low if len(finite) else 0.0
                self._numbers.append(_NumberScale(
                    column.name, low, span if span > 0 else 1.0,
                    float(finite.median()) if len(finite) else 0.0, bool(values.isna().any())))
            else:
                counts = values.fillna("\0missing").value_counts()
                self._categories.append(_CategorySlots(column.name, pd.Index(counts.index[:MAX_CATEGORIES])))
        return self

    @property
    def n_columns(self) -> int:
        return len(self.columns)

    def transform(self, frame: pd.DataFrame) -> np.ndarray:
        parts = []
        for scale in self._numbers:
            values = frame[scale.name].to_numpy(dtype="float64", na_value=np.nan)
            missing = np.isnan(values)
            parts.append(((np.where(missing, scale.fill, values) - scale.low) / scale.span)[:, None])
            if scale.has_missing:
                parts.append(missing.astype("float64")[:, None])
        for slots in self._categories:
            positions = slots.categories.get_indexer(frame[slots.name].fillna("\0missing"))
            positions = np.where(positions < 0, len(slots.categories), positions)
            one_hot = np.zeros((len(frame), len(slots.categories) + 1))
            one_hot[np.arange(len(frame)), positions] = np.sqrt(0.5)
            parts.append(one_hot)
        encoded = np.hstack(parts) if parts else np.zeros((len(frame), 0))
        # float32 halves memory on wide tables; scikit-learn sums the distances in float64
        return (encoded / np.sqrt(max(1, self.n_columns))).astype(np.float32)


def nearest(reference: np.ndarray, queries: np.ndarray, k: int = 1) -> np.ndarray:
    """Distances from each query row to its ``k`` nearest reference rows, shape (n, k)."""
    k = min(k, len(reference))
    index = NearestNeighbors(n_neighbors=k, algorithm="brute", metric="euclidean").fit(reference)
    distances, _ = index.kneighbors(queries, return_distance=True)
    # the fast |x|^2 + |y|^2 - 2xy formula leaves ~1e-8 residues for identical rows
    return np.where(distances < ZERO, 0.0, distances)


def nearest_index(reference: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """Position of the nearest reference row for each query row."""
    index = NearestNeighbors(n_neighbors=1, algorithm="brute", metric="euclidean").fit(reference)
    return index.kneighbors(queries, return_distance=False)[:, 0]
