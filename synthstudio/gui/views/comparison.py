"""Results: each finished run's synthetic table beside the real one, with a per-column
distribution overlay (real vs synthetic) drawn by the core's chart builders; a "Fairness" tab
with the selected run's fairness evidence (:mod:`.fairness_view`); once several runs are
measured, a "Compare results" tab shows them side by side (:mod:`.comparison_charts`).

Every chart of the view is built and drawn on one background thread of its own (``renders``,
see :mod:`.chart_view`): showing a result puts the tables and the words up at once, and each
chart follows when it is drawn."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QSplitter,
                               QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from synthstudio.core.charts import distribution_overlay
from synthstudio.core.synthesis import SynthesisSettings
from synthstudio.gui.labels import format_duration
from synthstudio.gui.views.chart_view import ChartPanel, stop_drawing
from synthstudio.gui.views.comparison_charts import ComparisonView
from synthstudio.gui.views.data_view import DataPanel
from synthstudio.gui.views.fairness_view import FairnessView
from synthstudio.gui.workers import JobController


@dataclass(eq=False)
class ResultItem:
    """A finished run as the window keeps it: table, record, and where it is stored (once saved)."""

    id: str
    title: str
    settings: SynthesisSettings
    synthetic: pd.DataFrame
    record: dict[str, Any] = field(default_factory=dict)
    stored: bool = False
    evaluation: Any = None          # EvaluationReport once the comparison job has run


class ResultsView(QWidget):
    result_selected = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.real = pd.DataFrame()
        self.real_name = ""
        self.items: list[ResultItem] = []
        # one thread draws every chart of the view, one at a time (a Figure is never shared by two)
        self.renders = JobController(self, max_parallel=1)

        self.result_list = QListWidget()
        self.result_list.setAccessibleName(self.tr("Results"))
        self.result_list.setToolTip(self.tr("Each finished run. Pick one to compare it with the real table."))
        self.result_list.currentRowChanged.connect(self._show_row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        list_label = QLabel(self.tr("&Results"))
        list_label.setBuddy(self.result_list)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.result_list, 2)
        left_layout.addWidget(self.summary, 1)
        left.setMinimumWidth(230)

        self.real_panel = DataPanel(self.tr("Real data"))
        self.synthetic_panel = DataPanel(self.tr("Synthetic data"))
        tables = QSplitter(Qt.Orientation.Horizontal)
        tables.addWidget(self.real_panel)
        tables.addWidget(self.synthetic_panel)

        self.column_combo = QComboBox()
        self.column_combo.setAccessibleName(self.tr("Column to compare"))
        self.column_combo.setToolTip(self.tr("The column whose real and synthetic distributions are drawn."))
        self.column_combo.currentTextChanged.connect(self._draw_column)
        self.chart = ChartPanel("distribution", self.tr("Distribution of real and synthetic values"), self.renders)
        column_label = QLabel(self.tr("Compare &column:"))
        column_label.setBuddy(self.column_combo)
        self.chart.controls.insertWidget(0, column_label)
        self.chart.controls.insertWidget(1, self.column_combo)

        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(tables)
        right.addWidget(self.chart)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)

        self.fairness = FairnessView(self.renders)
        self.comparison = ComparisonView(self.renders)
        self.views = QTabWidget()
        self.views.setAccessibleName(self.tr("Result views"))
        self.views.addTab(right, self.tr("&Selected result"))
        self.views.addTab(self.comparison, self.tr("Co&mpare results"))
        self.views.setTabToolTip(1, self.tr("All measured results side by side: scores and charts."))
        self.views.setTabEnabled(1, False)
        self.views.addTab(self.fairness, self.tr("F&airness"))
        self.views.setTabToolTip(2, self.tr("The selected result's fairness target: whether the released data "
                                            "reaches it, before/after charts and the bias that remains."))

        self.empty = QLabel(self.tr("No results yet.\nImport a table, then choose Run ▸ Synthesize (Ctrl+R)."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        content = QSplitter(Qt.Orientation.Horizontal)
        content.addWidget(left)
        content.addWidget(self.views)
        content.setStretchFactor(0, 0)
        content.setStretchFactor(1, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def drawing(self) -> bool:
        """Whether a chart on show is still being built or drawn."""
        return not self.renders.is_idle() or any(panel.pending() for panel in self.findChildren(ChartPanel)
                                                 if panel.isVisible())

    def stop_drawing(self) -> None:
        stop_drawing(self.renders)

    def closeEvent(self, event: QCloseEvent) -> None:   # shown as a window of its own
        self.stop_drawing()
        super().closeEvent(event)

    # -- content -----------------------------------------------------------------------------
    def set_real(self, frame: pd.DataFrame, name: str) -> None:
        self.real, self.real_name = frame, name
        self.clear()

    def clear(self) -> None:
        self.items = []
        self.result_list.clear()
        self.stack.setCurrentIndex(0)
        self._update_comparison()

    def add_result(self, item: ResultItem, select: bool = True) -> None:
        self.items.append(item)
        entry = QListWidgetItem(item.title)
        entry.setToolTip(self.tr("{0:,} synthetic rows").format(len(item.synthetic)))
        self.result_list.addItem(entry)
        self.stack.setCurrentIndex(1)
        if select or self.result_list.currentRow() < 0:
            self.result_list.setCurrentRow(len(self.items) - 1)

    def current(self) -> ResultItem | None:
        row = self.result_list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        if self.real_panel.view.table_model.frame is not self.real:  # the real table rarely changes
            self.real_panel.set_frame(self.real, self.real_name)
        self.synthetic_panel.set_frame(item.synthetic, item.title)
        self.summary.setText(self._summary(item))
        previous = self.column_combo.currentText()
        self.column_combo.blockSignals(True)
        self.column_combo.clear()
        self.column_combo.addItems([str(c) for c in item.synthetic.columns if c in self.real.columns])
        self.column_combo.blockSignals(False)
        index = self.column_combo.findText(previous)
        self.column_combo.setCurrentIndex(max(0, index))
        self._draw_column(self.column_combo.currentText())
        self.fairness.set_record(item.record)
        self.result_selected.emit(item)

    def _summary(self, item: ResultItem) -> str:
        record = item.record
        lines = [self.tr("<b>{0}</b>").format(record.get("generator", {}).get("name", item.settings.generator)),
                 self.tr("Seed: {0}").format(item.settings.seed),
                 self.tr("Rows: {0:,}").format(len(item.synthetic))]
        if record.get("device"):
            lines.append(self.tr("Device: {0}").format(record["device"]))
        timings = record.get("timings", {})
        if timings:
            total = timings.get("fit_seconds", 0) + timings.get("sample_seconds", 0)
            lines.append(self.tr("Time: {0}").format(format_duration(total)))
        if not item.stored:
            lines.append(self.tr("<i>Not saved yet: save the project to keep it.</i>"))
        return "<br>".join(lines)

    def set_evaluation(self, item: ResultItem, report: Any) -> None:
        item.evaluation = report
        if item is self.current():
            self._draw_column(self.column_combo.currentText())
        self._update_comparison()

    def measured(self) -> dict[str, Any]:
        """Display name -> EvaluationReport of every measured result (names made unique)."""
        reports: dict[str, Any] = {}
        for item in self.items:
            if item.evaluation is None:
                continue
            name, count = item.title, 2
            while name in reports:
                name, count = f"{item.title} ({count})", count + 1
            reports[name] = item.evaluation
        return reports

    def _update_comparison(self) -> None:
        """The comparison tab opens, and shows itself, once a second result is measured."""
        reports = self.measured()
        comparable = len(reports) >= 2
        tab = self.views.indexOf(self.comparison)
        was_comparable = self.views.isTabEnabled(tab)
        self.views.setTabEnabled(tab, comparable)
        if comparable:
            self.comparison.set_reports(reports)
            if not was_comparable:
                self.views.setCurrentWidget(self.comparison)
        elif self.views.currentWidget() is self.comparison:
            self.views.setCurrentIndex(0)

    def _draw_column(self, column: str) -> None:
        item = self.current()
        if item is None or not column:
            return
        if item.evaluation is None:
            self.chart.show_message(self.tr("Comparing the synthetic data with the real data…"))
            return
        reports = {item.title: item.evaluation}
        self.chart.show_chart(lambda: distribution_overlay(reports, column))
