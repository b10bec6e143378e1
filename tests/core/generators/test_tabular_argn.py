"""TabularARGN (MOSTLY AI engine) behind the Generator interface, on real rows of adult.csv and compas.csv."""
from __future__ import annotations

import os
import threading

import numpy as np
import pandas as pd
import pytest

from synthstudio.core.errors import BadInputError, Cancelled
from synthstudio.core.generators import PRESETS, create_generator, generator_info
from synthstudio.core.generators.tabular_argn import TabularARGNGenerator, _restore_column
from synthstudio.core.generators.torch_device import choose_device
from synthstudio.core.schema import ColumnSpec, ColumnType, Role, Schema

ROWS = 500
QUICK = {"max_epochs": 1, "batch_size": 64}  # few, large steps: seconds, not minutes


def _schema(frame: pd.DataFrame, types: dict[str, ColumnType] | None = None) -> Schema:
    """Integers as integers, everything else categorical, unless ``types`` says otherwise."""
    types = types or {}
    return Schema([ColumnSpec(name, types.get(name, ColumnType.INTEGER if pd.api.types.is_integer_dtype(frame[name])
                                               else ColumnType.CATEGORICAL)) for name in frame.columns])


@pytest.fixture(scope="module")
def adult(shared_data) -> pd.DataFrame:
    frame = pd.read_csv(shared_data / "adult.csv", skipinitialspace=True, na_values="?")
    return frame.sample(ROWS, random_state=7).reset_index(drop=True)


@pytest.fixture(scope="module")
def fitted(adult, tmp_path_factory):
    """One quick fit shared by the read-only tests: (generator, progress calls)."""
    generator = TabularARGNGenerator(**QUICK)
    generator.workspace_root = tmp_path_factory.mktemp("argn-runs")
    calls: list[tuple[float, str]] = []
    generator.fit(adult, _schema(adult), seed=3, progress=lambda f, m: calls.append((f, m)))
    yield generator, calls
    generator.close()


# -- description and estimate: no training --------------------------------------------------

def test_registry_and_description_are_complete():
    info = generator_info("tabular_argn")
    assert info.name == "TabularARGN (MOSTLY AI engine)"
    assert info.can_use_gpu and info.learns_from_rows and "Apache-2.0" in info.library
    assert PRESETS["best"] == "tabular_argn" and isinstance(create_generator("best"), TabularARGNGenerator)
    params = {p.name: p for p in info.params}
    assert params["model_size"].choices == ("Small", "Medium", "Large")
    assert {"max_epochs", "max_training_time", "batch_size", "value_protection"} <= set(params)
    for preset in info.presets.values():  # every preset is a valid setting
        TabularARGNGenerator(**preset)
    with pytest.raises(BadInputError):
        TabularARGNGenerator(model_size="Huge")


def test_estimate_grows_with_work_and_respects_the_time_limit():
    small = TabularARGNGenerator.estimate(1_000, 10)
    big = TabularARGNGenerator.estimate(100_000, 10)
    assert 0 < small.seconds < big.seconds and small.memory_mb < big.memory_mb
    assert TabularARGNGenerator.estimate(100_000, 10, {"model_size": "Large"}).seconds > big.seconds
    assert TabularARGNGenerator.estimate(100_000, 10, device="cuda").seconds < big.seconds
    capped = TabularARGNGenerator.estimate(10_000_000, 50, {"max_training_time": 1.0})
    assert capped.seconds < TabularARGNGenerator.estimate(10_000_000, 50).seconds


def test_output_types_follow_the_input_columns():
    assert _restore_column(pd.Series(["True", "False", None], dtype="string"), np.dtype(bool),
                           ColumnSpec("b", ColumnType.BOOLEAN)).tolist() == [True, False, pd.NA]
    codes = _restore_column(pd.Series(["2", "1"], dtype="string"), pd.CategoricalDtype([1, 2]),
                            ColumnSpec("c", ColumnType.CATEGORICAL))
    assert codes.tolist() == [2, 1] and isinstance(codes.dtype, pd.CategoricalDtype)
    counts = _restore_column(pd.Series([3, None], dtype="Int64"), np.dtype("int64"),
                             ColumnSpec("n", ColumnType.INTEGER))
    assert str(counts.dtype) == "Int64" and counts.isna().tolist() == [False, True]
    dates = _restore_column(pd.Series(pd.to_datetime(["2013-08-14", None])), np.dtype(object),
                            ColumnSpec("d", ColumnType.DATETIME, datetime_format="%d/%m/%Y"))
    assert dates.iloc[0] == "14/08/2013" and pd.isna(dates.iloc[1])


def test_too_few_rows_are_refused_before_any_work(adult):
    with pytest.raises(BadInputError, match="at least"):
        TabularARGNGenerator(**QUICK).fit(adult.head(5), _schema(adult), seed=0)


# -- a real (one-epoch) fit ----------------------------------------------------------------

@pytest.mark.slow
def test_fit_reports_device_epochs_losses_and_monotonic_progress(fitted):
    generator, calls = fitted
    report = generator.report
    assert report.device == choose_device().device  # "cuda" where there is a GPU, else "cpu"
    assert report.epochs_done == 1 and report.epochs_planned == 1
    assert report.loss_history and report.loss_history[-1]["val_loss"] > 0
    fractions = [f for f, _ in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(m.startswith("Training the network") for _, m in calls)


@pytest.mark.slow
def test_sample_keeps_columns_and_types_and_real_categories(fitted, adult):
    generator, _ = fitted
    synthetic = generator.sample(300, seed=1)
    assert list(synthetic.columns) == list(adult.columns) and len(synthetic) == 300
    assert synthetic.dtypes.to_dict() == adult.dtypes.to_dict()  # int64 stays int64, text stays object
    for column in ("workclass", "native-country", "income"):
        # value protection: rare categories are replaced by common ones, never shown as _RARE_
        assert set(synthetic[column].dropna()) <= set(adult[column].dropna())
    assert synthetic["age"].between(adult["age"].min(), adult["age"].max()).all()


@pytest.mark.slow
def test_same_sample_seed_gives_the_same_rows(fitted):
    generator, _ = fitted
    first = generator.sample(200, seed=11)
    assert first.equals(generator.sample(200, seed=11))
    assert not first.equals(generator.sample(200, seed=12))


@pytest.mark.slow
def test_cancel_during_sampling_keeps_the_model(fitted):
    generator, _ = fitted
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        generator.sample(5_000, seed=1, progress=lambda f, m: cancel.set(), cancel=cancel)
    assert sorted(p.name for p in generator.workspace.iterdir()) == ["ModelStore"]  # no half-written rows
    assert len(generator.sample(50, seed=1)) == 50


@pytest.mark.slow
def test_same_fit_seed_gives_the_same_model_quietly_and_leaves_no_trace(fitted, adult, tmp_path, monkeypatch,
                                                                          capfd):
    """On the processor, training is deterministic: a second fit with the same seed draws the same rows."""
    import datasets.config

    library_cache = tmp_path / "hf-default-cache"   # where `datasets` would cache without our redirect
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", library_cache)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    np.random.seed(123)
    numpy_before = np.random.get_state()[1].copy()
    seed_variable = os.environ.get("MOSTLYAI_ENGINE_SEED")

    generator, _ = fitted
    with TabularARGNGenerator(**QUICK) as again:
        again.workspace_root = tmp_path / "runs"
        again.workspace_root.mkdir()
        again.fit(adult, _schema(adult), seed=3)
        assert again.sample(200, seed=5).equals(generator.sample(200, seed=5))
        workspace = again.workspace
        assert workspace.parent == again.workspace_root
        assert not (workspace / "OriginalData").exists()  # no copy of the real rows is kept after training
    assert not workspace.exists() and not again.is_fitted
    assert sorted(p.name for p in tmp_path.iterdir()) == ["runs"] and not any((tmp_path / "runs").iterdir())
    assert capfd.readouterr() == ("", "")  # the engine's logs and bars do not reach the terminal
    assert (np.random.get_state()[1] == numpy_before).all()  # global random state left as it was
    assert os.environ.get("MOSTLYAI_ENGINE_SEED") == seed_variable


@pytest.mark.slow
def test_cancel_during_training_stops_promptly_and_leaves_nothing(adult, tmp_path):
    cancel = threading.Event()
    training_calls: list[float] = []

    def progress(fraction: float, message: str) -> None:
        if message.startswith("Training the network"):
            training_calls.append(fraction)
            if len(training_calls) == 3:
                cancel.set()

    generator = TabularARGNGenerator(max_epochs=200, batch_size=64)
    generator.workspace_root = tmp_path
    with pytest.raises(Cancelled):
        generator.fit(adult, _schema(adult), seed=0, progress=progress, cancel=cancel)
    assert len(training_calls) == 3  # the engine stopped at its next step, not after 200 epochs
    assert not generator.is_fitted and generator.report is None
    assert not any(tmp_path.iterdir())
    with pytest.raises(RuntimeError):
        generator.sample(10)


@pytest.mark.slow
def test_dates_stored_as_text_and_identifiers_on_compas(shared_data, tmp_path):
    columns = ["id", "sex", "age", "race", "priors_count", "c_jail_in", "two_year_recid"]
    compas = pd.read_csv(shared_data / "compas.csv", usecols=columns).head(ROWS)
    schema = _schema(compas, {"c_jail_in": ColumnType.DATETIME, "id": ColumnType.IDENTIFIER})
    schema.column("c_jail_in").datetime_format = "%Y-%m-%d %H:%M:%S"
    schema.set_role("id", Role.IDENTIFIER)
    with TabularARGNGenerator(**QUICK) as generator:
        generator.workspace_root = tmp_path
        report = generator.fit(compas, schema, seed=0)
        synthetic = generator.sample(100, seed=0)
    assert report.dropped_columns == ["id"] and "id" not in report.learned_columns
    assert list(synthetic.columns) == columns
    jail_in = synthetic["c_jail_in"].dropna()
    assert len(jail_in) and jail_in.map(type).eq(str).all()
    parsed = pd.to_datetime(jail_in, format="%Y-%m-%d %H:%M:%S")  # same text format as the input
    assert parsed.dt.year.between(2012, 2016).all()
    assert synthetic["two_year_recid"].dtype == np.int64 and set(synthetic["two_year_recid"]) <= {0, 1}
