"""Provenance: watermark, file metadata, manifest, signing, registry and verification of releases.

The data side, in the order a dataset travels:

* :func:`release_data` marks the values (SDW-1, ``watermark.py``), writes CSV/Excel/Parquet with
  their metadata (``exporters.py``, ``file_metadata.py``), a JSON-LD sidecar per file
  (``sidecar.py``), the datasheet through a writer the report package provides, and a signed
  ``manifest.json`` (``manifest.py``, ``signing.py``); it records the dataset in the local
  :class:`Registry`.
* :func:`verify_data_file` / :func:`verify_release` check files against their manifest, metadata
  and watermark, and say in one sentence what was found; ``verify_any.verify_any`` picks the
  check for any path (a release folder also gets its PDF datasheet's signature checked).
* :func:`inspect_input` is the model-collapse guard run on every loaded table.
"""
from synthstudio.core.provenance.lineage import LineageFinding, inspect_input
from synthstudio.core.provenance.registry import Registry, RegistryEntry
from synthstudio.core.provenance.release import DatasheetWriter, ReleaseResult, release_data
from synthstudio.core.provenance.release_info import ReleasedFile, ReleaseOptions, ReleaseSummary
from synthstudio.core.provenance.verify_data import (
    DataVerification, ReleaseVerification, verify_data_file, verify_release)
from synthstudio.core.provenance.watermark import (
    PUBLIC_KEY, Detection, WatermarkKey, detect_watermark, load_organisation_key)

__all__ = [
    "DataVerification", "DatasheetWriter", "Detection", "LineageFinding", "PUBLIC_KEY", "Registry",
    "RegistryEntry", "ReleaseOptions", "ReleaseResult", "ReleaseSummary", "ReleaseVerification",
    "ReleasedFile", "WatermarkKey", "detect_watermark", "inspect_input", "load_organisation_key",
    "release_data", "verify_data_file", "verify_release",
]
