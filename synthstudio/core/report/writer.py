"""The release's datasheet step: build, lay out and sign the datasheet PDF in one call.

:func:`synthstudio.core.provenance.release.release_data` takes a ``DatasheetWriter`` (a callable
``(summary, path, *, progress, cancel)``); :func:`datasheet_writer` makes one from the parts the
release does not hold itself: the signing identity, the evaluation, the fairness summary and the
charts.

The run record (and the evaluation, when there is one) is embedded in the signed PDF. The
manifest is not: it lists the datasheet's own hash, so it can only be written after the
datasheet, and it carries its own detached signature.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Sequence

from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress
from synthstudio.core.provenance.release import DatasheetWriter
from synthstudio.core.provenance.signing import SigningIdentity
from synthstudio.core.report.datasheet import Datasheet
from synthstudio.core.report.pdf import Chart, render_datasheet
from synthstudio.core.report.sign_pdf import sign_pdf


def datasheet_writer(identity: SigningIdentity, evaluation: Mapping[str, Any] | None = None,
                     fairness: Mapping[str, Any] | None = None,
                     charts: Sequence[Chart] = ()) -> DatasheetWriter:
    """A writer for ``release(..., datasheet=...)``: ``write(summary, path, progress=, cancel=)``.

    ``summary`` needs ``record`` (the run record) and ``datasheet_release()`` (the ``release``
    mapping of :mod:`synthstudio.core.report.datasheet`), as ``ReleaseSummary`` has. ``cancel``
    is checked throughout the layout and before signing; the unsigned draft is always removed,
    and ``path`` is written (atomically) only by the signing step, so a cancel leaves no file.
    """
    def write(summary: Any, path: Path, *, progress: ProgressFn = no_progress,
              cancel: CancelToken | None = None) -> None:
        release = {"signer_fingerprint": identity.fingerprint, **summary.datasheet_release()}
        sheet = Datasheet.from_run(summary.record, evaluation, fairness, release)
        attachments = {"run-record.json": _json(summary.record)}
        if evaluation:
            attachments["evaluation.json"] = _json(evaluation)
        unsigned = path.with_name(f".{path.stem}.unsigned.pdf")
        try:
            check_cancel(cancel)
            progress(0.0, "Laying out the datasheet")
            render_datasheet(sheet, charts, unsigned, overwrite=True, cancel=cancel)
            check_cancel(cancel)
            progress(0.9, "Signing the datasheet")
            sign_pdf(unsigned, path, identity, attachments)
        finally:
            unsigned.unlink(missing_ok=True)

    return write


def _json(data: Mapping[str, Any]) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str).encode("utf-8")
