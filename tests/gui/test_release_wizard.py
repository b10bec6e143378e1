"""The release wizard, driven as a person would: a real synthetic result released into a folder,
verified unchanged; the release gate; formats; existing files; stopping; importing a certificate."""
from __future__ import annotations

from typing import Iterator

import json
from datetime import datetime, timedelta, timezone

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWizard
from release_helpers import ORGANISATION, click_checkbox, credit_result, job_controller, press_next, release_now

from synthstudio.core.provenance.signing import SigningIdentity
from synthstudio.core.provenance.verify_data import verify_release
from synthstudio.core.report.verify_pdf import pdf_attachments
from synthstudio.gui.traffic_light import GOOD
from synthstudio.gui.wizards.release_wizard import ReleaseWizard
from synthstudio.gui.workers import JobController

JOB_TIMEOUT_MS = 60_000
Button = QMessageBox.StandardButton


@pytest.fixture
def jobs(qtbot) -> Iterator[JobController]:
    yield from job_controller(qtbot)


def make_wizard(qtbot, jobs, settings, results) -> ReleaseWizard:
    wizard = ReleaseWizard(jobs, results, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_until_summary(qtbot, wizard: ReleaseWizard, folder, formats=("csv", "parquet")) -> None:
    """Results -> gate -> formats and folder -> description -> summary, filling what a person fills."""
    press_next(qtbot, wizard)                                     # the result is ticked already
    if wizard.currentPage() is wizard.gate_page:
        press_next(qtbot, wizard)
    page = wizard.files_page
    for file_format, box in page.format_boxes.items():
        if box.isChecked() != (file_format in formats):
            click_checkbox(qtbot, box)
    page.folder_edit.clear()
    qtbot.keyClicks(page.folder_edit, str(folder))
    press_next(qtbot, wizard)
    description = wizard.description_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()   # contact, licence, uses missing
    qtbot.keyClicks(description.contact, "data@stat.example")
    qtbot.keyClicks(description.licence.lineEdit(), "CC-BY-4.0")
    qtbot.keyClicks(description.intended, "Teaching")
    press_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.summary_page


def release_and_wait(qtbot, wizard: ReleaseWizard) -> None:
    press_next(qtbot, wizard)                                     # "Release"
    assert wizard.currentPage() is wizard.run_page
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=JOB_TIMEOUT_MS)


@pytest.mark.slow
def test_release_of_a_real_result_writes_signed_files_that_verify_unchanged(qtbot, jobs, settings, shared_data,
                                                                            tmp_path, monkeypatch):
    settings.organisation = ORGANISATION
    wizard = make_wizard(qtbot, jobs, settings, [credit_result(shared_data)])
    folder = tmp_path / "release"
    fill_until_summary(qtbot, wizard, folder)
    assert "will create a signing certificate for Office of Test Statistics" in wizard.summary_page.signing.text()
    summary = wizard.summary_page.summary.toPlainText()
    assert "german_credit.SYNTHETIC.csv" in summary and "german_credit.SYNTHETIC.parquet" in summary
    release_and_wait(qtbot, wizard)

    assert len(wizard.outcomes) == 1
    assert sorted(p.name for p in folder.iterdir()) == sorted([
        "german_credit.SYNTHETIC.csv", "german_credit.SYNTHETIC.csv.json", "german_credit.SYNTHETIC.parquet",
        "german_credit.SYNTHETIC.parquet.json", "german_credit.SYNTHETIC.datasheet.pdf", "manifest.json",
        "manifest.json.p7s"])
    listed = [wizard.run_page.files.item(row).text() for row in range(wizard.run_page.files.count())]
    assert any("manifest.json.p7s" in line and "signature" in line for line in listed)
    assert any("datasheet.pdf" in line and "signed" in line for line in listed)

    release = verify_release(folder)
    assert not release.altered and release.signature.startswith("intact")
    assert [f.code for f in release.files] == ["unchanged", "unchanged"]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["organisation"] == ORGANISATION and manifest["intended_uses"] == ["Teaching"]
    assert manifest["licence"] == "CC-BY-4.0" and manifest["contact"] == "data@stat.example"

    # the new signing certificate is announced once, with its fingerprint
    identity = SigningIdentity.load()
    notice = wizard.run_page.identity_notice
    assert notice.isVisible()
    assert f"created a signing certificate for {ORGANISATION}" in notice.text()
    assert identity.fingerprint in notice.text()

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(wizard.run_page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(folder)]

    qtbot.mouseClick(wizard.run_page.verify_button, Qt.MouseButton.LeftButton)
    dialog = wizard.run_page.verify_dialog
    qtbot.waitUntil(lambda: bool(dialog.rows), timeout=JOB_TIMEOUT_MS)
    assert dialog.rows[0].level == GOOD and dialog.rows[0].kind == "Release folder"
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    dialog.close()

    # a second release signs with the same certificate and says nothing about creating one
    again = make_wizard(qtbot, jobs, settings, [credit_result(shared_data)])
    fill_until_summary(qtbot, again, tmp_path / "second", formats=("excel",))
    assert identity.fingerprint in again.summary_page.signing.text()
    release_and_wait(qtbot, again)
    assert (tmp_path / "second" / "german_credit.SYNTHETIC.xlsx").is_file()
    assert not again.run_page.identity_notice.isVisible()


def test_a_failed_gate_needs_a_written_justification(qtbot, jobs, settings, shared_data, tmp_path):
    settings.organisation = ORGANISATION
    failing = credit_result(shared_data, gate="fail")
    wizard = make_wizard(qtbot, jobs, settings, [failing])
    press_next(qtbot, wizard)
    gate = wizard.gate_page
    assert wizard.currentPage() is gate and gate.justification.isVisible()
    assert "FAILED" in gate.gates.item(0).text() and "Column shapes" in gate.gates.item(0).text()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    qtbot.keyClicks(gate.justification, "too short")
    assert not next_button.isEnabled() and "more characters needed" in gate.counter.text()
    qtbot.keyClicks(gate.justification, ", approved by the data protection officer")
    assert next_button.isEnabled()
    press_next(qtbot, wizard)
    assert wizard.options_for(failing).gate_justification.startswith("too short, approved")

    fill_rest = wizard.files_page
    fill_rest.folder_edit.setText(str(tmp_path / "justified"))
    press_next(qtbot, wizard)
    wizard.description_page.contact.setText("dpo@stat.example")
    wizard.description_page.licence.setCurrentText("CC0-1.0")
    wizard.description_page.intended.setPlainText("Training courses")
    press_next(qtbot, wizard)
    assert "approved by the data protection officer" in wizard.summary_page.summary.toPlainText()
    release_and_wait(qtbot, wizard)
    manifest = json.loads((tmp_path / "justified" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["gate_justification"] == "too short, approved by the data protection officer"
    # the signed datasheet carries the verdict and the justification too
    attached = pdf_attachments(tmp_path / "justified" / "german_credit.SYNTHETIC.datasheet.pdf")
    gate_record = json.loads(attached["evaluation.json"])["gate"]
    assert gate_record["verdict"] == "fail" and gate_record["justification"] == manifest["gate_justification"]


def test_a_passing_result_needs_no_justification(qtbot, jobs, settings, shared_data):
    wizard = make_wizard(qtbot, jobs, settings, [credit_result(shared_data, gate="warn")])
    press_next(qtbot, wizard)
    assert not wizard.gate_page.justification.isVisible()
    assert "warnings" in wizard.gate_page.explanation.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_the_input_format_is_offered_and_chosen_first(qtbot, jobs, settings, shared_data):
    result = credit_result(shared_data)
    result.record["input"] = {**result.record["input"], "format": "stata", "name": "survey.dta"}
    wizard = make_wizard(qtbot, jobs, settings, [result])
    press_next(qtbot, wizard)
    press_next(qtbot, wizard)
    page = wizard.files_page
    assert page.formats() == ("stata",)
    stata = page.format_boxes["stata"]
    assert stata.isVisible() and stata.isEnabled() and "the input's format" in stata.text()
    assert not page.format_boxes["spss"].isVisible() and not page.unsupported.isVisible()
    assert page.base_name() == "survey"
    click_checkbox(qtbot, stata)      # no format: cannot go on
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


@pytest.mark.parametrize("answer", [Button.No, Button.Yes], ids=["keep", "replace"])
def test_existing_files_are_replaced_only_when_the_person_agrees(qtbot, jobs, settings, shared_data, tmp_path,
                                                                 prompts_script, answer):
    settings.organisation = ORGANISATION
    folder = tmp_path / "release"
    release_now(credit_result(shared_data), folder, formats=("csv",))
    before = (folder / "manifest.json").read_bytes(), (folder / "manifest.json").stat().st_ino

    wizard = make_wizard(qtbot, jobs, settings, [credit_result(shared_data)])
    fill_until_summary(qtbot, wizard, folder, formats=("csv",))
    prompts_script.answers.append(answer)
    release_and_wait(qtbot, wizard)

    assert len(prompts_script.asked) == 1 and "already holds files" in prompts_script.asked[0]
    after = (folder / "manifest.json").read_bytes(), (folder / "manifest.json").stat().st_ino
    if answer == Button.No:
        assert after == before
        assert wizard.outcomes == [] and "were kept" in wizard.run_page.status.text()
        assert wizard.run_page.other_folder_button.isVisible()
    else:
        assert after[1] != before[1]                      # a new file took the old one's place
        assert len(wizard.outcomes) == 1 and not verify_release(folder).altered


def test_stopping_the_release_writes_nothing(qtbot, jobs, settings, shared_data, tmp_path):
    settings.organisation = ORGANISATION
    wizard = make_wizard(qtbot, jobs, settings, [credit_result(shared_data)])
    folder = tmp_path / "stopped"
    fill_until_summary(qtbot, wizard, folder, formats=("csv", "excel", "parquet"))
    press_next(qtbot, wizard)
    qtbot.mouseClick(wizard.run_page.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.run_page.isComplete(), timeout=JOB_TIMEOUT_MS)
    assert "Stopped" in wizard.run_page.status.text() and wizard.outcomes == []
    assert not folder.exists() or list(folder.iterdir()) == []


def test_several_results_go_to_one_subfolder_each(qtbot, jobs, settings, shared_data, tmp_path):
    first, second = credit_result(shared_data), credit_result(shared_data)
    second.title = "Second run"
    wizard = make_wizard(qtbot, jobs, settings, [first, second])
    wizard.files_page.folder_edit.setText(str(tmp_path))
    assert wizard.folder_for(first) == tmp_path / "Gaussian copula · seed 7"
    assert wizard.folder_for(second) == tmp_path / "Second run"
    assert wizard.options_for(second).title.endswith("Second run")


def _pkcs12(path, organisation: str, password: bytes) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                      x509.NameAttribute(NameOID.COMMON_NAME, organisation)])
    now = datetime.now(timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
                   .not_valid_after(now + timedelta(days=365)).sign(key, hashes.SHA256()))
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"org", key, certificate, None, serialization.BestAvailableEncryption(password)))


def test_an_organisation_certificate_can_be_imported_from_the_summary(qtbot, jobs, settings, shared_data, tmp_path,
                                                                    monkeypatch):
    settings.organisation = ORGANISATION
    certificate = tmp_path / "org.p12"
    _pkcs12(certificate, "Ministry of Tests", b"secret")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(certificate), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("secret", True))
    wizard = make_wizard(qtbot, jobs, settings, [credit_result(shared_data)])
    fill_until_summary(qtbot, wizard, tmp_path / "unused")
    qtbot.mouseClick(wizard.summary_page.import_button, Qt.MouseButton.LeftButton)
    text = wizard.summary_page.signing.text()
    assert "your organisation's certificate (Ministry of Tests)" in text
    assert SigningIdentity.load().source == "imported"
