"""`synthstudio evaluate` on real files, as a user calls it."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from synthstudio.cli import main
from synthstudio.core.evaluation import split_holdout


@pytest.fixture()
def files(tmp_path, shared_data) -> dict[str, Path]:
    """German credit split into training and holdout rows, a copy of the training rows, and
    the whole table with every column shuffled independently."""
    frame = pd.read_csv(shared_data / "german_credit.csv")
    train, holdout = split_holdout(frame, 0.25, seed=0, stratify_on="class")
    rng = np.random.default_rng(0)
    shuffled = pd.DataFrame({c: rng.permutation(frame[c].to_numpy()) for c in frame.columns})
    paths = {name: tmp_path / f"{name}.csv" for name in ("train", "holdout", "copy", "all", "shuffled")}
    for name, table in (("train", train), ("holdout", holdout), ("copy", train.sample(frac=1.0, random_state=1)),
                        ("all", frame), ("shuffled", shuffled)):
        table.to_csv(paths[name], index=False)
    return paths


def test_copied_rows_fail_privacy_and_the_report_records_its_inputs(files, tmp_path, capsys):
    out = tmp_path / "report.json"
    code = main(["evaluate", "--real", str(files["train"]), "--holdout", str(files["holdout"]),
                 "--synthetic", str(files["copy"]), "--target", "class", "--out", str(out)])
    assert code == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["gate"]["overall"] == "fail"
    assert {"exact_copies", "closer_to_training", "membership_auc"} <= set(report["gate"]["failed"])
    assert report["metrics"]["exact_copies"] == 1.0
    assert report["details"]["utility"]["target"] == "class"
    assert len(report["inputs"]["synthetic"]["sha256"]) == 64
    assert report["inputs"]["holdout"]["file"].endswith("holdout.csv")
    err = capsys.readouterr().err
    assert "Release gate: FAIL" in err and "Copies of training rows" in err


def test_without_holdout_the_real_file_is_split_and_the_user_is_warned(files, tmp_path, capsys):
    out = tmp_path / "report.json"
    assert main(["evaluate", "--real", str(files["all"]), "--synthetic", str(files["shuffled"]),
                 "--target", "class", "--seed", "3", "--out", str(out), "--quiet"]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["info"]["rows"] == {"training": 800, "holdout": 200, "synthetic": 1000}
    assert report["inputs"]["holdout"] == {"split_of_real": True, "holdout_share": 0.2, "seed": 3}
    assert any("too optimistic" in w for w in report["warnings"])
    assert {"relationships_kept", "prediction_skill_kept"} <= set(report["gate"]["failed"])
    assert capsys.readouterr().err == ""   # --quiet


def test_custom_thresholds_file(files, tmp_path):
    thresholds = tmp_path / "gate.json"
    thresholds.write_text(json.dumps({"version": 1, "thresholds": {"column_shapes": {"pass_at": 0.5}}}))
    out = tmp_path / "report.json"
    assert main(["evaluate", "--real", str(files["train"]), "--holdout", str(files["holdout"]),
                 "--synthetic", str(files["copy"]), "--thresholds", str(thresholds), "--out", str(out),
                 "--quiet"]) == 0
    gate = json.loads(out.read_text())["gate"]
    assert list(gate["verdicts"]) == ["column_shapes"] and gate["overall"] == "pass"


def test_bad_input_exits_2_and_changes_nothing(files, tmp_path, capsys):
    out = tmp_path / "report.json"
    out.write_text("mine")
    args = ["evaluate", "--real", str(files["train"]), "--synthetic", str(files["copy"]), "--quiet"]
    assert main([*args, "--out", str(out)]) == 2
    assert out.read_text() == "mine"
    assert "already exists" in capsys.readouterr().err
    assert main([*args, "--target", "no_such_column", "--out", str(tmp_path / "new.json")]) == 2
    assert "no column called 'no_such_column'" in capsys.readouterr().err
    assert main([*args, "--synthetic", str(tmp_path / "missing.csv"), "--out", str(tmp_path / "new.json")]) == 2
    assert not (tmp_path / "new.json").exists()


def test_an_earlier_report_can_supply_the_thresholds(files, tmp_path):
    earlier = tmp_path / "earlier.json"   # the gate part of a report written before, edited by hand
    earlier.write_text(json.dumps({"gate": {"thresholds": {"version": 1, "thresholds": {
        "exact_copies": {"pass_at": 1.0, "fail_at": None, "blocking": True}}}}}))
    out = tmp_path / "report.json"
    assert main(["evaluate", "--real", str(files["train"]), "--holdout", str(files["holdout"]),
                 "--synthetic", str(files["copy"]), "--thresholds", str(earlier), "--out", str(out),
                 "--quiet"]) == 0
    gate = json.loads(out.read_text())["gate"]
    assert gate["overall"] == "pass" and list(gate["verdicts"]) == ["exact_copies"]
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2]")
    assert main(["evaluate", "--real", str(files["train"]), "--synthetic", str(files["copy"]),
                 "--thresholds", str(broken), "--out", str(tmp_path / "x.json"), "--quiet"]) == 2
