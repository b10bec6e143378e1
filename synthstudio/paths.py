"""Where SynthStudio finds its bundled resources and keeps its own data (no Qt here)."""
from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The resources/ folder, in a source checkout or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def sample_dataset() -> Path:
    return resources_dir() / "sample_data" / "adult_sample.csv"


def app_data_dir() -> Path:
    """Per-user data folder (signing identity, registry, caches); created private (0700)."""
    override = os.environ.get("SYNTHSTUDIO_HOME")
    if override:
        base = Path(override)
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "SynthStudio"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "SynthStudio"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "synthstudio"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    return base
