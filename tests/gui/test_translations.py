"""The interface's French, Spanish and Arabic catalogues: complete, in step with the code, compiled,
and loaded by the app (Arabic lays the window out right to left)."""
from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from synthstudio.gui.app import install_translations
from synthstudio.gui.labels import count_text
from synthstudio.gui.translation_files import (catalogue_path, compile_catalogue, read_catalogue,
                                               translated_languages, update_catalogue)

LANGUAGES = translated_languages()
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
ACCELERATOR = re.compile(r"&(?!&|[a-z]+;|#)")


def test_every_interface_language_has_a_catalogue():
    assert set(LANGUAGES) == {"fr", "es", "ar"}
    for language in LANGUAGES:
        assert catalogue_path(language).is_file(), language


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_holds_every_string_of_the_interface_and_no_other(language, tmp_path):
    committed = catalogue_path(language)
    refreshed = tmp_path / committed.name
    shutil.copy(committed, refreshed)
    update_catalogue(refreshed, language)
    in_code = {(m.context, m.source) for m in read_catalogue(refreshed)}
    in_catalogue = {(m.context, m.source) for m in read_catalogue(committed)}
    assert in_code - in_catalogue == set(), "strings missing: run python3 dev.py translations, then translate"
    assert in_catalogue - in_code == set(), "strings no longer used: run python3 dev.py translations"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_and_keeps_placeholders_tags_and_accelerators(language):
    messages = read_catalogue(catalogue_path(language))
    assert len(messages) > 500
    # names, units and numbers stay as they are; everything else reads in the language
    assert sum(m.translation != m.source for m in messages) > 0.95 * len(messages)
    for message in messages:
        where = f"{language} [{message.context}] {message.source!r}"
        assert message.finished and message.translation.strip(), f"untranslated: {where}"
        assert sorted(PLACEHOLDER.findall(message.translation)) == sorted(PLACEHOLDER.findall(message.source)), where
        assert sorted(TAG.findall(message.translation)) == sorted(TAG.findall(message.source)), where
        has_key = bool(ACCELERATOR.search(message.source))
        assert len(ACCELERATOR.findall(message.translation)) == has_key, where


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language, tmp_path):
    compiled = tmp_path / f"synthstudio_{language}.qm"
    compile_catalogue(catalogue_path(language), compiled)
    shipped = catalogue_path(language).with_suffix(".qm")
    assert shipped.read_bytes() == compiled.read_bytes(), "run python3 dev.py translations"


@pytest.fixture
def translated(qapp):
    installed = []
    locale = QLocale()

    def install(language):
        installed.extend(install_translations(qapp, language))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(locale)


@pytest.mark.parametrize(("language", "direction"), [("fr", Qt.LayoutDirection.LeftToRight),
                                                     ("es", Qt.LayoutDirection.LeftToRight),
                                                     ("ar", Qt.LayoutDirection.RightToLeft)])
def test_main_window_speaks_the_chosen_language(language, direction, translated, qtbot, settings):
    from synthstudio.gui.main_window import MainWindow

    translated(language)
    catalogue = {(m.context, m.source): m.translation for m in read_catalogue(catalogue_path(language))}
    window = MainWindow(settings)
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert catalogue[("MainWindow", "&File")] in menus
    assert "&File" not in menus
    # a string translated outside any widget class (the column-type names)
    assert QCoreApplication.translate("Labels", "Whole number") == catalogue[("Labels", "Whole number")]
    assert window.layoutDirection() == direction
    # numbers in the language's style: 12 345 in French, 12.345 in Spanish
    assert count_text(12345) == QLocale(language).toString(12345) != "12,345"
