"""The background work the window starts, as plain ``work(progress, cancel)`` callables.

Each function here returns a closure over core calls; the :class:`JobController` runs it on
a pool thread. Keeping them Qt-free (apart from translated progress messages) means they
can be called directly in tests.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from synthstudio.core.errors import BadInputError
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, sub_progress
from synthstudio.core.project import NewResult, Project, load_result, locate_dataset, save_project_with_results
from synthstudio.core.schema import Schema
from synthstudio.core.synthesis import SynthesisResult, SynthesisSettings, run_synthesis
from synthstudio.gui.models.column_model import ColumnPreview, column_previews

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

Work = Callable[[ProgressFn, CancelToken], Any]


@dataclass
class LoadedTable:
    dataset: Any                       # synthstudio.core.dataset.Dataset
    schema: Schema
    previews: dict[str, ColumnPreview]


@dataclass
class OpenedProject:
    project: Project
    table: LoadedTable
    results: list[tuple[Any, Any, dict]]  # (ResultEntry, synthetic frame, run record)


def load_table(path: str | Path, options: Any = None, schema: Schema | None = None) -> Work:
    """Read a table, detect its schema (unless given) and draw the column previews."""

    def work(progress: ProgressFn, cancel: CancelToken) -> LoadedTable:
        from synthstudio.core.dataset import load_dataset

        dataset = load_dataset(Path(path), options, sub_progress(progress, 0.0, 0.7), cancel)
        check_cancel(cancel)
        progress(0.72, translate("Tasks", "Detecting column types"))
        detected = schema.copy() if schema is not None else _detect(dataset)
        check_cancel(cancel)
        progress(0.9, translate("Tasks", "Drawing column previews"))
        previews = column_previews(dataset.frame)
        progress(1.0, translate("Tasks", "Table ready"))
        return LoadedTable(dataset, detected, previews)

    return work


def _detect(dataset: Any) -> Schema:
    from synthstudio.core.schema import detect_schema

    return detect_schema(dataset.frame, getattr(dataset, "value_labels", None) or None)


def open_project(project: Project, project_file: str | Path) -> Work:
    """Check the project's table (place and SHA-256), load it and its stored results."""

    def work(progress: ProgressFn, cancel: CancelToken) -> OpenedProject:
        from synthstudio.core.dataset import LoadOptions

        progress(0.0, translate("Tasks", "Checking the data table"))
        path = locate_dataset(project, project_file)
        options = LoadOptions.from_dict(project.dataset.load_options) if project.dataset.load_options else None
        table = load_table(path, options, project.schema)(sub_progress(progress, 0.05, 0.85), cancel)
        results = []
        for position, entry in enumerate(project.results):
            check_cancel(cancel)
            progress(0.85 + 0.15 * position / max(1, len(project.results)), translate("Tasks", "Reading results"))
            frame, record = load_result(project_file, entry)
            results.append((entry, frame, record))
        progress(1.0, translate("Tasks", "Project open"))
        return OpenedProject(project, table, results)

    return work


def save_project_files(project: Project, path: Path, new_results: list[NewResult]) -> Work:
    """Write the new results and the project file (all or nothing, see save_project_with_results).

    ``project`` is the window's snapshot of its project: the work adds the stored results'
    entries to it, and the window takes them over once the save succeeded."""

    def work(progress: ProgressFn, cancel: CancelToken) -> Project:
        def report(fraction: float, _message: str) -> None:
            progress(fraction, translate("Tasks", "Saving the project"))

        try:
            save_project_with_results(project, path, new_results, report, cancel)
        except OSError as error:
            raise BadInputError(translate("Tasks", "The project could not be saved."),
                                translate("Tasks", "Choose a folder you can write to."), details=str(error)) from error
        return project

    return work


def evaluate_result(real: Any, synthetic: Any, schema: Schema, settings: SynthesisSettings) -> Work:
    """Compare a result with the real table. The training/holdout split is drawn again with
    the run's share and seed (the same call as in run_synthesis), so it also works for results
    reopened from a project, whose split was not stored."""

    def work(progress: ProgressFn, cancel: CancelToken) -> Any:
        from synthstudio.core.evaluation.holdout import split_holdout
        from synthstudio.core.evaluation.pipeline import evaluate

        train, holdout = split_holdout(real, settings.holdout_share, settings.seed, schema.target)
        return evaluate(train, holdout, synthetic, schema, progress=progress, cancel=cancel, seed=settings.seed)

    return work


class LiveGenerator:
    """Holds the generator of a running synthesis so the GUI can poll its loss history."""

    def __init__(self) -> None:
        self.generator = None

    def loss_history(self) -> list[dict[str, float]]:
        report = getattr(self.generator, "report", None)
        return list(report.loss_history) if report is not None else []


def synthesize(dataset: Any, schema: Schema, settings: SynthesisSettings, live: LiveGenerator,
               lineage: dict[str, Any] | None = None) -> Work:
    """One generator's run, with the table's lineage in its record; ``live`` receives the
    generator as soon as the core creates it (for the loss chart)."""
    schema = schema.copy()

    def work(progress: ProgressFn, cancel: CancelToken) -> SynthesisResult:
        return run_synthesis(dataset, schema, settings, progress, cancel, lineage=lineage,
                             on_generator=lambda generator: setattr(live, "generator", generator))

    return work
