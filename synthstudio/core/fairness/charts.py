"""Before/after fairness charts as matplotlib ``Figure`` objects (no pyplot), drawn from a
:class:`~synthstudio.core.fairness.verify.FairnessVerification`: shown in the app (drawn in a
background job), saved as PNG/SVG and drawn into the datasheet PDF.

"Before" is the real training data (and the model trained on it), "after" the released
data; the generator's uncorrected sample is shown between them when a correction was applied,
so the effect of the correction is visible apart from the generator's own. Colours and layout
follow :mod:`synthstudio.core.charts` (real data grey, legends under the chart); save with its
``save_figure``.
"""
from __future__ import annotations

import math

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from synthstudio.core.charts import REAL_COLOUR, SERIES_COLOURS
from synthstudio.core.fairness.describe import number
from synthstudio.core.fairness.metrics import FairnessMeasurement
from synthstudio.core.fairness.verify import FairnessVerification

SIZE = (7.0, 3.6)
COLOURS = {"real": REAL_COLOUR, "plain": SERIES_COLOURS[1], "released": SERIES_COLOURS[0]}
LABELS = {"real": "Real data", "plain": "Synthetic, before correction", "released": "Released data"}
THRESHOLD_COLOUR = "#333333"
LABEL_CHARACTERS = 70        # group names that fit side by side under a full-width chart


def _figure() -> tuple[Figure, Axes]:
    figure = Figure(figsize=SIZE, layout="constrained")
    axes = figure.add_subplot()
    _plain(axes)
    return figure, axes


def _plain(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _legend(figure: Figure, axes: Axes) -> None:
    """One legend under the chart, where it never hides a bar."""
    handles, labels = axes.get_legend_handles_labels()
    figure.legend(handles, labels, loc="outside lower center", ncols=len(labels), frameon=False, fontsize=8)


def _threshold_line(axes: Axes, value: float, text: str) -> None:
    axes.axhline(value, color=THRESHOLD_COLOUR, linestyle="--", linewidth=1)
    axes.annotate(text, (1.0, value), xycoords=("axes fraction", "data"), ha="right", va="bottom",
                  fontsize="x-small", bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none",
                                            "alpha": 0.8})


def _bars(axes: Axes, groups: list[str], series: dict[str, list[float | None]], as_percent: bool,
          label_room: int = LABEL_CHARACTERS) -> None:
    """Grouped bars, one colour per source; a missing value leaves a gap. Group names are slanted
    when they would not fit side by side in ``label_room`` characters."""
    width = 0.8 / max(len(series), 1)
    positions = np.arange(len(groups))
    for i, (source, values) in enumerate(series.items()):
        heights = [np.nan if v is None else (100 * v if as_percent else v) for v in values]
        axes.bar(positions + (i - (len(series) - 1) / 2) * width, heights, width, label=LABELS[source],
                 color=COLOURS[source])
    slanted = sum(len(g) + 2 for g in groups) > label_room
    axes.set_xticks(positions, groups, rotation=25 if slanted else 0, ha="right" if slanted else "center",
                    fontsize="small")
    if as_percent:
        axes.yaxis.set_major_formatter(lambda value, _: f"{value:.0f}%")


def _sources(verification: FairnessVerification) -> dict[str, FairnessMeasurement | None]:
    return {"real": verification.real, "plain": verification.plain, "released": verification.released}


def outcome_rates_figure(verification: FairnessVerification, attribute: int = 0) -> Figure:
    """Favourable-outcome rate of each judged group, before and after; a dashed line marks the
    lowest rate the released data's most favoured group allows under the threshold."""
    target = verification.target
    figure, axes = _figure()
    released = verification.released.attributes[attribute]
    groups = [g.label for g in released.judged]
    series = {}
    for source, measurement in _sources(verification).items():
        if measurement is not None:
            measured = measurement.attributes[attribute]
            series[source] = [g.rate if (g := measured.group(label)) else None for label in groups]
    _bars(axes, groups, series, as_percent=True)
    _legend(figure, axes)
    top = released.most_favoured
    if top is not None and target.metric in ("disparate_impact", "statistical_parity"):
        floor = top.rate * target.threshold if target.metric == "disparate_impact" else top.rate - target.threshold
        _threshold_line(axes, 100 * floor, f"lowest rate meeting the target: {100 * floor:.0f}%")
    axes.set_ylabel(f"{target.target} = {target.favourable}")
    axes.set_title(f"How often each {released.name} group has {target.target} '{target.favourable}'", fontsize="medium")
    return figure


def representation_figure(verification: FairnessVerification, attribute: int = 0) -> Figure:
    """Share of the rows of each group, before and after."""
    figure, axes = _figure()
    released = verification.released.attributes[attribute]
    groups = [g.label for g in sorted(released.groups, key=lambda g: -g.share)]
    series = {}
    for source, measurement in _sources(verification).items():
        if measurement is not None:
            measured = measurement.attributes[attribute]
            series[source] = [g.share if (g := measured.group(label)) else 0.0 for label in groups]
    _bars(axes, groups, series, as_percent=True)
    _legend(figure, axes)
    axes.set_ylabel("share of rows")
    axes.set_title(f"Who is in the data: {released.name}", fontsize="medium")
    return figure


def metric_figure(verification: FairnessVerification) -> Figure:
    """The target's metric per attribute, before and after, against the threshold."""
    target = verification.target
    figure, axes = _figure()
    names = [a.name for a in verification.released.attributes]
    series: dict[str, list[float | None]] = {}
    for source in ("real", "plain", "released"):
        if target.info.on_data:
            measurement = _sources(verification)[source]
            if measurement is not None:
                series[source] = [a.value(target.metric) for a in measurement.attributes]
        elif source in verification.models:
            series[source] = [a.value(target.metric) for a in verification.models[source].attributes]
    _bars(axes, names, series, as_percent=False)
    _legend(figure, axes)
    for i, (source, values) in enumerate(series.items()):
        offset = (i - (len(series) - 1) / 2) * 0.8 / len(series)
        for position, value in enumerate(values):
            if value is not None and not math.isnan(value):
                axes.annotate(number(value), (position + offset, value), ha="center", va="bottom", fontsize="x-small")
    sign = "≥" if target.info.higher_is_fairer else "≤"
    _threshold_line(axes, target.threshold, f"target {sign} {target.threshold:g}")
    axes.set_ylabel(target.info.label)
    if target.info.higher_is_fairer:
        axes.set_ylim(0, 1.1)
    subject = "" if target.info.on_data else " of a model trained on each table, tested on real holdout rows"
    axes.set_title(f"{target.info.label}{subject}", fontsize="medium")
    return figure


def model_error_rates_figure(verification: FairnessVerification, attribute: int = 0) -> Figure | None:
    """True- and false-positive rates per group of models trained on each table (None: no model measured)."""
    models = verification.models
    if "released" not in models:
        return None
    target = verification.target
    figure = Figure(figsize=(SIZE[0], SIZE[1] * 1.1), layout="constrained")
    released = models["released"].attributes[attribute]
    groups = [g.label for g in released.groups if g.judged] or [g.label for g in released.groups]
    for column, (field_, title) in enumerate((("true_positive_rate", "True-positive rate"),
                                              ("false_positive_rate", "False-positive rate"))):
        axes = figure.add_subplot(1, 2, column + 1)
        _plain(axes)
        series = {}
        for source in ("real", "plain", "released"):
            if source in models:
                by_label = {g.label: g for g in models[source].attributes[attribute].groups}
                series[source] = [getattr(by_label[label], field_) if label in by_label else None for label in groups]
        _bars(axes, groups, series, as_percent=True, label_room=LABEL_CHARACTERS // 2)
        axes.set_title(title, fontsize="small")
    _legend(figure, axes)
    figure.suptitle(f"Errors of a model predicting {target.target} '{target.favourable}', by {released.name} "
                    "(tested on real holdout rows)", fontsize="medium")
    return figure
