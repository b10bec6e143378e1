"""A table model over a pandas DataFrame that stays fast at a million rows.

Nothing is converted up front: ``data()`` formats only the cells the view asks for (the
visible ones), reading the column's numpy array through a row-index array. Sorting
computes a numeric key per column (``pandas.factorize`` for text and categories) and
``argsort``s it, then swaps the row-index array; the frame itself is never copied or
reordered. Missing values are shown as an italic grey "missing" on a tinted background,
so they cannot be mistaken for an empty text or a zero.
"""
from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

MISSING_TINT = QColor(255, 236, 179)       # a soft amber: visible on light and dark themes
NUMERIC_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
TEXT_ALIGNMENT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

Index = QModelIndex | QPersistentModelIndex


class _Column:
    """One column's values and missing mask, read by row position; built on first use."""

    def __init__(self, series: pd.Series):
        self.series = series
        self.numeric = pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype)
        self.is_float = pd.api.types.is_float_dtype(series.dtype)
        self._values: Any = None
        self._missing: np.ndarray | None = None

    @property
    def values(self) -> Any:
        if self._values is None:
            # Zero-copy views: plain numpy columns as numpy arrays; nullable ints, strings,
            # categories and dates as their pandas array (indexing one cell is cheap there).
            dtype = self.series.dtype
            plain = isinstance(dtype, np.dtype) and dtype.kind in "biufO"
            self._values = self.series.to_numpy() if plain else self.series.array
        return self._values

    @property
    def missing(self) -> np.ndarray:
        if self._missing is None:
            self._missing = self.series.isna().to_numpy()
        return self._missing

    def text(self, row: int) -> str:
        value = self.values[row]
        if self.is_float:
            return f"{value:.10g}"
        if isinstance(value, pd.Timestamp):
            return value.isoformat(sep=" ").removesuffix(" 00:00:00").removesuffix("T00:00:00")
        return str(value)

    def sort_key(self) -> tuple[np.ndarray, np.ndarray]:
        """(key, missing): a numeric key whose order is the column's natural order."""
        series = self.series
        missing = self.missing
        if self.numeric:
            key = series.to_numpy(dtype="float64", na_value=np.nan)
        elif pd.api.types.is_datetime64_any_dtype(series.dtype):
            key = series.to_numpy(dtype="datetime64[ns]").view("int64")
        else:
            # factorize(sort=True) gives codes in value order; it is fast on strings and categories
            codes, _ = pd.factorize(series.astype("string") if series.dtype == object else series, sort=True)
            key = codes
        return key, missing


class DataFrameModel(QAbstractTableModel):
    def __init__(self, frame: pd.DataFrame | None = None, parent=None):
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._columns: list[_Column] = []
        self._order: np.ndarray | None = None   # None: rows in file order
        self._italic = QFont()
        # Arabic script has no italic, and a slanted fallback font may lack its letters
        self._italic.setItalic(QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight)
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        if frame is not None:
            self.set_frame(frame)

    # -- content -------------------------------------------------------------------------
    @property
    def frame(self) -> pd.DataFrame:
        return self._frame

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._frame = frame
        self._columns = [_Column(frame.iloc[:, i]) for i in range(frame.shape[1])]
        self._order = None
        self.sort_column = -1
        self.endResetModel()

    def source_row(self, row: int) -> int:
        """Position in the frame of the row shown at ``row``."""
        return int(self._order[row]) if self._order is not None else row

    # -- QAbstractTableModel -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        row = self.source_row(index.row())
        missing = bool(column.missing[row])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("missing") if missing else column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("This value is missing in the table.") if missing else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return NUMERIC_ALIGNMENT if column.numeric and not missing else TEXT_ALIGNMENT
        if missing and role == Qt.ItemDataRole.FontRole:
            return self._italic
        if missing and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(MISSING_TINT)
        if missing and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._columns):
                return None
            name = str(self._frame.columns[section])
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Column “{0}”. Click to sort by it.").format(name)
            return name
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.source_row(section) + 1)  # the row's number in the file, kept when sorted
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``; missing values always come last; equal values keep file order."""
        if not 0 <= column < len(self._columns):
            return
        key, missing = self._columns[column].sort_key()
        present = np.flatnonzero(~missing)
        present_key = key[present]
        if order == Qt.SortOrder.DescendingOrder:
            present_key = -present_key  # negating keeps the sort stable, unlike reversing
        new_order = np.concatenate([present[np.argsort(present_key, kind="stable")], np.flatnonzero(missing)])
        self._apply_order(new_order)
        self.sort_column, self.sort_order = column, order

    def _apply_order(self, new_order: np.ndarray) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        if persistent:  # keep the selection on the same rows
            position = np.empty(len(new_order), dtype=np.int64)
            position[new_order] = np.arange(len(new_order))
            self.changePersistentIndexList(
                persistent,
                [self.index(int(position[self.source_row(p.row())]), p.column()) for p in persistent])
        self._order = new_order
        self.layoutChanged.emit()
