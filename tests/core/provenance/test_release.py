"""release_data: marked files in three formats, their metadata, sidecars, datasheet hook, signed manifest."""
from __future__ import annotations

import hashlib
import json
import shutil
import threading

import pandas as pd
import pytest
from openpyxl import load_workbook
from provenance_helpers import run_record, simple_schema

from synthstudio.core.errors import BadInputError, Cancelled
from synthstudio.core.provenance.exporters import read_exported_table
from synthstudio.core.provenance.file_metadata import ABOUT_SHEET, DATA_SHEET, read_file_metadata
from synthstudio.core.provenance.registry import Registry
from synthstudio.core.provenance.release import release_data
from synthstudio.core.provenance.release_info import ReleaseOptions
from synthstudio.core.provenance.signing import ensure_identity
from synthstudio.core.provenance.verify_data import verify_release
from synthstudio.core.provenance.watermark import Z_WATERMARKED, detect_watermark
from synthstudio.core.schema import Role

INJECTIONS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+2", "@SUM(A1)", "-2+3+cmd|' /C calc'!A0"]
OPTIONS = dict(formats=("csv", "excel", "parquet"), organisation="Office of Test Statistics",
               contact="data@example.org", licence="CC-BY-4.0", intended_uses=["teaching"],
               prohibited_uses=["re-identification"], title="Adult census, synthetic")


def _sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fake_datasheet(summary, path, *, progress, cancel):
    """Stands in for the report package's signed PDF: the release only needs a file at ``path``."""
    path.write_bytes(b"%PDF-1.7\n% datasheet of " + summary.dataset_id.encode()
                     + b" listing " + ",".join(f.name for f in summary.data_files).encode())


@pytest.fixture(scope="module")
def frame(adult) -> pd.DataFrame:
    sample = adult.sample(1500, random_state=21).reset_index(drop=True)
    sample.loc[:3, "occupation"] = INJECTIONS
    return sample


@pytest.fixture(scope="module")
def released(frame, tmp_path_factory):
    """One release, made once for the module: its registry and signing identity live in tmp folders."""
    base = tmp_path_factory.mktemp("release")
    schema = simple_schema(frame, {"age": Role.QUASI_IDENTIFIER, "income": Role.TARGET})
    record = run_record(frame, schema, lineage={"parents": ["SYN-0000-0000-0000-0001"], "generation_depth": 2})
    registry = Registry(base / "registry.sqlite3")
    identity = ensure_identity("Office of Test Statistics", folder=base / "signing")
    result = release_data(frame, record, base / "out", ReleaseOptions(**OPTIONS), registry=registry,
                          signing_identity=identity, datasheet=fake_datasheet)
    return result, registry


def test_release_holds_marked_files_sidecars_datasheet_and_signed_manifest(released):
    result, _ = released
    names = sorted(p.name for p in result.folder.iterdir())
    data = ["adult.SYNTHETIC.csv", "adult.SYNTHETIC.parquet", "adult.SYNTHETIC.xlsx"]
    assert names == sorted(data + [n + ".json" for n in data] + [
        "adult.SYNTHETIC.datasheet.pdf", "manifest.json", "manifest.json.p7s"])
    assert result.paths[-2:] == [result.folder / "manifest.json", result.folder / "manifest.json.p7s"]
    manifest = json.loads((result.folder / "manifest.json").read_text())
    assert manifest["dataset_id"] == result.dataset_id and manifest["synthetic"] is True
    listed = {entry["name"]: entry for entry in manifest["files"]}
    assert set(listed) == set(names) - {"manifest.json", "manifest.json.p7s"}
    for name, entry in listed.items():
        path = result.folder / name
        assert (entry["size"], entry["sha256"]) == (path.stat().st_size, _sha256(path))
    assert manifest["watermark"]["scheme"] == "SDW-1" and "fnlwgt" in manifest["watermark"]["columns"]
    assert 0.75 < manifest["watermark"]["green_rate"] < 0.95
    assert manifest["watermark"]["skipped_columns"]["age"].startswith("its role is quasi")
    assert all(listed[n]["watermark_z"] >= Z_WATERMARKED for n in data)
    assert not any(p.name.startswith(".synthstudio-release") for p in result.folder.parent.rglob("*"))


def test_every_format_reads_back_the_same_marked_values(released, frame):
    result, _ = released
    columns = result.summary.watermark["columns"]
    tables = {p.suffix: read_exported_table(p) for p in result.folder.glob("adult.SYNTHETIC.*")
              if p.suffix in (".csv", ".xlsx", ".parquet")}
    for suffix, table in tables.items():
        assert table.shape == frame.shape, suffix
        for name in ("fnlwgt", "age", "hours-per-week"):
            assert table[name].astype(float).tolist() == tables[".csv"][name].astype(float).tolist(), (suffix, name)
        detection = detect_watermark(table, columns=columns)
        assert detection.verdict == "watermarked"
        assert detection.public.id_match(result.dataset_id) >= Z_WATERMARKED
    changed = (tables[".csv"]["fnlwgt"] != frame["fnlwgt"]).mean()
    assert 0.2 < changed < 0.7 and (tables[".csv"]["age"] == frame["age"]).all()


def test_parquet_and_excel_carry_their_metadata(released):
    result, _ = released
    for suffix in ("parquet", "xlsx"):
        metadata = read_file_metadata(result.folder / f"adult.SYNTHETIC.{suffix}")
        assert metadata.dataset_id == result.dataset_id
        assert metadata.generator == "Gaussian copula" and metadata.source_sha256 == "a" * 64
        assert metadata.generation_depth == 2 and metadata.parents == ["SYN-0000-0000-0000-0001"]
        assert metadata.watermark["columns"]["fnlwgt"] == 0
    assert read_file_metadata(result.folder / "adult.SYNTHETIC.csv") is None      # no header unless asked
    book = load_workbook(result.folder / "adult.SYNTHETIC.xlsx", read_only=True)
    assert book.sheetnames == [ABOUT_SHEET, DATA_SHEET]
    about = [row for row in book[ABOUT_SHEET].iter_rows(values_only=True)]
    assert about[0][0] == "This file contains SYNTHETIC data."
    assert ("Dataset ID", result.dataset_id) in about
    assert "synthetic data" in book.properties.keywords and book.properties.identifier == result.dataset_id
    assert "SYNTHETIC" in book.properties.title
    book.close()


def _prefixes_declared(node, context) -> list[str]:
    """Every ``prefix:term`` key in the document must use a prefix the @context defines."""
    missing = []
    if isinstance(node, dict):
        for key, value in node.items():
            if ":" in key and not key.startswith("@") and key.split(":")[0] not in context:
                missing.append(key)
            missing += _prefixes_declared(value, context)
    elif isinstance(node, list):
        for item in node:
            missing += _prefixes_declared(item, context)
    return missing


def test_sidecar_is_json_ld_with_croissant_rai_prov_and_iptc_fields(released):
    result, _ = released
    path = result.folder / "adult.SYNTHETIC.csv"
    document = json.loads((result.folder / "adult.SYNTHETIC.csv.json").read_text(encoding="utf-8"))
    context = document["@context"]
    assert context["@vocab"] == "https://schema.org/" and context["rai"] == "http://mlcommons.org/croissant/RAI/"
    assert context["prov"] == "http://www.w3.org/ns/prov#"
    assert _prefixes_declared(document, context) == []
    assert document["@type"] == "sc:Dataset" and document["identifier"] == result.dataset_id
    assert "http://mlcommons.org/croissant/1.0" in document["conformsTo"]
    for field in ("rai:dataCollection", "rai:dataBiases", "rai:dataLimitations", "rai:personalSensitiveInformation"):
        assert isinstance(document[field], str) and len(document[field]) > 40, field
    assert document["rai:hasSyntheticData"] is True
    assert "age" in document["rai:personalSensitiveInformation"]            # the quasi-identifier is named
    assert document["digitalSourceType"].endswith("/trainedAlgorithmicMedia")
    assert document["prov:wasDerivedFrom"][0]["@id"] == "urn:sha256:" + "a" * 64
    assert {"@id": "urn:synthstudio:dataset:SYN-0000-0000-0000-0001", "@type": "prov:Entity",
            "identifier": "SYN-0000-0000-0000-0001"} in document["prov:wasDerivedFrom"]
    assert document["prov:wasGeneratedBy"]["@type"] == "prov:Activity"
    file_object = document["distribution"][0]
    assert file_object["sha256"] == _sha256(path) and file_object["encodingFormat"] == "text/csv"
    assert [f["name"] for f in document["recordSet"][0]["field"]][:3] == ["age", "workclass", "fnlwgt"]
    assert document["subjectOf"]["sha256"] == _sha256(result.folder / "adult.SYNTHETIC.datasheet.pdf")
    assert document["license"] == "CC-BY-4.0" and "teaching" in document["rai:dataUseCases"]


def test_formula_injection_is_neutralised_in_csv_and_excel_but_not_parquet(released):
    result, _ = released
    csv_cells = read_exported_table(result.folder / "adult.SYNTHETIC.csv", as_text=True)["occupation"][:4]
    assert csv_cells.tolist() == ["'" + cell for cell in INJECTIONS]
    sheet = load_workbook(result.folder / "adult.SYNTHETIC.xlsx")[DATA_SHEET]
    column = [c.value for c in sheet[1]].index("occupation") + 1
    cells = [sheet.cell(row=row, column=column) for row in range(2, 6)]
    assert [c.value for c in cells] == ["'" + cell for cell in INJECTIONS]
    assert all(c.data_type == "s" for c in cells)                  # text, never a formula
    parquet = pd.read_parquet(result.folder / "adult.SYNTHETIC.parquet")
    assert parquet["occupation"][:4].tolist() == INJECTIONS         # not a spreadsheet: kept exactly


def test_negative_numbers_are_not_mistaken_for_formulas(compas, tmp_path):
    frame = compas[["days_b_screening_arrest", "c_charge_desc"]].dropna().head(400)
    assert (frame["days_b_screening_arrest"] < 0).any()
    result = release_data(frame, run_record(frame, simple_schema(frame)), tmp_path / "out",
                          ReleaseOptions(name="compas"), registry=Registry(tmp_path / "r.sqlite3"))
    text = read_exported_table(result.folder / "compas.SYNTHETIC.csv", as_text=True)
    negatives = text["days_b_screening_arrest"][text["days_b_screening_arrest"].str.startswith("-")]
    assert len(negatives) > 0 and not negatives.str.startswith("'").any()


def test_release_never_overwrites_without_permission(released, frame, tmp_path):
    result, _ = released
    folder = tmp_path / "copy"
    shutil.copytree(result.folder, folder)
    before = {p.name: _sha256(p) for p in folder.iterdir()}
    record = run_record(frame, simple_schema(frame))
    with pytest.raises(BadInputError) as refused:
        release_data(frame, record, folder, ReleaseOptions(formats=("csv",)), registry=Registry(tmp_path / "r.sqlite3"))
    assert refused.value.code == "file_exists" and "manifest.json" in refused.value.message
    assert {p.name: _sha256(p) for p in folder.iterdir()} == before
    again = release_data(frame, record, folder, ReleaseOptions(formats=("csv",), overwrite=True),
                         registry=Registry(tmp_path / "r.sqlite3"))
    assert _sha256(again.manifest_path) != before["manifest.json"] and not again.signature_path
    assert not (folder / "manifest.json.p7s").exists()     # a stale signature would call the new manifest broken
    assert json.loads(again.manifest_path.read_text())["dataset_id"] == result.dataset_id   # same run, same ID


def test_a_failed_or_cancelled_release_leaves_nothing_behind(frame, tmp_path):
    record = run_record(frame, simple_schema(frame))

    def broken_datasheet(summary, path, *, progress, cancel):
        raise RuntimeError("the PDF could not be made")

    with pytest.raises(RuntimeError):
        release_data(frame, record, tmp_path / "a", ReleaseOptions(formats=("csv",)),
                     registry=Registry(tmp_path / "r.sqlite3"), datasheet=broken_datasheet)
    assert not (tmp_path / "a").exists()     # the folder it created is gone too
    (tmp_path / "kept").mkdir()              # a folder the person chose stays, empty
    with pytest.raises(RuntimeError):
        release_data(frame, record, tmp_path / "kept", ReleaseOptions(formats=("csv",)),
                     registry=Registry(tmp_path / "r.sqlite3"), datasheet=broken_datasheet)
    assert list((tmp_path / "kept").iterdir()) == []
    cancel = threading.Event()

    def cancel_midway(fraction, message):
        if fraction > 0.3:
            cancel.set()

    with pytest.raises(Cancelled):
        release_data(frame, record, tmp_path / "b", ReleaseOptions(formats=("csv", "parquet")),
                     registry=Registry(tmp_path / "r.sqlite3"), progress=cancel_midway, cancel=cancel)
    assert not (tmp_path / "b").exists()
    assert Registry(tmp_path / "r.sqlite3").entries() == []


DATASHEET_PHASES = ["Writing the datasheet", "Laying out the datasheet", "Signing the datasheet",
                    "Writing the descriptions and the manifest"]


@pytest.mark.parametrize("phase", DATASHEET_PHASES[:3])
def test_a_cancel_in_the_datasheet_step_stops_it_there_and_leaves_nothing(frame, tmp_path, phase):
    from synthstudio.core.report.writer import datasheet_writer

    identity = ensure_identity("Office of Test Statistics", folder=tmp_path / "signing")
    cancel, reported = threading.Event(), []

    def cancel_at_phase(fraction, message):
        reported.append(message)
        if message == phase:
            cancel.set()

    small = frame.head(300)
    with pytest.raises(Cancelled):
        release_data(small, run_record(small, simple_schema(small)), tmp_path / "out", ReleaseOptions(formats=("csv",)),
                     registry=Registry(tmp_path / "r.sqlite3"), signing_identity=identity,
                     datasheet=datasheet_writer(identity), progress=cancel_at_phase, cancel=cancel)
    later = DATASHEET_PHASES[DATASHEET_PHASES.index(phase) + 1:]
    assert phase in reported and not set(later) & set(reported)     # stopped at the next check, not later
    assert not (tmp_path / "out").exists()
    assert Registry(tmp_path / "r.sqlite3").entries() == []


def test_signed_manifest_verifies_and_a_changed_manifest_does_not(released, tmp_path):
    result, _ = released
    assert verify_release(result.folder).verdict.endswith("which is signed and intact.")
    folder = tmp_path / "copy"
    shutil.copytree(result.folder, folder)
    manifest = folder / "manifest.json"
    manifest.write_text(manifest.read_text().replace('"teaching"', '"any use"'))
    check = verify_release(folder)
    assert check.altered and check.signature == "broken" and "signature is broken" in check.verdict


def test_registry_records_the_release_with_its_parents_and_depth(released):
    result, registry = released
    entry = registry.get(result.dataset_id)
    assert entry.parents == ["SYN-0000-0000-0000-0001"] and entry.generation_depth == 2
    assert entry.source_sha256 == "a" * 64 and entry.generator == "Gaussian copula"


def test_csv_comment_header_on_request(frame, tmp_path):
    result = release_data(frame.head(200), run_record(frame, simple_schema(frame)), tmp_path,
                          ReleaseOptions(csv_comment_header=True), registry=Registry(tmp_path / "r.sqlite3"))
    path = result.folder / "adult.SYNTHETIC.csv"
    assert path.read_text().startswith("# SYNTHETIC DATA")
    assert read_file_metadata(path).dataset_id == result.dataset_id
    assert pd.read_csv(path, comment="#").shape == (200, frame.shape[1])


def test_several_tables_of_one_dataset_share_its_id(frame, tmp_path):
    tables = {"train": frame.head(700), "test": frame.tail(700)}
    result = release_data(tables, run_record(frame, simple_schema(frame)), tmp_path, ReleaseOptions(name="adult"),
                          registry=Registry(tmp_path / "r.sqlite3"))
    assert [f.name for f in result.summary.data_files] == ["adult-train.SYNTHETIC.csv", "adult-test.SYNTHETIC.csv"]
    for data_file in result.summary.data_files:
        table = read_exported_table(tmp_path / data_file.name)
        assert detect_watermark(table).public.id_match(result.dataset_id) >= Z_WATERMARKED


def test_duplicate_column_names_are_refused_before_anything_is_written(frame, tmp_path):
    twice = pd.concat([frame[["age", "fnlwgt"]], frame[["fnlwgt"]]], axis=1)
    with pytest.raises(BadInputError) as error:
        release_data(twice, run_record(twice, simple_schema(frame[["age", "fnlwgt"]])), tmp_path / "out",
                     registry=Registry(tmp_path / "r.sqlite3"))
    assert error.value.code == "duplicate_columns" and not (tmp_path / "out").exists()


def test_release_with_the_real_signed_datasheet(frame, tmp_path):
    from synthstudio.core.report.datasheet import build_datasheet
    from synthstudio.core.report.pdf import render_datasheet
    from synthstudio.core.report.sign_pdf import sign_pdf
    from synthstudio.core.report.verify_pdf import pdf_attachments, verify_pdf

    identity = ensure_identity("Office of Test Statistics", folder=tmp_path / "signing")

    def signed_datasheet(summary, path, *, progress, cancel):
        sheet = build_datasheet(summary.record, release=summary.datasheet_release())
        unsigned = render_datasheet(sheet, [], path.with_name("unsigned.pdf"))
        sign_pdf(unsigned, path, identity, attachments={"run_record.json": json.dumps(summary.record).encode()})

    small = frame.head(300)
    result = release_data(small, run_record(small, simple_schema(small)), tmp_path / "out",
                          ReleaseOptions(formats=("csv",), organisation="Office of Test Statistics"),
                          registry=Registry(tmp_path / "r.sqlite3"), signing_identity=identity,
                          datasheet=signed_datasheet)
    pdf = result.folder / "adult.SYNTHETIC.datasheet.pdf"
    assert verify_pdf(pdf).intact and "run_record.json" in pdf_attachments(pdf)
    assert sorted(p.name for p in result.folder.iterdir()) == sorted(
        ["adult.SYNTHETIC.csv", "adult.SYNTHETIC.csv.json", pdf.name, "manifest.json", "manifest.json.p7s"])
    assert not verify_release(result.folder).altered
    sidecar = json.loads((result.folder / "adult.SYNTHETIC.csv.json").read_text())
    assert sidecar["subjectOf"]["sha256"] == _sha256(pdf)
