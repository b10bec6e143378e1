"""Fairness of a model trained on a table and tested on real holdout rows ("train on synthetic,
test on real"), per group: how often it predicts the favourable outcome (selection rate), and
how it errs (true-positive and false-positive rates). The equalized-odds difference is the
largest gap between judged groups in either rate (fairlearn's ``equalized_odds_difference``).

The model is the evaluation's standard one (scikit-learn histogram gradient boosting on every
measured column, sensitive columns included, as a downstream analyst would train it), asked
a yes/no question: is the outcome the favourable value? Error rates of a group are judged
only when its holdout rows hold at least ``MIN_HOLDOUT_CASES`` favourable and as many other
outcomes; otherwise its rates are shown but left out of the difference.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

import numpy as np
import pandas as pd
from fairlearn.metrics import (MetricFrame, count, equalized_odds_difference, false_positive_rate, selection_rate,
                               true_positive_rate)
from sklearn.metrics import accuracy_score, roc_auc_score

from synthstudio.core.evaluation.features import FeatureEncoder, boosted_trees
from synthstudio.core.evaluation.prepare import EvalColumn, sample_rows
from synthstudio.core.fairness.groups import JOIN, canonical_columns, group_labels, outcome_flags
from synthstudio.core.fairness.metrics import Judged
from synthstudio.core.fairness.targets import FairnessTarget

MIN_HOLDOUT_CASES = 10


@dataclass(frozen=True)
class ModelGroup:
    label: str
    rows: int
    selection_rate: float
    true_positive_rate: float | None
    false_positive_rate: float | None
    judged: bool

    def to_dict(self) -> dict[str, Any]:
        return {"group": self.label, "rows": self.rows, "selection_rate": self.selection_rate,
                "true_positive_rate": self.true_positive_rate, "false_positive_rate": self.false_positive_rate,
                "judged": self.judged}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ModelGroup":
        return cls(str(data["group"]), data["rows"], data["selection_rate"], data["true_positive_rate"],
                   data["false_positive_rate"], data["judged"])


@dataclass(frozen=True)
class ModelAttribute:
    columns: tuple[str, ...]
    groups: tuple[ModelGroup, ...]
    equalized_odds: float | None      # fairlearn, over the judged groups
    disparate_impact: float | None    # lowest / highest selection rate, judged groups
    statistical_parity: float | None  # highest − lowest selection rate, judged groups

    @property
    def name(self) -> str:
        return JOIN.join(self.columns)

    def value(self, metric: str) -> float | None:
        return {"equalized_odds": self.equalized_odds, "disparate_impact": self.disparate_impact,
                "statistical_parity": self.statistical_parity}.get(metric)

    def to_dict(self) -> dict[str, Any]:
        return {"attribute": self.name, "columns": list(self.columns), "groups": [g.to_dict() for g in self.groups],
                "equalized_odds_difference": self.equalized_odds, "disparate_impact": self.disparate_impact,
                "statistical_parity": self.statistical_parity}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ModelAttribute":
        return cls(tuple(data["columns"]), tuple(ModelGroup.from_dict(g) for g in data["groups"]),
                   data["equalized_odds_difference"], data["disparate_impact"], data["statistical_parity"])


@dataclass(frozen=True)
class ModelFairness:
    trained_on: str
    rows_train: int
    rows_test: int
    accuracy: float
    roc_auc: float | None
    attributes: tuple[ModelAttribute, ...]

    def value(self, metric: str) -> float | None:
        """The worst value over the attributes."""
        values = [a.value(metric) for a in self.attributes]
        if not values or any(v is None for v in values):
            return None
        return min(values) if metric == "disparate_impact" else max(values)

    def to_dict(self) -> dict[str, Any]:
        return {"trained_on": self.trained_on, "rows_train": self.rows_train, "rows_test": self.rows_test,
                "accuracy": self.accuracy, "roc_auc": self.roc_auc,
                "equalized_odds_difference": self.value("equalized_odds"),
                "attributes": [a.to_dict() for a in self.attributes]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ModelFairness":
        return cls(data["trained_on"], data["rows_train"], data["rows_test"], data["accuracy"], data["roc_auc"],
                   tuple(ModelAttribute.from_dict(a) for a in data["attributes"]))


def model_fairness(trained_on: str, train: pd.DataFrame, holdout: pd.DataFrame, columns: list[EvalColumn],
                   target: FairnessTarget, judged: Judged, seed: int, max_rows: int) -> ModelFairness:
    """Train on ``train`` and test on ``holdout`` (both prepared by the evaluation's ``prepare``)."""
    known = outcome_flags(train[target.target], target.favourable).notna()
    train = sample_rows(train[known], max_rows, np.random.default_rng(seed))
    y_train = outcome_flags(train[target.target], target.favourable).to_numpy().astype(int)
    y_test = outcome_flags(holdout[target.target], target.favourable)
    test = holdout[y_test.notna()]
    y_true = y_test[y_test.notna()].to_numpy().astype(int)
    features = [c for c in columns if c.name != target.target]
    scores = _favourable_scores(features, train, y_train, test, seed)
    y_pred = (scores >= 0.5).astype(int)
    auc = float(roc_auc_score(y_true, scores)) if len(set(y_true)) == 2 else None
    canonical = canonical_columns(test, target.sensitive)
    attributes = tuple(_attribute(columns_, group_labels(canonical, columns_), y_true, y_pred,
                                  judged.get(columns_, frozenset())) for columns_ in target.attributes)
    return ModelFairness(trained_on, len(train), len(test), float(accuracy_score(y_true, y_pred)), auc, attributes)


def _favourable_scores(features: list[EvalColumn], train: pd.DataFrame, y_train: np.ndarray, test: pd.DataFrame,
                       seed: int) -> np.ndarray:
    """The model's probability of the favourable outcome for each test row."""
    if len(set(y_train)) < 2:   # one outcome only: the model can only ever predict it
        return np.full(len(test), float(y_train[0]) if len(y_train) else 0.0)
    encoder = FeatureEncoder(features).fit(train)
    model = boosted_trees(encoder, True, seed).fit(encoder.transform(train), y_train)
    return model.predict_proba(encoder.transform(test))[:, list(model.classes_).index(1)]


def _attribute(columns: tuple[str, ...], labels: pd.Series, y_true: np.ndarray, y_pred: np.ndarray,
               judged_labels: frozenset[str]) -> ModelAttribute:
    known = labels.notna().to_numpy()
    labels = labels[known].astype(str).to_numpy()
    y_true, y_pred = y_true[known], y_pred[known]
    frame = MetricFrame(metrics={"rows": count, "selection_rate": selection_rate, "tpr": true_positive_rate,
                                 "fpr": false_positive_rate},
                        y_true=y_true, y_pred=y_pred, sensitive_features=pd.Series(labels, name="group"))
    groups = []
    for label, row in frame.by_group.iterrows():
        positives = int(((labels == label) & (y_true == 1)).sum())
        negatives = int(((labels == label) & (y_true == 0)).sum())
        enough = min(positives, negatives) >= MIN_HOLDOUT_CASES
        groups.append(ModelGroup(str(label), int(row["rows"]), float(row["selection_rate"]),
                                 float(row["tpr"]) if positives else None, float(row["fpr"]) if negatives else None,
                                 judged=bool(enough and str(label) in judged_labels)))
    counted = [g.label for g in groups if g.judged]
    rates = [g.selection_rate for g in groups if g.judged]
    inside = np.isin(labels, counted)
    eod = float(equalized_odds_difference(y_true[inside], y_pred[inside], sensitive_features=labels[inside])) \
        if len(counted) >= 2 else None
    ratio = (min(rates) / max(rates) if max(rates) > 0 else None) if len(rates) >= 2 else None
    spread = max(rates) - min(rates) if len(rates) >= 2 else None
    return ModelAttribute(columns, tuple(groups), eod, ratio, spread)
