"""The progress/cancel protocol shared by all long work in the core.

Every long function takes ``progress(fraction, message)`` (fraction in [0, 1]) and
``cancel`` (anything with ``is_set()``, e.g. ``threading.Event``), as Orange3 does, so the
work stays plain Python: the GUI wraps it in a thread worker, the CLI prints a bar.
"""
from __future__ import annotations

import threading
from typing import Callable, Protocol

from synthstudio.core.errors import Cancelled

ProgressFn = Callable[[float, str], None]


class CancelToken(Protocol):
    def is_set(self) -> bool: ...


def no_progress(fraction: float, message: str) -> None:
    """Default ``progress``: ignore."""


def never_cancel() -> threading.Event:
    """Default ``cancel``: an event nobody sets."""
    return threading.Event()


def check_cancel(cancel: CancelToken | None) -> None:
    """Raise :class:`Cancelled` when the user asked to stop."""
    if cancel is not None and cancel.is_set():
        raise Cancelled()


def sub_progress(progress: ProgressFn | None, start: float, end: float) -> ProgressFn:
    """Map a step's own 0..1 progress into the [start, end] slice of its parent's bar."""
    parent = progress or no_progress

    def report(fraction: float, message: str) -> None:
        fraction = min(1.0, max(0.0, float(fraction)))
        parent(start + (end - start) * fraction, message)

    return report


def seconds_left(elapsed: float, fraction: float) -> float | None:
    """Time left by linear extrapolation; None until there is enough progress to judge."""
    if fraction < 0.02 or elapsed < 1.0:
        return None
    return max(0.0, elapsed * (1.0 - fraction) / fraction)


def format_duration(seconds: float | None) -> str:
    """'1 h 02 min', '3 min 05 s', '12 s', or '…' when unknown: for progress displays."""
    if seconds is None:
        return "…"
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"
    if seconds >= 60:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds} s"
