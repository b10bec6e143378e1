"""Which numeric columns may carry the SDW-1 value watermark, and which must be left exactly alone.

The watermark moves the last written digit of a value by at most one (``37.46`` -> ``37.47``,
``183412`` -> ``183411``). That is rounding noise for a *quantity* (a weight, an amount, a
duration), but it would change the meaning of an identifier, a code stored as a number (a postal
code, a diagnosis code, a year) or a category. So a column carries the mark only when everything
we know says it is a quantity:

1. the schema says it is an integer or decimal column (not a category, identifier, boolean...)
   and its role is not an identifier, direct identifier or quasi-identifier (ages, postal codes);
   an integer target (a class label, an outcome count) is left alone too;
2. its name does not say "code", "id", "zip", "year", "number"... (a conservative second opinion
   that also holds when no schema is given);
3. its values do not repeat like codes: at least 1 in 10 of the cells that could carry the mark
   holds a value no other cell has;
4. its last digit has no convention: no single last digit covers half of the values (prices
   ending in 9, readings in steps of 2).

Within a carrier column only *cells* with at least three written digits whose last digit is not
0 or 5 carry the mark (see ``watermark.py``), so small counts, round numbers (``45000``,
``37.50``) and values rounded to fives are never touched; nor are all-nines codes (``9999``) and
values that recur like a level or a cap (:func:`special_values`).

Detection cannot know the schema, so it reads every numeric column that passes rule 2 and has
fixed written decimals (or, better, the exact column list stored in the file's metadata). Extra
unmarked columns only dilute the evidence; they cannot create a false detection.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from synthstudio.core.provenance.written_numbers import (
    numeric_values, release_decimals, round_to_written, written_decimals, written_integers)
from synthstudio.core.schema import NUMERIC_TYPES, Role, Schema

# Words in a column name that mean "this number is a label, not an amount".
CODE_NAME_WORDS = frozenset({
    "id", "ids", "uid", "uuid", "key", "code", "codes", "zip", "zipcode", "postcode", "postal", "plz",
    "year", "yr", "phone", "tel", "fax", "number", "num", "no", "nr", "nbr", "index", "idx", "ssn",
    "account", "serial", "version", "fips", "isbn", "iban", "date",
})
EXCLUDED_ROLES = frozenset({Role.IDENTIFIER, Role.DIRECT_IDENTIFIER, Role.QUASI_IDENTIFIER})
MIN_CARRIER_DIGITS_VALUE = 100          # at least three written digits
UNMARKED_LAST_DIGITS = (0, 5)           # round numbers keep their roundness
MIN_UNIQUE_SHARE = 0.1                  # rule 3
MAX_LAST_DIGIT_SHARE = 0.5              # rule 4
_PATTERN_MIN_VALUES = 20                # rule 4 needs enough values to see a pattern
SPECIAL_MIN_COUNT = 5                   # see special_values()
SPECIAL_RATIO = 10

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^0-9A-Za-z]+")


def name_words(name: object) -> list[str]:
    """``"patientZipCode"`` -> ``["patient", "zip", "code"]``; ``"c_case_number"`` -> ``["c", "case", "number"]``."""
    spaced = _CAMEL_BOUNDARY.sub(" ", str(name))
    return [word.lower() for word in _NON_ALNUM.split(spaced) if word]


def name_says_code(name: object) -> bool:
    return any(word in CODE_NAME_WORDS for word in name_words(name))


def carrier_cells(k: np.ndarray, exact: np.ndarray) -> np.ndarray:
    """Cells whose written value may carry the mark: exact, >= 3 digits, last digit not 0 or 5."""
    last = np.abs(k) % 10
    return exact & (np.abs(k) >= MIN_CARRIER_DIGITS_VALUE) & ~np.isin(last, UNMARKED_LAST_DIGITS)


def special_values(k: np.ndarray, cells: np.ndarray) -> np.ndarray:
    """Carrier cells whose value must stay exact although the column is a quantity.

    Values written only with nines (999, 99999: caps and missing-value codes in surveys) and
    values that recur far more often than the column's values usually do, so that they are a
    level rather than a measurement (a cap, a standard amount such as Adult's capital-gain 15024):
    at least ``SPECIAL_MIN_COUNT`` times and ``SPECIAL_RATIO`` times the median count. (A plain
    share of the rows would also freeze ordinary values of dense whole-number columns, such as
    COMPAS day counts, where every value recurs a few times.) Detection still counts them;
    leaving one value unmarked only dilutes the evidence by one value.
    """
    special = np.zeros(k.shape, dtype=bool)
    if not cells.any():
        return special
    magnitude = np.abs(k)
    digits = np.floor(np.log10(np.maximum(magnitude, 1))).astype(np.int64) + 1
    special |= cells & (magnitude == 10 ** digits - 1)
    _, inverse, counts = np.unique(k[cells], return_inverse=True, return_counts=True)
    frequent = counts >= max(SPECIAL_MIN_COUNT, SPECIAL_RATIO * np.median(counts))
    special[np.flatnonzero(cells)[frequent[inverse]]] = True
    return special


@dataclass(frozen=True)
class CarrierPlan:
    """How a table is written and marked.

    ``decimals``: every numeric column and the decimals it is written with; ``carriers``: the
    columns that carry the watermark; ``skipped``: numeric columns left alone, with the reason.
    """

    decimals: dict[str, int] = field(default_factory=dict)
    carriers: tuple[str, ...] = ()
    skipped: dict[str, str] = field(default_factory=dict)

    def carrier_decimals(self) -> dict[str, int]:
        return {name: self.decimals[name] for name in self.carriers}

    def to_dict(self) -> dict:
        return {"decimals": dict(self.decimals), "carriers": list(self.carriers), "skipped": dict(self.skipped)}


def _schema_reason(name: str, decimals: int, schema: Schema | None) -> str | None:
    if schema is None or name not in schema:
        return None
    spec = schema.column(name)
    if spec.type not in NUMERIC_TYPES:
        return f"the schema calls it {spec.type.value}, not a quantity"
    if spec.role in EXCLUDED_ROLES:
        return f"its role is {spec.role.value.replace('_', ' ')}"
    if spec.role is Role.TARGET and decimals == 0:
        return "it is a whole-number target (an outcome is kept exact)"
    return None


def _value_reason(values: np.ndarray, decimals: int) -> str | None:
    k, exact = written_integers(round_to_written(values, decimals), decimals)
    cells = carrier_cells(k, exact)
    if not cells.any():
        return "no value has three or more written digits with a last digit other than 0 or 5"
    distinct, counts = np.unique(k[cells], return_counts=True)
    if distinct.size < MIN_UNIQUE_SHARE * cells.sum():
        return "its values repeat like codes or labels"
    if distinct.size >= _PATTERN_MIN_VALUES:
        last_digit_share = np.bincount(np.abs(distinct) % 10, minlength=10).max() / distinct.size
        if last_digit_share > MAX_LAST_DIGIT_SHARE:
            return "its last digit follows a convention (for example prices ending in 9)"
    return None


def plan_carriers(frame: pd.DataFrame, schema: Schema | None = None) -> CarrierPlan:
    """Decide, column by column, how numbers are written and which columns carry the mark."""
    decimals: dict[str, int] = {}
    carriers: list[str] = []
    skipped: dict[str, str] = {}
    for name in frame.columns:
        values = numeric_values(frame[name])
        if values is None:
            continue
        column_decimals = release_decimals(values)
        if column_decimals is None:
            continue  # an empty column: nothing to write or mark
        decimals[name] = column_decimals
        reason = (_schema_reason(name, column_decimals, schema)
                  or ("its name suggests a code or identifier" if name_says_code(name) else None)
                  or _value_reason(values, column_decimals))
        if reason:
            skipped[name] = reason
        else:
            carriers.append(name)
    return CarrierPlan(decimals=decimals, carriers=tuple(carriers), skipped=skipped)


def detection_columns(frame: pd.DataFrame) -> dict[str, int]:
    """Columns to read the mark from when no metadata lists them: numeric, fixed decimals, not code-named."""
    columns: dict[str, int] = {}
    for name in frame.columns:
        if name_says_code(name):
            continue
        values = numeric_values(frame[name])
        if values is None:
            continue
        decimals = written_decimals(values)
        if decimals is not None:
            columns[name] = decimals
    return columns
