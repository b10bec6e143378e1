"""The datasheet PDF as a reader and an archive get it: pages that render, every section, page
numbers, embedded fonts only, metadata, charts, tables split over pages with their header."""
from __future__ import annotations

import re
import subprocess

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from synthstudio.core.errors import BadInputError
from synthstudio.core.report.datasheet import SECTION_TITLES, Datasheet
from synthstudio.core.report.pdf import render_datasheet



def _run(*args) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, timeout=60).stdout


def _pages(pdf, poppler) -> list[str]:
    return _run(poppler("pdftotext"), "-layout", str(pdf), "-").split("\f")[:-1]


def test_pages_render(rendered_pdf, tmp_path, poppler):
    _run(poppler("pdftoppm"), "-r", "30", "-png", str(rendered_pdf), str(tmp_path / "page"))
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) >= 5                                  # multi-page, not a one-page summary
    assert all(image.stat().st_size > 2000 for image in images)


def test_every_section_heading_and_page_numbers(rendered_pdf, release, poppler):
    pages = _pages(rendered_pdf, poppler)
    text = "\n".join(pages)
    for number, title in enumerate(SECTION_TITLES.values(), start=1):
        assert f"{number}. {title}" in text
    assert release["dataset_name"] in text                                 # escaped, not parsed as markup
    for index, page in enumerate(pages, start=1):
        assert f"Page {index} of {len(pages)}" in page


def test_long_column_table_splits_with_its_header_repeated(rendered_pdf, compas, poppler):
    _, frame = compas
    pages = [p for p in _pages(rendered_pdf, poppler) if re.search(r"Column\s+Kind of value", p)]
    assert len(pages) >= 2                                      # 50 columns do not fit on one page
    text = "\n".join(pages)
    assert all(re.search(rf"^\s*{re.escape(name)}\s", text, re.M) for name in frame.columns)


def test_all_fonts_are_embedded(rendered_pdf, signed_pdf, poppler):
    for pdf in (rendered_pdf, signed_pdf):                      # the signature block too
        rows = _run(poppler("pdffonts"), str(pdf)).splitlines()[2:]
        assert rows and any("DejaVuSans" in row for row in rows)
        for row in rows:
            # columns: name type encoding emb sub uni object ID; read "emb" from the right
            assert row.split()[-5] == "yes", row


def test_document_metadata(rendered_pdf, release):
    with open(rendered_pdf, "rb") as handle:
        info = PdfFileReader(handle).trailer["/Info"]
        assert str(info["/Title"]) == f"Datasheet: {release['dataset_name']} (synthetic data)"
        assert str(info["/Author"]) == release["organisation"]
        assert "SDW1-7F3A9C21D4E5B6A7" in str(info["/Subject"])
        assert "synthetic data" in str(info["/Keywords"])


def test_charts_are_drawn_as_images(rendered_pdf, poppler):
    listing = _run(poppler("pdfimages"), "-list", str(rendered_pdf)).splitlines()[2:]
    assert len(listing) == 2


def test_existing_file_is_not_overwritten(datasheet, rendered_pdf):
    before = rendered_pdf.read_bytes()
    with pytest.raises(BadInputError) as raised:
        render_datasheet(datasheet, [], rendered_pdf)
    assert raised.value.code == "file_exists"
    assert rendered_pdf.read_bytes() == before


def test_a_datasheet_with_nothing_known_still_renders(tmp_path, poppler):
    sheet = Datasheet.from_run()
    pdf = render_datasheet(sheet, [], tmp_path / "minimal.pdf")
    text = "\n".join(_pages(pdf, poppler))
    assert "No fairness targets were set" in text and "15. Signature" in text
