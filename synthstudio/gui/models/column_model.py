"""The column panel's model: one row per column with type, role, missing share, distinct
values and a small distribution preview (bar heights computed off the GUI thread)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from synthstudio.core.schema import ColumnType, Role, Schema
from synthstudio.gui.labels import count_text, percent_text, role_help, role_label, type_label

PREVIEW_ROWS = 50_000      # a preview is a picture: a sample of rows draws the same shape
PREVIEW_BINS = 16
PREVIEW_TOP_VALUES = 8
PREVIEW_ROLE = Qt.ItemDataRole.UserRole + 1
ENUM_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnPreview:
    heights: tuple[float, ...]      # 0..1, one per bar
    labels: tuple[str, ...]         # what each bar counts, for the tooltip


def column_previews(frame: pd.DataFrame, seed: int = 0) -> dict[str, ColumnPreview]:
    """Bar heights per column: a histogram for numbers, the most frequent values otherwise."""
    if len(frame) > PREVIEW_ROWS:
        frame = frame.sample(PREVIEW_ROWS, random_state=seed)
    previews = {}
    for name in frame.columns:
        column = frame[name].dropna()
        if column.empty:
            previews[str(name)] = ColumnPreview((), ())
            continue
        if pd.api.types.is_numeric_dtype(column.dtype) and not pd.api.types.is_bool_dtype(column.dtype):
            counts, edges = np.histogram(column.to_numpy(dtype="float64"), bins=PREVIEW_BINS)
            labels = tuple(f"{lo:.4g} – {hi:.4g}" for lo, hi in zip(edges[:-1], edges[1:]))
        else:
            top = column.astype("string").value_counts().head(PREVIEW_TOP_VALUES)
            counts, labels = top.to_numpy(), tuple(map(str, top.index))
        peak = max(int(counts.max()), 1)
        previews[str(name)] = ColumnPreview(tuple(float(c) / peak for c in counts), labels)
    return previews


class ColumnSummaryModel(QAbstractTableModel):
    """Columns of the schema; type and role are editable (the view puts combo boxes there)."""

    NAME, TYPE, ROLE, MISSING, DISTINCT, PREVIEW = range(6)
    schema_edited = Signal()

    def __init__(self, parent=None, editable: bool = True):
        super().__init__(parent)
        self.schema = Schema()
        self.previews: dict[str, ColumnPreview] = {}
        self.editable = editable

    def set_schema(self, schema: Schema, previews: dict[str, ColumnPreview] | None = None) -> None:
        self.beginResetModel()
        self.schema = schema
        self.previews = previews or {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.schema.columns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Column"), self.tr("Type"), self.tr("Role"), self.tr("Missing"),
                  self.tr("Distinct"), self.tr("Distribution"))
        tips = (self.tr("The column's name in the file."),
                self.tr("What kind of values the column holds. Double-click to change."),
                self.tr("How the column is treated. Double-click to change."),
                self.tr("Share of rows where the value is missing."),
                self.tr("How many different values the column holds."),
                self.tr("A small picture of how the values are spread (from a sample of rows)."))
        if role == Qt.ItemDataRole.DisplayRole:
            return titles[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tips[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() in (self.TYPE, self.ROLE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self.schema.columns[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.NAME:
                return spec.name
            if column == self.TYPE:
                return type_label(spec.type)
            if column == self.ROLE:
                return role_label(spec.role)
            if column == self.MISSING:
                return percent_text(spec.missing_share, 1)
            if column == self.DISTINCT:
                return count_text(spec.n_distinct)
            if column == self.PREVIEW and role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Distribution preview")
            return None
        if role == ENUM_ROLE:
            return spec.type if column == self.TYPE else spec.role if column == self.ROLE else None
        if role == PREVIEW_ROLE and column == self.PREVIEW:
            return self.previews.get(spec.name)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.ROLE:
                return role_help(spec.role)
            if column == self.TYPE and spec.detected_type and spec.detected_type is not spec.type:
                return self.tr("Detected as {0}; changed by you.").format(type_label(spec.detected_type))
            if column in (self.NAME, self.TYPE):
                return spec.note or None
            if column == self.PREVIEW:
                preview = self.previews.get(spec.name)
                return ", ".join(preview.labels[:PREVIEW_TOP_VALUES]) if preview else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MISSING, self.DISTINCT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        spec = self.schema.columns[index.row()]
        if index.column() == self.TYPE:
            self.schema.set_type(spec.name, ColumnType(value))
            self.dataChanged.emit(index, index)
        elif index.column() == self.ROLE:
            self.schema.set_role(spec.name, Role(value))
            # a new target demotes the old one: refresh the whole role column
            self.dataChanged.emit(self.index(0, self.ROLE), self.index(self.rowCount() - 1, self.ROLE))
        else:
            return False
        self.schema_edited.emit()
        return True
