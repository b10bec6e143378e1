"""Schema detection: a type, a suggested role and a plain-language reason for every column.

SDV's metadata detection gives the first opinion (its sdtypes, the PII it recognises from
column names, its datetime format guess); the rules below keep what it gets right and correct
what it gets wrong on real tables. Each correction of SDV is marked "SDV:" with its reason:

- SDV: ``ordinal`` (whole numbers with at most 10 values) has no counterpart here. Counts and
  ordered scales (compas ``juv_misd_count``, ``decile_score``; german ``installment_commitment``
  1-4) are integers; 0/1 flags (``is_recid``, ``two_year_recid``) are booleans; other two-value
  codes (german ``class`` 1/2) are categories, because 1 and 2 there are labels, not amounts.
- SDV: a ``bool`` column is "categorical" for SDV; it is boolean. SDV never detects booleans
  written as text (yes/no, true/false) either.
- SDV: whole numbers stored as decimals because some are missing (compas
  ``days_b_screening_arrest``) are "numerical" with 0 decimals; they are integers.
- SDV: any column with the word "id" in its name is an ``id`` whatever its values; here a
  name only counts when values vary like a key (an ``id_type`` with 3 values is a category).
- SDV: its primary-key guess picks the first column of unique whole numbers; on a sample of
  adult rows ``fnlwgt`` (a census weight) is unique and would be taken for a key. Keys here need
  uniqueness over the whole column and either a key-like name or sequential values (compas ``id``).
- SDV: case numbers (compas ``c_case_number``, ``r_case_number``, ``vr_case_number``) are
  high-cardinality categories for SDV; they are direct identifiers (court case numbers), as are
  emails, phones, national IDs and names found from the values, which SDV only finds by name.
- SDV: a date of birth (compas ``dob``) is only a datetime for SDV; it is also a direct identifier.
- SDV: its datetime format is pandas' guess from the first value; here every candidate format is
  checked on the whole sample, and day/month order is settled by the values where possible.
- SDV: postal codes written as numbers are "numerical"; they are categories (labels).
- SDV: an all-empty column (compas ``violent_recid``) is "numerical"; it keeps its storage type,
  and the note says there is nothing in it to learn.
- SDV: charge descriptions (compas ``c_charge_desc``, 437 values over 7,214 rows) are categorical
  for SDV too, and we agree: a fixed vocabulary of labels that repeat, so generators can learn
  their distribution; "free text" is kept for columns whose values are mostly all different prose.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Mapping

import numpy as np
import pandas as pd
from pandas.api import types as ptypes

from synthstudio.core.column_names import (
    BIRTH_DATE_PHRASES,
    BIRTH_DATE_WORDS,
    KEY_WORDS,
    POSTAL_CODE_PHRASES,
    POSTAL_CODE_WORDS,
    QUASI_PHRASES,
    QUASI_WORDS,
    SENSITIVE_PHRASES,
    SENSITIVE_WORDS,
    TARGET_NAMES,
    ColumnName,
)
from synthstudio.core.datetime_formats import detect_datetime_format, format_of_datetime_values
from synthstudio.core.errors import BadInputError
from synthstudio.core.pii_detection import (
    IDENTIFYING_DISTINCT_RATIO,
    SDV_DIRECT_SDTYPES,
    SDV_QUASI_SDTYPES,
    PiiFinding,
    find_direct_identifier,
)
from synthstudio.core.schema import ColumnSpec, ColumnType, PiiKind, Role, Schema

# Pattern checks (dates, emails, names...) read at most this many values per column, so
# detection takes about the same time on a million rows as on ten thousand. Counts of missing
# and distinct values always cover the whole column.
SAMPLE_ROWS = 5_000
# Below this many values, "every value is different" proves nothing about being a key.
MIN_ROWS_FOR_KEYS = 20
# Words per value (on average) from which a mostly-unique column reads as prose, not labels.
TEXT_MIN_WORDS = 5.0
TEXT_MIN_LENGTH = 40.0
# Value labels covering at least this share of the codes make a numeric column categorical;
# fewer (say only 99 = "refused" on an age) leave it numeric.
LABELLED_SHARE = 0.5

BOOLEAN_PAIRS = tuple(frozenset(pair) for pair in (
    ("true", "false"), ("yes", "no"), ("y", "n"), ("t", "f"), ("1", "0"), ("1.0", "0.0"),
    ("oui", "non"), ("vrai", "faux"), ("si", "no"), ("sí", "no"),
))


def _sample_rows(data: pd.DataFrame | pd.Series) -> pd.DataFrame | pd.Series:
    """Up to SAMPLE_ROWS rows, in their original order, the same ones every time (reproducible)."""
    if len(data) <= SAMPLE_ROWS:
        return data
    positions = np.sort(np.random.default_rng(0).choice(len(data), SAMPLE_ROWS, replace=False))
    return data.iloc[positions]


@dataclass
class _Column:
    """One column and the counts every rule needs, computed once."""

    name: str
    series: pd.Series

    @cached_property
    def words(self) -> ColumnName:
        return ColumnName.parse(self.name)

    @cached_property
    def present(self) -> pd.Series:
        return self.series.dropna()

    @property
    def n_rows(self) -> int:
        return len(self.series)

    @property
    def n_present(self) -> int:
        return len(self.present)

    @cached_property
    def n_distinct(self) -> int:
        return int(self.present.nunique())

    @property
    def missing_share(self) -> float:
        return 1.0 - self.n_present / self.n_rows if self.n_rows else 0.0

    @property
    def distinct_ratio(self) -> float:
        return self.n_distinct / self.n_present if self.n_present else 0.0

    @property
    def all_distinct(self) -> bool:
        return self.n_present > 0 and self.n_distinct == self.n_present

    @cached_property
    def sample(self) -> pd.Series:
        """Up to SAMPLE_ROWS present values, drawn the same way every time (reproducible)."""
        return _sample_rows(self.present)

    @cached_property
    def sample_text(self) -> pd.Series:
        """The sampled values as written text, each distinct value once."""
        distinct = self.sample.drop_duplicates()
        return distinct.astype(str).str.strip().drop_duplicates().reset_index(drop=True)


@dataclass
class _Verdict:
    type: ColumnType
    reason: str
    datetime_format: str | None = None


# -- SDV's opinion --------------------------------------------------------------------------

def _sdv_opinions(frame: pd.DataFrame) -> dict[str, dict[str, Any]]:
    """SDV's column metadata for (a sample of) the table; a column it cannot read gets none."""
    if frame.empty:
        return {}
    # Imported here: SDV takes seconds to import. load_sdv keeps SDV's files out of the home folder.
    from synthstudio.core.generators.sdv_adapter import load_sdv

    load_sdv()
    from sdv.metadata import Metadata
    from sdv.metadata.errors import InvalidMetadataError

    def detect(table: pd.DataFrame) -> dict[str, dict[str, Any]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # SDV: no key inference (infer_keys=None); keys are decided on the whole column below.
            metadata = Metadata.detect_from_dataframes({"t": table}, infer_keys=None)
        return metadata.to_dict()["tables"]["t"]["columns"]

    sample = _sample_rows(frame)
    try:
        return detect(sample)
    except InvalidMetadataError:
        # One column of a storage type SDV does not support (e.g. durations) fails the whole
        # table: ask again column by column so the others still get SDV's opinion.
        opinions: dict[str, dict[str, Any]] = {}
        for name in sample.columns:
            try:
                opinions.update(detect(sample[[name]]))
            except InvalidMetadataError:
                continue
        return opinions


# -- types ----------------------------------------------------------------------------------

def _code_key(code: Any) -> str:
    """How a code is written as a value-label key: 1.0 (how SPSS stores 1) is "1"."""
    if isinstance(code, float) and code.is_integer():
        return str(int(code))
    return str(code)


def _readable_format(fmt: str) -> str:
    """'%d/%m/%Y' -> 'DD/MM/YYYY': what a non-programmer recognises."""
    for code, text in (("%Y", "YYYY"), ("%y", "YY"), ("%m", "MM"), ("%d", "DD"), ("%H", "hh"),
                       ("%M", "mm"), ("%S", "ss"), ("%f", "ffffff"), ("%z", "+hhmm"), ("%B", "Month"),
                       ("%b", "Mon")):
        fmt = fmt.replace(code, text)
    return fmt


def _numeric_type(column: _Column, sdv_sdtype: str | None) -> _Verdict:
    present = column.present
    whole = ptypes.is_integer_dtype(present.dtype) or bool((present == present.round()).all())
    if column.n_distinct == 2:
        codes = sorted(present.unique().tolist())
        if codes == [0, 1]:
            return _Verdict(ColumnType.BOOLEAN, "two values, 0 and 1: a yes/no flag")
        if whole:
            shown = " and ".join(_code_key(c) for c in codes)
            return _Verdict(ColumnType.CATEGORICAL, f"two codes ({shown}): categories, not amounts")
    if whole and column.words.matches(POSTAL_CODE_WORDS, POSTAL_CODE_PHRASES):
        return _Verdict(ColumnType.CATEGORICAL, "postal codes: labels, not amounts")
    if not whole:
        return _Verdict(ColumnType.FLOAT, "numbers with decimals")
    if column.n_distinct == 1:
        reason = "the same number in every row"
    elif ptypes.is_float_dtype(present.dtype):
        reason = "whole numbers (stored with decimals only because some are missing)"
    elif sdv_sdtype == "ordinal":
        reason = f"whole numbers with few values ({column.n_distinct}): a count or an ordered scale"
    else:
        reason = "whole numbers"
    return _Verdict(ColumnType.INTEGER, reason)


def _looks_like_prose(texts: pd.Series) -> bool:
    return bool(texts.str.split().str.len().mean() >= TEXT_MIN_WORDS or texts.str.len().mean() >= TEXT_MIN_LENGTH)


def _text_type(column: _Column, sdv: Mapping[str, Any]) -> _Verdict:
    texts = column.sample_text
    found = detect_datetime_format(texts, hint=sdv.get("datetime_format"))
    if found is not None:
        reason = f"dates written as {_readable_format(found.format)}"
        if found.day_month_ambiguous:
            reason += "; no day above 12 was found, so day and month could be swapped: read as day first"
        return _Verdict(ColumnType.DATETIME, reason, found.format)
    if column.n_distinct <= 4:   # "Yes", "yes", "No", "NO" are still two values
        lowered = frozenset(str(v).strip().casefold() for v in column.present.unique())
        if lowered in BOOLEAN_PAIRS:
            return _Verdict(ColumnType.BOOLEAN, "two values, {}: a yes/no flag".format(" and ".join(sorted(lowered))))
    if column.distinct_ratio >= 0.5 and _looks_like_prose(texts):
        return _Verdict(ColumnType.TEXT, "free text: values are mostly all different and written as sentences")
    if column.n_distinct == 1:
        return _Verdict(ColumnType.CATEGORICAL, "the same value in every row")
    if column.distinct_ratio >= 0.5:
        return _Verdict(ColumnType.CATEGORICAL,
                        f"many different values ({column.n_distinct}), rarely repeated: check it is not an identifier")
    return _Verdict(ColumnType.CATEGORICAL, f"{column.n_distinct} categories")


def _value_type(column: _Column, sdv: Mapping[str, Any], labels: Mapping[str, str] | None) -> _Verdict:
    dtype = column.series.dtype
    if column.n_present == 0:
        storage = ColumnType.FLOAT if ptypes.is_numeric_dtype(dtype) else ColumnType.CATEGORICAL
        return _Verdict(storage, "every value is missing: nothing to learn; consider leaving this column out")
    if labels:
        # The loader may show the codes (1, 2) or their labels ("Female"): both count.
        written = {_code_key(v) for v in column.present.unique()}
        labelled = written & (set(labels) | set(labels.values()))
        if len(labelled) >= LABELLED_SHARE * len(written):
            return _Verdict(ColumnType.CATEGORICAL, "coded values with labels from the file")
    if ptypes.is_bool_dtype(dtype):
        return _Verdict(ColumnType.BOOLEAN, "true/false values")
    if ptypes.is_datetime64_any_dtype(dtype):
        return _Verdict(ColumnType.DATETIME, "stored as dates", format_of_datetime_values(column.series))
    if ptypes.is_timedelta64_dtype(dtype):
        # No duration type yet: as labels they at least go through every generator unchanged.
        return _Verdict(ColumnType.CATEGORICAL, "durations, treated as categories")
    if ptypes.is_numeric_dtype(dtype):
        return _numeric_type(column, sdv.get("sdtype"))
    return _text_type(column, sdv)


# -- roles ----------------------------------------------------------------------------------

def _direct_identifier(column: _Column, verdict: _Verdict, sdv_sdtype: str | None) -> PiiFinding | None:
    if verdict.type is ColumnType.DATETIME:
        if column.words.matches(BIRTH_DATE_WORDS, BIRTH_DATE_PHRASES):
            return PiiFinding(PiiKind.DATE_OF_BIRTH,
                              "a date of birth, which with sex and a postcode singles out most people")
        return None
    if verdict.type in (ColumnType.BOOLEAN, ColumnType.FLOAT) or column.n_present == 0:
        return None
    finding = find_direct_identifier(column.words, column.sample_text, column.distinct_ratio)
    if finding is None and sdv_sdtype in SDV_DIRECT_SDTYPES and column.distinct_ratio >= IDENTIFYING_DISTINCT_RATIO:
        what = sdv_sdtype.replace("_", " ")
        finding = PiiFinding(SDV_DIRECT_SDTYPES[sdv_sdtype], f"the name says {what}, and values differ from row to row")
    return finding


def _is_sequential(present: pd.Series) -> bool:
    """Unique whole numbers filling most of their range (1, 2, 3, 5, 6...): a counter, not a measure."""
    return bool(present.max() - present.min() + 1 <= 2 * len(present))


def _record_key_reason(column: _Column, verdict: _Verdict) -> str | None:
    if column.n_present < MIN_ROWS_FOR_KEYS or verdict.type not in (ColumnType.INTEGER, ColumnType.CATEGORICAL):
        return None
    unique_in_every_row = column.missing_share == 0 and column.all_distinct
    if unique_in_every_row and verdict.type is ColumnType.INTEGER and _is_sequential(column.present):
        return "all values unique and sequential: looks like a record key"
    if column.words.has_word(KEY_WORDS) and column.distinct_ratio >= IDENTIFYING_DISTINCT_RATIO:
        return "named like an identifier and nearly every value differs: a key, not something to learn"
    if unique_in_every_row and verdict.type is ColumnType.CATEGORICAL and ptypes.is_string_dtype(column.series):
        return "every row has its own value: looks like a record key"
    return None


def _role_from_name(column: _Column, sdv_sdtype: str | None) -> tuple[Role, str]:
    words = column.words
    if hit := words.matches(SENSITIVE_WORDS, SENSITIVE_PHRASES):
        return Role.SENSITIVE, f"named like a sensitive attribute ({hit.replace('_', ' ')}): checked for fairness"
    hit = words.matches(QUASI_WORDS, QUASI_PHRASES) or words.matches(BIRTH_DATE_WORDS, BIRTH_DATE_PHRASES)
    if hit is None and sdv_sdtype in SDV_QUASI_SDTYPES:
        hit = sdv_sdtype
    if hit:
        return (Role.QUASI_IDENTIFIER,
                f"named like a quasi-identifier ({hit.replace('_', ' ')}): with other columns it can single people out")
    return Role.PLAIN, ""


def _describe(column: _Column, sdv: Mapping[str, Any], labels: Mapping[str, str] | None) -> ColumnSpec:
    verdict = _value_type(column, sdv, labels)
    sdv_sdtype = sdv.get("sdtype")
    column_type, role, pii_kind, reasons = verdict.type, Role.PLAIN, None, [verdict.reason]
    if finding := _direct_identifier(column, verdict, sdv_sdtype):
        role, pii_kind = Role.DIRECT_IDENTIFIER, finding.kind
        reasons.append(f"{finding.reason}: a direct identifier, never learned")
        if column_type is not ColumnType.DATETIME:
            column_type, reasons = ColumnType.IDENTIFIER, reasons[1:]
    elif key_reason := _record_key_reason(column, verdict):
        column_type, role, reasons = ColumnType.IDENTIFIER, Role.IDENTIFIER, [key_reason]
    elif column.n_present:
        role, role_reason = _role_from_name(column, sdv_sdtype)
        reasons.append(role_reason)
    return ColumnSpec(
        name=column.name,
        type=column_type,
        role=role,
        detected_type=column_type,
        datetime_format=verdict.datetime_format if column_type is ColumnType.DATETIME else None,
        pii_kind=pii_kind,
        missing_share=round(column.missing_share, 6),
        n_distinct=column.n_distinct,
        value_labels=dict(labels) if labels else None,
        note="; ".join(r for r in reasons if r),
    )


def _suggest_target(specs: list[ColumnSpec]) -> None:
    """Mark the first column named like an outcome (see TARGET_NAMES) as the target, if any.

    Only by name: guessing the outcome from the values would be a guess about the user's purpose.
    """
    for spec in specs:
        if (ColumnName.parse(spec.name).joined in TARGET_NAMES and spec.role is Role.PLAIN
                and spec.type not in (ColumnType.IDENTIFIER, ColumnType.TEXT) and spec.missing_share < 1.0):
            spec.role = Role.TARGET
            spec.note = f"{spec.note}; named like an outcome: suggested as the target"
            return


def _normalise_labels(value_labels: Mapping[Any, Mapping[Any, Any]] | None) -> dict[str, dict[str, str]]:
    return {str(column): {_code_key(code): str(label) for code, label in labels.items()}
            for column, labels in (value_labels or {}).items() if labels}


def detect_schema(frame: pd.DataFrame, value_labels: Mapping[Any, Mapping[Any, Any]] | None = None) -> Schema:
    """Detect each column's type, suggested role and reason; ``value_labels`` are SPSS/Stata labels
    (column -> {code: label}) as the loader read them."""
    names = [str(name) for name in frame.columns]
    duplicated = sorted({name for name in names if names.count(name) > 1})
    if duplicated:
        raise BadInputError(
            f"Some column names are used more than once: {', '.join(duplicated)}.",
            "Give every column its own name in the file, then open it again.",
        )
    if names != list(frame.columns):
        frame = frame.set_axis(names, axis=1)
    opinions = _sdv_opinions(frame)
    labels = _normalise_labels(value_labels)
    specs = []
    for name in names:
        series = frame[name]
        if isinstance(series.dtype, pd.CategoricalDtype):
            series = series.astype(object)   # judge the values, not how pandas stored them
        specs.append(_describe(_Column(name, series), opinions.get(name, {}), labels.get(name)))
    _suggest_target(specs)
    return Schema(specs)
