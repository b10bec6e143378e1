"""Make the three tables (training, holdout, synthetic) comparable, column by column.

Decides which columns are measured (identifiers and free text never are) and what kind
each one is (number, date, category), and normalises values so that a CSV's ``"1"`` and a
generator's ``1.0`` compare equal. Numbers and dates become float64 (dates as seconds since
1970, so every numeric metric handles them); categories become canonical strings with
missing values kept as missing. Row samples for the slow steps are drawn here too, from
one seeded generator, so the same inputs and seed always give the same report.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import numpy as np
import pandas as pd

from synthstudio.core.errors import BadInputError
from synthstudio.core.schema import ColumnType, Role, Schema

MISSING_LABEL = "(missing)"


class Kind(str, Enum):
    NUMBER = "number"
    DATETIME = "datetime"
    CATEGORY = "category"


_KIND_OF_TYPE = {
    ColumnType.INTEGER: Kind.NUMBER,
    ColumnType.FLOAT: Kind.NUMBER,
    ColumnType.DATETIME: Kind.DATETIME,
    ColumnType.CATEGORICAL: Kind.CATEGORY,
    ColumnType.BOOLEAN: Kind.CATEGORY,
}


@dataclass(frozen=True)
class EvalColumn:
    name: str
    kind: Kind
    role: Role

    @property
    def numeric(self) -> bool:
        """Numbers and dates: compared on a continuous scale."""
        return self.kind is not Kind.CATEGORY


@dataclass
class PreparedData:
    """The measured columns of each table, normalised. Row order is kept."""

    columns: list[EvalColumn]
    excluded: dict[str, str]           # column -> plain-language reason it is not measured
    train: pd.DataFrame
    holdout: pd.DataFrame
    synthetic: pd.DataFrame
    target: str | None
    warnings: list[str] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> EvalColumn:
        return next(c for c in self.columns if c.name == name)

    def with_role(self, *roles: Role) -> list[EvalColumn]:
        return [c for c in self.columns if c.role in roles]


def _exclusion_reason(spec, real: pd.DataFrame, synthetic: pd.DataFrame) -> str | None:
    if spec.role is Role.DIRECT_IDENTIFIER:
        return "direct identifier (names, contacts, ID numbers) are never compared"
    if spec.role is Role.IDENTIFIER or spec.type is ColumnType.IDENTIFIER:
        return "identifier (a record key, regenerated, carries no information)"
    if spec.type is ColumnType.TEXT:
        return "free text is not compared value by value"
    if spec.name not in real.columns:
        return "missing from the real data"
    if spec.name not in synthetic.columns:
        return "missing from the synthetic data"
    if real[spec.name].isna().all():
        return "empty in the real data"
    return None


def canonical_categories(values: pd.Series) -> pd.Series:
    """Categories as strings that compare equal across file formats: 1, 1.0 and "1" -> "1"."""
    if pd.api.types.is_bool_dtype(values):
        out = values.map({True: "True", False: "False"})
    elif pd.api.types.is_numeric_dtype(values):
        numbers = values.astype("float64")
        whole = numbers.notna() & (numbers == np.round(numbers))
        out = numbers.astype(object)
        out[whole] = numbers[whole].astype("int64").astype(str)
        out[~whole & numbers.notna()] = numbers[~whole & numbers.notna()].astype(str)
    elif pd.api.types.infer_dtype(values, skipna=True) in ("string", "empty"):
        out = values          # text already: the common case, and fast on millions of rows
    else:
        out = values.map(_canonical_value, na_action="ignore")
    return out.astype(object).where(values.notna(), None)


def _canonical_value(value) -> str:
    if isinstance(value, (bool, np.bool_)):
        return "True" if value else "False"
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        return str(int(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    return str(value)


def _numbers(values: pd.Series) -> pd.Series:
    if pd.api.types.is_bool_dtype(values):
        return values.astype("float64")
    return pd.to_numeric(values, errors="coerce").astype("float64")


def _seconds(values: pd.Series, datetime_format: str | None) -> pd.Series:
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return values.astype("float64")  # already numbers (e.g. a generator's epoch seconds)
    if not pd.api.types.is_datetime64_any_dtype(values):
        values = pd.to_datetime(values, format=datetime_format, errors="coerce")
    if getattr(values.dt, "tz", None) is not None:
        values = values.dt.tz_convert("UTC").dt.tz_localize(None)
    stamps = values.astype("datetime64[ns]")
    seconds = stamps.astype("int64").astype("float64") / 1e9
    return seconds.where(stamps.notna())


def _normalise(frame: pd.DataFrame, columns: list[EvalColumn], schema: Schema) -> pd.DataFrame:
    frame = frame.reset_index(drop=True)
    out = {}
    for column in columns:
        values = frame[column.name]
        if column.kind is Kind.NUMBER:
            out[column.name] = _numbers(values)
        elif column.kind is Kind.DATETIME:
            out[column.name] = _seconds(values, schema.column(column.name).datetime_format)
        else:
            out[column.name] = canonical_categories(values)
    return pd.DataFrame(out)


def prepare(train: pd.DataFrame, holdout: pd.DataFrame, synthetic: pd.DataFrame, schema: Schema,
            target: str | None = None) -> PreparedData:
    """Pick and normalise the measured columns. ``target`` overrides the schema's target role."""
    if len(train) == 0:
        raise BadInputError("The real data has no rows to compare with.",
                            "Load a table that has at least a few rows.")
    if len(synthetic) == 0:
        raise BadInputError("The synthetic data has no rows.",
                            "Generate at least a few synthetic rows, then evaluate again.")
    target = target or schema.target
    if target is not None and target not in schema:
        raise BadInputError(f"There is no column called '{target}' to use as the target.",
                            f"Choose one of: {', '.join(schema.names)}.")
    columns, excluded, warnings = [], {}, []
    for spec in schema.columns:
        reason = _exclusion_reason(spec, train, synthetic)
        if reason is None and spec.type not in _KIND_OF_TYPE:
            reason = f"columns of type {spec.type.value} are not compared"
        if reason is not None:
            excluded[spec.name] = reason
            continue
        role = Role.TARGET if spec.name == target else spec.role
        if role is Role.TARGET and spec.role is not Role.TARGET and spec.role is not Role.PLAIN:
            warnings.append(f"'{spec.name}' is used as the target, so it is no longer treated as "
                            f"{spec.role.value.replace('_', ' ')}.")
        columns.append(EvalColumn(spec.name, _KIND_OF_TYPE[spec.type], role))
    if not columns:
        raise BadInputError(
            "No column can be compared between the real and the synthetic data.",
            "Check that both files have the same column names and that not every column is an "
            "identifier or free text.")
    if target is not None and target in excluded:
        warnings.append(f"The target '{target}' cannot be measured ({excluded[target]}); "
                        "utility is not measured.")
        target = None
    for name in synthetic.columns:
        if name not in schema:
            warnings.append(f"The synthetic data has a column '{name}' the real data does not "
                            "have; it is ignored.")
    return PreparedData(
        columns=columns, excluded=excluded,
        train=_normalise(train, columns, schema),
        holdout=_normalise(holdout, columns, schema),
        synthetic=_normalise(synthetic, columns, schema),
        target=target, warnings=warnings)


def sample_rows(frame: pd.DataFrame, n: int, rng: np.random.Generator) -> pd.DataFrame:
    """At most ``n`` rows drawn without replacement; the same generator state gives the same rows."""
    if len(frame) <= n:
        return frame.reset_index(drop=True)
    positions = np.sort(rng.choice(len(frame), size=n, replace=False))
    return frame.iloc[positions].reset_index(drop=True)


def category_codes(reference: pd.Series, *others: pd.Series) -> tuple[np.ndarray, ...]:
    """Integer codes of categorical values: the reference's categories 0..k-1 (by frequency),
    missing = k, a value the reference never had = k + 1. Returns one array per input."""
    categories = pd.Index(reference.value_counts(dropna=True).index)
    k = len(categories)
    result = []
    for values in (reference, *others):
        codes = categories.get_indexer(values)
        codes = np.where(codes < 0, k + 1, codes)
        codes = np.where(values.isna().to_numpy(), k, codes)
        result.append(codes.astype(np.int64))
    return tuple(result)


def quantile_bins(reference: pd.Series, *others: pd.Series, bins: int = 10) -> tuple[np.ndarray, ...]:
    """Numbers as bin codes on the reference's quantiles (deciles by default), missing last."""
    finite = reference.dropna().to_numpy()
    edges = np.unique(np.quantile(finite, np.linspace(0, 1, bins + 1)[1:-1])) if len(finite) else []
    missing_code = len(edges) + 1
    result = []
    for values in (reference, *others):
        codes = np.digitize(values.to_numpy(dtype="float64", na_value=np.nan), edges)
        codes = np.where(values.isna().to_numpy(), missing_code, codes)
        result.append(codes.astype(np.int64))
    return tuple(result)


def discrete_codes(columns: list[EvalColumn], reference: pd.DataFrame,
                   other: pd.DataFrame) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Every column as integer codes for (``reference``, ``other``): categories as they are,
    numbers and dates binned on the reference's deciles. Used for contingency tables."""
    codes = {}
    for column in columns:
        maker = quantile_bins if column.numeric else category_codes
        codes[column.name] = maker(reference[column.name], other[column.name])
    return codes
