"""The datetime format found must read every value; day/month order comes from the values."""
from __future__ import annotations

import pandas as pd

from synthstudio.core.datetime_formats import (
    DatetimeFormat,
    detect_datetime_format,
    format_of_datetime_values,
)


def test_day_above_twelve_settles_the_order():
    assert detect_datetime_format(pd.Series(["03/04/2013", "25/12/2014"])) == DatetimeFormat("%d/%m/%Y")
    assert detect_datetime_format(pd.Series(["03/04/2013", "12/25/2014"])) == DatetimeFormat("%m/%d/%Y")


def test_undecidable_order_reads_day_first_and_says_so():
    assert detect_datetime_format(pd.Series(["03/04/2013", "12/01/2014"])) == DatetimeFormat("%d/%m/%Y", True)
    # Year-first dates are always year-month-day: nothing to swap.
    assert detect_datetime_format(pd.Series(["2013-04-03 10:00:00"])) == DatetimeFormat("%Y-%m-%d %H:%M:%S")


def test_one_unreadable_value_rejects_a_format():
    values = pd.Series(["2013-01-01"] * 60 + ["2013-02-30"])   # no 30 February
    assert detect_datetime_format(values) is None


def test_formats_outside_the_list_come_from_the_hint_or_pandas():
    assert detect_datetime_format(pd.Series(["2021-01-05T10:00:00+01:00"])).format == "%Y-%m-%dT%H:%M:%S%z"
    assert detect_datetime_format(pd.Series(["2013|01|05"]), hint="%Y|%m|%d").format == "%Y|%m|%d"


def test_codes_text_and_numbers_are_not_dates():
    for values in (["13011352CF10A"], ["Possession of Cocaine"], ["12345"], [20130101]):
        assert detect_datetime_format(pd.Series(values)) is None, values


def test_stored_datetimes_get_a_format_that_loses_nothing():
    days = pd.Series(pd.date_range("2020-01-01", periods=3))
    assert format_of_datetime_values(days) == "%Y-%m-%d"
    assert format_of_datetime_values(days + pd.Timedelta(minutes=5)) == "%Y-%m-%d %H:%M:%S"
    assert format_of_datetime_values(days + pd.Timedelta(microseconds=5)) == "%Y-%m-%d %H:%M:%S.%f"
