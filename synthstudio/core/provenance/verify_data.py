"""Verify released data files: unchanged since release? synthetic? from which dataset?

For one data file: its fingerprint against the release manifest (and, if it changed, which
columns and how many rows), the manifest's own signature, the metadata found in and around the
file, and the value watermark (z-score, dataset ID, estimated synthetic share). For a release
folder: every file the manifest lists, plus files that should not be there. Each result ends in
one plain-language verdict.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pandas as pd

from synthstudio.core.errors import BadInputError
from synthstudio.core.fileio import file_sha256
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress
from synthstudio.core.provenance.evidence import Provenance, ValueEvidence, examine_values, find_provenance
from synthstudio.core.provenance.exporters import column_digests, read_exported_table
from synthstudio.core.provenance.file_metadata import format_of
from synthstudio.core.provenance.manifest import SIGNATURE_SUFFIX, read_manifest
from synthstudio.core.provenance.watermark import Z_LIKELY, WatermarkKey

@dataclass
class ManifestCheck:
    """The manifest's account of one file, and whether the manifest itself is signed and intact."""

    status: str = "no_manifest"              # match, changed, no_manifest
    manifest_path: Path | None = None
    changed_columns: list[str] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)
    rows_expected: int | None = None
    rows_found: int | None = None
    signature: str = "unsigned"              # intact_trusted, intact_self_signed, intact_untrusted,
    signature_verdict: str = ""              # broken, unreadable, unsigned
    signer: str = ""
    fingerprint: str = ""

    @property
    def signature_intact(self) -> bool:
        return self.signature.startswith("intact")


def check_manifest_signature(manifest_path: Path, trusted: Iterable[Any] = ()) -> tuple[str, str, str, str]:
    """``(code, verdict, signer organisation, certificate fingerprint)`` for ``manifest.json.p7s``."""
    signature_path = manifest_path.with_name(manifest_path.name + SIGNATURE_SUFFIX)
    if not signature_path.is_file():
        return "unsigned", "The manifest is not signed.", "", ""
    from synthstudio.core.provenance.signing import verify_detached

    check = verify_detached(manifest_path.read_bytes(), signature_path.read_bytes(), list(trusted))
    return check.code, check.verdict, check.organisation, check.fingerprint


def _compare_with_manifest(path: Path, provenance: Provenance, text: pd.DataFrame | None,
                           trusted: Iterable[Any]) -> ManifestCheck:
    if provenance.entry is None:
        return ManifestCheck()
    entry = provenance.entry
    check = ManifestCheck(manifest_path=provenance.manifest_path, rows_expected=entry.rows)
    check.signature, check.signature_verdict, check.signer, check.fingerprint = check_manifest_signature(
        provenance.manifest_path, trusted)
    if file_sha256(path) == entry.sha256 and path.stat().st_size == entry.size:
        check.status = "match"
        check.rows_found = entry.rows
        return check
    check.status = "changed"
    if text is not None:
        check.rows_found = len(text)
        found = column_digests(text)
        check.changed_columns = [name for name, digest in found.items()
                                 if name in entry.column_sha256 and entry.column_sha256[name] != digest]
        check.changed_columns += [name for name in found if name not in entry.column_sha256]
        check.missing_columns = [name for name in entry.column_sha256 if name not in found]
    return check


@dataclass
class DataVerification:
    """Everything verified about one data file, and one sentence for people."""

    path: Path
    file_format: str | None
    manifest: ManifestCheck
    provenance: Provenance
    values: ValueEvidence | None
    verdict: str = ""
    code: str = ""       # unchanged, changed, manifest_broken, synthetic_unlisted, watermark_only, no_evidence
    notes: list[str] = field(default_factory=list)

    @property
    def altered(self) -> bool:
        """The file, or the manifest vouching for it, is not as released."""
        return self.code in ("changed", "manifest_broken")

    @property
    def dataset_id(self) -> str | None:
        return (self.values.dataset_id if self.values else None) or self.provenance.dataset_id

    def to_dict(self) -> dict[str, Any]:
        detection = self.values.detection if self.values else None
        return {
            "path": str(self.path), "kind": "data", "format": self.file_format, "code": self.code,
            "altered": self.altered, "verdict": self.verdict, "dataset_id": self.dataset_id,
            "manifest": {"status": self.manifest.status,
                         "path": str(self.manifest.manifest_path) if self.manifest.manifest_path else None,
                         "changed_columns": self.manifest.changed_columns,
                         "missing_columns": self.manifest.missing_columns,
                         "rows_expected": self.manifest.rows_expected, "rows_found": self.manifest.rows_found,
                         "signature": self.manifest.signature, "signer": self.manifest.signer,
                         "fingerprint": self.manifest.fingerprint},
            "metadata_found": self.provenance.sources,
            "watermark": detection.to_dict() if detection else None,
            "id_match_z": None if not self.values or self.values.id_match is None else round(self.values.id_match, 2),
            "synthetic_share": None if not detection or detection.synthetic_share is None
            else round(detection.synthetic_share, 3),
            "notes": self.notes,
        }


def _load_values(path: Path, provenance: Provenance) -> tuple[pd.DataFrame | None, pd.DataFrame | None, list[str]]:
    """``(table, table as text, notes)``.

    A file with SynthStudio descriptions (and any Excel, Parquet, Stata or SPSS file) is read
    exactly as written, as text, which also gives the column fingerprints; any other file goes
    through the loader, which works out separators and encodings.
    """
    notes: list[str] = []
    if format_of(path) is not None and (provenance.says_synthetic or path.suffix.lower() != ".csv"):
        try:
            text = read_exported_table(path, as_text=True)
            return text, text, notes
        except (OSError, ValueError, KeyError, BadInputError) as exc:
            notes.append(f"The file could not be read as a table ({exc}).")
            return None, None, notes
    from synthstudio.core.dataset import load_dataset

    try:
        return load_dataset(path).frame, None, notes
    except BadInputError as exc:
        notes.append(exc.message)
        return None, None, notes


def _synthetic_sentence(values: ValueEvidence | None, provenance: Provenance) -> tuple[str, bool]:
    """``(sentence about origin, the values carry the mark)``."""
    if values is None:
        return ("Its values could not be read, so the watermark was not checked.", False)
    detection = values.detection
    z = detection.strongest.z
    dataset_id = values.dataset_id
    if detection.verdict == "watermarked":
        share = detection.synthetic_share
        mixed = share is not None and share < 0.9
        text = (f"Its numbers carry SynthStudio's watermark (z = {z:.1f}; 4 or more means watermarked)"
                + (f", which identifies dataset {dataset_id}" if dataset_id else "") + ". "
                + (f"About {share:.0%} of its distinct numbers look synthetic: it seems to be synthetic data "
                   "mixed with other data." if mixed else "It is synthetic data."))
        if detection.organisation is not None and detection.organisation.found:
            text += " The organisation's own key confirms the release is theirs."
        return text, True
    if detection.verdict == "likely":
        return (f"Its numbers show weak signs of SynthStudio's watermark (z = {z:.1f}, between 3 and 4): "
                "possibly a small part of synthetic data.", False)
    if detection.verdict == "too_few_values":
        return ("It has too few suitable numbers to test for the watermark.", False)
    if provenance.says_synthetic:
        return (f"The watermark was not found in its numbers (z = {z:.1f}): they may have been rounded or "
                "edited, but the descriptions found still say it is synthetic.", False)
    return (f"The watermark was not found (z = {z:.1f}, below 3).", False)


def _verdict(result: DataVerification) -> None:
    manifest = result.manifest
    name = result.path.name
    origin, marked = _synthetic_sentence(result.values, result.provenance)
    if manifest.status == "changed":
        what = []
        if manifest.changed_columns:
            what.append("changed column(s): " + ", ".join(manifest.changed_columns))
        if manifest.missing_columns:
            what.append("removed column(s): " + ", ".join(manifest.missing_columns))
        if manifest.rows_expected is not None and manifest.rows_found is not None \
                and manifest.rows_expected != manifest.rows_found:
            what.append(f"{manifest.rows_found:,} rows instead of {manifest.rows_expected:,}")
        detail = f" ({'; '.join(what)})" if what else ""
        result.code = "changed"
        result.verdict = (f"CHANGED: {name} is not the file that was released: its fingerprint differs from "
                          f"the one in {manifest.manifest_path.name}{detail}. {origin}")
    elif manifest.status == "match" and manifest.signature in ("broken", "unreadable"):
        result.code = "manifest_broken"
        result.verdict = (f"The manifest's signature is BROKEN, so the fingerprint it gives for {name} cannot be "
                          f"trusted. {origin}")
    elif manifest.status == "match":
        signed = (f" The manifest is signed by {manifest.signer} and intact." if manifest.signature_intact
                  else " The manifest is not signed, so this only shows the file matches the manifest next to it.")
        result.code = "unchanged"
        result.verdict = (f"{name} is unchanged since release {result.provenance.dataset_id}: its fingerprint "
                          f"matches the manifest.{signed} {origin}")
    elif result.provenance.says_synthetic:
        result.code = "synthetic_unlisted"
        result.verdict = (f"{name} describes itself as SynthStudio synthetic data "
                          f"({', '.join(result.provenance.sources)}), but no release manifest lists it, so "
                          f"whether it was changed cannot be checked. {origin}")
    elif marked:
        result.code = "watermark_only"
        result.verdict = f"{name} has no SynthStudio metadata or manifest. {origin}"
    else:
        result.code = "no_evidence"
        result.verdict = (f"No sign that {name} is SynthStudio synthetic data: no metadata, no manifest, "
                          f"and {origin[0].lower()}{origin[1:]}")


def verify_data_file(path: str | Path, *, organisation_key: WatermarkKey | None = None,
                     trusted: Iterable[Any] = ()) -> DataVerification:
    """Verify one released data file (CSV, Excel, Parquet, Stata, SPSS; others only for the watermark)."""
    path = Path(path)
    if not path.is_file():
        raise BadInputError(f"There is no file at {path}.", "Check the path and try again.", code="not_found")
    provenance = find_provenance(path)
    frame, text, notes = _load_values(path, provenance)
    values = examine_values(frame, provenance, organisation_key) if frame is not None else None
    result = DataVerification(path, format_of(path), _compare_with_manifest(path, provenance, text, trusted),
                              provenance, values, notes=notes + (values.notes if values else []))
    if values and values.claimed_id and values.id_match is not None and values.detection.verdict == "watermarked" \
            and values.id_match < Z_LIKELY:
        result.notes.append(f"The values do not confirm the dataset ID the metadata claims ({values.claimed_id}).")
    _verdict(result)
    return result


@dataclass
class ReleaseVerification:
    """A release folder checked against its manifest."""

    folder: Path
    manifest_path: Path
    dataset_id: str
    signature: str
    signature_verdict: str
    files: list[DataVerification] = field(default_factory=list)
    other_files: dict[str, str] = field(default_factory=dict)     # sidecar/datasheet -> match/changed/missing
    missing: list[str] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)
    verdict: str = ""

    @property
    def altered(self) -> bool:
        return (bool(self.missing) or self.signature in ("broken", "unreadable")
                or any(f.altered for f in self.files) or "changed" in self.other_files.values())

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.folder), "kind": "release", "dataset_id": self.dataset_id,
                "altered": self.altered, "verdict": self.verdict, "signature": self.signature,
                "signature_verdict": self.signature_verdict, "missing": self.missing, "unlisted": self.unlisted,
                "other_files": self.other_files, "files": [f.to_dict() for f in self.files]}


def verify_release(folder: str | Path, *, organisation_key: WatermarkKey | None = None,
                   trusted: Iterable[Any] = (), progress: ProgressFn | None = None,
                   cancel: CancelToken | None = None) -> ReleaseVerification:
    """Check every file a release folder's ``manifest.json`` lists, and look for files it does not list."""
    progress = progress or no_progress
    folder = Path(folder)
    manifest_path = folder / "manifest.json"
    manifest = read_manifest(manifest_path)
    if manifest is None:
        raise BadInputError(f"The folder {folder} has no SynthStudio release manifest (manifest.json).",
                            "Choose the folder a release was written to, or verify the data files one by one.",
                            code="no_manifest")
    trusted = list(trusted)
    code, verdict, _, _ = check_manifest_signature(manifest_path, trusted)
    result = ReleaseVerification(folder, manifest_path, str(manifest.get("dataset_id", "")), code, verdict)
    entries = manifest.get("files", [])
    listed = {entry["name"] for entry in entries}
    for position, entry in enumerate(entries):
        check_cancel(cancel)
        progress(position / len(entries), f"Checking {entry['name']}")
        path = folder / entry["name"]
        if not path.is_file():
            result.missing.append(entry["name"])
        elif entry.get("role") == "data":
            result.files.append(verify_data_file(path, organisation_key=organisation_key, trusted=trusted))
        else:
            result.other_files[entry["name"]] = "match" if file_sha256(path) == entry.get("sha256") else "changed"
    own = {manifest_path.name, manifest_path.name + SIGNATURE_SUFFIX}
    result.unlisted = sorted(p.name for p in folder.iterdir()
                             if p.is_file() and p.name not in listed | own and not p.name.startswith("."))
    changed = [f.path.name for f in result.files if f.altered]
    changed += [name for name, status in result.other_files.items() if status == "changed"]
    if result.altered:
        parts = []
        if code in ("broken", "unreadable"):
            parts.append("the manifest's signature is broken")
        if changed:
            parts.append("changed: " + ", ".join(changed))
        if result.missing:
            parts.append("missing: " + ", ".join(result.missing))
        result.verdict = f"Release {result.dataset_id} is NOT as released: {'; '.join(parts)}."
    else:
        signed = "signed and intact" if code.startswith("intact") else "not signed"
        result.verdict = (f"Release {result.dataset_id}: all {len(listed)} files match the manifest, which is "
                          f"{signed}.")
    if result.unlisted:
        result.verdict += f" Files not part of the release: {', '.join(result.unlisted)}."
    return result
