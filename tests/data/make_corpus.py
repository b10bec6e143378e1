"""Write the small test tables under tests/data/good and tests/data/bad.

The files are committed; this script documents how each was made and rebuilds them:
    .venv/bin/python tests/data/make_corpus.py
Text files come out byte-identical on every run. The .xlsx, .sav and .dta writers stamp the
creation time into the file, so those bytes change when rebuilt (their content does not).
Files are written with pandas, openpyxl and pyreadstat directly, never with SynthStudio's own
writer, so tests that load them do not check SynthStudio against itself.
"""
from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pandas as pd
import pyreadstat

HERE = Path(__file__).resolve().parent
GOOD = HERE / "good"
BAD = HERE / "bad"

# Accented names that break naive readers; every one exists in cp1252 and Latin-1.
NAMES = ["Zoë", "José", "Ærø Jensen", "François", "Björk", "Søren", "Iñaki", "Noël", "Ana", "Łukasz", "Chloé", "Jürgen"]
CITIES = ["São Paulo", "Málaga", "Ærø", "Genève", "Reykjavík", "Tromsø", "Bilbao", "Besançon", "Köln", "Zürich", "Nîmes",
          "Düsseldorf"]
AGES = [34, 51, 27, 45, 38, 62, 29, 41, 55, 23, 36, 48]
HEIGHTS = [1.62, 1.75, 1.8, 1.68, 1.71, 1.85, 1.77, 1.69, 1.6, 1.83, 1.66, 1.74]


def people() -> pd.DataFrame:
    """Twelve people: enough rows to pass the loader's minimum of ten."""
    names = [name.replace("Łukasz", "Lukas") for name in NAMES]  # "Ł" is not in cp1252 / Latin-1
    return pd.DataFrame({"id": range(1, 13), "name": names, "city": CITIES, "age": AGES, "height": HEIGHTS})


def write_text(path: Path, text: str, encoding: str) -> None:
    path.write_bytes(text.encode(encoding))


def delimited(frame: pd.DataFrame, separator: str, decimal: str = ".") -> str:
    return frame.to_csv(sep=separator, index=False, lineterminator="\n", decimal=decimal)


def tiny_png() -> bytes:
    """A valid 1x1 white PNG, built by hand so no imaging library is needed."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
            + chunk(b"IEND", b""))


def make_good() -> None:
    GOOD.mkdir(exist_ok=True)
    frame = people()
    text = delimited(frame, ",")
    write_text(GOOD / "accents_cp1252.csv", text.replace("Genève", "Genève €"), "cp1252")  # "€" exists only in cp1252
    write_text(GOOD / "accents_latin1.csv", text, "latin-1")
    write_text(GOOD / "accents_utf8_bom.csv", text, "utf-8-sig")
    write_text(GOOD / "semicolon_decimal_comma.csv", delimited(frame, ";", decimal=","), "utf-8")
    write_text(GOOD / "tab_separated.tsv", delimited(frame, "\t"), "utf-8")
    write_text(GOOD / "pipe_separated.txt", delimited(frame, "|"), "utf-8")
    # 40 measurements, two of them typed as words: the loader reads numbers and warns about the two
    readings = [f"{10 + index * 0.5}" for index in range(40)]
    readings[7], readings[23] = "n.a.", "pending"
    write_text(GOOD / "mostly_numbers.csv", "sample,reading\n" + "".join(
        f"S{index:02d},{value}\n" for index, value in enumerate(readings)), "utf-8")
    make_workbook(GOOD / "two_sheets.xlsx", frame)
    frame.to_parquet(GOOD / "people.parquet", index=False)
    pyreadstat.write_dta(frame, str(GOOD / "people.dta"), column_labels={"height": "Height in metres"})
    make_labelled_sav(GOOD / "labelled.sav")


def make_workbook(path: Path, frame: pd.DataFrame) -> None:
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "Summary"
    summary.append(["region", "count"])
    for index in range(12):
        summary.append([f"Region {index + 1}", 100 + index])
    people_sheet = book.create_sheet("People")
    people_sheet.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        people_sheet.append(list(row))
    book.save(path)


def make_labelled_sav(path: Path) -> None:
    """A survey extract: sex and region carry value labels, age labels only its "refused" code."""
    frame = pd.DataFrame({
        "respondent": list(range(1, 13)),
        "sex": [1, 2, 2, 1, 2, 1, 1, 2, 2, 1, 2, 1],
        "region": [1, 3, 2, 2, 1, 3, 3, 1, 2, 2, 3, 1],
        "age": [34, 51, 27, 99, 38, 62, 29, 41, 55, 23, 99, 48],
        "income": [2100.5, 3400.0, 1800.25, 2950.0, None, 4100.0, 2600.0, 3100.75, 2200.0, 1900.0, 3600.0, 2800.0],
    })
    pyreadstat.write_sav(
        frame, str(path),
        column_labels={"sex": "Sex of respondent", "region": "Region of residence", "income": "Monthly income (EUR)"},
        variable_value_labels={
            "sex": {1: "Male", 2: "Female"},
            "region": {1: "North", 2: "Centre", 3: "South"},
            "age": {99: "Refused"},
        },
    )


def make_bad() -> None:
    BAD.mkdir(exist_ok=True)
    rows = "".join(f"{index},{index * 3},x{index}\n" for index in range(1, 13))
    (BAD / "empty.csv").write_bytes(b"")
    (BAD / "whitespace_only.csv").write_bytes(b"\n  \n\t\n")
    (BAD / "header_only.csv").write_bytes(b"id,score,label\n")
    (BAD / "one_row.csv").write_bytes(b"id,score,label\n1,3,x1\n")
    (BAD / "image_named.csv").write_bytes(tiny_png())
    with zipfile.ZipFile(BAD / "archive_named.xlsx", "w") as archive:
        archive.writestr(zipfile.ZipInfo("readme.txt", date_time=(2024, 1, 1, 0, 0, 0)), "not a workbook\n")
    (BAD / "text_named.parquet").write_bytes(b"id,score,label\n" + rows.encode())
    lines = rows.splitlines(keepends=True)
    lines[4] = "5,15,x5,surplus\n"  # file line 6 (after the header): one value too many
    (BAD / "ragged.csv").write_bytes(("id,score,label\n" + "".join(lines)).encode())
    (BAD / "unclosed_quote.csv").write_bytes(b'id,score,label\n1,3,"x1\n' + rows.encode())
    (BAD / "duplicate_names.csv").write_bytes(
        b"id,score,score,label\n" + "".join(f"{i},{i * 3},{i * 4},x{i}\n" for i in range(1, 13)).encode())
    (BAD / "blank_names.csv").write_bytes(b"id,,label,\n" + "".join(f"{i},{i * 3},x{i},\n" for i in range(1, 13)).encode())
    (BAD / "all_empty_column.csv").write_bytes(
        b"id,score,notes,label\n" + "".join(f"{i},{i * 3},,x{i}\n" for i in range(1, 13)).encode())
    (BAD / "report.docx").write_bytes(b"PK\x03\x04 a word document")
    (BAD / "table.json").write_bytes(b'[{"id": 1, "score": 3}]\n')
    (BAD / "old_workbook.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (BAD / "old_workbook_renamed.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    (BAD / "binary_named.csv").write_bytes(bytes(range(256)) * 2)
    (BAD / "text_named.dta").write_bytes(b"id,score,label\n" + rows.encode())
    whole = (GOOD / "people.parquet").read_bytes()
    (BAD / "truncated.parquet").write_bytes(whole[: len(whole) // 2])  # a download cut short


if __name__ == "__main__":
    make_good()
    make_bad()
    print(f"wrote {len(list(GOOD.iterdir()))} good and {len(list(BAD.iterdir()))} bad files")
