"""Which group each row belongs to, and whether its outcome is the favourable one.

Values are compared in the evaluation's canonical form, so a CSV's ``"0"``, a generator's
``0`` and ``0.0`` are the same group or outcome. A row with an empty sensitive value belongs
to no group; a row with an empty outcome has no outcome: both are counted and reported, and
left out of the rates.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from synthstudio.core.errors import BadInputError
from synthstudio.core.evaluation.prepare import canonical_categories

JOIN = " × "     # the label of an intersectional group: "Female × Black"
MAX_VALUES_LISTED = 12


def canonical_columns(frame: pd.DataFrame, columns: tuple[str, ...] | list[str]) -> pd.DataFrame:
    """The columns as canonical strings (missing stays None), with ``frame``'s index."""
    return pd.DataFrame({name: canonical_categories(frame[name]) for name in columns}, index=frame.index)


def group_labels(canonical: pd.DataFrame, columns: tuple[str, ...]) -> pd.Series:
    """Each row's group label over ``columns`` ("Female", "Female × Black"); None if any value is missing."""
    parts = canonical[list(columns)]
    labels = parts.astype(str).agg(JOIN.join, axis=1) if len(columns) > 1 else parts[columns[0]].astype(object)
    return labels.where(parts.notna().all(axis=1), None)


def favourable_value(values: pd.Series, favourable: str) -> str:
    """The canonical form of ``favourable`` as it occurs in ``values``; raise when it never occurs.

    An exact match comes first, then the same number written otherwise (``0.0`` for ``0``), then a
    match ignoring letter case (``true`` for ``True``).
    """
    present = canonical_categories(values).dropna().unique().tolist()
    wanted = str(favourable).strip()
    if wanted in present:
        return wanted
    number = pd.to_numeric(pd.Series([wanted]), errors="coerce")
    if number.notna().all() and (as_number := canonical_categories(number).iloc[0]) in present:
        return as_number
    folded = [v for v in present if str(v).lower() == wanted.lower()]
    if len(folded) == 1:
        return folded[0]
    listed = ", ".join(sorted(map(str, present))[:MAX_VALUES_LISTED])
    raise BadInputError(f"The favourable value '{favourable}' does not occur in the outcome column "
                        f"'{values.name}'.", f"Choose one of its values: {listed}.")


def outcome_flags(values: pd.Series, favourable: str) -> pd.Series:
    """1.0 where the outcome is ``favourable`` (canonical form, see :func:`favourable_value`),
    0.0 where it is another value, NaN where it is empty."""
    canonical = canonical_categories(values)
    flags = (canonical == favourable).astype("float64")
    return flags.where(canonical.notna(), np.nan)
