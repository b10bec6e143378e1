"""The release gate: thresholds, verdicts, editing, JSON, and the justification for failing results."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from synthstudio.core.errors import BadInputError
from synthstudio.core.evaluation import (FAIL, METRICS, NOT_MEASURED, PASS, WARN, GateResult, GateThresholds,
                                         Threshold, apply_gate, justify)


def test_threshold_direction():
    higher = Threshold(pass_at=0.8, fail_at=0.6)
    assert [higher.status(v, True) for v in (0.9, 0.8, 0.7, 0.6, 0.5, None)] == \
        [PASS, PASS, WARN, WARN, FAIL, NOT_MEASURED]
    lower = Threshold(pass_at=0.55, fail_at=0.6)
    assert [lower.status(v, False) for v in (0.5, 0.55, 0.58, 0.6, 0.7)] == [PASS, PASS, WARN, WARN, FAIL]
    assert Threshold(0.5, None).status(0.0, True) == WARN   # no fail bound: it can only warn


def test_defaults_cover_real_metrics_and_survive_json():
    thresholds = GateThresholds.default()
    assert set(thresholds.thresholds) <= set(METRICS)
    assert {"closer_to_training", "exact_copies", "membership_auc", "relationships_kept",
            "prediction_skill_kept"} <= set(thresholds.thresholds)
    again = GateThresholds.from_dict(json.loads(json.dumps(thresholds.to_dict())))
    assert again == thresholds


def test_overall_verdict_is_the_worst_blocking_one():
    thresholds = GateThresholds({"column_shapes": Threshold(0.8, 0.6),
                                 "discriminator_auc": Threshold(0.75, 0.95, blocking=False)})
    assert apply_gate({"column_shapes": 0.9, "discriminator_auc": 0.99}, thresholds).overall == PASS
    assert apply_gate({"column_shapes": 0.7, "discriminator_auc": 0.5}, thresholds).overall == WARN
    result = apply_gate({"column_shapes": 0.5, "discriminator_auc": 0.99}, thresholds)
    assert result.overall == FAIL
    assert result.failed == ["column_shapes"]               # the advisory failure does not count
    assert result.verdicts["discriminator_auc"].status == FAIL
    # a metric that could not be measured neither passes nor fails the release
    assert apply_gate({"column_shapes": None}, thresholds).overall == PASS


def test_editing_thresholds():
    edited = GateThresholds.default().with_threshold("relationships_kept", Threshold(0.5, 0.2))
    assert apply_gate({"relationships_kept": 0.3}, edited).verdicts["relationships_kept"].status == WARN
    reported_only = edited.with_threshold("relationships_kept", None)
    assert "relationships_kept" not in apply_gate({"relationships_kept": 0.3}, reported_only).verdicts
    with pytest.raises(BadInputError, match="wrong way round"):
        edited.with_threshold("membership_auc", Threshold(0.6, 0.55))   # lower is better here
    with pytest.raises(BadInputError, match="no metric called"):
        GateThresholds.from_dict({"thresholds": {"beauty": {"pass_at": 1}}})
    with pytest.raises(BadInputError, match="not readable"):
        GateThresholds.from_dict({"thresholds": {"exact_copies": {"fail_at": 0.1}}})


def test_failing_result_needs_a_written_justification():
    failed = apply_gate({"exact_copies": 0.5})
    assert failed.overall == FAIL and not failed.can_release
    with pytest.raises(BadInputError, match="justification"):
        justify(failed, "ok")
    moment = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
    released = justify(failed, "Released to the internal audit team only, under contract 42.", "A. Curator",
                       now=moment)
    assert released.can_release
    assert released.justification.recorded_at == "2026-03-01T12:00:00+00:00"
    assert released.justification.failed_metrics == ("exact_copies",)
    record = json.loads(json.dumps(released.to_dict()))
    assert record["justification"]["author"] == "A. Curator"
    assert GateResult.from_dict(record) == released
