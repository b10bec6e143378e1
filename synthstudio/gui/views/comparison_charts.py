"""Results of several generators side by side: the score table with traffic lights and the
core's comparison charts, each of which can be saved as a picture.

Every chart is a Figure built by :mod:`synthstudio.core.charts` (the same code the PDF
datasheet uses), built and drawn in the background by a :class:`~.chart_view.ChartPanel`; only
the chart tab on show is drawn, the others when they are opened.
"""
from __future__ import annotations

from typing import Callable, Mapping

from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QComboBox, QHeaderView, QLabel, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from synthstudio.core import charts
from synthstudio.core.evaluation.catalog import FAMILIES
from synthstudio.core.evaluation.report import EvaluationReport
from synthstudio.gui.views.chart_view import ChartPanel
from synthstudio.gui.workers import JobController

Reports = Mapping[str, EvaluationReport]
Builder = Callable[[Reports, str], Figure]      # reports, the column chosen -> a new Figure
SHORT_FAMILY_NAMES = {"fidelity": "Fidelity", "diversity": "Diversity", "utility": "Utility",
                      "privacy": "Privacy"}


class ScoreTableWidget(QTableWidget):
    """``charts.score_table`` as a grid: a row per metric, a column per generator; each cell shows
    the value and its light as symbol and word, on the light's colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Scores of each generator"))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(False)
        self.setMinimumHeight(200)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideMiddle)   # full name in the tooltip
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def set_table(self, table: charts.ScoreTable) -> None:
        self.clear()
        self.setColumnCount(len(table.generators))
        self.setRowCount(len(table.rows) + 1)
        for column, name in enumerate(table.generators):
            header = QTableWidgetItem(name)
            header.setToolTip(name)
            self.setHorizontalHeaderItem(column, header)
        overall_header = QTableWidgetItem(self.tr("Release gate (overall)"))
        bold = QFont(overall_header.font())
        bold.setBold(True)
        overall_header.setFont(bold)
        self.setVerticalHeaderItem(0, overall_header)
        for column, cell in enumerate(table.overall):
            item = self._cell(cell, cell.label)
            item.setFont(bold)
            self.setItem(0, column, item)
        for row, score in enumerate(table.rows, start=1):
            advisory = "" if score.blocking else self.tr(" (advisory)") if score.blocking is False else ""
            header = QTableWidgetItem(f"{SHORT_FAMILY_NAMES[score.metric.family]}: {score.metric.label}{advisory}")
            header.setToolTip(score.metric.description)
            self.setVerticalHeaderItem(row, header)
            for column, cell in enumerate(score.cells):
                item = self._cell(cell, f"{cell.text}   {cell.label}")
                item.setToolTip(score.metric.description)
                self.setItem(row, column, item)

    @staticmethod
    def _cell(cell: charts.ScoreCell, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, cell.status)
        colour = QColor(cell.colour)
        item.setBackground(QBrush(colour.lighter(175)))
        item.setForeground(QBrush(QColor("#000000")))
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item


class ComparisonView(QWidget):
    """The score table above a tab per chart: metric families, columns, relationships,
    distances to the closest record, and train-on-synthetic scores."""

    def __init__(self, renders: JobController, parent: QWidget | None = None):
        super().__init__(parent)
        self.renders = renders
        self.reports: dict[str, EvaluationReport] = {}
        self.score_table = ScoreTableWidget()
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setAccessibleName(self.tr("Comparison charts"))
        self.panels: dict[str, ChartPanel] = {}
        self._builders: dict[str, Builder] = {}
        for family in FAMILIES:
            self._add_chart(f"family-{family}", self.tr(SHORT_FAMILY_NAMES[family]),
                            lambda reports, _column, family=family: charts.family_bars(reports, family))
        self.column_combo = QComboBox()
        self.column_combo.setAccessibleName(self.tr("Column to compare"))
        self.column_combo.setToolTip(self.tr("The column whose real and synthetic distributions are drawn."))
        self.column_combo.currentTextChanged.connect(lambda _: self._draw("columns"))
        columns = self._add_chart("columns", self.tr("Columns"), charts.distribution_overlay)
        label = QLabel(self.tr("Co&lumn:"))
        label.setBuddy(self.column_combo)
        columns.controls.insertWidget(0, label)
        columns.controls.insertWidget(1, self.column_combo)
        self._add_chart("relationships", self.tr("Relationships"),
                        lambda reports, _column: charts.correlation_difference_heatmaps(reports))
        self._add_chart("closest-records", self.tr("Closest records"),
                        lambda reports, _column: charts.dcr_histograms(reports))
        self._add_chart("train-synthetic-test-real", self.tr("Model test"),
                        lambda reports, _column: charts.tstr_bars(reports))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.score_table)
        splitter.addWidget(self.chart_tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _add_chart(self, key: str, title: str, builder: Builder) -> ChartPanel:
        panel = ChartPanel(f"comparison-{key}", self.tr("{0} chart").format(title), self.renders)
        self.chart_tabs.addTab(panel, title)
        self.panels[key] = panel
        self._builders[key] = builder
        return panel

    def set_reports(self, reports: Reports) -> None:
        """Show ``reports`` (generator name -> EvaluationReport), in the given order."""
        self.reports = dict(reports)
        self.score_table.set_table(charts.score_table(self.reports))
        previous = self.column_combo.currentText()
        self.column_combo.blockSignals(True)
        self.column_combo.clear()
        self.column_combo.addItems(_compared_columns(self.reports))
        self.column_combo.setCurrentIndex(max(0, self.column_combo.findText(previous)))
        self.column_combo.blockSignals(False)
        for key in self.panels:
            self._draw(key)

    def _draw(self, key: str) -> None:
        panel = self.panels[key]
        if not self.reports:
            panel.show_message(self.tr("Nothing to compare yet."))
            return
        build, reports, column = self._builders[key], self.reports, self.column_combo.currentText()
        panel.show_chart(lambda: build(reports, column))   # on the drawing thread: no widget read there


def _compared_columns(reports: Reports) -> list[str]:
    """Columns with a distribution in any report, in the order of the first report that has them."""
    names: dict[str, None] = {}
    for report in reports.values():
        for distribution in report.details.get("fidelity", {}).get("distributions", []):
            names.setdefault(str(distribution["column"]), None)
    return list(names)
