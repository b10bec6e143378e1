"""Check the signatures of a PDF (a SynthStudio datasheet or any signed PDF), offline.

pyHanko validates the CMS signature, the byte ranges it covers and anything appended after
signing, against only the certificates the user trusts (``allow_fetching=False``: no download of
revocation data or certificates). A self-signed SynthStudio certificate is therefore "intact but
not trusted" unless the user added it: the verdict says what that means in plain words.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable

from cryptography import x509
from pyhanko.pdf_utils.generic import DictionaryObject
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel

from synthstudio.core.provenance.signing import (SignatureCheck, describe_status, key_usage_constraints,
                                                 validation_context)


@dataclass(frozen=True)
class PdfCheck:
    """The result for one PDF: the headline fields summarise every signature in it.

    ``code``: ``intact_trusted``, ``intact_self_signed``, ``intact_untrusted``, ``broken``,
    ``unsigned`` or ``unreadable`` (see :class:`SignatureCheck`).
    ``whole_document``: the last signature covers the file as it is now (nothing added since).
    """

    path: Path
    signed: bool
    intact: bool
    trusted: bool = False
    signer: str = ""
    organisation: str = ""
    fingerprint: str = ""
    signing_time: datetime | None = None
    self_signed: bool = False
    whole_document: bool = False
    code: str = "unreadable"
    verdict: str = ""
    signatures: tuple[SignatureCheck, ...] = ()
    attachments: tuple[str, ...] = ()

    @property
    def altered(self) -> bool:
        """The document is not as signed, or too damaged to tell."""
        return self.code in ("broken", "unreadable")

    def to_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "kind": "pdf", "code": self.code, "altered": self.altered,
                "verdict": self.verdict, "signed": self.signed, "intact": self.intact, "trusted": self.trusted,
                "signer": self.organisation, "fingerprint": self.fingerprint,
                "signing_time": self.signing_time.isoformat() if self.signing_time else None,
                "whole_document": self.whole_document, "attachments": list(self.attachments)}


def verify_pdf(path: str | os.PathLike[str], trusted: Iterable[x509.Certificate] = ()) -> PdfCheck:
    path = Path(path)
    trusted = list(trusted)
    try:
        with open(path, "rb") as handle:
            reader = PdfFileReader(handle, strict=False)
            attachments = tuple(_attachments(reader))
            embedded = reader.embedded_signatures
            if not embedded:
                return PdfCheck(path, signed=False, intact=False, code="unsigned", attachments=attachments,
                                verdict="This PDF carries no digital signature: nothing proves who made it or "
                                        "that it is unchanged.")
            statuses = [validate_pdf_signature(s, signer_validation_context=validation_context(trusted),
                                               key_usage_settings=key_usage_constraints()) for s in embedded]
            checks = [_check(status, s.self_reported_timestamp) for status, s in zip(statuses, embedded)]
            covers_all = statuses[-1].coverage == SignatureCoverageLevel.ENTIRE_FILE
    except Exception as exc:  # a damaged file can fail anywhere in parsing; the user needs one answer
        return PdfCheck(path, signed=False, intact=False, code="unreadable",
                        verdict=f"{path.name} is damaged or is not a PDF, so no signature in it can be checked. "
                                f"Treat its contents as unverified. ({exc})")
    return _summary(path, checks, covers_all, attachments)


def _check(status, signing_time: datetime | None) -> SignatureCheck:
    check = describe_status(status, signing_time=signing_time, what="document")
    # Changes appended after signing that the signature does not allow (anything beyond filling
    # in forms or adding signatures) mean the document shown is not the document signed.
    if check.intact and (status.docmdp_ok is False or status.modification_level == ModificationLevel.OTHER):
        return replace(check, intact=False, trusted=False, code="broken",
                       verdict=f"The document was changed after {check.organisation} signed it: what you see is "
                               "not what was signed. Ask the sender for a fresh copy.")
    return check


def _summary(path: Path, checks: list[SignatureCheck], covers_all: bool, attachments: tuple[str, ...]) -> PdfCheck:
    last = checks[-1]
    broken = next((c for c in checks if not c.intact), None)
    headline = broken or last
    verdict = headline.verdict
    if headline.intact and not covers_all:
        verdict += " Something (a form entry or another signature) was added after the last signature."
    return PdfCheck(path, signed=True, intact=broken is None, trusted=all(c.trusted for c in checks),
                    signer=headline.signer, organisation=headline.organisation, fingerprint=headline.fingerprint,
                    signing_time=headline.signing_time, self_signed=headline.self_signed,
                    whole_document=covers_all, code=headline.code, verdict=verdict, signatures=tuple(checks),
                    attachments=attachments)


def pdf_attachments(path: str | os.PathLike[str]) -> dict[str, bytes]:
    """The files embedded in a PDF (a datasheet carries its run record and manifest), by name."""
    with open(path, "rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        return {name: spec["/EF"]["/F"].get_object().data for name, spec in _file_specs(reader)}


def _attachments(reader: PdfFileReader) -> list[str]:
    return [name for name, _spec in _file_specs(reader)]


def _file_specs(reader: PdfFileReader) -> list[tuple[str, DictionaryObject]]:
    try:
        tree = reader.root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        return []
    return list(_name_tree_items(tree))


def _name_tree_items(node: DictionaryObject):
    """Walk a PDF name tree: leaves hold /Names [key, value, ...], inner nodes /Kids."""
    names = node["/Names"] if "/Names" in node else []   # indexing resolves indirect references
    for i in range(0, len(names) - 1, 2):
        yield str(names[i]), names[i + 1].get_object()
    for kid in node["/Kids"] if "/Kids" in node else []:
        yield from _name_tree_items(kid.get_object())
