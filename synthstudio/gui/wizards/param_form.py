"""A form built from a generator's ParamSpec tuple: one widget per parameter, typed."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from synthstudio.core.generators import ParamSpec

INT_LIMIT = 2_000_000_000


class ParamForm(QWidget):
    def __init__(self, specs: tuple[ParamSpec, ...], values: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.specs = specs
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout(self)
        for spec in specs:
            widget = self._widget(spec, values.get(spec.name, spec.default))
            widget.setAccessibleName(spec.label)
            widget.setToolTip(spec.help or spec.label)
            self.widgets[spec.name] = widget
            form.addRow(spec.label + ":", widget)

    @staticmethod
    def _widget(spec: ParamSpec, value: Any) -> QWidget:
        if spec.kind == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            return box
        if spec.kind == "choice":
            combo = QComboBox()
            for choice in spec.choices:
                combo.addItem(str(choice), choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if spec.kind == "int":
            spin = QSpinBox()
            spin.setRange(int(spec.minimum if spec.minimum is not None else -INT_LIMIT),
                          int(spec.maximum if spec.maximum is not None else INT_LIMIT))
            if spec.step:
                spin.setSingleStep(spec.step)
            spin.setValue(int(value))
            return spin
        spin = QDoubleSpinBox()
        spin.setDecimals(6)
        spin.setRange(float(spec.minimum if spec.minimum is not None else -1e12),
                      float(spec.maximum if spec.maximum is not None else 1e12))
        spin.setValue(float(value))
        return spin

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for spec in self.specs:
            widget = self.widgets[spec.name]
            if isinstance(widget, QCheckBox):
                values[spec.name] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                values[spec.name] = widget.currentData()
            else:
                values[spec.name] = widget.value()
        return values
