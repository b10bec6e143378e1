"""The release gate: thresholds per metric, a pass / warn / fail verdict per metric and overall,
and the written justification that releasing a failing result requires.

Each threshold has a ``pass_at`` bound and an optional ``fail_at`` bound (none: the metric
can warn but never fail). A *blocking* metric decides the overall verdict; an *advisory* one
gets its own traffic light but does not change the overall verdict. Metrics without a
threshold are reported only. Thresholds are plain JSON, saved with the project.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any, Mapping

from synthstudio.core.errors import BadInputError
from synthstudio.core.evaluation.catalog import METRICS

PASS, WARN, FAIL, NOT_MEASURED = "pass", "warn", "fail", "not_measured"
MIN_JUSTIFICATION_CHARS = 20


@dataclass(frozen=True)
class Threshold:
    pass_at: float
    fail_at: float | None = None
    blocking: bool = True

    def status(self, value: float | None, higher_is_better: bool) -> str:
        if value is None:
            return NOT_MEASURED
        if higher_is_better:
            if value >= self.pass_at:
                return PASS
            return FAIL if self.fail_at is not None and value < self.fail_at else WARN
        if value <= self.pass_at:
            return PASS
        return FAIL if self.fail_at is not None and value > self.fail_at else WARN

    def to_dict(self) -> dict[str, Any]:
        return {"pass_at": self.pass_at, "fail_at": self.fail_at, "blocking": self.blocking}


# Defaults, calibrated on the shared datasets (docs/evaluation.md, "Default thresholds"):
# "fail" marks data as bad as the deliberately broken generators (rows copied, columns
# shuffled independently); "pass" is a minimum bar that SDV's Gaussian copula clears on the
# adult census table, not a mark of excellence: fidelity and utility pass lines are low,
# privacy lines are close to what real rows the generator never saw score. Advisory metrics
# (blocking=False) show their own light without changing the overall verdict.
DEFAULT_THRESHOLDS: dict[str, Threshold] = {
    "column_shapes": Threshold(0.80, 0.65),
    "relationships_kept": Threshold(0.15, 0.10),
    "quality_score": Threshold(0.70, 0.55),
    "discriminator_auc": Threshold(0.75, 0.95, blocking=False),
    "category_coverage": Threshold(0.90, 0.70),
    "rare_categories_kept": Threshold(0.50, None, blocking=False),
    "range_coverage": Threshold(0.60, 0.30, blocking=False),
    "extra_duplicates": Threshold(0.02, 0.10),
    "out_of_range_values": Threshold(0.01, 0.05, blocking=False),
    "unseen_categories": Threshold(0.005, 0.02),
    "impossible_combinations": Threshold(0.05, 0.25, blocking=False),
    "prediction_skill_kept": Threshold(0.40, 0.30),
    "closer_to_training": Threshold(0.55, 0.60),
    "distance_ratio": Threshold(0.70, 0.40),
    "exact_copies": Threshold(0.01, 0.05),
    "membership_auc": Threshold(0.55, 0.60),
    "attribute_inference": Threshold(0.10, 0.20),
}


@dataclass
class GateThresholds:
    """Editable thresholds by metric key; a metric absent here is reported, never judged."""

    thresholds: dict[str, Threshold] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))

    @classmethod
    def default(cls) -> "GateThresholds":
        return cls()

    def with_threshold(self, key: str, threshold: Threshold | None) -> "GateThresholds":
        """A copy where ``key`` has ``threshold`` (``None``: report only)."""
        _check_key(key)
        if threshold is not None:
            _check_order(key, threshold)
        thresholds = {k: v for k, v in self.thresholds.items() if k != key}
        if threshold is not None:
            thresholds[key] = threshold
        return GateThresholds(thresholds)

    def to_dict(self) -> dict[str, Any]:
        return {"version": 1, "thresholds": {k: t.to_dict() for k, t in self.thresholds.items()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "GateThresholds":
        thresholds = {}
        for key, spec in dict(data.get("thresholds", {})).items():
            _check_key(key)
            try:
                threshold = Threshold(float(spec["pass_at"]),
                                      None if spec.get("fail_at") is None else float(spec["fail_at"]),
                                      bool(spec.get("blocking", True)))
            except (KeyError, TypeError, ValueError):
                raise BadInputError(f"The release-gate threshold for '{key}' is not readable.",
                                    "Give it a number 'pass_at' (and optionally 'fail_at').",
                                    details=repr(spec)) from None
            _check_order(key, threshold)
            thresholds[key] = threshold
        return cls(thresholds)


def _check_key(key: str) -> None:
    if key not in METRICS:
        raise BadInputError(f"The release gate has no metric called '{key}'.",
                            f"Known metrics: {', '.join(METRICS)}.")


def _check_order(key: str, threshold: Threshold) -> None:
    if threshold.fail_at is None:
        return
    higher = METRICS[key].higher_is_better
    if (higher and threshold.fail_at > threshold.pass_at) or (not higher and threshold.fail_at < threshold.pass_at):
        better = "higher" if higher else "lower"
        raise BadInputError(
            f"The thresholds of '{METRICS[key].label}' are the wrong way round.",
            f"For this metric {better} is better, so the pass bound must be {better} than the fail bound.")


@dataclass(frozen=True)
class MetricVerdict:
    key: str
    value: float | None
    status: str             # pass | warn | fail | not_measured
    blocking: bool

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "value": self.value, "status": self.status, "blocking": self.blocking}


@dataclass(frozen=True)
class Justification:
    """Why a result that failed the gate is released anyway; printed in the datasheet."""

    text: str
    author: str
    recorded_at: str        # ISO 8601, UTC
    failed_metrics: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "author": self.author, "recorded_at": self.recorded_at,
                "failed_metrics": list(self.failed_metrics)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Justification":
        return cls(str(data["text"]), str(data.get("author", "")), str(data["recorded_at"]),
                   tuple(data.get("failed_metrics", ())))


@dataclass(frozen=True)
class GateResult:
    verdicts: dict[str, MetricVerdict]
    overall: str
    thresholds: GateThresholds
    justification: Justification | None = None

    @property
    def failed(self) -> list[str]:
        """Blocking metrics that failed."""
        return [k for k, v in self.verdicts.items() if v.blocking and v.status == FAIL]

    @property
    def warned(self) -> list[str]:
        return [k for k, v in self.verdicts.items() if v.status == WARN]

    @property
    def can_release(self) -> bool:
        """A failing result may be released only with a recorded justification."""
        return self.overall != FAIL or self.justification is not None

    def to_dict(self) -> dict[str, Any]:
        return {"overall": self.overall, "can_release": self.can_release,
                "verdicts": {k: v.to_dict() for k, v in self.verdicts.items()},
                "failed": self.failed, "warned": self.warned,
                "thresholds": self.thresholds.to_dict(),
                "justification": self.justification.to_dict() if self.justification else None}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "GateResult":
        verdicts = {k: MetricVerdict(k, v.get("value"), v["status"], bool(v["blocking"]))
                    for k, v in data["verdicts"].items()}
        justification = data.get("justification")
        return cls(verdicts, data["overall"], GateThresholds.from_dict(data["thresholds"]),
                   Justification.from_dict(justification) if justification else None)


def apply_gate(metrics: Mapping[str, float | None], thresholds: GateThresholds | None = None) -> GateResult:
    """Judge metric values: each gets pass/warn/fail; overall is the worst blocking verdict."""
    thresholds = thresholds or GateThresholds.default()
    verdicts = {}
    for key, threshold in thresholds.thresholds.items():
        value = metrics.get(key)
        verdicts[key] = MetricVerdict(key, value, threshold.status(value, METRICS[key].higher_is_better),
                                      threshold.blocking)
    blocking = [v.status for v in verdicts.values() if v.blocking]
    overall = FAIL if FAIL in blocking else WARN if WARN in blocking else PASS
    return GateResult(verdicts, overall, thresholds)


def justify(result: GateResult, text: str, author: str = "", *, now: datetime | None = None) -> GateResult:
    """Record why a failing result is released anyway. The text must say something."""
    text = (text or "").strip()
    if len(text) < MIN_JUSTIFICATION_CHARS:
        raise BadInputError(
            "Releasing data that failed the release gate needs a written justification.",
            f"Explain in at least {MIN_JUSTIFICATION_CHARS} characters why this release is "
            "acceptable; it is printed in the datasheet.")
    recorded = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")
    return replace(result, justification=Justification(text, author.strip(), recorded, tuple(result.failed)))
