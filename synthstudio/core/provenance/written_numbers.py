"""How a numeric column is *written*: its number of decimals, and each value as digits.

The value watermark (SDW-1) lives in the last written digit, so "written" must mean the same
thing in every format: in CSV text, in Parquet doubles and in Excel cells. A column has one
number of decimals ``d``; a value ``x`` is written as the integer ``k = round(x * 10**d)`` shown
with ``d`` decimals (``37.46`` is ``k = 3746, d = 2``). Reading a file back, ``d`` is found again
from the values themselves (the fewest decimals that write every value exactly), so a CSV that
shows ``37.40`` and a Parquet double ``37.4`` are the same written value once the rest of the
column says ``d = 2``.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

# 8 decimals covers every precision SDV learns from real tables; more is floating-point noise.
MAX_DECIMALS = 8
# A column of full-precision floats (no fixed decimals) is written with this many significant
# digits of its typical value: far below any analysis' resolution, and it gives the column a
# last digit to carry the watermark.
SIGNIFICANT_DIGITS = 6
# Beyond 2**52 doubles no longer hold every integer exactly, so such values have no exact digits.
_EXACT_LIMIT = float(2 ** 52)
# A handful of odd values (a value pasted with more decimals) must not change a column's d.
_EXACT_SHARE = 0.999


def numeric_values(column: pd.Series) -> np.ndarray | None:
    """The column as float64 with NaN for missing, or None if it does not hold numbers.

    Booleans and dates are not numbers here. A text column whose cells nearly all parse as
    numbers (a CSV column with one stray word) counts as numeric: the stray cells become NaN.
    """
    dtype = column.dtype
    if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_datetime64_any_dtype(dtype):
        return None
    if pd.api.types.is_numeric_dtype(dtype):
        return column.astype("float64").to_numpy(copy=True)
    if dtype == object or pd.api.types.is_string_dtype(dtype):
        present = column.dropna()
        # Most text columns are words: a look at the first values settles it cheaply.
        for sample in (present.iloc[:200], present):
            if sample.empty or sample.map(lambda v: isinstance(v, (bool, np.bool_))).any():
                return None
            if pd.to_numeric(sample.astype(str).str.strip(), errors="coerce").notna().mean() < 0.95:
                return None
        return pd.to_numeric(column.astype(str).str.strip(), errors="coerce").astype("float64").to_numpy()
    return None


def _exact_at(values: np.ndarray, decimals: int) -> np.ndarray:
    scaled = values * (10.0 ** decimals)
    error = np.abs(scaled - np.rint(scaled))
    # Allow the rounding error of the double itself (a few ulps of the scaled value).
    return (error <= 1e-6 + 8 * np.finfo(float).eps * np.abs(scaled)) & (np.abs(scaled) < _EXACT_LIMIT)


def written_decimals(values: np.ndarray) -> int | None:
    """The fewest decimals (0..MAX_DECIMALS) that write (nearly) every value exactly; None if none do."""
    present = np.unique(values[np.isfinite(values)])
    if present.size == 0:
        return None
    for decimals in range(MAX_DECIMALS + 1):
        if _exact_at(present, decimals).mean() >= _EXACT_SHARE:
            return decimals
    return None


def release_decimals(values: np.ndarray) -> int | None:
    """Decimals to write a column with: its own precision, else SIGNIFICANT_DIGITS of its median size."""
    decimals = written_decimals(values)
    if decimals is not None:
        return decimals
    magnitude = np.abs(values[np.isfinite(values) & (values != 0)])
    if magnitude.size == 0:
        return None
    exponent = math.floor(math.log10(float(np.median(magnitude))))
    return int(min(MAX_DECIMALS, max(0, SIGNIFICANT_DIGITS - 1 - exponent)))


def written_integers(values: np.ndarray, decimals: int) -> tuple[np.ndarray, np.ndarray]:
    """``(k, exact)``: the written digits as int64 and where that writing is exact (and present)."""
    exact = np.isfinite(values)
    exact[exact] = _exact_at(values[exact], decimals)
    scaled = np.where(exact, values, 0.0) * (10.0 ** decimals)
    return np.rint(scaled).astype(np.int64), exact


def from_written(k: np.ndarray, decimals: int) -> np.ndarray:
    """The doubles closest to the written decimals (what Parquet and Excel store)."""
    return k.astype("float64") / (10.0 ** decimals)


def round_to_written(values: np.ndarray, decimals: int) -> np.ndarray:
    """Values rounded to ``decimals`` exactly as they will be written (NaN stays NaN)."""
    result = np.full(values.shape, np.nan)
    present = np.isfinite(values) & (np.abs(values) * 10.0 ** decimals < _EXACT_LIMIT)
    result[present] = from_written(np.rint(values[present] * 10.0 ** decimals).astype(np.int64), decimals)
    # Values too large to write exactly keep their own double.
    large = np.isfinite(values) & ~present
    result[large] = values[large]
    return result


def written_text(k: int, decimals: int) -> str:
    """``k`` written with ``decimals`` decimals: ``(3746, 2) -> "37.46"``, ``(-5, 2) -> "-0.05"``."""
    digits = str(abs(int(k)))
    if decimals:
        digits = digits.rjust(decimals + 1, "0")
        digits = f"{digits[:-decimals]}.{digits[-decimals:]}"
    return f"-{digits}" if k < 0 else digits


def format_column(values: np.ndarray, decimals: int) -> list[str]:
    """Every value written with ``decimals`` decimals, "" for missing: the CSV text of a column."""
    if decimals == 0:
        return ["" if not math.isfinite(v) else str(int(round(v))) for v in values.tolist()]
    spec = f".{decimals}f"
    return ["" if not math.isfinite(v) else format(v, spec) for v in values.tolist()]
