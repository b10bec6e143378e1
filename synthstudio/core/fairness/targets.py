"""What the user asks for: a fairness target, and the metrics it can be expressed in.

A target names the sensitive columns (each judged on its own, or their intersection, e.g.
sex × race), the outcome column and its favourable value, a metric and a threshold. It is
written three ways: the dataclass, a dict for the JSON project file and run record, and one
line for the command line::

    sensitive=sex,race;target=income;favourable=>50K;metric=disparate_impact;threshold=0.8

Groups with fewer than ``min_group_rows`` real rows are too small to learn from or to judge:
they are reported and warned about, but not part of the pass/fail decision (a rate measured
on a dozen people says more about chance than about bias).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from synthstudio.core.errors import BadInputError
from synthstudio.core.schema import ColumnType, Schema


@dataclass(frozen=True)
class MetricInfo:
    key: str
    label: str
    higher_is_fairer: bool       # ratios: 1 is equal treatment; differences: 0 is
    default_threshold: float
    needs_outcome: bool          # representation is about group sizes only
    on_data: bool                # measured on a table; False: on a model's predictions
    meaning: str


METRICS: dict[str, MetricInfo] = {m.key: m for m in (
    MetricInfo("disparate_impact", "Disparate impact ratio (four-fifths rule)", True, 0.8, True, True,
               "The favourable-outcome rate of the least favoured group divided by that of the most "
               "favoured group. 1 means equal rates; below 0.8 fails the four-fifths rule."),
    MetricInfo("statistical_parity", "Statistical parity difference", False, 0.1, True, True,
               "The favourable-outcome rate of the most favoured group minus that of the least "
               "favoured group. 0 means equal rates."),
    MetricInfo("representation", "Representation ratio", True, 0.8, False, True,
               "The share of rows of the smallest group divided by that of the largest group. "
               "1 means all groups are equally present."),
    MetricInfo("equalized_odds", "Equalized-odds difference (model)", False, 0.1, True, False,
               "A model is trained on the synthetic data and tested on real rows it never saw: the "
               "largest gap between groups in its true-positive or false-positive rate. 0 means the "
               "model errs alike for every group."),
)}

_METRIC_ALIASES = {"di": "disparate_impact", "disparate_impact_ratio": "disparate_impact",
                   "four_fifths": "disparate_impact", "spd": "statistical_parity",
                   "statistical_parity_difference": "statistical_parity", "demographic_parity":
                   "statistical_parity", "eod": "equalized_odds", "equalized_odds_difference": "equalized_odds",
                   "equalised_odds": "equalized_odds"}

DEFAULT_MIN_GROUP_ROWS = 30
MAX_GROUP_VALUES = 50          # a "sensitive" column with more values is not a set of groups
MAX_OUTCOME_VALUES = 20        # an outcome with more values is a measurement, not a decision
_TRUE_WORDS = {"1", "true", "yes", "on"}


def metric_key(name: str) -> str:
    """The canonical metric key for ``name`` (aliases and spelling variants accepted)."""
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    key = _METRIC_ALIASES.get(key, key)
    if key not in METRICS:
        raise BadInputError(f"'{name}' is not a fairness metric SynthStudio knows.",
                            f"Choose one of: {', '.join(METRICS)}.")
    return key


@dataclass(frozen=True)
class FairnessTarget:
    sensitive: tuple[str, ...]
    target: str | None = None          # the outcome column (optional for representation only)
    favourable: str | None = None      # the favourable outcome value, as written in the table
    metric: str = "disparate_impact"
    threshold: float | None = None     # None: the metric's default
    intersection: bool = False         # judge combined groups (e.g. Female × Black) instead of each column
    min_group_rows: int = DEFAULT_MIN_GROUP_ROWS

    def __post_init__(self) -> None:
        object.__setattr__(self, "sensitive", tuple(self.sensitive))
        object.__setattr__(self, "metric", metric_key(self.metric))
        if self.threshold is None:
            object.__setattr__(self, "threshold", self.info.default_threshold)
        self._check_own_values()

    # -- what it means ---------------------------------------------------------------
    @property
    def info(self) -> MetricInfo:
        return METRICS[self.metric]

    @property
    def attributes(self) -> list[tuple[str, ...]]:
        """The column sets whose groups are judged: each column alone, or all together."""
        if self.intersection and len(self.sensitive) > 1:
            return [self.sensitive]
        return [(name,) for name in self.sensitive]

    def met_by(self, value: float | None) -> bool | None:
        """Whether a measured ``value`` of the metric meets the threshold (None: not measured)."""
        if value is None:
            return None
        return value >= self.threshold if self.info.higher_is_fairer else value <= self.threshold

    def describe(self) -> str:
        """One line a person reads: 'disparate impact ratio ≥ 0.8 for sex, race (income = >50K)'."""
        sign = "≥" if self.info.higher_is_fairer else "≤"
        joiner = " × " if self.intersection else ", "
        outcome = f" ({self.target} = {self.favourable})" if self.target and self.info.needs_outcome else ""
        return f"{self.info.label} {sign} {self.threshold:g} for {joiner.join(self.sensitive)}{outcome}"

    # -- checks -------------------------------------------------------------------------
    def _check_own_values(self) -> None:
        if not self.sensitive or any(not name for name in self.sensitive):
            raise BadInputError("No sensitive column was chosen for the fairness target.",
                                "Choose at least one sensitive column, e.g. sex or race.")
        if len(set(self.sensitive)) != len(self.sensitive):
            raise BadInputError("The same sensitive column was chosen twice.", "Choose each column once.")
        if self.info.needs_outcome and (not self.target or self.favourable is None):
            raise BadInputError(f"The metric '{self.info.label}' needs an outcome column and its favourable value.",
                                "Choose the outcome column (e.g. income) and the value that is good news "
                                "for a person (e.g. >50K).")
        if self.target is not None and self.target in self.sensitive:
            raise BadInputError(f"'{self.target}' cannot be both the outcome and a sensitive column.",
                                "Choose a different outcome or sensitive column.")
        if self.info.higher_is_fairer and not 0 < self.threshold <= 1:
            raise BadInputError(f"A {self.info.label} threshold must be above 0 and at most 1; got {self.threshold}.",
                                f"Use a value such as {self.info.default_threshold}.")
        if not self.info.higher_is_fairer and not 0 <= self.threshold < 1:
            raise BadInputError(f"A {self.info.label} threshold must be from 0 to below 1; got {self.threshold}.",
                                f"Use a value such as {self.info.default_threshold}.")
        if self.min_group_rows < 1:
            raise BadInputError("The smallest group size to judge must be at least 1 row.",
                                f"Use a value such as {DEFAULT_MIN_GROUP_ROWS}.")

    def check_against(self, frame: pd.DataFrame, schema: Schema | None = None) -> "FairnessTarget":
        """This target with its favourable value written as it occurs in ``frame`` (``true`` ->
        ``True``, ``0.0`` -> ``0``); raise :class:`BadInputError` when the table cannot carry it."""
        from synthstudio.core.fairness.groups import favourable_value  # needs pandas helpers

        needed = list(self.sensitive) + ([self.target] if self.target else [])
        missing = [name for name in needed if name not in frame.columns]
        if missing:
            raise BadInputError(f"The table has no column called {', '.join(repr(m) for m in missing)}.",
                                f"Columns are: {', '.join(map(str, frame.columns))}.")
        for name in self.sensitive:
            spec = schema.column(name) if schema is not None and name in schema else None
            if spec is not None and not spec.learned:
                raise BadInputError(f"'{name}' is an identifier, so it is never learned and cannot define groups.",
                                    "Give the column the role 'sensitive' in the schema step.")
            count = frame[name].nunique(dropna=True)
            if count > MAX_GROUP_VALUES or (spec is not None and spec.type in (ColumnType.FLOAT, ColumnType.TEXT)
                                            and count > 10):
                raise BadInputError(
                    f"'{name}' has {count:,} different values, too many to form groups of people.",
                    "Choose a column with a few categories (e.g. sex, race, an age band), or add a grouped "
                    "copy of this column to the table.")
        if self.target:
            count = frame[self.target].nunique(dropna=True)
            if count > MAX_OUTCOME_VALUES:
                raise BadInputError(
                    f"The outcome '{self.target}' has {count:,} different values; fairness needs a decision "
                    "such as yes/no or a few categories.",
                    "Choose a yes/no or category column as the outcome.")
            if self.favourable is not None:
                return replace(self, favourable=favourable_value(frame[self.target], self.favourable))
        return self

    # -- round trips ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"sensitive": list(self.sensitive), "target": self.target, "favourable": self.favourable,
                "metric": self.metric, "threshold": self.threshold, "intersection": self.intersection,
                "min_group_rows": self.min_group_rows}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "FairnessTarget":
        known = set(cls.__dataclass_fields__)
        values = {k: v for k, v in data.items() if k in known}
        values["sensitive"] = tuple(values.get("sensitive") or ())
        return cls(**values)

    def to_text(self) -> str:
        """The command-line form; :meth:`parse` reads it back."""
        parts = [f"sensitive={','.join(self.sensitive)}"]
        if self.target:
            parts.append(f"target={self.target}")
        if self.favourable is not None:
            parts.append(f"favourable={self.favourable}")
        parts += [f"metric={self.metric}", f"threshold={self.threshold:g}"]
        if self.intersection:
            parts.append("intersection=yes")
        if self.min_group_rows != DEFAULT_MIN_GROUP_ROWS:
            parts.append(f"min_group={self.min_group_rows}")
        return ";".join(parts)

    @classmethod
    def parse(cls, text: str) -> "FairnessTarget":
        """Read ``key=value`` pairs separated by ``;`` (see the module docstring).

        Keys: sensitive (comma-separated), target (or outcome), favourable (or favorable),
        metric, threshold, intersection (yes/no), min_group. Only the first ``=`` of a pair
        splits it, so a favourable value such as ``>50K`` or ``a=b`` is read as written.
        """
        fields_: dict[str, Any] = {}
        for part in filter(None, (p.strip() for p in text.split(";"))):
            key, sep, value = part.partition("=")
            key = key.strip().lower().replace("-", "_")
            value = value.strip()
            if not sep or not key:
                raise BadInputError(f"'{part}' in the fairness target is not of the form key=value.",
                                    _PARSE_REMEDY)
            if key in fields_ or (key in _KEYS and _KEYS[key] in fields_):
                raise BadInputError(f"The fairness target gives '{key}' twice.", _PARSE_REMEDY)
            if key not in _KEYS:
                raise BadInputError(f"The fairness target has an unknown setting '{key}'.", _PARSE_REMEDY)
            fields_[_KEYS[key]] = value
        if "sensitive" not in fields_:
            raise BadInputError("The fairness target names no sensitive column.", _PARSE_REMEDY)
        fields_["sensitive"] = tuple(n.strip() for n in fields_["sensitive"].split(",") if n.strip())
        if "threshold" in fields_:
            fields_["threshold"] = _number(fields_["threshold"], "threshold", float)
        if "min_group_rows" in fields_:
            fields_["min_group_rows"] = _number(fields_["min_group_rows"], "min_group", int)
        if "intersection" in fields_:
            fields_["intersection"] = fields_["intersection"].lower() in _TRUE_WORDS
        return cls(**fields_)


_KEYS = {"sensitive": "sensitive", "target": "target", "outcome": "target", "favourable": "favourable",
         "favorable": "favourable", "metric": "metric", "threshold": "threshold",
         "intersection": "intersection", "min_group": "min_group_rows", "min_group_rows": "min_group_rows"}
_PARSE_REMEDY = ("Write it like: sensitive=sex,race;target=income;favourable=>50K;metric=disparate_impact;"
                 "threshold=0.8 (optional: intersection=yes, min_group=30).")


def _number(text: str, name: str, kind: type) -> Any:
    try:
        return kind(text)
    except ValueError:
        raise BadInputError(f"The fairness setting {name}={text} is not a number.", _PARSE_REMEDY) from None


@dataclass(frozen=True)
class Finding:
    """A warning or note for people: a stable ``code`` and ``params`` (for translation) and English ``text``."""

    code: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "params": self.params}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Finding":
        return cls(data["code"], data["text"], dict(data.get("params") or {}))
