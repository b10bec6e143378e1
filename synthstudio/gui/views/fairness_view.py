"""The fairness evidence of one result: its target in plain words, whether the released data
reaches it (as measured on that data, and how close it got), the measured values of the real
data, the plain synthetic sample, the corrected output and models trained on each (tested on
real holdout rows), the utility cost of the correction, warnings about small groups, and the
datasheet's "Remaining bias" sentences; beside them the before/after charts.

Everything is read from the run record (:func:`~synthstudio.core.report.evaluation_content.fairness_evidence`
and ``fairness_charts``, the same code the PDF datasheet uses), so a result reopened from a
saved project shows the same evidence without its tables. The words appear at once; the charts
are built and drawn in the background (:mod:`.chart_view`).
"""
from __future__ import annotations

import re
from html import escape
from typing import Any, Callable, Mapping

from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (QComboBox, QLabel, QSizePolicy, QSplitter, QStackedWidget, QTextBrowser, QVBoxLayout,
                               QWidget)

from synthstudio.core.charts import FAIL, NOT_MEASURED, PASS, STATUS_COLOURS, STATUS_SYMBOLS
from synthstudio.core.fairness.describe import number, percent
from synthstudio.core.jobs import CancelToken, ProgressFn
from synthstudio.core.report.evaluation_content import (FairnessEvidence, FairnessSourceValues, fairness_charts,
                                                        fairness_evidence)
from synthstudio.gui.views.chart_view import ChartPanel, LatestJob
from synthstudio.gui.workers import JobController, Work

SIDE_BY_SIDE_MIN_WIDTH = 1000   # narrower: the text goes above the chart
TEXT_MIN_WIDTH, TEXT_MIN_HEIGHT = 320, 160
TEXT_SHARE = {Qt.Orientation.Horizontal: 0.45, Qt.Orientation.Vertical: 0.5}   # of the room, at a layout change
COMBO_CHARACTERS = 20
COMBO_STRETCH = 10    # the chart titles are long: most of the spare width, beside the panel's own stretch
Measure = tuple[str, Callable[[FairnessSourceValues], Any], Callable[[Any], str]]   # label, value, format


class FairnessView(QWidget):
    """The "Fairness" tab of the results: the evidence as text, beside (or above) one chart at a time."""

    def __init__(self, renders: JobController, parent: QWidget | None = None):
        super().__init__(parent)
        self.evidence: FairnessEvidence | None = None
        self.charts: list[tuple[str, Figure]] = []
        self._building = LatestJob(renders)
        self._unbuilt: Mapping[str, Any] | None = None     # a record's fairness, charts still to build

        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Fairness results"))
        self.chart_combo = QComboBox()
        self.chart_combo.setAccessibleName(self.tr("Fairness chart"))
        self.chart_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chart_combo.setMinimumContentsLength(COMBO_CHARACTERS)
        self.chart_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.chart_combo.setToolTip(self.tr("Which before/after chart to show: real data, the synthetic data "
                                            "before the correction, and the released data."))
        self.chart_combo.currentIndexChanged.connect(self._draw_chart)
        self.chart = ChartPanel("fairness", self.tr("Fairness chart, before and after"), renders)
        chart_label = QLabel(self.tr("&Before and after:"))
        chart_label.setBuddy(self.chart_combo)
        self.chart.controls.insertWidget(0, chart_label)
        self.chart.controls.insertWidget(1, self.chart_combo, COMBO_STRETCH)
        self.text.setMinimumSize(TEXT_MIN_WIDTH, TEXT_MIN_HEIGHT)
        self.splitter = QSplitter(Qt.Orientation.Vertical)   # see resizeEvent
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.text)
        self.splitter.addWidget(self.chart)

        self.no_target = QLabel(self.tr("No fairness target was set for this run, so no group balance was "
                                        "enforced or verified."))
        self.no_target.setWordWrap(True)
        self.no_target.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.no_target)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Text beside the chart when there is room for both, above it otherwise."""
        size = event.size()
        wide = size.width() >= SIDE_BY_SIDE_MIN_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation():
            self.splitter.setOrientation(orientation)
            length = size.width() if wide else size.height()
            text = int(length * TEXT_SHARE[orientation])
            self.splitter.setSizes([text, length - text])
        super().resizeEvent(event)

    # -- content -----------------------------------------------------------------------------
    def set_record(self, record: Mapping[str, Any] | None) -> None:
        """Show the fairness part of a run record (or say that the run had no target)."""
        self.evidence = fairness_evidence(record)
        self._building.cancel()            # the charts of the record before
        self._set_charts([])
        self._unbuilt = None
        if self.evidence is None:
            self.text.clear()
            self.stack.setCurrentWidget(self.no_target)
            return
        self.text.setHtml(self.evidence_html(self.evidence))
        self.stack.setCurrentWidget(self.splitter)
        self.chart.show_message(self.tr("Drawing the charts…"))
        self._unbuilt = (record or {}).get("fairness")
        self._build_charts()

    def pending(self) -> bool:
        """Whether the charts are still to be built or drawn (they wait while the tab is not shown)."""
        return self._unbuilt is not None or self._building.busy() or self.chart.pending()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._build_charts()

    def _build_charts(self) -> None:
        """Build the record's charts in the background, once the tab is on screen."""
        if self._unbuilt is None or not self.isVisible():
            return
        fairness, self._unbuilt = self._unbuilt, None
        self._building.run(_charts_work(fairness), self._set_charts, self.chart.canvas.show_failure)

    def _set_charts(self, charts: list[tuple[str, Figure]]) -> None:
        self.charts = charts
        self.chart_combo.blockSignals(True)
        self.chart_combo.clear()
        self.chart_combo.addItems([title.removeprefix("Fairness: ") for title, _ in charts])
        self.chart_combo.blockSignals(False)
        self._draw_chart(self.chart_combo.currentIndex())

    def _draw_chart(self, index: int) -> None:
        if not 0 <= index < len(self.charts):    # no chart: a record without a verified target
            return
        title, figure = self.charts[index]
        self.chart.name = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
        self.chart.show_figure(figure)

    # -- words -------------------------------------------------------------------------------
    def evidence_html(self, evidence: FairnessEvidence) -> str:
        status = {True: PASS, False: FAIL, None: NOT_MEASURED}[evidence.met]
        verdict = {PASS: self.tr("Met"), FAIL: self.tr("Not reached"), NOT_MEASURED: self.tr("Not measured")}[status]
        if evidence.method:
            method = "<p><b>" + self.tr("Correction:") + "</b> " + escape(evidence.method) + "</p>"
        else:
            method = "<p>" + self.tr("No correction was applied: the target was only measured.") + "</p>"
        utility = evidence.utility_cost or self.tr("Utility cost of the correction: not measured (no correction "
                                                   "was applied, or no model could be tested on real holdout rows).")
        warnings = _bullets(evidence.group_warnings) if evidence.group_warnings else "<p>{0}</p>".format(
            self.tr("None: every group has at least {0:,} real rows, enough to learn from and to judge.").format(
                evidence.target.min_group_rows))
        return "".join((
            _heading(self.tr("Fairness target")), f"<p>{escape(evidence.target_text)}</p>", method,
            _heading(self.tr("Result, measured on the released data")),
            f"<p><b style='color:{STATUS_COLOURS[status]}'>{STATUS_SYMBOLS[status]} {verdict}.</b> "
            f"{escape(evidence.summary)}</p>",
            self._values_table(evidence), f"<p>{escape(utility)}</p>",
            _heading(self.tr("Warnings about group sizes")), warnings,
            _heading(self.tr("Remaining bias")), "<p><i>{0}</i></p>".format(self.tr("As written in the datasheet.")),
            _bullets(evidence.remaining_bias)))

    def _values_table(self, evidence: FairnessEvidence) -> str:
        """The measured values, a column per table (real, before correction, released); measures that
        nothing was measured for are left out."""
        names = {"real": self.tr("Real data (training rows)"), "plain": self.tr("Synthetic, before correction"),
                 "released": self.tr("Released data")}
        measures: list[Measure] = [
            (self.tr("Rows"), lambda s: s.rows, lambda v: f"{v:,}"),
            (self.tr("In the table"), lambda s: s.data_value, number),
            (self.tr("In the model's predictions"), lambda s: s.model_value, number)]
        if evidence.target.metric != "equalized_odds":     # otherwise it is the model's value already
            measures.append((self.tr("Equalized-odds difference (model)"), lambda s: s.equalized_odds, number))
        measures += [(self.tr("Model accuracy"), lambda s: s.accuracy, percent),
                     (self.tr("Model ROC AUC"), lambda s: s.roc_auc, number)]
        header = "".join(f"<th>{names[s.source]}</th>" for s in evidence.sources)
        rows = "".join(f"<tr><th align='left'>{escape(label)}</th>" + "".join(
            f"<td align='right'>{'—' if get(s) is None else fmt(get(s))}</td>" for s in evidence.sources) + "</tr>"
            for label, get, fmt in measures if any(get(s) is not None for s in evidence.sources))
        caption = self.tr("{0}, measured in each table").format(escape(evidence.target.info.label))
        if evidence.holdout_rows:
            caption += self.tr(", and in the predictions of a model trained on it and tested on the same {0:,} real "
                               "holdout rows, which the generator never saw").format(evidence.holdout_rows)
        return (f"<p>{caption}.</p><table width='100%' border='1' cellspacing='0' cellpadding='4'>"
                f"<tr><th></th>{header}</tr>{rows}</table>")


def _charts_work(fairness: Mapping[str, Any] | None) -> Work:
    def work(progress: ProgressFn, cancel: CancelToken) -> list[tuple[str, Figure]]:
        return [(title, figure) for title, figure, _ in fairness_charts(fairness)]

    return work


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _bullets(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"
