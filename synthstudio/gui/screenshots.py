"""Save a PNG of each main screen: ``python -m synthstudio.gui.screenshots OUTDIR``.

Runs offscreen when no display is set (or under ``xvfb-run``), drives the real window on the
bundled sample dataset (import wizard, synthesis wizard, a Gaussian-copula run, results, a run
with a fairness target and its Fairness tab, the comparison of the three runs, the error, About
and Settings dialogs) and grabs
each widget. Settings go to a temporary INI file,
so the user's own preferences are not touched.
"""
from __future__ import annotations

import argparse

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

WINDOW_SIZE = (1400, 900)
SAMPLE_ROWS = 500
FAIRNESS_TARGET = "sensitive=sex;target=income;favourable=>50K;metric=disparate_impact;threshold=0.8"


def _wait(predicate: Callable[[], bool], timeout_s: float = 120.0) -> None:
    """Run the event loop until ``predicate`` holds (an event loop, not a busy processEvents loop)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: (predicate() or time.perf_counter() > deadline) and loop.quit())
    timer.start()
    if not predicate():
        loop.exec()
    timer.stop()
    if not predicate():
        raise TimeoutError("the screen did not get ready in time")


def _settle() -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(150, loop.quit)   # let layouts and canvases finish drawing
    loop.exec()


def take_screenshots(out_dir: Path) -> list[Path]:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt

    from synthstudio.core.errors import BadInputError
    from synthstudio.core.fairness import FairnessTarget
    from synthstudio.core.synthesis import SynthesisSettings
    from synthstudio.gui.app import create_application
    from synthstudio.gui.dialogs.about_dialog import AboutDialog
    from synthstudio.gui.dialogs.error_dialog import ErrorDialog
    from synthstudio.gui.dialogs.settings_dialog import SettingsDialog
    from synthstudio.gui.main_window import MainWindow
    from synthstudio.gui.settings import AppSettings
    from synthstudio.gui.wizards.import_wizard import ImportWizard
    from synthstudio.paths import sample_dataset

    out_dir.mkdir(parents=True, exist_ok=True)
    create_application()
    saved: list[Path] = []

    def shot(widget, name: str) -> None:
        _settle()
        path = out_dir / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    with tempfile.TemporaryDirectory() as scratch:
        settings = AppSettings(QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat))
        settings.output_folder = scratch
        window = MainWindow(settings)
        window.resize(*WINDOW_SIZE)
        window.show()
        shot(window, "00-welcome")
        window.open_sample()
        _wait(lambda: window.table is not None and window.tasks.is_idle())
        shot(window, "01-main-window")

        wizard = ImportWizard(window.tasks, window, sample_dataset())
        wizard.show()
        shot(wizard, "02-import-file")
        wizard.next()
        _wait(lambda: wizard.loaded is not None)
        shot(wizard, "03-import-preview")
        wizard.next()
        shot(wizard, "04-import-types")
        wizard.next()
        shot(wizard, "05-import-roles")
        wizard.reject()

        window.synthesize()
        synthesis = window.synthesis_wizard
        synthesis.mode_page.buttons["partial"].setChecked(True)
        shot(synthesis, "05b-synthesis-mode")
        synthesis.mode_page.buttons["full"].setChecked(True)
        synthesis.next()
        _wait(lambda: synthesis.generators_page.estimates is not None)
        shot(synthesis, "06-synthesis-generators")
        synthesis.next()
        synthesis.parameters_page.advanced_button.setChecked(True)
        shot(synthesis, "07-synthesis-parameters")
        synthesis.next()
        fairness = synthesis.fairness_page
        fairness.set_target.setChecked(True)
        for row in range(fairness.sensitive.count()):
            item = fairness.sensitive.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.text() == "sex" else Qt.CheckState.Unchecked)
        fairness.outcome.setCurrentText("income")
        fairness.favourable.setCurrentIndex(fairness.favourable.findData(">50K"))
        shot(synthesis, "08-synthesis-fairness")
        synthesis.reject()

        jobs = window.run_plan([SynthesisSettings("gaussian_copula", rows=SAMPLE_ROWS, seed=1),
                                SynthesisSettings("ctgan", {"epochs": 10}, rows=SAMPLE_ROWS, seed=1)])
        _wait(lambda: jobs[1].fraction > 0.5 or jobs[1].state.ended, 300)
        shot(window, "09-jobs-running")
        _wait(window.jobs.is_idle, 600)
        window.results_view.result_list.setCurrentRow(0)
        _wait(window.tasks.is_idle, 300)
        _wait(lambda: not window.results_view.drawing())     # charts are drawn in the background
        shot(window, "10-results")

        # with this seed the generator's plain sample falls short of the target, so the correction shows
        fair = SynthesisSettings("gaussian_copula", rows=600, seed=3,
                                 fairness=FairnessTarget.parse(FAIRNESS_TARGET).to_dict())
        window.run_plan([fair])
        _wait(window.jobs.is_idle, 300)
        _wait(window.tasks.is_idle, 300)
        docks = (window.columns_dock, window.jobs_dock)
        for dock in docks:     # room for the evidence beside its chart, as a person would make it
            dock.hide()
        results = window.results_view
        results.result_list.setCurrentRow(len(results.items) - 1)
        results.views.setCurrentWidget(results.fairness)
        _wait(lambda: not results.drawing())
        shot(window, "10b-results-fairness")
        results.views.setCurrentWidget(results.comparison)
        _wait(lambda: not results.drawing())
        shot(window, "15-comparison")
        for dock in docks:
            dock.show()

        error = ErrorDialog(BadInputError(
            "binary_named.csv is not a text table: it looks like a program or an image.",
            "Export the table from its program as CSV or Excel, then import that file.",
            details="File: binary_named.csv\nFirst bytes: 7f 45 4c 46 02 01 01 00"), window)
        error.details_button.setChecked(True)
        error.show()
        shot(error, "11-error-dialog")
        error.close()
        about = AboutDialog(window)
        about.show()
        shot(about, "12-about")
        about.close()
        preferences = SettingsDialog(settings, window)
        preferences.show()
        shot(preferences, "13-settings")
        preferences.close()
        window.dirty = False
        window.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m synthstudio.gui.screenshots",
                                     description="Save a PNG of each main screen (works offscreen or under Xvfb).")
    parser.add_argument("outdir", type=Path, help="folder for the PNG files (created if missing)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    for path in take_screenshots(args.outdir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
