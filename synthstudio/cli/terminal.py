"""Run core work from the terminal: a progress line on stderr, and Ctrl-C as a clean cancel."""
from __future__ import annotations

import signal
import sys
import threading
import time
from typing import Callable, TypeVar

from synthstudio.core.errors import Cancelled
from synthstudio.core.jobs import CancelToken, ProgressFn, format_duration, seconds_left

T = TypeVar("T")
BAR_WIDTH = 24


class TerminalProgress:
    """Redraws one line on a terminal; prints a line per 10% step when stderr is a file or pipe."""

    def __init__(self, stream=None, quiet: bool = False):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.started = time.perf_counter()
        self.interactive = self.stream.isatty()
        self._last_step = -1
        self._lock = threading.Lock()

    def __call__(self, fraction: float, message: str) -> None:
        if self.quiet:
            return
        with self._lock:
            left = format_duration(seconds_left(time.perf_counter() - self.started, fraction))
            percent = int(fraction * 100)
            if self.interactive:
                filled = int(fraction * BAR_WIDTH)
                line = f"\r[{'#' * filled}{' ' * (BAR_WIDTH - filled)}] {percent:3d}%  {message[:48]:<48} {left} left"
                self.stream.write(line)
                self.stream.flush()
            elif percent // 10 != self._last_step:
                self._last_step = percent // 10
                self.stream.write(f"{percent:3d}%  {message}  ({left} left)\n")
                self.stream.flush()

    def finish(self) -> None:
        if self.interactive and not self.quiet:
            self.stream.write("\n")
            self.stream.flush()


def run_with_progress(work: Callable[[ProgressFn, CancelToken], T], quiet: bool = False) -> T:
    """Run ``work(progress, cancel)`` in a worker thread; Ctrl-C sets ``cancel`` and waits for it.

    The work itself stops at its next check (within an epoch for the neural generators), so
    nothing is left half-written; :class:`Cancelled` then reaches the CLI, which exits 130.
    """
    progress = TerminalProgress(quiet=quiet)
    cancel = threading.Event()
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work(progress, cancel)
        except BaseException as error:  # re-raised in the main thread below
            outcome["error"] = error

    def on_interrupt(signum, frame) -> None:
        if not cancel.is_set():
            cancel.set()
            progress.finish()
            print("Cancelling: finishing the current step, then stopping ...", file=sys.stderr)

    # Ctrl-C only sets ``cancel``: no KeyboardInterrupt is raised in the middle of library code.
    previous = signal.signal(signal.SIGINT, on_interrupt) if _in_main_thread() else None
    worker = threading.Thread(target=target, name="synthstudio-cli-work", daemon=True)
    worker.start()
    try:
        worker.join()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if cancel.is_set():
        outcome.setdefault("error", Cancelled())
    progress.finish()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()
