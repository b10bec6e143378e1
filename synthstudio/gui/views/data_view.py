"""A table view tuned for large tables (fixed row heights, sorting through the model)."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from synthstudio.gui.models.table_model import DataFrameModel

MAX_INITIAL_COLUMN_WIDTH = 220
WIDTH_SAMPLE_ROWS = 50      # widths from the header and the first rows: Qt's own measure asks
                            # the model ~8 roles for 1,000 rows per column, seconds on wide tables
CELL_PADDING = 16


class DataTableView(QTableView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table_model = DataFrameModel(parent=self)
        self.setModel(self.table_model)
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        # Fixed row heights: Qt never measures a million rows to lay them out.
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSortIndicatorShown(True)

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.table_model.set_frame(frame)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.fit_columns()

    def fit_columns(self) -> None:
        model = self.table_model
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        rows = range(min(WIDTH_SAMPLE_ROWS, model.rowCount()))
        for column in range(model.columnCount()):
            header = header_metrics.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal)))
            cells = max((metrics.horizontalAdvance(str(model.data(model.index(row, column)))) for row in rows),
                        default=0)
            self.setColumnWidth(column, min(MAX_INITIAL_COLUMN_WIDTH, max(header + 2 * CELL_PADDING,
                                                                          cells + CELL_PADDING)))


class DataPanel(QWidget):
    """A titled data view: "Real data — adult.csv (32,561 rows × 15 columns)"."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.caption = QLabel(title)
        self.caption.setWordWrap(True)
        self.view = DataTableView()
        self.view.setAccessibleName(title)
        self.caption.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)

    def set_frame(self, frame: pd.DataFrame, name: str = "") -> None:
        self.view.set_frame(frame)
        rows, columns = frame.shape
        detail = self.tr("{0:,} rows × {1:,} columns").format(rows, columns)
        self.caption.setText(f"<b>{self.title}</b> — {name} ({detail})" if name else f"<b>{self.title}</b> ({detail})")
