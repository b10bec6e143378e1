"""The local registry of dataset IDs: parents, generation depth, ancestry."""
from __future__ import annotations

from synthstudio.core.provenance.registry import Registry, RegistryEntry
from synthstudio.paths import app_data_dir


def test_registry_lives_in_the_app_data_folder_and_survives_reopening():
    registry = Registry()
    assert registry.path.parent == app_data_dir()
    registry.record(RegistryEntry("SYN-0000-0000-0000-00A1", "2026-01-01T00:00:00+00:00", "f" * 64, "CTGAN"))
    again = Registry().get("SYN-0000-0000-0000-00A1")
    assert again.source_sha256 == "f" * 64 and again.generation_depth == 1 and again.parents == []


def test_parents_depth_and_ancestors(tmp_path):
    registry = Registry(tmp_path / "registry.sqlite3")
    first = RegistryEntry("SYN-A", "2026-01-01", "s" * 64, "Gaussian copula")
    registry.record(first)
    depth = registry.depth_for(["SYN-A"])
    assert depth == 2
    registry.record(RegistryEntry("SYN-B", "2026-01-02", "", "CTGAN", depth, ["SYN-A"]))
    registry.record(RegistryEntry("SYN-C", "2026-01-03", "", "TVAE", registry.depth_for(["SYN-B", "SYN-X"]),
                                  ["SYN-B", "SYN-X"]))
    assert registry.get("SYN-C").generation_depth == 3
    assert registry.get("SYN-C").parents == ["SYN-B", "SYN-X"]
    assert [e.dataset_id for e in registry.ancestors("SYN-C")] == ["SYN-C", "SYN-B", "SYN-A"]
    # A parent known only from its own metadata counts at the depth that metadata gives.
    assert registry.depth_for(["SYN-Y"], {"SYN-Y": 4}) == 5
    assert registry.depth_for([]) == 1


def test_re_recording_an_id_replaces_it(tmp_path):
    registry = Registry(tmp_path / "registry.sqlite3")
    registry.record(RegistryEntry("SYN-A", "2026-01-01", parents=["SYN-P"], generation_depth=2))
    registry.record(RegistryEntry("SYN-A", "2026-02-01", parents=["SYN-Q"], generation_depth=3, title="again"))
    entry = registry.get("SYN-A")
    assert (entry.created, entry.parents, entry.generation_depth, entry.title) == ("2026-02-01", ["SYN-Q"], 3, "again")
    assert registry.dataset_ids() == ["SYN-A"]
