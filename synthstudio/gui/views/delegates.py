"""Item delegates: a combo box for enum cells (types, roles) and a tiny bar-chart preview."""
from __future__ import annotations

from enum import Enum
from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from synthstudio.gui.models.column_model import ENUM_ROLE, PREVIEW_ROLE


class EnumComboDelegate(QStyledItemDelegate):
    """Edits a cell holding an Enum member with a combo box of plain-language labels."""

    def __init__(self, members: list[Enum], label: Callable[[Enum], str],
                 tooltip: Callable[[Enum], str] | None = None, parent=None):
        super().__init__(parent)
        self.members = members
        self.label = label
        self.tooltip = tooltip

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        for position, member in enumerate(self.members):
            combo.addItem(self.label(member), member.value)
            if self.tooltip:
                combo.setItemData(position, self.tooltip(member), Qt.ItemDataRole.ToolTipRole)
        # commit as soon as a value is picked, so keyboard users need no extra Enter
        combo.activated.connect(lambda _: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        member = index.data(ENUM_ROLE)
        editor.setCurrentIndex(max(0, editor.findData(member.value if member is not None else None)))

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreviewDelegate(QStyledItemDelegate):
    """Paints a column's distribution preview as small bars in the palette's highlight colour."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        preview = index.data(PREVIEW_ROLE)
        if not preview or not preview.heights:
            return
        area = QRectF(option.rect).adjusted(3, 3, -3, -3)
        step = area.width() / len(preview.heights)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for position, height in enumerate(preview.heights):
            bar = max(1.0, height * area.height())
            painter.drawRect(QRectF(area.left() + position * step + 0.5, area.bottom() - bar, max(1.0, step - 1), bar))
        painter.restore()
