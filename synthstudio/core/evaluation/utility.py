"""Utility, "train on synthetic, test on real" (TSTR).

The same standard model (scikit-learn's histogram gradient boosting) is trained once on
synthetic rows and once on as many real training rows, and both predict the target on the
holdout, which neither saw. Classification reports accuracy, F1 and ROC AUC; regression
reports R² and mean absolute error; each with the ratio synthetic / real.

The gate judges ``prediction_skill_kept``: the share of the real model's skill *above
chance* that the synthetic model keeps: (AUC_syn - 0.5) / (AUC_real - 0.5) for categories,
R²_syn / R²_real for numbers (R² is already 0 for a model that predicts the mean). A plain
ratio of AUCs would flatter useless data, since a coin toss already scores 0.5.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score, mean_absolute_error, r2_score, roc_auc_score

from synthstudio.core.evaluation.features import FeatureEncoder, boosted_trees
from synthstudio.core.evaluation.prepare import PreparedData, sample_rows

MAX_CLASSES_AS_NUMBERS = 2     # a number target with at most 2 values (0/1, 1/2) is a class
MIN_REAL_SKILL = 0.05          # below this even real data does not predict the target


def task_of(data: PreparedData) -> str | None:
    """"classification", "regression" or None when the target cannot be modelled."""
    target = data.column(data.target)
    if not target.numeric:
        return "classification"
    if target.kind.value == "datetime":
        return None
    return "classification" if data.train[target.name].nunique() <= MAX_CLASSES_AS_NUMBERS else "regression"


def tstr(data: PreparedData, synthetic: pd.DataFrame, max_rows: int, seed: int) -> dict[str, Any]:
    if data.target is None:
        return {"prediction_skill_kept": None,
                "note": "No target column: give one column the role 'target' to measure utility."}
    task = task_of(data)
    if task is None:
        return {"prediction_skill_kept": None, "target": data.target,
                "note": "A date target cannot be predicted by the standard model."}
    target = data.target
    holdout = data.holdout[data.holdout[target].notna()]
    if len(holdout) == 0:
        return {"prediction_skill_kept": None, "target": target,
                "note": "There are no holdout rows with a target value to test on."}
    synthetic = synthetic[synthetic[target].notna()]
    rng = np.random.default_rng(seed)
    n = min(len(synthetic), max_rows)
    real = sample_rows(data.train[data.train[target].notna()], n, rng)
    synthetic = sample_rows(synthetic, n, rng)
    features = [c for c in data.columns if c.name != target]
    if not features or len(real) == 0 or len(synthetic) == 0:
        return {"prediction_skill_kept": None, "target": target,
                "note": "There are no other columns or rows to predict the target from."}
    encoder = FeatureEncoder(features).fit(real)
    fit = _classify if task == "classification" else _regress
    scores_real = fit(encoder, real, holdout, target, seed, reference=real)
    scores_synthetic = fit(encoder, synthetic, holdout, target, seed, reference=real)
    primary = "roc_auc" if task == "classification" else "r2"
    chance = 0.5 if task == "classification" else 0.0
    real_skill = scores_real[primary] - chance
    result = {
        "target": target, "task": task, "model": "histogram gradient boosting",
        "rows_train": len(real), "rows_synthetic": len(synthetic), "rows_test": len(holdout),
        "primary": primary, "real": scores_real, "synthetic": scores_synthetic,
        "ratio": {k: (scores_synthetic[k] / scores_real[k] if scores_real[k] else None) for k in scores_real},
    }
    if real_skill < MIN_REAL_SKILL:
        result.update(prediction_skill_kept=None,
                      note="Even a model trained on real data cannot predict the target from the other "
                           "columns, so the synthetic data's utility for it cannot be judged.")
    else:
        kept = (scores_synthetic[primary] - chance) / real_skill
        result["prediction_skill_kept"] = float(np.clip(kept, 0.0, None))
    return result


def _classify(encoder: FeatureEncoder, train: pd.DataFrame, test: pd.DataFrame, target: str, seed: int,
              reference: pd.DataFrame) -> dict[str, float]:
    y_train, y_test = train[target].astype(str).to_numpy(), test[target].astype(str).to_numpy()
    classes = sorted(set(reference[target].astype(str)) | set(y_test) | set(y_train))
    if len(set(y_train)) < 2:   # one class only: the model can only ever predict it
        probabilities = np.zeros((len(test), len(classes)))
        probabilities[:, classes.index(y_train[0])] = 1.0
    else:
        model = boosted_trees(encoder, True, seed).fit(encoder.transform(train), y_train)
        probabilities = np.zeros((len(test), len(classes)))
        probabilities[:, [classes.index(str(c)) for c in model.classes_]] = model.predict_proba(encoder.transform(test))
    predicted = np.asarray(classes, dtype=object)[probabilities.argmax(axis=1)]
    counts = reference[target].astype(str).value_counts()
    if len(classes) == 2:
        positive = str(counts.index[-1])              # the minority class: usually the one of interest
        f1 = f1_score(y_test, predicted, pos_label=positive, average="binary", zero_division=0)
    else:
        f1 = f1_score(y_test, predicted, average="macro", zero_division=0)
    return {"accuracy": float(accuracy_score(y_test, predicted)), "f1": float(f1),
            "roc_auc": _auc(y_test, probabilities, classes)}


def _auc(y_test: np.ndarray, probabilities: np.ndarray, classes: list[str]) -> float:
    present = [i for i, c in enumerate(classes) if c in set(y_test)]
    if len(present) < 2:
        return 0.5
    if len(present) == 2:
        return float(roc_auc_score(y_test == classes[present[1]], probabilities[:, present[1]]))
    scores = probabilities[:, present]
    totals = scores.sum(axis=1, keepdims=True)
    scores = np.where(totals > 0, scores / np.where(totals > 0, totals, 1), 1 / len(present))
    return float(roc_auc_score(y_test, scores, multi_class="ovr", average="macro",
                               labels=[classes[i] for i in present]))


def _regress(encoder: FeatureEncoder, train: pd.DataFrame, test: pd.DataFrame, target: str, seed: int,
             reference: pd.DataFrame) -> dict[str, float]:
    model = boosted_trees(encoder, False, seed).fit(encoder.transform(train), train[target].to_numpy())
    predicted = model.predict(encoder.transform(test))
    y_test = test[target].to_numpy()
    return {"r2": float(r2_score(y_test, predicted)), "mae": float(mean_absolute_error(y_test, predicted))}
