"""The ``.synthstudio`` project file: plain JSON that says what was done to which table.

A project names the input table (path and SHA-256, so a moved or edited file is noticed),
its schema with the roles the user gave, the synthesis settings (generators, parameters,
seeds) and the results with where their files are. It is JSON only, never pickle: opening a
project someone sent you can never run code.

Fitted models are **not** stored. A model file of the neural libraries is a pickle, which
would run code on loading; instead every result keeps its settings and seed, and the same
input + settings + seed re-fits the same model and regenerates the same rows.

Result files live in a folder beside the project (``<project name>-results/``) and are
referenced by relative paths, so the project folder can be moved or copied as a whole.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from synthstudio.core.errors import BadInputError
from synthstudio.core.evaluation.gate import GateThresholds
from synthstudio.core.fileio import atomic_target, file_sha256, write_table
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress
from synthstudio.core.schema import Schema
from synthstudio.core.synthesis import SynthesisSettings

PROJECT_FORMAT = "synthstudio-project"
PROJECT_VERSION = 1
PROJECT_SUFFIX = ".synthstudio"
RESULTS_FOLDER_SUFFIX = "-results"
MODELS_NOTE = ("Fitted models are not stored (model files of the learning libraries are pickles, which "
               "can run code when opened). Each result keeps its settings and seed: fitting again on the "
               "same input gives the same model and the same rows.")


class DatasetMovedError(BadInputError):
    code = "dataset_moved"


class DatasetChangedError(BadInputError):
    code = "dataset_changed"


@dataclass
class DatasetRef:
    """Where the input table is and what it was when the project was made."""

    path: str                       # absolute path as the user chose it
    sha256: str
    size_bytes: int = 0
    file_format: str = ""
    name: str = ""
    load_options: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DatasetRef":
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class ResultEntry:
    """One finished synthesis run and the files that hold its output."""

    id: str
    generator: str
    generator_name: str
    settings: SynthesisSettings
    rows: int
    created: str
    table_file: str                 # relative to the project file's folder, with "/" separators
    table_sha256: str
    record_file: str

    def to_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["settings"] = self.settings.to_dict()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ResultEntry":
        data = dict(data)
        data["settings"] = SynthesisSettings.from_dict(data.get("settings", {}))
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Project:
    name: str = "Untitled"
    dataset: DatasetRef | None = None
    schema: Schema | None = None
    settings: list[SynthesisSettings] = field(default_factory=list)   # the last synthesis plan
    results: list[ResultEntry] = field(default_factory=list)
    # the release gate the user set for this project (Tools > Release gate thresholds)
    gate_thresholds: GateThresholds = field(default_factory=GateThresholds.default)
    created: str = field(default_factory=lambda: _now())
    modified: str = field(default_factory=lambda: _now())

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": PROJECT_FORMAT,
            "version": PROJECT_VERSION,
            "name": self.name,
            "created": self.created,
            "modified": self.modified,
            "dataset": self.dataset.to_dict() if self.dataset else None,
            "schema": self.schema.to_dict() if self.schema else None,
            "settings": [s.to_dict() for s in self.settings],
            "results": [r.to_dict() for r in self.results],
            "gate_thresholds": self.gate_thresholds.to_dict(),
            "fitted_models": MODELS_NOTE,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Project":
        return cls(
            name=str(data.get("name", "Untitled")),
            dataset=DatasetRef.from_dict(data["dataset"]) if data.get("dataset") else None,
            schema=Schema.from_dict(data["schema"]) if data.get("schema") else None,
            settings=[SynthesisSettings.from_dict(s) for s in data.get("settings", [])],
            results=[ResultEntry.from_dict(r) for r in data.get("results", [])],
            # projects saved before thresholds were editable get the defaults
            gate_thresholds=(GateThresholds.from_dict(data["gate_thresholds"]) if data.get("gate_thresholds")
                             else GateThresholds.default()),
            created=str(data.get("created", _now())),
            modified=str(data.get("modified", _now())),
        )


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- saving and opening -------------------------------------------------------------------
def project_file_path(path: str | Path) -> Path:
    """``path`` with the project suffix (added when it is missing)."""
    path = Path(path)
    return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)


def save_project(project: Project, path: str | Path) -> Path:
    """Write ``project`` as JSON, atomically (a crash never leaves half a project file)."""
    path = project_file_path(path)
    project.modified = _now()
    _write_json(path, project.to_dict(), overwrite=True)
    return path


def load_project(path: str | Path) -> Project:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BadInputError(f"The project file {path} does not exist.",
                            "Check the name and folder, or choose it again with File > Open project.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadInputError(f"{path.name} is not a SynthStudio project file, or it is damaged.",
                            "Open a file ending in .synthstudio that SynthStudio saved.",
                            details=str(error)) from None
    if not isinstance(data, dict) or data.get("format") != PROJECT_FORMAT:
        raise BadInputError(f"{path.name} is not a SynthStudio project file.",
                            "Open a file ending in .synthstudio that SynthStudio saved.")
    version = data.get("version")
    if not isinstance(version, int) or version > PROJECT_VERSION:
        raise BadInputError(f"{path.name} was saved by a newer SynthStudio (project version {version}).",
                            "Update SynthStudio to open it.")
    try:
        return Project.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise BadInputError(f"{path.name} is damaged: part of it cannot be read.",
                            "Open an earlier copy of the project, or import the data again.",
                            details=repr(error)) from None


# -- the input table -----------------------------------------------------------------------
def locate_dataset(project: Project, project_file: str | Path) -> Path:
    """The input table's path, checked against its recorded SHA-256.

    Looked for where it was, then beside the project file (a project folder copied as a
    whole). Raises :class:`DatasetMovedError` or :class:`DatasetChangedError` with a remedy.
    """
    if project.dataset is None:
        raise BadInputError("This project has no data table yet.", "Import a table with File > Import data.")
    recorded = Path(project.dataset.path)
    candidates = [recorded, Path(project_file).resolve().parent / recorded.name]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        raise DatasetMovedError(
            f"The data table of this project is no longer at {recorded}.",
            "If you moved or renamed it, choose its new place with File > Locate data table.",
            details="Looked in:\n" + "\n".join(map(str, candidates)))
    actual = file_sha256(found)
    if actual != project.dataset.sha256:
        raise DatasetChangedError(
            f"The data table {found.name} has changed since the project was saved.",
            "Results of this project were made from the earlier version. Put the original file back, "
            "or import the changed table into a new project.",
            details=f"File: {found}\nRecorded SHA-256: {project.dataset.sha256}\nSHA-256 now: {actual}")
    return found


def relocate_dataset(project: Project, new_path: str | Path) -> None:
    """Point the project at a moved table, if it is the same file (same SHA-256)."""
    if project.dataset is None:
        raise BadInputError("This project has no data table yet.", "Import a table with File > Import data.")
    new_path = Path(new_path)
    actual = file_sha256(new_path)
    if actual != project.dataset.sha256:
        raise DatasetChangedError(
            f"{new_path.name} is not the table this project was made from (its content differs).",
            "Choose the original file, or import this table into a new project.",
            details=f"Recorded SHA-256: {project.dataset.sha256}\nSHA-256 of the chosen file: {actual}")
    project.dataset.path = str(new_path.resolve())


# -- results ---------------------------------------------------------------------------------
def results_folder(project_file: str | Path) -> Path:
    project_file = Path(project_file)
    return project_file.with_name(project_file.stem + RESULTS_FOLDER_SUFFIX)


def _result_files(project_file: str | Path, result_id: str) -> tuple[Path, Path]:
    """Where a result's table and run record go."""
    folder = results_folder(project_file)
    return folder / f"{result_id}.parquet", folder / f"{result_id}.run.json"


def store_result(project: Project, project_file: str | Path, *, result_id: str, synthetic: pd.DataFrame,
                 record: dict[str, Any], settings: SynthesisSettings, generator_name: str) -> ResultEntry:
    """Write a result's table (Parquet) and run record (JSON) beside the project; never overwrite."""
    table_path, record_path = _result_files(project_file, result_id)
    table_path.parent.mkdir(parents=True, exist_ok=True)
    table = write_table(synthetic, table_path, "parquet", overwrite=False)
    _write_json(record_path, record, overwrite=False)
    base = Path(project_file).resolve().parent
    entry = ResultEntry(
        id=result_id, generator=settings.generator, generator_name=generator_name, settings=settings,
        rows=int(len(synthetic)), created=_now(),
        table_file=Path(table).resolve().relative_to(base).as_posix(), table_sha256=file_sha256(table),
        record_file=record_path.resolve().relative_to(base).as_posix())
    project.results.append(entry)
    return entry


@dataclass
class NewResult:
    """A finished run that is not yet stored beside the project file."""

    id: str
    synthetic: pd.DataFrame
    record: dict[str, Any]
    settings: SynthesisSettings
    generator_name: str


def save_project_with_results(project: Project, path: str | Path, new_results: list[NewResult],
                              progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> Path:
    """Store ``new_results`` beside the project file, then write the project file: all or nothing.

    Every file is written atomically. When a write fails or the work is cancelled, the result
    files this call wrote are removed again and ``project.results`` is as it was, so the project
    file on disk still describes what is there and saving again simply works.
    """
    path = project_file_path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    results_before = list(project.results)
    written: list[Path] = []
    try:
        for position, result in enumerate(new_results):
            check_cancel(cancel)
            progress(position / (len(new_results) + 1), f"Writing result {position + 1} of {len(new_results)}")
            # only files that did not exist yet are ours to remove (store_result never overwrites)
            written += [file for file in _result_files(path, result.id) if not file.exists()]
            store_result(project, path, result_id=result.id, synthetic=result.synthetic, record=result.record,
                         settings=result.settings, generator_name=result.generator_name)
        check_cancel(cancel)
        progress(len(new_results) / (len(new_results) + 1), "Writing the project file")
        saved = save_project(project, path)
    except BaseException:
        project.results = results_before
        for file in written:
            file.unlink(missing_ok=True)
        raise
    progress(1.0, "Project saved")
    return saved


def result_file(project_file: str | Path, relative: str) -> Path:
    """A result file's path; refuses paths that leave the project's folder."""
    base = Path(project_file).resolve().parent
    path = (base / relative).resolve()
    if not path.is_relative_to(base):
        raise BadInputError(f"The project refers to a result file outside its folder ({relative}).",
                            "Open only projects you saved yourself or got from someone you trust.")
    return path


def load_result(project_file: str | Path, entry: ResultEntry) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Read a stored result back (table and run record), checking the table was not altered."""
    table = result_file(project_file, entry.table_file)
    record = result_file(project_file, entry.record_file)
    if not table.is_file():
        raise BadInputError(f"The result file {table.name} is missing.",
                            f"Put the folder {table.parent.name} back beside the project file.")
    if file_sha256(table) != entry.table_sha256:
        raise DatasetChangedError(f"The result file {table.name} was changed after it was made.",
                                  "Run the synthesis again to make a trustworthy result.")
    run_record = json.loads(record.read_text(encoding="utf-8")) if record.is_file() else {}
    return pd.read_parquet(table), run_record


def _write_json(path: Path, data: dict[str, Any], *, overwrite: bool) -> None:
    with atomic_target(path, overwrite=overwrite) as temporary:
        temporary.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
