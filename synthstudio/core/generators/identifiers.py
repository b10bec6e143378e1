"""Columns that are never learned, put back into a synthetic table with made-up values.

Two kinds of columns are removed before any generator sees the data (see
``Schema.learned_columns``):

* **record keys** (role or type *identifier*): refilled with fresh keys — sequential
  integers 1..n for numeric keys, random unique strings of the same written shape for text
  keys (``"CA-0042"`` gives keys like ``"CA-7315"``);
* **direct identifiers** (names, emails, phones, national IDs, case numbers, dates of
  birth): refilled with fake values chosen by the column's ``pii_kind`` from Faker, seeded,
  so the same seed gives the same values. Emails use Faker's reserved example domains, so a
  made-up address can never reach a real mailbox.

No real value is ever copied. At fit time only the *shape* of a text column is kept
(:func:`describe_not_learned_columns`): letters become ``?``, digits ``#``, and a character
is kept as written only when it is the same in every sampled value (a fixed prefix such as
``"ID-"``). A shape is used only when at least ``MIN_ROWS_PER_SHAPE`` values share it, so
the length pattern of one person's value is never reproduced.
"""
from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from synthstudio.core.schema import ColumnSpec, ColumnType, PiiKind, Role, Schema

MIN_ROWS_PER_SHAPE = 5       # a shape shared by fewer values could describe one person's value
SHAPE_SAMPLE_ROWS = 10_000   # enough to find the common shape; keeps describing 1M rows fast
FAKER_POOL_SIZE = 5_000      # Faker is slow (~0.1 ms a value): draw rows from a pool this large
LETTERS = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
DIGITS = np.array(list("0123456789"))
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class KeyShape:
    """The written form of a not-learned column, without any of its values."""

    numeric: bool = False           # stored as numbers (keys become 1..n)
    mask: str | None = None         # e.g. "ID-######": "?" a letter, "#" a digit, others kept
    is_datetime: bool = False       # stored as dates (for dates of birth)

    def to_dict(self) -> dict[str, Any]:
        return {"numeric": self.numeric, "mask": self.mask, "is_datetime": self.is_datetime}


def describe_not_learned_columns(data: pd.DataFrame, schema: Schema) -> dict[str, KeyShape]:
    """The shape of every not-learned column present in ``data`` (read at fit time)."""
    return {spec.name: _describe(data[spec.name]) for spec in schema.columns
            if not spec.learned and spec.name in data.columns}


def _describe(column: pd.Series) -> KeyShape:
    if pd.api.types.is_datetime64_any_dtype(column):
        return KeyShape(is_datetime=True)
    values = column.dropna()
    numeric = pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)
    if numeric:
        values = values[values == values.round()].astype("int64")
    if len(values) > SHAPE_SAMPLE_ROWS:
        values = values.sample(SHAPE_SAMPLE_ROWS, random_state=0)
    return KeyShape(numeric=numeric, mask=_common_mask(values.astype(str)))


def _common_mask(values: pd.Series) -> str | None:
    if values.empty:
        return None
    masks = values.str.replace(_LETTER, "?", regex=True).str.replace(_DIGIT, "#", regex=True)
    counts = masks.value_counts()
    if counts.iloc[0] < MIN_ROWS_PER_SHAPE:
        return None
    mask = counts.index[0]
    sharing = np.array([list(v) for v in values[masks == mask]])
    constant = (sharing == sharing[0]).all(axis=0)
    return "".join(ch if constant[i] else mask[i] for i, ch in enumerate(sharing[0]))


def fill_not_learned_columns(synthetic: pd.DataFrame, schema: Schema, seed: int,
                             shapes: dict[str, KeyShape] | None = None,
                             locale: str = "en_US") -> pd.DataFrame:
    """Add every column of ``schema`` missing from ``synthetic`` with made-up values.

    The same ``seed`` gives the same values; each column draws from its own stream (seeded
    by the seed and the column name), so adding a column does not change the others.
    """
    shapes = shapes or {}
    synthetic = synthetic.copy()
    n = len(synthetic)
    for spec in schema.columns:
        if spec.name in synthetic.columns:
            continue
        shape = shapes.get(spec.name)
        stream = column_stream(seed, spec.name)
        rng = np.random.default_rng(stream)
        if spec.role is Role.DIRECT_IDENTIFIER:
            values = _fake_direct_identifiers(spec, shape or KeyShape(), n, rng, stream, locale)
        else:  # a key whose storage is unknown (no table seen) becomes 1..n
            values = _fresh_keys(shape or KeyShape(numeric=True), n, rng)
        values = blank_missing_share(values, spec.missing_share, rng)
        synthetic[spec.name] = values.set_axis(synthetic.index)
    return synthetic


def column_stream(seed: int, column: str) -> list[int]:
    """Seed material for one column's own random stream: the run's seed and the column name."""
    return [int(seed) % 2**64, zlib.crc32(column.encode("utf-8"))]


def _fresh_keys(shape: KeyShape, n: int, rng: np.random.Generator) -> pd.Series:
    if shape.numeric or not shape.mask:
        keys = pd.Series(np.arange(1, n + 1, dtype="int64"))
        return keys if shape.numeric else keys.astype(str)
    return pd.Series(_unique_from_mask(shape.mask, n, rng), dtype=object)


def _unique_from_mask(mask: str, n: int, rng: np.random.Generator) -> list[str]:
    """``n`` distinct random strings following ``mask``; sequential numbers when the mask
    has too few combinations for random draws to stay distinct cheaply."""
    capacity = 26.0 ** mask.count("?") * 10.0 ** mask.count("#")
    if capacity < 4 * n:
        return [str(i) for i in range(1, n + 1)]
    keys = _from_mask(mask, n, rng)
    for _ in range(20):  # duplicates are rare at 4x capacity; redraw only those
        duplicated = pd.Series(keys).duplicated().to_numpy()
        if not duplicated.any():
            break
        keys[duplicated] = _from_mask(mask, int(duplicated.sum()), rng)
    return keys.tolist()


def _from_mask(mask: str, n: int, rng: np.random.Generator) -> np.ndarray:
    columns = []
    for ch in mask:
        if ch == "?":
            columns.append(LETTERS[rng.integers(0, 26, n)])
        elif ch == "#":
            columns.append(DIGITS[rng.integers(0, 10, n)])
        else:
            columns.append(np.full(n, ch))
    return np.array(["".join(chars) for chars in zip(*columns)], dtype=object) if columns \
        else np.full(n, "", dtype=object)


def _fake_direct_identifiers(spec: ColumnSpec, shape: KeyShape, n: int, rng: np.random.Generator,
                             stream: list[int], locale: str) -> pd.Series:
    kind = spec.pii_kind
    if shape.mask and kind in (None, PiiKind.NATIONAL_ID, PiiKind.CASE_NUMBER, PiiKind.OTHER):
        values = pd.Series(_from_mask(shape.mask, n, rng), dtype=object)
        return pd.to_numeric(values) if shape.numeric else values
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(zlib.crc32(repr(stream).encode()))
    make: Callable[[], Any] = {
        PiiKind.EMAIL: fake.safe_email,
        PiiKind.PHONE: fake.phone_number,
        PiiKind.NATIONAL_ID: fake.ssn,
        PiiKind.PERSON_NAME: fake.name,
        PiiKind.CASE_NUMBER: lambda: fake.bothify("??-########").upper(),
        PiiKind.DATE_OF_BIRTH: lambda: fake.date_of_birth(minimum_age=0, maximum_age=100),
    }.get(kind, lambda: fake.bothify("????-####").upper())
    pool = [make() for _ in range(min(n, FAKER_POOL_SIZE))]
    values = pd.Series([pool[i] for i in rng.integers(0, len(pool), n)] if n > len(pool) else pool,
                       dtype=object)
    if kind is PiiKind.DATE_OF_BIRTH or spec.type is ColumnType.DATETIME:
        return _write_dates(values, spec, shape)
    return values


def _write_dates(values: pd.Series, spec: ColumnSpec, shape: KeyShape) -> pd.Series:
    dates = pd.to_datetime(values)
    if shape.is_datetime:
        return dates
    return dates.dt.strftime(spec.datetime_format or "%Y-%m-%d").astype(object)


def blank_missing_share(values: pd.Series, share: float, rng: np.random.Generator) -> pd.Series:
    """Leave about ``share`` of the cells empty, as in the real column (schema's missing share)."""
    n_missing = int(round(min(max(share, 0.0), 1.0) * len(values)))
    if not n_missing:
        return values.reset_index(drop=True)
    values = values.reset_index(drop=True)
    if pd.api.types.is_integer_dtype(values):
        values = values.astype("Int64")
    elif not (pd.api.types.is_float_dtype(values) or pd.api.types.is_datetime64_any_dtype(values)):
        values = values.astype(object)
    values.iloc[rng.choice(len(values), n_missing, replace=False)] = None
    return values
