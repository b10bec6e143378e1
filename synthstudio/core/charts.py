"""Charts comparing generators, built once as matplotlib Figures (never pyplot).

The app draws them in a background job and shows the picture, the PDF datasheet draws the same Figures,
and ``save_figure`` writes them as PNG or SVG: one chart code path. Every function takes
``reports``, a mapping from a generator's display name to its EvaluationReport (one entry
for a single result), and reads only the report, so charts can be redrawn from a saved
project without the data. Titles, axis labels and legends are written for people who do
not know the metrics; colours are paired with words so they never carry meaning alone.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import numpy as np
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from synthstudio.core.errors import BadInputError
from synthstudio.core.evaluation.catalog import FAMILY_LABELS, METRICS, MetricInfo, metrics_of
from synthstudio.core.evaluation.gate import FAIL, NOT_MEASURED, PASS, WARN
from synthstudio.core.evaluation.report import EvaluationReport
from synthstudio.core.fileio import atomic_target

Reports = Mapping[str, EvaluationReport]

REPORTED_ONLY = "reported"
STATUS_COLOURS = {PASS: "#2e7d32", WARN: "#f0a30a", FAIL: "#c62828", NOT_MEASURED: "#9e9e9e",
                  REPORTED_ONLY: "#4a6fa5"}
STATUS_WORDS = {PASS: "Pass", WARN: "Check", FAIL: "Fail", NOT_MEASURED: "Not measured",
                REPORTED_ONLY: "Reported only"}
STATUS_SYMBOLS = {PASS: "✓", WARN: "!", FAIL: "✗", NOT_MEASURED: "–", REPORTED_ONLY: "·"}
REAL_COLOUR = "#7f7f7f"
SERIES_COLOURS = ("#1f77b4", "#d95f02", "#7570b3", "#1b9e77", "#e7298a", "#66a61e", "#a6761d", "#e6ab02")
SAVE_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


# -- the score table (data; the GUI and the PDF render it) ------------------------------------
@dataclass(frozen=True)
class ScoreCell:
    value: float | None
    text: str            # the value, formatted for people
    status: str          # pass | warn | fail | not_measured | reported

    @property
    def colour(self) -> str:
        return STATUS_COLOURS[self.status]

    @property
    def label(self) -> str:
        """Symbol and word, so the light does not rely on colour alone."""
        return f"{STATUS_SYMBOLS[self.status]} {STATUS_WORDS[self.status]}"


@dataclass(frozen=True)
class ScoreRow:
    metric: MetricInfo
    blocking: bool | None    # None: reported only
    cells: tuple[ScoreCell, ...]


@dataclass(frozen=True)
class ScoreTable:
    generators: tuple[str, ...]
    rows: tuple[ScoreRow, ...]
    overall: tuple[ScoreCell, ...]

    def family_rows(self, family: str) -> list[ScoreRow]:
        return [r for r in self.rows if r.metric.family == family]


def score_table(reports: Reports) -> ScoreTable:
    """Every metric against every generator, with its traffic light and the overall verdict."""
    names = tuple(reports)
    rows = []
    for metric in METRICS.values():
        cells, blocking = [], None
        for report in reports.values():
            value = report.metrics.get(metric.key)
            verdict = report.gate.verdicts.get(metric.key)
            status = verdict.status if verdict else (REPORTED_ONLY if value is not None else NOT_MEASURED)
            blocking = verdict.blocking if verdict else blocking
            cells.append(ScoreCell(value, metric.format(value), status))
        if any(c.value is not None for c in cells):
            rows.append(ScoreRow(metric, blocking, tuple(cells)))
    overall = tuple(ScoreCell(None, STATUS_WORDS[r.gate.overall], r.gate.overall) for r in reports.values())
    return ScoreTable(names, tuple(rows), overall)


# -- helpers ------------------------------------------------------------------------------------
def _figure(width: float, height: float) -> Figure:
    return Figure(figsize=(width, height), layout="constrained")


def _message_figure(title: str, message: str) -> Figure:
    figure = _figure(6, 2.5)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title)
    axes.text(0.5, 0.5, message, ha="center", va="center", wrap=True, transform=axes.transAxes)
    return figure


def _grid(figure: Figure, count: int, columns: int):
    columns = max(1, min(columns, count))
    rows = math.ceil(count / columns)
    axes = [figure.add_subplot(rows, columns, i + 1) for i in range(count)]
    return axes


def _check(reports: Reports) -> None:
    if not reports:
        raise ValueError("charts need at least one evaluation report")


# -- bars per metric family -----------------------------------------------------------------------
def family_bars(reports: Reports, family: str) -> Figure:
    """One small bar chart per metric of ``family``: a bar per generator in its traffic-light
    colour, with the pass and fail lines of the release gate."""
    _check(reports)
    metrics = [m for m in metrics_of(family) if any(r.metrics.get(m.key) is not None for r in reports.values())]
    title = FAMILY_LABELS[family]
    if not metrics:
        return _message_figure(title, "Not measured for these results.")
    figure = _figure(3.2 * min(3, len(metrics)) + 0.5, 2.9 * math.ceil(len(metrics) / 3) + 0.8)
    figure.suptitle(title)
    names = list(reports)
    for axes, metric in zip(_grid(figure, len(metrics), 3), metrics):
        values = [reports[n].metrics.get(metric.key) for n in names]
        statuses = [_status(reports[n], metric.key) for n in names]
        heights = [v if v is not None else 0.0 for v in values]
        axes.bar(range(len(names)), heights, color=[STATUS_COLOURS[s] for s in statuses])
        advisory = any(not v.blocking for r in reports.values() if (v := r.gate.verdicts.get(metric.key)))
        for position, (value, status) in enumerate(zip(values, statuses)):
            word = STATUS_WORDS[status] + (" (advisory)" if advisory and status in (WARN, FAIL) else "")
            axes.annotate(f"{metric.format(value)}\n{word}", (position, heights[position]),
                          ha="center", va="bottom", fontsize=7, xytext=(0, 2), textcoords="offset points")
        threshold = next((r.gate.thresholds.thresholds.get(metric.key) for r in reports.values()), None)
        if threshold is not None:
            axes.axhline(threshold.pass_at, color=STATUS_COLOURS[PASS], linestyle="--", linewidth=1)
            if threshold.fail_at is not None:
                axes.axhline(threshold.fail_at, color=STATUS_COLOURS[FAIL], linestyle=":", linewidth=1)
        top = max([*heights, metric.ideal, threshold.pass_at if threshold else 0.0])
        axes.set_ylim(0, top * 1.3 if top > 0 else 1)
        axes.set_xticks(range(len(names)), names, rotation=20, ha="right", fontsize=8)
        better = "higher is better" if metric.higher_is_better else "lower is better"
        axes.set_title(f"{metric.label}\n({better}; ideal {metric.format(metric.ideal)})", fontsize=9)
        axes.set_ylabel("Value" if metric.unit != "share" else "Share (0 to 1)", fontsize=8)
    figure.legend(handles=_gate_legend(), loc="outside lower center", ncol=6, fontsize=8, frameon=False)
    return figure


def _status(report: EvaluationReport, key: str) -> str:
    verdict = report.gate.verdicts.get(key)
    if verdict is not None:
        return verdict.status
    return REPORTED_ONLY if report.metrics.get(key) is not None else NOT_MEASURED


def _gate_legend() -> list:
    return [Patch(color=STATUS_COLOURS[s], label=STATUS_WORDS[s]) for s in (PASS, WARN, FAIL, REPORTED_ONLY)] + [
        Line2D([], [], color=STATUS_COLOURS[PASS], linestyle="--", label="Pass line"),
        Line2D([], [], color=STATUS_COLOURS[FAIL], linestyle=":", label="Fail line")]


# -- per-column distributions --------------------------------------------------------------------
def distribution_overlay(reports: Reports, column: str) -> Figure:
    """Real and synthetic distributions of one column on the same axes (shares of rows)."""
    _check(reports)
    found = {name: _distribution(report, column) for name, report in reports.items()}
    found = {name: d for name, d in found.items() if d is not None}
    if not found:
        return _message_figure(column, f"The column '{column}' was not compared.")
    first = next(iter(found.values()))
    figure = _figure(7, 3.8)
    axes = figure.add_subplot()
    if "edges" in first:
        edges = np.asarray(first["edges"])
        widths = np.diff(edges)
        axes.bar(edges[:-1], first["real"], width=widths, align="edge", color=REAL_COLOUR, alpha=0.45,
                 label="Real data")
        for colour, (name, dist) in zip(SERIES_COLOURS, found.items()):
            axes.stairs(dist["synthetic"], edges, color=colour, linewidth=1.8, label=f"Synthetic: {name}")
        kind = "date" if first["kind"] == "datetime" else "value"
        axes.set_xlabel(f"{column} ({kind}; the lowest and highest 0.5% are in the end bars)")
        if first["kind"] == "datetime":
            _date_ticks(axes, edges)
    else:
        labels = first["labels"]
        keep = [i for i, label in enumerate(labels)
                if first["real"][i] > 0 or any(d["synthetic"][i] > 0 for d in found.values())]
        positions = np.arange(len(keep))
        width = 0.8 / (len(found) + 1)
        axes.bar(positions, [first["real"][i] for i in keep], width=width, color=REAL_COLOUR, label="Real data")
        for offset, (colour, (name, dist)) in enumerate(zip(SERIES_COLOURS, found.items()), start=1):
            axes.bar(positions + offset * width, [dist["synthetic"][i] for i in keep], width=width,
                     color=colour, label=f"Synthetic: {name}")
        axes.set_xticks(positions + width * len(found) / 2, [labels[i] for i in keep], rotation=30,
                        ha="right", fontsize=8)
        axes.set_xlabel(f"{column} (small categories are pooled as 'Other')")
    axes.set_ylabel("Share of rows")
    axes.set_title(f"{column}: real and synthetic values compared")
    axes.legend(fontsize=8)
    return figure


def _distribution(report: EvaluationReport, column: str) -> dict | None:
    for dist in report.details.get("fidelity", {}).get("distributions", []):
        if dist["column"] == column:
            return dist
    return None


def _date_ticks(axes, edges: np.ndarray) -> None:
    ticks = np.linspace(edges[0], edges[-1], 5)
    labels = [np.datetime64(int(t), "s").astype("datetime64[D]").astype(str) for t in ticks]
    axes.set_xticks(ticks, labels, fontsize=8)


# -- relationships ---------------------------------------------------------------------------------
def correlation_difference_heatmaps(reports: Reports) -> Figure:
    """Per generator, how much each relationship between two columns changed (0 = kept)."""
    _check(reports)
    found = {n: r.details.get("fidelity", {}).get("relationships") for n, r in reports.items()}
    found = {n: f for n, f in found.items() if f and len(f.get("columns", [])) >= 2}
    title = "How much each relationship between two columns changed"
    if not found:
        return _message_figure(title, "Fewer than two columns were compared.")
    count = len(found)
    columns = next(iter(found.values()))["columns"]
    size = 2.2 + 0.28 * len(columns)
    figure = _figure(min(24.0, size * min(count, 3) + 1.2), size * math.ceil(count / 3) + 0.6)
    figure.suptitle(title)
    image = None
    for axes, (name, links) in zip(_grid(figure, count, 3), found.items()):
        difference = np.abs(np.asarray(links["real_matrix"]) - np.asarray(links["synthetic_matrix"]))
        image = axes.imshow(difference, vmin=0.0, vmax=1.0, cmap="Reds")
        ticks = range(len(links["columns"]))
        axes.set_xticks(ticks, links["columns"], rotation=90, fontsize=7)
        axes.set_yticks(ticks, links["columns"], fontsize=7)
        kept = reports[name].metrics.get("relationships_kept")
        axes.set_title(f"{name}\nrelationships kept: {METRICS['relationships_kept'].format(kept)}", fontsize=9)
    bar = figure.colorbar(image, ax=figure.axes, shrink=0.8)
    bar.set_label("Change in strength (0 = same as real, 1 = completely different)")
    return figure


# -- privacy: distances to the closest record -------------------------------------------------------
def dcr_histograms(reports: Reports) -> Figure:
    """Distances from synthetic rows, and from real rows the generator never saw, to the
    closest training row. Synthetic rows piled up near 0 sit on real people."""
    _check(reports)
    found = {n: r.details.get("privacy", {}).get("dcr_histogram") for n, r in reports.items()}
    found = {n: h for n, h in found.items() if h}
    title = "Distance to the closest training row"
    if not found:
        return _message_figure(title, "Not measured: there were no holdout rows to compare with.")
    figure = _figure(4.2 * min(3, len(found)) + 0.4, 3.2 * math.ceil(len(found) / 3) + 0.7)
    figure.suptitle(f"{title} (bars piled at 0 mean copies of real people)")
    for index, (axes, (name, histogram)) in enumerate(zip(_grid(figure, len(found), 3), found.items())):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        edges = np.asarray(histogram["edges"])
        axes.bar(edges[:-1], histogram["synthetic"], width=np.diff(edges), align="edge", color=colour, alpha=0.7,
                 label="Synthetic rows")
        axes.stairs(histogram["holdout"], edges, color="black", linewidth=1.5,
                    label="Real rows the generator never saw")
        share = reports[name].metrics.get("closer_to_training")
        axes.set_title(f"{name}\ncloser to training rows: {METRICS['closer_to_training'].format(share)} "
                       "(ideal 50%)", fontsize=9)
        axes.set_xlabel("Distance (0 = identical row)", fontsize=8)
        axes.set_ylabel("Share of rows", fontsize=8)
        axes.legend(fontsize=7)
    return figure


# -- utility: train on synthetic, test on real --------------------------------------------------------
_TSTR_LABELS = {"accuracy": "Accuracy", "f1": "F1 score", "roc_auc": "ROC AUC", "r2": "R² (explained variance)",
                "mae": "Mean absolute error (lower is better)"}


def tstr_bars(reports: Reports) -> Figure:
    """Scores on real holdout rows of a model trained on real data and one trained on each
    generator's synthetic data."""
    _check(reports)
    found = {n: r.details.get("utility", {}) for n, r in reports.items()}
    found = {n: u for n, u in found.items() if u.get("real")}
    title = "Train on synthetic, test on real"
    if not found:
        note = next((r.details.get("utility", {}).get("note") for r in reports.values()), None)
        return _message_figure(title, note or "Not measured.")
    first = next(iter(found.values()))
    scores = list(first["real"])
    figure = _figure(3.4 * len(scores) + 0.4, 3.6)
    figure.suptitle(f"{title}: predicting '{first['target']}' on real rows no model saw")
    names = list(found)
    width = 0.38
    for axes, score in zip(_grid(figure, len(scores), len(scores)), scores):
        positions = np.arange(len(names))
        real = [found[n]["real"][score] for n in names]
        synthetic = [found[n]["synthetic"][score] for n in names]
        axes.bar(positions - width / 2, real, width=width, color=REAL_COLOUR, label="Model trained on real data")
        axes.bar(positions + width / 2, synthetic, width=width, color=SERIES_COLOURS[0],
                 label="Model trained on synthetic data")
        axes.set_xticks(positions, names, rotation=20, ha="right", fontsize=8)
        if score == "roc_auc":
            axes.axhline(0.5, color="black", linestyle=":", linewidth=1, label="Chance (a coin toss)")
        axes.set_title(_TSTR_LABELS.get(score, score), fontsize=9)
        axes.set_ylabel("Score", fontsize=8)
    handles = {label: handle for axes in figure.axes for handle, label in zip(*axes.get_legend_handles_labels())}
    figure.legend(handles=list(handles.values()), loc="outside lower center", ncol=3, fontsize=8, frameon=False)
    return figure


# -- saving -----------------------------------------------------------------------------------------------
def save_figure(figure: Figure, path: str | Path, *, overwrite: bool = False, dpi: int = 150) -> Path:
    """Write ``figure`` as PNG, SVG or PDF (chosen by the file's extension), atomically;
    an existing file is replaced only with ``overwrite``."""
    path = Path(path)
    file_format = SAVE_FORMATS.get(path.suffix.lower())
    if file_format is None:
        raise BadInputError(f"A chart cannot be saved as '{path.suffix or 'a file without extension'}'.",
                            "Save it with the extension .png (picture) or .svg (drawing that scales).")
    with atomic_target(path, overwrite=overwrite) as temporary:
        figure.savefig(temporary, format=file_format, dpi=dpi)
    return path
