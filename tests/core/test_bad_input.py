"""The bad-input corpus (tests/data/bad): every file is refused or repaired with plain words, never changed.

Decisions these tests pin down:
- Duplicate column names are renamed ("score" -> "score_2") with a warning, not refused: refusing
  would block common exports such as ProPublica's COMPAS file.
- Blank column names become "column_N" (N = position from 1), with a warning.
- An all-empty column is kept, with a warning that it will be ignored.
- Fewer than MIN_ROWS data rows is refused; a header without rows has its own code.
"""
from __future__ import annotations

import builtins
import hashlib
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import psutil
import pytest

from synthstudio.core import dataset as dataset_module
from synthstudio.core.dataset import ERROR_CODES, MIN_ROWS, LoadOptions, excel_sheets, load_dataset
from synthstudio.core.errors import BadInputError

DATA = Path(__file__).resolve().parents[1] / "data"
BAD = DATA / "bad"
GOOD = DATA / "good"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refuse(path: Path, code: str, options: LoadOptions | None = None) -> BadInputError:
    """Load ``path``, expect the error ``code``, and check the file did not change."""
    before = sha256(path) if path.is_file() else None
    with pytest.raises(BadInputError) as caught:
        load_dataset(path, options)
    error = caught.value
    assert error.code == code, error.user_text()
    assert error.message and error.remedy and error.exit_code == 2
    assert "Traceback" not in error.user_text()
    if before is not None:
        assert sha256(path) == before
    return error


def test_error_codes_are_distinct():
    assert len(set(ERROR_CODES)) == len(ERROR_CODES)
    assert MIN_ROWS == 10


@pytest.mark.parametrize("file_name, code, words", [
    ("empty.csv", "empty_file", "'empty.csv' is empty"),
    ("whitespace_only.csv", "empty_file", "is empty"),
    ("header_only.csv", "header_only", "column names but no rows"),
    ("one_row.csv", "too_few_rows", f"only 1 row; at least {MIN_ROWS} are needed"),
    ("image_named.csv", "wrong_format", "holds a PNG image"),
    ("binary_named.csv", "wrong_format", "binary data"),
    ("archive_named.xlsx", "wrong_format", "ZIP archive that is not an Excel workbook"),
    ("old_workbook_renamed.xlsx", "wrong_format", "old Office file"),
    ("text_named.parquet", "wrong_format", "holds plain text"),
    ("text_named.dta", "wrong_format", "not a readable Stata file"),
    ("truncated.parquet", "wrong_format", "not a readable Parquet file"),
    ("unclosed_quote.csv", "malformed_csv", "quotation mark"),
    ("report.docx", "unsupported_format", "'.docx'"),
    ("table.json", "unsupported_format", "'.json'"),
    ("old_workbook.xls", "unsupported_format", "'.xls'"),
])
def test_corpus_file_is_refused(file_name, code, words):
    error = refuse(BAD / file_name, code)
    assert words in error.message


def test_old_excel_remedy_says_how_to_convert():
    assert ".xlsx" in refuse(BAD / "old_workbook.xls", "unsupported_format").remedy


def test_ragged_row_names_its_line():
    error = refuse(BAD / "ragged.csv", "ragged_rows")
    assert error.message == "Line 6 of 'ragged.csv' has 4 values, but the header names only 3 columns."
    assert "comma" in error.remedy


@pytest.mark.parametrize("extra", [",surplus", ",surplus,more"])
def test_ragged_row_found_at_a_chunk_boundary(tmp_path, monkeypatch, extra):
    # pandas silently cuts a too-long row when it starts a chunk; one row per chunk hits that case
    monkeypatch.setattr(dataset_module, "CHUNKED_READ_BYTES", 0)
    monkeypatch.setattr(dataset_module, "MIN_CHUNK_ROWS", 1)
    monkeypatch.setattr(dataset_module, "CHUNK_BYTES", 1)
    path = tmp_path / "ragged.csv"
    path.write_text("id,score,label\n" + "".join(
        f"{index},{index * 3},x{index}{extra if index == 7 else ''}\n" for index in range(1, 13)))
    assert "Line 8 " in refuse(path, "ragged_rows").message


def test_duplicate_names_are_renamed_with_a_warning():
    path = BAD / "duplicate_names.csv"
    before = sha256(path)
    loaded = load_dataset(path)
    assert list(loaded.frame.columns) == ["id", "score", "score_2", "label"]
    assert loaded.frame["score_2"].tolist()[:2] == [4, 8]
    assert loaded.warnings == ["The column name 'score' appears more than once; the later copy was renamed "
                               "'score_2'. The copies hold different values."]
    assert sha256(path) == before


def test_blank_names_are_filled_with_a_warning():
    path = BAD / "blank_names.csv"
    before = sha256(path)
    loaded = load_dataset(path)
    assert list(loaded.frame.columns) == ["id", "column_2", "label", "column_4"]
    assert loaded.warnings == [
        "2 columns had no name in the header and were named 'column_2', 'column_4'.",
        "Column 'column_4' is empty in every row; it will be ignored.",  # the trailing comma's column
    ]
    assert sha256(path) == before


def test_all_empty_column_is_kept_with_a_warning():
    path = BAD / "all_empty_column.csv"
    before = sha256(path)
    loaded = load_dataset(path)
    assert loaded.frame["notes"].isna().all() and loaded.frame.shape == (12, 4)
    assert loaded.warnings == ["Column 'notes' is empty in every row; it will be ignored."]
    assert sha256(path) == before


def test_missing_file_and_folder(tmp_path):
    assert "does not exist" in refuse(tmp_path / "nowhere.csv", "file_not_found").message
    refuse(tmp_path, "not_a_file")


def test_no_permission(tmp_path, monkeypatch):
    path = tmp_path / "locked.csv"
    shutil.copyfile(BAD / "duplicate_names.csv", path)
    before = sha256(path)
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):
        if isinstance(file, (str, os.PathLike)) and Path(file) == path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)

    path.chmod(0o000)
    try:
        with monkeypatch.context() as patch:
            if os.access(path, os.R_OK):
                # Running as root (as in CI containers): root reads any file despite chmod 000, so
                # the operating system's refusal is simulated where the loader opens the file.
                patch.setattr(builtins, "open", guarded_open)
            with pytest.raises(BadInputError) as caught:
                load_dataset(path)
    finally:
        path.chmod(0o644)
    assert caught.value.code == "permission_denied"
    assert "not allowed to read 'locked.csv'" in caught.value.message and "read access" in caught.value.remedy
    assert sha256(path) == before


def test_too_large_is_refused_before_reading(shared_data, monkeypatch):
    monkeypatch.setattr(psutil, "virtual_memory", lambda: SimpleNamespace(available=2_000_000))

    def must_not_read(*args, **kwargs):
        raise AssertionError("the file was read before the memory check")

    monkeypatch.setattr(dataset_module, "file_sha256", must_not_read)
    error = refuse(shared_data / "adult.csv", "too_large")
    assert error.message == ("'adult.csv' is 4 MB; loading it needs about 8 MB of memory, but only 2 MB is free.")


def test_forced_wrong_encoding_is_explained():
    error = refuse(GOOD / "accents_cp1252.csv", "encoding_error", LoadOptions(encoding="utf-8"))
    assert "not valid utf-8" in error.message and "encoding" in error.remedy
    refuse(GOOD / "accents_cp1252.csv", "unknown_encoding", LoadOptions(encoding="klingon-8"))


def test_missing_sheet_lists_the_real_ones():
    error = refuse(GOOD / "two_sheets.xlsx", "sheet_not_found", LoadOptions(sheet="Data"))
    assert error.remedy == "Choose one of its sheets: 'Summary', 'People'."


def test_excel_sheets_refuses_non_workbooks():
    with pytest.raises(BadInputError) as caught:
        excel_sheets(BAD / "archive_named.xlsx")
    assert caught.value.code == "wrong_format"


def test_corpus_is_unchanged_after_every_attempt():
    before = {path.name: sha256(path) for path in BAD.iterdir()}
    for path in BAD.iterdir():
        try:
            load_dataset(path)
        except BadInputError:
            pass
    assert {path.name: sha256(path) for path in BAD.iterdir()} == before
