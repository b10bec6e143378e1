"""Import the heavy libraries of the generators and the evaluation once, before any work needs them.

SDV (with RDT, Faker, SDMetrics, Copulas, CTGAN and PyTorch under it) and MOSTLY AI's engine take
seconds to import, and much of that time is spent in C code (loading PyTorch's native library,
building extension modules) that holds Python's global interpreter lock. Imported on first use
inside a background job, they froze the desktop app's GUI thread for up to half a second at a
time (docs/benchmarks.md). The app calls :func:`import_libraries` while its splash screen shows,
so no job ever triggers a first import. Every library is still imported where it is used too:
this only makes those imports instant.
"""
from __future__ import annotations

import importlib
import warnings
from typing import Callable

from synthstudio.core.jobs import ProgressFn, no_progress


def _sdv() -> None:
    # through the adapter, which keeps SDV's config file out of the home folder
    from synthstudio.core.generators.sdv_adapter import load_sdv

    load_sdv()


def _module(name: str) -> Callable[[], None]:
    def load() -> None:
        importlib.import_module(name)

    return load


# (name, how to load it), in the order they build on each other. SDV brings RDT, Faker,
# SDMetrics, Copulas and CTGAN with it; the engine brings transformers and Hugging Face datasets.
# Measured on 2 busy cores: PyTorch 1.3 s, SDV 2.0 s, the engine 3.2 s.
LIBRARIES: tuple[tuple[str, Callable[[], None]], ...] = (
    ("PyTorch", _module("torch")),
    ("SDV", _sdv),
    ("MOSTLY AI engine", _module("mostlyai.engine")),
)


def import_libraries(progress: ProgressFn = no_progress) -> list[str]:
    """Import every library in :data:`LIBRARIES`; returns the names of those that failed.

    A library that cannot be imported does not stop anything here: the work that needs it
    reports the problem with a remedy when it runs.
    """
    failed = []
    for position, (name, load) in enumerate(LIBRARIES):
        progress(position / len(LIBRARIES), name)
        try:
            # some libraries change the process's warning filters on import; keep ours
            with warnings.catch_warnings():
                load()
        except ImportError:
            failed.append(name)
    progress(1.0, "")
    return failed
