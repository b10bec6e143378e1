"""Synthesis wizard: mode, generators with presets and estimates, parameters, rows and seed,
an optional fairness target, and a summary in words.

Estimates depend on the device, and finding out whether a GPU is there imports PyTorch,
which takes seconds: they are computed as a background job and filled in when ready.
"""
from __future__ import annotations

import html
from typing import Any

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget, QWizard, QWizardPage)

from synthstudio.core.generators import PRESETS, generator_class, generator_info, generator_keys
from synthstudio.core.generators.base import Estimate
from synthstudio.core.jobs import CancelToken, ProgressFn
from synthstudio.core.modes import METADATA_GENERATOR
from synthstudio.core.schema import Schema
from synthstudio.core.synthesis import SynthesisSettings
from synthstudio.gui.labels import count_text, format_duration, percent_text, without_accelerator
from synthstudio.gui.wizards.fairness_page import FairnessPage
from synthstudio.gui.wizards.mode_page import ModePage, mode_label
from synthstudio.gui.wizards.param_form import ParamForm
from synthstudio.gui.wizards.problem_label import ProblemLabel
from synthstudio.gui.workers import Job, JobController

LEVELS = ("fast", "balanced", "best")
MAX_ROWS = 100_000_000
MAX_SEED = 2_147_483_647


def level_label(level: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {"fast": QCoreApplication.translate("SynthesisWizard", "Fast"),
            "balanced": QCoreApplication.translate("SynthesisWizard", "Balanced"),
            "best": QCoreApplication.translate("SynthesisWizard", "Best quality")}[level]


def preset_values(key: str, level: str) -> dict[str, Any]:
    info = generator_info(key)
    return {p.name: p.default for p in info.params} | info.presets.get(level, {})


def estimate_all(n_rows: int, n_columns: int, allow_gpu: bool):
    """Work for the job controller: {(key, level): (Estimate, device name, reason)}."""

    def work(progress: ProgressFn, cancel: CancelToken) -> dict[tuple[str, str], tuple[Estimate, str, str]]:
        from synthstudio.core.generators.torch_device import choose_device

        estimates = {}
        keys = generator_keys()
        for position, key in enumerate(keys):
            cls = generator_class(key)
            choice = choose_device(allow_gpu, cls.info.can_use_gpu)
            for level in LEVELS:
                params = cls.info.presets.get(level, {})
                estimates[key, level] = (cls.estimate(n_rows, n_columns, params, choice.device),
                                         choice.name, choice.reason)
            progress((position + 1) / len(keys), "")
        return estimates

    return work


class GeneratorRow:
    """One generator: tick box, preset choice, and its estimate for this table."""

    def __init__(self, key: str, page: "GeneratorsPage"):
        info = generator_info(key)
        self.key = key
        self.info = info
        self.check = QCheckBox(info.name)
        self.check.setToolTip(info.description)
        self.check.setAccessibleName(info.name)
        self.check.toggled.connect(page.completeChanged)
        self.check.toggled.connect(lambda _: page.refresh_estimates())
        self.level = QComboBox()
        self.level.setAccessibleName(GeneratorsPage.tr("Preset for {0}").format(info.name))
        self.level.setToolTip(GeneratorsPage.tr("Fast trains briefly; Best quality trains longest and is most faithful."))
        for level in LEVELS:
            self.level.addItem(level_label(level), level)
        self.level.setCurrentIndex(1)
        self.level.currentIndexChanged.connect(lambda _: page.refresh_estimates())
        self.estimate = QLabel(GeneratorsPage.tr("estimating…"))
        self.estimate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class GeneratorsPage(QWizardPage):
    def __init__(self, jobs: JobController, n_rows: int, n_columns: int, allow_gpu: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.jobs = jobs
        self.n_rows, self.n_columns = n_rows, n_columns
        self.estimates: dict[tuple[str, str], tuple[Estimate, str, str]] | None = None
        self.setTitle(self.tr("Choose one or more generators"))
        self.setSubTitle(self.tr("Pick a quick choice, or tick several generators to compare them. "
                                 "Times are estimates for this table ({0} rows × {1} columns) on this computer.")
                         .format(count_text(n_rows), count_text(n_columns)))
        quick = QHBoxLayout()
        quick.addWidget(QLabel(self.tr("Quick choice:")))
        self.quick_buttons = {}
        for level in LEVELS:
            button = QPushButton(level_label(level))
            button.setToolTip(self.tr("Use {0} with the “{1}” preset.")
                              .format(generator_info(PRESETS[level]).name, level_label(level)))
            button.clicked.connect(lambda _=False, level=level: self.quick_choice(level))
            self.quick_buttons[level] = button
            quick.addWidget(button)
        quick.addStretch(1)
        grid = QGridLayout()
        for column, title in enumerate((self.tr("Generator"), self.tr("Preset"), self.tr("Estimate"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        self.rows = [GeneratorRow(key, self) for key in generator_keys()]
        for position, row in enumerate(self.rows, start=1):
            grid.addWidget(row.check, position, 0)
            grid.addWidget(row.level, position, 1)
            grid.addWidget(row.estimate, position, 2)
        grid.setColumnStretch(2, 1)
        self.device_note = QLabel()
        self.device_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(quick)
        layout.addLayout(grid)
        layout.addWidget(self.device_note)
        layout.addStretch(1)
        jobs.submit(Job(title=self.tr("Estimate run times"), work=estimate_all(n_rows, n_columns, allow_gpu),
                        kind="estimate", on_done=self._estimated))

    def quick_choice(self, level: str) -> None:
        for row in self.rows:
            row.check.setChecked(row.key == PRESETS[level])
            if row.key == PRESETS[level]:
                row.level.setCurrentIndex(LEVELS.index(level))

    def select(self, settings: list[SynthesisSettings]) -> None:
        """Tick the generators of an earlier plan (e.g. from the project)."""
        keys = {s.generator for s in settings}
        for row in self.rows:
            row.check.setChecked(row.key in keys)

    def _estimated(self, estimates) -> None:
        self.estimates = estimates
        self.refresh_estimates()

    def refresh_estimates(self) -> None:
        if self.estimates is None:
            return
        reasons = set()
        for row in self.rows:
            estimate, device_name, reason = self.estimates[row.key, row.level.currentData()]
            where = self.tr("GPU ({0})").format(device_name) if estimate.device == "cuda" else self.tr("processor")
            row.estimate.setText(self.tr("≈ {0} · {1} MB · {2}").format(
                format_duration(estimate.seconds), count_text(round(estimate.memory_mb)), where))
            row.estimate.setToolTip(reason or self.tr("Uses the graphics card (GPU)."))
            if row.check.isChecked() and reason and row.info.can_use_gpu:
                reasons.add(reason)
        self.device_note.setText("\n".join(sorted(reasons)))

    def chosen(self) -> list[tuple[str, str]]:
        return [(row.key, row.level.currentData()) for row in self.rows if row.check.isChecked()]

    def isComplete(self) -> bool:
        return bool(self.chosen())


class ParametersPage(QWizardPage):
    def __init__(self, train_rows: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Rows, seed and settings"))
        self.setSubTitle(self.tr("The defaults are sensible. The same seed always gives the same synthetic table."))
        self.rows = QSpinBox()
        self.rows.setRange(0, MAX_ROWS)
        self.rows.setSingleStep(1000)
        self.rows.setSpecialValueText(self.tr("as many as the training rows ({0})").format(count_text(train_rows)))
        self.rows.setAccessibleName(self.tr("Number of synthetic rows"))
        self.rows.setToolTip(self.tr("How many synthetic rows to generate."))
        self.rows.valueChanged.connect(self._rows_changed)
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setAccessibleName(self.tr("Seed"))
        self.seed.setToolTip(self.tr("A number that makes the run repeatable: same data, settings and seed give "
                                     "the same result."))
        form = QFormLayout()
        rows_label = QLabel(self.tr("&Rows to generate:"))
        rows_label.setBuddy(self.rows)
        seed_label = QLabel(self.tr("&Seed:"))
        seed_label.setBuddy(self.seed)
        form.addRow(rows_label, self.rows)
        form.addRow(seed_label, self.seed)
        self.advanced_button = QPushButton(self.tr("Show &advanced settings"))
        self.advanced_button.setCheckable(True)
        self.advanced_button.setToolTip(self.tr("Each generator's own settings, preset by your choice."))
        self.advanced_button.toggled.connect(self._toggle_advanced)
        self.forms: dict[str, ParamForm] = {}
        self.advanced = QWidget()
        self.advanced_layout = QVBoxLayout(self.advanced)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.advanced)
        self.scroll = scroll
        scroll.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.advanced_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        self.problem = ProblemLabel()   # e.g. a hybrid table needing more real rows than there are
        layout.addWidget(self.problem)
        layout.addStretch(0)

    def _rows_changed(self) -> None:
        if self.wizard() is not None:
            self.problem.show_problem(self.wizard().mode_page.check())
            self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wizard() is None or self.wizard().mode_page.check() is None

    def _toggle_advanced(self, shown: bool) -> None:
        self.scroll.setVisible(shown)
        self.advanced_button.setText(self.tr("Hide &advanced settings") if shown
                                     else self.tr("Show &advanced settings"))

    def initializePage(self) -> None:
        self._rows_changed()
        chosen = self.wizard().chosen()
        while self.advanced_layout.count():
            widget = self.advanced_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.forms = {}
        for key, level in chosen:
            info = generator_info(key)
            values = preset_values(key, level)
            box = QGroupBox(self.tr("{0} — {1}").format(info.name, level_label(level)))
            form = ParamForm(info.params, values)
            inner = QVBoxLayout(box)
            inner.addWidget(form)
            if not info.params:
                inner.addWidget(QLabel(self.tr("This generator has no settings.")))
            self.advanced_layout.addWidget(box)
            self.forms[key] = form
        self.advanced_layout.addStretch(1)

    def params(self, key: str, level: str) -> dict[str, Any]:
        """What the form says, or the preset's values while the page was never shown."""
        return self.forms[key].values() if key in self.forms else preset_values(key, level)


class SummaryPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Ready to start"))
        self.setSubTitle(self.tr("The generators run one after the other in the background. You can keep working "
                                 "and cancel at any time."))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        lines = [self.tr("<p><b>Kind of data:</b> {0}.</p>").format(html.escape(wizard.describe_mode(), quote=False))]
        target = wizard.fairness_page.target()
        fairness = html.escape(target.describe(), quote=False) if target else self.tr(
            "none — the synthetic data keeps the patterns of the real table, including its biases")
        lines.append(self.tr("<p><b>Fairness target:</b> {0}.</p>").format(fairness))
        runs = []
        for settings in wizard.plan():
            line = (self.tr("<li><b>{0}</b>, seed {1}, {2} rows</li>") if settings.rows
                    else self.tr("<li><b>{0}</b>, seed {1}, as many rows as the training rows ({2})</li>")).format(
                generator_info(settings.generator).name, settings.seed,
                count_text(settings.rows or wizard.training_rows))
            runs.append(line)
        self.text.setText("".join(lines) + self.tr("<p>These runs will be queued:</p><ul>{0}</ul>").format(
            "".join(runs)))


class SynthesisWizard(QWizard):
    """Produces ``plan()``: one :class:`SynthesisSettings` per chosen generator, each carrying the chosen
    mode and fairness target. ``frame``: the real table, needed to check the mode against it and to
    show the fairness page's real-data values (without it, fairness targets cannot be set)."""

    def __init__(self, jobs: JobController, schema: Schema, n_rows: int, allow_gpu: bool,
                 previous: list[SynthesisSettings] | None = None, holdout_share: float = 0.2,
                 parent: QWidget | None = None, frame: pd.DataFrame | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Synthesize"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))
        self.allow_gpu = allow_gpu
        self.holdout_share = holdout_share
        train_rows = self.training_rows = int(n_rows * (1 - holdout_share))
        # the mode is checked against as many rows as the generator will learn from (the holdout is kept aside)
        training = frame.iloc[:train_rows] if frame is not None else None
        self.parameters_page = ParametersPage(train_rows)   # first: the mode page reads its rows
        self.mode_page = ModePage(schema, training, self.requested_rows)
        self.generators_page = GeneratorsPage(jobs, n_rows, len(schema.learned_columns), allow_gpu)
        self.fairness_page = FairnessPage(schema, frame)
        self.summary_page = SummaryPage()
        self.page_ids = {page: self.addPage(page) for page in (
            self.mode_page, self.generators_page, self.parameters_page, self.fairness_page, self.summary_page)}
        if previous:
            self.generators_page.select(previous)
            self.parameters_page.seed.setValue(previous[0].seed)
            self.parameters_page.rows.setValue(previous[0].rows or 0)
            self.mode_page.restore(previous[0])
            self.fairness_page.restore(previous[0].fairness_target())
        else:
            self.generators_page.quick_choice("fast")
        self.resize(880, 700)

    def requested_rows(self) -> int | None:
        return self.parameters_page.rows.value() or None

    def nextId(self) -> int:
        # metadata-only data always comes from the metadata-only generator: no generator to choose
        if self.currentPage() is self.mode_page and self.mode_page.mode() == "metadata_only":
            return self.page_ids[self.parameters_page]
        return super().nextId()

    def chosen(self) -> list[tuple[str, str]]:
        """(generator key, preset) of each run."""
        if self.mode_page.mode() == "metadata_only":
            return [(METADATA_GENERATOR, "balanced")]
        return self.generators_page.chosen()

    def describe_mode(self) -> str:
        """The chosen mode in words, with its settings."""
        mode = self.mode_page.settings()
        name = without_accelerator(mode_label(mode.mode))
        if mode.mode == "partial":
            return self.tr("{0}, replacing the columns {1}").format(name, ", ".join(mode.replaced_columns))
        if mode.mode == "hybrid":
            text = self.tr("{0}, {1} of the rows synthetic").format(name, percent_text(mode.synthetic_share))
            if mode.origin_column:
                text += self.tr(", with a column “{0}” saying which rows are real").format(mode.origin_column)
            return text
        return name

    def plan(self) -> list[SynthesisSettings]:
        rows = self.requested_rows()
        seed = self.parameters_page.seed.value()
        mode = self.mode_page.settings()
        target = self.fairness_page.target()
        return [SynthesisSettings(generator=key, params=self.parameters_page.params(key, level), rows=rows, seed=seed,
                                  holdout_share=self.holdout_share, mode=mode.mode, use_gpu=self.allow_gpu,
                                  replaced_columns=mode.replaced_columns, synthetic_share=mode.synthetic_share,
                                  origin_column=mode.origin_column,
                                  fairness=target.to_dict() if target else None)
                for key, level in self.chosen()]
