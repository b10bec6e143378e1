"""Tables as model inputs for scikit-learn's histogram gradient boosting, which handles
numbers, categories and missing values natively.

Numbers and dates stay as they are (missing stays NaN); a category becomes the code of its
rank in the training rows. Only the ``MAX_CODES`` most frequent categories get their own
code (the model's limit is 255); rarer ones and values never seen in training share the last.
"""
from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor

from synthstudio.core.evaluation.prepare import EvalColumn

MAX_CODES = 250


class FeatureEncoder:
    def __init__(self, columns: list[EvalColumn]):
        self.columns = columns
        self._categories: dict[str, pd.Index] = {}

    def fit(self, frame: pd.DataFrame) -> "FeatureEncoder":
        for column in self.columns:
            if not column.numeric:
                counts = frame[column.name].value_counts(dropna=True)
                self._categories[column.name] = pd.Index(counts.index[:MAX_CODES])
        return self

    @property
    def categorical_mask(self) -> list[bool]:
        return [not c.numeric for c in self.columns]

    def transform(self, frame: pd.DataFrame) -> np.ndarray:
        out = np.empty((len(frame), len(self.columns)))
        for position, column in enumerate(self.columns):
            values = frame[column.name]
            if column.numeric:
                out[:, position] = values.to_numpy(dtype="float64", na_value=np.nan)
                continue
            categories = self._categories[column.name]
            codes = categories.get_indexer(values).astype("float64")
            codes[codes < 0] = len(categories)          # rare or never seen in training
            codes[values.isna().to_numpy()] = np.nan    # missing stays missing
            out[:, position] = codes
        return out


def boosted_trees(encoder: FeatureEncoder, classify: bool, seed: int):
    """The standard model of every check that trains one: sklearn's gradient boosting."""
    model = HistGradientBoostingClassifier if classify else HistGradientBoostingRegressor
    return model(categorical_features=encoder.categorical_mask or None, random_state=seed)
