"""The verify dialog on a real release: intact files pass, a changed CSV cell and a changed PDF byte
are reported; a manifest stands for its folder; every detail can be copied."""
from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from release_helpers import (ORGANISATION, change_one_cell, credit_result, flip_signed_pdf_byte, job_controller,
                             release_now)

from synthstudio.gui.dialogs.verify_dialog import VerifyDialog
from synthstudio.gui.provenance_tasks import verification_targets
from synthstudio.gui.traffic_light import BAD, GOOD, NEUTRAL
from synthstudio.gui.workers import JobController

JOB_TIMEOUT_MS = 60_000
CSV = "german_credit.SYNTHETIC.csv"
PDF = "german_credit.SYNTHETIC.datasheet.pdf"


@pytest.fixture
def release(shared_data, tmp_path):
    outcome = release_now(credit_result(shared_data), tmp_path / "release", formats=("csv",))
    return outcome.release.folder


@pytest.fixture
def jobs(qtbot) -> Iterator[JobController]:
    yield from job_controller(qtbot)


def checked(qtbot, jobs, paths) -> VerifyDialog:
    dialog = VerifyDialog(jobs, paths=paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: jobs.is_idle() and bool(dialog.rows), timeout=JOB_TIMEOUT_MS)
    return dialog


def test_an_intact_release_folder_is_green_with_signer_and_watermark(qtbot, jobs, release):
    dialog = checked(qtbot, jobs, [release])
    folder = dialog.rows[0]
    assert folder.level == GOOD and folder.headline == "All files as released"
    children = {row.name: row for row in folder.children}
    assert children[CSV].level == GOOD and children[CSV].headline == "Unchanged since release"
    assert children[PDF].level == GOOD and children[PDF].headline == "Signature intact, trusted certificate"
    assert children[CSV + ".json"].level == GOOD
    csv_details = "\n".join(children[CSV].details)
    assert f"Signer: {ORGANISATION}" in csv_details and "Watermark: found" in csv_details
    assert "Estimated synthetic share: about" in csv_details and "Dataset ID: SYN-" in csv_details
    assert dialog.tree.topLevelItem(0).childCount() == len(folder.children)

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    report = QGuiApplication.clipboard().text()
    assert "Certificate fingerprint (SHA-256):" in report and "z = " in report and CSV in report

    # selecting a line shows its details in the (selectable, read-only) details box
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(0))
    assert dialog.details.isReadOnly() and dialog.details.toPlainText().startswith(folder.children[0].name)


def test_a_changed_csv_cell_and_a_changed_pdf_byte_are_reported(qtbot, jobs, release):
    change_one_cell(release / CSV)
    flip_signed_pdf_byte(release / PDF)
    dialog = checked(qtbot, jobs, [release / CSV, release / PDF])
    data, pdf = dialog.rows
    assert data.level == BAD and data.headline == "CHANGED since release"
    assert any(line.startswith("  Changed columns: ") for line in data.details)
    assert pdf.level == BAD and pdf.headline == "Signature BROKEN"
    assert "Signature: BROKEN" in pdf.details
    assert dialog.tree.topLevelItem(0).text(2) == "CHANGED since release"

    again = checked(qtbot, jobs, [release])                    # the folder as a whole is not as released
    assert again.rows[0].level == BAD and again.rows[0].headline == "NOT as released"


def test_a_manifest_stands_for_its_folder_and_real_data_shows_no_evidence(qtbot, jobs, release, shared_data):
    assert verification_targets([release / "manifest.json", release / "manifest.json.p7s",
                                 release / (CSV + ".json")]) == [release, release / CSV]
    dialog = checked(qtbot, jobs, [release / "manifest.json", shared_data / "german_credit.csv"])
    assert dialog.rows[0].kind == "Release folder" and dialog.rows[0].level == GOOD
    real = dialog.rows[1]
    assert real.level == NEUTRAL and real.headline == "No sign of SynthStudio data"


def test_a_missing_path_is_reported_not_fatal(qtbot, jobs, tmp_path, release):
    dialog = checked(qtbot, jobs, [tmp_path / "nowhere.csv", release / CSV])
    assert dialog.rows[0].headline == "Could not be checked"
    assert dialog.rows[1].level == GOOD
