"""The before/after fairness charts, drawn from the run record's verified target, land in the
datasheet's Fairness section (after its heading, before the next section's)."""
from __future__ import annotations

import re
import subprocess

import pytest

from synthstudio.core.report.datasheet import SECTION_TITLES, Datasheet
from synthstudio.core.report.evaluation_content import fairness_charts
from synthstudio.core.report.pdf import render_datasheet

pytestmark = pytest.mark.slow   # fits a copula, trains three small models and renders a PDF


def _text(*args) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def test_fairness_charts_are_in_the_fairness_section(adult_fairness_record, tmp_path, poppler):
    charts = fairness_charts(adult_fairness_record)
    sheet = Datasheet.from_run(fairness=adult_fairness_record)
    pdf = render_datasheet(sheet, charts, tmp_path / "datasheet.pdf")

    text = re.sub(r"\s+", " ", _text(poppler("pdftotext"), str(pdf), "-"))
    keys = list(SECTION_TITLES)
    number = keys.index("fairness") + 1
    # the headings' last occurrences: the first are in the table of contents
    start = text.rindex(f"{number}. {SECTION_TITLES['fairness']}")
    end = text.rindex(f"{number + 1}. {SECTION_TITLES[keys[number]]}")
    assert adult_fairness_record["summary"] in text[start:end]
    assert "Other evaluation charts" not in text   # placed by their section key, not as leftovers
    for title, _, _ in charts:
        assert start < text.index(re.sub(r"\s+", " ", title)) < end, title

    images = _text(poppler("pdfimages"), "-list", str(pdf)).splitlines()[2:]
    assert len(images) == len(charts) == 4
