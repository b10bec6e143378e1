"""A bad file shows the core's message and remedy inside the import wizard (no traceback),
and the file is left untouched."""
from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QWizard

from synthstudio.gui.wizards.import_wizard import ImportWizard


@pytest.mark.parametrize("name", ["binary_named.csv", "ragged.csv", "empty.csv"])
def test_bad_file_shows_message_and_remedy_in_the_wizard(qtbot, window, bad_data, name):
    path = bad_data / name
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    wizard = ImportWizard(window.tasks, window, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: page.error_panel.isVisible(), timeout=30_000)
    text = page.error_panel.message.text()
    assert page.error_panel.error.message in text
    assert "What to do:" in text and page.error_panel.error.remedy
    assert "Traceback" not in text and "File \"" not in text
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.loaded is None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    wizard.reject()
