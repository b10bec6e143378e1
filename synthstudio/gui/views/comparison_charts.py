"""Results of several generators side by side: the score table with traffic lights and the
core's comparison charts, each of which can be saved as a picture.

Every chart is a Figure built by :mod:`synthstudio.core.charts` (the same code the PDF
datasheet uses); this module only embeds them and offers "Save chart…".
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Mapping

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QScrollArea,
                               QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from synthstudio.core import charts
from synthstudio.core.errors import SynthStudioError
from synthstudio.core.evaluation.catalog import FAMILIES
from synthstudio.core.evaluation.report import EvaluationReport
from synthstudio.gui.dialogs.error_dialog import show_error

Reports = Mapping[str, EvaluationReport]
PNG_FILTER = "PNG picture (*.png)"
SVG_FILTER = "SVG drawing (*.svg)"
FILTER_SUFFIXES = {PNG_FILTER: ".png", SVG_FILTER: ".svg"}
SHORT_FAMILY_NAMES = {"fidelity": "Fidelity", "diversity": "Diversity", "utility": "Utility",
                      "privacy": "Privacy"}
CHART_MIN_HEIGHT = 320
# Charts keep most of the size the core drew them for (their text is sized in points); a
# smaller window scrolls instead of squeezing the axes to nothing.
NATURAL_SIZE_SHARE = 0.8


def message_figure(text: str) -> Figure:
    figure = Figure(figsize=(5, 3), layout="constrained")
    figure.text(0.5, 0.5, text, ha="center", va="center", color="grey", wrap=True)
    return figure


class ChartPanel(QWidget):
    """One chart with a "Save chart…" button and the same command on the chart's context menu.

    A builder returns a new Figure each time; it gets a canvas of its own in place of the old
    one (the canvas sizes the figure to the widget, at the screen's pixel ratio).
    """

    def __init__(self, name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = name                          # the suggested file name
        self.figure = Figure(figsize=(5, 3), layout="constrained")
        self.canvas = self._canvas(self.figure, accessible_name)
        self.save_button = QPushButton(self.tr("Sa&ve chart…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture or an SVG drawing."))
        self.save_button.clicked.connect(self.save_chart)
        self.controls = QHBoxLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.controls.addStretch(1)
        self.controls.addWidget(self.save_button)
        # wide charts (many generators) scroll instead of squeezing; the controls stay in view
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.controls)
        layout.addWidget(self.scroll, 1)

    def _canvas(self, figure: Figure, accessible_name: str) -> FigureCanvasQTAgg:
        canvas = FigureCanvasQTAgg(figure)
        canvas.setAccessibleName(accessible_name)
        width, height = figure.get_size_inches() * figure.dpi * NATURAL_SIZE_SHARE
        canvas.setMinimumSize(int(width), max(CHART_MIN_HEIGHT, int(height)))
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        save = QAction(self.tr("Save chart…"), canvas)
        save.triggered.connect(self.save_chart)
        canvas.addAction(save)
        return canvas

    def show_figure(self, figure: Figure) -> None:
        canvas = self._canvas(figure, self.canvas.accessibleName())
        self.scroll.setWidget(canvas)           # deletes the old canvas
        self.figure, self.canvas = figure, canvas
        self.save_button.setEnabled(True)
        canvas.draw_idle()

    def show_message(self, text: str) -> None:
        self.show_figure(message_figure(text))
        self.save_button.setEnabled(False)

    def save_chart(self) -> Path | None:
        start = str(Path.home() / f"{self.name}.png")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Save the chart"), start,
                                                   ";;".join((self.tr(PNG_FILTER), self.tr(SVG_FILTER))))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in FILTER_SUFFIXES.values():
            suffix = next((s for f, s in FILTER_SUFFIXES.items() if self.tr(f) == chosen), ".png")
            target = target.with_name(target.name + suffix)
        try:
            # the file dialog has already asked before replacing an existing file
            return charts.save_figure(self.figure, target, overwrite=True)
        except SynthStudioError as error:
            show_error(self, error)
        except OSError as error:
            show_error(self, SynthStudioError(self.tr("The chart could not be saved."),
                                              self.tr("Choose a folder you can write to."), details=str(error)))
        return None


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

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.reports: dict[str, EvaluationReport] = {}
        self.score_table = ScoreTableWidget()
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setAccessibleName(self.tr("Comparison charts"))
        self.panels: dict[str, ChartPanel] = {}
        self._builders: dict[str, Callable[[Reports], Figure]] = {}
        for family in FAMILIES:
            self._add_chart(f"family-{family}", self.tr(SHORT_FAMILY_NAMES[family]),
                            lambda reports, family=family: charts.family_bars(reports, family))
        self.column_combo = QComboBox()
        self.column_combo.setAccessibleName(self.tr("Column to compare"))
        self.column_combo.setToolTip(self.tr("The column whose real and synthetic distributions are drawn."))
        self.column_combo.currentTextChanged.connect(lambda _: self._draw("columns"))
        columns = self._add_chart("columns", self.tr("Columns"),
                                  lambda reports: charts.distribution_overlay(reports, self.column_combo.currentText()))
        label = QLabel(self.tr("Co&lumn:"))
        label.setBuddy(self.column_combo)
        columns.controls.insertWidget(0, label)
        columns.controls.insertWidget(1, self.column_combo)
        self._add_chart("relationships", self.tr("Relationships"), charts.correlation_difference_heatmaps)
        self._add_chart("closest-records", self.tr("Closest records"), charts.dcr_histograms)
        self._add_chart("train-synthetic-test-real", self.tr("Model test"), charts.tstr_bars)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.score_table)
        splitter.addWidget(self.chart_tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _add_chart(self, key: str, title: str, builder: Callable[[Reports], Figure]) -> ChartPanel:
        panel = ChartPanel(f"comparison-{key}", self.tr("{0} chart").format(title))
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
        panel.show_figure(self._builders[key](self.reports))


def _compared_columns(reports: Reports) -> list[str]:
    """Columns with a distribution in any report, in the order of the first report that has them."""
    names: dict[str, None] = {}
    for report in reports.values():
        for distribution in report.details.get("fidelity", {}).get("distributions", []):
            names.setdefault(str(distribution["column"]), None)
    return list(names)
