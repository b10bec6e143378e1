"""GUI test fixtures: private settings, a main window, scripted answers to prompts, and a
guard that fails a test which leaves a background job or a pool thread running."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from synthstudio.gui.dialogs import prompts
from synthstudio.gui.settings import AppSettings
from synthstudio.gui.workers import JobController

JOB_END_TIMEOUT_MS = 60_000


@pytest.fixture(scope="session", autouse=True)
def english_interface(qapp):
    """The interface as the app starts it with its default language (English, numbers as 12,345)."""
    from synthstudio.gui.app import install_translations

    install_translations(qapp, "en")


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    store = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    store.output_folder = str(tmp_path / "output")
    return store


class ScriptedPrompts:
    """Answers questions from ``answers`` (first in, first out) instead of a modal box; with
    nothing queued the test fails, since an unexpected question is a bug."""

    def __init__(self) -> None:
        self.answers: list[QMessageBox.StandardButton] = []
        self.asked: list[str] = []

    def ask(self, parent, title, text, buttons=None, default=None):
        self.asked.append(text)
        if not self.answers:
            pytest.fail(f"unexpected question: {title}: {text}")
        return self.answers.pop(0)


@pytest.fixture(autouse=True)
def prompts_script(monkeypatch) -> ScriptedPrompts:
    script = ScriptedPrompts()
    monkeypatch.setattr(prompts, "ask", script.ask)
    return script


def _controllers() -> list[JobController]:
    found = []
    for widget in QApplication.topLevelWidgets():
        found += widget.findChildren(JobController)
    return found


@pytest.fixture(autouse=True)
def no_leaked_threads(qtbot):
    """After each test: every job controller is idle and no pool thread is still working."""
    yield
    controllers = _controllers()
    try:
        qtbot.waitUntil(lambda: all(c.is_idle() for c in controllers), timeout=5_000)
    except AssertionError:
        for controller in controllers:
            controller.cancel_all()
        qtbot.waitUntil(lambda: all(c.is_idle() for c in controllers), timeout=JOB_END_TIMEOUT_MS)
        pytest.fail("a background job was still running when the test ended")
    for controller in controllers:
        assert controller.wait_for_done(5_000)
        assert controller.active_thread_count() == 0
    assert QThreadPool.globalInstance().waitForDone(5_000)
    assert QThreadPool.globalInstance().activeThreadCount() == 0


@pytest.fixture
def window(qtbot, settings):
    from synthstudio.gui.main_window import MainWindow

    main = MainWindow(settings)
    # the test decides about saving: closing at teardown must not ask
    qtbot.addWidget(main, before_close_func=lambda widget: setattr(widget, "dirty", False))
    main.show()
    return main


@pytest.fixture
def sample_window(qtbot, window):
    """The main window with the bundled sample dataset open."""
    window.open_sample()
    qtbot.waitUntil(lambda: window.table is not None and window.tasks.is_idle(), timeout=JOB_END_TIMEOUT_MS)
    return window


@pytest.fixture
def bad_data() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "bad"
