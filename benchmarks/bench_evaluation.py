"""Evaluation benchmark: the full evaluation of one generator's output on the adult census table.

    .venv/bin/python benchmarks/bench_evaluation.py [--data ../shared/data/adult.csv] [--max-rows 20000]

Splits the table 80/20 as ``synthstudio run`` does, fits SDV's Gaussian copula (timed, but
not part of the evaluation), samples as many rows as were learned from, then runs
``evaluate`` and prints one table: step, wall-clock seconds, processor seconds. Processor
seconds are what a step costs on an otherwise idle machine; wall-clock seconds also include
waiting for the cores when other programs use them. The quality bar (docs/evaluation.md) is
under 30 s on 2 cores. Timings are never asserted in tests.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from synthstudio.core.dataset import load_dataset  # noqa: E402
from synthstudio.core.evaluation import DEFAULT_MAX_ROWS, evaluate, split_holdout  # noqa: E402
from synthstudio.core.generators import create_generator  # noqa: E402
from synthstudio.core.schema import ColumnSpec, ColumnType, Role, Schema  # noqa: E402

NUMBERS = {"age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week"}
ROLES = {"income": Role.TARGET, "sex": Role.SENSITIVE, "race": Role.SENSITIVE, "age": Role.QUASI_IDENTIFIER,
         "marital-status": Role.QUASI_IDENTIFIER, "native-country": Role.QUASI_IDENTIFIER}


def adult_schema(columns) -> Schema:
    return Schema([ColumnSpec(c, ColumnType.INTEGER if c in NUMBERS else ColumnType.CATEGORICAL,
                              ROLES.get(c, Role.PLAIN)) for c in columns])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "adult.csv")
    parser.add_argument("--max-rows", type=int, default=DEFAULT_MAX_ROWS)
    args = parser.parse_args()

    frame = load_dataset(args.data).frame
    schema = adult_schema(frame.columns)
    train, holdout = split_holdout(frame, 0.2, seed=0, stratify_on="income")
    started = time.perf_counter()
    generator = create_generator("gaussian_copula")
    generator.fit(train, schema, seed=0)
    synthetic = generator.sample(len(train), seed=0)
    generation = time.perf_counter() - started

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    wall, cpu = time.perf_counter(), time.process_time()
    report = evaluate(train, holdout, synthetic, schema, seed=0, max_rows=args.max_rows)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu

    print(f"# bench_evaluation  {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC  cores={os.cpu_count()}  "
          f"load average at start={load:.1f}")
    print(f"# adult: {len(train):,} training + {len(holdout):,} holdout rows x {frame.shape[1]} columns; "
          f"{len(synthetic):,} synthetic rows (Gaussian copula, fit + sample {generation:.1f} s); "
          f"max_rows={args.max_rows:,}")
    print(f"{'step':<22}{'wall s':>9}{'cpu s':>9}")
    for step, seconds in report.info["timings"].items():
        print(f"{step:<22}{seconds:>9.2f}{report.info['cpu_seconds'][step]:>9.2f}")
    print(f"{'total evaluate()':<22}{wall:>9.2f}{cpu:>9.2f}")
    print(f"# gate: {report.gate.overall}; failed: {report.gate.failed or 'none'}; "
          f"warned: {report.gate.warned or 'none'}")
    print("# " + ", ".join(f"{k}={v:.3f}" for k, v in report.metrics.items() if v is not None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
