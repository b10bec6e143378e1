"""Split real rows into training rows and a holdout the generator never sees.

Privacy and utility metrics compare the synthetic data with this holdout: it is the
reference for "data the model never saw".
"""
from __future__ import annotations

import pandas as pd
from sklearn.model_selection import train_test_split

DEFAULT_HOLDOUT_SHARE = 0.2
MIN_ROWS_PER_CLASS_TO_STRATIFY = 2
MAX_CLASSES_TO_STRATIFY = 50  # a target with more values is numeric: no strata


def split_holdout(frame: pd.DataFrame, share: float = DEFAULT_HOLDOUT_SHARE, seed: int = 0,
                  stratify_on: str | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (train, holdout). Stratified on ``stratify_on`` when every class can be split."""
    if share <= 0:
        return frame, frame.iloc[0:0]
    labels = None
    if stratify_on is not None and stratify_on in frame.columns:
        column = frame[stratify_on].astype("string").fillna("<missing>")
        counts = column.value_counts()
        if len(counts) <= MAX_CLASSES_TO_STRATIFY and counts.min() >= MIN_ROWS_PER_CLASS_TO_STRATIFY:
            labels = column
    train, holdout = train_test_split(frame, test_size=share, random_state=seed, stratify=labels)
    return train.sort_index(), holdout.sort_index()
