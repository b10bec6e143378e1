"""The local registry of released datasets: every dataset ID issued on this computer and its lineage.

A small SQLite file in the app data folder. For each dataset ID: when it was released, the
SHA-256 of the real table it was made from, the generator, its parents (the dataset IDs of
synthetic data it was trained on) and its generation depth (1 = made from real data). The
model-collapse guard reads it to tell how many generations of synthetic data lie behind an
input; the datasheet shows the chain.
"""
from __future__ import annotations

import sqlite3
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from synthstudio.paths import app_data_dir

REGISTRY_FILE = "registry.sqlite3"
SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS datasets (
    dataset_id TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    source_sha256 TEXT NOT NULL DEFAULT '',
    generator TEXT NOT NULL DEFAULT '',
    generation_depth INTEGER NOT NULL,
    folder TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS parents (
    dataset_id TEXT NOT NULL REFERENCES datasets(dataset_id) ON DELETE CASCADE,
    parent_id TEXT NOT NULL,
    PRIMARY KEY (dataset_id, parent_id)
);
"""


@dataclass
class RegistryEntry:
    dataset_id: str
    created: str
    source_sha256: str = ""
    generator: str = ""
    generation_depth: int = 1
    parents: list[str] = field(default_factory=list)
    title: str = ""
    folder: str = ""


class Registry:
    """Open with ``Registry()`` (the app's own file) or ``Registry(path)``; every call is one transaction."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else app_data_dir() / REGISTRY_FILE
        with self._connect() as db:
            db.executescript(_SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """One transaction: committed on success, rolled back on error; the connection always closed."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=10)) as db:
            db.execute("PRAGMA foreign_keys = ON")
            with db:
                yield db

    def record(self, entry: RegistryEntry) -> None:
        """Add a dataset, or replace what was known about the same ID (a re-release of the same data)."""
        with self._connect() as db:
            db.execute("DELETE FROM datasets WHERE dataset_id = ?", (entry.dataset_id,))
            db.execute("INSERT INTO datasets VALUES (?, ?, ?, ?, ?, ?, ?)",
                       (entry.dataset_id, entry.created, entry.title, entry.source_sha256, entry.generator,
                        int(entry.generation_depth), entry.folder))
            db.executemany("INSERT OR IGNORE INTO parents VALUES (?, ?)",
                           [(entry.dataset_id, parent) for parent in entry.parents])

    def get(self, dataset_id: str) -> RegistryEntry | None:
        with self._connect() as db:
            row = db.execute("SELECT dataset_id, created, source_sha256, generator, generation_depth, title, folder "
                             "FROM datasets WHERE dataset_id = ?", (dataset_id,)).fetchone()
            if row is None:
                return None
            parents = [p for (p,) in db.execute(
                "SELECT parent_id FROM parents WHERE dataset_id = ? ORDER BY parent_id", (dataset_id,))]
        return RegistryEntry(row[0], row[1], row[2], row[3], int(row[4]), parents, row[5], row[6])

    def dataset_ids(self) -> list[str]:
        with self._connect() as db:
            return [i for (i,) in db.execute("SELECT dataset_id FROM datasets ORDER BY created, dataset_id")]

    def entries(self) -> list[RegistryEntry]:
        return [entry for entry in map(self.get, self.dataset_ids()) if entry is not None]

    def depth_for(self, parents: list[str], parent_depths: dict[str, int] | None = None) -> int:
        """Generation depth of a dataset made from ``parents``: one more than the deepest parent.

        A parent this registry does not know counts at the depth ``parent_depths`` gives (from the
        parent's own metadata), else as first-generation synthetic data.
        """
        depths = [0]
        for parent in parents:
            known = self.get(parent)
            depths.append(known.generation_depth if known else (parent_depths or {}).get(parent, 1))
        return max(depths) + 1

    def ancestors(self, dataset_id: str) -> list[RegistryEntry]:
        """The dataset and every registered ancestor, nearest first (each once)."""
        seen: set[str] = set()
        chain: list[RegistryEntry] = []
        queue = [dataset_id]
        while queue:
            current = queue.pop(0)
            if current in seen:
                continue
            seen.add(current)
            entry = self.get(current)
            if entry is not None:
                chain.append(entry)
                queue.extend(entry.parents)
        return chain
