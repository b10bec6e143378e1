"""What the verify dialog shows for each checked item: a short verdict, a traffic light, and the
details as plain "Label: value" lines anyone can copy into an e-mail or an audit file.

The core's own verdict sentence is always included in full; the short headline only sorts it
into one of a few plain outcomes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from synthstudio.core.provenance.verify_any import ReleaseFolderCheck
from synthstudio.core.provenance.verify_data import DataVerification, ManifestCheck
from synthstudio.core.provenance.watermark import KeyEvidence
from synthstudio.core.report.verify_pdf import PdfCheck
from synthstudio.gui.provenance_tasks import FORMAT_NAMES, Unverifiable, Verified
from synthstudio.gui.traffic_light import BAD, CAUTION, GOOD, NEUTRAL
from synthstudio.gui.labels import count_text, number_text, percent_text

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


@dataclass
class VerifyRow:
    name: str
    kind: str
    level: str  # traffic_light level
    headline: str  # a few words
    details: list[str]  # "Label: value" lines
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
        "changed": (BAD, translate("VerifyReport", "CHANGED since release")),
        "manifest_broken": (BAD, translate("VerifyReport", "Manifest signature BROKEN")),
        "synthetic_unlisted": (CAUTION, translate("VerifyReport", "Synthetic data, not listed in a manifest")),
        "watermark_only": (CAUTION, translate("VerifyReport", "Watermark found, no description")),
        "no_evidence": (NEUTRAL, translate("VerifyReport", "No sign of SynthStudio data")),
    }.get(code, (NEUTRAL, code))


def _watermark_word(verdict: str) -> str:
    return {
        "watermarked": translate("VerifyReport", "found"),
        "likely": translate("VerifyReport", "weak signs (possibly a small synthetic part)"),
        "not_found": translate("VerifyReport", "not found"),
        "too_few_values": translate("VerifyReport", "too few suitable numbers to test"),
    }.get(verdict, verdict)


def _data_row(result: DataVerification) -> VerifyRow:
    if result.code == "unchanged":
        level, headline = (
            (GOOD, translate("VerifyReport", "Unchanged since release"))
            if result.manifest.signature_intact
            else (CAUTION, translate("VerifyReport", "Unchanged, but the manifest is not signed"))
        )
    else:
        level, headline = _data_headline(result.code)
    kind = translate("VerifyReport", "Data file ({0})").format(
        FORMAT_NAMES.get(result.file_format or "", result.path.suffix.lstrip(".") or translate("VerifyReport", "table"))
    )
    details = [
        translate("VerifyReport", "File: {0}").format(result.path),
        translate("VerifyReport", "Kind: {0}").format(kind),
        translate("VerifyReport", "Verdict: {0}").format(result.verdict),
    ]
    details += _manifest_lines(result.manifest)
    sources = result.provenance.sources
    details.append(
        translate("VerifyReport", "Metadata found: {0}").format(
            ", ".join(sources) if sources else translate("VerifyReport", "none")
        )
    )
    details += _watermark_lines(result)
    details += [translate("VerifyReport", "Note: {0}").format(note) for note in result.notes]
    return VerifyRow(result.path.name, kind, level, headline, details)


def _manifest_lines(manifest: ManifestCheck) -> list[str]:
    if manifest.status == "no_manifest" or manifest.manifest_path is None:
        return [translate("VerifyReport", "Release manifest: none lists this file, so changes cannot be detected")]
    name = manifest.manifest_path.name
    lines = [
        translate("VerifyReport", "Release manifest: the file's fingerprint matches {0}").format(name)
        if manifest.status == "match"
        else translate("VerifyReport", "Release manifest: the file's fingerprint DIFFERS from {0}").format(name)
    ]
    if manifest.changed_columns:
        lines.append(translate("VerifyReport", "  Changed columns: {0}").format(", ".join(manifest.changed_columns)))
    if manifest.missing_columns:
        lines.append(translate("VerifyReport", "  Removed columns: {0}").format(", ".join(manifest.missing_columns)))
    if manifest.rows_found is not None and manifest.rows_expected is not None:
        lines.append(
            translate("VerifyReport", "  Rows: {0} (released: {1})").format(
                count_text(manifest.rows_found), count_text(manifest.rows_expected)
            )
        )
    lines.append(
        translate("VerifyReport", "Manifest signature: {0}").format(manifest.signature_verdict or manifest.signature)
    )
    if manifest.signer:
        lines.append(translate("VerifyReport", "  Signer: {0}").format(manifest.signer))
    if manifest.fingerprint:
        lines.append(translate("VerifyReport", "  Certificate fingerprint (SHA-256): {0}").format(manifest.fingerprint))
    return lines


def _key_line(label: str, evidence: KeyEvidence) -> str:
    return translate(
        "VerifyReport", "  {0}: z = {1} from {2} distinct numbers (4 or more means watermarked)"
    ).format(label, number_text(evidence.z, 1), count_text(evidence.values))


def _watermark_lines(result: DataVerification) -> list[str]:
    if result.values is None:
        return [translate("VerifyReport", "Watermark: not checked (the values could not be read)")]
    detection = result.values.detection
    lines = [
        translate("VerifyReport", "Watermark: {0}").format(_watermark_word(detection.verdict)),
        _key_line(translate("VerifyReport", "Public key"), detection.public),
    ]
    if detection.organisation is not None:
        lines.append(_key_line(translate("VerifyReport", "Organisation key"), detection.organisation))
    values = result.values
    if detection.dataset_id:
        lines.append(
            translate("VerifyReport", "  Dataset ID: {0} (read from the numbers)").format(detection.dataset_id)
        )
    elif values.dataset_id:
        lines.append(
            translate("VerifyReport", "  Dataset ID: {0} (confirmed by the numbers, z = {1})").format(
                values.dataset_id, number_text(values.id_match or 0.0, 1)
            )
        )
    elif result.dataset_id:
        lines.append(
            translate("VerifyReport", "  Dataset ID: {0} (from the descriptions only)").format(result.dataset_id)
        )
    else:
        lines.append(translate("VerifyReport", "  Dataset ID: not found"))
    share = detection.synthetic_share
    lines.append(
        translate("VerifyReport", "  Estimated synthetic share: {0}").format(
            translate("VerifyReport", "about {0}").format(percent_text(share))
            if share is not None
            else translate("VerifyReport", "not measured")
        )
    )
    return lines


# -- PDFs --------------------------------------------------------------------------------------------


def _pdf_level(check: PdfCheck) -> tuple[str, str]:
    if check.code == "unsigned":
        return CAUTION, translate("VerifyReport", "Not signed")
    if check.intact:
        return GOOD, (
            translate("VerifyReport", "Signature intact, trusted certificate")
            if check.trusted
            else translate("VerifyReport", "Signature intact")
        )
    if check.code == "unreadable":
        return BAD, translate("VerifyReport", "Damaged or not a PDF")
    return BAD, translate("VerifyReport", "Signature BROKEN")


def _pdf_row(check: PdfCheck, kind: str | None = None, manifest_status: str | None = None) -> VerifyRow:
    level, headline = _pdf_level(check)
    kind = kind or translate("VerifyReport", "PDF document")
    details = [
        translate("VerifyReport", "File: {0}").format(check.path),
        translate("VerifyReport", "Kind: {0}").format(kind),
        translate("VerifyReport", "Verdict: {0}").format(check.verdict),
    ]
    if manifest_status is not None:
        details.append(
            translate("VerifyReport", "Release manifest: the file's fingerprint matches")
            if manifest_status == "match"
            else translate("VerifyReport", "Release manifest: the file's fingerprint DIFFERS")
        )
    if check.signed:
        details += [
            translate("VerifyReport", "Signature: {0}").format(
                translate("VerifyReport", "intact") if check.intact else translate("VerifyReport", "BROKEN")
            ),
            translate("VerifyReport", "Signed by: {0}").format(check.organisation or check.signer),
            translate("VerifyReport", "Certificate: {0}").format(check.signer),
            translate("VerifyReport", "Certificate fingerprint (SHA-256): {0}").format(check.fingerprint),
            translate("VerifyReport", "Certificate trust: {0}").format(
                translate("VerifyReport", "one you trust")
                if check.trusted
                else translate(
                    "VerifyReport", "self-signed: compare the fingerprint with the one the organisation published"
                )
                if check.self_signed
                else translate("VerifyReport", "not among the certificates you trust")
            ),
            translate("VerifyReport", "Signed at: {0}").format(
                f"{check.signing_time:%Y-%m-%d %H:%M %Z}".strip()
                if check.signing_time
                else translate("VerifyReport", "not stated")
            ),
            translate("VerifyReport", "Covers the whole file: {0}").format(
                translate("VerifyReport", "yes") if check.whole_document else translate("VerifyReport", "no")
            ),
        ]
    if check.attachments:
        details.append(translate("VerifyReport", "Attached files: {0}").format(", ".join(check.attachments)))
    return VerifyRow(check.path.name, kind, level, headline, details)


# -- release folders ---------------------------------------------------------------------------------


def _release_row(path: Path, check: ReleaseFolderCheck) -> VerifyRow:
    release = check.release
    if check.altered:
        level, headline = BAD, translate("VerifyReport", "NOT as released")
    elif release.signature.startswith("intact"):
        level, headline = GOOD, translate("VerifyReport", "All files as released")
    else:
        level, headline = CAUTION, translate("VerifyReport", "Files match, but the manifest is not signed")
    kind = translate("VerifyReport", "Release folder")
    details = [
        translate("VerifyReport", "Folder: {0}").format(path),
        translate("VerifyReport", "Kind: {0}").format(kind),
        translate("VerifyReport", "Verdict: {0}").format(check.verdict),
        translate("VerifyReport", "Dataset ID: {0}").format(release.dataset_id),
        translate("VerifyReport", "Manifest signature: {0}").format(release.signature_verdict or release.signature),
    ]
    if release.missing:
        details.append(translate("VerifyReport", "Missing files: {0}").format(", ".join(release.missing)))
    if release.unlisted:
        details.append(
            translate("VerifyReport", "Files not part of the release: {0}").format(", ".join(release.unlisted))
        )
    children = [_data_row(data) for data in release.files]
    pdfs = {pdf.path.name: pdf for pdf in check.datasheets}
    for name, status in release.other_files.items():
        if name in pdfs:
            children.append(_pdf_row(pdfs[name], translate("VerifyReport", "Datasheet (signed PDF)"), status))
        else:
            children.append(_listed_file_row(path / name, status))
    children += [
        VerifyRow(
            name,
            translate("VerifyReport", "Listed in the manifest"),
            BAD,
            translate("VerifyReport", "MISSING"),
            [
                translate("VerifyReport", "File: {0}").format(path / name),
                translate("VerifyReport", "Verdict: the manifest lists this file, but it is not in the folder."),
            ],
        )
        for name in release.missing
    ]
    return VerifyRow(path.name, kind, level, headline, details, children)


def _listed_file_row(path: Path, status: str) -> VerifyRow:
    kind = (
        translate("VerifyReport", "Description (JSON-LD)")
        if path.suffix.lower() == ".json"
        else translate("VerifyReport", "Release file")
    )
    matches = status == "match"
    return VerifyRow(
        path.name,
        kind,
        GOOD if matches else BAD,
        translate("VerifyReport", "Unchanged since release")
        if matches
        else translate("VerifyReport", "CHANGED since release"),
        [
            translate("VerifyReport", "File: {0}").format(path),
            translate("VerifyReport", "Kind: {0}").format(kind),
            translate("VerifyReport", "Release manifest: the file's fingerprint matches")
            if matches
            else translate("VerifyReport", "Release manifest: the file's fingerprint DIFFERS"),
        ],
    )


def _unverifiable_row(item: Unverifiable) -> VerifyRow:
    error = item.error
    details = [
        translate("VerifyReport", "File: {0}").format(item.path),
        translate("VerifyReport", "Problem: {0}").format(error.message),
    ]
    if error.remedy:
        details.append(translate("VerifyReport", "What to do: {0}").format(error.remedy))
    return VerifyRow(
        item.path.name or str(item.path),
        translate("VerifyReport", "Not checked"),
        CAUTION,
        translate("VerifyReport", "Could not be checked"),
        details,
    )
