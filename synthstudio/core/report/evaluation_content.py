"""The evaluation report as the datasheet reads it: one part per metric family, and its charts
(with the fairness charts drawn from the run record's verified fairness targets).

Both the CLI's ``synthstudio release`` and the app's release wizard call these, so a datasheet
shows the same results whichever way it was made.
"""
from __future__ import annotations

from typing import Any, Mapping

from synthstudio.core.evaluation import FAIL, FAMILIES, FAMILY_LABELS, METRICS, PASS, WARN, EvaluationReport, metrics_of
from synthstudio.core.evaluation.gate import Threshold


def datasheet_evaluation(report: EvaluationReport | None) -> dict[str, Any] | None:
    """The evaluation report in the form :mod:`synthstudio.core.report.datasheet` reads.

    The datasheet wants ``gate.verdict`` and ``gate.justification`` (text) and one part per
    family (``summary``, ``verdict``, ``metrics`` rows); the report's own keys are kept too, so
    the copy attached to the signed PDF is the whole report.
    """
    if report is None:
        return None
    document = report.to_dict()
    justification = report.gate.justification
    document["gate"] = {**document["gate"], "verdict": report.gate.overall,
                        "justification": justification.text if justification else ""}
    for family in FAMILIES:
        document[family] = _family_part(report, family)
    return document


def _family_part(report: EvaluationReport, family: str) -> dict[str, Any]:
    rows, blocking, advisory = [], [], []
    for metric in metrics_of(family):
        value, verdict = report.metrics.get(metric.key), report.gate.verdicts.get(metric.key)
        if value is None and verdict is None:
            continue
        rows.append({"name": metric.label, "value": None if value is None else metric.format(value),
                     "threshold": _threshold_text(metric.key, report.gate.thresholds.thresholds.get(metric.key)),
                     "verdict": verdict.status if verdict else None, "meaning": metric.description})
        if verdict is not None and verdict.status in (PASS, WARN, FAIL):
            (blocking if verdict.blocking else advisory).append(verdict)
    if not rows:
        return {}
    part: dict[str, Any] = {"metrics": rows}
    if blocking:
        worst = _worst(blocking)
        below = ", ".join(METRICS[v.key].label for v in blocking if v.status == worst)
        part["verdict"] = worst
        part["summary"] = {PASS: "Every measure that decides the release gate passed.",
                           WARN: f"Passed with warnings: {below}.",
                           FAIL: f"Failed the release gate: {below}."}[worst]
        flagged = [METRICS[v.key].label for v in advisory if v.status != PASS]
        if flagged:
            part["summary"] += f" Advisory measures outside their range (they do not decide): {', '.join(flagged)}."
    return part


def _worst(verdicts: list) -> str:
    statuses = {v.status for v in verdicts}
    return FAIL if FAIL in statuses else WARN if WARN in statuses else PASS


def _threshold_text(key: str, threshold: Threshold | None) -> str:
    if threshold is None:
        return "reported only"
    metric = METRICS[key]
    better, worse = ("≥", "<") if metric.higher_is_better else ("≤", ">")
    text = f"{better} {metric.format(threshold.pass_at)}"
    if threshold.fail_at is not None:
        text += f"; fails {worse} {metric.format(threshold.fail_at)}"
    return text if threshold.blocking else text + " (advisory)"


def evaluation_charts(report: EvaluationReport | None, name: str) -> list[tuple[str, Any, str]]:
    """The evaluation charts for the datasheet, drawn from the report alone, each with its section."""
    if report is None:
        return []
    from synthstudio.core.charts import correlation_difference_heatmaps, dcr_histograms, family_bars, tstr_bars

    reports = {name: report}
    charts = [(f"{FAMILY_LABELS[family]}: each measure against the release gate", family_bars(reports, family),
               family) for family in FAMILIES]
    return charts + [
        ("Fidelity: change in the relationships between columns", correlation_difference_heatmaps(reports),
         "fidelity"),
        ("Utility: a model trained on synthetic data, tested on real rows", tstr_bars(reports), "utility"),
        ("Privacy: distance from each row to the closest training row", dcr_histograms(reports), "privacy"),
    ]


def fairness_charts(fairness: Mapping[str, Any] | None) -> list[tuple[str, Any, str]]:
    """The before/after fairness charts for the datasheet's Fairness section, drawn from the run
    record's ``fairness`` part (``FairnessVerification.to_dict()``); none when no target was verified."""
    if not fairness or not fairness.get("data"):
        return []
    from synthstudio.core.fairness.charts import (metric_figure, model_error_rates_figure, outcome_rates_figure,
                                                  representation_figure)
    from synthstudio.core.fairness.verify import FairnessVerification

    verification = FairnessVerification.from_dict(fairness)
    target = verification.target
    charts = [(f"Fairness: {target.info.label}, before and after", metric_figure(verification), "fairness")]
    for index, attribute in enumerate(verification.released.attributes):
        charts.append((f"Fairness: who is in the data, by {attribute.name}",
                       representation_figure(verification, index), "fairness"))
        if target.info.needs_outcome:
            charts.append((f"Fairness: how often each {attribute.name} group has {target.target} "
                           f"'{target.favourable}'", outcome_rates_figure(verification, index), "fairness"))
        errors = model_error_rates_figure(verification, index)
        if errors is not None:
            charts.append((f"Fairness: errors of a model trained on each table, by {attribute.name}", errors,
                           "fairness"))
    return charts
