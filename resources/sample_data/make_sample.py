"""Rebuild adult_sample.csv: 3,000 rows drawn at random, with a fixed seed, from UCI Adult.

    .venv/bin/python resources/sample_data/make_sample.py [path/to/adult.csv]

The source defaults to ../shared/data/adult.csv beside the repository. The same source always
gives the same bytes: the rows are drawn with NumPy's legacy RandomState (its stream never
changes between versions), kept in their original order, and written as plain UTF-8 CSV.
"""
from __future__ import annotations

import sys
from pathlib import Path

from synthstudio.core.dataset import load_dataset, write_table

SEED = 1996  # the year Becker and Kohavi donated the data
N_ROWS = 3_000
HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parents[2] / "shared" / "data" / "adult.csv"
TARGET = HERE / "adult_sample.csv"


def make_sample(source: Path = DEFAULT_SOURCE, target: Path = TARGET) -> Path:
    adult = load_dataset(source)  # strips the ", " padding and reads "?" as missing
    sample = adult.frame.sample(n=N_ROWS, random_state=SEED).sort_index()
    write_table(sample, target, overwrite=True)  # missing values become empty cells
    print(f"{target.name}: {len(sample):,} of {adult.n_rows:,} rows from {source} (sha256 {adult.sha256})")
    return target


if __name__ == "__main__":
    make_sample(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE)
