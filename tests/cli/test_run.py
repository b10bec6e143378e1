"""`synthstudio run` end to end, in a subprocess as a user would call it."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from synthstudio.cli import main


def _run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "synthstudio", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300, env={**os.environ, "PYTHONUNBUFFERED": "1"})


@pytest.fixture()
def german_subset(tmp_path, shared_data) -> Path:
    path = tmp_path / "german.csv"
    pd.read_csv(shared_data / "german_credit.csv").head(300).to_csv(path, index=False)
    return path


def test_demo_writes_table_and_record(tmp_path):
    result = _run_cli("run", "--demo", "--rows", "200", "--seed", "3", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    table = pd.read_csv(tmp_path / "out" / "adult_sample.SYNTHETIC.csv")
    record = json.loads((tmp_path / "out" / "adult_sample.run.json").read_text())
    assert len(table) == 200
    assert list(table.columns) == [c["name"] for c in record["schema"]["columns"]]
    assert record["generator"]["key"] == "gaussian_copula"
    assert record["seed"] == 3 and record["device"] == "cpu"
    assert len(record["input"]["sha256"]) == 64
    assert record["versions"]["sdv"].startswith("2.")
    assert record["timings"]["fit_seconds"] > 0


def test_same_seed_gives_identical_files(tmp_path, german_subset):
    for out in ("a", "b"):
        assert main(["run", "--data", str(german_subset), "--rows", "150", "--seed", "11",
                     "--out", str(tmp_path / out), "--quiet"]) == 0
    first = (tmp_path / "a" / "german.SYNTHETIC.csv").read_bytes()
    assert first == (tmp_path / "b" / "german.SYNTHETIC.csv").read_bytes()


def test_format_option_and_roles(tmp_path, german_subset):
    assert main(["run", "--data", str(german_subset), "--rows", "100", "--format", "parquet",
                 "--role", "class=target", "--out", str(tmp_path), "--quiet"]) == 0
    table = pd.read_parquet(tmp_path / "german.SYNTHETIC.parquet")
    record = json.loads((tmp_path / "german.run.json").read_text())
    assert len(table) == 100
    assert record["split"]["stratified_on"] == "class"


@pytest.mark.parametrize("args, fragment", [
    (["--data", "does-not-exist.csv"], "does-not-exist.csv"),
    (["--data", "{german}", "--generator", "nope"], "no generator called 'nope'"),
    (["--data", "{german}", "--role", "nosuchcolumn=target"], "no column called 'nosuchcolumn'"),
    (["--data", "{german}", "--param", "epochs"], "NAME=VALUE"),
])
def test_bad_input_exits_2_with_a_message(tmp_path, german_subset, args, fragment):
    args = [a.replace("{german}", str(german_subset)) for a in args]
    result = _run_cli("run", *args, "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_existing_output_is_never_overwritten(tmp_path, german_subset):
    out = tmp_path / "out"
    out.mkdir()
    keep = out / "german.SYNTHETIC.csv"
    keep.write_text("precious")
    assert main(["run", "--data", str(german_subset), "--out", str(out), "--quiet"]) == 2
    assert keep.read_text() == "precious"


@pytest.mark.slow
def test_ctrl_c_cancels_cleanly_with_exit_130(tmp_path, german_subset):
    process = subprocess.Popen(
        [sys.executable, "-m", "synthstudio", "run", "--data", str(german_subset), "--generator", "ctgan",
         "--param", "epochs=500", "--out", str(tmp_path / "out")],
        cwd=tmp_path, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    deadline = time.monotonic() + 120
    seen = ""
    while "Learning from" not in seen and time.monotonic() < deadline:
        seen += process.stderr.readline()
    time.sleep(4)  # well into training (500 epochs take minutes)
    process.send_signal(signal.SIGINT)
    stderr = seen + process.communicate(timeout=120)[1]
    assert process.returncode == 130, stderr
    assert "cancelled" in stderr.lower()
    assert not (tmp_path / "out").exists()
