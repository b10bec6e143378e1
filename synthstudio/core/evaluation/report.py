"""The result of one evaluation: headline metrics, details per family, the gate verdict.

``to_dict()`` is plain JSON (no NaN, no numpy types): the CLI writes it, the run record and
the project file embed it, and ``from_dict`` reads it back so charts and the datasheet can
be drawn again later without the data.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any, Mapping

import numpy as np

from synthstudio.core.evaluation.catalog import FAMILIES, METRICS
from synthstudio.core.evaluation.gate import GateResult, GateThresholds, apply_gate, justify

REPORT_VERSION = 1


@dataclass(frozen=True)
class EvaluationReport:
    metrics: dict[str, float | None]      # headline value per catalog key (None: not measured)
    details: dict[str, dict[str, Any]]    # per family: tables behind the headline numbers
    gate: GateResult
    info: dict[str, Any] = field(default_factory=dict)    # rows, sampling, columns, seed, timings
    warnings: list[str] = field(default_factory=list)

    def regated(self, thresholds: GateThresholds) -> "EvaluationReport":
        """The same measurements judged with other thresholds (edited by the user)."""
        gate = apply_gate(self.metrics, thresholds)
        if self.gate.justification is not None:
            gate = replace(gate, justification=self.gate.justification)
        return replace(self, gate=gate)

    def justified(self, text: str, author: str = "") -> "EvaluationReport":
        """Record why this result is released although it failed the gate."""
        return replace(self, gate=justify(self.gate, text, author))

    def to_dict(self) -> dict[str, Any]:
        return json_safe({"report_version": REPORT_VERSION, "metrics": self.metrics,
                          "details": self.details, "gate": self.gate.to_dict(),
                          "info": self.info, "warnings": self.warnings})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "EvaluationReport":
        metrics = {k: v for k, v in data["metrics"].items() if k in METRICS}
        details = {f: dict(data.get("details", {}).get(f, {})) for f in FAMILIES}
        return cls(metrics, details, GateResult.from_dict(data["gate"]), dict(data.get("info", {})),
                   list(data.get("warnings", [])))


def json_safe(value: Any) -> Any:
    """Recursively turn numpy scalars and arrays into Python ones, NaN and inf into None."""
    if isinstance(value, Mapping):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, np.ndarray):
        return json_safe(value.tolist())
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        value = float(value)
        return value if math.isfinite(value) else None
    return value
