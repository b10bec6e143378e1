"""What a data file and the files around it say about its origin, and what its values say.

Three places can describe a file: metadata embedded in it (Parquet, Excel, SPSS notes, a Stata
label, a CSV comment header), its JSON-LD sidecar ``<file>.json``, and a release
``manifest.json`` in its folder that lists it. Any of them may be missing (a CSV copied alone
keeps none). The values themselves carry the SDW-1 watermark; the descriptions tell the detector
which columns to read and the green rate to use, and the values in turn confirm (or contradict)
the dataset ID they claim.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from synthstudio.core.provenance.file_metadata import FileMetadata, read_file_metadata
from synthstudio.core.provenance.manifest import find_manifest, manifest_entry
from synthstudio.core.provenance.release_info import ReleasedFile
from synthstudio.core.provenance.sidecar import read_sidecar
from synthstudio.core.provenance.watermark import Detection, WatermarkKey, Z_WATERMARKED, detect_watermark


def _sidecar_property(sidecar: dict[str, Any], name: str) -> Any:
    for entry in sidecar.get("additionalProperty", []):
        if isinstance(entry, dict) and entry.get("name") == name:
            return entry.get("value")
    return None


@dataclass
class Provenance:
    """The descriptions found for one data file."""

    path: Path
    metadata: FileMetadata | None = None
    sidecar: dict[str, Any] | None = None
    manifest_path: Path | None = None
    manifest: dict[str, Any] | None = None
    entry: ReleasedFile | None = None         # this file's line in the manifest

    @property
    def sources(self) -> list[str]:
        found = []
        if self.metadata:
            found.append("metadata inside the file")
        if self.sidecar:
            found.append(f"description file {self.path.name}.json")
        if self.manifest:
            found.append(f"release manifest {self.manifest_path.name}")
        return found

    @property
    def says_synthetic(self) -> bool:
        return bool(self.metadata or self.sidecar or self.manifest)

    @property
    def dataset_id(self) -> str | None:
        if self.metadata:
            return self.metadata.dataset_id
        if self.manifest:
            return self.manifest.get("dataset_id")
        if self.sidecar:
            return self.sidecar.get("identifier")
        return None

    @property
    def watermark(self) -> dict[str, Any]:
        if self.metadata and self.metadata.watermark:
            return self.metadata.watermark
        if self.manifest:
            return self.manifest.get("watermark", {})
        if self.sidecar:
            columns = _sidecar_property(self.sidecar, "watermark columns")
            return {"columns": json.loads(columns) if isinstance(columns, str) else {},
                    "green_rate": _sidecar_property(self.sidecar, "watermark green rate")}
        return {}

    @property
    def generation_depth(self) -> int | None:
        if self.metadata:
            return self.metadata.generation_depth
        if self.manifest:
            return self.manifest.get("lineage", {}).get("generation_depth")
        if self.sidecar:
            return _sidecar_property(self.sidecar, "generation depth")
        return None

    @property
    def synthetic_fraction(self) -> float | None:
        if self.metadata:
            return self.metadata.synthetic_fraction
        if self.sidecar:
            return _sidecar_property(self.sidecar, "synthetic fraction")
        if self.manifest:
            fraction = self.manifest.get("synthetic_fraction", {})
            return fraction.get("rows") if isinstance(fraction, dict) else fraction
        return None


def find_provenance(path: str | Path) -> Provenance:
    path = Path(path)
    found = Provenance(path, metadata=read_file_metadata(path), sidecar=read_sidecar(path))
    located = find_manifest(path)
    if located:
        found.manifest_path, found.manifest = located
        found.entry = manifest_entry(found.manifest, path.name)
    return found


@dataclass
class ValueEvidence:
    """The watermark test of a table, read with what its descriptions say."""

    detection: Detection
    claimed_id: str | None = None
    id_match: float | None = None             # z that the values vouch for the claimed ID
    notes: list[str] = field(default_factory=list)

    @property
    def dataset_id(self) -> str | None:
        """The ID the values confirm: read from them, or the claimed one if they vouch for it."""
        if self.detection.dataset_id:
            return self.detection.dataset_id
        if self.claimed_id and self.id_match is not None and self.id_match >= Z_WATERMARKED:
            return self.claimed_id
        return None


def examine_values(frame: pd.DataFrame, provenance: Provenance | None = None,
                   organisation_key: WatermarkKey | None = None) -> ValueEvidence:
    watermark = provenance.watermark if provenance else {}
    listed = {name: int(d) for name, d in (watermark.get("columns") or {}).items() if name in frame.columns}
    detection = detect_watermark(frame, columns=listed or None, organisation_key=organisation_key,
                                 organisation_lane=watermark.get("organisation_lane"),
                                 green_rate=watermark.get("green_rate"))
    evidence = ValueEvidence(detection, claimed_id=provenance.dataset_id if provenance else None)
    if watermark.get("columns") and not listed:
        evidence.notes.append("None of the columns the metadata names as watermarked is in the table "
                              "(renamed or removed?); every numeric column was read instead.")
    if evidence.claimed_id and detection.public.values:
        evidence.id_match = detection.public.id_match(evidence.claimed_id)
        if detection.organisation is not None and detection.organisation.values:
            evidence.id_match = max(evidence.id_match, detection.organisation.id_match(evidence.claimed_id))
    return evidence
