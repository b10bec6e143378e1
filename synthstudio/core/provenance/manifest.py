"""``manifest.json``: every file of a release with its size and SHA-256, and what the release is.

The manifest is the one file that binds a release together: data files, sidecars and the
datasheet are listed with their fingerprints, next to the dataset ID, the source table's hash,
the generator, the lineage and the watermark (scheme, key fingerprints, carrier columns and the
green rate measured at embedding, which the verifier needs for its share estimate). For data
files it also lists each column's fingerprint and the row count, so a verifier can say which
column of a changed file differs. It is signed as a detached CMS signature
``manifest.json.p7s`` when a signing identity is available (``signing.py``).

The bytes are written once and never re-serialised: the signature covers exactly these bytes.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from synthstudio.core.fileio import atomic_target
from synthstudio.core.provenance.release_info import ReleasedFile, ReleaseSummary

MANIFEST_VERSION = 1
MANIFEST_KIND = "SynthStudio release manifest"
SIGNATURE_SUFFIX = ".p7s"


def build_manifest(summary: ReleaseSummary) -> dict[str, Any]:
    record = summary.record
    generator = summary.generator
    options = summary.options
    return {
        "kind": MANIFEST_KIND,
        "manifest_version": MANIFEST_VERSION,
        "dataset_id": summary.dataset_id,
        "title": summary.title,
        "created": summary.created,
        "software": summary.software,
        "synthetic": True,
        "synthetic_fraction": record.get("synthetic_fraction", {"rows": summary.synthetic_fraction}),
        "organisation": options.organisation,
        "contact": options.contact,
        "licence": options.licence,
        "intended_uses": list(options.intended_uses),
        "prohibited_uses": list(options.prohibited_uses),
        "gate_justification": options.gate_justification,
        "source": {"sha256": summary.source_sha256, "rows": record.get("input", {}).get("rows"),
                   "format": record.get("input", {}).get("format")},
        "generator": {"key": generator.get("key"), "name": generator.get("name"),
                      "library": generator.get("library"), "parameters": generator.get("parameters", {}),
                      "seed": record.get("seed"), "device": record.get("device"), "mode": record.get("mode")},
        "versions": record.get("versions", {}),
        "lineage": {"parents": list(summary.parents), "generation_depth": summary.generation_depth},
        "watermark": summary.watermark,
        "files": [f.to_manifest_entry() for f in summary.files],
        "signature": summary.manifest_name + SIGNATURE_SUFFIX,
    }


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_bytes(path: Path, data: bytes, *, overwrite: bool = False) -> Path:
    with atomic_target(path, overwrite=overwrite) as temp:
        temp.write_bytes(data)
    return path


def read_manifest(path: str | Path) -> dict[str, Any] | None:
    """The manifest at ``path``, or None if it is missing or not a SynthStudio manifest."""
    try:
        manifest = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("kind") != MANIFEST_KIND:
        return None
    return manifest


def find_manifest(data_file: str | Path) -> tuple[Path, dict[str, Any]] | None:
    """The manifest in the data file's folder that lists it (``manifest.json`` first)."""
    data_file = Path(data_file)
    folder = data_file.parent
    candidates = [folder / "manifest.json"] + sorted(p for p in folder.glob("*manifest*.json")
                                                     if p.name != "manifest.json")
    for candidate in candidates:
        manifest = read_manifest(candidate)
        if manifest and any(entry.get("name") == data_file.name for entry in manifest.get("files", [])):
            return candidate, manifest
    return None


def manifest_entry(manifest: dict[str, Any], name: str) -> ReleasedFile | None:
    for entry in manifest.get("files", []):
        if entry.get("name") == name:
            return ReleasedFile.from_manifest_entry(entry)
    return None
