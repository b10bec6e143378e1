"""Real inputs for datasheet tests: a run record, evaluation, release info and charts built from
the COMPAS table (50 columns, so the column table must split across pages), rendered and signed
once per module because PDF work is the slow part."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.figure import Figure

from synthstudio.core.provenance.signing import SigningIdentity, ensure_identity
from synthstudio.core.report.datasheet import Datasheet
from synthstudio.core.report.pdf import render_datasheet
from synthstudio.core.report.sign_pdf import sign_pdf
from synthstudio.core.schema import ColumnSpec, ColumnType, Role, Schema

ORGANISATION = "Ministère de la Justice — Service statistique"
DATASET_NAME = "COMPAS récidive <synthétique> & co"     # markup characters must be shown, not parsed
ROLES = {"race": Role.SENSITIVE, "sex": Role.SENSITIVE, "two_year_recid": Role.TARGET,
         "id": Role.IDENTIFIER, "c_case_number": Role.DIRECT_IDENTIFIER}


@pytest.fixture
def poppler():
    """``poppler("pdfsig")`` is the tool's path, or the test is skipped: the setup installs poppler-utils."""
    def find(tool: str) -> str:
        path = shutil.which(tool)
        if path is None:
            pytest.skip(f"{tool} is not installed (Debian/Ubuntu: apt-get install -y poppler-utils)")
        return path
    return find


@pytest.fixture(scope="module")
def compas(shared_data) -> tuple[Path, pd.DataFrame]:
    path = shared_data / "compas.csv"
    return path, pd.read_csv(path)


@pytest.fixture(scope="module")
def run_record(compas) -> dict:
    path, frame = compas
    columns = []
    for name in frame.columns:
        series = frame[name]
        kind = (ColumnType.INTEGER if pd.api.types.is_integer_dtype(series) else
                ColumnType.FLOAT if pd.api.types.is_float_dtype(series) else ColumnType.CATEGORICAL)
        columns.append(ColumnSpec(name, kind, ROLES.get(name, Role.PLAIN), missing_share=float(series.isna().mean()),
                                  n_distinct=int(series.nunique())))
    train_rows = int(len(frame) * 0.8)
    return {
        "record_version": 1, "created": "2026-11-24T05:00:00+00:00",
        "input": {"file": str(path), "name": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                  "size_bytes": path.stat().st_size, "format": "csv", "rows": len(frame),
                  "columns": frame.shape[1], "load_options": {"encoding": "utf-8", "delimiter": ","},
                  "load_warnings": []},
        "schema": Schema(columns).to_dict(), "mode": "full",
        "split": {"holdout_share": 0.2, "train_rows": train_rows, "holdout_rows": len(frame) - train_rows},
        "generator": {"key": "gaussian_copula", "name": "Gaussian copula",
                      "library": "SDV 2.0 (Business Source License 1.1)",
                      "parameters": {"default_distribution": "beta", "enforce_min_max_values": True}},
        "seed": 7, "rows_generated": train_rows, "synthetic_fraction": {"rows": 1.0, "cells": 1.0},
        "device": "cpu", "fit": {"device": "cpu", "epochs_done": None},
        "timings": {"fit_seconds": 9.4, "sample_seconds": 0.6},
        "versions": {"synthstudio": "0.1.0", "python": "3.11", "sdv": "2.0.0"},
    }


@pytest.fixture(scope="module")
def evaluation() -> dict:
    return {
        "gate": {"verdict": "warn", "justification": "Utility just under target; accepted for teaching."},
        "fidelity": {"summary": "Single columns are reproduced closely.", "verdict": "pass",
                     "metrics": [{"name": "Column shapes", "value": 0.87, "threshold": 0.8, "verdict": "pass",
                                  "meaning": "How alike each column's distribution is (1 = identical)."}]},
        "utility": {"verdict": "warn", "metrics": {"Accuracy, trained on synthetic, tested on real": 0.64}},
        "privacy": {"summary": "No synthetic row copies a real row.",
                    "metrics": [{"name": "Exact copies of real rows", "value": 0, "threshold": 0, "verdict": "pass"}]},
    }


@pytest.fixture(scope="module")
def signing_identity(tmp_path_factory) -> SigningIdentity:
    # Module-scoped, so it cannot use the per-test app folder; a private folder of its own instead.
    return ensure_identity(ORGANISATION, folder=tmp_path_factory.mktemp("identity") / "signing")


@pytest.fixture(scope="module")
def release(compas, signing_identity) -> dict:
    path, _ = compas
    return {
        "dataset_name": DATASET_NAME, "organisation": ORGANISATION, "dataset_id": "SDW1-7F3A9C21D4E5B6A7",
        "date": "2026-11-24", "purpose": "Teaching fairness analysis without sharing court records.",
        "intended_uses": ["Teaching"], "prohibited_uses": ["Scoring real defendants"],
        "contact": "donnees@justice.example", "licence": "CC BY 4.0", "formats": ["CSV"],
        "files": [{"name": "compas.SYNTHETIC.csv", "size_bytes": path.stat().st_size,
                   "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}],
        "watermark": {"scheme": "SDW-1", "key": "default", "green_rate": 0.83},
        "lineage": {"depth": 1, "parents": []}, "signer_fingerprint": signing_identity.fingerprint,
    }


@pytest.fixture(scope="module")
def charts(compas) -> list:
    _, frame = compas
    ages = Figure(figsize=(6.5, 3))
    axes = ages.add_subplot()
    axes.hist(frame["age"], bins=30, alpha=0.6, label="real")
    axes.hist(frame["age"].sample(frac=1.0, replace=True, random_state=0), bins=30, alpha=0.6, label="resampled")
    axes.legend()
    rates = Figure(figsize=(5, 3.5))
    table = pd.crosstab(frame["race"], frame["two_year_recid"], normalize="index")
    rates.add_subplot().barh(table.index.astype(str), table[1].to_numpy())
    return [("Fidelity: age, real and resampled", ages), ("Two-year recidivism by race", rates, "fairness")]


@pytest.fixture(scope="module")
def datasheet(run_record, evaluation, release) -> Datasheet:
    return Datasheet.from_run(run_record, evaluation, None, release)


@pytest.fixture(scope="module")
def rendered_pdf(datasheet, charts, tmp_path_factory) -> Path:
    return render_datasheet(datasheet, charts, tmp_path_factory.mktemp("render") / "datasheet.pdf")


@pytest.fixture(scope="module")
def attachments(run_record) -> dict[str, bytes]:
    return {"run-record.json": json.dumps(run_record, indent=2).encode("utf-8"),
            "manifest.json": json.dumps({"dataset_id": "SDW1-7F3A9C21D4E5B6A7", "files": []}).encode("utf-8")}


@pytest.fixture(scope="module")
def signed_pdf(rendered_pdf, signing_identity, attachments, tmp_path_factory) -> Path:
    export = tmp_path_factory.mktemp("export")
    return sign_pdf(rendered_pdf, export / "datasheet.pdf", signing_identity, attachments)
