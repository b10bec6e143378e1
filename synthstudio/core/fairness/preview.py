"""What the fairness page of the synthesis wizard shows before the user chooses a target.

The page fills its lists from :func:`sensitive_candidates`, :func:`outcome_candidates` and
:func:`outcome_values`, and, as soon as columns and a favourable value are picked, shows
:func:`preview` of the real data: "rows with sex 'Female' have income '>50K' 11% of the
time; rows with sex 'Male', 31%", the chosen metric against its threshold, and warnings about
groups too small to learn from. Everything is computed on the real table, in well under a
second for 30,000 rows.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from synthstudio.core.evaluation.prepare import canonical_categories
from synthstudio.core.fairness.describe import describe_measurement, small_group_findings
from synthstudio.core.fairness.metrics import FairnessMeasurement, measure
from synthstudio.core.fairness.targets import MAX_GROUP_VALUES, MAX_OUTCOME_VALUES, FairnessTarget, Finding
from synthstudio.core.schema import ColumnType, Role, Schema

_GROUP_TYPES = (ColumnType.CATEGORICAL, ColumnType.BOOLEAN, ColumnType.INTEGER)


@dataclass(frozen=True)
class Preview:
    target: FairnessTarget               # with the favourable value as the data writes it
    measurement: FairnessMeasurement     # the real data
    sentences: list[str]
    findings: list[Finding]


def _candidates(frame: pd.DataFrame, schema: Schema, role: Role, most: int) -> list[str]:
    """Learned columns with 2..``most`` values; those with ``role`` first, then in table order."""
    fitting = [spec.name for spec in schema.columns
               if spec.learned and spec.type in _GROUP_TYPES and spec.name in frame.columns
               and 2 <= frame[spec.name].nunique(dropna=True) <= most]
    return sorted(fitting, key=lambda name: schema.column(name).role is not role)


def sensitive_candidates(frame: pd.DataFrame, schema: Schema) -> list[str]:
    """Columns that can define groups of people (columns with the role 'sensitive' first)."""
    return _candidates(frame, schema, Role.SENSITIVE, MAX_GROUP_VALUES)


def outcome_candidates(frame: pd.DataFrame, schema: Schema) -> list[str]:
    """Columns that can be an outcome (the 'target' column first)."""
    return _candidates(frame, schema, Role.TARGET, MAX_OUTCOME_VALUES)


def outcome_values(frame: pd.DataFrame, column: str) -> list[tuple[str, int]]:
    """The outcome's values as the targets write them, with how many rows hold each (most common first)."""
    counts = canonical_categories(frame[column]).value_counts(dropna=True)
    return [(str(value), int(count)) for value, count in counts.items()]


def preview(frame: pd.DataFrame, target: FairnessTarget, schema: Schema | None = None) -> Preview:
    """The real data measured against ``target``, in numbers and sentences (raises
    :class:`~synthstudio.core.errors.BadInputError` when the table cannot carry the target)."""
    target = target.check_against(frame, schema)
    measurement = measure(frame, target)
    return Preview(target, measurement, describe_measurement(measurement), small_group_findings(measurement))
