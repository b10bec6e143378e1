"""verify_any on a real release with its signed datasheet: the folder check includes the PDF's
signature, so a datasheet edited behind the manifest's back is caught."""
from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from provenance_helpers import run_record, simple_schema

from synthstudio.core.errors import BadInputError, Cancelled
from synthstudio.core.fileio import file_sha256
from synthstudio.core.provenance.registry import Registry
from synthstudio.core.provenance.release import release_data
from synthstudio.core.provenance.release_info import ReleaseOptions
from synthstudio.core.provenance.signing import SigningIdentity, ensure_identity
from synthstudio.core.provenance.verify_any import ReleaseFolderCheck, verify_any
from synthstudio.core.provenance.verify_data import DataVerification, verify_release
from synthstudio.core.report.verify_pdf import PdfCheck
from synthstudio.core.report.writer import datasheet_writer

PDF = "adult.SYNTHETIC.datasheet.pdf"
CSV = "adult.SYNTHETIC.csv"


@pytest.fixture(scope="module")
def signed_release(adult, tmp_path_factory) -> tuple[Path, SigningIdentity]:
    """300 Adult rows released as CSV with the real signed datasheet, made once for the module."""
    base = tmp_path_factory.mktemp("release-with-datasheet")
    identity = ensure_identity("Office of Test Statistics", folder=base / "signing")
    frame = adult.sample(300, random_state=5).reset_index(drop=True)
    result = release_data(frame, run_record(frame, simple_schema(frame)), base / "release",
                          ReleaseOptions(formats=("csv",), organisation=identity.organisation),
                          registry=Registry(base / "registry.sqlite3"), signing_identity=identity,
                          datasheet=datasheet_writer(identity))
    return result.folder, identity


@pytest.fixture
def release(signed_release, tmp_path) -> Path:
    """This test's own copy of the release folder, free to tamper with."""
    return Path(shutil.copytree(signed_release[0], tmp_path / "release"))


def flip_byte_the_signature_covers(pdf: Path) -> None:
    data = bytearray(pdf.read_bytes())
    data[data.index(b"ReportLab Generated")] ^= 0x01       # a comment line: the file still opens
    pdf.write_bytes(bytes(data))


def test_a_release_folder_check_includes_its_datasheet_signature(release, signed_release):
    trusted = [signed_release[1].certificate]
    check = verify_any(release, trusted=trusted)
    assert isinstance(check, ReleaseFolderCheck) and not check.altered
    [sheet] = check.datasheets
    assert sheet.path == release / PDF and sheet.code == "intact_trusted"
    assert check.to_dict()["datasheets"][0]["signer"] == "Office of Test Statistics"
    assert check.verdict == check.release.verdict and "signed and intact" in check.verdict
    # a single PDF or data file goes to its own checker
    assert isinstance(verify_any(release / PDF, trusted=trusted), PdfCheck)
    data = verify_any(release / CSV, trusted=trusted)
    assert isinstance(data, DataVerification) and data.code == "unchanged"


def test_a_tampered_datasheet_inside_the_folder_is_reported(release):
    flip_byte_the_signature_covers(release / PDF)
    check = verify_any(release)
    assert check.altered and check.release.other_files[PDF] == "changed"
    assert check.datasheets[0].code == "broken" and check.datasheets[0].altered
    assert f"The signature of the datasheet {PDF} does not hold" in check.verdict
    assert check.to_dict()["datasheets"][0]["code"] == "broken"


def test_a_datasheet_changed_together_with_an_unsigned_manifest_is_still_caught(release):
    pdf = release / PDF
    flip_byte_the_signature_covers(pdf)
    manifest_path = release / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    [entry] = [entry for entry in manifest["files"] if entry["name"] == PDF]
    entry["sha256"], entry["size"] = file_sha256(pdf), pdf.stat().st_size
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    (release / "manifest.json.p7s").unlink()        # the forger cannot sign, so drops the signature
    assert not verify_release(release).altered        # the manifest alone vouches for the edited PDF
    check = verify_any(release)
    assert check.altered and check.datasheets[0].code == "broken"


def test_cancel_before_the_datasheet_check_and_a_missing_path(release, tmp_path):
    cancel = threading.Event()

    def stop_at_the_signature(fraction, message):
        if message == f"Checking the signature of {PDF}":
            cancel.set()

    with pytest.raises(Cancelled):
        verify_any(release, progress=stop_at_the_signature, cancel=cancel)
    with pytest.raises(BadInputError) as error:
        verify_any(tmp_path / "nowhere.csv")
    assert error.value.code == "not_found"
