"""Real tables and a marked copy of them, shared by the provenance tests (read once per session)."""
from __future__ import annotations

import pandas as pd
import pytest
from provenance_helpers import DATASET_ID, read_shared

from synthstudio.core.provenance.carriers import plan_carriers
from synthstudio.core.provenance.watermark import MarkedTable, embed_watermark


@pytest.fixture(scope="session")
def adult(shared_data) -> pd.DataFrame:
    return read_shared(shared_data, "adult.csv")


@pytest.fixture(scope="session")
def compas(shared_data) -> pd.DataFrame:
    return read_shared(shared_data, "compas.csv")


@pytest.fixture(scope="session")
def marked_adult(adult) -> MarkedTable:
    """The whole Adult table released as if it were synthetic: a realistic, hard case (many repeats)."""
    return embed_watermark(adult, plan_carriers(adult), DATASET_ID)


@pytest.fixture(scope="session")
def released_adult(adult, tmp_path_factory):
    """2,000 Adult rows released as signed CSV + Parquet; (result, registry, the frame released)."""
    from provenance_helpers import run_record, simple_schema

    from synthstudio.core.provenance.registry import Registry
    from synthstudio.core.provenance.release import release_data
    from synthstudio.core.provenance.release_info import ReleaseOptions
    from synthstudio.core.provenance.signing import ensure_identity

    base = tmp_path_factory.mktemp("released-adult")
    frame = adult.sample(2000, random_state=8).reset_index(drop=True)
    registry = Registry(base / "registry.sqlite3")
    result = release_data(frame, run_record(frame, simple_schema(frame)), base / "release",
                          ReleaseOptions(formats=("csv", "parquet"), organisation="Office of Test Statistics"),
                          registry=registry, signing_identity=ensure_identity("Office of Test Statistics",
                                                                              folder=base / "signing"))
    return result, registry, frame
