"""The synthesis wizard's mode and fairness pages, driven as a person would on the bundled sample."""
from __future__ import annotations

import html

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget, QWizard

from synthstudio.core.dataset import load_dataset
from synthstudio.core.fairness import FairnessTarget
from synthstudio.core.schema import detect_schema
from synthstudio.core.synthesis import SynthesisSettings
from synthstudio.gui.wizards.fairness_page import PREVIEW_MAX_ROWS, FairnessPage
from synthstudio.gui.wizards.synthesis_wizard import SynthesisWizard
from synthstudio.gui.workers import JobController
from synthstudio.paths import sample_dataset


@pytest.fixture(scope="module")
def sample():
    dataset = load_dataset(sample_dataset())
    return dataset.frame, detect_schema(dataset.frame)


@pytest.fixture
def make_wizard(qtbot, sample):
    frame, schema = sample
    host = QWidget()              # owns the job controller, so the thread guard waits for the estimates
    qtbot.addWidget(host)

    def make(previous=None) -> SynthesisWizard:
        wizard = SynthesisWizard(JobController(host), schema, len(frame), allow_gpu=False, previous=previous,
                                 frame=frame)
        qtbot.addWidget(wizard)
        wizard.show()
        return wizard

    return make


def _next(qtbot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose(qtbot, radio) -> None:
    """Click a radio button on its indicator, as a person does (its middle may be empty space)."""
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def _tick_only(list_widget, names: set[str]) -> None:
    for i in range(list_widget.count()):
        item = list_widget.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.text() in names else Qt.CheckState.Unchecked)


def _ticked(list_widget) -> set[str]:
    return {list_widget.item(i).text() for i in range(list_widget.count())
            if list_widget.item(i).checkState() == Qt.CheckState.Checked}


def test_hybrid_mode_share_reaches_the_settings_and_summary(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.mode_page
    _choose(qtbot, page.buttons["hybrid"])
    assert page.hybrid_options.isVisible() and not page.partial_options.isVisible()
    page.share.clear()
    qtbot.keyClicks(page.share, "30")
    page.add_origin.setChecked(True)
    _next(qtbot, wizard)                                    # generators: the quick "fast" choice
    _next(qtbot, wizard)                                    # rows and seed
    _next(qtbot, wizard)                                    # fairness: none by default
    assert wizard.fairness_page.none.isChecked()
    _next(qtbot, wizard)
    plan = wizard.plan()
    assert [s.generator for s in plan] == ["gaussian_copula"]
    assert plan[0].mode == "hybrid" and plan[0].synthetic_share == 0.3
    assert plan[0].origin_column == "origin" and plan[0].fairness is None
    plan[0].validate()
    summary = wizard.summary_page.text.text()
    assert "Hybrid" in summary and "30%" in summary and "“origin”" in summary


def test_partial_mode_preselects_sensitive_and_quasi_identifier_columns(qtbot, make_wizard, sample):
    _, schema = sample
    wizard = make_wizard()
    page = wizard.mode_page
    assert not page.partial_options.isVisible()
    _choose(qtbot, page.buttons["partial"])
    assert page.partial_options.isVisible()
    expected = {spec.name for spec in schema.with_role("sensitive", "quasi_identifier")}
    assert expected >= {"sex", "race", "age"}
    assert _ticked(page.columns) == expected
    _tick_only(page.columns, {"sex", "race"})
    page.columns.setFocus()                                 # the keyboard ticks a column too
    page.columns.setCurrentRow(schema.learned_columns.index("age"))
    qtbot.keyClick(page.columns, Qt.Key.Key_Space)
    assert _ticked(page.columns) == {"sex", "race", "age"}
    qtbot.keyClick(page.columns, Qt.Key.Key_Space)
    assert wizard.plan()[0].mode == "partial"
    assert set(wizard.plan()[0].replaced_columns) == {"sex", "race"}
    for _ in range(3):
        _next(qtbot, wizard)
    assert wizard.fairness_page.partial_note.isVisible()    # a target is not enforced on real rows


def test_bad_mode_settings_disable_next_with_the_core_message(qtbot, make_wizard):
    wizard = make_wizard()
    page = wizard.mode_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    _choose(qtbot, page.buttons["hybrid"])
    page.add_origin.setChecked(True)
    page.origin_name.clear()
    qtbot.keyClicks(page.origin_name, "sex")                # a column the table already has
    assert not next_button.isEnabled()
    assert page.problem.isVisible()
    assert "The table already has a column called 'sex'." in page.problem.text()
    assert "Choose another name" in page.problem.text()
    qtbot.keyClicks(page.origin_name, "_origin")
    assert next_button.isEnabled() and not page.problem.isVisible()

    _choose(qtbot, page.buttons["partial"])
    _tick_only(page.columns, set())
    assert not next_button.isEnabled()
    assert "None of the columns chosen for replacement" in page.problem.text()


def test_hybrid_needing_more_real_rows_than_exist_blocks_the_rows_page(qtbot, make_wizard, sample):
    frame, _ = sample
    wizard = make_wizard()
    page = wizard.mode_page
    _choose(qtbot, page.buttons["hybrid"])
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    rows_page = wizard.parameters_page
    rows_page.rows.setValue(len(frame) * 10)               # half of them real: more than the training rows
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "real rows, but only" in rows_page.problem.text()
    rows_page.rows.setValue(1000)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_fairness_page_shows_the_real_data_and_yields_the_target(qtbot, make_wizard):
    wizard = make_wizard()
    for _ in range(3):
        _next(qtbot, wizard)
    page = wizard.fairness_page
    assert wizard.currentPage() is page
    assert page.none.isChecked() and not page.options.isEnabled() and page.target() is None
    _choose(qtbot, page.set_target)
    assert page.options.isEnabled()
    _tick_only(page.sensitive, {"sex"})
    page.outcome.setCurrentText("income")
    assert [page.favourable.itemText(i) for i in range(page.favourable.count())] == \
        ["<=50K (2,293 rows)", ">50K (707 rows)"]
    page.favourable.setCurrentIndex(page.favourable.findData(">50K"))
    assert page.metric.currentData() == "disparate_impact"
    assert page.threshold.value() == pytest.approx(0.8)
    assert "four-fifths" in page.meaning.text()
    text = page.preview_text.text()
    assert "rows with sex 'Female' have income '&gt;50K'" in text and "'Male'" in text
    assert "not met" in text
    _next(qtbot, wizard)
    fairness = wizard.plan()[0].fairness
    assert fairness["metric"] == "disparate_impact" and fairness["threshold"] == 0.8
    assert fairness["sensitive"] == ["sex"] and fairness["target"] == "income" and fairness["favourable"] == ">50K"
    assert html.escape(FairnessTarget.from_dict(fairness).describe(), quote=False) in wizard.summary_page.text.text()


def test_fairness_page_warns_about_small_groups_and_refuses_a_bad_target(qtbot, make_wizard):
    wizard = make_wizard()
    for _ in range(3):
        _next(qtbot, wizard)
    page = wizard.fairness_page
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    page.set_target.setChecked(True)
    _tick_only(page.sensitive, {"sex", "race"})
    page.intersection.setChecked(True)
    assert "Black × Female" in page.preview_text.text()
    assert "too few to learn from" in page.warnings.text()
    page.metric.setCurrentIndex(page.metric.findData("statistical_parity"))
    assert page.threshold.value() == pytest.approx(0.1)
    _tick_only(page.sensitive, set())
    assert not next_button.isEnabled()
    assert "No sensitive column was chosen" in page.problem.text()
    _tick_only(page.sensitive, {"income"})                  # the outcome cannot be a sensitive column too
    assert not next_button.isEnabled()
    assert "cannot be both the outcome and a sensitive column" in page.problem.text()
    page.none.setChecked(True)
    assert next_button.isEnabled() and page.target() is None


def test_an_earlier_plan_is_shown_again(qtbot, make_wizard):
    earlier = SynthesisSettings("gaussian_copula", seed=3, mode="hybrid", synthetic_share=0.25,
                                origin_column="source",
                                fairness=FairnessTarget(("sex",), "income", ">50K").to_dict())
    wizard = make_wizard(previous=[earlier])
    plan = wizard.plan()[0]
    assert (plan.mode, plan.synthetic_share, plan.origin_column, plan.seed) == ("hybrid", 0.25, "source", 3)
    assert plan.fairness == earlier.fairness


def test_metadata_only_mode_skips_the_generator_choice(qtbot, make_wizard):
    wizard = make_wizard()
    _choose(qtbot, wizard.mode_page.buttons["metadata_only"])
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.parameters_page
    assert [(s.generator, s.mode) for s in wizard.plan()] == [("metadata_only", "metadata_only")]


def test_a_large_table_is_previewed_on_a_sample_and_says_so(qtbot, sample, shared_data):
    _, schema = sample                                     # the sample is a part of adult.csv: same columns
    adult = load_dataset(shared_data / "adult.csv").frame
    assert len(adult) > PREVIEW_MAX_ROWS
    page = FairnessPage(schema, adult)
    qtbot.addWidget(page)
    page.set_target.setChecked(True)
    _tick_only(page.sensitive, {"sex"})
    assert len(page.real) == PREVIEW_MAX_ROWS
    text = page.preview_text.text()
    assert f"Measured on {PREVIEW_MAX_ROWS:,} randomly chosen rows of the {len(adult):,}" in text
    assert "rows with sex 'Female' have income '&gt;50K'" in text
    assert page.target().to_dict()["sensitive"] == ["sex"]
