"""Fidelity: does the synthetic data look like the real data?

* Column shapes, column pair trends and the overall quality score come from SDMetrics'
  QualityReport (KS complement for numbers and dates, TV complement for categories;
  correlation and contingency similarity for pairs), so the numbers match the SDV ecosystem.
* SDMetrics' pair score barely moves when every column is shuffled independently (it
  averages similarities that stay high for weak links), so the gate judges pairs with
  ``relationships_kept``: the share of the real association strength, summed over linked
  pairs, that the synthetic data reproduces. Association is Spearman's rank correlation
  between two numbers (or dates) and bias-corrected Cramér's V otherwise (numbers binned
  on the real deciles).
* The discriminator: gradient boosting trained to tell real training rows from synthetic
  rows, scored by cross-validated ROC AUC (0.5: cannot tell them apart).
"""
from __future__ import annotations

import contextlib
import io
import itertools
import warnings
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from synthstudio.core.evaluation.features import FeatureEncoder, boosted_trees
from synthstudio.core.evaluation.prepare import (MISSING_LABEL, Kind, PreparedData, category_codes,
                                                 discrete_codes, sample_rows)

LINKED_PAIR = 0.15         # real association from which a pair counts as linked (weaker links drown in
                           # sampling noise on tables of ~1,000 rows)
DISCRIMINATOR_FOLDS = 3
HISTOGRAM_BINS = 30
TOP_CATEGORIES = 12        # categories drawn one by one; the rest are pooled as "Other"
MIN_CATEGORY_ROWS = 10     # a real category drawn on its own must have this many rows


def sdmetrics_quality(data: PreparedData, real: pd.DataFrame, synthetic: pd.DataFrame) -> dict[str, Any]:
    """Run SDMetrics' QualityReport; numbers and dates are numerical (dates as seconds)."""
    from sdmetrics.reports import QualityReport

    columns = {c.name: {"sdtype": "numerical" if c.numeric else "categorical"} for c in data.columns}
    report = QualityReport()
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            report.generate({"table": real}, {"table": synthetic},
                            {"tables": {"table": {"columns": columns}}}, verbose=False)
            properties = dict(zip(*report.get_properties()[["Property", "Score"]].to_numpy().T))
            shapes = report.get_details("Column Shapes", "table")
    except Exception as error:  # a library failure costs these three numbers, not the whole evaluation
        return {"column_shapes": None, "pair_trends": None, "quality_score": None, "per_column": {},
                "error": f"SDMetrics could not score these tables: {type(error).__name__}: {error}"}
    per_column = {row["Column"]: (row["Metric"], _number(row["Score"])) for _, row in shapes.iterrows()}
    return {
        "column_shapes": _number(properties.get("Column Shapes")),
        "pair_trends": _number(properties.get("Column Pair Trends")),
        "quality_score": _number(report.get_score()),
        "per_column": per_column,
    }


def column_table(data: PreparedData, real: pd.DataFrame, synthetic: pd.DataFrame,
                 per_column: dict[str, tuple[str, float | None]]) -> list[dict[str, Any]]:
    """One row per column: its similarity score and the share of missing values on each side."""
    rows = []
    for column in data.columns:
        metric, score = per_column.get(column.name, ("", None))
        rows.append({"column": column.name, "kind": column.kind.value, "metric": _metric_name(metric),
                     "score": score,
                     "missing_real": float(real[column.name].isna().mean()),
                     "missing_synthetic": float(synthetic[column.name].isna().mean())})
    return rows


def _metric_name(sdmetrics_name: str) -> str:
    return {"KSComplement": "KS complement", "TVComplement": "TV complement"}.get(sdmetrics_name, sdmetrics_name)


def cramers_v(a: np.ndarray, b: np.ndarray) -> float:
    """Bias-corrected Cramér's V (Bergsma 2013) of two columns of non-negative integer codes."""
    n = len(a)
    if n < 2:
        return 0.0
    width = int(b.max()) + 1
    table = np.bincount(a * width + b, minlength=(int(a.max()) + 1) * width).reshape(-1, width)
    table = table[table.sum(axis=1) > 0][:, table.sum(axis=0) > 0].astype("float64")
    r, k = table.shape
    if r < 2 or k < 2:
        return 0.0
    expected = table.sum(1, keepdims=True) * table.sum(0, keepdims=True) / n
    phi2 = ((table - expected) ** 2 / expected).sum() / n
    phi2 = max(0.0, phi2 - (k - 1) * (r - 1) / (n - 1))
    r_corr, k_corr = r - (r - 1) ** 2 / (n - 1), k - (k - 1) ** 2 / (n - 1)
    denominator = min(k_corr - 1, r_corr - 1)
    return float(np.sqrt(phi2 / denominator)) if denominator > 0 else 0.0


def _spearman(frame: pd.DataFrame, a: str, b: str) -> float:
    pair = frame[[a, b]].dropna()
    if len(pair) < 3 or pair[a].nunique() < 2 or pair[b].nunique() < 2:
        return 0.0
    return float(pair[a].rank().corr(pair[b].rank()))


def association_matrix(data: PreparedData, table: pd.DataFrame,
                       codes: dict[str, tuple[np.ndarray, np.ndarray]], side: int) -> np.ndarray:
    """Pairwise association of ``table``'s columns (``side`` picks its codes: 0 real, 1 other)."""
    names = data.names
    matrix = np.eye(len(names))
    for (i, a), (j, b) in itertools.combinations(enumerate(names), 2):
        if data.column(a).numeric and data.column(b).numeric:
            value = _spearman(table, a, b)
        else:
            value = cramers_v(codes[a][side], codes[b][side])
        matrix[i, j] = matrix[j, i] = value
    return matrix


def relationships(data: PreparedData, real: pd.DataFrame, synthetic: pd.DataFrame) -> dict[str, Any]:
    """Association matrices of both tables and the share of linked-pair strength kept."""
    codes = discrete_codes(data.columns, real, synthetic)
    real_matrix = association_matrix(data, real, codes, 0)
    synthetic_matrix = association_matrix(data, synthetic, codes, 1)
    upper = np.triu_indices(len(data.names), k=1)
    real_values, synthetic_values = real_matrix[upper], synthetic_matrix[upper]
    linked = np.abs(real_values) >= LINKED_PAIR
    kept = None
    if linked.any():
        lost = np.abs(real_values[linked] - synthetic_values[linked]).sum()
        kept = float(np.clip(1 - lost / np.abs(real_values[linked]).sum(), 0.0, 1.0))
    pairs = [{"column_a": data.names[i], "column_b": data.names[j],
              "measure": "Spearman" if data.column(data.names[i]).numeric and data.column(data.names[j]).numeric
              else "Cramér's V",
              "real": float(real_matrix[i, j]), "synthetic": float(synthetic_matrix[i, j]),
              "linked": bool(abs(real_matrix[i, j]) >= LINKED_PAIR)}
             for i, j in zip(*upper)]
    return {"relationships_kept": kept, "columns": data.names,
            "real_matrix": real_matrix.round(4).tolist(),
            "synthetic_matrix": synthetic_matrix.round(4).tolist(), "pairs": pairs}


def discriminator_auc(data: PreparedData, real: pd.DataFrame, synthetic: pd.DataFrame, seed: int) -> dict[str, Any]:
    """Cross-validated ROC AUC of gradient boosting telling real from synthetic rows
    (equal numbers of each, so 0.5 is the no-skill value)."""
    n = min(len(real), len(synthetic))
    if n < DISCRIMINATOR_FOLDS * 2:
        return {"auc": None, "rows_each": n, "note": "too few rows to train a classifier"}
    rng = np.random.default_rng(seed)
    real, synthetic = sample_rows(real, n, rng), sample_rows(synthetic, n, rng)
    encoder = FeatureEncoder(data.columns).fit(real)
    features = np.vstack([encoder.transform(real), encoder.transform(synthetic)])
    labels = np.r_[np.zeros(n), np.ones(n)]
    folds = StratifiedKFold(DISCRIMINATOR_FOLDS, shuffle=True, random_state=seed)
    scores = cross_val_predict(boosted_trees(encoder, True, seed), features, labels, cv=folds,
                               method="predict_proba")[:, 1]
    return {"auc": float(roc_auc_score(labels, scores)), "rows_each": n,
            "model": "histogram gradient boosting", "folds": DISCRIMINATOR_FOLDS}


def distributions(data: PreparedData, real: pd.DataFrame, synthetic: pd.DataFrame) -> list[dict[str, Any]]:
    """Per column, the shares of real and synthetic values per bin or category, for the
    overlay charts. Only pooled shares leave here: bins span the real 0.5th-99.5th
    percentiles (extremes fall in the end bins), so on tables of thousands of rows no single
    person's extreme value sets an axis, and categories of fewer than 10 real rows are
    pooled as "Other"."""
    return [_numeric_distribution(c.name, c.kind, real[c.name], synthetic[c.name]) if c.numeric
            else _category_distribution(c.name, real[c.name], synthetic[c.name])
            for c in data.columns]


def _numeric_distribution(name: str, kind: Kind, real: pd.Series, synthetic: pd.Series) -> dict[str, Any]:
    finite = real.dropna().to_numpy()
    low, high = (np.quantile(finite, [0.005, 0.995]) if len(finite) else (0.0, 1.0))
    if high <= low:
        low, high = low - 0.5, high + 0.5
    edges = np.linspace(low, high, HISTOGRAM_BINS + 1)

    def shares(values: pd.Series) -> list[float]:
        present = np.clip(values.dropna().to_numpy(), low, high)
        counts, _ = np.histogram(present, bins=edges)
        return (counts / max(1, len(values))).round(6).tolist()

    return {"column": name, "kind": kind.value, "edges": edges.tolist(),
            "real": shares(real), "synthetic": shares(synthetic),
            "missing_real": float(real.isna().mean()), "missing_synthetic": float(synthetic.isna().mean())}


def _category_distribution(name: str, real: pd.Series, synthetic: pd.Series) -> dict[str, Any]:
    counts = real.value_counts()
    shown = [c for c in counts.index[:TOP_CATEGORIES] if counts[c] >= MIN_CATEGORY_ROWS]
    codes_real, codes_synthetic = category_codes(real, synthetic)
    labels = [str(c) for c in shown] + ["Other", MISSING_LABEL]

    def shares(codes: np.ndarray) -> list[float]:
        k = len(counts)
        bucket = np.where(codes < len(shown), codes, len(shown))        # other categories
        bucket = np.where(codes == k, len(shown) + 1, bucket)           # missing
        return (np.bincount(bucket, minlength=len(labels)) / max(1, len(codes))).round(6).tolist()

    return {"column": name, "kind": Kind.CATEGORY.value, "labels": labels,
            "real": shares(codes_real), "synthetic": shares(codes_synthetic)}


def _number(value) -> float | None:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(value) else value
