"""One call that measures a synthetic table against the real one: fidelity, diversity,
utility and privacy, then judges the result with the release gate.

Used by ``synthstudio evaluate``, by ``synthstudio run`` (the run record embeds
``report.to_dict()``) and by the app's comparison view, once per generator.
"""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from importlib.metadata import version
from typing import Iterator

import numpy as np
import pandas as pd
from threadpoolctl import threadpool_limits

from synthstudio.core.evaluation import diversity, fidelity, privacy, utility
from synthstudio.core.evaluation.catalog import METRICS
from synthstudio.core.evaluation.gate import GateThresholds, apply_gate
from synthstudio.core.evaluation.prepare import PreparedData, prepare, sample_rows
from synthstudio.core.evaluation.report import EvaluationReport, json_safe
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress, sub_progress
from synthstudio.core.schema import Schema

DEFAULT_MAX_ROWS = 20_000   # no slow step (models, distances) uses more rows of any table
SMALL_HOLDOUT = 200         # below this, privacy estimates are too noisy to trust much


class _Steps:
    """Runs the named steps in order: progress slices, cancel checks, timings."""

    def __init__(self, progress: ProgressFn, cancel: CancelToken | None, weights: dict[str, float]):
        self.progress, self.cancel = progress, cancel
        total = sum(weights.values())
        self.slices, start = {}, 0.0
        for name, weight in weights.items():
            self.slices[name] = (start, start + weight / total)
            start += weight / total
        self.timings: dict[str, float] = {}       # wall-clock seconds
        self.cpu_seconds: dict[str, float] = {}   # processor time: what the step costs on an idle machine

    @contextmanager
    def step(self, name: str, message: str) -> Iterator[ProgressFn]:
        check_cancel(self.cancel)
        start, end = self.slices[name]
        self.progress(start, message)
        started, cpu_started = time.perf_counter(), time.process_time()
        yield sub_progress(self.progress, start, end)
        self.timings[name] = round(time.perf_counter() - started, 3)
        self.cpu_seconds[name] = round(time.process_time() - cpu_started, 3)
        self.progress(end, message)


# Relative durations measured on the adult table (benchmarks/bench_evaluation.py), in the
# order the steps run.
_WEIGHTS = {"prepare": 1, "quality": 2, "relationships": 1, "distributions": 0.5, "discriminator": 4,
            "diversity": 1, "utility": 5, "distances": 6, "attribute_inference": 2, "copies": 0.5}


def _worker_threads() -> int:
    """OpenMP threads for the models: half the cores. Gradient boosting's OpenMP threads spin
    while waiting, and on a busy machine (a generator training beside us, the app itself)
    all-core settings ran 10x slower in our measurements than a single thread."""
    return max(1, (os.cpu_count() or 2) // 2)


def evaluate(train: pd.DataFrame, holdout: pd.DataFrame, synthetic: pd.DataFrame, schema: Schema, *,
             target: str | None = None, thresholds: GateThresholds | None = None,
             progress: ProgressFn | None = None, cancel: CancelToken | None = None,
             seed: int = 0, max_rows: int = DEFAULT_MAX_ROWS) -> EvaluationReport:
    """Measure ``synthetic`` against the real ``train`` rows (what the generator learned from)
    and ``holdout`` rows (real rows it never saw). ``target`` overrides the schema's target.
    Identifier and direct-identifier columns are never measured. At most ``max_rows`` rows
    of each table enter the slow steps, drawn with ``seed``: same inputs, same report."""
    with threadpool_limits(limits=_worker_threads(), user_api="openmp"):
        return _evaluate(train, holdout, synthetic, schema, target, thresholds, progress, cancel, seed,
                         max_rows)


def _evaluate(train: pd.DataFrame, holdout: pd.DataFrame, synthetic: pd.DataFrame, schema: Schema,
              target: str | None, thresholds: GateThresholds | None, progress: ProgressFn | None,
              cancel: CancelToken | None, seed: int, max_rows: int) -> EvaluationReport:
    steps = _Steps(progress or no_progress, cancel, _WEIGHTS)
    metrics: dict[str, float | None] = {key: None for key in METRICS}
    details: dict[str, dict] = {"fidelity": {}, "diversity": {}, "utility": {}, "privacy": {}}

    with steps.step("prepare", "Preparing the tables"):
        data = prepare(train, holdout, synthetic, schema, target)
        rng = np.random.default_rng(seed)
        real_sample = sample_rows(data.train, max_rows, rng)
        synthetic_sample = sample_rows(data.synthetic, max_rows, rng)
    warnings = list(data.warnings) + _sampling_warnings(data)

    with steps.step("quality", "Comparing column shapes (SDMetrics)"):
        quality = fidelity.sdmetrics_quality(data, real_sample, synthetic_sample)
        for key in ("column_shapes", "pair_trends", "quality_score"):
            metrics[key] = quality[key]
        if "error" in quality:
            warnings.append(quality["error"])
        details["fidelity"]["columns"] = fidelity.column_table(data, real_sample, synthetic_sample,
                                                               quality["per_column"])
    with steps.step("relationships", "Comparing relationships between columns"):
        links = fidelity.relationships(data, real_sample, synthetic_sample)
        metrics["relationships_kept"] = links.pop("relationships_kept")
        details["fidelity"]["relationships"] = links
    with steps.step("distributions", "Summarising distributions for the charts"):
        details["fidelity"]["distributions"] = fidelity.distributions(data, real_sample, synthetic_sample)
    with steps.step("discriminator", "Training a classifier to tell real from synthetic"):
        discriminator = fidelity.discriminator_auc(data, real_sample, synthetic_sample, seed)
        metrics["discriminator_auc"] = discriminator["auc"]
        details["fidelity"]["discriminator"] = discriminator

    with steps.step("diversity", "Checking coverage, duplicates and invented values"):
        found = {**diversity.categories(data, data.train, data.synthetic),
                 **diversity.ranges(data, data.train, data.synthetic),
                 **diversity.duplicates(data.train, data.synthetic),
                 **diversity.impossible_combinations(data, data.train, data.synthetic, data.holdout)}
        details["diversity"] = _take_metrics(found, metrics)

    with steps.step("utility", "Training models on synthetic and on real data"):
        details["utility"] = _take_metrics(utility.tstr(data, data.synthetic, max_rows, seed), metrics)

    if len(data.holdout) == 0:
        details["privacy"] = {"note": "There are no holdout rows, so privacy cannot be compared "
                                      "with real rows the generator never saw."}
        warnings.append(details["privacy"]["note"])
    else:
        with steps.step("distances", "Measuring distances to the real rows") as report:
            found = privacy.distance_tests(data, data.synthetic, max_rows, seed, report, cancel)
            details["privacy"] = _take_metrics(found, metrics)
        with steps.step("attribute_inference", "Trying to guess sensitive values"):
            found = privacy.attribute_inference(data, data.synthetic, max_rows, seed, cancel)
            details["privacy"]["attribute_inference"] = _take_metrics(found, metrics)
    with steps.step("copies", "Looking for copies of training rows"):
        details["privacy"]["exact_copies"] = _take_metrics(privacy.exact_copies(data, data.synthetic), metrics)

    info = {
        "rows": {"training": len(data.train), "holdout": len(data.holdout), "synthetic": len(data.synthetic)},
        "rows_compared": {"training": len(real_sample), "synthetic": len(synthetic_sample)},
        "max_rows": max_rows, "seed": seed, "target": data.target,
        "columns": [{"name": c.name, "kind": c.kind.value, "role": c.role.value} for c in data.columns],
        "excluded": data.excluded,
        "timings": steps.timings, "cpu_seconds": steps.cpu_seconds,
        "libraries": {name: version(name) for name in ("sdmetrics", "scikit-learn", "pandas", "numpy")},
    }
    metrics = json_safe(metrics)
    return EvaluationReport(metrics, json_safe(details), apply_gate(metrics, thresholds), json_safe(info),
                            warnings)


def _take_metrics(found: dict, metrics: dict[str, float | None]) -> dict:
    """Move headline values into ``metrics``; the rest is detail."""
    for key in list(found):
        if key in METRICS:
            metrics[key] = found.pop(key)
    return found


def _sampling_warnings(data: PreparedData) -> list[str]:
    warnings = []
    if 0 < len(data.holdout) < SMALL_HOLDOUT:
        warnings.append(f"The holdout has only {len(data.holdout)} rows: privacy and utility results "
                        "are rough estimates.")
    return warnings
