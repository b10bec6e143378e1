"""Releasing as Stata (.dta) and SPSS (.sav): marked values survive, metadata inside, verify finds both."""
from __future__ import annotations

import shutil

import pandas as pd
import pyreadstat
import pytest
from provenance_helpers import read_shared, run_record, simple_schema

from synthstudio.core.generators import create_generator
from synthstudio.core.provenance.exporters import read_exported_table
from synthstudio.core.provenance.file_metadata import read_file_metadata
from synthstudio.core.provenance.registry import Registry
from synthstudio.core.provenance.release import release_data
from synthstudio.core.provenance.release_info import ReleaseOptions
from synthstudio.core.provenance.signing import ensure_identity
from synthstudio.core.provenance.verify_data import verify_data_file, verify_release
from synthstudio.core.provenance.watermark import Z_WATERMARKED

FILES = {"stata": "german_credit.SYNTHETIC.dta", "spss": "german_credit.SYNTHETIC.sav"}


@pytest.fixture(scope="module")
def synthetic(shared_data) -> pd.DataFrame:
    """Gaussian-copula rows learnt from 300 real German credit rows (a realistic table to release)."""
    real = read_shared(shared_data, "german_credit.csv").sample(300, random_state=3).reset_index(drop=True)
    generator = create_generator("gaussian_copula")
    generator.fit(real, simple_schema(real), seed=5)
    return generator.sample(600, seed=5)


@pytest.fixture(scope="module")
def released(synthetic, tmp_path_factory):
    base = tmp_path_factory.mktemp("release-stata-spss")
    record = run_record(synthetic, simple_schema(synthetic))
    result = release_data(synthetic, record, base / "out",
                          ReleaseOptions(formats=("csv", "stata", "spss"), name="german_credit",
                                         organisation="Office of Test Statistics"),
                          registry=Registry(base / "registry.sqlite3"),
                          signing_identity=ensure_identity("Office of Test Statistics", folder=base / "signing"))
    return result


def test_stata_and_spss_files_hold_the_written_values_and_say_they_are_synthetic(released):
    csv = read_exported_table(released.folder / "german_credit.SYNTHETIC.csv")
    for name in FILES.values():
        table = read_exported_table(released.folder / name)
        assert list(table.columns) == list(csv.columns), name
        for column in released.summary.watermark["columns"]:
            assert table[column].tolist() == csv[column].astype(float).tolist(), (name, column)
        assert (released.folder / f"{name}.json").is_file()
    label = pyreadstat.read_dta(str(released.folder / FILES["stata"]), metadataonly=True)[1].file_label
    assert label == f"SYNTHETIC DATA made by SynthStudio, dataset ID {released.dataset_id}"
    spss = pyreadstat.read_sav(str(released.folder / FILES["spss"]), metadataonly=True)[1]
    assert spss.file_label.startswith("SYNTHETIC DATA") and released.dataset_id in spss.file_label
    assert spss.notes[0].startswith("SYNTHETIC DATA made by SynthStudio")
    full = read_file_metadata(released.folder / FILES["spss"])
    assert full.dataset_id == released.dataset_id and full.generator == "Gaussian copula"
    assert full.watermark["columns"] == released.summary.watermark["columns"]
    assert read_file_metadata(released.folder / FILES["stata"]).dataset_id == released.dataset_id


@pytest.mark.parametrize("file_format", ["stata", "spss"])
def test_verify_finds_metadata_and_watermark(released, file_format):
    check = verify_data_file(released.folder / FILES[file_format])
    assert check.code == "unchanged" and check.file_format == file_format
    assert "metadata inside the file" in check.provenance.sources
    assert check.values.detection.public.z >= Z_WATERMARKED
    assert check.dataset_id == released.dataset_id


def test_release_verifies_unchanged_and_a_changed_value_is_reported(released, tmp_path):
    assert not verify_release(released.folder).altered
    copy = shutil.copytree(released.folder, tmp_path / "copy")
    path = copy / FILES["stata"]
    frame, meta = pyreadstat.read_dta(str(path))
    frame.loc[7, "credit_amount"] += 1
    path.unlink()
    pyreadstat.write_dta(frame, str(path), file_label=meta.file_label)
    check = verify_data_file(path)
    assert check.altered and check.manifest.changed_columns == ["credit_amount"]
    assert check.verdict.startswith("CHANGED")
    assert verify_release(copy).altered


def test_the_command_line_names_stata_and_spss():
    from synthstudio.cli.release import parse_formats

    assert parse_formats("csv,dta,spss,stata,sav") == ("csv", "stata", "spss")
