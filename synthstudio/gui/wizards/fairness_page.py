"""The synthesis wizard's fairness page: an optional fairness target, with the real data's values.

As the person picks sensitive columns, the outcome and its favourable value, a metric and a
threshold, the page shows what the real data looks like against that target, in the core's
plain sentences (:func:`synthstudio.core.fairness.preview.preview`), and its warnings about
groups too small to learn from. Large tables are previewed on a fixed random sample so the
page stays responsive; the page says so.
"""
from __future__ import annotations

import html

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QLabel, QListWidget,
                               QListWidgetItem, QRadioButton, QScrollArea, QVBoxLayout, QWidget, QWizardPage)

from synthstudio.core.errors import BadInputError
from synthstudio.core.fairness import METRICS, FairnessTarget
from synthstudio.core.fairness.preview import Preview, outcome_candidates, outcome_values, preview, \
    sensitive_candidates
from synthstudio.core.schema import Role, Schema
from synthstudio.gui.labels import count_text, without_accelerator
from synthstudio.gui.wizards.problem_label import ProblemLabel

PREVIEW_MAX_ROWS = 20_000   # the preview of a larger table is measured on this many random rows
PREVIEW_SEED = 0
WARNING_STYLE = "color: #8a5a00;"
THRESHOLD_WIDTH = 110


class FairnessPage(QWizardPage):
    """``target()`` is the chosen :class:`FairnessTarget`, or None for no fairness target."""

    def __init__(self, schema: Schema, real: pd.DataFrame | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.schema = schema
        self.sampled = real is not None and len(real) > PREVIEW_MAX_ROWS
        self.real = real.sample(PREVIEW_MAX_ROWS, random_state=PREVIEW_SEED) if self.sampled else real
        self.total_rows = len(real) if real is not None else 0
        self.current: Preview | None = None
        self.error: BadInputError | None = None
        self.setTitle(self.tr("Fairness target (optional)"))
        self.setSubTitle(self.tr("Synthetic data copies the biases of the real table unless you ask otherwise. "
                                 "Set a target, and SynthStudio steers the generated rows towards it and measures "
                                 "the result."))
        self.none = QRadioButton(self.tr("&No fairness target — keep the patterns of the real table"))
        self.none.setToolTip(self.tr("The synthetic data follows the real data, including its biases."))
        self.set_target = QRadioButton(self.tr("Set a fairness &target"))
        self.set_target.setToolTip(self.tr("Choose who must be treated alike, and how alike."))
        group = QButtonGroup(self)
        for button in (self.none, self.set_target):
            button.setAccessibleName(without_accelerator(button.text()))
            group.addButton(button)
        self.none.setChecked(True)
        self.options = self._options()
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.set_target)
        layout.addWidget(self.options, 1)
        self.partial_note = QLabel(self.tr("In partially synthetic mode the rows stay the real ones, so the target "
                                           "is measured and reported but not enforced."))
        self.partial_note.setWordWrap(True)
        self.partial_note.setStyleSheet(WARNING_STYLE)
        self.partial_note.hide()
        layout.addWidget(self.partial_note)
        if self.real is None:   # the wizard was opened without the table: nothing to choose from
            self.set_target.setEnabled(False)
            layout.addWidget(QLabel(self.tr("Fairness targets need the table's values, which are not available.")))
        self.set_target.toggled.connect(self._changed)
        self._changed()

    # -- building the form ------------------------------------------------------------------------
    def _options(self) -> QWidget:
        options = QWidget()
        form = QFormLayout()
        frame = self.real if self.real is not None else pd.DataFrame()
        self.sensitive = QListWidget()
        self.sensitive.setAccessibleName(self.tr("Sensitive columns"))
        self.sensitive.setToolTip(self.tr("Columns that describe groups of people who must be treated alike, such "
                                          "as sex or race. Press Space to tick or untick the selected column."))
        self.sensitive.setMaximumHeight(96)
        for name in sensitive_candidates(frame, self.schema) if self.real is not None else []:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            sensitive = self.schema.column(name).role is Role.SENSITIVE
            item.setCheckState(Qt.CheckState.Checked if sensitive else Qt.CheckState.Unchecked)
            self.sensitive.addItem(item)
        self.sensitive.itemChanged.connect(self._changed)
        self.intersection = QCheckBox(self.tr("Judge their &intersection (e.g. women of one race compared with men "
                                              "of another)"))
        self.intersection.setToolTip(self.tr("Judge combined groups such as Female × Black instead of each column "
                                             "on its own."))
        self.intersection.setAccessibleName(self.tr("Judge the intersection of the sensitive columns"))
        self.intersection.toggled.connect(self._changed)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome column"))
        self.outcome.setToolTip(self.tr("The decision or result that should not depend on the groups, such as "
                                        "income or a loan decision."))
        if self.real is not None:
            self.outcome.addItems(outcome_candidates(frame, self.schema))
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.favourable = QComboBox()
        self.favourable.setAccessibleName(self.tr("Favourable outcome value"))
        self.favourable.setToolTip(self.tr("The value that is good news for a person, such as >50K or approved."))
        self.favourable.currentIndexChanged.connect(self._changed)
        self.metric = QComboBox()
        self.metric.setAccessibleName(self.tr("Fairness measure"))
        for key, info in METRICS.items():
            self.metric.addItem(info.label, key)
            self.metric.setItemData(self.metric.count() - 1, info.meaning, Qt.ItemDataRole.ToolTipRole)
        self.metric.currentIndexChanged.connect(self._metric_changed)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.threshold = QDoubleSpinBox()
        self.threshold.setDecimals(2)
        self.threshold.setSingleStep(0.05)
        self.threshold.setAccessibleName(self.tr("Threshold"))
        self.threshold.setMaximumWidth(THRESHOLD_WIDTH)
        self.threshold.valueChanged.connect(self._changed)
        for text, widget in ((self.tr("&Sensitive columns:"), self.sensitive), ("", self.intersection),
                             (self.tr("&Outcome column:"), self.outcome),
                             (self.tr("&Favourable value:"), self.favourable),
                             (self.tr("&Measure:"), self.metric), ("", self.meaning),
                             (self.tr("T&hreshold:"), self.threshold)):
            if text:
                label = QLabel(text)
                label.setBuddy(widget)
                form.addRow(label, widget)
            else:
                form.addRow(widget)
        self.preview_text = QLabel()
        self.preview_text.setWordWrap(True)
        self.preview_text.setTextFormat(Qt.TextFormat.RichText)
        self.preview_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_text.setAccessibleName(self.tr("The real data today"))
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.problem = ProblemLabel()
        results = QWidget()
        inner = QVBoxLayout(results)
        inner.setContentsMargins(0, 0, 0, 0)
        for widget in (self.preview_text, self.warnings, self.problem):
            inner.addWidget(widget)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(results)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(options)
        layout.setContentsMargins(24, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        self._outcome_changed()
        self._metric_changed()
        return options

    # -- reacting to choices ------------------------------------------------------------------------
    def _outcome_changed(self, *_) -> None:
        self.favourable.blockSignals(True)
        self.favourable.clear()
        column = self.outcome.currentText()
        if column:
            values = outcome_values(self.real, column)
            for value, count in values:
                self.favourable.addItem(self.tr("{0} ({1} rows)").format(value, count_text(count)), value)
            # the rarer value is more often the favourable one (high income, a granted loan): a guess to check
            self.favourable.setCurrentIndex(len(values) - 1)
        self.favourable.blockSignals(False)
        self._changed()

    def _metric_changed(self, *_) -> None:
        info = METRICS[self.metric.currentData()]
        self.meaning.setText(info.meaning)
        self.metric.setToolTip(info.meaning)
        self.threshold.blockSignals(True)
        self.threshold.setRange(0.01 if info.higher_is_fairer else 0.0, 1.0 if info.higher_is_fairer else 0.99)
        self.threshold.setValue(info.default_threshold)
        self.threshold.blockSignals(False)
        self.threshold.setToolTip(self.tr("At least this value counts as fair (1 is equal treatment).")
                                  if info.higher_is_fairer else
                                  self.tr("At most this value counts as fair (0 is equal treatment)."))
        needs_outcome = info.needs_outcome
        self.outcome.setEnabled(needs_outcome)
        self.favourable.setEnabled(needs_outcome)
        self._changed()

    def chosen_sensitive(self) -> list[str]:
        return [self.sensitive.item(i).text() for i in range(self.sensitive.count())
                if self.sensitive.item(i).checkState() == Qt.CheckState.Checked]

    def _build_target(self) -> FairnessTarget:
        info = METRICS[self.metric.currentData()]
        outcome = self.outcome.currentText() or None
        return FairnessTarget(tuple(self.chosen_sensitive()), target=outcome if info.needs_outcome else None,
                              favourable=self.favourable.currentData() if info.needs_outcome else None,
                              metric=info.key, threshold=round(self.threshold.value(), 2),
                              intersection=self.intersection.isChecked())

    def _changed(self, *_) -> None:
        if not hasattr(self, "options"):   # still building the form
            return
        self.options.setEnabled(self.set_target.isChecked())
        self.intersection.setEnabled(len(self.chosen_sensitive()) > 1)
        self.current, self.error = None, None
        if self.set_target.isChecked():
            try:
                self.current = preview(self.real, self._build_target(), self.schema)
            except BadInputError as error:
                self.error = error
        self._show()
        self.completeChanged.emit()

    def _show(self) -> None:
        self.problem.show_problem(self.error)
        if self.current is None:
            self.preview_text.setText(self.tr("<p>Choose the columns above to see how the real data measures up."
                                              "</p>") if self.set_target.isChecked() else "")
            self.warnings.setText("")
            return
        paragraphs = "".join(f"<p>{html.escape(sentence, quote=False)}</p>" for sentence in self.current.sentences)
        if self.sampled:
            paragraphs += self.tr("<p><i>Measured on {0} randomly chosen rows of the {1}, to answer quickly."
                                  "</i></p>").format(count_text(len(self.real)), count_text(self.total_rows))
        self.preview_text.setText(self.tr("<p><b>The real data today</b></p>{0}").format(paragraphs))
        self.warnings.setText("\n".join(f"⚠ {finding.text}" for finding in self.current.findings))

    def initializePage(self) -> None:
        self.partial_note.setVisible(self.wizard().mode_page.mode() == "partial")

    def restore(self, earlier: FairnessTarget | None) -> None:
        """Show the target of an earlier plan; a target naming columns this table lacks is left out."""
        if earlier is None or self.real is None:
            return
        for i in range(self.sensitive.count()):
            item = self.sensitive.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.text() in earlier.sensitive else Qt.CheckState.Unchecked)
        self.intersection.setChecked(earlier.intersection)
        self.metric.setCurrentIndex(max(0, self.metric.findData(earlier.metric)))
        self.threshold.setValue(earlier.threshold)
        if earlier.target and self.outcome.findText(earlier.target) >= 0:
            self.outcome.setCurrentText(earlier.target)
            self.favourable.setCurrentIndex(max(0, self.favourable.findData(str(earlier.favourable))))
        self.set_target.setChecked(True)

    # -- what the wizard reads ---------------------------------------------------------------------
    def target(self) -> FairnessTarget | None:
        return self.current.target if self.set_target.isChecked() and self.current is not None else None

    def isComplete(self) -> bool:
        return not self.set_target.isChecked() or self.current is not None
