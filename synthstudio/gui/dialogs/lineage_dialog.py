"""The model-collapse guard's question: this table looks (partly) synthetic; train on it anyway?

:func:`confirm_lineage` is what the main window calls after a table is loaded, with the
:class:`~synthstudio.core.provenance.lineage.LineageFinding` of ``inspect_input``. Cancel is the
default button: continuing must be a deliberate choice.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QStyle,
                               QVBoxLayout, QWidget)

from synthstudio.core.provenance.lineage import LineageFinding
from synthstudio.gui.labels import number_text, percent_text

MOSTLY_SYNTHETIC = 0.9


class LineageDialog(QDialog):
    def __init__(self, finding: LineageFinding, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = finding
        self.setWindowTitle(self.tr("This table looks like synthetic data"))
        self.setAccessibleName(self.tr("Synthetic input warning"))

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.headline = self._label(f"<b>{escape(self.headline_text())}</b>")
        self.headline.setAccessibleName(self.tr("What was found"))

        facts = QFormLayout()
        self.depth_label = self._label(self.depth_text())
        self.depth_label.setToolTip(self.tr("Data made from real data is generation 1; data made from generation 1 "
                                            "is generation 2, and so on."))
        self.share_label = self._label(self.share_text())
        self.share_label.setToolTip(self.tr("Estimated from the watermark in the numbers (or from the file's own "
                                            "description when the numbers cannot tell)."))
        facts.addRow(self.tr("Generation:"), self.depth_label)
        facts.addRow(self.tr("Synthetic share:"), self.share_label)
        facts.addRow(self.tr("Dataset ID:"), self._label(finding.dataset_id or self.tr("not known")))
        facts.addRow(self.tr("Watermark:"), self._label(
            self.tr("z = {0} (4 or more means the numbers carry SynthStudio's watermark)").format(
                number_text(finding.z, 1))))
        if finding.reasons:
            evidence = "<br>".join(f"• {escape(reason)}" for reason in finding.reasons)
            facts.addRow(self.tr("Found because:"), self._label(evidence))

        self.collapse_warning = self._label(self.tr(
            "Training a generator on synthetic data is like copying a copy: the new model learns the first "
            "model's mistakes as if they were facts and loses rare cases, a little more with each generation "
            "(this is called <i>model collapse</i>). Use the original real data whenever you can."))
        self.consequence = self._label(self.consequence_text())

        self.continue_button = QPushButton(self.tr("C&ontinue anyway"))
        self.continue_button.setToolTip(self.tr("Use this table; its synthetic origin is recorded in the new "
                                                "data's datasheet."))
        self.continue_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setToolTip(self.tr("Do not use this table."))
        self.cancel_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addLayout(facts)
        text.addWidget(self.collapse_warning)
        text.addWidget(self.consequence)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
        self.cancel_button.setFocus()

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- the words -------------------------------------------------------------------------------
    def headline_text(self) -> str:
        share = self.finding.synthetic_share
        if 0 < share < MOSTLY_SYNTHETIC:
            return self.tr("About {0} of this table appears to be synthetic data made by SynthStudio, "
                           "mixed with other data.").format(percent_text(share))
        return self.tr("This table appears to be synthetic data made by SynthStudio, not real data.")

    def depth_text(self) -> str:
        depth = self.finding.input_depth
        if depth <= 0:
            return self.tr("not known")
        if depth == 1:
            return self.tr("1 — it was generated from real data")
        return self.tr("{0} — it was generated from data that was itself synthetic").format(depth)

    def share_text(self) -> str:
        share = self.finding.synthetic_share
        return self.tr("about {0}").format(percent_text(share)) if share > 0 else self.tr("not measured")

    def consequence_text(self) -> str:
        finding = self.finding
        if finding.dataset_id:
            return self.tr("If you continue, the new synthetic data will be recorded as generation {0}, and its "
                           "datasheet will name dataset {1} as its source.").format(finding.output_depth,
                                                                                    finding.dataset_id)
        return self.tr("If you continue, the new synthetic data will be recorded as generation {0} in its "
                       "datasheet.").format(finding.output_depth)


def confirm_lineage(parent: QWidget | None, finding: LineageFinding) -> bool:
    """True when training on the table may go ahead: nothing worrying was found, or the person
    chose "Continue anyway". Asks (modally) only when the finding needs confirmation."""
    if not finding.needs_confirmation:
        return True
    dialog = LineageDialog(finding, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()

