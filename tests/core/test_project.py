"""The .synthstudio project file: JSON round trip, moved or changed tables, stored results."""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

from synthstudio.core.errors import BadInputError
from synthstudio.core.evaluation.gate import GateThresholds, Threshold
from synthstudio.core.fileio import file_sha256
from synthstudio.core.project import (PROJECT_VERSION, DatasetChangedError, DatasetMovedError, DatasetRef, Project,
                                      load_project, load_result, locate_dataset, relocate_dataset, result_file,
                                      results_folder, save_project, store_result)
from synthstudio.core.schema import ColumnSpec, ColumnType, Role, Schema
from synthstudio.core.synthesis import SynthesisSettings


@pytest.fixture
def table(tmp_path, shared_data):
    copy = tmp_path / "data" / "german_credit.csv"
    copy.parent.mkdir()
    shutil.copy(shared_data / "german_credit.csv", copy)
    return copy


@pytest.fixture
def project(table) -> Project:
    schema = Schema([ColumnSpec("age", ColumnType.INTEGER, Role.QUASI_IDENTIFIER),
                     ColumnSpec("credit_risk", ColumnType.CATEGORICAL, Role.TARGET)])
    return Project(
        name="credit",
        dataset=DatasetRef(path=str(table), sha256=file_sha256(table), size_bytes=table.stat().st_size,
                           file_format="csv", name="german_credit", load_options={"delimiter": ","}),
        schema=schema,
        settings=[SynthesisSettings("gaussian_copula", {"default_distribution": "norm"}, rows=500, seed=3),
                  SynthesisSettings("ctgan", {"epochs": 10}, seed=3)])


def test_round_trip_keeps_everything(tmp_path, project):
    path = save_project(project, tmp_path / "credit")
    assert path.name == "credit.synthstudio"
    again = load_project(path)
    assert again.dataset == project.dataset
    assert again.schema.to_dict() == project.schema.to_dict()
    assert again.schema.column("credit_risk").role is Role.TARGET
    assert [s.to_dict() for s in again.settings] == [s.to_dict() for s in project.settings]
    data = json.loads(path.read_text(encoding="utf-8"))  # plain JSON, never pickle
    assert data["format"] == "synthstudio-project" and data["version"] == PROJECT_VERSION
    assert "not stored" in data["fitted_models"]


def test_gate_thresholds_are_saved_with_the_project_and_default_for_older_files(tmp_path, project):
    assert project.gate_thresholds == GateThresholds.default()
    project.gate_thresholds = (GateThresholds.default()
                               .with_threshold("column_shapes", Threshold(0.9, 0.7, blocking=False))
                               .with_threshold("exact_copies", None))
    path = save_project(project, tmp_path / "gated")
    again = load_project(path)
    assert again.gate_thresholds.thresholds["column_shapes"] == Threshold(0.9, 0.7, blocking=False)
    assert "exact_copies" not in again.gate_thresholds.thresholds
    assert again.gate_thresholds == project.gate_thresholds

    data = json.loads(path.read_text(encoding="utf-8"))
    del data["gate_thresholds"]                     # a project saved before thresholds were editable
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_project(path).gate_thresholds == GateThresholds.default()


def test_not_a_project_and_newer_versions_are_refused_clearly(tmp_path, project):
    garbage = tmp_path / "x.synthstudio"
    garbage.write_bytes(b"\x80\x04\x95 pickle-like bytes")
    with pytest.raises(BadInputError, match="not a SynthStudio project"):
        load_project(garbage)
    path = save_project(project, tmp_path / "p.synthstudio")
    data = json.loads(path.read_text())
    data["version"] = PROJECT_VERSION + 1
    path.write_text(json.dumps(data))
    with pytest.raises(BadInputError, match="newer SynthStudio") as raised:
        load_project(path)
    assert raised.value.remedy
    with pytest.raises(BadInputError, match="does not exist"):
        load_project(tmp_path / "missing.synthstudio")


def test_moved_table_is_reported_and_can_be_relocated(tmp_path, project, table):
    path = save_project(project, tmp_path / "p.synthstudio")
    assert locate_dataset(project, path) == table
    moved = tmp_path / "elsewhere" / "renamed.csv"
    moved.parent.mkdir()
    table.rename(moved)
    with pytest.raises(DatasetMovedError) as raised:
        locate_dataset(project, path)
    assert "Locate data table" in raised.value.remedy
    relocate_dataset(project, moved)
    assert locate_dataset(project, path) == moved


def test_table_copied_beside_the_project_is_found(tmp_path, project, table):
    folder = tmp_path / "shared-folder"
    folder.mkdir()
    path = save_project(project, folder / "p.synthstudio")
    shutil.copy(table, folder / table.name)
    table.unlink()
    assert locate_dataset(project, path) == folder / table.name


def test_changed_table_is_refused_with_both_hashes(tmp_path, project, table):
    path = save_project(project, tmp_path / "p.synthstudio")
    with open(table, "a", encoding="utf-8") as handle:
        handle.write("\n")
    with pytest.raises(DatasetChangedError) as raised:
        locate_dataset(project, path)
    assert project.dataset.sha256 in raised.value.details
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    with pytest.raises(DatasetChangedError):
        relocate_dataset(project, other)


def test_results_are_stored_beside_the_project_and_checked_when_read(tmp_path, project, shared_data):
    path = tmp_path / "p.synthstudio"
    synthetic = pd.read_csv(shared_data / "german_credit.csv").head(50)
    entry = store_result(project, path, result_id="gaussian_copula-seed3", synthetic=synthetic,
                         record={"seed": 3}, settings=project.settings[0], generator_name="Gaussian copula")
    save_project(project, path)
    assert entry.table_file == "p-results/gaussian_copula-seed3.parquet"
    assert results_folder(path).is_dir()
    again = load_project(path)
    frame, record = load_result(path, again.results[0])
    pd.testing.assert_frame_equal(frame, synthetic)
    assert record == {"seed": 3} and again.results[0].settings.seed == 3
    with pytest.raises(BadInputError):   # never overwrite an existing result
        store_result(project, path, result_id="gaussian_copula-seed3", synthetic=synthetic, record={},
                     settings=project.settings[0], generator_name="Gaussian copula")
    table_path = result_file(path, entry.table_file)
    table_path.write_bytes(table_path.read_bytes() + b"tampered")
    with pytest.raises(DatasetChangedError):
        load_result(path, again.results[0])


def test_result_paths_cannot_leave_the_project_folder(tmp_path):
    with pytest.raises(BadInputError, match="outside its folder"):
        result_file(tmp_path / "p.synthstudio", "../../etc/passwd")
