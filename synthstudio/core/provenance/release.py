"""Release synthetic data: watermarked files with metadata, sidecars, datasheet and manifest.

:func:`release_data` is the one way data leaves SynthStudio. In order:

1. check every target name first: nothing existing is replaced unless ``overwrite`` is set;
2. plan the carrier columns and mark the values (SDW-1), one dataset ID for the release;
3. write each chosen format into a private staging folder inside the target folder (each file
   atomically), hash it, and read it back to measure the watermark as a recipient will see it;
4. let the datasheet writer (the report package) make the signed PDF, which lists the data files;
5. write one JSON-LD sidecar per data file (with the datasheet's hash), then ``manifest.json``
   listing everything, signed as ``manifest.json.p7s`` when a signing identity is given;
6. move the files into place, the manifest last, and record the dataset in the registry.

If anything fails or is cancelled, the staging folder is removed and files already moved are
taken back, so a release is either complete or absent.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Mapping, Protocol

import pandas as pd

from synthstudio.core.errors import BadInputError
from synthstudio.core.fileio import file_sha256
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress, sub_progress
from synthstudio.core.provenance.carriers import plan_carriers
from synthstudio.core.provenance.exporters import column_digests, export_table, media_type, read_exported_table
from synthstudio.core.provenance.file_metadata import FileMetadata, synthetic_file_name
from synthstudio.core.provenance.manifest import SIGNATURE_SUFFIX, build_manifest, manifest_bytes, write_bytes
from synthstudio.core.provenance.registry import Registry, RegistryEntry
from synthstudio.core.provenance.release_info import (
    RELEASE_FORMATS, ReleasedFile, ReleaseOptions, ReleaseSummary)
from synthstudio.core.provenance.sidecar import build_sidecar, sidecar_bytes, sidecar_name
from synthstudio.core.provenance.watermark import (
    Z_WATERMARKED, MarkedTable, WatermarkKey, detect_watermark, embed_watermark, format_dataset_id)
from synthstudio.core.schema import Schema

_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


class DatasheetWriter(Protocol):
    """Writes the signed datasheet PDF for a release at ``path`` (see report/writer.py).

    It receives the summary with the data files already written and hashed;
    ``summary.datasheet_release()`` is the mapping ``report.datasheet.build_datasheet`` takes as
    ``release``. Rendering and signing take seconds, so it reports ``progress`` and checks
    ``cancel`` between its steps.
    """

    def __call__(self, summary: ReleaseSummary, path: Path, *, progress: ProgressFn,
                 cancel: CancelToken | None) -> None: ...


@dataclass
class ReleaseResult:
    folder: Path
    dataset_id: str
    summary: ReleaseSummary
    paths: list[Path] = field(default_factory=list)          # every file written, manifest last
    manifest_path: Path | None = None
    signature_path: Path | None = None
    warnings: list[str] = field(default_factory=list)


def derive_dataset_id(tables: Mapping[str, pd.DataFrame], record: Mapping[str, Any]) -> int:
    """A 64-bit ID from the run and the data: the same release of the same run gets the same ID."""
    digest = hashlib.sha256(b"SynthStudio dataset ID v1\x00")
    digest.update(json.dumps({"source": record.get("input", {}).get("sha256"),
                              "generator": record.get("generator", {}).get("key"),
                              "seed": record.get("seed"), "created": record.get("created")},
                             sort_keys=True, default=str).encode())
    for name in sorted(tables):
        frame = tables[name]
        digest.update(name.encode() + b"\x00" + "\x1f".join(map(str, frame.columns)).encode())
        digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return int.from_bytes(digest.digest()[:8], "big")


def _base_name(options: ReleaseOptions, record: Mapping[str, Any]) -> str:
    name = options.name or Path(str(record.get("input", {}).get("name") or "synthetic")).stem
    name = _UNSAFE_NAME.sub("_", name).strip(" .")
    if not name:
        raise BadInputError("The file name for the release is empty.",
                            "Type a name made of letters, digits, dashes or underscores.", code="bad_name")
    return name


def _check_options(options: ReleaseOptions) -> None:
    unknown = [f for f in options.formats if f not in RELEASE_FORMATS]
    if unknown or not options.formats:
        raise BadInputError(f"SynthStudio cannot release the format(s): {', '.join(unknown) or 'none chosen'}.",
                            f"Choose one or more of: {', '.join(RELEASE_FORMATS)}.", code="unknown_format")


def _refuse_existing(folder: Path, names: list[str]) -> None:
    existing = [name for name in names if (folder / name).exists()]
    if existing:
        raise BadInputError(
            f"The folder {folder} already holds files of this release: {', '.join(existing)}.",
            "Choose an empty folder, or confirm that these files may be replaced.", code="file_exists")


def _move_into_place(source: Path, target: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(source, target)
        return
    try:
        os.link(source, target)  # fails if target exists: no window in which another file is replaced
        source.unlink()
    except FileExistsError:
        raise BadInputError(f"A file named '{target.name}' appeared in {target.parent} during the release.",
                            "Choose an empty folder and release again.", code="file_exists") from None
    except OSError:  # file systems without hard links
        if target.exists():
            raise BadInputError(f"A file named '{target.name}' appeared in {target.parent} during the release.",
                                "Choose an empty folder and release again.", code="file_exists") from None
        os.replace(source, target)


def _file_metadata(summary: ReleaseSummary, marked: MarkedTable) -> FileMetadata:
    generator = summary.generator
    return FileMetadata(
        dataset_id=summary.dataset_id, title=summary.title, generator=str(generator.get("name", "")),
        generator_key=str(generator.get("key", "")), generator_library=str(generator.get("library", "")),
        software=summary.software, created=summary.created, synthetic_fraction=summary.synthetic_fraction,
        source_sha256=summary.source_sha256, generation_depth=summary.generation_depth,
        parents=list(summary.parents), organisation=summary.options.organisation,
        contact=summary.options.contact, licence=summary.options.licence,
        watermark={key: value for key, value in marked.summary().items() if key != "dataset_id"},
        manifest=summary.manifest_name)


def _about_extra(options: ReleaseOptions) -> list[tuple[str, str]]:
    return [(label, text) for label, text in (
        ("Intended uses", "; ".join(options.intended_uses)),
        ("Prohibited uses", "; ".join(options.prohibited_uses)),
        ("Notes", options.notes)) if text]


def _watermark_summary(marked: dict[str, MarkedTable]) -> dict[str, Any]:
    """One account of the mark over all tables of the release, for the manifest and sidecars."""
    tables = list(marked.values())
    first = tables[0].summary()
    values = sum(t.distinct_values for t in tables)
    green_rate = sum(t.green_rate * t.distinct_values for t in tables) / values if values else 0.0
    return {
        "scheme": first["scheme"], "keys": first["keys"], "organisation_lane": first["organisation_lane"],
        "columns": {col: d for t in tables for col, d in t.plan.carrier_decimals().items()},
        "skipped_columns": {col: why for t in tables for col, why in t.plan.skipped.items()},
        "carrier_cells": sum(t.carrier_cells for t in tables),
        "changed_cells": sum(t.changed_cells for t in tables),
        "distinct_values": values, "green_rate": round(green_rate, 4),
    }


def _check_tables(tables: Mapping[str, pd.DataFrame]) -> None:
    if not tables or any(frame.empty for frame in tables.values()):
        raise BadInputError("There is no synthetic data to release.", "Generate synthetic rows first.",
                            code="empty_release")
    for table, frame in tables.items():
        duplicated = sorted({str(c) for c in frame.columns[frame.columns.duplicated()]})
        if duplicated:
            raise BadInputError(f"The table {table} has several columns named {', '.join(duplicated)}.",
                                "Rename the columns so that each name is used once, then release again.",
                                code="duplicate_columns")


def _mark_tables(tables: Mapping[str, pd.DataFrame], schema: Schema | None, dataset_number: int,
                 organisation_key: WatermarkKey | None, cancel: CancelToken | None,
                 warnings: list[str]) -> dict[str, MarkedTable]:
    marked = {}
    for table, frame in tables.items():
        check_cancel(cancel)
        plan = plan_carriers(frame, schema.subset(frame.columns) if schema else None)
        marked[table] = embed_watermark(frame, plan, dataset_number, organisation_key, cancel)
        if not plan.carriers:
            warnings.append(f"No column of {table} can carry the value watermark (no decimal or large whole "
                            "numbers that are quantities); the release is marked by its metadata only.")
    return marked


@dataclass
class _Plan:
    """The file names of one release, decided before anything is written."""

    data: dict[tuple[str, str], str]      # (table, format) -> data file name
    datasheet: str | None
    manifest: str = "manifest.json"

    @property
    def signature(self) -> str:
        return self.manifest + SIGNATURE_SUFFIX

    def all_names(self) -> list[str]:
        names = list(self.data.values()) + [sidecar_name(n) for n in self.data.values()]
        return names + [n for n in (self.datasheet, self.manifest, self.signature) if n]


def _write_release(staging: Path, plan: _Plan, marked: dict[str, MarkedTable], summary: ReleaseSummary,
                   datasheet: DatasheetWriter | None, signing_identity: Any, progress: ProgressFn,
                   cancel: CancelToken | None, warnings: list[str]) -> list[str]:
    """Write every file of the release into ``staging``; return their names, manifest last."""
    options = summary.options
    for step, ((table, fmt), name) in enumerate(plan.data.items()):
        check_cancel(cancel)
        progress(0.05 + 0.6 * step / len(plan.data), f"Writing {name}")
        summary.files.append(_write_data_file(marked[table], staging / name, fmt, summary, options))
    if summary.watermark["columns"] and any(f.watermark_z < Z_WATERMARKED for f in summary.data_files):
        warnings.append("The watermark is weak in at least one file (fewer than about 35 distinct marked "
                        "numbers): recipients can rely on its metadata and manifest, not on the values.")
    datasheet_file = None
    if datasheet is not None:
        check_cancel(cancel)
        progress(0.7, "Writing the datasheet")
        datasheet(summary, staging / plan.datasheet, progress=sub_progress(progress, 0.7, 0.9), cancel=cancel)
        datasheet_file = _released(staging / plan.datasheet, "datasheet", "pdf", "application/pdf")
    check_cancel(cancel)
    progress(0.9, "Writing the descriptions and the manifest")
    for data_file in list(summary.data_files):
        name = sidecar_name(data_file.name)
        write_bytes(staging / name, sidecar_bytes(build_sidecar(summary, data_file, datasheet_file)))
        summary.files.append(_released(staging / name, "sidecar", "json-ld", "application/ld+json",
                                       describes=data_file.name))
    if datasheet_file is not None:
        summary.files.append(datasheet_file)
    manifest_data = manifest_bytes(build_manifest(summary))
    write_bytes(staging / plan.manifest, manifest_data)
    names = [f.name for f in summary.files] + [plan.manifest]
    if signing_identity is not None:
        from synthstudio.core.provenance.signing import sign_detached

        write_bytes(staging / plan.signature, sign_detached(manifest_data, signing_identity))
        names.append(plan.signature)
    else:
        warnings.append("The manifest is not signed: no signing identity was given.")
    return names


def _publish(staging: Path, folder: Path, names: list[str], plan: _Plan, overwrite: bool,
             warnings: list[str]) -> list[Path]:
    """Move the staged files into ``folder`` in order; on failure take back the ones already moved."""
    moved: list[Path] = []
    try:
        for name in names:
            _move_into_place(staging / name, folder / name, overwrite)
            moved.append(folder / name)
    except BaseException:
        if not overwrite:  # only what this release put in place; never anything else
            for path in moved:
                path.unlink(missing_ok=True)
        raise
    stale_signature = folder / plan.signature
    if plan.signature not in names and overwrite and stale_signature.exists():
        # The replaced release's signature would make the new manifest look tampered with.
        stale_signature.unlink()
        warnings.append(f"The previous {stale_signature.name} was removed: it signed the replaced manifest.")
    return moved


def release_data(synthetic: pd.DataFrame | Mapping[str, pd.DataFrame], record: Mapping[str, Any],
                 out_dir: str | Path, options: ReleaseOptions | None = None, *,
                 schema: Schema | None = None, organisation_key: WatermarkKey | None = None,
                 signing_identity: Any = None, datasheet: DatasheetWriter | None = None,
                 registry: Registry | None = None, progress: ProgressFn | None = None,
                 cancel: CancelToken | None = None) -> ReleaseResult:
    """Release ``synthetic`` (one table, or several named tables of one dataset) into ``out_dir``.

    ``record`` is the run record (``SynthesisResult.record``; its ``lineage`` entry, set by the
    model-collapse guard, gives parents and generation depth). ``signing_identity`` is a
    ``signing.SigningIdentity``; without one the manifest is left unsigned and a warning says so.
    ``datasheet`` writes the signed PDF (see :data:`DatasheetWriter`).
    """
    progress = progress or no_progress
    options = options or ReleaseOptions()
    _check_options(options)
    record = dict(record)
    schema = schema or (Schema.from_dict(record["schema"]) if record.get("schema") else None)
    folder = Path(out_dir)
    base = _base_name(options, record)
    tables = {base: synthetic} if isinstance(synthetic, pd.DataFrame) else {
        f"{base}-{_UNSAFE_NAME.sub('_', str(key))}": frame for key, frame in synthetic.items()}
    _check_tables(tables)
    plan = _Plan(data={(table, fmt): synthetic_file_name(table, fmt) for table in tables for fmt in options.formats},
                 datasheet=f"{base}.SYNTHETIC.datasheet.pdf" if datasheet else None)
    with _new_folder_removed_on_failure(folder):
        if not options.overwrite:
            _refuse_existing(folder, plan.all_names())

        lineage = record.get("lineage") or {}
        dataset_number = derive_dataset_id(tables, record)
        summary = ReleaseSummary(
            dataset_id=format_dataset_id(dataset_number),
            title=options.title or Path(str(record.get("input", {}).get("name") or base)).stem,
            created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            folder=folder, options=options, record=record, watermark={},
            parents=list(lineage.get("parents", [])), generation_depth=int(lineage.get("generation_depth", 1)))
        warnings: list[str] = []
        progress(0.0, "Marking the values")
        marked = _mark_tables(tables, schema, dataset_number, organisation_key, cancel, warnings)
        summary.watermark = _watermark_summary(marked)

        staging = folder / f".synthstudio-release-{secrets.token_hex(6)}"
        staging.mkdir()
        try:
            names = _write_release(staging, plan, marked, summary, datasheet, signing_identity, progress, cancel,
                                   warnings)
            check_cancel(cancel)
            moved = _publish(staging, folder, names, plan, options.overwrite, warnings)
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    (registry or Registry()).record(RegistryEntry(
        dataset_id=summary.dataset_id, created=summary.created, source_sha256=summary.source_sha256,
        generator=str(summary.generator.get("name") or summary.generator.get("key") or ""),
        generation_depth=summary.generation_depth, parents=list(summary.parents), title=summary.title,
        folder=str(folder)))
    progress(1.0, f"Released {summary.dataset_id}")
    return ReleaseResult(folder=folder, dataset_id=summary.dataset_id, summary=summary, paths=moved,
                         manifest_path=folder / plan.manifest,
                         signature_path=folder / plan.signature if plan.signature in names else None,
                         warnings=warnings)


@contextlib.contextmanager
def _new_folder_removed_on_failure(folder: Path) -> Iterator[None]:
    """Create ``folder`` if needed; if this release created it and then fails or is cancelled,
    remove it again (it is empty: files are only moved in at the end), so nothing is left behind."""
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        yield
    except BaseException:
        if created and not any(folder.iterdir()):
            folder.rmdir()
        raise


def _released(path: Path, role: str, file_format: str, media: str, describes: str | None = None) -> ReleasedFile:
    return ReleasedFile(name=path.name, role=role, size=path.stat().st_size, sha256=file_sha256(path),
                        file_format=file_format, media_type=media, describes=describes)


def _write_data_file(marked: MarkedTable, path: Path, file_format: str, summary: ReleaseSummary,
                     options: ReleaseOptions) -> ReleasedFile:
    export_table(marked.frame, marked.plan.decimals, path, file_format, _file_metadata(summary, marked),
                 about_extra=_about_extra(options), csv_comment_header=options.csv_comment_header)
    entry = _released(path, "data", file_format, media_type(file_format))
    # Read the file back once, as a recipient will: for the column fingerprints and the mark's strength.
    text = read_exported_table(path, as_text=True)
    entry.rows, entry.column_sha256 = len(text), column_digests(text)
    entry.columns = len(entry.column_sha256)
    detection = detect_watermark(text, columns=marked.plan.carrier_decimals(),
                                 organisation_lane=len(marked.keys) > 1)
    entry.watermark_z = detection.public.z
    return entry
