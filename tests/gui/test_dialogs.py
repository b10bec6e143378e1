"""About (licences), Settings (QSettings), and keyboard access to every menu action."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from synthstudio.gui.dialogs.about_dialog import AboutDialog
from synthstudio.gui.dialogs.settings_dialog import SettingsDialog
from synthstudio.gui.settings import AppSettings


def test_about_names_the_licences_of_the_learning_libraries(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.licences.toPlainText()
    assert "SDV" in text and "Business Source License 1.1" in text
    assert "mostlyai-engine" in text and "Apache License 2.0" in text


def test_settings_dialog_saves_to_qsettings(qtbot, tmp_path):
    path = tmp_path / "s.ini"
    settings = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.organisation.setText("  Office of Statistics ")
    dialog.use_gpu.setChecked(False)
    dialog.worker_threads.setValue(2)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.output_folder.setText(str(tmp_path / "out"))
    dialog.accept()
    again = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    assert again.organisation == "Office of Statistics"
    assert again.use_gpu is False and again.worker_threads == 2 and again.language == "fr"
    assert again.output_folder == str(tmp_path / "out")


def test_recent_projects_are_unique_newest_first_and_bounded(settings, tmp_path):
    for number in range(12):
        settings.add_recent_project(tmp_path / f"p{number}.synthstudio")
    settings.add_recent_project(tmp_path / "p3.synthstudio")
    recent = settings.recent_projects
    assert recent[0].endswith("p3.synthstudio") and len(recent) == 8 and len(set(recent)) == 8


def test_every_menu_action_has_a_mnemonic_and_main_ones_have_shortcuts(window):
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        for action in menu_action.menu().actions():
            if not action.isSeparator() and action.menu() is None:
                assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()
    for action in (window.import_action, window.open_action, window.save_action, window.synthesize_action,
                   window.cancel_action, window.quit_action, window.guide_action):
        assert not action.shortcut().isEmpty(), action.text()
        assert action.toolTip()
