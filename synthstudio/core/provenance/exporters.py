"""Write a marked table as CSV, Excel, Parquet, Stata or SPSS with its metadata; read released files back.

Numbers are written exactly as the watermark planned them (``written_numbers``): each numeric
column with its own fixed decimals, so reading any of the formats back gives the same written
values (Parquet, Stata and SPSS store the doubles closest to the written decimals). Text cells
(and column names) that a spreadsheet would run as a formula are neutralised in CSV and Excel
(``fileio.neutralise_frame``); Parquet is not a spreadsheet format and keeps text exactly. Every
file is written atomically and never replaces an existing file unless asked
(``fileio.atomic_target``).
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

import pandas as pd

from synthstudio.core.errors import BadInputError
from synthstudio.core.fileio import statistical_names, atomic_target, neutralise_formula, neutralise_frame
from synthstudio.core.provenance.file_metadata import (
    ABOUT_SHEET, DATA_SHEET, FileMetadata, csv_header, format_of)
from synthstudio.core.provenance.written_numbers import format_column, numeric_values, round_to_written

EXCEL_MAX_ROWS = 1_048_575     # one row of the sheet holds the column names
_MEDIA_TYPES = {
    "csv": "text/csv",
    "excel": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "parquet": "application/x-parquet",
    "stata": "application/x-stata-dta",
    "spss": "application/x-spss-sav",
}
# Longest file label each format keeps (SPSS cuts at 64 bytes; Stata refuses more than 80,
# for variable labels too).
_LABEL_LIMITS = {"stata": 80, "spss": 64}


def media_type(file_format: str) -> str:
    return _MEDIA_TYPES[file_format]


def _spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """Formula-safe text cells and names; timezone-free dates (neither CSV readers nor Excel keep zones)."""
    safe = neutralise_frame(frame)
    for name in safe.columns:
        if isinstance(safe[name].dtype, pd.DatetimeTZDtype):
            safe[name] = safe[name].dt.tz_convert("UTC").dt.tz_localize(None)
    safe.columns = [neutralise_formula(str(name)) for name in frame.columns]
    return safe


def _write_csv(frame: pd.DataFrame, decimals: dict[str, int], temp: Path, header: Iterable[str]) -> None:
    text = _spreadsheet_safe(frame)
    for position, name in enumerate(frame.columns):
        if name in decimals:
            text.isetitem(position, format_column(numeric_values(frame[name]), decimals[name]))
    with open(temp, "w", encoding="utf-8", newline="") as handle:
        for line in header:
            handle.write(line + "\n")
        text.to_csv(handle, index=False, lineterminator="\n")


def _write_parquet(frame: pd.DataFrame, metadata: FileMetadata, temp: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = frame.copy()
    data.columns = [str(name) for name in frame.columns]
    try:
        table = pa.Table.from_pandas(data, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        # Columns mixing numbers and words: Parquet needs one type per column, so they are stored as text.
        mixed = {name: "string" for name in data.columns if data[name].dtype == object}
        table = pa.Table.from_pandas(data.astype(mixed), preserve_index=False)
    merged = dict(table.schema.metadata or {})
    merged.update({key.encode(): value.encode() for key, value in metadata.to_key_values().items()})
    pq.write_table(table.replace_schema_metadata(merged), temp)


def _write_statistical(frame: pd.DataFrame, decimals: dict[str, int], metadata: FileMetadata, temp: Path,
                       file_format: str) -> None:
    """Stata (.dta) or SPSS (.sav): numbers as doubles of the written decimals, the metadata in the labels.

    Names those programs forbid get valid ones (as ``fileio.write_table`` does) and keep the
    original name as the variable label, which ``read_exported_table`` turns back into the name,
    so the watermark's column list still matches.
    """
    import pyreadstat

    names = statistical_names(frame.columns, file_format)
    data = frame.rename(columns=names)
    for name, target in names.items():
        column = data[target]
        numbers = numeric_values(column) if name in decimals and column.dtype != object else None
        if numbers is not None:  # (numbers stored as text stay text, as in Parquet)
            data[target] = round_to_written(numbers, decimals[name])
        elif isinstance(column.dtype, pd.DatetimeTZDtype):  # neither format keeps time zones
            data[target] = column.dt.tz_convert("UTC").dt.tz_localize(None)
        elif isinstance(column.dtype, pd.CategoricalDtype):
            data[target] = column.astype(object)
    labels = {target: str(name)[:_LABEL_LIMITS["stata"]] if file_format == "stata" else str(name)
              for name, target in names.items() if target != str(name)}
    label = metadata.plain_label(_LABEL_LIMITS[file_format])
    try:
        if file_format == "stata":
            pyreadstat.write_dta(data, str(temp), file_label=label, column_labels=labels or None)
        else:
            pyreadstat.write_sav(data, str(temp), file_label=label, column_labels=labels or None,
                                 note=metadata.spss_notes())
    except (pyreadstat.ReadstatError, pyreadstat.PyreadstatError, ValueError, TypeError) as exc:
        program = "Stata" if file_format == "stata" else "SPSS"
        raise BadInputError(f"The table could not be saved as a {program} file.",
                            "Release it as CSV or Parquet instead; they hold any table.",
                            details=f"{type(exc).__name__}: {exc}", code="write_failed") from exc


def _write_excel(frame: pd.DataFrame, decimals: dict[str, int], metadata: FileMetadata, temp: Path,
                 about_extra: list[tuple[str, str]]) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.packaging.custom import StringProperty
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    if len(frame) > EXCEL_MAX_ROWS:
        raise BadInputError(f"The table has {len(frame):,} rows; an Excel sheet holds at most {EXCEL_MAX_ROWS:,}.",
                            "Release this table as CSV or Parquet instead of Excel.", code="too_many_rows")
    data = _spreadsheet_safe(frame)
    for name in data.columns:
        if data[name].dtype == object:  # control characters are not allowed in an Excel file
            data[name] = data[name].map(lambda v: ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v)
    with pd.ExcelWriter(temp, engine="openpyxl") as writer:
        data.to_excel(writer, sheet_name=DATA_SHEET, index=False)
        book = writer.book
        sheet = book[DATA_SHEET]
        for position, name in enumerate(frame.columns, start=1):
            if decimals.get(name, 0) > 0:  # show 37.40 as 37.40, as the CSV does
                number_format = "0." + "0" * decimals[name]
                for (cell,) in sheet.iter_rows(min_row=2, min_col=position, max_col=position):
                    cell.number_format = number_format
        sheet.freeze_panes = "A2"

        about = book.create_sheet(ABOUT_SHEET, 0)
        for label, text in metadata.about_rows(about_extra):
            about.append([label, text])
        about["A1"].font = Font(bold=True, size=14)
        about.column_dimensions["A"].width = 34
        about.column_dimensions[get_column_letter(2)].width = 100
        for row in about.iter_rows(min_row=2):
            row[0].font = Font(bold=True)
            row[1].alignment = Alignment(wrap_text=True, vertical="top")
        book.active = 0

        props = book.properties
        props.title = f"{metadata.title or metadata.dataset_id} (SYNTHETIC data)"
        props.subject = "Synthetic data: generated by a model, no row is a real record"
        props.creator = metadata.organisation or "SynthStudio"
        props.keywords = f"synthetic data; SynthStudio; {metadata.dataset_id}"
        props.description = metadata.origin
        props.category = "Synthetic data"
        props.identifier = metadata.dataset_id
        for key, value in metadata.to_key_values().items():
            book.custom_doc_props.append(StringProperty(name=key, value=value))


def export_table(frame: pd.DataFrame, decimals: dict[str, int], path: Path, file_format: str,
                 metadata: FileMetadata, *, about_extra: list[tuple[str, str]] = (),
                 csv_comment_header: bool = False, overwrite: bool = False) -> Path:
    """Write ``frame`` (already marked) to ``path`` atomically, with the format's metadata."""
    with atomic_target(path, overwrite=overwrite) as temp:
        if file_format == "csv":
            _write_csv(frame, decimals, temp, metadata.csv_header_lines() if csv_comment_header else ())
        elif file_format == "parquet":
            _write_parquet(frame, metadata, temp)
        elif file_format == "excel":
            _write_excel(frame, decimals, metadata, temp, list(about_extra))
        elif file_format in _LABEL_LIMITS:
            _write_statistical(frame, decimals, metadata, temp, file_format)
        else:
            raise BadInputError(f"SynthStudio cannot write the format '{file_format}'.",
                                "Choose CSV, Excel, Parquet, Stata or SPSS.", code="unknown_format")
    return Path(path)


# -- reading released files ------------------------------------------------------------------------

def read_exported_table(path: str | Path, *, as_text: bool = False) -> pd.DataFrame:
    """A released file as a table (the Excel "Data" sheet; CSV comment lines skipped).

    ``as_text``: every cell as the text stored in the file, for column fingerprints.
    """
    path = Path(path)
    file_format = format_of(path)
    if file_format == "csv":
        skip = csv_header(path)[0]
        if as_text:
            return pd.read_csv(path, skiprows=skip, dtype=str, keep_default_na=False, encoding="utf-8")
        return pd.read_csv(path, skiprows=skip, encoding="utf-8", low_memory=False)
    if file_format == "excel":
        sheets = pd.ExcelFile(path, engine="openpyxl").sheet_names
        sheet = DATA_SHEET if DATA_SHEET in sheets else next((s for s in sheets if s != ABOUT_SHEET), sheets[0])
        frame = pd.read_excel(path, sheet_name=sheet, engine="openpyxl")
    elif file_format == "parquet":
        frame = pd.read_parquet(path)
    elif file_format in _LABEL_LIMITS:
        frame = _read_statistical(path, file_format)
    else:
        raise BadInputError(f"'{path.name}' is not a CSV, Excel, Parquet, Stata or SPSS file.",
                            "Choose a data file SynthStudio released.", code="unknown_format")
    return frame.astype(str) if as_text else frame


def _read_statistical(path: Path, file_format: str) -> pd.DataFrame:
    """A released .dta/.sav table with its original column names (kept as variable labels)."""
    import pyreadstat

    reader = pyreadstat.read_dta if file_format == "stata" else pyreadstat.read_sav
    try:
        frame, meta = reader(str(path))
    except (pyreadstat.ReadstatError, pyreadstat.PyreadstatError) as exc:
        raise ValueError(str(exc)) from exc
    labels = meta.column_names_to_labels or {}
    return frame.rename(columns={name: label for name, label in labels.items() if label})


def column_digests(text: pd.DataFrame) -> dict[str, str]:
    """SHA-256 of each column's cells (from ``read_exported_table(..., as_text=True)``).

    The manifest keeps them so that a verifier can say *which* column of a changed file differs.
    """
    digests = {}
    for position, name in enumerate(text.columns):
        cells = "\x1f".join(text.iloc[:, position].tolist())
        digests[str(name)] = hashlib.sha256(cells.encode("utf-8")).hexdigest()
    return digests
