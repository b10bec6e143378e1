"""Importing the heavy libraries up front: every one is loaded, none changes the warning filters,
and one that cannot be imported is reported instead of stopping the app."""
from __future__ import annotations

import sys
import warnings

from synthstudio.core import warm_up


def test_every_library_is_imported_and_the_warning_filters_are_kept():
    before = list(warnings.filters)
    steps = []
    assert warm_up.import_libraries(lambda fraction, name: steps.append((fraction, name))) == []
    assert list(warnings.filters) == before
    assert [name for _, name in steps[:-1]] == [name for name, _ in warm_up.LIBRARIES]
    assert steps[-1] == (1.0, "")
    assert {"torch", "sdv", "ctgan", "sdmetrics", "mostlyai.engine"} <= set(sys.modules)


def test_a_missing_library_is_reported_not_raised(monkeypatch):
    monkeypatch.setattr(warm_up, "LIBRARIES", (("Missing", warm_up._module("synthstudio_no_such_module")),
                                               ("PyTorch", warm_up._module("torch"))))
    assert warm_up.import_libraries() == ["Missing"]
