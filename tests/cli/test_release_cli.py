"""`synthstudio release` end to end: run on real data, release, verify, tamper, and the release gate."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from synthstudio.cli import main

ORGANISATION = "Office of Test Statistics"
JUSTIFICATION = "Released for a statistics course: students study the failure on purpose."
RELEASED = ["german.SYNTHETIC.csv", "german.SYNTHETIC.xlsx", "german.SYNTHETIC.parquet",
            "german.SYNTHETIC.csv.json", "german.SYNTHETIC.xlsx.json", "german.SYNTHETIC.parquet.json",
            "german.SYNTHETIC.datasheet.pdf", "manifest.json", "manifest.json.p7s"]


@pytest.fixture(scope="module")
def run_folder(shared_data, tmp_path_factory) -> Path:
    """One `synthstudio run` on 300 real rows (fast generator), made once for the module."""
    base = tmp_path_factory.mktemp("run")
    data = base / "german.csv"
    pd.read_csv(shared_data / "german_credit.csv").head(300).to_csv(data, index=False)
    with pytest.MonkeyPatch.context() as patch:  # module scope: give the run a private app folder too
        patch.setenv("SYNTHSTUDIO_HOME", str(base / "home"))
        assert main(["run", "--data", str(data), "--seed", "1", "--out", str(base / "out"), "--quiet"]) == 0
    return base / "out"


@pytest.fixture()
def run_output(run_folder, tmp_path) -> Path:
    """This test's own copy of the run output: the synthetic table and ``german.run.json``."""
    return Path(shutil.copytree(run_folder, tmp_path / "run"))


def edit_gate(record_path: Path, edit) -> None:
    record = json.loads(record_path.read_text(encoding="utf-8"))
    edit(record["evaluation"]["gate"])
    record_path.write_text(json.dumps(record), encoding="utf-8")


def passing(gate: dict) -> None:
    """Keep only the thresholds the result met, as a curator who relaxed the others would."""
    failed = set(gate["failed"])
    gate["thresholds"]["thresholds"] = {k: t for k, t in gate["thresholds"]["thresholds"].items() if k not in failed}


def failing(gate: dict) -> None:
    """Demand near-identical columns (the result has about 0.92), and leave the stored verdict saying "pass":
    the release must judge the measurements again rather than trust the verdict written in the file."""
    passing(gate)
    gate["thresholds"]["thresholds"]["column_shapes"] = {"pass_at": 0.99, "fail_at": 0.98, "blocking": True}
    gate["overall"], gate["failed"] = "pass", []


def release(run_output: Path, out: Path, *extra: str) -> int:
    return main(["release", "--record", str(run_output / "german.run.json"), "--out", str(out),
                 "--organisation", ORGANISATION, "--quiet", *extra])


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_release_verify_tamper_and_release_again_only_with_overwrite(run_output, tmp_path, capsys):
    edit_gate(run_output / "german.run.json", passing)
    out = tmp_path / "release"
    assert release(run_output, out, "--formats", "csv,xlsx,parquet", "--intended-use", "Teaching statistics",
                   "--licence", "CC-BY-4.0") == 0
    printed = capsys.readouterr().out
    assert sorted(p.name for p in out.iterdir()) == sorted(RELEASED)
    assert all(name in printed for name in RELEASED)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    fingerprint = printed.split("certificate SHA-256 fingerprint: ")[1].split()[0]
    assert len(fingerprint.split(":")) == 32 and manifest["dataset_id"] in printed
    released = pd.read_csv(out / "german.SYNTHETIC.csv")
    assert len(released) == len(pd.read_csv(run_output / "german.SYNTHETIC.csv"))
    text = pdf_text(out / "german.SYNTHETIC.datasheet.pdf")
    assert ORGANISATION in text and "Teaching statistics" in text and fingerprint.split(":")[0] in text
    assert "Column shapes" in text and "not evaluated before release" not in text  # the evaluation reached the PDF

    assert main(["verify", str(out), str(out / "german.SYNTHETIC.datasheet.pdf")]) == 0
    verdicts = capsys.readouterr().out
    assert "match the manifest, which is signed and intact" in verdicts and ORGANISATION in verdicts

    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert release(run_output, out, "--formats", "csv,xlsx,parquet") == 2
    error = capsys.readouterr().err
    assert "already holds files of this release" in error and "--overwrite" in error
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before

    path = out / "german.SYNTHETIC.csv"
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table.loc[5, "purpose"] = "A40" if table.loc[5, "purpose"] != "A40" else "A41"
    table.to_csv(path, index=False, lineterminator="\n")
    assert main(["verify", "--json", str(out)]) == 1
    [result] = json.loads(capsys.readouterr().out)
    [csv_check] = [f for f in result["files"] if f["path"].endswith(".csv")]
    assert csv_check["code"] == "changed" and csv_check["manifest"]["changed_columns"] == ["purpose"]

    assert release(run_output, out, "--formats", "csv,xlsx,parquet", "--notes", "Second edition",
                   "--overwrite") == 0
    assert "Second edition" in pdf_text(out / "german.SYNTHETIC.datasheet.pdf")
    assert main(["verify", str(out)]) == 0


@pytest.mark.slow
def test_a_failed_gate_needs_a_justification_which_the_datasheet_prints(run_output, tmp_path, capsys):
    edit_gate(run_output / "german.run.json", failing)
    out = tmp_path / "release"
    assert release(run_output, out) == 2
    error = capsys.readouterr().err
    assert "failed the release gate (Column shapes)" in error and "--justification" in error
    assert "Traceback" not in error
    assert release(run_output, out, "--justification", "course") == 2  # too short to explain anything
    assert "at least 20 characters" in capsys.readouterr().err
    assert not out.exists() or not any(out.iterdir())

    assert release(run_output, out, "--justification", JUSTIFICATION) == 0
    text = " ".join(pdf_text(out / "german.SYNTHETIC.datasheet.pdf").split())
    assert "Failed" in text and JUSTIFICATION in text
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert JUSTIFICATION in json.dumps(manifest, ensure_ascii=False)


def test_a_table_the_record_does_not_describe_is_refused(run_output, tmp_path, capsys):
    edit_gate(run_output / "german.run.json", passing)
    real_rows = run_output.parent / "other.csv"
    pd.read_csv(run_output / "german.SYNTHETIC.csv").head(100).to_csv(real_rows, index=False)
    assert release(run_output, tmp_path / "release", "--synthetic", str(real_rows)) == 2
    assert "is not the table this run record describes" in capsys.readouterr().err
    assert not (tmp_path / "release").exists()


def test_unknown_format_and_missing_record_are_plain_errors(run_output, tmp_path, capsys):
    assert release(run_output, tmp_path / "out", "--formats", "csv,docx") == 2
    assert "docx" in capsys.readouterr().err
    assert main(["release", "--record", str(tmp_path / "none.run.json"), "--out", str(tmp_path / "out"),
                 "--organisation", ORGANISATION]) == 2
    assert "could not be read" in capsys.readouterr().err
