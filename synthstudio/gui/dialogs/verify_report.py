"""What the verify dialog shows for each checked item: a short verdict, a traffic light, and the
details as plain "Label: value" lines anyone can copy into an e-mail or an audit file.

The core's own verdict sentence is always included in full; the short headline only sorts it
into one of a few plain outcomes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from synthstudio.core.provenance.verify_data import DataVerification, ManifestCheck
from synthstudio.core.provenance.watermark import KeyEvidence
from synthstudio.core.report.verify_pdf import PdfCheck
from synthstudio.gui.provenance_tasks import FORMAT_NAMES, ReleaseFolderCheck, Unverifiable, Verified
from synthstudio.gui.traffic_light import BAD, CAUTION, GOOD, NEUTRAL


def _t(text: str) -> str:
    return QCoreApplication.translate("VerifyReport", text)


@dataclass
class VerifyRow:
    name: str
    kind: str
    level: str                     # traffic_light level
    headline: str                  # a few words
    details: list[str]             # "Label: value" lines
    children: list["VerifyRow"] = field(default_factory=list)

    def report(self, indent: str = "") -> str:
        """This row and its children as plain text."""
        lines = [f"{indent}{self.name} — {self.headline}"] + [f"{indent}  {line}" for line in self.details]
        text = "\n".join(lines)
        for child in self.children:
            text += "\n\n" + child.report(indent + "    ")
        return text


def describe(path: Path, verified: Verified) -> VerifyRow:
    if isinstance(verified, ReleaseFolderCheck):
        return _release_row(path, verified)
    if isinstance(verified, PdfCheck):
        return _pdf_row(verified)
    if isinstance(verified, DataVerification):
        return _data_row(verified)
    return _unverifiable_row(verified)


# -- data files --------------------------------------------------------------------------------------

def _data_headline(code: str) -> tuple[str, str]:
    return {
        "changed": (BAD, _t("CHANGED since release")),
        "manifest_broken": (BAD, _t("Manifest signature BROKEN")),
        "synthetic_unlisted": (CAUTION, _t("Synthetic data, not listed in a manifest")),
        "watermark_only": (CAUTION, _t("Watermark found, no description")),
        "no_evidence": (NEUTRAL, _t("No sign of SynthStudio data")),
    }.get(code, (NEUTRAL, code))


def _watermark_word(verdict: str) -> str:
    return {"watermarked": _t("found"), "likely": _t("weak signs (possibly a small synthetic part)"),
            "not_found": _t("not found"),
            "too_few_values": _t("too few suitable numbers to test")}.get(verdict, verdict)


def _data_row(result: DataVerification) -> VerifyRow:
    if result.code == "unchanged":
        level, headline = ((GOOD, _t("Unchanged since release")) if result.manifest.signature_intact
                           else (CAUTION, _t("Unchanged, but the manifest is not signed")))
    else:
        level, headline = _data_headline(result.code)
    kind = _t("Data file ({0})").format(FORMAT_NAMES.get(result.file_format or "", result.path.suffix.lstrip(".")
                                                         or _t("table")))
    details = [_t("File: {0}").format(result.path), _t("Kind: {0}").format(kind),
               _t("Verdict: {0}").format(result.verdict)]
    details += _manifest_lines(result.manifest)
    sources = result.provenance.sources
    details.append(_t("Metadata found: {0}").format(", ".join(sources) if sources else _t("none")))
    details += _watermark_lines(result)
    details += [_t("Note: {0}").format(note) for note in result.notes]
    return VerifyRow(result.path.name, kind, level, headline, details)


def _manifest_lines(manifest: ManifestCheck) -> list[str]:
    if manifest.status == "no_manifest" or manifest.manifest_path is None:
        return [_t("Release manifest: none lists this file, so changes cannot be detected")]
    name = manifest.manifest_path.name
    lines = [_t("Release manifest: the file's fingerprint matches {0}").format(name) if manifest.status == "match"
             else _t("Release manifest: the file's fingerprint DIFFERS from {0}").format(name)]
    if manifest.changed_columns:
        lines.append(_t("  Changed columns: {0}").format(", ".join(manifest.changed_columns)))
    if manifest.missing_columns:
        lines.append(_t("  Removed columns: {0}").format(", ".join(manifest.missing_columns)))
    if manifest.rows_found is not None and manifest.rows_expected is not None:
        lines.append(_t("  Rows: {0:,} (released: {1:,})").format(manifest.rows_found, manifest.rows_expected))
    lines.append(_t("Manifest signature: {0}").format(manifest.signature_verdict or manifest.signature))
    if manifest.signer:
        lines.append(_t("  Signer: {0}").format(manifest.signer))
    if manifest.fingerprint:
        lines.append(_t("  Certificate fingerprint (SHA-256): {0}").format(manifest.fingerprint))
    return lines


def _key_line(label: str, evidence: KeyEvidence) -> str:
    return _t("  {0}: z = {1:.1f} from {2:,} distinct numbers (4 or more means watermarked)").format(
        label, evidence.z, evidence.values)


def _watermark_lines(result: DataVerification) -> list[str]:
    if result.values is None:
        return [_t("Watermark: not checked (the values could not be read)")]
    detection = result.values.detection
    lines = [_t("Watermark: {0}").format(_watermark_word(detection.verdict)),
             _key_line(_t("Public key"), detection.public)]
    if detection.organisation is not None:
        lines.append(_key_line(_t("Organisation key"), detection.organisation))
    values = result.values
    if detection.dataset_id:
        lines.append(_t("  Dataset ID: {0} (read from the numbers)").format(detection.dataset_id))
    elif values.dataset_id:
        lines.append(_t("  Dataset ID: {0} (confirmed by the numbers, z = {1:.1f})").format(
            values.dataset_id, values.id_match or 0.0))
    elif result.dataset_id:
        lines.append(_t("  Dataset ID: {0} (from the descriptions only)").format(result.dataset_id))
    else:
        lines.append(_t("  Dataset ID: not found"))
    share = detection.synthetic_share
    lines.append(_t("  Estimated synthetic share: {0}").format(
        _t("about {0:.0%}").format(share) if share is not None else _t("not measured")))
    return lines


# -- PDFs --------------------------------------------------------------------------------------------

def _pdf_level(check: PdfCheck) -> tuple[str, str]:
    if check.code == "unsigned":
        return CAUTION, _t("Not signed")
    if check.intact:
        return GOOD, (_t("Signature intact, trusted certificate") if check.trusted else _t("Signature intact"))
    if check.code == "unreadable":
        return BAD, _t("Damaged or not a PDF")
    return BAD, _t("Signature BROKEN")


def _pdf_row(check: PdfCheck, kind: str | None = None, manifest_status: str | None = None) -> VerifyRow:
    level, headline = _pdf_level(check)
    kind = kind or _t("PDF document")
    details = [_t("File: {0}").format(check.path), _t("Kind: {0}").format(kind),
               _t("Verdict: {0}").format(check.verdict)]
    if manifest_status is not None:
        details.append(_t("Release manifest: the file's fingerprint matches") if manifest_status == "match"
                       else _t("Release manifest: the file's fingerprint DIFFERS"))
    if check.signed:
        details += [
            _t("Signature: {0}").format(_t("intact") if check.intact else _t("BROKEN")),
            _t("Signed by: {0}").format(check.organisation or check.signer),
            _t("Certificate: {0}").format(check.signer),
            _t("Certificate fingerprint (SHA-256): {0}").format(check.fingerprint),
            _t("Certificate trust: {0}").format(
                _t("one you trust") if check.trusted
                else _t("self-signed: compare the fingerprint with the one the organisation published")
                if check.self_signed else _t("not among the certificates you trust")),
            _t("Signed at: {0}").format(f"{check.signing_time:%Y-%m-%d %H:%M %Z}".strip() if check.signing_time
                                        else _t("not stated")),
            _t("Covers the whole file: {0}").format(_t("yes") if check.whole_document else _t("no"))]
    if check.attachments:
        details.append(_t("Attached files: {0}").format(", ".join(check.attachments)))
    return VerifyRow(check.path.name, kind, level, headline, details)


# -- release folders ---------------------------------------------------------------------------------

def _release_row(path: Path, check: ReleaseFolderCheck) -> VerifyRow:
    release = check.release
    if release.altered:
        level, headline = BAD, _t("NOT as released")
    elif release.signature.startswith("intact"):
        level, headline = GOOD, _t("All files as released")
    else:
        level, headline = CAUTION, _t("Files match, but the manifest is not signed")
    kind = _t("Release folder")
    details = [_t("Folder: {0}").format(path), _t("Kind: {0}").format(kind),
               _t("Verdict: {0}").format(release.verdict), _t("Dataset ID: {0}").format(release.dataset_id),
               _t("Manifest signature: {0}").format(release.signature_verdict or release.signature)]
    if release.missing:
        details.append(_t("Missing files: {0}").format(", ".join(release.missing)))
    if release.unlisted:
        details.append(_t("Files not part of the release: {0}").format(", ".join(release.unlisted)))
    children = [_data_row(data) for data in release.files]
    pdfs = {pdf.path.name: pdf for pdf in check.datasheets}
    for name, status in release.other_files.items():
        if name in pdfs:
            children.append(_pdf_row(pdfs[name], _t("Datasheet (signed PDF)"), status))
        else:
            children.append(_listed_file_row(path / name, status))
    children += [VerifyRow(name, _t("Listed in the manifest"), BAD, _t("MISSING"),
                           [_t("File: {0}").format(path / name), _t("Verdict: the manifest lists this file, but it "
                                                                    "is not in the folder.")])
                 for name in release.missing]
    return VerifyRow(path.name, kind, level, headline, details, children)


def _listed_file_row(path: Path, status: str) -> VerifyRow:
    kind = _t("Description (JSON-LD)") if path.suffix.lower() == ".json" else _t("Release file")
    matches = status == "match"
    return VerifyRow(path.name, kind, GOOD if matches else BAD,
                     _t("Unchanged since release") if matches else _t("CHANGED since release"),
                     [_t("File: {0}").format(path), _t("Kind: {0}").format(kind),
                      _t("Release manifest: the file's fingerprint matches") if matches
                      else _t("Release manifest: the file's fingerprint DIFFERS")])


def _unverifiable_row(item: Unverifiable) -> VerifyRow:
    error = item.error
    details = [_t("File: {0}").format(item.path), _t("Problem: {0}").format(error.message)]
    if error.remedy:
        details.append(_t("What to do: {0}").format(error.remedy))
    return VerifyRow(item.path.name or str(item.path), _t("Not checked"), CAUTION, _t("Could not be checked"),
                     details)
