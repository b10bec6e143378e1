"""What a release is made of: the person's choices, the files written, and the facts they share.

:class:`ReleaseSummary` is the one description of a release that the sidecars, the manifest,
the registry and the datasheet writer all read, so they can never disagree.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from synthstudio import __version__

SOFTWARE = f"SynthStudio {__version__}"
RELEASE_FORMATS = ("csv", "excel", "parquet", "stata", "spss")


@dataclass
class ReleaseOptions:
    """What the person chose in the release wizard (or on the command line)."""

    formats: tuple[str, ...] = ("csv",)
    name: str | None = None                # file base name; default: the input's name
    title: str = ""
    description: str = ""
    organisation: str = ""
    contact: str = ""
    licence: str = ""                      # an SPDX identifier or URL is best, e.g. "CC-BY-4.0"
    intended_uses: list[str] = field(default_factory=list)
    prohibited_uses: list[str] = field(default_factory=list)
    known_biases: str = ""
    limitations: str = ""
    notes: str = ""
    gate_justification: str = ""           # why the release goes ahead although a gate failed
    csv_comment_header: bool = False
    overwrite: bool = False

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["formats"] = list(self.formats)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ReleaseOptions":
        known = set(cls.__dataclass_fields__)
        values = {k: v for k, v in data.items() if k in known}
        if "formats" in values:
            values["formats"] = tuple(values["formats"])
        return cls(**values)


@dataclass
class ReleasedFile:
    """One file of a release, as the manifest lists it."""

    name: str
    role: str                             # data, sidecar, datasheet
    size: int = 0
    sha256: str = ""
    file_format: str = ""                 # csv, excel, parquet, stata, spss, json-ld, pdf
    media_type: str = ""
    describes: str | None = None          # for a sidecar: the data file it describes
    rows: int | None = None
    columns: int | None = None
    column_sha256: dict[str, str] = field(default_factory=dict)
    watermark_z: float | None = None      # measured on the written file, read back

    def to_manifest_entry(self) -> dict[str, Any]:
        entry = {"name": self.name, "role": self.role, "format": self.file_format,
                 "media_type": self.media_type, "size": self.size, "sha256": self.sha256}
        if self.describes:
            entry["describes"] = self.describes
        if self.rows is not None:
            entry.update(rows=self.rows, columns=self.columns, column_sha256=self.column_sha256)
        if self.watermark_z is not None:
            entry["watermark_z"] = round(self.watermark_z, 2)
        return entry

    @classmethod
    def from_manifest_entry(cls, entry: dict[str, Any]) -> "ReleasedFile":
        return cls(name=entry["name"], role=entry.get("role", ""), size=int(entry.get("size", 0)),
                   sha256=entry.get("sha256", ""), file_format=entry.get("format", ""),
                   media_type=entry.get("media_type", ""), describes=entry.get("describes"),
                   rows=entry.get("rows"), columns=entry.get("columns"),
                   column_sha256=dict(entry.get("column_sha256") or {}), watermark_z=entry.get("watermark_z"))


@dataclass
class ReleaseSummary:
    """Everything known about one release once its data files are written."""

    dataset_id: str
    title: str
    created: str                          # ISO 8601, UTC
    folder: Path                          # where the release lands
    options: ReleaseOptions
    record: dict[str, Any]                # the run record of the synthesis
    watermark: dict[str, Any]             # MarkedTable.summary(), plus the carrier plan
    parents: list[str] = field(default_factory=list)   # dataset IDs the training data came from
    generation_depth: int = 1
    files: list[ReleasedFile] = field(default_factory=list)
    software: str = SOFTWARE

    @property
    def data_files(self) -> list[ReleasedFile]:
        return [f for f in self.files if f.role == "data"]

    @property
    def source_sha256(self) -> str:
        return str(self.record.get("input", {}).get("sha256", ""))

    @property
    def generator(self) -> dict[str, Any]:
        return dict(self.record.get("generator", {}))

    @property
    def synthetic_fraction(self) -> float:
        fraction = self.record.get("synthetic_fraction", {})
        return float(fraction.get("rows", 1.0)) if isinstance(fraction, dict) else float(fraction)

    @property
    def manifest_name(self) -> str:
        return "manifest.json"

    @property
    def organisation_lane(self) -> bool:
        return bool(self.watermark.get("organisation_lane"))

    def datasheet_release(self) -> dict[str, Any]:
        """The ``release`` mapping ``report.datasheet.build_datasheet`` reads (its docstring lists the keys)."""
        options = self.options
        lineage = self.record.get("lineage", {}) or {}
        return {
            "dataset_name": self.title,
            "organisation": options.organisation,
            "dataset_id": self.dataset_id,
            "date": self.created[:10],
            "purpose": options.description,
            "intended_uses": list(options.intended_uses),
            "prohibited_uses": list(options.prohibited_uses),
            "limitations": [options.limitations] if options.limitations else [],
            "contact": options.contact,
            "licence": options.licence,
            "notes": options.notes,
            "formats": list(options.formats),
            "files": [{"name": f.name, "size_bytes": f.size, "sha256": f.sha256} for f in self.data_files],
            "manifest": self.manifest_name,
            "watermark": {"scheme": self.watermark.get("scheme"),
                          "key": "organisation" if self.organisation_lane else "default",
                          "green_rate": self.watermark.get("green_rate"),
                          "embedded_cells": self.watermark.get("changed_cells")},
            "lineage": {"depth": self.generation_depth, "parents": list(self.parents),
                        "input_synthetic_share": lineage.get("input_synthetic_share")},
        }
