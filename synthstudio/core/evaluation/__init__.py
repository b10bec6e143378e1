"""Evaluation of synthetic data against real data: fidelity, diversity, utility, privacy,
and the release gate that judges them. docs/evaluation.md explains every metric.

The catalog, the gate and the report load instantly; ``evaluate`` and ``split_holdout``
(which pull in scikit-learn and SDMetrics) load on first use, so the app starts fast.
"""
from importlib import import_module

from synthstudio.core.evaluation.catalog import FAMILIES, FAMILY_LABELS, METRICS, MetricInfo, metrics_of
from synthstudio.core.evaluation.gate import (FAIL, NOT_MEASURED, PASS, WARN, GateResult, GateThresholds,
                                              Justification, MetricVerdict, Threshold, apply_gate, justify)
from synthstudio.core.evaluation.report import EvaluationReport

_LAZY = {"evaluate": "pipeline", "DEFAULT_MAX_ROWS": "pipeline",
         "split_holdout": "holdout", "DEFAULT_HOLDOUT_SHARE": "holdout"}


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(f"synthstudio.core.evaluation.{_LAZY[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DEFAULT_HOLDOUT_SHARE", "DEFAULT_MAX_ROWS", "FAIL", "FAMILIES", "FAMILY_LABELS", "METRICS",
           "NOT_MEASURED", "PASS", "WARN", "EvaluationReport", "GateResult", "GateThresholds",
           "Justification", "MetricInfo", "MetricVerdict", "Threshold", "apply_gate", "evaluate",
           "justify", "metrics_of", "split_holdout"]
