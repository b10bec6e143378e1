"""Fairness of a table: who is in it, and how often each group gets the favourable outcome.

:func:`measure` computes, for each sensitive attribute (or their intersection), every
group's size, share and favourable-outcome rate, and from the groups large enough to judge:

* **representation ratio**: smallest group share / largest group share;
* **statistical parity difference**: highest favourable rate − lowest favourable rate;
* **disparate impact ratio**: lowest favourable rate / highest favourable rate (the US
  EEOC's "four-fifths rule" flags ratios below 0.8).

A target over several attributes is met only when it is met for each of them, so the
headline value is the worst one. The same code measures the real data and the synthetic
data; the synthetic data is judged on the groups that were large enough in the *real* data,
so both are compared on the same footing. Model-based metrics (equalized odds) are in
:mod:`synthstudio.core.fairness.model_metrics`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import pandas as pd

from synthstudio.core.evaluation.report import json_safe
from synthstudio.core.fairness.groups import JOIN, canonical_columns, group_labels, outcome_flags
from synthstudio.core.fairness.targets import FairnessTarget

Judged = Mapping[tuple[str, ...], frozenset[str]]   # attribute columns -> labels of the judged groups


@dataclass(frozen=True)
class GroupStats:
    label: str
    rows: int
    share: float                # of the rows whose group is known
    with_outcome: int           # rows whose outcome is known
    favourable: int
    judged: bool                # large enough to be part of the pass/fail decision

    @property
    def rate(self) -> float | None:
        return self.favourable / self.with_outcome if self.with_outcome else None

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.label, "rows": self.rows, "share": self.share, "with_outcome": self.with_outcome,
                "favourable": self.favourable, "favourable_rate": self.rate, "judged": self.judged}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "GroupStats":
        return cls(str(data["group"]), data["rows"], data["share"], data["with_outcome"], data["favourable"],
                   data["judged"])


@dataclass(frozen=True)
class AttributeMeasure:
    columns: tuple[str, ...]
    groups: tuple[GroupStats, ...]
    rows_without_group: int

    @property
    def name(self) -> str:
        return JOIN.join(self.columns)

    @property
    def judged(self) -> list[GroupStats]:
        return [g for g in self.groups if g.judged]

    def _rated(self) -> list[GroupStats]:
        """The judged groups, when each has a rate (a judged group without one makes rates unjudgeable)."""
        judged = self.judged
        return judged if all(g.rate is not None for g in judged) else []

    @property
    def most_favoured(self) -> GroupStats | None:
        rated = self._rated()
        return max(rated, key=lambda g: g.rate) if len(rated) >= 2 else None

    @property
    def least_favoured(self) -> GroupStats | None:
        rated = self._rated()
        return min(rated, key=lambda g: g.rate) if len(rated) >= 2 else None

    @property
    def statistical_parity(self) -> float | None:
        high, low = self.most_favoured, self.least_favoured
        return None if high is None else high.rate - low.rate

    @property
    def disparate_impact(self) -> float | None:
        high, low = self.most_favoured, self.least_favoured
        return None if high is None or high.rate == 0 else low.rate / high.rate

    @property
    def representation(self) -> float | None:
        judged = self.judged
        if len(judged) < 2:
            return None
        return min(g.share for g in judged) / max(g.share for g in judged)

    def value(self, metric: str) -> float | None:
        return {"disparate_impact": self.disparate_impact, "statistical_parity": self.statistical_parity,
                "representation": self.representation}.get(metric)

    def group(self, label: str) -> GroupStats | None:
        return next((g for g in self.groups if g.label == label), None)

    def to_dict(self) -> dict[str, Any]:
        return {"attribute": self.name, "columns": list(self.columns), "rows_without_group": self.rows_without_group,
                "groups": [g.to_dict() for g in self.groups],
                "disparate_impact": self.disparate_impact, "statistical_parity": self.statistical_parity,
                "representation": self.representation,
                "most_favoured": self.most_favoured.label if self.most_favoured else None,
                "least_favoured": self.least_favoured.label if self.least_favoured else None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "AttributeMeasure":
        """Read :meth:`to_dict` back; the metrics are recomputed from the groups."""
        return cls(tuple(data["columns"]), tuple(GroupStats.from_dict(g) for g in data["groups"]),
                   data["rows_without_group"])


@dataclass(frozen=True)
class FairnessMeasurement:
    target: FairnessTarget
    rows: int
    rows_without_outcome: int
    overall_rate: float | None        # favourable share among rows with an outcome
    attributes: tuple[AttributeMeasure, ...]

    def value(self, metric: str | None = None) -> float | None:
        """The worst value over the attributes (``metric`` defaults to the target's)."""
        metric = metric or self.target.metric
        values = [a.value(metric) for a in self.attributes]
        if not values or any(v is None for v in values):
            return None
        higher_is_fairer = metric in ("disparate_impact", "representation")
        return min(values) if higher_is_fairer else max(values)

    @property
    def met(self) -> bool | None:
        """Whether the target's metric meets its threshold on this table (None: not measurable here)."""
        return self.target.met_by(self.value()) if self.target.info.on_data else None

    def judged_groups(self) -> dict[tuple[str, ...], frozenset[str]]:
        return {a.columns: frozenset(g.label for g in a.judged) for a in self.attributes}

    def attribute(self, columns: tuple[str, ...]) -> AttributeMeasure:
        return next(a for a in self.attributes if a.columns == columns)

    def to_dict(self) -> dict[str, Any]:
        return json_safe({"rows": self.rows, "rows_without_outcome": self.rows_without_outcome,
                          "overall_favourable_rate": self.overall_rate,
                          "value": self.value() if self.target.info.on_data else None, "met": self.met,
                          "attributes": [a.to_dict() for a in self.attributes]})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], target: FairnessTarget) -> "FairnessMeasurement":
        """Read :meth:`to_dict` back (the target is stored once, by the verification)."""
        return cls(target, data["rows"], data["rows_without_outcome"], data["overall_favourable_rate"],
                   tuple(AttributeMeasure.from_dict(a) for a in data["attributes"]))


def measure(frame: pd.DataFrame, target: FairnessTarget, judged: Judged | None = None) -> FairnessMeasurement:
    """Measure ``frame`` against ``target``. ``judged`` fixes which groups count (e.g. those
    large enough in the real data); by default, groups with at least ``min_group_rows`` rows."""
    canonical = canonical_columns(frame, target.sensitive)
    flags = outcome_flags(frame[target.target], target.favourable) if target.target and target.info.needs_outcome \
        else pd.Series(float("nan"), index=frame.index)
    attributes = []
    for columns in target.attributes:
        labels = group_labels(canonical, columns)
        known = labels.notna()
        table = pd.DataFrame({"group": labels[known], "flag": flags[known]})
        counts = table.groupby("group", sort=True)["flag"].agg(rows="size", with_outcome="count", favourable="sum")
        total = int(known.sum())
        groups = tuple(
            GroupStats(label=str(label), rows=int(row.rows), share=row.rows / total, with_outcome=int(row.with_outcome),
                       favourable=int(row.favourable),
                       judged=bool(str(label) in judged.get(columns, frozenset())) if judged is not None
                       else bool(row.rows >= target.min_group_rows))
            for label, row in counts.iterrows())
        # A judged group the table lacks is shown with no rows: its absence is a finding, not a detail.
        absent = sorted(judged.get(columns, frozenset()) - set(counts.index.astype(str))) if judged else []
        groups += tuple(GroupStats(label, 0, 0.0, 0, 0, True) for label in absent)
        attributes.append(AttributeMeasure(columns, groups, int((~known).sum())))
    with_outcome = flags.notna()
    overall = float(flags[with_outcome].mean()) if with_outcome.any() else None
    return FairnessMeasurement(target, len(frame), int((~with_outcome).sum()) if target.info.needs_outcome else 0,
                               overall, tuple(attributes))
