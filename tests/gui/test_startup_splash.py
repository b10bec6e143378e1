"""Start-up: the heavy libraries are imported behind a splash screen, before the main window."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from synthstudio.gui.app import load_libraries_behind_splash


def test_the_splash_loads_the_libraries_then_announces_the_window(qtbot):
    splash = load_libraries_behind_splash(QApplication.instance())
    qtbot.addWidget(splash)
    assert splash.isVisible() and splash.message() == "Opening the main window…"
    assert {"sdv", "torch", "mostlyai.engine"} <= set(sys.modules)
