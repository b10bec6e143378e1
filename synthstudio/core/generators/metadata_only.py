"""Fully synthetic data from metadata only: no real row is learned.

Each column is drawn on its own, uniformly, from its *declared domain*. This is all that
is read from the real table, per type:

* **integer**: the smallest and largest value, each rounded outward to
  ``significant_digits`` (17..90 stays 17..90; 12,285..1,484,705 becomes
  12,000..1,500,000), so an exact extreme (often one person's value) is not copied. Drawn:
  uniform whole numbers between the limits.
* **float**: the same rounded limits and the number of decimals written (at most 6).
  Drawn: uniform numbers with that many decimals.
* **categorical, boolean**: the list of values that occur (the "allowed values" a user
  could type). Drawn: each allowed value with equal chance.
* **datetime**: the first and last date, widened to the first and last day of their
  months. Drawn: uniform days between them, written in the column's format.
* **text**: nothing. Drawn: placeholder sentences (Faker's lorem), never a real text.

The share of empty cells comes from the schema (``ColumnSpec.missing_share``, measured
by detection), not from the rows. Nothing else is read: no frequencies, no correlations,
no combination of values, so a synthetic row matches a real one only by chance. The
result has the right columns, types and ranges, and no statistical value: use it to
share the *structure* of a table (testing software, writing code) without its content.

A domain can also be declared without any data (:meth:`MetadataOnlyGenerator.fit_declared`),
for example from limits the user typed in.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd

from synthstudio.core.generators.base import Estimate, FitReport, Generator, GeneratorInfo, ParamSpec
from synthstudio.core.generators.identifiers import blank_missing_share, column_stream
from synthstudio.core.generators.torch_device import REASON_NOT_SUPPORTED
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel
from synthstudio.core.schema import ColumnSpec, ColumnType, Schema

MAX_DECIMALS = 6
TEXT_POOL_SIZE = 1_000

# Measured on the shared Adult table (15 columns), 2 shared CPU cores (load average 7):
# declaring the domain and drawing 32,561 rows took 0.20 s, 325,610 rows 1.47 s; peak
# memory (ru_maxrss) 132 MB and 258 MB, with 125 MB for Python, pandas and the table.
_OVERHEAD_S, _S_PER_CELL = 0.05, 3e-7
_BASE_MB, _MB_PER_CELL = 125.0, 2.6e-5


@dataclass
class ColumnDomain:
    """The coarse facts about one column that metadata-only generation uses."""

    kind: str                             # "number", "category", "datetime" or "text"
    minimum: float | None = None          # numbers
    maximum: float | None = None
    decimals: int = 0
    values: list[Any] | None = None       # categories and booleans: the allowed values
    start: str | None = None              # datetimes: ISO dates, inclusive
    end: str | None = None
    date_format: str | None = None        # write dates as text in this format (None: real dates)
    missing_share: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ColumnDomain":
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})


def declare_domains(data: pd.DataFrame, schema: Schema, significant_digits: int = 2) -> dict[str, ColumnDomain]:
    """The declared domain of every learned column (see the module docstring for what is read)."""
    return {spec.name: _declare(data[spec.name], spec, significant_digits)
            for spec in schema.columns if spec.learned and spec.name in data.columns}


def _declare(column: pd.Series, spec: ColumnSpec, digits: int) -> ColumnDomain:
    share = float(spec.missing_share)
    present = column.dropna()
    if spec.type in (ColumnType.INTEGER, ColumnType.FLOAT):
        numbers = pd.to_numeric(present, errors="coerce").dropna().astype("float64")
        if numbers.empty:
            return ColumnDomain("number", 0.0, 0.0, missing_share=share)
        decimals = 0 if spec.type is ColumnType.INTEGER else _written_decimals(numbers)
        return ColumnDomain("number", _round_outward(numbers.min(), digits, up=False),
                            _round_outward(numbers.max(), digits, up=True), decimals, missing_share=share)
    if spec.type is ColumnType.DATETIME:
        dates = present if pd.api.types.is_datetime64_any_dtype(present) else \
            pd.to_datetime(present.astype(str), format=spec.datetime_format or "mixed", errors="coerce")
        dates = dates.dropna()
        if dates.empty:
            return ColumnDomain("datetime", missing_share=share)
        text_format = None if pd.api.types.is_datetime64_any_dtype(column) else (spec.datetime_format or "%Y-%m-%d")
        first = dates.min().to_period("M").start_time
        last = dates.max().to_period("M").end_time
        return ColumnDomain("datetime", start=first.date().isoformat(), end=last.date().isoformat(),
                            date_format=text_format, missing_share=share)
    if spec.type is ColumnType.TEXT:
        return ColumnDomain("text", missing_share=share)
    values = sorted((v.item() if isinstance(v, np.generic) else v for v in present.unique()), key=str)
    return ColumnDomain("category", values=values, missing_share=share)


def _round_outward(value: float, digits: int, up: bool) -> float:
    """``value`` rounded to ``digits`` significant digits, away from the inside of the range."""
    if value == 0 or not math.isfinite(value):
        return float(value)
    step = 10.0 ** (math.floor(math.log10(abs(value))) - digits + 1)
    rounded = (math.ceil if up else math.floor)(round(value / step, 9)) * step
    return float(round(rounded, max(0, -int(math.floor(math.log10(step))))))


def _written_decimals(numbers: pd.Series) -> int:
    for decimals in range(MAX_DECIMALS + 1):
        if np.allclose(numbers, numbers.round(decimals), rtol=0, atol=10.0 ** -(MAX_DECIMALS + 2)):
            return decimals
    return MAX_DECIMALS


def draw(domain: ColumnDomain, spec: ColumnSpec, n: int, rng: np.random.Generator) -> pd.Series:
    """``n`` independent values of one column, uniform over its declared domain."""
    if domain.kind == "number":
        low, high = domain.minimum or 0.0, domain.maximum or 0.0
        if domain.decimals == 0:
            values = pd.Series(rng.integers(math.ceil(low), math.floor(high) + 1, n))
            values = values.astype("int64" if spec.type is ColumnType.INTEGER else "float64")
        else:
            values = pd.Series(np.round(rng.uniform(low, high, n), domain.decimals))
    elif domain.kind == "datetime":
        values = _draw_dates(domain, n, rng)
    elif domain.kind == "text":
        values = _placeholder_text(n, rng)
    else:
        choices = domain.values or [None]
        values = pd.Series([choices[i] for i in rng.integers(0, len(choices), n)])
    return blank_missing_share(values, domain.missing_share, rng)


def _draw_dates(domain: ColumnDomain, n: int, rng: np.random.Generator) -> pd.Series:
    if domain.start is None or domain.end is None:
        return pd.Series([None] * n, dtype=object)
    start, end = pd.Timestamp(domain.start), pd.Timestamp(domain.end)
    days = rng.integers(0, (end - start).days + 1, n)
    dates = pd.Series(start + pd.to_timedelta(days, unit="D"))
    return dates.dt.strftime(domain.date_format).astype(object) if domain.date_format else dates


def _placeholder_text(n: int, rng: np.random.Generator) -> pd.Series:
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(int(rng.integers(0, 2**32)))
    pool = [fake.sentence(nb_words=4) for _ in range(min(n, TEXT_POOL_SIZE))]
    return pd.Series([pool[i] for i in rng.integers(0, len(pool), n)], dtype=object)


class MetadataOnlyGenerator(Generator):
    info = GeneratorInfo(
        key="metadata_only", name="From metadata only (no rows learned)", family="metadata",
        description="Fully synthetic from the table's description only: every column is drawn on its "
                    "own, evenly, from its range or its list of allowed values. No row, frequency or "
                    "link between columns is learned, so the data has the right shape but no "
                    "statistical value.",
        params=(ParamSpec("significant_digits", "Precision of number limits", "int", 2, 1, 6,
                          help="Smallest and largest numbers are rounded outward to this many "
                               "significant digits, so exact real extremes are not copied."),),
        can_use_gpu=False, learns_from_rows=False, library="SynthStudio (NumPy, Faker)",
        presets={"fast": {}, "balanced": {}, "best": {}})

    def __init__(self, **params: Any):
        super().__init__(**params)
        self.domains: dict[str, ColumnDomain] = {}

    @classmethod
    def estimate(cls, n_rows: int, n_columns: int, params: dict[str, Any] | None = None,
                 device: str = "cpu") -> Estimate:
        cells = max(n_rows, 1) * max(n_columns, 1)
        return Estimate(_OVERHEAD_S + _S_PER_CELL * cells, _BASE_MB + _MB_PER_CELL * cells, "cpu")

    def fit_declared(self, schema: Schema, domains: dict[str, ColumnDomain | dict[str, Any]]) -> FitReport:
        """Use domains declared by hand (no table at all); every learned column needs one."""
        from synthstudio.core.errors import BadInputError

        missing = [name for name in schema.learned_columns if name not in domains]
        if missing:
            raise BadInputError(f"No range or allowed values were given for: {', '.join(missing)}.",
                                "Give each column a range (numbers, dates) or a list of allowed values.")
        self.domains = {name: d if isinstance(d, ColumnDomain) else ColumnDomain.from_dict(d)
                        for name, d in domains.items() if name in schema.learned_columns}
        self.report = FitReport(device="cpu", device_note=REASON_NOT_SUPPORTED,
                                learned_columns=list(self.domains),
                                dropped_columns=[c for c in schema.names if c not in self.domains])
        self._not_learned_shapes = {}
        self.schema = schema
        return self.report

    def _fit(self, data: pd.DataFrame, schema: Schema, seed: int, report: FitReport,
             progress: ProgressFn, cancel: CancelToken | None) -> None:
        check_cancel(cancel)
        report.device, report.device_note = "cpu", REASON_NOT_SUPPORTED
        self.domains = declare_domains(data, schema, self.params["significant_digits"])

    def _sample(self, n: int, seed: int, progress: ProgressFn, cancel: CancelToken | None) -> pd.DataFrame:
        columns = {}
        for i, (name, domain) in enumerate(self.domains.items()):
            check_cancel(cancel)
            rng = np.random.default_rng(column_stream(seed, name))
            columns[name] = draw(domain, self.schema.column(name), n, rng)
            progress((i + 1) / len(self.domains), f"Drew column {name}")
        return pd.DataFrame(columns)
