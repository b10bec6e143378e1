"""Saving a project with its new results: all or nothing, so a failed or cancelled save can be retried."""
from __future__ import annotations

import threading

import pandas as pd
import pytest

from synthstudio.core.errors import BadInputError, Cancelled
from synthstudio.core.project import (NewResult, Project, load_project, load_result, results_folder,
                                      save_project_with_results)
from synthstudio.core.synthesis import SynthesisSettings


@pytest.fixture
def results(shared_data) -> list[NewResult]:
    synthetic = pd.read_csv(shared_data / "german_credit.csv").head(40)
    settings = SynthesisSettings("gaussian_copula", seed=1)
    return [NewResult(name, synthetic, {"seed": seed}, settings, "Gaussian copula")
            for seed, name in enumerate(("first", "second"), start=1)]


def test_a_failed_save_removes_what_it_wrote_and_keeps_other_files(tmp_path, results):
    path = tmp_path / "p.synthstudio"
    project = Project(name="p")
    folder = results_folder(path)
    folder.mkdir()
    (folder / "second.parquet").write_bytes(b"someone else's file")
    with pytest.raises(BadInputError):                   # results are never overwritten
        save_project_with_results(project, path, results)
    assert project.results == [] and not path.exists()
    assert [file.name for file in folder.iterdir()] == ["second.parquet"]
    assert (folder / "second.parquet").read_bytes() == b"someone else's file"

    (folder / "second.parquet").unlink()
    assert save_project_with_results(project, tmp_path / "p", results) == path   # suffix added
    again = load_project(path)
    assert [entry.id for entry in again.results] == ["first", "second"]
    frame, record = load_result(path, again.results[1])
    assert record == {"seed": 2}
    pd.testing.assert_frame_equal(frame, results[1].synthetic)


def test_a_cancelled_save_writes_nothing(tmp_path, results):
    path = tmp_path / "p.synthstudio"
    project = Project(name="p")
    cancel = threading.Event()
    messages = []

    def progress(fraction: float, message: str) -> None:
        messages.append(message)
        if fraction > 0:                                 # cancelled while the second result is written
            cancel.set()

    with pytest.raises(Cancelled):
        save_project_with_results(project, path, results, progress, cancel)
    assert messages == ["Writing result 1 of 2", "Writing result 2 of 2"]
    assert not path.exists() and list(results_folder(path).iterdir()) == [] and project.results == []
