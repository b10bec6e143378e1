"""The signing identity (created once, private, never exported; or imported from PKCS#12) and the
detached CMS signature of a release manifest, checked by pyHanko and independently by OpenSSL."""
from __future__ import annotations

import hashlib
import json
import shutil
import stat
import subprocess
from datetime import datetime, timedelta, timezone

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from synthstudio.core.errors import BadInputError
from synthstudio.core.provenance.signing import (CERT_FILE, INFO_FILE, KEY_FILE, RETIRED_FOLDER, SigningIdentity,
                                                 certificate_fingerprint, ensure_identity, import_pkcs12,
                                                 load_certificates, sign_detached, to_asn1_certificate,
                                                 verify_detached)
from synthstudio.paths import app_data_dir

ORGANISATION = "Office national de la statistique"


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def manifest(shared_data) -> bytes:
    """A manifest as the release writes it: the real shared files with their sizes and hashes."""
    files = [{"name": p.name, "size_bytes": p.stat().st_size, "sha256": hashlib.sha256(p.read_bytes()).hexdigest()}
             for p in sorted(shared_data.glob("*.csv"))]
    return json.dumps({"dataset_id": "SDW1-0123456789ABCDEF", "files": files}, indent=2).encode("utf-8")


def _certificate(subject_key, subject: str, issuer_key, issuer: x509.Certificate | None, *, ca: bool,
                 usage: dict[str, bool]) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, subject)])
    now = datetime.now(timezone.utc)
    flags = dict(digital_signature=False, content_commitment=False, key_encipherment=False,
                 data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                 encipher_only=False, decipher_only=False) | usage
    return (x509.CertificateBuilder().subject_name(name)
            .issuer_name(issuer.subject if issuer else name).public_key(subject_key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=365))
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(**flags), critical=True)
            .sign(issuer_key, hashes.SHA256()))


@pytest.fixture(scope="module")
def organisation_p12(tmp_path_factory):
    """An organisation's own RSA-3072 certificate issued by its CA, as a password-protected .p12."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _certificate(ca_key, "Autorité de certification interne", ca_key, None, ca=True,
                      usage={"key_cert_sign": True, "crl_sign": True})
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    leaf = _certificate(key, "Instituto Nacional de Estadística", ca_key, ca, ca=False,
                        usage={"digital_signature": True, "content_commitment": True})
    path = tmp_path_factory.mktemp("p12") / "organisation.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"org", key, leaf, [ca], serialization.BestAvailableEncryption(b"s3cret")))
    return path, ca, leaf


def test_identity_created_on_first_use_with_private_permissions():
    identity = ensure_identity(ORGANISATION)
    assert identity.folder == app_data_dir() / "signing"
    assert _mode(identity.folder) == 0o700
    for name in (KEY_FILE, CERT_FILE, INFO_FILE):
        assert _mode(identity.folder / name) == 0o600
    cert = identity.certificate
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == ORGANISATION
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey) and cert.public_key().curve.name == "secp256r1"
    assert identity.self_signed and identity.source == "created"
    assert identity.valid_until > datetime.now(timezone.utc) + timedelta(days=365 * 10)


def test_identity_is_reused_not_recreated():
    first = ensure_identity(ORGANISATION)
    key_bytes = (first.folder / KEY_FILE).read_bytes()
    second = ensure_identity(f"  {ORGANISATION} ")            # same name, stray spaces
    assert second.fingerprint == first.fingerprint
    assert (second.folder / KEY_FILE).read_bytes() == key_bytes
    assert SigningIdentity.load().fingerprint == first.fingerprint


def test_loose_permissions_are_tightened_on_load():
    identity = ensure_identity(ORGANISATION)
    (identity.folder / KEY_FILE).chmod(0o644)
    identity.folder.chmod(0o755)
    SigningIdentity.load()
    assert _mode(identity.folder) == 0o700 and _mode(identity.folder / KEY_FILE) == 0o600


def test_new_organisation_name_retires_the_old_identity():
    old = ensure_identity(ORGANISATION)
    new = ensure_identity("Ministerio de Sanidad")
    assert new.fingerprint != old.fingerprint and new.organisation == "Ministerio de Sanidad"
    retired = [p for p in (old.folder / RETIRED_FOLDER).iterdir()]
    assert len(retired) == 1 and _mode(retired[0]) == 0o700
    kept = x509.load_pem_x509_certificate((retired[0] / CERT_FILE).read_bytes())
    assert certificate_fingerprint(kept) == old.fingerprint
    assert _mode(retired[0] / KEY_FILE) == 0o600


def test_empty_organisation_is_refused():
    with pytest.raises(BadInputError, match="organisation name is empty"):
        ensure_identity("   ")
    assert not SigningIdentity.exists()


def test_fingerprint_is_the_sha256_of_the_certificate():
    identity = ensure_identity(ORGANISATION)
    cert = identity.certificate
    expected = cert.fingerprint(hashes.SHA256()).hex().upper()
    for form in (cert, to_asn1_certificate(cert), cert.public_bytes(serialization.Encoding.DER)):
        assert certificate_fingerprint(form).replace(":", "") == expected
    # The published certificate file (PEM or DER) reads back as the same certificate.
    assert load_certificates(identity.certificate_pem()) == [cert]
    assert load_certificates(cert.public_bytes(serialization.Encoding.DER)) == [cert]
    assert f"O={ORGANISATION}" in identity.subject


def test_manifest_signature_valid_then_broken_by_a_change(manifest):
    identity = ensure_identity(ORGANISATION)
    signature = sign_detached(manifest, identity)
    check = verify_detached(manifest, signature)
    assert check.intact and check.code == "intact_self_signed" and not check.trusted
    assert check.fingerprint == identity.fingerprint and check.organisation == ORGANISATION
    assert abs(check.signing_time - datetime.now(timezone.utc)) < timedelta(minutes=10)
    assert verify_detached(manifest, signature, trusted=[identity.certificate]).code == "intact_trusted"

    changed = bytearray(manifest)
    changed[manifest.index(b'"sha256": "') + 11] ^= 0x01           # one hex digit of one file's hash
    broken = verify_detached(bytes(changed), signature)
    assert not broken.intact and broken.code == "broken" and "BROKEN" in broken.verdict
    assert verify_detached(manifest, b"not a signature").code == "unreadable"


def test_openssl_accepts_the_manifest_signature(manifest, tmp_path):
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed; it is only the independent cross-check")
    identity = ensure_identity(ORGANISATION)
    (tmp_path / "manifest.json").write_bytes(manifest)
    (tmp_path / "manifest.json.p7s").write_bytes(sign_detached(manifest, identity))
    (tmp_path / "signer.pem").write_bytes(identity.certificate_pem())
    command = [openssl, "cms", "-verify", "-binary", "-inform", "DER", "-in", str(tmp_path / "manifest.json.p7s"),
               "-content", str(tmp_path / "manifest.json"), "-CAfile", str(tmp_path / "signer.pem"),
               "-purpose", "any", "-out", "/dev/null"]
    assert subprocess.run(command, capture_output=True, timeout=60).returncode == 0
    (tmp_path / "manifest.json").write_bytes(manifest.replace(b"adult.csv", b"adult.CSV"))
    assert subprocess.run(command, capture_output=True, timeout=60).returncode != 0


def test_key_is_never_written_into_an_export(manifest, tmp_path):
    identity = ensure_identity(ORGANISATION)
    export = tmp_path / "export"
    export.mkdir()
    (export / "manifest.json").write_bytes(manifest)
    (export / "manifest.json.p7s").write_bytes(sign_detached(manifest, identity))
    key_pem = (identity.folder / KEY_FILE).read_bytes()
    key = serialization.load_pem_private_key(key_pem, None)
    secrets = [key.private_numbers().private_value.to_bytes(32, "big"), key_pem.splitlines()[1],
               key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())]
    for path in export.iterdir():
        assert not any(secret in path.read_bytes() for secret in secrets), path.name
    assert export not in identity.folder.parents and identity.folder not in export.parents
    assert "PRIVATE" not in repr(identity) and str(identity.folder) not in repr(identity)


def test_import_pkcs12_signs_with_the_organisation_certificate(organisation_p12, manifest):
    path, ca, leaf = organisation_p12
    original = path.read_bytes()
    identity = import_pkcs12(path, "s3cret")
    assert path.read_bytes() == original                          # the user's file is untouched
    assert identity.source == "imported" and identity.organisation == "Instituto Nacional de Estadística"
    assert identity.fingerprint == certificate_fingerprint(leaf) and not identity.self_signed
    assert [certificate_fingerprint(c) for c in identity.chain] == [certificate_fingerprint(ca)]
    assert _mode(identity.folder) == 0o700
    assert all(_mode(p) == 0o600 for p in identity.folder.iterdir() if p.is_file())
    # The organisation's own certificate stays, whatever name the settings hold.
    assert ensure_identity(ORGANISATION).fingerprint == identity.fingerprint
    signature = sign_detached(manifest, identity)
    assert verify_detached(manifest, signature).code == "intact_untrusted"
    assert verify_detached(manifest, signature, trusted=[ca]).code == "intact_trusted"   # chain to its CA


def test_import_replaces_a_created_identity_and_keeps_it(organisation_p12):
    created = ensure_identity(ORGANISATION)
    import_pkcs12(organisation_p12[0], b"s3cret")
    retired = next((created.folder / RETIRED_FOLDER).iterdir())
    assert certificate_fingerprint(x509.load_pem_x509_certificate((retired / CERT_FILE).read_bytes())) == \
        created.fingerprint


def test_import_refuses_a_wrong_password_or_a_certificate_not_for_signing(organisation_p12, tmp_path):
    with pytest.raises(BadInputError, match="could not be opened"):
        import_pkcs12(organisation_p12[0], "wrong")
    key = ec.generate_private_key(ec.SECP256R1())
    encrypt_only = _certificate(key, "Serveur", key, None, ca=False, usage={"key_agreement": True})
    path = tmp_path / "server.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"s", key, encrypt_only, None,
                                                           serialization.NoEncryption()))
    with pytest.raises(BadInputError, match="not meant for signing"):
        import_pkcs12(path, None)
    assert not SigningIdentity.exists()                          # nothing was stored by a refused import
