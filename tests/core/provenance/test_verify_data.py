"""Verifying data files: unchanged, changed (which column), copied alone, or real."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from synthstudio.core.errors import BadInputError
from synthstudio.core.provenance.verify_data import verify_data_file, verify_release


def _copy(result, tmp_path):
    folder = tmp_path / "release"
    shutil.copytree(result.folder, folder)
    return folder


def test_an_unchanged_file_is_reported_unchanged_signed_and_synthetic(released_adult):
    result, _, _ = released_adult
    for name in ("adult.SYNTHETIC.csv", "adult.SYNTHETIC.parquet"):
        check = verify_data_file(result.folder / name)
        assert check.code == "unchanged" and not check.altered
        assert check.manifest.signature == "intact_self_signed"
        assert check.values.detection.verdict == "watermarked"
        assert check.dataset_id == result.dataset_id
        assert check.values.detection.synthetic_share > 0.9
        assert "unchanged since release" in check.verdict and "Office of Test Statistics" in check.verdict


def test_one_changed_csv_cell_is_reported_with_the_file_and_its_column(released_adult, tmp_path):
    result, _, frame = released_adult
    folder = _copy(result, tmp_path)
    path = folder / "adult.SYNTHETIC.csv"
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table.loc[17, "hours-per-week"] = str(int(table.loc[17, "hours-per-week"]) + 1)
    table.to_csv(path, index=False, lineterminator="\n")
    check = verify_data_file(path)
    assert check.code == "changed" and check.altered
    assert check.manifest.changed_columns == ["hours-per-week"]
    assert check.manifest.rows_found == check.manifest.rows_expected == len(frame)
    assert check.verdict.startswith("CHANGED: adult.SYNTHETIC.csv is not the file that was released")
    assert "hours-per-week" in check.verdict
    release = verify_release(folder)
    assert release.altered and "changed: adult.SYNTHETIC.csv" in release.verdict
    assert verify_data_file(folder / "adult.SYNTHETIC.parquet").code == "unchanged"


def test_removed_rows_are_counted(released_adult, tmp_path):
    result, _, frame = released_adult
    path = _copy(result, tmp_path) / "adult.SYNTHETIC.csv"
    lines = path.read_text().splitlines(keepends=True)
    path.write_text("".join(lines[:-100]))
    check = verify_data_file(path)
    assert check.code == "changed" and check.manifest.rows_found == len(frame) - 100
    assert f"{len(frame) - 100:,} rows instead of {len(frame):,}" in check.verdict


def test_a_file_copied_alone_is_still_recognised_by_its_values(released_adult, tmp_path):
    result, _, _ = released_adult
    alone = tmp_path / "received.csv"
    shutil.copy(result.folder / "adult.SYNTHETIC.csv", alone)
    check = verify_data_file(alone)
    assert check.code == "watermark_only" and not check.altered
    assert check.provenance.sources == []
    assert check.values.detection.z > 10 and "watermark" in check.verdict


def test_real_datasets_show_no_evidence(shared_data):
    check = verify_data_file(shared_data / "german_credit.csv")
    assert check.code == "no_evidence" and not check.altered
    assert check.values.detection.verdict in ("not_found", "likely")
    assert check.verdict.startswith("No sign that german_credit.csv is SynthStudio synthetic data")


def test_missing_file_and_folder_without_manifest_are_bad_input(tmp_path):
    with pytest.raises(BadInputError):
        verify_data_file(tmp_path / "nothing.csv")
    with pytest.raises(BadInputError) as error:
        verify_release(tmp_path)
    assert error.value.code == "no_manifest"


def test_deleted_and_extra_files_in_a_release_folder(released_adult, tmp_path):
    result, _, _ = released_adult
    folder = _copy(result, tmp_path)
    (folder / "adult.SYNTHETIC.parquet.json").unlink()
    (folder / "notes.txt").write_text("added later")
    check = verify_release(folder)
    assert check.missing == ["adult.SYNTHETIC.parquet.json"] and check.unlisted == ["notes.txt"]
    assert check.altered and "missing: adult.SYNTHETIC.parquet.json" in check.verdict
