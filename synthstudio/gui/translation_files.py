"""The interface's translation catalogues: Qt ``.ts`` sources and the compiled ``.qm`` files.

``resources/translations/synthstudio_<language>.ts`` hold the translations (edit them with Qt
Linguist, ``pyside6-linguist``); the ``.qm`` beside them are what the app loads. After changing
user-visible strings in ``synthstudio/gui``, run ``python3 dev.py translations``: it adds the new
strings to every catalogue (marked unfinished), drops the removed ones and recompiles the
``.qm`` files. The tests fail while a catalogue misses a string or holds an unfinished one.
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from synthstudio.gui.settings import LANGUAGES
from synthstudio.paths import resources_dir

SOURCE_LANGUAGE = "en"
GUI_PACKAGE = Path(__file__).resolve().parent


def translated_languages() -> list[str]:
    return [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def catalogue_path(language: str, folder: Path | None = None) -> Path:
    return (folder or resources_dir() / "translations") / f"synthstudio_{language}.ts"


def gui_sources() -> list[Path]:
    return sorted(GUI_PACKAGE.rglob("*.py"))


def _tool(name: str) -> str:
    """PySide6's lupdate/lrelease launchers, installed beside this Python."""
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def update_catalogue(catalogue: Path, language: str) -> None:
    """Bring ``catalogue`` in line with the strings in the GUI sources (kept translations stay)."""
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", language,
                    *map(str, gui_sources()), "-ts", str(catalogue)], check=True, capture_output=True)


def compile_catalogue(catalogue: Path, compiled: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(catalogue), "-qm", str(compiled)], check=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool


def read_catalogue(catalogue: Path) -> list[Message]:
    messages = []
    for context in ElementTree.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            messages.append(Message(name, message.findtext("source") or "", translation.text or "",
                                    translation.get("type") not in {"unfinished", "obsolete", "vanished"}))
    return messages


def main() -> int:
    for language in translated_languages():
        catalogue = catalogue_path(language)
        update_catalogue(catalogue, language)
        compile_catalogue(catalogue, catalogue.with_suffix(".qm"))
        unfinished = sum(not m.finished for m in read_catalogue(catalogue))
        print(f"{catalogue.name}: {unfinished} unfinished" if unfinished else f"{catalogue.name}: complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
