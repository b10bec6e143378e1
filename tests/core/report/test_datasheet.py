"""The datasheet content model: every section, built from real run data, and honest when parts are missing."""
from __future__ import annotations

from synthstudio.core.report.datasheet import SECTION_TITLES, Bullets, Datasheet, Facts, Table, Text


def _text(section) -> str:
    """All words of a section, for checking what a reader would see."""
    parts = []
    for block in section.blocks:
        if isinstance(block, Text):
            parts.append(block.text)
        elif isinstance(block, Facts):
            parts += [f"{label}: {value}" for label, value in block.rows]
        elif isinstance(block, Bullets):
            parts += [block.title, *block.items]
        elif isinstance(block, Table):
            parts += [block.title, *block.columns, *(" | ".join(row) for row in block.rows)]
    return "\n".join(parts)


def test_sections_follow_the_product_spec_order(datasheet):
    assert [s.key for s in datasheet.sections] == list(SECTION_TITLES)
    assert [s.title for s in datasheet.sections] == list(SECTION_TITLES.values())
    assert all(section.blocks for section in datasheet.sections)


def test_composition_and_source_describe_the_real_run(datasheet, compas, run_record):
    path, frame = compas
    composition = datasheet.section("composition")
    column_table = next(b for b in composition.blocks if isinstance(b, Table))
    assert [row[0] for row in column_table.rows] == list(frame.columns)      # all 50 columns, in order
    assert f"Rows: {run_record['rows_generated']:,}" in _text(composition)
    source = _text(datasheet.section("source_data"))
    assert run_record["input"]["sha256"] in source
    assert f"Rows in source: {len(frame):,}" in source
    assert "c_case_number" in source                    # the direct identifier is named, with what happened
    assert "made-up" in source


def test_generation_results_and_gate(datasheet, evaluation):
    generation = _text(datasheet.section("generation"))
    assert "Gaussian copula" in generation and "Random seed: 7" in generation and "10.0 s" in generation
    assert "no formal differential-privacy guarantee" in generation
    assert "0.870" in _text(datasheet.section("fidelity"))
    assert "This part was not evaluated" in _text(datasheet.section("diversity"))
    assert datasheet.gate_verdict == "warn"
    assert evaluation["gate"]["justification"] in _text(datasheet.section("limitations"))


def test_privacy_starts_with_its_plain_language_summary(datasheet):
    first = datasheet.section("privacy").blocks[0]
    assert isinstance(first, Text) and first.style == "summary"
    assert first.text == "No synthetic row copies a real row."


def test_missing_parts_become_honest_sentences():
    sheet = Datasheet.from_run()          # nothing at all: a datasheet must still be complete
    assert [s.key for s in sheet.sections] == list(SECTION_TITLES)
    assert "No fairness targets were set" in _text(sheet.section("fairness"))
    for key in ("fidelity", "diversity", "utility", "privacy"):
        assert "not evaluated" in _text(sheet.section(key))
    assert sheet.gate_verdict == "not_evaluated"
    assert "Trying to re-identify people" in _text(sheet.section("uses"))     # always prohibited
    assert "list of files was not available" in _text(sheet.section("distribution"))


def test_fairness_targets_are_tabulated_with_before_and_after(run_record):
    fairness = {"targets": [{"attribute": "race", "outcome": "two_year_recid", "metric": "demographic parity gap",
                             "threshold": 0.05, "before": 0.18, "after": 0.04, "met": True}],
                "remaining_bias": ["The gap by sex (0.09) was not targeted and remains."]}
    sheet = Datasheet.from_run(run_record, fairness=fairness, release={"gate": {"verdict": "Failed"}})
    text = _text(sheet.section("fairness"))
    assert "race | two_year_recid | demographic parity gap | 0.050 | 0.180 | 0.040 | yes" in text
    assert "gap by sex (0.09)" in text
    assert sheet.gate_verdict == "fail"
    assert "none was given" in _text(sheet.section("limitations"))


def test_release_justification_and_known_biases_join_the_evaluation(run_record, evaluation):
    release = {"gate": {"verdict": "", "justification": "Accepted by the data board on 3 March."},
               "known_biases": "Women are under-represented in the source (19%)."}
    sheet = Datasheet.from_run(run_record, evaluation, release=release)
    assert sheet.gate_verdict == "warn"                                       # from the evaluation
    assert sheet.gate_justification == "Accepted by the data board on 3 March."   # from the wizard
    assert "Women are under-represented" in _text(sheet.section("fairness"))


def test_fairness_section_says_how_the_target_was_pursued(run_record):
    method = "TabularARGN fairness-aware generation (statistical parity of income across sex)"
    record = {**run_record, "fairness_enforcement": {"method": method, "reached": True}}
    fairness = {"targets": [{"attribute": "sex", "outcome": "income = >50K", "metric": "Disparate impact ratio",
                             "threshold": "≥ 0.8", "before": 0.36, "after": 0.9, "met": True}]}
    text = _text(Datasheet.from_run(record, fairness=fairness).section("fairness"))
    assert f"How the target was pursued: {method}." in text
    assert "How the target was pursued" not in _text(Datasheet.from_run(run_record, fairness=fairness)
                                                     .section("fairness"))
