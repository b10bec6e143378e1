"""Find the strftime format of a column of written dates, checked against the values themselves.

pandas can guess a format from one value (``guess_datetime_format``), and SDV does exactly that
on the first values of a column; a guess from one value cannot tell 03/04/2013 (3 April) from
03/04/2013 (4 March), and one odd value breaks it. Here every candidate format is checked with
``pd.to_datetime(format=...)`` on the whole sample, so the format returned reads every value.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import datetime

import pandas as pd
from pandas.tseries.api import guess_datetime_format

# Common written forms, most specific first. Day-first comes before month-first so that, when
# no day above 12 settles it, the European/international reading wins (most of our users are
# outside the US); the note then says so and the user can switch.
COMMON_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%dT%H:%M",
    "%Y/%m/%d",
    "%Y/%m/%d %H:%M:%S",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d/%m/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%m/%d/%Y %H:%M",
    "%d/%m/%y",
    "%m/%d/%y",
    "%d-%m-%Y",
    "%m-%d-%Y",
    "%d.%m.%Y",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d-%b-%Y",
    "%Y-%m",
)

_QUICK_CHECK_VALUES = 50   # a candidate must read these first, before it is tried on the whole sample


@dataclass(frozen=True)
class DatetimeFormat:
    format: str
    day_month_ambiguous: bool = False   # the values read equally well with day and month swapped


def _reads_first(value: str, fmt: str) -> bool:
    """A cheap first filter: the standard library reads one value in microseconds."""
    try:
        datetime.strptime(value, fmt)
    except ValueError:
        return False
    return True


def _reads_all(values: pd.Series, fmt: str) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = pd.to_datetime(values, format=fmt, errors="coerce")
        except (ValueError, TypeError):
            return False
    return bool(parsed.notna().all())


def _pandas_guess(value: str) -> str | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # pandas warns about day-first readings it guessed itself
        return guess_datetime_format(value)


def _swap_day_month(fmt: str) -> str:
    return fmt.replace("%d", "\0").replace("%m", "%d").replace("\0", "%m")


def detect_datetime_format(values: pd.Series, hint: str | None = None) -> DatetimeFormat | None:
    """The format that reads every one of ``values`` (present, written values), or None.

    ``hint`` is another tool's guess (SDV's); it is tried after the common formats, so an
    unusual format still gets found, but it never beats a common one that reads everything.
    """
    if values.empty or not all(isinstance(v, str) for v in values):
        return None
    values = values.str.strip()
    first = values.iloc[0]
    if not any(ch.isdigit() for ch in first) or len(first) > 40:
        return None   # dates are short and have digits: skip text columns at once
    candidates = list(COMMON_FORMATS)
    for extra in (hint, _pandas_guess(first)):
        if extra and extra not in candidates:
            candidates.append(extra)
    head = values.iloc[:_QUICK_CHECK_VALUES]
    readers = [fmt for fmt in candidates if _reads_first(first, fmt) and _reads_all(head, fmt)]
    readers = [fmt for fmt in readers if len(values) <= len(head) or _reads_all(values, fmt)]
    if not readers:
        return None
    chosen = readers[0]
    # Year-first dates are ISO 8601 (year, month, day) everywhere: only day/month-first can be misread.
    swapped = _swap_day_month(chosen)
    ambiguous = not chosen.startswith("%Y") and swapped != chosen and swapped in readers
    return DatetimeFormat(chosen, day_month_ambiguous=ambiguous)


def format_of_datetime_values(values: pd.Series) -> str:
    """A strftime format that writes stored datetimes (datetime64) without losing anything."""
    present = pd.to_datetime(values.dropna())
    if present.empty or (present == present.dt.normalize()).all():
        return "%Y-%m-%d"
    if (present.dt.microsecond == 0).all():
        return "%Y-%m-%d %H:%M:%S"
    return "%Y-%m-%d %H:%M:%S.%f"
