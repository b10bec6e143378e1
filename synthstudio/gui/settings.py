"""Every user preference in one place, stored with QSettings (typed, with defaults).

Tests and screenshots pass a QSettings on an INI file in a temporary folder, so they
never touch the real user's preferences.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 8
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}


def _default_output_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(documents or Path.home()) / "SynthStudio")


class AppSettings:
    def __init__(self, store: QSettings | None = None):
        self._store = store or QSettings()

    def _get(self, key: str, default, kind):
        value = self._store.value(key, default)
        if kind is bool and isinstance(value, str):  # INI files give strings back
            return value.lower() in {"true", "1", "yes"}
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    @property
    def output_folder(self) -> str:
        return self._get("general/output_folder", _default_output_folder(), str)

    @output_folder.setter
    def output_folder(self, value: str) -> None:
        self._store.setValue("general/output_folder", value)

    @property
    def language(self) -> str:
        value = self._get("general/language", "en", str)
        return value if value in LANGUAGES else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("general/language", value)

    @property
    def organisation(self) -> str:
        return self._get("general/organisation", "", str)

    @organisation.setter
    def organisation(self, value: str) -> None:
        self._store.setValue("general/organisation", value.strip())

    @property
    def use_gpu(self) -> bool:
        return self._get("compute/use_gpu", True, bool)

    @use_gpu.setter
    def use_gpu(self, value: bool) -> None:
        self._store.setValue("compute/use_gpu", bool(value))

    @property
    def worker_threads(self) -> int:
        """How many generators may run at the same time (the rest wait in the queue)."""
        return max(1, self._get("compute/worker_threads", 1, int))

    @worker_threads.setter
    def worker_threads(self, value: int) -> None:
        self._store.setValue("compute/worker_threads", max(1, int(value)))

    # -- recent projects ------------------------------------------------------------------
    @property
    def recent_projects(self) -> list[str]:
        value = self._store.value("recent/projects", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or []]

    def add_recent_project(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_projects if p != path]
        self._store.setValue("recent/projects", [path, *recent][:MAX_RECENT])

    def remove_recent_project(self, path: str) -> None:
        self._store.setValue("recent/projects", [p for p in self.recent_projects if p != path])

    # -- window layout --------------------------------------------------------------------
    def window_state(self) -> tuple[object, object]:
        return self._store.value("window/geometry"), self._store.value("window/state")

    def save_window_state(self, geometry, state) -> None:
        self._store.setValue("window/geometry", geometry)
        self._store.setValue("window/state", state)

    def sync(self) -> None:
        self._store.sync()
