"""The background work of the release wizard and the verify dialog, as ``work(progress, cancel)``.

Like :mod:`synthstudio.gui.tasks`, each function returns a closure over core calls that the
:class:`~synthstudio.gui.workers.JobController` runs on a pool thread; nothing here touches a
widget, so the closures can be called directly in tests.
"""
from __future__ import annotations

import logging
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence, Union

import pandas as pd
from PySide6.QtCore import QCoreApplication

from synthstudio.core.errors import Cancelled, SynthStudioError
from synthstudio.core.jobs import CancelToken, ProgressFn, sub_progress
from synthstudio.core.provenance.manifest import SIGNATURE_SUFFIX
from synthstudio.core.provenance.release import ReleaseResult
from synthstudio.core.provenance.release_info import ReleaseOptions
from synthstudio.core.provenance.signing import SigningError, SigningIdentity
from synthstudio.core.provenance.verify_any import Verification, verify_any
from synthstudio.gui.wizards.import_wizard import TABLE_FILTER

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

Work = Callable[[ProgressFn, CancelToken], Any]
NOT_EVALUATED = "not_evaluated"
FORMAT_NAMES = {"csv": "CSV", "excel": "Excel", "parquet": "Parquet"}
MANIFEST_NAME = "manifest.json"
SIDECAR_SUFFIX = ".json"
# Everything a folder of loose files may hold that the verifier can check: tables and PDFs.
CHECKABLE_SUFFIXES = frozenset(pattern.lstrip("*").lower() for pattern in TABLE_FILTER.split()) | {".pdf"}


# -- release ---------------------------------------------------------------------------------------

@dataclass(eq=False)
class ReleasableResult:
    """A finished run the release wizard can release.

    ``gate`` is the release-gate status: ``pass``, ``warn``, ``fail`` or ``not_evaluated``.
    ``evaluation`` is the evaluation report as a dict (``EvaluationReport.to_dict()`` or the
    datasheet's own form); ``charts`` are the datasheet charts (``report.pdf.Chart``).
    """

    title: str
    synthetic: pd.DataFrame
    record: dict[str, Any]
    evaluation: dict[str, Any] | None = None
    gate: str = NOT_EVALUATED
    charts: Sequence[Any] = ()

    @classmethod
    def from_run(cls, title: str, synthetic: pd.DataFrame, record: Mapping[str, Any],
                 evaluation: Mapping[str, Any] | None = None, charts: Sequence[Any] = ()) -> "ReleasableResult":
        """Take the gate status from the evaluation (``gate.overall`` or ``gate.verdict``)."""
        gate = dict((evaluation or {}).get("gate") or {})
        status = str(gate.get("overall") or gate.get("verdict") or NOT_EVALUATED).lower()
        return cls(title, synthetic, dict(record), dict(evaluation) if evaluation else None, status, tuple(charts))

    @property
    def failed_metrics(self) -> list[str]:
        return [str(key) for key in ((self.evaluation or {}).get("gate") or {}).get("failed", [])]

    @property
    def input_format(self) -> str:
        return str(self.record.get("input", {}).get("format") or "")

    @property
    def input_stem(self) -> str:
        return Path(str(self.record.get("input", {}).get("name") or "synthetic")).stem


@dataclass
class ReleaseOutcome:
    result: ReleasableResult
    release: ReleaseResult
    identity: SigningIdentity


def stored_identity() -> SigningIdentity | None:
    """The signing identity kept on this computer, or None (none yet, or unreadable)."""
    if not SigningIdentity.exists():
        return None
    try:
        return SigningIdentity.load()
    except SigningError:
        return None


def datasheet_content(result: ReleasableResult, justification: str) -> tuple[dict[str, Any] | None, list]:
    """The evaluation as the datasheet reads it (gate verdict and written justification laid over),
    and its charts with the record's fairness charts: the same core adapters ``synthstudio release`` uses."""
    from synthstudio.core.report.evaluation_content import datasheet_evaluation, evaluation_charts, fairness_charts

    fairness = fairness_charts(result.record.get("fairness"))
    if not result.evaluation:
        return None, list(result.charts) + fairness
    from synthstudio.core.evaluation import PASS, EvaluationReport

    report = EvaluationReport.from_dict(result.evaluation)
    if justification and report.gate.overall != PASS:
        report = report.justified(justification)
    return datasheet_evaluation(report), (list(result.charts) or evaluation_charts(report, result.title)) + fairness


def release_result(result: ReleasableResult, folder: Path, options: ReleaseOptions) -> Work:
    """Release one result into ``folder``: sign with the organisation's identity, made on first use."""

    def work(progress: ProgressFn, cancel: CancelToken) -> ReleaseOutcome:
        from synthstudio.core.provenance.release import release_data
        from synthstudio.core.provenance.signing import ensure_identity
        from synthstudio.core.provenance.watermark import load_organisation_key
        from synthstudio.core.report.writer import datasheet_writer

        identity = ensure_identity(options.organisation)
        evaluation, charts = datasheet_content(result, options.gate_justification)
        writer = datasheet_writer(identity, evaluation, result.record.get("fairness"), charts=charts)
        release = release_data(result.synthetic, result.record, folder, options, signing_identity=identity,
                               organisation_key=load_organisation_key(), datasheet=writer,
                               progress=progress, cancel=cancel)
        return ReleaseOutcome(result, release, identity)

    return work


# -- verification ----------------------------------------------------------------------------------

@dataclass
class Unverifiable:
    """A path that could not be checked, and why (in the core's plain words)."""

    path: Path
    error: SynthStudioError


Verified = Union[Verification, Unverifiable]


def verification_targets(paths: Iterable[str | Path]) -> list[Path]:
    """What to check for each chosen path.

    A manifest or its signature stands for its release folder; a description file (sidecar)
    for the data file it describes; a folder without a manifest for the tables and PDFs in it
    and the release folders just below it (several results released at once).
    """
    targets: list[Path] = []
    for path in map(Path, paths):
        if path.name in (MANIFEST_NAME, MANIFEST_NAME + SIGNATURE_SUFFIX):
            targets.append(path.parent)
        elif path.suffix.lower() == SIDECAR_SUFFIX and path.with_suffix("").is_file():
            targets.append(path.with_suffix(""))
        elif path.is_dir() and not (path / MANIFEST_NAME).is_file():
            targets += sorted(child for child in path.iterdir() if not child.name.startswith(".") and (
                (child.is_file() and child.suffix.lower() in CHECKABLE_SUFFIXES)
                or (child / MANIFEST_NAME).is_file()))
        else:
            targets.append(path)
    return list(dict.fromkeys(targets))


def trusted_certificates() -> list[Any]:
    """This computer's own signing certificate: a release signed here is signed by someone we know."""
    identity = stored_identity()
    return [identity.certificate] if identity else []


def check_path(path: Path, organisation_key: Any = None, trusted: Sequence[Any] = (),
               progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> Verified:
    """The core's verification of ``path``, or why it could not be checked."""
    try:
        return verify_any(path, organisation_key=organisation_key, trusted=trusted, progress=progress,
                          cancel=cancel)
    except Cancelled:
        raise
    except SynthStudioError as error:
        return Unverifiable(path, error)
    except Exception as error:  # one unreadable file must not hide the answers for the others
        return Unverifiable(path, SynthStudioError(
            translate("ProvenanceTasks", "{0} could not be checked: {1}").format(
                path.name, str(error) or type(error).__name__),
            translate("ProvenanceTasks", "Check that the file is complete and not open in another program."),
            details="".join(traceback.format_exception(type(error), error, error.__traceback__))))


def verify_paths(paths: Iterable[str | Path]) -> Work:
    """Check each chosen path (files, release folders, manifests, PDFs), one result per target."""
    chosen = list(paths)

    def work(progress: ProgressFn, cancel: CancelToken) -> list[tuple[Path, Verified]]:
        from synthstudio.core.provenance.watermark import load_organisation_key

        # pyHanko logs a traceback for every self-signed certificate; the verdicts say it plainly.
        for name in ("pyhanko", "pyhanko_certvalidator"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
        organisation_key, trusted = load_organisation_key(), trusted_certificates()
        targets = verification_targets(chosen)
        results = []
        for position, target in enumerate(targets):
            message = translate("ProvenanceTasks", "Checking {0}").format(target.name)
            step = sub_progress(progress, position / len(targets), (position + 1) / len(targets))
            step(0.0, message)
            # The core's own (untranslated) step messages are replaced by this one.
            results.append((target, check_path(target, organisation_key, trusted,
                                               lambda fraction, _message: step(fraction, message), cancel)))
        progress(1.0, translate("ProvenanceTasks", "Checked {0} item(s)").format(len(results)))
        return results

    return work
