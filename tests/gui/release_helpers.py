"""A real synthetic result to release (Gaussian copula on 300 German-credit rows), and a release of it."""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import pandas as pd
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget, QWizard

from synthstudio.core.jobs import no_progress
from synthstudio.core.provenance.release_info import ReleaseOptions
from synthstudio.gui.provenance_tasks import ReleasableResult, ReleaseOutcome, release_result
from synthstudio.gui.workers import JobController

ORGANISATION = "Office of Test Statistics"
SAMPLE_ROWS = 300


@lru_cache(maxsize=1)
def _synthesis(shared_data: Path):
    from synthstudio.core.dataset import load_dataset
    from synthstudio.core.schema import detect_schema
    from synthstudio.core.synthesis import SynthesisSettings, run_synthesis

    dataset = load_dataset(shared_data / "german_credit.csv")
    dataset.frame = dataset.frame.sample(SAMPLE_ROWS, random_state=3).reset_index(drop=True)
    return run_synthesis(dataset, detect_schema(dataset.frame), SynthesisSettings("gaussian_copula", seed=7))


def credit_result(shared_data: Path, gate: str = "pass") -> ReleasableResult:
    """A fresh ReleasableResult over the (once computed) synthetic German-credit table, with its real
    evaluation judged by thresholds that give the wanted gate: the copula on 240 training rows warns
    with the defaults; "pass" keeps its warned metrics as reported only, "fail" asks near-perfect
    column shapes."""
    from synthstudio.core.evaluation import Threshold

    synthesis = _synthesis(shared_data)
    report = synthesis.evaluation
    thresholds = report.gate.thresholds
    if gate == "pass":
        for key in report.gate.warned:
            thresholds = thresholds.with_threshold(key, None)
    elif gate == "fail":
        thresholds = thresholds.with_threshold("column_shapes", Threshold(pass_at=0.999, fail_at=0.998))
    report = report.regated(thresholds)
    assert report.gate.overall == gate
    return ReleasableResult.from_run("Gaussian copula · seed 7", synthesis.synthetic.copy(),
                                     dict(synthesis.record), report.to_dict())


def release_now(result: ReleasableResult, folder: Path, formats=("csv",)) -> ReleaseOutcome:
    """Release directly through the wizard's own work function (no GUI)."""
    options = ReleaseOptions(formats=formats, organisation=ORGANISATION, contact="data@stat.example",
                             licence="CC-BY-4.0", intended_uses=["Testing"])
    return release_result(result, folder, options)(no_progress, threading.Event())


def job_controller(qtbot) -> Iterator[JobController]:
    """For a fixture: a controller owned by a top-level widget (kept alive while the test runs), so
    the GUI conftest's thread-leak guard finds and checks it."""
    owner = QWidget()
    qtbot.addWidget(owner)
    yield JobController(owner)


def press_next(qtbot, wizard: QWizard) -> None:
    """Click Next (or the commit button on a commit page), as a person would."""
    commit = wizard.currentPage().isCommitPage()
    button = wizard.button(QWizard.WizardButton.CommitButton if commit else QWizard.WizardButton.NextButton)
    assert button.isEnabled(), f"{button.text()} is disabled on {wizard.currentPage().title()}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_checkbox(qtbot, box) -> None:
    """Click the tick box itself (its widget may be much wider than its text)."""
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() != before


def change_one_cell(csv_path: Path) -> None:
    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    column = frame.columns[1]
    frame.loc[0, column] = "999999" if frame.loc[0, column] != "999999" else "1"
    frame.to_csv(csv_path, index=False)


def flip_signed_pdf_byte(pdf: Path) -> None:
    """Change one byte inside a content stream the signature covers."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = bytearray(pdf.read_bytes())
    with open(pdf, "rb") as handle:
        start, length, _after, _ = PdfFileReader(handle).embedded_signatures[0].sig_object["/ByteRange"]
    offset = data.index(b"stream", 1000) + 50
    assert start <= offset < start + length
    data[offset] ^= 0x01
    pdf.write_bytes(bytes(data))
