"""Load a user's table (CSV/TSV/text, Excel, Parquet, Stata, SPSS) into a :class:`Dataset`.

Loading only ever reads the file. Anything that makes the table unusable is refused with a
:class:`BadInputError` whose ``code`` is one of :data:`ERROR_CODES`, a plain message and a remedy;
anything merely odd (duplicate or blank column names, an empty column, a few unreadable numbers) is
repaired in the loaded copy and explained in ``Dataset.warnings``.

Decisions a curator may ask about:
- Missing values: the cells listed in :data:`DEFAULT_MISSING_MARKERS` ("?", "", "NA", "N/A",
  "null"...) become missing; pandas' longer default list is not used, so "None" or "NAN" stay text.
- Duplicate column names are kept, the later copies renamed ``name_2``, ``name_3``; blank names
  become ``column_N`` (N = position, from 1). Refusing such files would block common exports.
- A text column whose values are numbers except for a few (at most 5%) becomes numeric; the few are
  treated as missing and a warning names them.
- Dates in text files stay as written (text); the schema step decides which columns are dates.
  Excel, Parquet, Stata and SPSS dates arrive as dates.
- SPSS/Stata value labels: the frame shows the labels (a categorical column, categories in code
  order), because curators think in "Female", not "2"; ``Dataset.value_labels`` keeps the codes so
  exports to .sav/.dta restore them. A column with labels for only some values keeps its numbers.
  Empty text counts as missing; whole-number columns without gaps become integers.
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import zipfile
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

import charset_normalizer
import numpy as np
import pandas as pd
import psutil
import pyarrow
import pyreadstat
from openpyxl.utils.exceptions import InvalidFileException

from synthstudio.core.errors import BadInputError
from synthstudio.core.fileio import file_sha256, neutralise_formula, write_table
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress, sub_progress

__all__ = [
    "DEFAULT_MISSING_MARKERS", "ERROR_CODES", "MIN_ROWS", "Dataset", "LoadOptions",
    "excel_sheets", "load_dataset", "neutralise_formula", "sniff_csv", "write_table",
]

MIN_ROWS = 10  # fewer rows than this cannot teach a generator anything worth releasing
DEFAULT_MISSING_MARKERS = ("", "?", "NA", "N/A", "n/a", "NaN", "nan", "null", "NULL")
DELIMITERS = (",", ";", "\t", "|")
# Memory a loaded table needs, as a multiple of its file size: low on purpose, so only files that
# surely do not fit are refused (text shrinks when parsed into numbers, grows as Python strings).
MEMORY_FACTORS = {"csv": 2.0, "excel": 10.0, "parquet": 5.0, "stata": 1.5, "spss": 1.5}
CHUNKED_READ_BYTES = 64 << 20  # larger CSV files are read in chunks so cancel and progress work
CHUNK_BYTES = 8 << 20
MIN_CHUNK_ROWS = 1000
NUMERIC_SHARE = 0.95  # a text column this much made of numbers is a numeric column with typos

ERROR_CODES = (
    "file_not_found", "not_a_file", "permission_denied", "empty_file", "header_only",
    "wrong_format", "ragged_rows", "malformed_csv", "encoding_error", "unknown_encoding",
    "too_few_rows", "unsupported_format", "too_large", "sheet_not_found",
    # raised when writing (synthstudio.core.fileio)
    "file_exists", "folder_not_found", "write_failed", "too_large_for_excel",
)

_FORMATS = {
    ".csv": "csv", ".tsv": "csv", ".tab": "csv", ".txt": "csv",
    ".xlsx": "excel", ".xlsm": "excel",
    ".parquet": "parquet", ".pq": "parquet",
    ".dta": "stata",
    ".sav": "spss", ".zsav": "spss",
}
_FORMAT_NOUNS = {
    "csv": "a text table (CSV)", "excel": "an Excel workbook", "parquet": "a Parquet file",
    "stata": "a Stata file", "spss": "an SPSS file",
}
_RESAVE = "Open it in Excel or LibreOffice and save it as an .xlsx workbook or a .csv file."
_UNSUPPORTED_REMEDIES = {
    ".xls": _RESAVE, ".ods": _RESAVE, ".numbers": _RESAVE,
    ".zip": "Unzip it first, then open the table inside.",
    ".gz": "Unzip it first, then open the table inside.",
}
# First bytes of common files, what to call them, and the format they belong to (None: not a table).
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", None),
    (b"\xff\xd8\xff", "a JPEG image", None),
    (b"GIF8", "a GIF image", None),
    (b"%PDF", "a PDF document", None),
    (b"PK\x03\x04", "a ZIP archive (for example an Excel or Word file)", "excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.xls, .doc) or a password-protected workbook", None),
    (b"PAR1", "a Parquet file", "parquet"),
    (b"\x1f\x8b", "a gzip-compressed file", None),
    (b"$FL2", "an SPSS file", "spss"),
    (b"$FL3", "an SPSS file", "spss"),
    (b"<stata_dta>", "a Stata file", "stata"),
)
_NEEDS_SIGNATURE = ("excel", "parquet", "spss")  # old Stata files have no fixed first bytes
_NOT_A_WORKBOOK = "a ZIP archive that is not an Excel workbook (or a damaged workbook)"
_DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}

_HEAD_BYTES = 1 << 20       # kept from the scan: the sniffers' sample
_SNIFF_BYTES = 64 << 10     # text the delimiter sniffers look at
_SNIFF_ROWS = 200
_DETECT_BYTES = 64 << 10    # bytes charset-normalizer looks at, from the head and around a non-UTF-8 byte
_CHAOS_MARGIN = 0.05
_EXTRA_COLUMN = "\x00synthstudio-extra-fields"  # catches rows longer than the header
_COMMA_DECIMAL = re.compile(r"\s*[-+]?\d+,\d+\s*")
_DOT_DECIMAL = re.compile(r"\s*[-+]?\d*\.\d+\s*")
_RAGGED_MESSAGE = re.compile(r"Expected \d+ fields in line \d+, saw \d+")


@dataclass
class LoadOptions:
    """How to read a file. ``None`` means "detect"; a loaded Dataset holds the values used."""

    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None                  # "." or ","
    skip_initial_space: bool | None = None      # "a, b" files such as UCI Adult
    missing_markers: tuple[str, ...] = DEFAULT_MISSING_MARKERS
    sheet: str | None = None                    # Excel: None loads the first sheet
    apply_value_labels: bool = True             # SPSS/Stata: show labels instead of codes

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["missing_markers"] = list(self.missing_markers)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LoadOptions":
        known = {key: value for key, value in data.items() if key in cls.__dataclass_fields__}
        if "missing_markers" in known:
            known["missing_markers"] = tuple(known["missing_markers"])
        return cls(**known)

    def describe(self) -> str:
        """One line for the import dialog, e.g. "encoding cp1252, delimiter semicolon, decimal comma"."""
        parts = []
        if self.encoding:
            parts.append(f"encoding {self.encoding}")
        if self.delimiter:
            parts.append(f"delimiter {_DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))}")
        if self.decimal:
            parts.append("decimal comma" if self.decimal == "," else "decimal point")
        if self.skip_initial_space:
            parts.append("spaces after delimiters ignored")
        if self.sheet is not None:
            parts.append(f"sheet '{self.sheet}'")
        return ", ".join(parts)


@dataclass
class Dataset:
    """A loaded table and everything known about where it came from."""

    frame: pd.DataFrame = field(repr=False)
    source: Path
    sha256: str
    size_bytes: int
    file_format: str                            # "csv", "excel", "parquet", "stata", "spss"
    options: LoadOptions
    warnings: list[str] = field(default_factory=list)
    value_labels: dict[str, dict[Any, str]] = field(default_factory=dict)  # column -> {code: label}
    column_labels: dict[str, str] = field(default_factory=dict)            # SPSS/Stata variable labels
    name: str = ""

    def __post_init__(self) -> None:
        self.name = self.name or self.source.stem

    @property
    def n_rows(self) -> int:
        return len(self.frame)

    @property
    def n_columns(self) -> int:
        return self.frame.shape[1]

    def source_record(self) -> dict[str, Any]:
        """The facts about the source file that run records and project files keep."""
        return {
            "name": self.name, "path": str(self.source), "sha256": self.sha256,
            "size_bytes": self.size_bytes, "file_format": self.file_format,
            "rows": self.n_rows, "columns": self.n_columns, "options": self.options.to_dict(),
        }


def _bad(code: str, message: str, remedy: str, details: str = "") -> BadInputError:
    return BadInputError(message, remedy, details=details, code=code)


# ---------------------------------------------------------------------------------------------
# Checks before reading


def _file_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _FORMATS:
        return _FORMATS[suffix]
    raise _bad(
        "unsupported_format",
        f"SynthStudio cannot open '{path.name}': files of type '{suffix or 'without extension'}' are not tables it reads.",
        _UNSUPPORTED_REMEDIES.get(
            suffix, "Save the table as CSV, Excel (.xlsx), Parquet, Stata (.dta) or SPSS (.sav) and open that file."
        ),
    )


def _check_exists(path: Path) -> None:
    if not path.exists():
        raise _bad("file_not_found", f"The file {path} does not exist.",
                   "Check the name and the folder, or choose the file again.")
    if not path.is_file():
        raise _bad("not_a_file", f"{path} is a folder, not a file.", "Choose a table file inside it.")


def _check_memory(path: Path, size: int, file_format: str) -> None:
    need = size * MEMORY_FACTORS[file_format]
    available = psutil.virtual_memory().available
    if need > available:
        raise _bad(
            "too_large",
            f"'{path.name}' is {_size_text(size)}; loading it needs about {_size_text(need)} of memory, "
            f"but only {_size_text(available)} is free.",
            "Close other programs, use a computer with more memory, or load a smaller extract of the rows.",
        )


def _size_text(n_bytes: float) -> str:
    return f"{n_bytes / 1e9:.1f} GB" if n_bytes >= 1e9 else f"{n_bytes / 1e6:.0f} MB"


class _Scan:
    """What one pass over the bytes learns besides the hash: the head, and whether it is UTF-8."""

    def __init__(self, check_utf8: bool):
        self.head = bytearray()
        self.utf8_valid = check_utf8
        self.bad_sample = b""  # bytes around the first byte that is not UTF-8
        self._decoder = codecs.getincrementaldecoder("utf-8")() if check_utf8 else None

    def __call__(self, block: bytes) -> None:
        if len(self.head) < _HEAD_BYTES:
            self.head += block[: _HEAD_BYTES - len(self.head)]
        if self._decoder is not None:
            try:
                self._decoder.decode(block)
            except UnicodeDecodeError as exc:
                self._fail(block, exc.start)

    def finish(self) -> None:
        if self._decoder is not None:
            try:
                self._decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                self._fail(b"", 0)

    def _fail(self, block: bytes, position: int) -> None:
        half = _DETECT_BYTES // 2
        self.utf8_valid = False
        self.bad_sample = block[max(0, position - half): position + half]
        self._decoder = None


def _scan_file(path: Path, file_format: str, progress: ProgressFn, cancel: CancelToken | None) -> tuple[str, _Scan]:
    scan = _Scan(check_utf8=file_format == "csv")
    try:
        sha256 = file_sha256(path, progress=progress, cancel=cancel, inspect=scan)
    except PermissionError as exc:
        raise _bad(
            "permission_denied",
            f"SynthStudio is not allowed to read '{path.name}'.",
            "Ask the file's owner or your IT team for read access, or copy the file to a folder of yours.",
            details=str(exc),
        ) from exc
    scan.finish()
    return sha256, scan


def _check_signature(path: Path, file_format: str, head: bytes) -> None:
    """Refuse a file whose first bytes show it is something else than its extension says."""
    signature = next(((what, owner) for magic, what, owner in _SIGNATURES if head.startswith(magic)), None)
    if signature is not None:
        found, owner = signature
        if owner == file_format:
            return
    elif file_format in _NEEDS_SIGNATURE:
        found = "plain text" if _looks_like_text(head) else "something else"
    elif file_format == "csv" and b"\x00" in head[:_SNIFF_BYTES] and not head.startswith(
        (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    ):
        found = "binary data, not readable text"
    else:
        return
    raise _wrong_format(path, file_format, found)


def _looks_like_text(head: bytes) -> bool:
    try:  # an incremental decoder tolerates a character cut at the sample's end
        text = codecs.getincrementaldecoder("utf-8")().decode(head[:4096])
    except UnicodeDecodeError:
        return False
    return bool(text) and all(char.isprintable() or char in "\r\n\t" for char in text)


def _unreadable(file_format: str) -> str:
    """E.g. "something that is not a readable Stata file" (damaged, or another format renamed)."""
    return "something that is not a readable " + _FORMAT_NOUNS[file_format].split(" ", 1)[1]


def _wrong_format(path: Path, file_format: str, found: str, details: str = "") -> BadInputError:
    return _bad(
        "wrong_format",
        f"'{path.name}' is named like {_FORMAT_NOUNS[file_format]}, but it holds {found}.",
        "Check that you chose the right file. If it was renamed, give it back its real extension.",
        details=details,
    )


# ---------------------------------------------------------------------------------------------
# CSV sniffing


def _detect_encoding(scan: _Scan) -> str:
    head = bytes(scan.head)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if scan.utf8_valid:
        return "utf-8"
    return _guess_legacy_encoding(head[:_DETECT_BYTES] + scan.bad_sample)


def _guess_legacy_encoding(sample: bytes) -> str:
    """The encoding of non-UTF-8 text, preferring Windows-1252 / Latin-1 for Western text.

    charset-normalizer alone often names an exotic code page (cp775, cp1250...) for short Western
    text that reads identically as cp1252; we keep its answer only when the Western reading is
    clearly worse (text in another script, or Central European letters cp1252 cannot hold).
    """
    best = charset_normalizer.from_bytes(sample).best()
    for western, name in (("cp1252", "cp1252"), ("latin_1", "latin-1")):
        match = charset_normalizer.from_bytes(sample, cp_isolation=[western]).best()
        if match is not None and (best is None or match.chaos <= best.chaos + _CHAOS_MARGIN):
            return name
    return codecs.lookup(best.encoding).name if best is not None else "latin-1"


def _sample_text(head: bytes, encoding: str, whole_file: bool) -> str:
    text = head[:_SNIFF_BYTES].decode(encoding, errors="replace").lstrip("\ufeff")
    if not whole_file or len(head) > _SNIFF_BYTES:
        text = text[: text.rfind("\n") + 1] or text  # drop the last line: it may be cut short
    return text


def _sample_rows(text: str, delimiter: str, skip_initial_space: bool = False) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=skip_initial_space)
    try:
        return [row for row in itertools.islice(reader, _SNIFF_ROWS) if any(cell.strip() for cell in row)]
    except csv.Error:
        return []


def _field_count_consistency(text: str, delimiter: str) -> tuple[float, int]:
    """(share of rows with as many fields as the header, header width)."""
    rows = _sample_rows(text, delimiter)
    if not rows:
        return 0.0, 0
    width = len(rows[0])
    return sum(len(row) == width for row in rows) / len(rows), width


def _sniff_delimiter(text: str, suffix: str) -> str:
    scores = {delimiter: _field_count_consistency(text, delimiter) for delimiter in DELIMITERS}
    try:
        guess = csv.Sniffer().sniff(text[:20_000], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        guess = None
    if guess in scores and scores[guess][1] >= 2 and scores[guess][0] >= 0.9:
        return guess
    usable = {delimiter: score for delimiter, score in scores.items() if score[1] >= 2}
    if usable:
        return max(usable, key=usable.__getitem__)
    return "\t" if suffix in (".tsv", ".tab") else ","


def _sniff_initial_space(rows: list[list[str]]) -> bool:
    cells = [cell for row in rows[1:] for cell in row[1:]]
    return bool(cells) and sum(cell.startswith(" ") for cell in cells) / len(cells) >= 0.5


def _sniff_decimal(rows: list[list[str]], delimiter: str) -> str:
    if delimiter == ",":
        return "."
    cells = [cell for row in rows[1:] for cell in row]
    commas = sum(bool(_COMMA_DECIMAL.fullmatch(cell)) for cell in cells)
    dots = sum(bool(_DOT_DECIMAL.fullmatch(cell)) for cell in cells)
    return "," if commas > dots else "."


def _resolve_csv_options(path: Path, scan: _Scan, size: int, given: LoadOptions) -> LoadOptions:
    if given.encoding:
        try:
            encoding = codecs.lookup(given.encoding).name
        except LookupError as exc:
            raise _bad("unknown_encoding", f"'{given.encoding}' is not a text encoding SynthStudio knows.",
                       "Choose an encoding from the list, or leave it on automatic.") from exc
    else:
        encoding = _detect_encoding(scan)
    text = _sample_text(bytes(scan.head), encoding, whole_file=size <= len(scan.head))
    delimiter = given.delimiter or _sniff_delimiter(text, path.suffix.lower())
    rows = _sample_rows(text, delimiter)
    skip = given.skip_initial_space if given.skip_initial_space is not None else _sniff_initial_space(rows)
    decimal = given.decimal or _sniff_decimal(rows, delimiter)
    return replace(given, encoding=encoding, delimiter=delimiter, decimal=decimal, skip_initial_space=skip)


def sniff_csv(path: str | Path, options: LoadOptions | None = None) -> LoadOptions:
    """Detect encoding, delimiter, decimal mark and leading spaces of a text table.

    Fields already set in ``options`` are kept. Reads the file; never changes it.
    """
    path = Path(path)
    _check_exists(path)
    _, scan = _scan_file(path, "csv", no_progress, None)
    return _resolve_csv_options(path, scan, path.stat().st_size, options or LoadOptions())


# ---------------------------------------------------------------------------------------------
# Column names


def _clean_names(raw: list[Any]) -> tuple[list[str], list[str]]:
    """Unique, non-blank column names, and warnings for the blank ones.

    Returns (names, warnings); duplicates are only renamed here and explained later, once the
    values are known (identical copies deserve a different hint).
    """
    names = [_header_text(name) for name in raw]
    blank = [position for position, name in enumerate(names) if not name]
    for position in blank:
        names[position] = f"column_{position + 1}"
    taken: set[str] = set()
    for position, name in enumerate(names):
        candidate, copy = name, 2
        while candidate in taken or (candidate != name and candidate in names):
            candidate, copy = f"{name}_{copy}", copy + 1
        names[position] = candidate
        taken.add(candidate)
    warnings = []
    if len(blank) == 1:
        warnings.append(f"Column {blank[0] + 1} had no name in the header; it was named '{names[blank[0]]}'.")
    elif blank:
        given = ", ".join(f"'{names[position]}'" for position in blank)
        warnings.append(f"{len(blank)} columns had no name in the header and were named {given}.")
    return names, warnings


def _header_text(value: Any) -> str:
    """A header cell as a name: an empty Excel cell arrives as NaN, the number 2020 as 2020.0."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _duplicate_warnings(frame: pd.DataFrame, raw: list[Any], names: list[str]) -> list[str]:
    warnings = []
    first_of: dict[str, str] = {}
    for original, name in zip(map(_header_text, raw), names):
        if not original:
            continue
        if original not in first_of:
            first_of[original] = name
            continue
        same = frame[first_of[original]].equals(frame[name])
        warnings.append(
            f"The column name '{original}' appears more than once; the later copy was renamed '{name}'. "
            + ("Both copies hold identical values, so you may drop one." if same else "The copies hold different values.")
        )
    return warnings


# ---------------------------------------------------------------------------------------------
# Readers: each returns the frame with the file's own header names, plus what it learned


@dataclass
class _Read:
    frame: pd.DataFrame
    raw_names: list[Any]
    options: LoadOptions
    warnings: list[str] = field(default_factory=list)
    value_labels: dict[str, dict[Any, str]] = field(default_factory=dict)
    column_labels: dict[str, str] = field(default_factory=dict)


def _read_csv(path: Path, scan: _Scan, size: int, given: LoadOptions,
              progress: ProgressFn, cancel: CancelToken | None) -> _Read:
    options = _resolve_csv_options(path, scan, size, given)
    header, header_lines = _csv_header(path, options)
    if not header:
        raise _empty_file(path)
    names, _ = _clean_names(header)  # load_dataset words the renaming warnings
    warnings: list[str] = []
    kwargs = dict(
        sep=options.delimiter, header=None, skiprows=header_lines, names=[*names, _EXTRA_COLUMN],
        index_col=False, encoding=options.encoding, decimal=options.decimal,
        skipinitialspace=options.skip_initial_space, na_values=list(options.missing_markers),
        keep_default_na=False, skip_blank_lines=True,
    )
    try:
        if size > CHUNKED_READ_BYTES:
            frame = _read_csv_chunks(path, kwargs, scan, size, progress, cancel)
        else:
            progress(0.0, "Reading rows")
            frame = pd.read_csv(path, low_memory=False, **kwargs)
    except UnicodeDecodeError as exc:
        raise _bad(
            "encoding_error",
            f"'{path.name}' contains characters that are not valid {options.encoding} text.",
            "Choose another encoding in the import options (for example cp1252 or utf-8), or leave it on automatic.",
            details=str(exc),
        ) from exc
    except pd.errors.ParserError as exc:
        if _RAGGED_MESSAGE.search(str(exc)):
            raise _ragged_error(path, options, len(names), None) from exc
        problem = ("has a quotation mark (\") that is never closed, so the rest of the file reads as one value"
                   if "EOF inside string" in str(exc) else "is not laid out as a table")
        raise _bad(
            "malformed_csv",
            f"'{path.name}' {problem}.",
            "Open the file in a text editor, fix the line in a copy (close or remove the quotation mark) and load the copy.",
            details=str(exc),
        ) from exc
    extra = frame.pop(_EXTRA_COLUMN)
    if extra.notna().any():
        raise _ragged_error(path, options, len(names), int(extra.notna().sum()))
    frame = _numbers_from_text(frame, options.decimal, warnings)
    return _Read(frame, header, options, warnings)


def _read_csv_chunks(path: Path, kwargs: dict[str, Any], scan: _Scan, size: int,
                     progress: ProgressFn, cancel: CancelToken | None) -> pd.DataFrame:
    lines_in_head = max(bytes(scan.head).count(b"\n"), 1)
    rows_per_chunk = max(MIN_CHUNK_ROWS, int(CHUNK_BYTES / (len(scan.head) / lines_in_head)))
    chunks = []
    with open(path, "rb") as handle:
        for chunk in pd.read_csv(handle, chunksize=rows_per_chunk, **kwargs):
            check_cancel(cancel)
            chunks.append(chunk)
            progress(handle.tell() / size, f"Reading rows ({sum(map(len, chunks)):,} so far)")
    return pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame(columns=kwargs["names"])


def _csv_header(path: Path, options: LoadOptions) -> tuple[list[str], int]:
    """The header's fields and how many physical lines precede the data (blank lines included)."""
    with open(path, encoding=options.encoding, errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=options.delimiter, skipinitialspace=bool(options.skip_initial_space))
        try:
            for row in reader:
                if any(cell.strip() for cell in row):
                    row[0] = row[0].lstrip("\ufeff")
                    return row, reader.line_num
        except csv.Error:
            pass  # pandas reports the malformed table with its own words below
    return [], 0


def _ragged_error(path: Path, options: LoadOptions, width: int, count: int | None) -> BadInputError:
    line, fields = _first_long_line(path, options, width)
    delimiter = _DELIMITER_NAMES.get(options.delimiter, repr(options.delimiter))
    more = f" ({count:,} lines are too long in all)" if count and count > 1 else ""
    return _bad(
        "ragged_rows",
        f"Line {line} of '{path.name}' has {fields} values, but the header names only {width} columns{more}.",
        f"A value on that line may contain the separator ({delimiter}) without quotation marks, or a column "
        "name may be missing from the header. Fix the line in a copy of the file and load the copy.",
        details=f"line={line} fields={fields} header_fields={width} delimiter={options.delimiter!r}",
    )


def _first_long_line(path: Path, options: LoadOptions, width: int) -> tuple[int, int]:
    with open(path, encoding=options.encoding, errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=options.delimiter, skipinitialspace=bool(options.skip_initial_space))
        for row in reader:
            if len(row) > width and any(cell.strip() for cell in row[width:]):
                return reader.line_num, len(row)
    return 0, width + 1  # unreachable for a file pandas found ragged


def _numbers_from_text(frame: pd.DataFrame, decimal: str, warnings: list[str]) -> pd.DataFrame:
    """Turn text columns that are almost all numbers into numbers; say what could not be read."""
    for position, name in enumerate(frame.columns):
        column = frame.iloc[:, position]
        if column.dtype != object:
            continue
        present = column.dropna()
        if present.empty or _numeric_share(present.iloc[:1000], decimal) < 0.5:
            continue  # clearly text: skip the full conversion
        numbers = _to_numbers(present, decimal)
        unreadable = present[numbers.isna()]
        if len(unreadable) > (1 - NUMERIC_SHARE) * len(present):
            continue
        if len(unreadable):
            examples = ", ".join(f"'{value}'" for value in unreadable.astype(str).unique()[:3])
            counted = "1 value" if len(unreadable) == 1 else f"{len(unreadable):,} values"
            warnings.append(
                f"Column '{name}' had {counted} that could not be read as numbers "
                f"(for example {examples}); they were treated as missing."
            )
        frame.isetitem(position, _whole_numbers_as_int(numbers.reindex(column.index)))
    return frame


def _to_numbers(values: pd.Series, decimal: str) -> pd.Series:
    text = values.astype(str).str.strip()
    if decimal == ",":
        text = text.str.replace(",", ".", regex=False)
    return pd.to_numeric(text, errors="coerce")


def _numeric_share(values: pd.Series, decimal: str) -> float:
    return float(_to_numbers(values, decimal).notna().mean())


def _whole_numbers_as_int(column: pd.Series) -> pd.Series:
    """Float columns holding only whole numbers and no gaps read better as integers."""
    if column.dtype.kind == "f" and column.notna().all() and np.all(np.mod(column.to_numpy(), 1) == 0) \
            and np.all(np.abs(column.to_numpy()) < 2**53):
        return column.astype("int64")
    return column


def _read_excel(path: Path, given: LoadOptions, progress: ProgressFn) -> _Read:
    progress(0.0, "Reading the workbook")
    try:
        with pd.ExcelFile(path, engine="openpyxl") as book:
            sheets = book.sheet_names
            sheet = given.sheet if given.sheet is not None else sheets[0]
            if sheet not in sheets:
                raise _bad("sheet_not_found", f"The workbook '{path.name}' has no sheet named '{sheet}'.",
                           "Choose one of its sheets: " + ", ".join(f"'{name}'" for name in sheets) + ".")
            # the header is read apart so that a column named "NA" keeps its name
            top = book.parse(sheet, header=None, nrows=1, keep_default_na=False)
            body = book.parse(sheet, header=None, skiprows=1, na_values=list(given.missing_markers),
                              keep_default_na=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise _wrong_format(path, "excel", _NOT_A_WORKBOOK, details=str(exc)) from exc
    options = replace(given, sheet=sheet)
    warnings = []
    if given.sheet is None and len(sheets) > 1:
        warnings.append(f"The workbook has {len(sheets)} sheets; the first, '{sheet}', was loaded. "
                        "Choose another sheet in the import options if needed.")
    if top.empty:
        raise _bad("empty_file", f"The sheet '{sheet}' of '{path.name}' is empty.",
                   "Choose the sheet that holds the table, or check that you chose the right file.")
    width = max(top.shape[1], body.shape[1])  # values may stand beyond the last named column
    header = top.iloc[0].tolist() + [None] * (width - top.shape[1])
    body = body.reindex(columns=range(width)).infer_objects()
    body = _numbers_from_text(body, ".", warnings)
    return _Read(body, header, options, warnings)


def _read_parquet(path: Path, given: LoadOptions, progress: ProgressFn) -> _Read:
    progress(0.0, "Reading the Parquet file")
    try:
        frame = pd.read_parquet(path, engine="pyarrow")
    except (pyarrow.ArrowException, OSError) as exc:
        raise _wrong_format(path, "parquet", _unreadable("parquet"), details=str(exc)) from exc
    # a named index (pandas wrote it from a column) is data; an unnamed one is just row numbers
    frame = frame.reset_index(drop=all(name is None for name in frame.index.names))
    return _Read(frame, list(frame.columns), given)


def _read_stata(path: Path, given: LoadOptions, progress: ProgressFn) -> _Read:
    return _read_labelled(path, pyreadstat.read_dta, "stata", given, progress)


def _read_spss(path: Path, given: LoadOptions, progress: ProgressFn) -> _Read:
    return _read_labelled(path, pyreadstat.read_sav, "spss", given, progress)


def _read_labelled(path: Path, reader: Callable, file_format: str, given: LoadOptions, progress: ProgressFn) -> _Read:
    progress(0.0, "Reading the file")
    try:
        frame, meta = reader(str(path), apply_value_formats=False, dates_as_pandas_datetime=True)
    except (pyreadstat.ReadstatError, pyreadstat.PyreadstatError) as exc:
        raise _wrong_format(path, file_format, _unreadable(file_format), details=str(exc)) from exc
    for position in range(frame.shape[1]):
        column = frame.iloc[:, position]
        if column.dtype == object:
            column = column.mask(column == "")  # these formats write a missing text value as ""
        frame.isetitem(position, _whole_numbers_as_int(column))
    value_labels = {
        column: {_tidy_code(code): label for code, label in labels.items()}
        for column, labels in meta.variable_value_labels.items()
    }
    column_labels = {column: label for column, label in meta.column_names_to_labels.items() if label}
    warnings = _apply_value_labels(frame, value_labels) if given.apply_value_labels else []
    return _Read(frame, list(frame.columns), given, warnings, value_labels, column_labels)


def _tidy_code(code: Any) -> Any:
    return int(code) if isinstance(code, float) and code.is_integer() else code


def _apply_value_labels(frame: pd.DataFrame, value_labels: dict[str, dict[Any, str]]) -> list[str]:
    """Show labels instead of codes where every value has a label; warn where only some do."""
    warnings = []
    for column, labels in value_labels.items():
        values = frame[column]
        present = set(values.dropna().unique())
        try:
            ordered = [labels[code] for code in sorted(labels)]
        except TypeError:  # codes of mixed kinds
            ordered = [labels[code] for code in sorted(labels, key=str)]
        if not present <= set(labels):
            warnings.append(f"Column '{column}' has value labels for only some of its values; "
                            "its codes are kept as they are.")
        elif len(set(ordered)) < len(ordered):
            warnings.append(f"Column '{column}' gives the same label to different codes; its codes are kept.")
        else:
            frame[column] = pd.Categorical(values.map(labels), categories=ordered)
    return warnings


_READERS = {"excel": _read_excel, "parquet": _read_parquet, "stata": _read_stata, "spss": _read_spss}


# ---------------------------------------------------------------------------------------------
# The public entry points


def load_dataset(path: str | Path, options: LoadOptions | None = None,
                 progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> Dataset:
    """Read a table file into a :class:`Dataset`, refusing unusable files with a BadInputError."""
    path = Path(path).expanduser().absolute()  # the run record names the file wherever we were started
    report = progress or no_progress
    given = options or LoadOptions()
    report(0.0, f"Opening {path.name}")
    _check_exists(path)
    file_format = _file_format(path)
    size = path.stat().st_size
    if size == 0:
        raise _empty_file(path)
    _check_memory(path, size, file_format)
    sha256, scan = _scan_file(path, file_format, sub_progress(report, 0.0, 0.1), cancel)
    _check_signature(path, file_format, bytes(scan.head))
    if file_format == "csv" and not bytes(scan.head).strip(b" \t\r\n" + codecs.BOM_UTF8):
        raise _empty_file(path)
    parse_progress = sub_progress(report, 0.1, 0.9)
    if file_format == "csv":
        read = _read_csv(path, scan, size, given, parse_progress, cancel)
    else:
        read = _READERS[file_format](path, given, parse_progress)
    check_cancel(cancel)
    report(0.9, "Checking columns")
    names, warnings = _clean_names(read.raw_names)
    frame = read.frame
    frame.columns = names
    warnings += _duplicate_warnings(frame, read.raw_names, names) + read.warnings + _empty_column_warnings(frame)
    _check_row_count(path, len(frame))
    renamed = dict(zip(read.raw_names, names))
    dataset = Dataset(
        frame=frame, source=path, sha256=sha256, size_bytes=size, file_format=file_format,
        options=read.options, warnings=warnings,
        value_labels={renamed.get(column, column): labels for column, labels in read.value_labels.items()},
        column_labels={renamed.get(column, column): label for column, label in read.column_labels.items()},
    )
    report(1.0, f"Loaded {len(frame):,} rows and {frame.shape[1]} columns")
    return dataset


def excel_sheets(path: str | Path) -> list[str]:
    """Names of the sheets of an Excel workbook, in workbook order."""
    path = Path(path).expanduser()
    _check_exists(path)
    if _file_format(path) != "excel":
        raise _bad("unsupported_format", f"'{path.name}' is not an Excel workbook (.xlsx).",
                   "Choose an .xlsx file to see its sheets.")
    _, scan = _scan_file(path, "excel", no_progress, None)
    _check_signature(path, "excel", bytes(scan.head))
    try:
        with pd.ExcelFile(path, engine="openpyxl") as book:
            return list(book.sheet_names)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise _wrong_format(path, "excel", _NOT_A_WORKBOOK, details=str(exc)) from exc


def _empty_file(path: Path) -> BadInputError:
    return _bad("empty_file", f"'{path.name}' is empty.",
                "Check that you chose the right file, or export the table again.")


def _check_row_count(path: Path, n_rows: int) -> None:
    if n_rows == 0:
        raise _bad("header_only", f"'{path.name}' has column names but no rows of data.",
                   "Export the table again with its rows, or choose the file that holds the data.")
    if n_rows < MIN_ROWS:
        raise _bad("too_few_rows",
                   f"'{path.name}' has only {n_rows} row{'s' if n_rows > 1 else ''}; "
                   f"at least {MIN_ROWS} are needed to learn from it.",
                   "Synthetic data copies patterns from many rows. Use a table with more rows.")


def _empty_column_warnings(frame: pd.DataFrame) -> list[str]:
    empty = [str(name) for name in frame.columns[frame.isna().all().to_numpy()]] if len(frame) else []
    if not empty:
        return []
    if len(empty) == 1:
        return [f"Column '{empty[0]}' is empty in every row; it will be ignored."]
    return [f"Columns {', '.join(repr(name) for name in empty)} are empty in every row; they will be ignored."]
