"""Verify whatever path someone hands over: a release folder, a signed PDF datasheet, or a data file.

The one place that decides how a path is checked, for ``synthstudio verify`` and the verify dialog
alike. A release folder is checked against its manifest (every data file with its watermark, the
fingerprint of every other listed file) and each PDF datasheet in it by its signature, so a
datasheet edited along with the manifest (which then no longer carries a valid signature) is still
caught. A PDF gets its signatures checked; any other file is checked as a data file.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Union

from synthstudio.core.errors import BadInputError
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress, sub_progress
from synthstudio.core.provenance.verify_data import (DataVerification, ReleaseVerification, verify_data_file,
                                                     verify_release)
from synthstudio.core.provenance.watermark import WatermarkKey
from synthstudio.core.report.verify_pdf import PdfCheck, verify_pdf

# Share of a folder's progress bar for the manifest and data files; the datasheets have the rest.
_LISTED_FILES_SHARE = 0.9


@dataclass
class ReleaseFolderCheck:
    """A release folder against its manifest, and the signature of each PDF datasheet it lists."""

    release: ReleaseVerification
    datasheets: list[PdfCheck] = field(default_factory=list)

    @property
    def altered(self) -> bool:
        return self.release.altered or any(sheet.altered for sheet in self.datasheets)

    @property
    def verdict(self) -> str:
        broken = [sheet.path.name for sheet in self.datasheets if sheet.altered]
        if not broken:
            return self.release.verdict
        return (f"{self.release.verdict} The signature of the datasheet {', '.join(broken)} does not hold: "
                "the document is not the one that was signed.")

    def to_dict(self) -> dict[str, Any]:
        return {**self.release.to_dict(), "altered": self.altered, "verdict": self.verdict,
                "datasheets": [sheet.to_dict() for sheet in self.datasheets]}


Verification = Union[ReleaseFolderCheck, PdfCheck, DataVerification]


def verify_any(path: str | Path, *, organisation_key: WatermarkKey | None = None, trusted: Iterable[Any] = (),
               progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> Verification:
    """Check one path; each result has ``altered``, ``verdict`` and ``to_dict()``.

    ``trusted`` are the signer certificates the person trusts; ``organisation_key`` is their own
    watermark key, if they have one. Raises :class:`BadInputError` when nothing is at ``path``.
    """
    path = Path(path)
    progress = progress or no_progress
    trusted = list(trusted)
    check_cancel(cancel)
    if path.is_dir():
        return verify_release_folder(path, organisation_key=organisation_key, trusted=trusted,
                                     progress=progress, cancel=cancel)
    if not path.is_file():
        raise BadInputError(f"There is no file or folder at {path}.", "Check the path and try again.",
                            code="not_found")
    progress(0.0, f"Checking {path.name}")
    if path.suffix.lower() == ".pdf":
        return verify_pdf(path, trusted)
    return verify_data_file(path, organisation_key=organisation_key, trusted=trusted)


def verify_release_folder(folder: Path, *, organisation_key: WatermarkKey | None = None,
                          trusted: Iterable[Any] = (), progress: ProgressFn | None = None,
                          cancel: CancelToken | None = None) -> ReleaseFolderCheck:
    """The release against its manifest, then the signature of each PDF the manifest lists."""
    progress = progress or no_progress
    trusted = list(trusted)
    release = verify_release(folder, organisation_key=organisation_key, trusted=trusted,
                             progress=sub_progress(progress, 0.0, _LISTED_FILES_SHARE), cancel=cancel)
    # other_files holds only the listed files that are present; missing ones are already reported.
    pdfs = [folder / name for name in release.other_files if name.lower().endswith(".pdf")]
    datasheets = []
    for position, pdf in enumerate(pdfs):
        progress(_LISTED_FILES_SHARE + (1 - _LISTED_FILES_SHARE) * position / len(pdfs),
                 f"Checking the signature of {pdf.name}")
        check_cancel(cancel)
        datasheets.append(verify_pdf(pdf, trusted))
    return ReleaseFolderCheck(release, datasheets)
