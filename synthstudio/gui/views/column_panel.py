"""The column panel: each column's type, role, missing share, distinct values and preview."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from synthstudio.core.schema import ColumnType, Role
from synthstudio.gui.labels import role_help, role_label, type_label
from synthstudio.gui.models.column_model import ColumnSummaryModel
from synthstudio.gui.views.delegates import EnumComboDelegate, PreviewDelegate

PREVIEW_WIDTH = 90


class ColumnPanel(QWidget):
    def __init__(self, parent: QWidget | None = None, editable: bool = True):
        super().__init__(parent)
        self.model = ColumnSummaryModel(self, editable=editable)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Columns of the table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.verticalHeader().hide()
        self._delegates = [
            EnumComboDelegate(list(ColumnType), type_label, parent=self),
            EnumComboDelegate(list(Role), role_label, role_help, parent=self),
            PreviewDelegate(self),
        ]
        self.table.setItemDelegateForColumn(ColumnSummaryModel.TYPE, self._delegates[0])
        self.table.setItemDelegateForColumn(ColumnSummaryModel.ROLE, self._delegates[1])
        self.table.setItemDelegateForColumn(ColumnSummaryModel.PREVIEW, self._delegates[2])
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the name takes what is left (long names are elided); the preview keeps its width
        header.setSectionResizeMode(ColumnSummaryModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ColumnSummaryModel.PREVIEW, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ColumnSummaryModel.PREVIEW, PREVIEW_WIDTH)
        header.setMinimumSectionSize(40)
        self.hint = QLabel(self.tr("Double-click a type or role to change it (or select it and press F2)."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.hint.setVisible(editable)
