"""Sign a datasheet PDF: PAdES baseline B-B with pyHanko, offline, with a visible signature block.

The files given as ``attachments`` (the run record, the manifest) are embedded in the same
revision the signature covers, so the signature proves them too. No timestamp authority and no
revocation lookup are contacted: SynthStudio works offline, and B-B is the PAdES level that
needs neither (the signing time is the signer's own clock, said so in the verifier).
"""
from __future__ import annotations

import io
import mimetypes
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping

from pyhanko.pdf_utils import embed, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.stamp import StaticStampStyle

from synthstudio.core.errors import BadInputError
from synthstudio.core.fileio import atomic_target
from synthstudio.core.provenance.signing import SigningIdentity
from synthstudio.core.report.pdf import SIGNATURE_BOX, SIGNATURE_FIELD, PAGE_MARGIN
from synthstudio.core.report.signature_block import signature_block_pdf

REASON = "Release of a synthetic dataset: the organisation vouches for this datasheet and its attachments"


def sign_pdf(in_path: str | os.PathLike[str], out_path: str | os.PathLike[str], identity: SigningIdentity,
             attachments: Mapping[str, bytes] | None = None, *, overwrite: bool = False) -> Path:
    """Write a signed copy of ``in_path`` to ``out_path``; ``in_path`` is never modified.

    The signature goes into the datasheet's empty signature field; a PDF without one gets a new
    field at the foot of its last page.
    """
    in_path, out_path = Path(in_path), Path(out_path)
    if in_path.resolve() == out_path.resolve():
        raise BadInputError("The signed PDF must be written to a new file, not over the unsigned one.",
                            "Choose another name for the signed datasheet.")
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(in_path.read_bytes()))
    except (OSError, PdfError) as exc:
        raise BadInputError(f"{in_path.name} cannot be read as a PDF document.",
                            "Create the datasheet again, then sign it.", details=str(exc)) from exc
    for name, data in (attachments or {}).items():
        _attach(writer, name, data)

    box, new_field = _signature_box(writer)
    signed_at = datetime.now(timezone.utc)
    block = signature_block_pdf(box[0], box[1], identity.organisation, identity.fingerprint, signed_at,
                                identity.self_signed)
    metadata = signers.PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        name=identity.organisation, reason=REASON, embed_validation_info=False, use_pades_lta=False)
    with tempfile.TemporaryDirectory(prefix="synthstudio-stamp-") as folder:
        # pyHanko imports the block's page from a file; it holds only public, printed text.
        block_path = Path(folder) / "signature-block.pdf"
        block_path.write_bytes(block)
        style = StaticStampStyle.from_pdf_file(
            str(block_path), border_width=0,
            background_layout=layout.SimpleBoxLayoutRule(x_align=layout.AxisAlignment.ALIGN_MID,
                                                         y_align=layout.AxisAlignment.ALIGN_MID,
                                                         margins=layout.Margins.uniform(0)))
        pdf_signer = signers.PdfSigner(metadata, signer=identity.pyhanko_signer(), stamp_style=style,
                                       new_field_spec=new_field)
        with atomic_target(out_path, overwrite=overwrite) as temp, open(temp, "wb") as handle:
            pdf_signer.sign_pdf(writer, output=handle)
    return out_path


def _attach(writer: IncrementalPdfFileWriter, name: str, data: bytes) -> None:
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    stream = embed.EmbeddedFileObject.from_file_data(
        writer, data, mime_type=mime,
        params=embed.EmbeddedFileParams(creation_date=datetime.now(timezone.utc)))
    embed.embed_file(writer, embed.FileSpec(file_spec_string=name, file_name=name, embedded_data=stream,
                                            description=f"{name}, covered by the document signature"))


def _signature_box(writer: IncrementalPdfFileWriter) -> tuple[tuple[float, float], fields.SigFieldSpec | None]:
    """(width, height) of the empty signature field, or of a new one and its spec."""
    for _name, value, field_ref in fields.enumerate_sig_fields(writer, with_name=SIGNATURE_FIELD):
        if value is not None:
            raise BadInputError("This PDF is already signed.",
                                "Sign the unsigned datasheet, or keep this signed copy as it is.")
        x1, y1, x2, y2 = (float(v) for v in field_ref.get_object()["/Rect"])
        return (abs(x2 - x1), abs(y2 - y1)), None
    width, height = SIGNATURE_BOX
    left, bottom = round(PAGE_MARGIN), round(PAGE_MARGIN)
    spec = fields.SigFieldSpec(SIGNATURE_FIELD, on_page=-1,
                               box=(left, bottom, left + round(width), bottom + round(height)))
    return (width, height), spec
