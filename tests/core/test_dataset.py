"""Loading real tables in every supported format, and writing them back safely."""
from __future__ import annotations

import hashlib
import importlib.util
import json
import threading
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd
import pytest

from synthstudio.core import dataset as dataset_module
from synthstudio.core import fileio
from synthstudio.core.dataset import (
    MIN_ROWS, Dataset, LoadOptions, excel_sheets, load_dataset, neutralise_formula, sniff_csv, write_table,
)
from synthstudio.core.errors import BadInputError, Cancelled
from synthstudio.paths import resources_dir, sample_dataset

GOOD = Path(__file__).resolve().parents[1] / "data" / "good"
NAMES = ["Zoë", "José", "Ærø Jensen", "François", "Björk", "Søren", "Iñaki", "Noël", "Ana", "Lukas", "Chloé", "Jürgen"]
CITIES = ["São Paulo", "Málaga", "Ærø", "Genève", "Reykjavík", "Tromsø", "Bilbao", "Besançon", "Köln", "Zürich", "Nîmes",
          "Düsseldorf"]
HEIGHTS = [1.62, 1.75, 1.8, 1.68, 1.71, 1.85, 1.77, 1.69, 1.6, 1.83, 1.66, 1.74]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def adult(shared_data) -> Dataset:
    return load_dataset(shared_data / "adult.csv")


# --- the shared real datasets -------------------------------------------------------------------


def test_adult_loads_stripped_with_question_marks_missing(adult, shared_data):
    frame = adult.frame
    assert frame.shape == (32_561, 15)
    assert frame.loc[0, "workclass"] == "State-gov"  # not " State-gov": ", " separators are handled
    assert set(frame["income"]) == {"<=50K", ">50K"}
    assert frame["workclass"].isna().sum() == 1_836
    assert frame["occupation"].isna().sum() == 1_843
    assert frame["native-country"].isna().sum() == 583
    assert "?" not in set(frame["workclass"].dropna())
    assert frame["age"].dtype == np.int64 and frame["age"].between(17, 90).all()
    assert adult.warnings == []
    assert (adult.options.encoding, adult.options.delimiter, adult.options.skip_initial_space) == ("utf-8", ",", True)


def test_dataset_knows_its_source(adult, shared_data):
    path = shared_data / "adult.csv"
    assert adult.source == path
    assert adult.sha256 == sha256(path)
    assert adult.size_bytes == path.stat().st_size == 3_974_460
    assert adult.file_format == "csv" and adult.name == "adult"
    record = adult.source_record()
    assert record["rows"] == 32_561 and record["sha256"] == adult.sha256
    assert json.loads(json.dumps(record))["options"]["delimiter"] == ","


def test_compas_duplicate_names_renamed_and_empty_column_kept(shared_data):
    compas = load_dataset(shared_data / "compas.csv")
    frame = compas.frame
    assert frame.shape == (7_214, 50)
    assert {"decile_score", "decile_score_2", "priors_count", "priors_count_2"} <= set(frame.columns)
    assert frame["decile_score"].equals(frame["decile_score_2"])
    assert frame["violent_recid"].isna().all()
    assert len(compas.warnings) == 3, compas.warnings
    duplicate, _, empty = compas.warnings
    assert "'decile_score'" in duplicate and "'decile_score_2'" in duplicate and "identical" in duplicate
    assert empty == "Column 'violent_recid' is empty in every row; it will be ignored."


def test_german_credit(shared_data):
    german = load_dataset(shared_data / "german_credit.csv")
    assert german.frame.shape == (1_000, 21)
    assert german.frame["class"].value_counts().to_dict() == {1: 700, 2: 300}
    assert german.frame["checking_status"].iloc[0] == "A11"
    assert german.warnings == []


def test_progress_reports_start_and_done_in_order(shared_data):
    calls: list[tuple[float, str]] = []
    load_dataset(shared_data / "german_credit.csv", progress=lambda fraction, message: calls.append((fraction, message)))
    fractions = [fraction for fraction, _ in calls]
    assert fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == sorted(fractions)
    assert calls[-1][1] == "Loaded 1,000 rows and 21 columns"


def test_large_files_are_read_in_chunks_with_the_same_result(adult, shared_data, monkeypatch):
    monkeypatch.setattr(dataset_module, "CHUNKED_READ_BYTES", 0)
    monkeypatch.setattr(dataset_module, "CHUNK_BYTES", 200_000)
    messages: list[str] = []
    chunked = load_dataset(shared_data / "adult.csv", progress=lambda fraction, message: messages.append(message))
    pd.testing.assert_frame_equal(chunked.frame, adult.frame)
    assert sum(message.startswith("Reading rows (") for message in messages) > 5


def test_cancel_between_chunks(shared_data, monkeypatch):
    monkeypatch.setattr(dataset_module, "CHUNKED_READ_BYTES", 0)
    monkeypatch.setattr(dataset_module, "CHUNK_BYTES", 200_000)
    cancel = threading.Event()

    def progress(fraction, message):
        if message.startswith("Reading rows ("):
            cancel.set()  # the user presses Cancel after the first chunk

    with pytest.raises(Cancelled):
        load_dataset(shared_data / "adult.csv", progress=progress, cancel=cancel)


# --- encodings, delimiters, decimals ----------------------------------------------------------


@pytest.mark.parametrize("file_name, encodings", [
    ("accents_cp1252.csv", {"cp1252"}),
    ("accents_latin1.csv", {"cp1252", "latin-1"}),  # identical for these letters; never an exotic code page
    ("accents_utf8_bom.csv", {"utf-8-sig"}),
])
def test_encodings_are_detected(file_name, encodings):
    loaded = load_dataset(GOOD / file_name)
    assert loaded.options.encoding in encodings
    assert loaded.frame["name"].tolist() == NAMES
    assert loaded.frame["city"].tolist()[:3] == ["São Paulo", "Málaga", "Ærø"]
    assert list(loaded.frame.columns) == ["id", "name", "city", "age", "height"]  # no BOM glued to "id"


@pytest.mark.parametrize("encoding, people", [
    ("cp1250", [("Łukasz", "Łódź"), ("Zażółć", "Gdańsk"), ("Paweł", "Wrocław")]),
    ("cp1251", [("Иван", "Москва"), ("Ольга", "Санкт-Петербург"), ("Пётр", "Казань")]),
])
def test_other_scripts_keep_their_code_page(tmp_path, encoding, people):
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(("name,city\n" + "".join(f"{name},{city}\n" for name, city in people * 4)).encode(encoding))
    loaded = load_dataset(path)
    assert loaded.options.encoding == encoding
    assert list(loaded.frame.itertuples(index=False, name=None))[:3] == people


def test_euro_sign_proves_cp1252_not_latin1():
    assert "Genève €" in load_dataset(GOOD / "accents_cp1252.csv").frame["city"].tolist()


def test_whole_file_is_checked_for_utf8_not_only_its_start(tmp_path):
    path = tmp_path / "late_accent.csv"
    rows = [b"id,city\n"] + [b"%d,Lisbon\n" % index for index in range(1, 110_001)]
    path.write_bytes(b"".join(rows) + "110001,Malmö\n".encode("cp1252"))  # first non-ASCII byte 1.1 MB in
    loaded = load_dataset(path)
    assert loaded.options.encoding == "cp1252"
    assert loaded.frame["city"].iloc[-1] == "Malmö"


@pytest.mark.parametrize("file_name, delimiter, decimal", [
    ("semicolon_decimal_comma.csv", ";", ","),
    ("tab_separated.tsv", "\t", "."),
    ("pipe_separated.txt", "|", "."),
])
def test_delimiters_and_decimal_commas(file_name, delimiter, decimal):
    loaded = load_dataset(GOOD / file_name)
    assert (loaded.options.delimiter, loaded.options.decimal) == (delimiter, decimal)
    assert loaded.frame["height"].dtype == np.float64
    assert loaded.frame["height"].tolist() == HEIGHTS
    assert loaded.frame["city"].tolist() == CITIES


def test_sniff_csv_keeps_what_the_user_chose():
    detected = sniff_csv(GOOD / "semicolon_decimal_comma.csv")
    assert (detected.encoding, detected.delimiter, detected.decimal) == ("utf-8", ";", ",")
    assert detected.describe() == "encoding utf-8, delimiter semicolon, decimal comma"
    chosen = sniff_csv(GOOD / "accents_latin1.csv", LoadOptions(encoding="latin-1"))
    assert chosen.encoding == "iso8859-1"


def test_user_options_override_detection():
    as_text = load_dataset(GOOD / "semicolon_decimal_comma.csv", LoadOptions(decimal="."))
    assert as_text.frame["height"].tolist()[0] == "1,62"


def test_load_options_json_round_trip():
    options = LoadOptions(encoding="cp1252", delimiter=";", decimal=",", skip_initial_space=True, sheet="People",
                          missing_markers=("", "-"))
    data = json.loads(json.dumps(options.to_dict()))
    assert LoadOptions.from_dict({**data, "added_in_a_later_version": 1}) == options


def test_mostly_numeric_column_becomes_numbers_with_a_warning():
    loaded = load_dataset(GOOD / "mostly_numbers.csv")
    reading = loaded.frame["reading"]
    assert reading.dtype == np.float64 and reading.isna().sum() == 2
    assert loaded.warnings == [
        "Column 'reading' had 2 values that could not be read as numbers (for example 'n.a.', 'pending'); "
        "they were treated as missing."
    ]


# --- Excel, Parquet, Stata, SPSS ----------------------------------------------------------------


def test_excel_first_sheet_by_default_and_choice_of_sheet():
    path = GOOD / "two_sheets.xlsx"
    assert excel_sheets(path) == ["Summary", "People"]
    first = load_dataset(path)
    assert first.file_format == "excel" and first.options.sheet == "Summary"
    assert first.frame.shape == (12, 2)
    assert "2 sheets" in first.warnings[0] and "'Summary'" in first.warnings[0]
    people = load_dataset(path, LoadOptions(sheet="People"))
    assert people.warnings == []
    assert people.frame["name"].tolist() == NAMES and people.frame["age"].dtype == np.int64
    assert people.frame["height"].tolist() == HEIGHTS


def test_excel_header_cells_become_clean_names(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["region", None, 2020, "region", "?"])
    for index in range(12):
        sheet.append([f"R{index}", index, 1.5 * index, f"S{index}", "?"])
    book.create_sheet("Empty")
    book.create_sheet("Names only").append(["id", "NA"])
    book.save(tmp_path / "book.xlsx")
    loaded = load_dataset(tmp_path / "book.xlsx")
    assert list(loaded.frame.columns) == ["region", "column_2", "2020", "region_2", "?"]
    assert loaded.frame["column_2"].dtype == np.int64 and loaded.frame["2020"].dtype == np.float64
    assert loaded.frame["?"].isna().all()  # "?" marks a missing cell in Excel too
    assert len(loaded.warnings) == 4
    with pytest.raises(BadInputError) as empty:
        load_dataset(tmp_path / "book.xlsx", LoadOptions(sheet="Empty"))
    assert empty.value.code == "empty_file" and "'Empty'" in empty.value.message
    with pytest.raises(BadInputError) as names_only:
        load_dataset(tmp_path / "book.xlsx", LoadOptions(sheet="Names only"))
    assert names_only.value.code == "header_only"


def test_parquet():
    loaded = load_dataset(GOOD / "people.parquet")
    assert loaded.file_format == "parquet"
    assert loaded.frame["city"].tolist() == CITIES and loaded.frame["id"].dtype == np.int64


def test_stata_keeps_variable_labels_and_integers():
    loaded = load_dataset(GOOD / "people.dta")
    assert loaded.file_format == "stata"
    assert loaded.frame["name"].tolist() == NAMES
    assert loaded.frame["age"].dtype == np.int64  # Stata stored it as a double
    assert loaded.column_labels == {"height": "Height in metres"}


def test_spss_shows_labels_and_keeps_codes():
    loaded = load_dataset(GOOD / "labelled.sav")
    frame = loaded.frame
    assert loaded.file_format == "spss"
    assert frame["sex"].tolist()[:3] == ["Male", "Female", "Female"]
    assert list(frame["sex"].cat.categories) == ["Male", "Female"]  # in code order
    assert list(frame["region"].cat.categories) == ["North", "Centre", "South"]
    assert loaded.value_labels == {"sex": {1: "Male", 2: "Female"}, "region": {1: "North", 2: "Centre", 3: "South"},
                                   "age": {99: "Refused"}}
    # only 99 is labelled: showing "Refused" among numbers would spoil the age column
    assert frame["age"].dtype == np.int64 and (frame["age"] == 99).sum() == 2
    assert loaded.warnings == ["Column 'age' has value labels for only some of its values; its codes are kept as they are."]
    assert loaded.column_labels["income"] == "Monthly income (EUR)"
    assert frame["income"].isna().sum() == 1


def test_spss_codes_on_request():
    codes = load_dataset(GOOD / "labelled.sav", LoadOptions(apply_value_labels=False))
    assert codes.frame["sex"].tolist()[:3] == [1, 2, 2]
    assert codes.value_labels["sex"] == {1: "Male", 2: "Female"}


def test_loading_never_changes_the_files():
    before = {path.name: sha256(path) for path in GOOD.iterdir()}
    for path in GOOD.iterdir():
        if path.suffix != ".py":
            load_dataset(path)
    assert {path.name: sha256(path) for path in GOOD.iterdir()} == before


# --- writing ----------------------------------------------------------------------------------


def plain_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "id": range(1, 13),
        "name": NAMES,
        "height": HEIGHTS,
        "score": [np.nan if index % 5 == 0 else index * 1.25 for index in range(12)],
        "note": [None if index % 4 == 0 else f"note {index}" for index in range(12)],
    })


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".xlsx", ".parquet", ".dta", ".sav"])
def test_write_then_load_gives_the_same_table(tmp_path, suffix):
    frame = plain_frame()
    path = write_table(frame, tmp_path / f"people{suffix}")
    assert path == tmp_path / f"people{suffix}"
    loaded = load_dataset(path)
    pd.testing.assert_frame_equal(loaded.frame, frame)
    assert loaded.warnings == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]  # no temporary file left behind


@pytest.mark.parametrize("suffix", [".xlsx", ".parquet", ".dta", ".sav"])
def test_typed_formats_keep_dates(tmp_path, suffix):
    frame = plain_frame().assign(visit=pd.date_range("2024-01-01", periods=12, freq="D"))
    loaded = load_dataset(write_table(frame, tmp_path / f"visits{suffix}"))
    pd.testing.assert_frame_equal(loaded.frame, frame, check_dtype=False)
    assert loaded.frame["visit"].dtype.kind == "M"


def test_csv_is_plain_utf8_with_rfc4180_line_ends(tmp_path):
    frame = plain_frame().assign(note=[f"line\rbreak {index}" for index in range(12)])
    path = write_table(frame, tmp_path / "people.csv")
    data = path.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 13 and data.decode("utf-8").split("\r\n")[1] == '1,Zoë,1.62,,"line\rbreak 0"'
    assert load_dataset(path).frame["note"].tolist() == frame["note"].tolist()  # the bare "\r" was quoted


def test_value_labels_survive_spss_and_stata(tmp_path):
    source = load_dataset(GOOD / "labelled.sav")
    for suffix in (".sav", ".dta"):
        path = write_table(source.frame, tmp_path / f"survey{suffix}", value_labels=source.value_labels,
                           column_labels=source.column_labels)
        again = load_dataset(path)
        pd.testing.assert_frame_equal(again.frame, source.frame)
        assert again.value_labels == source.value_labels
        assert again.column_labels == source.column_labels


def test_stata_names_are_made_valid_and_the_original_kept_as_label(tmp_path):
    frame = load_dataset(sample_dataset()).frame.head(20)
    again = load_dataset(write_table(frame, tmp_path / "adult.dta"))
    assert "education_num" in again.frame.columns and "education-num" not in again.frame.columns
    assert again.column_labels["education_num"] == "education-num"
    assert again.frame["education_num"].tolist() == frame["education-num"].tolist()


def test_formula_cells_are_neutralised_but_numbers_are_not(tmp_path):
    frame = pd.DataFrame({
        "text": ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tx", "\rx", "-5", "plain", None, "a=b"],
        "number": [-5, 3, -1, 0, 7, 8, 9, -10, 11, 12],
    })
    safe = ["'=HYPERLINK(\"http://x\")", "'+1+2", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "-5", "plain", None, "a=b"]
    assert [neutralise_formula(value) for value in frame["text"]] == safe
    assert neutralise_formula(-5) == -5 and neutralise_formula(np.nan) is np.nan
    for suffix in (".csv", ".tsv"):
        loaded = load_dataset(write_table(frame, tmp_path / f"cells{suffix}"))
        assert loaded.frame["text"].tolist()[:8] == safe[:8]
        assert loaded.frame["number"].tolist() == frame["number"].tolist()
    sheet = openpyxl.load_workbook(write_table(frame, tmp_path / "cells.xlsx")).active
    cells = [sheet.cell(row=row, column=1) for row in range(2, 12)]
    assert [cell.data_type for cell in cells[:8]] == ["s"] * 8  # text, never a formula ("f")
    assert cells[0].value == "'=HYPERLINK(\"http://x\")"
    assert sheet.cell(row=2, column=2).value == -5 and sheet.cell(row=2, column=2).data_type == "n"
    assert frame["text"].iloc[0].startswith("=")  # the caller's frame is left as it was
    renamed = frame.rename(columns={"number": "=cmd|' /C calc'!A0"})
    header = write_table(renamed, tmp_path / "header.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "text,'=cmd|' /C calc'!A0"


def test_existing_file_is_never_overwritten_silently(tmp_path):
    path = tmp_path / "release.csv"
    path.write_text("keep me\n")
    with pytest.raises(BadInputError) as refused:
        write_table(plain_frame(), path)
    assert refused.value.code == "file_exists" and "release.csv" in refused.value.message
    assert path.read_text() == "keep me\n"
    write_table(plain_frame(), path, overwrite=True)
    assert load_dataset(path).frame.shape == (12, 5)
    assert [p.name for p in tmp_path.iterdir()] == ["release.csv"]


def test_failed_write_leaves_nothing(tmp_path, monkeypatch):
    def broken(frame, path, **kwargs):
        Path(path).write_bytes(b"PAR1 half written")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", broken)
    with pytest.raises(BadInputError) as failed:
        write_table(plain_frame(), tmp_path / "out.parquet")
    assert failed.value.code == "write_failed" and "No space left" in failed.value.details
    assert list(tmp_path.iterdir()) == []


def test_cancelled_write_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(fileio, "_CSV_CHUNK_ROWS", 3)

    class CancelDuringWrite:
        calls = 0

        def is_set(self):
            self.calls += 1
            return self.calls > 2  # the check before writing and the first chunk pass

    with pytest.raises(Cancelled):
        write_table(plain_frame(), tmp_path / "out.csv", cancel=CancelDuringWrite())
    assert list(tmp_path.iterdir()) == []


def test_write_refusals(tmp_path):
    with pytest.raises(BadInputError) as unknown:
        write_table(plain_frame(), tmp_path / "out.json")
    assert unknown.value.code == "unsupported_format"
    with pytest.raises(BadInputError) as no_folder:
        write_table(plain_frame(), tmp_path / "missing" / "out.csv")
    assert no_folder.value.code == "folder_not_found"
    assert write_table(plain_frame(), tmp_path / "out.data", "csv").read_text().startswith("id,name")


# --- the bundled sample -------------------------------------------------------------------------


def test_bundled_sample_loads_clean(adult):
    sample = load_dataset(sample_dataset())
    assert sample.frame.shape == (3_000, 15)
    assert sample.warnings == []
    assert sample.options.skip_initial_space is False and sample.frame["workclass"].isna().sum() > 0
    assert len(sample.frame) >= MIN_ROWS
    # every sampled row is a row of the full table
    merged = sample.frame.merge(adult.frame.drop_duplicates(), how="left", indicator=True)
    assert (merged["_merge"] == "both").all()


def test_bundled_sample_is_reproducible(shared_data, tmp_path):
    script = resources_dir() / "sample_data" / "make_sample.py"
    spec = importlib.util.spec_from_file_location("make_sample", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = module.make_sample(shared_data / "adult.csv", tmp_path / "adult_sample.csv")
    assert rebuilt.read_bytes() == sample_dataset().read_bytes()
