"""Independent proof of what the released table does, for the run record and the datasheet.

Everything is measured again from the tables themselves (nothing is taken from the
enforcement plan):

* **data**: the target's metric on the real training rows (before), on the generator's plain
  sample (synthetic, no correction) and on the released table (after);
* **models**: the standard model trained on each of those three tables and tested on the same
  real holdout rows: accuracy, ROC AUC, and per group its selection rate, true- and
  false-positive rates and equalized-odds difference;
* **utility cost of the correction**: the released table's model against the plain sample's;
* **remaining bias**: sentences for the datasheet, including what the correction did not fix.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

import pandas as pd

from synthstudio.core.evaluation.prepare import prepare
from synthstudio.core.evaluation.report import json_safe
from synthstudio.core.fairness.describe import (closeness_sentence, metric_sentence, number, outcome_phrase, percent,
                                                rates_sentence, small_group_findings, upweighting_findings)
from synthstudio.core.fairness.metrics import FairnessMeasurement, measure
from synthstudio.core.fairness.model_metrics import MIN_HOLDOUT_CASES, ModelAttribute, ModelFairness, model_fairness
from synthstudio.core.fairness.targets import FairnessTarget, Finding
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress
from synthstudio.core.schema import Schema

DEFAULT_MAX_ROWS = 20_000   # rows a model trains on at most (as the evaluation's other models)
LEAK_AUC = 0.98             # a real model this good suggests columns that record the outcome itself
SOURCES = {"real": "the real training rows", "plain": "the synthetic data before correction",
           "released": "the released data"}


@dataclass
class FairnessVerification:
    target: FairnessTarget
    real: FairnessMeasurement
    released: FairnessMeasurement
    plain: FairnessMeasurement | None = None              # None: no correction was applied
    models: dict[str, ModelFairness] = field(default_factory=dict)   # keys of SOURCES
    findings: list[Finding] = field(default_factory=list)
    model_note: str = ""                                   # why no model was measured, if none was

    # -- verdict ---------------------------------------------------------------------
    def value(self, source: str = "released") -> float | None:
        """The target's metric for ``source`` (a table's own value, or its model's for equalized odds)."""
        if self.target.info.on_data:
            table = {"real": self.real, "plain": self.plain, "released": self.released}[source]
            return table.value() if table is not None else None
        model = self.models.get(source)
        return model.value(self.target.metric) if model is not None else None

    @property
    def met(self) -> bool | None:
        return self.target.met_by(self.value())

    def utility_cost(self) -> dict[str, Any] | None:
        """What the correction cost a model trained on the data: released minus plain (negative = worse)."""
        plain, released = self.models.get("plain"), self.models.get("released")
        if plain is None or released is None:
            return None
        cost = {"accuracy_plain": plain.accuracy, "accuracy_released": released.accuracy,
                "accuracy_change": released.accuracy - plain.accuracy,
                "roc_auc_plain": plain.roc_auc, "roc_auc_released": released.roc_auc,
                "roc_auc_change": None if plain.roc_auc is None or released.roc_auc is None
                else released.roc_auc - plain.roc_auc}
        if "real" in self.models:
            cost.update(accuracy_real=self.models["real"].accuracy, roc_auc_real=self.models["real"].roc_auc)
        return cost

    # -- words ------------------------------------------------------------------------
    def summary(self) -> str:
        return closeness_sentence(self.target, self.value(), "in the released data" if self.target.info.on_data
                                  else "by a model trained on the released data and tested on real holdout rows")

    def utility_sentence(self) -> str | None:
        cost = self.utility_cost()
        if cost is None:
            return None
        auc = "" if cost["roc_auc_change"] is None else \
            f"ROC AUC from {number(cost['roc_auc_plain'])} to {number(cost['roc_auc_released'])} " \
            f"({cost['roc_auc_change']:+.3f}) and its "
        return (f"Utility cost of the correction: a model trained on the synthetic data and tested on real holdout "
                f"rows moved its {auc}accuracy from {percent(cost['accuracy_plain'])} to "
                f"{percent(cost['accuracy_released'])} ({100 * cost['accuracy_change']:+.1f} points).")

    def remaining_bias(self) -> list[str]:
        """Plain sentences for the datasheet's "Remaining bias" list (the verdict itself is :meth:`summary`)."""
        target = self.target
        lines: list[str] = []
        for attribute in self.released.attributes:
            lines.append(metric_sentence(attribute, target, "in the released data"))
            if target.info.needs_outcome:
                rates = rates_sentence(attribute, target, "in the released data")
                if rates:
                    lines.append(rates)
        released_model = self.models.get("released")
        if released_model is not None:
            lines += [_model_sentence(a, target, released_model) for a in released_model.attributes]
            real_model = self.models.get("real")
            if real_model is not None and real_model.value("equalized_odds") is not None:
                lines.append(f"For comparison, the same model trained on the real rows has an equalized-odds "
                             f"difference of {number(real_model.value('equalized_odds'))} and a selection-rate ratio "
                             f"of {number(real_model.value('disparate_impact'))}.")
        elif self.model_note:
            lines.append(self.model_note)
        if self.plain is not None and target.info.needs_outcome:
            lines.append(f"The released data was deliberately rebalanced: its rates of {outcome_phrase(target)} by "
                         f"{', '.join(target.sensitive)} are not those of the real population. Do not use it to "
                         "estimate them; the other columns that go with the outcome shift with the rebalancing.")
        lines += [f.text for f in self.findings if f.code in ("small_group", "thin_outcome", "upweighted",
                                                              "outcome_leak")]
        utility = self.utility_sentence()
        if utility:
            lines.append(utility)
        return lines

    def datasheet(self) -> dict[str, Any]:
        """The ``fairness`` part of :func:`synthstudio.core.report.datasheet.build_datasheet`."""
        target = self.target
        outcome = f"{target.target} = {target.favourable}" if target.info.needs_outcome else "—"
        rows = []
        for index, attribute in enumerate(self.released.attributes):
            if target.info.on_data:
                before, after = self.real.attributes[index].value(target.metric), attribute.value(target.metric)
            else:
                before = self._model_value("real", index)
                after = self._model_value("released", index)
            rows.append({"attribute": attribute.name, "outcome": outcome, "metric": target.info.label,
                         "threshold": f"{'≥' if target.info.higher_is_fairer else '≤'} {target.threshold:g}",
                         "before": before, "after": after, "met": _yes_no(target.met_by(after))})
        return json_safe({"summary": self.summary(), "targets": rows, "remaining_bias": self.remaining_bias()})

    def _model_value(self, source: str, index: int) -> float | None:
        model = self.models.get(source)
        return model.attributes[index].value(self.target.metric) if model is not None else None

    def to_dict(self) -> dict[str, Any]:
        """The run record's ``fairness`` part; it holds the datasheet's keys too (summary, targets,
        remaining_bias), so the datasheet can be built from the record alone."""
        return json_safe({
            **self.datasheet(), "target": self.target.to_dict(), "target_text": self.target.describe(),
            "met": self.met, "value": self.value(),
            "data": {"real": self.real.to_dict(), "plain": self.plain.to_dict() if self.plain else None,
                     "released": self.released.to_dict()},
            "models": {k: m.to_dict() for k, m in self.models.items()}, "model_note": self.model_note,
            "utility_cost": self.utility_cost(), "findings": [f.to_dict() for f in self.findings]})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "FairnessVerification":
        """Read :meth:`to_dict` back, e.g. from a run record, so its charts and sentences can be drawn
        again without the tables (derived values such as the summary are recomputed)."""
        target = FairnessTarget.from_dict(data["target"])
        tables = data["data"]
        return cls(target=target, real=FairnessMeasurement.from_dict(tables["real"], target),
                   released=FairnessMeasurement.from_dict(tables["released"], target),
                   plain=FairnessMeasurement.from_dict(tables["plain"], target) if tables.get("plain") else None,
                   models={k: ModelFairness.from_dict(m) for k, m in (data.get("models") or {}).items()},
                   findings=[Finding.from_dict(f) for f in data.get("findings") or ()],
                   model_note=str(data.get("model_note") or ""))


def _yes_no(met: bool | None) -> str:
    return {True: "yes", False: "no", None: "not measured"}[met]


def _model_sentence(attribute: ModelAttribute, target: FairnessTarget, model: ModelFairness) -> str:
    judged = [g for g in attribute.groups if g.judged]
    ordered = sorted(judged, key=lambda g: g.selection_rate)
    rates = "; ".join(f"'{g.label}' {percent(g.selection_rate)}" for g in ordered)
    text = (f"A model trained on the released data and tested on {model.rows_test:,} real holdout rows predicts "
            f"{outcome_phrase(target)} for {attribute.name} {rates or '(no group large enough to judge)'}")
    if attribute.disparate_impact is not None:
        text += f" (selection-rate ratio {number(attribute.disparate_impact)})"
    if attribute.equalized_odds is not None:
        text += (f"; its true- and false-positive rates differ between groups by up to "
                 f"{number(attribute.equalized_odds)} (equalized-odds difference)")
    unjudged = [f"'{g.label}'" for g in attribute.groups if not g.judged]
    if unjudged:
        text += (f". Not judged (too small in the real data, or fewer than {MIN_HOLDOUT_CASES} holdout rows with "
                 f"each outcome): {', '.join(unjudged)}")
    return text + "."


def verify_fairness(target: FairnessTarget, train: pd.DataFrame, holdout: pd.DataFrame, released: pd.DataFrame,
                    schema: Schema, *, plain: pd.DataFrame | None = None, seed: int = 0,
                    max_rows: int = DEFAULT_MAX_ROWS, progress: ProgressFn | None = None,
                    cancel: CancelToken | None = None) -> FairnessVerification:
    """Measure ``target`` on the real ``train`` rows, the ``released`` table and (when a correction was
    applied) the generator's ``plain`` sample, and on models trained on each, tested on ``holdout``."""
    progress = progress or no_progress
    target = target.check_against(train, schema)
    real = measure(train, target)
    judged = real.judged_groups()
    result = FairnessVerification(
        target=target, real=real, released=measure(released, target, judged),
        plain=measure(plain, target, judged) if plain is not None else None,
        findings=small_group_findings(real))
    result.findings += upweighting_findings(real, result.released)
    if not target.info.needs_outcome:
        return result
    if len(holdout) == 0:
        result.model_note = "No real holdout rows were kept aside, so no model could be tested for fairness."
        return result
    tables = {"real": train, "released": released} | ({"plain": plain} if plain is not None else {})
    for step, (source, table) in enumerate(tables.items()):
        check_cancel(cancel)
        progress(step / len(tables), f"Training a model on {SOURCES[source]}")
        data = prepare(train, holdout, table, schema, target.target)
        result.models[source] = model_fairness(source, data.train if source == "real" else data.synthetic,
                                               data.holdout, data.columns, target, judged, seed, max_rows)
    real_model = result.models.get("real")
    if real_model is not None and real_model.roc_auc is not None and real_model.roc_auc >= LEAK_AUC:
        result.findings.append(Finding(
            "outcome_leak",
            f"A model predicts {target.target} almost perfectly from the other columns (ROC AUC "
            f"{number(real_model.roc_auc)} on real rows): some columns probably record the outcome itself. The "
            "model-based fairness figures then describe those columns more than a fair decision.",
            {"roc_auc": real_model.roc_auc}))
    progress(1.0, "Fairness verified")
    return result
