"""The release's datasheet step, fed with the release's own summary object."""
from __future__ import annotations

import json
import subprocess

import pytest

from synthstudio.core.errors import Cancelled
from synthstudio.core.provenance.release_info import ReleasedFile, ReleaseOptions, ReleaseSummary
from synthstudio.core.report.verify_pdf import pdf_attachments, verify_pdf
from synthstudio.core.report.writer import datasheet_writer


def _summary(options: ReleaseOptions, run_record: dict, folder) -> ReleaseSummary:
    return ReleaseSummary(dataset_id="SDW1-0011223344556677", title=options.title,
                          created="2026-11-24T05:00:00+00:00", folder=folder, options=options,
                          record=run_record, watermark={"scheme": "SDW-1", "green_rate": 0.8},
                          files=[ReleasedFile("compas.SYNTHETIC.csv", "data", 1234, "ab" * 32, "csv")])


def test_writer_makes_a_signed_datasheet_from_a_release_summary(run_record, evaluation, charts, signing_identity,
                                                                tmp_path, poppler):
    options = ReleaseOptions(formats=("csv",), title="COMPAS synthétique", organisation=signing_identity.organisation,
                             contact="donnees@justice.example", licence="CC-BY-4.0",
                             intended_uses=["Teaching"])
    summary = _summary(options, run_record, tmp_path)
    path = tmp_path / "compas.SYNTHETIC.datasheet.pdf"
    steps = []
    datasheet_writer(signing_identity, evaluation, None, charts)(
        summary, path, progress=lambda fraction, message: steps.append(message))
    assert steps == ["Laying out the datasheet", "Signing the datasheet"]

    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]       # the unsigned draft is gone
    check = verify_pdf(path, trusted=[signing_identity.certificate])
    assert check.code == "intact_trusted"
    embedded = pdf_attachments(path)
    assert json.loads(embedded["run-record.json"]) == json.loads(json.dumps(run_record))
    assert json.loads(embedded["evaluation.json"])["gate"]["verdict"] == "warn"
    text = subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout
    assert "COMPAS synthétique" in text and "donnees@justice.example" in text and "SDW1-0011223344556677" in text
    assert signing_identity.fingerprint.split(":")[0] in text


class StopAfter:
    """A cancel token that says "stop" from its ``questions``-th question on: Stop pressed mid-way."""

    def __init__(self, questions: int):
        self.left = questions

    def is_set(self) -> bool:
        self.left -= 1
        return self.left < 0


@pytest.mark.parametrize("questions", [0, 2, 40])    # before the layout, between charts, while placing pages
def test_a_cancelled_datasheet_stops_before_signing_and_leaves_no_file(run_record, charts, signing_identity,
                                                                      tmp_path, questions):
    steps = []
    with pytest.raises(Cancelled):
        datasheet_writer(signing_identity, None, None, charts)(
            _summary(ReleaseOptions(formats=("csv",)), run_record, tmp_path), tmp_path / "sheet.pdf",
            progress=lambda fraction, message: steps.append(message), cancel=StopAfter(questions))
    assert "Signing the datasheet" not in steps
    assert list(tmp_path.iterdir()) == []          # neither the signed PDF nor the unsigned draft
