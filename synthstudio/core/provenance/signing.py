"""The organisation's signing identity, and detached CMS signatures (for the release manifest).

On first use SynthStudio creates an ECDSA P-256 key and a self-signed X.509 certificate for the
organisation named in the settings; an organisation can import its own PKCS#12 certificate
instead. Either way the key lives only in ``app_data_dir()/signing/`` (folder 0700, files 0600)
and no function here writes it anywhere else: signatures carry the certificate, never the key.

Why ECDSA P-256: it is accepted by every PDF validator we target (pyHanko, poppler/NSS, Adobe),
signatures are small, and creating the key is instant, unlike RSA-3072 on a slow workstation.

The key file is not encrypted with a passphrase: a desktop tool that signs without asking would
have to store the passphrase next to it, which adds nothing. File permissions are the protection,
as for an SSH key; an OS keystore or a PKCS#11 token is the stronger option (see the report).

CMS signing and verification use pyHanko (CAdES-style signed attributes, signing-certificate-v2),
so the manifest and the PDF are signed by the same well-tested code path.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterable

from asn1crypto import cms as asn1_cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from synthstudio.core.errors import BadInputError, SynthStudioError
from synthstudio.paths import app_data_dir

# pyHanko logs a warning with a traceback for every self-signed certificate it validates,
# which is our normal case; our verdicts say it in plain words instead.
for _noisy in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_noisy).setLevel(logging.CRITICAL)

IDENTITY_FOLDER = "signing"
KEY_FILE = "private_key.pem"
CERT_FILE = "certificate.pem"
CHAIN_FILE = "chain.pem"
INFO_FILE = "identity.json"     # written last: an identity exists only once this file does
RETIRED_FOLDER = "retired"
# Long enough that a datasheet signed today still verifies in the years it is in use: these
# signatures carry no timestamp, so validators check the certificate at the time of checking.
CERT_VALIDITY = timedelta(days=20 * 365)
DIGEST = "sha256"
# Either usage is a signature on a document; ours carry both.
ACCEPTED_KEY_USAGES = frozenset({"digital_signature", "non_repudiation"})


class SigningError(SynthStudioError):
    """The signing identity cannot be created, read or used."""

    code = "signing_failed"
    exit_code = 1


# -- certificates ------------------------------------------------------------------------------

def certificate_fingerprint(cert: x509.Certificate | asn1_x509.Certificate | bytes) -> str:
    """SHA-256 of the certificate's DER bytes, as colon-separated upper-case hex (``AB:CD:...``).

    This is the value people compare by eye or by phone, so it is written the way browsers and
    OpenSSL show it.
    """
    digest = hashlib.sha256(_certificate_der(cert)).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def _certificate_der(cert: x509.Certificate | asn1_x509.Certificate | bytes) -> bytes:
    if isinstance(cert, x509.Certificate):
        return cert.public_bytes(serialization.Encoding.DER)
    if isinstance(cert, asn1_x509.Certificate):
        return cert.dump()
    if isinstance(cert, (bytes, bytearray)):
        return bytes(cert)
    raise TypeError(f"Not a certificate: {type(cert).__name__}")


def to_asn1_certificate(cert: x509.Certificate | asn1_x509.Certificate) -> asn1_x509.Certificate:
    """pyHanko speaks asn1crypto; the rest of SynthStudio speaks ``cryptography``."""
    if isinstance(cert, asn1_x509.Certificate):
        return cert
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """Certificates from PEM (one or many) or DER bytes, e.g. a file a signer published."""
    if b"-----BEGIN CERTIFICATE-----" in data:
        return x509.load_pem_x509_certificates(data)
    return [x509.load_der_x509_certificate(data)]


def _subject_organisation(name: x509.Name) -> str:
    for oid in (NameOID.ORGANIZATION_NAME, NameOID.COMMON_NAME):
        values = name.get_attributes_for_oid(oid)
        if values:
            return str(values[0].value)
    return name.rfc4514_string()


def _is_self_signed(cert: x509.Certificate) -> bool:
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


# -- the identity ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SigningIdentity:
    """The certificate an organisation signs with, and where its private key is kept.

    The key is read from disk only at the moment of signing (:meth:`pyhanko_signer`) and never
    held in this object, so passing an identity around cannot leak it.
    """

    organisation: str
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    folder: Path
    source: str                      # "created" (by SynthStudio) or "imported" (PKCS#12)
    created: str                     # ISO date-time this identity was stored

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.certificate)

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    @property
    def self_signed(self) -> bool:
        return _is_self_signed(self.certificate)

    @property
    def valid_until(self) -> datetime:
        return self.certificate.not_valid_after_utc

    def certificate_pem(self) -> bytes:
        """The public certificate, for people who want to verify this organisation's signatures."""
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def __repr__(self) -> str:  # never print paths to the key in logs by accident
        return f"SigningIdentity({self.organisation!r}, {self.source}, {self.fingerprint[:23]}...)"

    # -- load / store ------------------------------------------------------------------------
    @staticmethod
    def default_folder() -> Path:
        return app_data_dir() / IDENTITY_FOLDER

    @classmethod
    def exists(cls, folder: Path | None = None) -> bool:
        folder = folder or cls.default_folder()
        return all((folder / name).is_file() for name in (INFO_FILE, KEY_FILE, CERT_FILE))

    @classmethod
    def load(cls, folder: Path | None = None) -> "SigningIdentity":
        """The stored identity; :class:`SigningError` if there is none or it is unreadable."""
        folder = folder or cls.default_folder()
        if not cls.exists(folder):
            raise SigningError("No signing identity has been set up yet.",
                               "Sign a release once to create one, or import your organisation's certificate.")
        _restrict_permissions(folder)
        try:
            info = json.loads((folder / INFO_FILE).read_text(encoding="utf-8"))
            certificate = x509.load_pem_x509_certificate((folder / CERT_FILE).read_bytes())
            chain_path = folder / CHAIN_FILE
            chain = tuple(x509.load_pem_x509_certificates(chain_path.read_bytes())) if chain_path.is_file() else ()
        except (OSError, ValueError, KeyError) as exc:
            raise SigningError("The signing identity on this computer is damaged and cannot be read.",
                               "Import your organisation's certificate again, or remove the folder "
                               f"{folder} to let SynthStudio create a new identity.",
                               details=str(exc)) from exc
        return cls(organisation=info["organisation"], certificate=certificate, chain=chain, folder=folder,
                   source=info.get("source", "created"), created=info.get("created", ""))

    def pyhanko_signer(self):
        """A pyHanko signer holding the key in memory for the duration of one signing."""
        from pyhanko.sign.signers import SimpleSigner
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        key = _load_private_key(self.folder)
        key_info = asn1_keys.PrivateKeyInfo.load(key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        return SimpleSigner(signing_cert=to_asn1_certificate(self.certificate), signing_key=key_info,
                            cert_registry=SimpleCertificateStore.from_certs(
                                [to_asn1_certificate(c) for c in self.chain]))


def ensure_identity(organisation: str, folder: Path | None = None) -> SigningIdentity:
    """The identity to sign with: the stored one, or a new self-signed one on first use.

    A self-created identity made for another organisation name is retired (kept, not deleted, so
    its old signatures can still be explained) and a new one is made: the signature block must
    name the organisation in the settings. An imported certificate is the organisation's own and
    is always kept.
    """
    organisation = " ".join(organisation.split())
    if not organisation:
        raise BadInputError("The organisation name is empty.",
                            "Enter your organisation's name in the settings; it appears on every signature.")
    folder = folder or SigningIdentity.default_folder()
    if SigningIdentity.exists(folder):
        identity = SigningIdentity.load(folder)
        if identity.source == "imported" or identity.organisation == organisation:
            return identity
        _retire(folder, identity)
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = _self_signed_certificate(key, organisation)
    return _store(folder, key, certificate, (), organisation, source="created")


def import_pkcs12(path: str | os.PathLike[str], password: str | bytes | None,
                  folder: Path | None = None) -> SigningIdentity:
    """Use an organisation's own certificate (a ``.p12``/``.pfx`` file) from now on.

    The file itself is left untouched; its key and certificates are copied into the private
    signing folder. A previous identity is retired, not deleted.
    """
    path = Path(path)
    if isinstance(password, str):
        password = password.encode("utf-8")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"The certificate file {path.name} cannot be read.",
                            "Check that the file exists and that you may open it.", details=str(exc)) from exc
    try:
        key, certificate, extra = pkcs12.load_key_and_certificates(data, password or None)
    except (ValueError, TypeError) as exc:
        raise BadInputError(f"The certificate file {path.name} could not be opened.",
                            "Check the password, and that the file is a PKCS#12 (.p12 or .pfx) certificate "
                            "with its private key.", details=str(exc)) from exc
    _check_importable(path.name, key, certificate)
    organisation = _subject_organisation(certificate.subject)
    folder = folder or SigningIdentity.default_folder()
    if SigningIdentity.exists(folder):
        _retire(folder, SigningIdentity.load(folder))
    return _store(folder, key, certificate, tuple(extra or ()), organisation, source="imported")


def _check_importable(file_name: str, key: Any, certificate: x509.Certificate | None) -> None:
    if key is None or certificate is None:
        raise BadInputError(f"{file_name} does not contain both a certificate and its private key.",
                            "Export the certificate again from your certificate store, including the private key.")
    if not isinstance(key, (ec.EllipticCurvePrivateKey, rsa.RSAPrivateKey)):
        raise BadInputError(f"The key in {file_name} is of a kind SynthStudio cannot sign with.",
                            "Use an RSA (2048 bits or more) or ECDSA certificate.")
    if isinstance(key, rsa.RSAPrivateKey) and key.key_size < 2048:
        raise BadInputError(f"The RSA key in {file_name} is too short ({key.key_size} bits) to be trusted.",
                            "Ask for a certificate with a key of at least 2048 bits.")
    if key.public_key().public_numbers() != certificate.public_key().public_numbers():
        raise BadInputError(f"The private key in {file_name} does not belong to its certificate.",
                            "Export the certificate again, with its own private key.")
    now = datetime.now(timezone.utc)
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise BadInputError(f"The certificate in {file_name} is not valid today "
                            f"(valid {certificate.not_valid_before_utc:%Y-%m-%d} to "
                            f"{certificate.not_valid_after_utc:%Y-%m-%d}).",
                            "Ask your certificate authority for a current certificate.")
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise BadInputError(f"The certificate in {file_name} is not meant for signing documents.",
                            "Ask for a certificate whose key usage includes digital signature or non-repudiation.")


def _self_signed_certificate(key: ec.EllipticCurvePrivateKey, organisation: str) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, organisation),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                      x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "SynthStudio data releases")])
    now = datetime.now(timezone.utc).replace(microsecond=0)
    public_key = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))   # tolerate a slightly slow clock elsewhere
        .not_valid_after(now + CERT_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=False,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public_key), critical=False)
        .sign(key, hashes.SHA256())
    )


# -- private storage ---------------------------------------------------------------------------

def _store(folder: Path, key: Any, certificate: x509.Certificate, chain: tuple[x509.Certificate, ...],
           organisation: str, source: str) -> SigningIdentity:
    _make_private_folder(folder)
    _write_private(folder / KEY_FILE, key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    _write_private(folder / CERT_FILE, certificate.public_bytes(serialization.Encoding.PEM))
    if chain:
        _write_private(folder / CHAIN_FILE, b"".join(c.public_bytes(serialization.Encoding.PEM) for c in chain))
    else:
        (folder / CHAIN_FILE).unlink(missing_ok=True)
    info = {"organisation": organisation, "source": source,
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "fingerprint_sha256": certificate_fingerprint(certificate)}
    _write_private(folder / INFO_FILE, json.dumps(info, indent=2, ensure_ascii=False).encode("utf-8"))
    return SigningIdentity.load(folder)


def _retire(folder: Path, identity: SigningIdentity) -> None:
    """Move the current identity aside (still private) so a new one can take its place."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = folder / RETIRED_FOLDER / f"{stamp}-{identity.fingerprint.replace(':', '')[:16]}"
    _make_private_folder(target.parent)
    _make_private_folder(target)
    for name in (INFO_FILE, KEY_FILE, CERT_FILE, CHAIN_FILE):  # the marker first: no half identity remains
        if (folder / name).exists():
            os.replace(folder / name, target / name)


def _make_private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    _restrict_permissions(folder)


def _restrict_permissions(folder: Path) -> None:
    """Folder 0700 and key files 0600, even if something (a copy, a umask) loosened them."""
    if os.name == "nt":  # NTFS ACLs of the user's profile already keep others out
        return
    os.chmod(folder, 0o700)
    for child in folder.iterdir():
        if child.is_file():
            os.chmod(child, 0o600)


def _write_private(path: Path, data: bytes) -> None:
    """Atomic write of a file that is 0600 from the moment it exists (never briefly world-readable)."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _load_private_key(folder: Path):
    try:
        return serialization.load_pem_private_key((folder / KEY_FILE).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise SigningError("The signing key on this computer cannot be read.",
                           "Import your organisation's certificate again, or remove the signing folder "
                           "to let SynthStudio create a new identity.", details=str(exc)) from exc


# -- detached CMS ------------------------------------------------------------------------------

@dataclass(frozen=True)
class SignatureCheck:
    """What a signature says, in fields for programs and one sentence for people.

    ``intact``: the signed bytes are unchanged and the signature matches the certificate.
    ``trusted``: the certificate is one of (or chains to) the certificates the caller trusts.
    ``code`` is stable (for tests and translations): ``intact_trusted``, ``intact_self_signed``,
    ``intact_untrusted``, ``broken``, ``unsigned``, ``unreadable``.
    """

    intact: bool
    trusted: bool
    signer: str = ""                 # the certificate's subject, e.g. "CN=Statistics Office,O=..."
    organisation: str = ""
    fingerprint: str = ""
    signing_time: datetime | None = None
    self_signed: bool = False
    code: str = "unreadable"
    verdict: str = ""


def sign_detached(data: bytes, identity: SigningIdentity) -> bytes:
    """A detached CMS (PKCS#7) signature of ``data``, DER-encoded (the ``.p7s`` file)."""
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    signer = identity.pyhanko_signer()
    # CAdES-BES: signing-certificate-v2 binds the certificate; signingTime says when (self-reported).
    attributes = PdfCMSSignedAttributes(signing_time=datetime.now(timezone.utc))
    content_info = asyncio.run(signer.async_sign_general_data(
        data, DIGEST, detached=True, use_cades=True, signed_attr_settings=attributes))
    return content_info.dump()


def verify_detached(data: bytes, signature: bytes,
                    trusted: Iterable[x509.Certificate] = ()) -> SignatureCheck:
    """Check a detached CMS signature made by :func:`sign_detached` (or any CMS signer)."""
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms

    try:
        content_info = asn1_cms.ContentInfo.load(signature)
        signed_data = content_info["content"]
        if content_info["content_type"].native != "signed_data":
            raise ValueError("not a CMS SignedData object")
        status = asyncio.run(async_validate_detached_cms(
            data, signed_data, signer_validation_context=validation_context(trusted),
            key_usage_settings=key_usage_constraints()))
    except Exception as exc:  # any parsing failure means: this is not a signature we can read
        return SignatureCheck(intact=False, trusted=False, code="unreadable",
                              verdict=f"The signature file cannot be read as a digital signature ({exc}).")
    return describe_status(status, signing_time=status.signer_reported_dt, what="file")


def validation_context(trusted: Iterable[x509.Certificate | asn1_x509.Certificate] = ()):
    """Offline validation: only the certificates the user trusts, never a download."""
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(trust_roots=[to_asn1_certificate(c) for c in trusted],
                             allow_fetching=False, revocation_mode="soft-fail")


def key_usage_constraints():
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    return KeyUsageConstraints(key_usage=set(ACCEPTED_KEY_USAGES), match_all_key_usages=False)


def describe_status(status: Any, signing_time: datetime | None, what: str) -> SignatureCheck:
    """Turn a pyHanko signature status into a :class:`SignatureCheck` with a plain verdict.

    ``what`` names the signed thing in the sentence ("file", "document").
    """
    cert = x509.load_der_x509_certificate(status.signing_cert.dump())
    intact = bool(status.intact and status.valid)
    trusted = bool(intact and status.trusted)
    organisation = _subject_organisation(cert.subject)
    fingerprint = certificate_fingerprint(cert)
    self_signed = _is_self_signed(cert)
    when = f" on {signing_time.astimezone(timezone.utc):%Y-%m-%d %H:%M} UTC" if signing_time else ""
    if not intact:
        code = "broken"
        verdict = (f"The signature is BROKEN: the {what} was changed after {organisation} signed it. "
                   "Do not rely on its contents; ask the sender for a fresh copy.")
    elif trusted:
        code = "intact_trusted"
        verdict = (f"The signature is valid: the {what} is unchanged since {organisation} signed it{when}, "
                   "with a certificate you trust.")
    elif self_signed:
        code = "intact_self_signed"
        verdict = (f"The {what} is unchanged since it was signed{when} with a self-signed certificate in the "
                   f"name of {organisation}. That proves its integrity; who signed it is only as certain as "
                   f"the fingerprint: compare {fingerprint} with the one {organisation} published.")
    else:
        code = "intact_untrusted"
        verdict = (f"The {what} is unchanged since it was signed{when} by {organisation}, but the certificate "
                   "is not among those you trust. Compare its fingerprint "
                   f"{fingerprint} with the one {organisation} published, or add its certificate authority.")
    return SignatureCheck(intact=intact, trusted=trusted, signer=cert.subject.rfc4514_string(),
                          organisation=organisation, fingerprint=fingerprint, signing_time=signing_time,
                          self_signed=self_signed, code=code, verdict=verdict)
