"""The evaluation report as the datasheet reads it: one part per metric family, and its charts
(with the fairness charts drawn from the run record's verified fairness targets).

Both the CLI's ``synthstudio release`` and the app's release wizard call these, so a datasheet
shows the same results whichever way it was made; the app's results view shows the same
fairness charts and remaining-bias sentences, with the measured values behind them
(:func:`fairness_evidence`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

from synthstudio.core.evaluation import FAIL, FAMILIES, FAMILY_LABELS, METRICS, PASS, WARN, EvaluationReport, metrics_of
from synthstudio.core.evaluation.gate import Threshold
from synthstudio.core.fairness.targets import FairnessTarget

if TYPE_CHECKING:
    from synthstudio.core.fairness.verify import FairnessVerification


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


# Findings of the verification that say a group, or a group with one outcome, rests on few real
# people; and the enforcement's when the generator could not supply enough rows of a group.
GROUP_SIZE_FINDINGS = ("small_group", "thin_outcome", "upweighted")
SHORT_SUPPLY_FINDING = "generator_short"
FAIRNESS_SOURCES = ("real", "plain", "released")


@dataclass(frozen=True)
class FairnessSourceValues:
    """One table's measured values: the real training rows, the generator's plain sample (before
    the correction) or the released table, and a model trained on it, tested on real holdout rows."""

    source: str                          # a key of FAIRNESS_SOURCES
    rows: int
    data_value: float | None             # the target's metric on the table itself (None for a model metric)
    model_value: float | None            # the target's metric on the model's predictions
    equalized_odds: float | None         # the model's largest error-rate gap between groups
    accuracy: float | None
    roc_auc: float | None


@dataclass(frozen=True)
class FairnessEvidence:
    """What a run with a fairness target shows an auditor, all read from the run record."""

    target: FairnessTarget
    target_text: str                     # the target in plain words
    summary: str                         # met or not, as measured on the released data, and how close
    met: bool | None
    value: float | None                  # the measured value that decides ``met``
    method: str | None                   # how the output was corrected (None: no correction was applied)
    sources: list[FairnessSourceValues]
    holdout_rows: int | None             # real rows the models were tested on
    utility_cost: str | None             # what the correction cost a model (None: no correction, or no model)
    group_warnings: list[str]
    remaining_bias: list[str]            # the datasheet's "Remaining bias" list


def fairness_evidence(record: Mapping[str, Any] | None) -> FairnessEvidence | None:
    """The fairness results of a run from its record (``fairness`` and ``fairness_enforcement``);
    None when the run had no fairness target."""
    fairness = (record or {}).get("fairness")
    if not fairness or not fairness.get("data"):
        return None
    from synthstudio.core.fairness.verify import FairnessVerification
    from synthstudio.core.report.datasheet import remaining_bias_lines

    verification = FairnessVerification.from_dict(fairness)
    enforcement = record.get("fairness_enforcement") or {}
    sources = [_source_values(verification, source) for source in FAIRNESS_SOURCES]
    warnings = [f.text for f in verification.findings if f.code in GROUP_SIZE_FINDINGS]
    warnings += [f["text"] for f in enforcement.get("findings") or () if f.get("code") == SHORT_SUPPLY_FINDING]
    model = verification.models.get("released")
    return FairnessEvidence(
        target=verification.target, target_text=fairness["target_text"], summary=fairness["summary"],
        met=fairness["met"], value=fairness["value"], method=enforcement.get("method"),
        sources=[s for s in sources if s is not None], holdout_rows=model.rows_test if model else None,
        utility_cost=verification.utility_sentence(), group_warnings=warnings,
        remaining_bias=remaining_bias_lines(fairness))


def _source_values(verification: FairnessVerification, source: str) -> FairnessSourceValues | None:
    table = {"real": verification.real, "plain": verification.plain, "released": verification.released}[source]
    if table is None:
        return None
    metric = verification.target.metric
    model = verification.models.get(source)
    return FairnessSourceValues(
        source=source, rows=table.rows, data_value=table.value() if verification.target.info.on_data else None,
        model_value=model.value(metric) if model else None,
        equalized_odds=model.value("equalized_odds") if model else None,
        accuracy=model.accuracy if model else None, roc_auc=model.roc_auc if model else None)
