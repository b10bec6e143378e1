"""Safe file writing: atomic replacement, no silent overwrite, spreadsheet-formula neutralising.

Every table SynthStudio writes goes through :func:`atomic_target`: the bytes land in a
temporary file in the destination folder and only a finished file is moved into place with
``os.replace``, so a crash, an error or a cancel never leaves a half-written file behind and
never damages a file that was already there.
"""
from __future__ import annotations

import hashlib
import os
import re
import secrets
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

import pandas as pd
import pyarrow as pa
import pyreadstat

from synthstudio.core.errors import BadInputError
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress

# Spreadsheet programs run a cell as a formula when it starts with one of these (OWASP "CSV
# injection"); tab and carriage return are on the list because Excel strips them first.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# A cell that is just a number ("-5", "+3.2e4") is read by spreadsheets as that number, never as a
# formula, so it is left alone: prefixing it would turn an exported number into text for no gain.
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_HASH_BLOCK = 1 << 20


def neutralise_formula(value: Any) -> Any:
    """Return ``value`` made safe for a spreadsheet cell.

    A text value starting with ``= + - @``, tab or carriage return gets a leading apostrophe, which
    spreadsheets show as text instead of running. Numbers, missing values and text that is itself a
    plain number ("-5") come back unchanged.
    """
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose column names and text cells went through :func:`neutralise_formula`.

    Numeric, boolean and date values are never touched; only text cells (in object or
    categorical columns) can change.
    """
    result = frame.copy()
    result.columns = [neutralise_formula(name) for name in result.columns]  # the header row is cells too
    for position in range(result.shape[1]):
        column = result.iloc[:, position]
        if isinstance(column.dtype, pd.CategoricalDtype):
            column = column.astype(object)
        elif column.dtype != object:
            continue
        risky = column.str.startswith(FORMULA_TRIGGERS, na=False)
        if risky.any():
            column = column.copy()
            column[risky] = column[risky].map(neutralise_formula)
        result.isetitem(position, column)
    return result


def file_sha256(
    path: str | os.PathLike[str],
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    inspect: Callable[[bytes], None] | None = None,
) -> str:
    """SHA-256 of a file's bytes, as lowercase hex.

    ``inspect`` sees every block as it is hashed, so a caller that must also look at the bytes
    (the loader checks the text encoding) reads the file only once.
    """
    report = progress or no_progress
    size = max(os.path.getsize(path), 1)
    digest = hashlib.sha256()
    done = 0
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_HASH_BLOCK), b""):
            check_cancel(cancel)
            digest.update(block)
            if inspect is not None:
                inspect(block)
            done += len(block)
            report(done / size, "Checking the file")
    return digest.hexdigest()


def _refuse_existing(path: Path) -> None:
    if path.exists():
        raise BadInputError(
            f"A file named '{path.name}' already exists in {path.parent}.",
            "Choose another name, or confirm that the existing file may be replaced.",
            code="file_exists",
        )


@contextmanager
def atomic_target(path: str | os.PathLike[str], *, overwrite: bool = False) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; on success move it onto ``path`` atomically.

    The temporary file is removed if the body raises (including :class:`Cancelled`). Without
    ``overwrite`` an existing ``path`` is refused with code ``file_exists``, checked before the
    work starts and again just before the move.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise BadInputError(
            f"The folder {path.parent} does not exist.",
            "Choose an existing folder to save into.",
            code="folder_not_found",
        )
    if not overwrite:
        _refuse_existing(path)
    temp = path.with_name(f".{path.stem}.{secrets.token_hex(4)}.part{path.suffix}")
    try:
        # O_EXCL: never reuse a stranger's file; mode 0o666 lets the user's umask decide access,
        # as for any file the user saves (mkstemp would force 0600).
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except PermissionError as exc:
        raise BadInputError(
            f"SynthStudio may not write in the folder {path.parent}.",
            "Choose a folder you can write to, for example your Documents folder.",
            details=str(exc),
            code="permission_denied",
        ) from exc
    try:
        yield temp
        with open(temp, "rb+") as handle:  # the bytes must be on disk before the name points at them
            os.fsync(handle.fileno())
        if not overwrite:
            _refuse_existing(path)
        try:
            os.replace(temp, path)
        except PermissionError as exc:
            raise BadInputError(
                f"'{path.name}' could not be replaced.",
                "Close the file if another program (such as Excel) has it open, then try again.",
                details=str(exc),
                code="permission_denied",
            ) from exc
    finally:
        temp.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# Writing tables

EXCEL_MAX_ROWS = 1_048_575  # one row of the sheet's 1,048,576 holds the column names
EXCEL_MAX_COLUMNS = 16_384
_CSV_CHUNK_ROWS = 50_000
_FORMAT_ALIASES = {
    "csv": "csv", "txt": "csv", "tsv": "tsv", "excel": "excel", "xlsx": "excel", "parquet": "parquet",
    "stata": "stata", "dta": "stata", "spss": "spss", "sav": "spss",
}
_FORMAT_LABELS = {"csv": "CSV", "tsv": "TSV", "excel": "Excel", "parquet": "Parquet", "stata": "Stata", "spss": "SPSS"}
# Names Stata and SPSS keep for their own syntax; a column may not be called so.
_STATA_RESERVED = frozenset(
    "_all _b byte _coef _cons double float if in int long _n _N _pi _pred _rc _skip strL using with".split()
)
_SPSS_RESERVED = frozenset("ALL AND BY EQ GE GT LE LT NE NOT OR TO WITH".split())
_STATA_LABEL_CHARS = 80


def write_table(
    frame: pd.DataFrame,
    path: str | os.PathLike[str],
    file_format: str | None = None,
    *,
    overwrite: bool = False,
    value_labels: dict[str, dict[Any, str]] | None = None,
    column_labels: dict[str, str] | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Save ``frame`` as csv, tsv, excel (.xlsx), parquet, stata (.dta) or spss (.sav); return the path.

    The write is atomic and never replaces an existing file unless ``overwrite``. CSV, TSV and
    Excel cells that a spreadsheet would run as a formula are neutralised. For Stata and SPSS,
    ``value_labels`` (column -> {code: label}, as ``Dataset.value_labels``) are stored as value
    labels, turning label text back into codes; column names those programs forbid are changed
    into valid ones and the original name kept as the variable label.
    """
    path = Path(path)
    kind = _write_format(path, file_format)
    check_cancel(cancel)
    with atomic_target(path, overwrite=overwrite) as temp:
        try:
            if kind in ("csv", "tsv"):
                _write_delimited(frame, temp, "," if kind == "csv" else "\t", cancel)
            elif kind == "excel":
                _write_excel(frame, temp)
            elif kind == "parquet":
                frame.to_parquet(temp, engine="pyarrow", index=False)
            else:
                _write_labelled(frame, temp, kind, value_labels or {}, column_labels or {})
        except PermissionError as exc:
            raise BadInputError(
                f"SynthStudio may not write '{path.name}'.",
                "Choose a folder you can write to, for example your Documents folder.",
                details=str(exc),
                code="permission_denied",
            ) from exc
        except (OSError, ValueError, TypeError, OverflowError, pa.ArrowException,
                pyreadstat.ReadstatError, pyreadstat.PyreadstatError) as exc:
            raise BadInputError(
                f"The table could not be saved as {_FORMAT_LABELS[kind]}.",
                "Check that the disk has free space; if it has, try another format.",
                details=f"{type(exc).__name__}: {exc}",
                code="write_failed",
            ) from exc
        check_cancel(cancel)
    return path


def _write_format(path: Path, file_format: str | None) -> str:
    wanted = (file_format or path.suffix).lower().lstrip(".")
    if wanted in _FORMAT_ALIASES:
        return _FORMAT_ALIASES[wanted]
    raise BadInputError(
        f"SynthStudio cannot save tables as '{wanted or path.name}'.",
        "Choose CSV, TSV, Excel (.xlsx), Parquet, Stata (.dta) or SPSS (.sav).",
        code="unsupported_format",
    )


def _write_delimited(frame: pd.DataFrame, temp: Path, separator: str, cancel: CancelToken | None) -> None:
    safe = neutralise_frame(frame)
    # UTF-8 and RFC 4180's "\r\n" on every system, so the same table gives the same bytes (and hash);
    # "\r\n" also makes the writer quote values holding a bare "\r", which "\n" alone would not.
    with open(temp, "w", encoding="utf-8", newline="") as handle:
        for start in range(0, max(len(safe), 1), _CSV_CHUNK_ROWS):
            check_cancel(cancel)
            safe.iloc[start: start + _CSV_CHUNK_ROWS].to_csv(
                handle, sep=separator, index=False, header=start == 0, lineterminator="\r\n"
            )


def _write_excel(frame: pd.DataFrame, temp: Path) -> None:
    if len(frame) > EXCEL_MAX_ROWS or frame.shape[1] > EXCEL_MAX_COLUMNS:
        raise BadInputError(
            f"The table has {len(frame):,} rows and {frame.shape[1]:,} columns; an Excel sheet holds at most "
            f"{EXCEL_MAX_ROWS:,} rows and {EXCEL_MAX_COLUMNS:,} columns.",
            "Save it as CSV or Parquet instead.",
            code="too_large_for_excel",
        )
    with pd.ExcelWriter(temp, engine="openpyxl") as writer:
        neutralise_frame(frame).to_excel(writer, sheet_name="Data", index=False)


def _write_labelled(frame: pd.DataFrame, temp: Path, kind: str,
                    value_labels: dict[str, dict[Any, str]], column_labels: dict[str, str]) -> None:
    names = statistical_names(frame.columns, kind)
    out = frame.rename(columns=names)
    labels_out: dict[str, dict[Any, str]] = {}
    for column, labels in value_labels.items():
        if column not in names:
            continue
        codes = {_whole_code(code): label for code, label in labels.items()}
        if kind == "stata" and not all(isinstance(code, int) for code in codes):
            continue  # Stata labels only whole-number codes; the text values are saved as they are
        target = names[column]
        values = out[target]
        if not pd.api.types.is_numeric_dtype(values):  # the column shows labels: store the codes
            to_code = {label: code for code, label in codes.items()}
            if len(to_code) < len(codes) or not set(values.dropna()) <= set(to_code):
                continue
            out[target] = values.astype(object).map(to_code).infer_objects()
        labels_out[target] = codes
    variable_labels = {new: str(old) for old, new in names.items() if new != str(old)}
    variable_labels.update({names[column]: label for column, label in column_labels.items() if column in names})
    for column in out.columns:
        if isinstance(out[column].dtype, pd.CategoricalDtype):
            out[column] = out[column].astype(object)
    if kind == "stata":
        variable_labels = {column: label[:_STATA_LABEL_CHARS] for column, label in variable_labels.items()}
        pyreadstat.write_dta(out, str(temp), column_labels=variable_labels or None,
                             variable_value_labels=labels_out or None)
    else:
        pyreadstat.write_sav(out, str(temp), column_labels=variable_labels or None,
                             variable_value_labels=labels_out or None)


def _whole_code(code: Any) -> Any:
    return int(code) if isinstance(code, float) and code.is_integer() else code


def statistical_names(columns: Any, kind: str) -> dict[Any, str]:
    """Valid, unique Stata ("stata") or SPSS ("spss") variable names for ``columns``.

    Characters other than letters, digits and "_" become "_", a name that does not start with a
    letter or is a reserved word gets a "v"/"v_" prefix, and long names are cut (Stata: 32
    characters, SPSS: 64 bytes). Valid names come back unchanged.
    """
    reserved = _STATA_RESERVED if kind == "stata" else {word.lower() for word in _SPSS_RESERVED}
    taken: set[str] = set()  # both programs see "Age" and "age" as clashing in practice
    result: dict[Any, str] = {}
    for column in columns:
        base = re.sub(r"\W", "_", str(column)) or "v"
        if not base[0].isalpha():
            base = "v" + base
        if (base if kind == "stata" else base.lower()) in reserved or (
            kind == "stata" and re.fullmatch(r"str\d+", base)
        ):
            base = "v_" + base
        name, copy = _fit_name(base, kind), 2
        while name.lower() in taken:
            suffix = f"_{copy}"
            name, copy = _fit_name(base, kind, len(suffix)) + suffix, copy + 1
        taken.add(name.lower())
        result[column] = name
    return result


def _fit_name(name: str, kind: str, reserve: int = 0) -> str:
    if kind == "stata":
        return name[: 32 - reserve]
    return name.encode("utf-8")[: 64 - reserve].decode("utf-8", errors="ignore")
