"""The signed datasheet: valid when fresh, broken by a one-byte change, checked by pyHanko and,
independently, by poppler's pdfsig; visible signature block; attachments; no key material."""
from __future__ import annotations

import io
import subprocess
from datetime import datetime, timedelta, timezone

import pytest
from cryptography.hazmat.primitives import serialization
from PIL import Image, ImageChops
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from synthstudio.core.errors import BadInputError
from synthstudio.core.provenance.signing import KEY_FILE
from synthstudio.core.report.pdf import SIGNATURE_FIELD
from synthstudio.core.report.sign_pdf import sign_pdf
from synthstudio.core.report.verify_pdf import pdf_attachments, verify_pdf


def _pdfsig(poppler, pdf) -> str:
    result = subprocess.run([poppler("pdfsig"), str(pdf)], capture_output=True, text=True, timeout=60)
    return result.stdout + result.stderr


def _flip_signed_byte(pdf, target):
    """Change one byte inside a content stream of the signed revision (not in the signature)."""
    data = bytearray(pdf.read_bytes())
    with open(pdf, "rb") as handle:
        start, length, after, _ = PdfFileReader(handle).embedded_signatures[0].sig_object["/ByteRange"]
    offset = data.index(b"stream", 1000) + 50
    assert start <= offset < start + length            # the byte really is one the signature covers
    data[offset] ^= 0x01
    target.write_bytes(bytes(data))
    return target


def test_fresh_signature_is_valid_and_names_the_signer(signed_pdf, signing_identity, attachments):
    check = verify_pdf(signed_pdf)
    assert check.signed and check.intact and check.whole_document
    assert check.code == "intact_self_signed" and not check.trusted
    assert check.organisation == signing_identity.organisation
    assert check.fingerprint == signing_identity.fingerprint
    assert abs(check.signing_time - datetime.now(timezone.utc)) < timedelta(minutes=10)
    assert set(check.attachments) == set(attachments)
    assert signing_identity.fingerprint in check.verdict and "self-signed" in check.verdict
    trusted = verify_pdf(signed_pdf, trusted=[signing_identity.certificate])
    assert trusted.code == "intact_trusted" and trusted.trusted


def test_pdfsig_agrees_the_fresh_signature_is_valid(signed_pdf, poppler):
    report = _pdfsig(poppler, signed_pdf)
    assert "Signature is Valid" in report
    assert "Total document signed" in report
    assert "ETSI.CAdES.detached" in report                 # PAdES, not the legacy adbe.pkcs7 form


def test_one_changed_byte_breaks_the_signature(signed_pdf, tmp_path, poppler):
    tampered = _flip_signed_byte(signed_pdf, tmp_path / "tampered.pdf")
    check = verify_pdf(tampered)
    assert not check.intact and check.code == "broken"
    assert "BROKEN" in check.verdict
    report = _pdfsig(poppler, tampered)
    assert "Signature is Valid" not in report
    assert "Digest Mismatch" in report


def test_content_appended_after_signing_is_reported(signed_pdf, tmp_path):
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_pdf.read_bytes()))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    page["/Contents"] = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 30 Tf 72 72 Td (FAKE) Tj ET"))
    writer.update_container(page)
    altered = tmp_path / "altered.pdf"
    with open(altered, "wb") as handle:
        writer.write(handle)
    check = verify_pdf(altered)
    assert check.code == "broken" and not check.intact and not check.whole_document


def test_signature_block_is_visible(rendered_pdf, signed_pdf, tmp_path, poppler):
    last = []
    for name, pdf in (("unsigned", rendered_pdf), ("signed", signed_pdf)):
        subprocess.run([poppler("pdftoppm"), "-r", "40", "-png", str(pdf), str(tmp_path / name)],
                       check=True, timeout=60)
        last.append(Image.open(sorted(tmp_path.glob(f"{name}-*.png"))[-1]).convert("L"))
    changed = ImageChops.difference(*last).getbbox()
    assert changed is not None                             # the block drew something on the last page
    with open(signed_pdf, "rb") as handle:
        field = PdfFileReader(handle).root["/AcroForm"]["/Fields"][0].get_object()
        assert field["/T"] == SIGNATURE_FIELD and "/N" in field["/AP"]


def test_attachments_are_embedded_verbatim(signed_pdf, attachments):
    assert pdf_attachments(signed_pdf) == attachments


def test_no_key_material_in_the_pdf(signed_pdf, signing_identity):
    key = serialization.load_pem_private_key((signing_identity.folder / KEY_FILE).read_bytes(), None)
    secret_scalar = key.private_numbers().private_value.to_bytes(32, "big")
    der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    pem_body = (signing_identity.folder / KEY_FILE).read_bytes().splitlines()[1]
    for path in signed_pdf.parent.iterdir():               # the export folder holds only what we wrote
        data = path.read_bytes()
        assert secret_scalar not in data and der not in data and pem_body not in data
        assert b"PRIVATE KEY" not in data
    assert signed_pdf.parent not in signing_identity.folder.parents


def test_unsigned_and_damaged_files(rendered_pdf, tmp_path):
    assert verify_pdf(rendered_pdf).code == "unsigned"
    garbage = tmp_path / "not-a.pdf"
    garbage.write_bytes(b"%PDF-1.7\nthis is not really a PDF\n")
    check = verify_pdf(garbage)
    assert check.code == "unreadable" and not check.intact


def test_never_overwrites_and_never_signs_twice(rendered_pdf, signed_pdf, signing_identity, tmp_path):
    before = signed_pdf.read_bytes()
    with pytest.raises(BadInputError) as exists:
        sign_pdf(rendered_pdf, signed_pdf, signing_identity)
    assert exists.value.code == "file_exists" and signed_pdf.read_bytes() == before
    with pytest.raises(BadInputError, match="already signed"):
        sign_pdf(signed_pdf, tmp_path / "twice.pdf", signing_identity)
    with pytest.raises(BadInputError, match="new file"):
        sign_pdf(rendered_pdf, rendered_pdf, signing_identity, overwrite=True)
    assert not (tmp_path / "twice.pdf").exists()
