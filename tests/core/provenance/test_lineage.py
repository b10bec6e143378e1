"""The model-collapse guard on real and (partly) synthetic inputs."""
from __future__ import annotations

import shutil

import numpy as np
import pandas as pd
from provenance_helpers import read_shared, run_record, simple_schema

from synthstudio.core.provenance.lineage import inspect_input
from synthstudio.core.provenance.registry import Registry
from synthstudio.core.provenance.release import release_data
from synthstudio.core.provenance.release_info import ReleaseOptions


def test_real_data_passes_without_a_question(shared_data, tmp_path):
    path = shared_data / "adult.csv"
    finding = inspect_input(path, read_shared(shared_data, "adult.csv"), registry=Registry(tmp_path / "r.sqlite3"))
    assert not finding.needs_confirmation and finding.level == "none"
    assert finding.input_depth == 0 and finding.output_depth == 1 and finding.parents == []
    assert finding.message == "No sign that this table is synthetic data."


def test_a_released_file_is_flagged_with_its_id_depth_and_share(released_adult, tmp_path):
    result, registry, _ = released_adult
    path = result.folder / "adult.SYNTHETIC.csv"
    finding = inspect_input(path, pd.read_csv(path), registry=registry)
    assert finding.needs_confirmation and finding.level == "warning"
    assert finding.dataset_id == result.dataset_id and finding.parents == [result.dataset_id]
    assert finding.input_depth == 1 and finding.output_depth == 2
    assert finding.synthetic_share > 0.9 and finding.z > 10
    assert "model collapse" in finding.message and "generation 2" in finding.message


def test_a_copy_without_metadata_is_recognised_through_the_registry(released_adult, tmp_path):
    result, registry, _ = released_adult
    alone = tmp_path / "from_a_colleague.csv"
    shutil.copy(result.folder / "adult.SYNTHETIC.csv", alone)
    frame = pd.read_csv(alone).sample(800, random_state=2)          # a part of it, shuffled
    finding = inspect_input(alone, frame, registry=registry)
    assert finding.provenance.sources == [] and finding.needs_confirmation
    assert finding.dataset_id == result.dataset_id                  # too few values to spell it out, enough to confirm
    assert inspect_input(alone, frame, registry=Registry(tmp_path / "empty.sqlite3")).dataset_id is None


def _mixture(released_adult, adult, share: float, total: int = 2000) -> pd.DataFrame:
    result, _, frame = released_adult
    synthetic = pd.read_csv(result.folder / "adult.SYNTHETIC.csv")
    others = adult.drop(index=adult.index[adult["fnlwgt"].isin(frame["fnlwgt"])])   # real rows not released
    n = int(total * share)
    rows = [synthetic.sample(n, random_state=3), others.sample(total - n, random_state=3)]
    return pd.concat(rows).sample(frac=1, random_state=4)


def test_twenty_percent_synthetic_rows_ask_for_confirmation(released_adult, adult, tmp_path):
    mixed = _mixture(released_adult, adult, 0.2, total=5000)
    finding = inspect_input(tmp_path / "mixed.csv", mixed, registry=Registry(tmp_path / "r.sqlite3"))
    assert finding.needs_confirmation and finding.z >= 4
    assert abs(finding.synthetic_share - 0.2) < 0.08
    assert f"about {finding.synthetic_share:.0%} of it looks synthetic" in finding.message


def test_a_majority_of_synthetic_rows_asks_for_confirmation(released_adult, adult, tmp_path):
    mixed = _mixture(released_adult, adult, 0.6)
    finding = inspect_input(tmp_path / "mixed.csv", mixed, registry=Registry(tmp_path / "r.sqlite3"))
    assert finding.synthetic_share >= 0.5 and finding.needs_confirmation


def test_second_generation_data_records_its_lineage_in_the_next_release(released_adult, tmp_path):
    result, registry, frame = released_adult
    path = result.folder / "adult.SYNTHETIC.csv"
    finding = inspect_input(path, pd.read_csv(path), registry=registry)
    # Train on it (confirmed by the user); the new run's record carries the finding.
    lineage = finding.to_record(confirmed=True)
    assert lineage["parents"] == [result.dataset_id] and lineage["generation_depth"] == 2
    child_frame = frame.assign(fnlwgt=np.random.default_rng(0).permutation(frame["fnlwgt"].to_numpy()) + 7)
    child = release_data(child_frame, run_record(child_frame, simple_schema(child_frame), seed=99, lineage=lineage),
                         tmp_path / "child", ReleaseOptions(formats=("parquet",)), registry=registry)
    assert registry.get(child.dataset_id).parents == [result.dataset_id]
    grandchild = inspect_input(child.folder / "adult.SYNTHETIC.parquet",
                               pd.read_parquet(child.folder / "adult.SYNTHETIC.parquet"), registry=registry)
    assert grandchild.input_depth == 2 and grandchild.output_depth == 3 and grandchild.needs_confirmation
    assert [e.dataset_id for e in registry.ancestors(child.dataset_id)] == [child.dataset_id, result.dataset_id]
