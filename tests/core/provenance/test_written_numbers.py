"""How numbers are written: decimals found from the values, formatting that reads back identically."""
from __future__ import annotations

import numpy as np
import pandas as pd

from synthstudio.core.provenance.written_numbers import (
    SIGNIFICANT_DIGITS, format_column, numeric_values, release_decimals, round_to_written, written_decimals,
    written_integers, written_text)


def test_decimals_come_from_the_values_themselves():
    assert written_decimals(np.array([37.46, 12.3, np.nan, 5.0])) == 2
    assert written_decimals(np.array([183412.0, 77516.0])) == 0
    assert written_decimals(np.array([0.125, -3.5])) == 3
    assert written_decimals(np.array([np.nan])) is None
    assert written_decimals(np.random.default_rng(0).normal(size=50)) is None   # full-precision floats


def test_full_precision_floats_get_significant_digits_of_their_typical_size():
    values = np.random.default_rng(0).normal(50_000, 8_000, 200)
    decimals = release_decimals(values)
    assert decimals == SIGNIFICANT_DIGITS - 1 - 4
    rounded = round_to_written(values, decimals)
    assert written_decimals(rounded) == decimals
    assert np.abs(rounded - values).max() <= 0.5 * 10.0 ** -decimals + 1e-9


def test_written_text_and_integers_agree():
    k, exact = written_integers(np.array([37.46, -0.05, np.nan, 12.3]), 2)
    assert exact.tolist() == [True, True, False, True]
    assert [written_text(v, 2) for v in k[exact]] == ["37.46", "-0.05", "12.30"]
    assert format_column(np.array([37.4, np.nan, -2.0]), 2) == ["37.40", "", "-2.00"]
    assert format_column(np.array([183412.0, np.nan]), 0) == ["183412", ""]


def test_csv_text_parquet_doubles_and_parsed_text_give_the_same_written_values():
    values = round_to_written(np.random.default_rng(1).uniform(-500, 500, 1000), 2)
    as_text = pd.Series(format_column(values, 2))
    parsed = numeric_values(as_text)                      # what a CSV reader gets back
    assert np.array_equal(written_integers(parsed, 2)[0], written_integers(values, 2)[0])
    assert written_decimals(parsed) == 2


def test_only_number_columns_count_as_numeric():
    assert numeric_values(pd.Series(["a", "b"] * 300)) is None
    assert numeric_values(pd.Series([True, False])) is None
    assert numeric_values(pd.to_datetime(pd.Series(["2024-01-01"]))) is None
    mostly = pd.Series([str(i) for i in range(100)] + ["n/a"])
    assert np.isnan(numeric_values(mostly)[-1]) and numeric_values(mostly)[5] == 5.0
