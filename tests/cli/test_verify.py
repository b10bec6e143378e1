"""`synthstudio verify`: release folders, data files and signed PDFs, with exit codes a script can use."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from reportlab.pdfgen import canvas

from synthstudio.cli import main
from synthstudio.core.provenance.release import release_data
from synthstudio.core.provenance.release_info import ReleaseOptions
from synthstudio.core.provenance.signing import ensure_identity
from synthstudio.core.report.writer import datasheet_writer
from synthstudio.core.schema import ColumnSpec, ColumnType, Schema


def release_german_credit(shared_data, folder, with_datasheet: bool = False):
    frame = pd.read_csv(shared_data / "german_credit.csv")
    schema = Schema([ColumnSpec(c, ColumnType.INTEGER if frame[c].dtype.kind == "i" else ColumnType.CATEGORICAL)
                     for c in frame.columns])
    record = {"created": "2026-03-01T00:00:00+00:00", "schema": schema.to_dict(), "seed": 1,
              "input": {"name": "german_credit.csv", "sha256": "b" * 64},
              "generator": {"key": "ctgan", "name": "CTGAN", "library": "SDV"}}
    identity = ensure_identity("Office of Test Statistics")
    result = release_data(frame, record, folder, ReleaseOptions(formats=("csv",)), signing_identity=identity,
                          datasheet=datasheet_writer(identity) if with_datasheet else None)
    return result.folder


@pytest.fixture()
def release_folder(shared_data, tmp_path):
    return release_german_credit(shared_data, tmp_path / "release")


def test_verify_an_intact_release_and_its_data_file(release_folder, capsys):
    assert main(["verify", str(release_folder), str(release_folder / "german_credit.SYNTHETIC.csv")]) == 0
    out = capsys.readouterr().out
    assert "all 2 files match the manifest, which is signed and intact" in out
    assert "watermark: watermarked" in out and "Traceback" not in out


def test_a_changed_cell_gives_exit_code_1_and_names_the_column(release_folder, capsys):
    path = release_folder / "german_credit.SYNTHETIC.csv"
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table.loc[3, "purpose"] = "A40" if table.loc[3, "purpose"] != "A40" else "A41"
    table.to_csv(path, index=False, lineterminator="\n")
    assert main(["verify", "--json", str(path)]) == 1
    [result] = json.loads(capsys.readouterr().out)
    assert result["code"] == "changed" and result["manifest"]["changed_columns"] == ["purpose"]
    assert result["watermark"]["verdict"] == "watermarked"


def test_a_signed_pdf_and_a_tampered_copy(tmp_path, capsys):
    unsigned = tmp_path / "sheet.pdf"
    page = canvas.Canvas(str(unsigned))
    page.drawString(72, 720, "Datasheet of a synthetic dataset")
    page.save()
    from synthstudio.core.report.sign_pdf import sign_pdf

    signed = sign_pdf(unsigned, tmp_path / "signed.pdf", ensure_identity("Office of Test Statistics"))
    assert main(["verify", str(signed)]) == 0
    out = capsys.readouterr().out
    assert "Office of Test Statistics" in out and "certificate SHA-256: " in out
    data = bytearray(signed.read_bytes())
    position = data.index(b"ReportLab Generated")      # a comment line: the file still opens
    data[position] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    assert main(["verify", str(tampered)]) == 1


def test_the_datasheet_inside_a_release_folder_is_checked_and_a_tampered_one_reported(shared_data, tmp_path,
                                                                                      capsys):
    folder = release_german_credit(shared_data, tmp_path / "release", with_datasheet=True)
    pdf = folder / "german_credit.SYNTHETIC.datasheet.pdf"
    assert main(["verify", "--json", str(folder)]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert [(sheet["path"], sheet["code"]) for sheet in result["datasheets"]] == [(str(pdf), "intact_self_signed")]

    data = bytearray(pdf.read_bytes())
    data[data.index(b"ReportLab Generated")] ^= 0x01
    pdf.write_bytes(bytes(data))
    assert main(["verify", "--json", str(folder)]) == 1
    [result] = json.loads(capsys.readouterr().out)
    [sheet] = result["datasheets"]
    assert result["altered"] and sheet["code"] == "broken" and not sheet["intact"]
    assert main(["verify", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"The signature of the datasheet {pdf.name} does not hold" in out
    assert f"  - {pdf.name}: {sheet['verdict']}" in out


def test_a_missing_path_is_bad_input(tmp_path, capsys):
    assert main(["verify", str(tmp_path / "nope.csv")]) == 2
    assert "There is no file or folder" in capsys.readouterr().err
