"""``synthstudio verify PATH...``: is this file synthetic, where does it come from, was it changed?

What is checked is decided by :func:`synthstudio.core.provenance.verify_any.verify_any`, as in the
verify dialog: data files (CSV, Excel, Parquet, and any table the loader reads) against their
release manifest, metadata and value watermark; a release folder against its manifest, with the
signature of each PDF datasheet in it; a PDF datasheet's signature. One plain verdict per path.
Exit codes: 0 nothing altered, 1 something was changed or a signature is broken, 2 bad input.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from synthstudio.core.errors import BadInputError

ALTERED_EXIT = 1


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "verify", help="check whether files are SynthStudio synthetic data and unchanged",
        description="Check data files, release folders and signed PDF datasheets: fingerprints against the "
                    "release manifest, signatures, file metadata, and the watermark in the values (z-score, "
                    "dataset ID, estimated synthetic share). Exit codes: 0 nothing altered, 1 a file was "
                    "changed or a signature is broken, 2 bad input.")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="a data file, a release folder, or a datasheet PDF")
    parser.add_argument("--key-file", type=Path,
                        help="a file holding your organisation's secret watermark key (64 hexadecimal characters)")
    parser.add_argument("--trust", type=Path, action="append", default=[], metavar="CERTIFICATE",
                        help="a certificate (PEM or DER) you trust as a signer; repeatable")
    parser.add_argument("--json", action="store_true", help="print the full results as JSON")
    parser.set_defaults(handler=handle)


def organisation_key_from_file(path: Path | None):
    if path is None:
        return None
    from synthstudio.core.provenance.watermark import WatermarkKey

    try:
        return WatermarkKey.from_text(path.read_text(encoding="ascii"))
    except (OSError, UnicodeDecodeError) as error:
        raise BadInputError(f"The key file {path} could not be read.",
                            "Give the file SynthStudio saved the organisation key in.", details=str(error)) from None


def _trusted(paths: list[Path]) -> list[Any]:
    from synthstudio.core.provenance.signing import load_certificates

    certificates = []
    for path in paths:
        try:
            certificates += load_certificates(path.read_bytes())
        except (OSError, ValueError) as error:
            raise BadInputError(f"The certificate {path} could not be read.",
                                "Give a certificate file in PEM or DER form.", details=str(error)) from None
    return certificates


def _print_text(result: dict[str, Any]) -> None:
    print(f"{result['path']}")
    print(f"  {result['verdict']}")
    watermark = result.get("watermark")
    if watermark:
        public = watermark["public"]
        print(f"  watermark: {watermark['verdict']} (z = {public['z']}, {public['values']} distinct values"
              + (f", synthetic share about {public['synthetic_share']:.0%}" if public["synthetic_share"] is not None
                 else "") + ")")
    if result.get("kind") == "pdf" and result.get("signed"):
        print(f"  signer: {result['signer']}; certificate SHA-256: {result['fingerprint']}; "
              f"signed at: {result['signing_time'] or 'not stated'}")
    if result.get("metadata_found"):
        print(f"  metadata: {', '.join(result['metadata_found'])}")
    for note in result.get("notes", []):
        print(f"  note: {note}")
    for child in result.get("files", []) + result.get("datasheets", []):
        print(f"  - {Path(child['path']).name}: {child['verdict']}")


def handle(args) -> int:
    from synthstudio.core.provenance.verify_any import verify_any

    organisation_key = organisation_key_from_file(args.key_file)
    trusted = _trusted(args.trust)
    results = []
    altered = False
    for path in args.paths:
        verification = verify_any(path, organisation_key=organisation_key, trusted=trusted)
        result = verification.to_dict()
        results.append(result)
        altered = altered or verification.altered
        if not args.json:
            _print_text(result)
    if args.json:
        json.dump(results, sys.stdout, indent=2, ensure_ascii=False, default=str)
        print()
    return ALTERED_EXIT if altered else 0
