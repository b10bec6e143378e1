"""Core benchmark on the Adult census table: load, fit, sample, per-epoch cost, quality vs time.

    .venv/bin/python benchmarks/bench_core.py [--data ../shared/data/adult.csv] [--argn-minutes 10]
                                              [--skip-argn] [--skip-neural] [--epochs 3] [--repeats 3]

Prints one table (what, rows, seconds, peak MB, ratio to raw SDV, SDMetrics quality). The
quality-versus-time rows are what the generators' time estimates are calibrated from.
Timings are never asserted in tests; record results in docs/benchmarks.md.
"""
from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from synthstudio.core.dataset import load_dataset  # noqa: E402
from synthstudio.core.generators import create_generator  # noqa: E402
from synthstudio.core.generators.sdv_adapter import load_sdv, TABLE  # noqa: E402
from synthstudio.core.schema import detect_schema  # noqa: E402

SAMPLE_ROWS = 100_000


class PeakMemory:
    """Peak resident memory of this process while the block runs (sampled every 50 ms)."""

    def __enter__(self):
        self.process = psutil.Process(os.getpid())
        self.peak = self.process.memory_info().rss
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()
        return self

    def _watch(self):
        while not self._stop.wait(0.05):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    @property
    def mb(self) -> float:
        return self.peak / 2**20


def timed(fn):
    with PeakMemory() as memory:
        started = time.perf_counter()
        value = fn()
        seconds = time.perf_counter() - started
    return value, seconds, memory.mb


def quality(real, synthetic, schema) -> float:
    """SDMetrics overall quality score (SDV 2.0's evaluate_quality) on the learned columns."""
    load_sdv()
    from sdv.evaluation import evaluate_quality
    from synthstudio.core.generators.sdv_adapter import build_metadata, prepare_frame

    columns = [c for c in schema.learned_columns if c in real.columns]
    learned = schema.subset(columns)
    metadata = build_metadata(real[columns], learned)
    report = evaluate_quality({TABLE: prepare_frame(real[columns], learned)},
                              {TABLE: prepare_frame(synthetic[columns], learned)}, metadata, verbose=False)
    return float(report.get_score())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "adult.csv")
    parser.add_argument("--epochs", type=int, default=3, help="epochs timed for CTGAN/TVAE/CopulaGAN")
    parser.add_argument("--argn-minutes", type=float, default=10.0, help="TabularARGN training time cap")
    parser.add_argument("--skip-argn", action="store_true")
    parser.add_argument("--skip-neural", action="store_true", help="skip CTGAN, TVAE and CopulaGAN")
    parser.add_argument("--repeats", type=int, default=3, help="alternated copula runs, fastest kept")
    args = parser.parse_args()
    rows: list[tuple] = []

    dataset, seconds, mb = timed(lambda: load_dataset(args.data))
    frame = dataset.frame
    rows.append(("load CSV", len(frame), seconds, mb, "", ""))
    schema, seconds, mb = timed(lambda: detect_schema(frame, dataset.value_labels))
    rows.append(("detect schema", len(frame), seconds, mb, "", ""))

    # Gaussian copula through SynthStudio and through raw SDV, same data, same SDV metadata, same
    # run; alternated REPEATS times and the fastest of each kept, so machine noise cancels out.
    from synthstudio.core.generators.sdv_adapter import build_metadata, prepare_frame

    learned = schema.subset(schema.learned_columns)
    raw_frame = prepare_frame(frame[learned.names], learned)
    raw_metadata = build_metadata(raw_frame, learned)

    def ours():
        generator = create_generator("gaussian_copula")
        generator.fit(frame, schema, seed=0)
        return generator.sample(SAMPLE_ROWS, seed=0)

    def raw_sdv():
        from sdv.single_table import GaussianCopulaSynthesizer

        synthesizer = GaussianCopulaSynthesizer(raw_metadata)
        synthesizer.fit({TABLE: raw_frame})
        return synthesizer.sample(SAMPLE_ROWS)[TABLE]

    best = {"ours": (float("inf"), 0.0), "raw": (float("inf"), 0.0)}
    for _ in range(args.repeats):
        for name, work in (("raw", raw_sdv), ("ours", ours)):
            value, seconds, mb = timed(work)
            if seconds < best[name][0]:
                best[name] = (seconds, mb)
            if name == "ours":
                synthetic = value
    (raw_s, raw_mb), (ours_s, ours_mb) = best["raw"], best["ours"]
    rows.append((f"raw SDV GaussianCopula fit + sample 100k (best of {args.repeats})", len(frame), raw_s, raw_mb,
                 "1.00", ""))
    rows.append((f"SynthStudio gaussian_copula fit + sample 100k (best of {args.repeats})", len(frame), ours_s,
                 ours_mb, f"{ours_s / raw_s:.2f}", f"{quality(frame, synthetic.head(len(frame)), schema):.3f}"))

    for key in () if args.skip_neural else ("ctgan", "tvae", "copula_gan"):
        generator = create_generator(key, epochs=args.epochs)
        report, seconds, mb = timed(lambda: generator.fit(frame, schema, seed=0))
        synthetic = generator.sample(len(frame), seed=0)
        rows.append((f"{key}: {args.epochs} epochs, s/epoch = {seconds / args.epochs:.1f}", len(frame),
                     seconds, mb, "", f"{quality(frame, synthetic, schema):.3f}"))

    if not args.skip_argn:
        generator = create_generator("tabular_argn", max_training_time=args.argn_minutes)
        report, seconds, mb = timed(lambda: generator.fit(frame, schema, seed=0))
        synthetic = generator.sample(len(frame), seed=0)
        rows.append((f"tabular_argn: {report.epochs_done} epochs (cap {args.argn_minutes:g} min)", len(frame),
                     seconds, mb, "", f"{quality(frame, synthetic, schema):.3f}"))

    print(f"\nSynthStudio core benchmark — {args.data.name}, {os.cpu_count()} cores, "
          f"{time.strftime('%Y-%m-%d')}\n")
    header = ("what", "rows", "seconds", "process peak MB", "ratio to raw SDV", "SDMetrics quality")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for what, n, seconds, mb, ratio, score in rows:
        print(f"| {what} | {n:,} | {seconds:.2f} | {mb:,.0f} | {ratio} | {score} |")


if __name__ == "__main__":
    main()
