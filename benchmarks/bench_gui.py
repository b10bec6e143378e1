"""GUI benchmarks: a 1,000,000 × 20 table in the data view; GUI-thread gaps while real jobs run
and while a person browses the results.

Prints a table; nothing is asserted.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--shared-data ../shared/data]

Responsiveness: a 10 ms QTimer on the GUI thread records when it fires; the longest gap between
two ticks (minus the 10 ms interval) is how long the GUI thread could not react. Each measurement
prints PASS or FAIL against the 100 ms bar (not asserted: the numbers depend on the machine's load,
which the idle-window row shows). Beside each, the longest garbage collection meanwhile: it holds
the GIL, so it stops the GUI thread whichever thread runs it. ``--trace FILE`` dumps every
thread's stack during each gap, ``--cold`` starts without the app's start-up import of the heavy
libraries (and without freezing them out of the garbage collector's scans).
"""
from __future__ import annotations

import argparse
import faulthandler
import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import psutil  # noqa: E402
from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer  # noqa: E402

TICK_MS = 10
GAP_BAR_MS = 100          # the GUI thread must never be blocked longer than this
IDLE_SECONDS = 3.0
SETTLE_SECONDS = 1.0
BROWSE_STEP_SECONDS = 0.6   # after each click: long enough for the chart to be drawn and shown
FAIRNESS_TARGET = "sensitive=sex;target=income;favourable=>50K;metric=disparate_impact;threshold=0.8"
LARGE_ROWS = 1_000_000
LARGE_COLUMNS = 20


def _large_frame() -> pd.DataFrame:
    rng = np.random.default_rng(0)
    columns = {}
    for i in range(LARGE_COLUMNS):
        kind = i % 5
        if kind == 0:
            values = rng.normal(50, 10, LARGE_ROWS)
            values[::13] = np.nan
            columns[f"measure_{i}"] = values
        elif kind == 1:
            columns[f"count_{i}"] = rng.integers(0, 100_000, LARGE_ROWS)
        elif kind == 2:
            columns[f"region_{i}"] = pd.Categorical(rng.choice(["north", "south", "east", "west", "centre"],
                                                               LARGE_ROWS))
        elif kind == 3:
            columns[f"code_{i}"] = rng.choice(np.array([f"K{n:04d}" for n in range(5000)], dtype=object),
                                              LARGE_ROWS)
        else:
            columns[f"age_{i}"] = pd.array(rng.integers(0, 100, LARGE_ROWS), dtype="Int64")
    return pd.DataFrame(columns)


def _run_until(predicate, timeout_s: float) -> None:
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: (predicate() or time.perf_counter() > deadline) and loop.quit())
    timer.start()
    if not predicate():
        loop.exec()
    timer.stop()


def bench_large_table(rows: list[tuple]) -> None:
    from synthstudio.gui.views.data_view import DataTableView

    frame = _large_frame()
    view = DataTableView()
    view.resize(1400, 800)
    view.show()
    _run_until(lambda: True, 0)
    started = time.perf_counter()
    view.set_frame(frame)
    view.viewport().repaint()
    rows.append(("1M×20: open in the data view (model + first paint)", f"{time.perf_counter() - started:.3f}"))
    started = time.perf_counter()
    view.scrollToBottom()
    view.viewport().repaint()
    rows.append(("1M×20: jump to the last row and paint", f"{time.perf_counter() - started:.3f}"))
    for column in range(5):
        name = frame.columns[column]
        started = time.perf_counter()
        view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        view.viewport().repaint()
        rows.append((f"1M×20: sort by {name} ({frame[name].dtype}) + paint", f"{time.perf_counter() - started:.3f}"))
    rows.append(("1M×20: process memory (MB)", f"{psutil.Process().memory_info().rss / 2**20:.0f}"))
    view.close()


class CollectionPauses:
    """When each garbage collection ran while measuring: a collection holds the GIL, so the GUI
    thread waits for it whichever thread runs it (shown beside the gaps, to tell them apart)."""

    def __init__(self):
        self.pauses: list[tuple[float, float]] = []    # (start, end), perf_counter seconds
        self._started: dict[int, float] = {}

    def __enter__(self) -> "CollectionPauses":
        gc.callbacks.append(self._record)
        return self

    def __exit__(self, *exc) -> None:
        gc.callbacks.remove(self._record)

    def _record(self, phase: str, info: dict) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._started[threading.get_ident()] = now
        else:
            self.pauses.append((self._started.pop(threading.get_ident(), now), now))

    def longest(self) -> float:
        return max(((end - start) * 1000 for start, end in self.pauses), default=0.0)

    def during(self, start: float, end: float) -> bool:
        """Whether a collection of at least half the bar ran within ``start``–``end``."""
        return any(b - a >= GAP_BAR_MS / 2000 and a < end and b > start for a, b in self.pauses)


class GapClock:
    """A 10 ms timer on the GUI thread that records when it fires. With ``trace``, every tick
    re-arms faulthandler's watchdog: a C thread that needs no GIL and dumps every thread's stack
    into ``trace`` when the GUI thread has not ticked for 100 ms, i.e. exactly during a gap.
    (faulthandler reads the other threads' frames without the GIL: a diagnostic that can crash
    the process, as 4 of 13 traced runs did; measure without it.)"""

    def __init__(self, trace=None):
        self.trace = trace
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.longest_collection = 0.0    # ms, of the last measurement
        self.gaps_in_collections = 0     # of its gaps above the bar, those during a collection

    def _tick(self) -> None:
        self.ticks.append(time.perf_counter())
        if self.trace is not None:
            faulthandler.dump_traceback_later(GAP_BAR_MS / 1000, repeat=False, file=self.trace)

    def measure(self, label: str, run_until_done) -> tuple[np.ndarray, np.ndarray]:
        """Gaps (ms beyond the tick interval) while ``run_until_done()`` spins the event loop, and
        when each gap ended (perf_counter seconds)."""
        if self.trace is not None:
            self.trace.write(f"\n===== {label}\n")
            self.trace.flush()
        self.ticks.clear()
        self.timer.start()
        with CollectionPauses() as collections:
            _run_until(lambda: bool(self.ticks), 1.0)  # a first tick, so work that blocks at once is counted
            run_until_done()
        self.timer.stop()
        if self.trace is not None:
            faulthandler.cancel_dump_traceback_later()
        ticks = np.array(self.ticks)
        gaps = np.diff(ticks) * 1000 - TICK_MS
        self.longest_collection = collections.longest()
        self.gaps_in_collections = sum(collections.during(ticks[i], ticks[i + 1])
                                       for i in np.flatnonzero(gaps > GAP_BAR_MS))
        return gaps, ticks[1:]


def _gap_row(label: str, gaps: np.ndarray, seconds: float, clock: GapClock, states: str = "",
             split: tuple[float, float] | None = None) -> tuple[str, str]:
    verdict = "PASS" if gaps.max() <= GAP_BAR_MS else "FAIL"
    value = (f"{gaps.max():.0f} / {np.percentile(gaps, 99):.0f} / {statistics.median(gaps):.1f}; "
             f"{int((gaps > GAP_BAR_MS).sum())} ({clock.gaps_in_collections}); {seconds:.1f}; "
             f"{clock.longest_collection:.0f}")
    name = (f"GUI gap during {label}{f' [{states}]' if states else ''}: max / p99 / median ms; "
            f"gaps > {GAP_BAR_MS} ms (of which during a garbage collection); job s; longest garbage collection ms")
    if split is not None:
        name += "; max while running / showing the result"
        value += f"; {split[0]:.0f} / {split[1]:.0f}"
    return name, f"{value}  {verdict}"


def browse_results(window, resize) -> list:
    """What a person does with finished results, one step at a time with a pause after each:
    select each result, change the compared column, open each result tab and each comparison
    chart, switch the fairness charts, and resize the window (the charts are drawn again)."""
    results = window.results_view

    def pause() -> None:
        _run_until(lambda: False, BROWSE_STEP_SECONDS)

    for row in range(results.result_list.count()):
        results.result_list.setCurrentRow(row)
        pause()
    results.views.setCurrentIndex(0)
    pause()
    for column in ("education", "hours-per-week", "income"):
        results.column_combo.setCurrentText(column)
        pause()
    results.views.setCurrentWidget(results.comparison)
    pause()
    for index in range(results.comparison.chart_tabs.count()):
        results.comparison.chart_tabs.setCurrentIndex(index)
        pause()
    results.views.setCurrentWidget(results.fairness)
    pause()                                   # its charts are built once the tab is open
    for index in range(1, results.fairness.chart_combo.count()):
        results.fairness.chart_combo.setCurrentIndex(index)
        pause()
    for by in (-200, 200):
        resize(by)
        pause()
    return []


def bench_gui_gaps(rows: list[tuple], adult: Path, trace=None) -> None:
    from synthstudio.core.fairness import FairnessTarget
    from synthstudio.core.synthesis import SynthesisSettings
    from synthstudio.gui.main_window import MainWindow
    from synthstudio.gui.settings import AppSettings
    from synthstudio.paths import sample_dataset

    sample = sample_dataset()
    clock = GapClock(trace)
    with tempfile.TemporaryDirectory() as scratch:
        settings = AppSettings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        window.resize(1400, 900)
        window.show()

        def idle() -> bool:
            return window.jobs.is_idle() and window.tasks.is_idle() and window.results_view.renders.is_idle()

        def measure(label: str, start) -> None:
            jobs: list = []
            seconds = []

            def run() -> None:
                started = time.perf_counter()
                jobs.extend(job for job in start() or [] if job is not None)
                _run_until(idle, 1800)
                seconds.append(time.perf_counter() - started)
                # what the results set off (deferred chart drawing, first paints) counts with them
                _run_until(lambda: False, SETTLE_SECONDS)

            gaps, ended_at = clock.measure(label, run)
            if not jobs:   # no job of its own: nothing to split
                rows.append(_gap_row(label, gaps, seconds[0], clock))
                return
            states = ",".join(job.state.value + (f": {job.error.message}" if job.error else "") for job in jobs)
            # the first job's end is when its result callback began: later gaps show the result
            first_end = min(job.ended_at for job in jobs)
            running, showing = gaps[ended_at <= first_end], gaps[ended_at > first_end]
            split = (running.max(initial=0.0), showing.max(initial=0.0))
            rows.append(_gap_row(label, gaps, seconds[0], clock, states, split))

        def resize(by: int) -> None:
            window.resize(window.width() + by, window.height() + by // 2)

        # the control: what the machine's load alone does to a 10 ms timer
        gaps, _ = clock.measure("an idle window", lambda: _run_until(lambda: False, IDLE_SECONDS))
        rows.append(_gap_row(f"an idle window, no job ({IDLE_SECONDS:.0f} s; the machine's own noise)", gaps,
                             IDLE_SECONDS, clock))
        measure("loading adult.csv (32,561 rows, detection)", lambda: [window.load_table_file(adult)])
        window.dirty = False
        measure("Gaussian copula on adult (fit + sample 26k rows, evaluation)",
                lambda: window.run_plan([SynthesisSettings("gaussian_copula", seed=0)]))
        project = Path(scratch) / "bench.synthstudio"
        window.ask_save_path = lambda: str(project)
        measure("saving the project (1 result of 26k rows)", lambda: [window.save_as()])
        window.dirty = False
        measure("loading the 3,000-row sample", lambda: [window.load_table_file(sample)])
        measure("CTGAN on the sample (5 epochs, torch, evaluation)",
                lambda: window.run_plan([SynthesisSettings("ctgan", {"epochs": 5}, seed=0)]))
        fair = SynthesisSettings("gaussian_copula", seed=3, fairness=FairnessTarget.parse(FAIRNESS_TARGET).to_dict())
        measure("Gaussian copula on the sample with a fairness target (2nd result: the comparison opens)",
                lambda: window.run_plan([fair]))
        measure("browsing the results (select each, change column, every tab and chart, resize)",
                lambda: browse_results(window, resize))
        window.dirty = False
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--skip-large-table", action="store_true", help="measure only the GUI-thread gaps")
    parser.add_argument("--cold", action="store_true",
                        help="skip the app's start-up import of the heavy libraries (the first job imports them)")
    parser.add_argument("--trace", type=Path, metavar="FILE",
                        help="write every thread's stack to FILE whenever the GUI thread is stuck for "
                             f"{GAP_BAR_MS} ms")
    args = parser.parse_args()
    from synthstudio.gui.app import create_application, load_libraries_behind_splash

    app = create_application()
    rows: list[tuple] = [("cores", str(os.cpu_count())), ("date", time.strftime("%Y-%m-%d")),
                         ("load average (1 min) at start", f"{os.getloadavg()[0]:.1f}")]
    if not args.cold:  # as the app starts: libraries imported behind the splash screen
        started = time.perf_counter()
        load_libraries_behind_splash(app).close()
        rows.append(("start-up: heavy libraries imported behind the splash (s)",
                     f"{time.perf_counter() - started:.1f}"))
    if not args.skip_large_table:
        bench_large_table(rows)
    trace = open(args.trace, "w", encoding="utf-8") if args.trace else None
    try:
        bench_gui_gaps(rows, args.shared_data / "adult.csv", trace)
    finally:
        if trace is not None:
            trace.close()
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    failed = [name for name, value in rows if value.endswith("FAIL")]
    print(f"\n{'FAIL' if failed else 'PASS'}: longest GUI-thread gap {'above' if failed else 'at most'} "
          f"{GAP_BAR_MS} ms in {len(failed)} of {sum(value.endswith(('PASS', 'FAIL')) for _, value in rows)} "
          "measurements")
    return 0


if __name__ == "__main__":
    sys.exit(main())
