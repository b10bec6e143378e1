"""GUI benchmarks: a 1,000,000 × 20 table in the data view, and how long the GUI thread is
blocked while real jobs run. Prints a table; nothing is asserted.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--shared-data ../shared/data]

Responsiveness: a 10 ms QTimer on the GUI thread records when it fires; the longest gap between
two ticks (minus the 10 ms interval) is how long the GUI thread could not react.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
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


def bench_gui_gaps(rows: list[tuple], adult: Path) -> None:
    from synthstudio.core.synthesis import SynthesisSettings
    from synthstudio.gui.main_window import MainWindow
    from synthstudio.gui.settings import AppSettings
    from synthstudio.paths import sample_dataset

    sample = sample_dataset()
    with tempfile.TemporaryDirectory() as scratch:
        settings = AppSettings(QSettings(str(Path(scratch) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings)
        window.resize(1400, 900)
        window.show()
        ticks: list[float] = []
        clock = QTimer()
        clock.setInterval(TICK_MS)
        clock.timeout.connect(lambda: ticks.append(time.perf_counter()))

        def measure(label: str, start) -> None:
            ticks.clear()
            clock.start()
            started = time.perf_counter()
            jobs = start()
            _run_until(lambda: window.jobs.is_idle() and window.tasks.is_idle(), 1800)
            seconds = time.perf_counter() - started
            clock.stop()
            gaps = np.diff(ticks) * 1000 - TICK_MS
            states = ",".join(job.state.value + (f": {job.error.message}" if job.error else "")
                              for job in jobs if job is not None)
            rows.append((f"GUI gap during {label} [{states}]: max / p99 / median ms; ticks > 100 ms; job s",
                         f"{gaps.max():.0f} / {np.percentile(gaps, 99):.0f} / {statistics.median(gaps):.1f}; "
                         f"{int((gaps > 100).sum())}; {seconds:.1f}"))

        measure("loading adult.csv (32,561 rows, detection)", lambda: [window.load_table_file(adult)])
        window.dirty = False
        measure("Gaussian copula on adult (fit + sample 26k rows)",
                lambda: window.run_plan([SynthesisSettings("gaussian_copula", seed=0)]))
        window.dirty = False
        measure("loading the 3,000-row sample", lambda: [window.load_table_file(sample)])
        measure("CTGAN on the sample (5 epochs, torch)",
                lambda: window.run_plan([SynthesisSettings("ctgan", {"epochs": 5}, seed=0)]))
        window.dirty = False
        window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    from synthstudio.gui.app import create_application

    create_application()
    rows: list[tuple] = [("cores", str(os.cpu_count())), ("date", time.strftime("%Y-%m-%d"))]
    bench_large_table(rows)
    bench_gui_gaps(rows, args.shared_data / "adult.csv")
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
