"""Tools ▸ Release gate thresholds: edit, per metric, the bound a result must reach to pass,
the bound beyond which it fails, and whether the metric decides the release at all.

Metrics are listed by family, in the catalog's order, with their plain meaning as tooltip.
Shares are edited in percent, as the score tables show them.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from synthstudio.core.errors import SynthStudioError
from synthstudio.core.evaluation.catalog import FAMILIES, FAMILY_LABELS, MetricInfo, metrics_of
from synthstudio.core.evaluation.gate import GateThresholds, Threshold
from synthstudio.gui.dialogs.error_dialog import show_error

METRIC, DIRECTION, JUDGED, PASS_AT, FAIL_AT, BLOCKING = range(6)
RATIO_MAX = 10.0


@dataclass(frozen=True)
class _Scale:
    """How a unit is edited: shown value = stored value × factor."""

    factor: float
    maximum: float
    step: float
    decimals: int
    suffix: str = ""


SCALES = {"share": _Scale(100.0, 100.0, 0.5, 2, " %"), "score": _Scale(1.0, 1.0, 0.01, 3),
          "auc": _Scale(1.0, 1.0, 0.01, 3), "ratio": _Scale(1.0, RATIO_MAX, 0.05, 2)}


class _MetricRow:
    """The editors of one metric's threshold."""

    def __init__(self, info: MetricInfo, never: str):
        self.info = info
        self.scale = SCALES[info.unit]
        self.judged = QCheckBox()
        self.judged.setAccessibleName(f"{info.label}: judged")
        self.pass_at = self._spin(info.label + ": pass at", 0.0)
        # one step below zero means "never fails" (the metric can warn but not fail)
        self.fail_at = self._spin(info.label + ": fail at", -self.scale.step)
        self.fail_at.setSpecialValueText(never)
        self.blocking = QCheckBox()
        self.blocking.setAccessibleName(f"{info.label}: decides the release")
        self.judged.toggled.connect(self._enable)

    def _spin(self, name: str, minimum: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setAccessibleName(name)
        spin.setDecimals(self.scale.decimals)
        spin.setRange(minimum, self.scale.maximum)
        spin.setSingleStep(self.scale.step)
        spin.setSuffix(self.scale.suffix)
        return spin

    def _enable(self, on: bool) -> None:
        for widget in (self.pass_at, self.fail_at, self.blocking):
            widget.setEnabled(on)

    def show(self, threshold: Threshold | None) -> None:
        self.judged.setChecked(threshold is not None)
        self._enable(threshold is not None)
        if threshold is None:
            return
        self.pass_at.setValue(threshold.pass_at * self.scale.factor)
        self.fail_at.setValue(self.fail_at.minimum() if threshold.fail_at is None
                              else threshold.fail_at * self.scale.factor)
        self.blocking.setChecked(threshold.blocking)

    def threshold(self) -> Threshold | None:
        if not self.judged.isChecked():
            return None
        fail_at = self.fail_at.value()
        return Threshold(self.pass_at.value() / self.scale.factor,
                         None if fail_at < 0 else fail_at / self.scale.factor, self.blocking.isChecked())


class GateThresholdsDialog(QDialog):
    """Edits a copy of ``thresholds``; after OK, :meth:`thresholds` is what the user set."""

    def __init__(self, thresholds: GateThresholds, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Release gate thresholds"))
        intro = QLabel(self.tr(
            "A result <b>passes</b> a metric at the pass value or better, <b>fails</b> beyond the fail "
            "value, and <b>warns</b> in between. Only metrics that <i>decide the release</i> change the "
            "overall verdict; the others get their own light. An unjudged metric is only reported. "
            "Hover over a metric for its meaning."))
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Release gate thresholds"))
        self.table.setHorizontalHeaderLabels([self.tr("Metric"), self.tr("Better when"), self.tr("Judged"),
                                              self.tr("Pass at"), self.tr("Fail at"),
                                              self.tr("Decides the release")])
        self.table.horizontalHeaderItem(JUDGED).setToolTip(self.tr("Untick to only report this metric."))
        self.table.horizontalHeaderItem(FAIL_AT).setToolTip(
            self.tr("Lower it below zero for \"never\": the metric can warn but never fail."))
        self.table.horizontalHeaderItem(BLOCKING).setToolTip(
            self.tr("Ticked: a failure here fails the result and needs a written justification to release."))
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows: dict[str, _MetricRow] = {}
        for family in FAMILIES:
            self._add_family(family)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(METRIC, QHeaderView.ResizeMode.Stretch)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.reset_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.reset_button.setText(self.tr("&Reset to defaults"))
        self.reset_button.setToolTip(self.tr("Put back SynthStudio's thresholds for every metric."))
        self.reset_button.clicked.connect(lambda: self._show(GateThresholds.default()))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self._show(thresholds)
        self._accepted = thresholds

    def _add_family(self, family: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        title = QTableWidgetItem(FAMILY_LABELS[family])
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.table.setItem(row, 0, title)
        self.table.setSpan(row, 0, 1, self.table.columnCount())
        for info in metrics_of(family):
            row = self.table.rowCount()
            self.table.insertRow(row)
            label = QTableWidgetItem(info.label)
            label.setToolTip(info.description)
            self.table.setItem(row, METRIC, label)
            self.table.setItem(row, DIRECTION, QTableWidgetItem(
                self.tr("higher") if info.higher_is_better else self.tr("lower")))
            editors = _MetricRow(info, self.tr("never"))
            for column, widget in ((JUDGED, editors.judged), (PASS_AT, editors.pass_at),
                                   (FAIL_AT, editors.fail_at), (BLOCKING, editors.blocking)):
                widget.setToolTip(info.description)
                self.table.setCellWidget(row, column, widget)
            self.rows[info.key] = editors

    def _show(self, thresholds: GateThresholds) -> None:
        for key, editors in self.rows.items():
            editors.show(thresholds.thresholds.get(key))

    def edited(self) -> GateThresholds:
        """The thresholds as the editors say now; raises BadInputError when a pair is the wrong way round."""
        thresholds = GateThresholds({})
        for key, editors in self.rows.items():
            thresholds = thresholds.with_threshold(key, editors.threshold())
        return thresholds

    def thresholds(self) -> GateThresholds:
        """What the user accepted (the thresholds given, until OK)."""
        return self._accepted

    def accept(self) -> None:
        try:
            self._accepted = self.edited()
        except SynthStudioError as error:   # e.g. pass and fail the wrong way round: say so, stay open
            show_error(self, error)
            return
        super().accept()

