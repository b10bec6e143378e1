"""The four SDV generators behind the Generator interface, on real rows of german_credit.csv.

One quick fit per generator (1-2 epochs, 300 rows) is shared by the read-only tests;
reproducibility and cancel tests fit their own.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from faker import Faker

from synthstudio.core.errors import BadInputError, Cancelled
from synthstudio.core.generators import PRESETS, create_generator, generator_info
from synthstudio.core.generators.sdv_adapter import (
    SDV_LIBRARY,
    _sdv_kwargs,
    build_metadata,
    prepare_frame,
)
from synthstudio.core.generators.sdv_generators import (
    CopulaGANGenerator,
    CTGANGenerator,
    GaussianCopulaGenerator,
    TVAEGenerator,
)
from synthstudio.core.generators.torch_device import DeviceChoice, choose_device
from synthstudio.core.schema import ColumnSpec, ColumnType, PiiKind, Role, Schema

ROOT = Path(__file__).resolve().parents[3]
ROWS = 300
KEYS = ("gaussian_copula", "ctgan", "tvae", "copula_gan")
NEURAL = ("ctgan", "tvae", "copula_gan")
EPOCHS = 2


def quick(key: str, epochs: int = EPOCHS) -> dict:
    return {"epochs": epochs, "batch_size": 100} if key in NEURAL else {}


@pytest.fixture(scope="module", autouse=True)
def _one_torch_thread():
    """The test machine's 2 cores are shared: torch's spinning worker threads then make each
    training step 10-30x slower (measured: 2 epochs 8.7 s with 2 threads, 0.4 s with 1)."""
    import torch

    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def german(shared_data) -> pd.DataFrame:
    """300 real rows, plus a record key and a column of (fake) emails, as a curator's table might have."""
    frame = pd.read_csv(shared_data / "german_credit.csv").sample(ROWS, random_state=1).reset_index(drop=True)
    rng = np.random.default_rng(5)
    frame.insert(0, "applicant_id", [f"APP-{n:08d}" for n in rng.choice(10**8, ROWS, replace=False)])
    fake = Faker("fr_FR")
    fake.seed_instance(99)
    frame["email"] = [fake.free_email() for _ in range(ROWS)]
    return frame


@pytest.fixture(scope="module")
def schema(german) -> Schema:
    columns = [ColumnSpec("applicant_id", ColumnType.IDENTIFIER, Role.IDENTIFIER)]
    for name in german.columns[1:-1]:
        numeric = pd.api.types.is_integer_dtype(german[name]) and german[name].nunique() > 4
        columns.append(ColumnSpec(name, ColumnType.INTEGER if numeric else ColumnType.CATEGORICAL))
    columns.append(ColumnSpec("email", ColumnType.TEXT, Role.DIRECT_IDENTIFIER, pii_kind=PiiKind.EMAIL))
    return Schema(columns)


@pytest.fixture(scope="module")
def fitted(german, schema) -> dict:
    """key -> (generator, progress calls, loss-history lengths seen live during the fit)."""
    runs = {}
    for key in KEYS:
        generator = create_generator(key, **quick(key))
        calls, live = [], []

        def progress(fraction, message, generator=generator, calls=calls, live=live):
            calls.append((fraction, message))
            if generator.report is not None:
                live.append(len(generator.report.loss_history))

        generator.fit(german, schema, seed=11, progress=progress)
        runs[key] = (generator, calls, live)
    return runs


# -- description, settings and estimates --------------------------------------------------

@pytest.mark.parametrize("key, cls", [("gaussian_copula", GaussianCopulaGenerator), ("ctgan", CTGANGenerator),
                                      ("tvae", TVAEGenerator), ("copula_gan", CopulaGANGenerator)])
def test_each_generator_describes_itself(key, cls):
    info = generator_info(key)
    assert info.key == key and create_generator(key).__class__ is cls
    assert info.library == SDV_LIBRARY and re.fullmatch(r"SDV 2\.\d+\.\d+ — Business Source License 1\.1",
                                                        info.library)
    assert info.learns_from_rows and info.description and info.name
    assert info.can_use_gpu is (key in NEURAL)
    names = {p.name for p in info.params}
    assert {"enforce_min_max_values", "enforce_rounding"} <= names
    if key in NEURAL:
        assert {"epochs", "batch_size", "embedding_dim"} <= names
    if key in ("gaussian_copula", "copula_gan"):
        assert "default_distribution" in names
    assert set(info.presets) == {"fast", "balanced", "best"}
    for preset in info.presets.values():
        cls(**preset)


def test_presets_point_at_sdv_generators():
    assert isinstance(create_generator("fast"), GaussianCopulaGenerator)
    assert isinstance(create_generator("balanced"), CTGANGenerator)
    assert PRESETS["fast"] == "gaussian_copula"


def test_settings_are_validated_for_people():
    with pytest.raises(BadInputError, match="multiple of 10"):
        CTGANGenerator(batch_size=505)  # CTGAN packs rows by 10: SDV would fail deep in training
    with pytest.raises(BadInputError):
        GaussianCopulaGenerator(default_distribution="lognormal")
    with pytest.raises(BadInputError):
        TVAEGenerator(epochs=0)
    assert CTGANGenerator(epochs="7").params["epochs"] == 7


def test_settings_reach_sdv_with_the_chosen_device():
    cpu, gpu = DeviceChoice("cpu", "processor (CPU)", "no GPU"), DeviceChoice("cuda", "Some GPU")
    ctgan = _sdv_kwargs("ctgan", CTGANGenerator(generator_dim=64).params, gpu)
    assert ctgan["enable_gpu"] is True and ctgan["generator_dim"] == (64, 64) and ctgan["epochs"] == 300
    tvae = _sdv_kwargs("tvae", TVAEGenerator().params, cpu)
    assert tvae["enable_gpu"] is False and tvae["compress_dims"] == (128, 128)
    copula = _sdv_kwargs("gaussian_copula", GaussianCopulaGenerator(default_distribution="norm").params, gpu)
    assert copula == {"enforce_min_max_values": True, "enforce_rounding": True, "default_distribution": "norm"}


@pytest.mark.parametrize("cls", [GaussianCopulaGenerator, CTGANGenerator, TVAEGenerator, CopulaGANGenerator])
def test_estimates_grow_with_the_work(cls):
    small, big = cls.estimate(1_000, 10), cls.estimate(100_000, 10)
    assert 0 < small.seconds < big.seconds and 0 < small.memory_mb < big.memory_mb
    if cls.info.can_use_gpu:
        assert cls.estimate(100_000, 10, {"epochs": 600}).seconds > big.seconds
        assert cls.estimate(100_000, 10, device="cuda").seconds < big.seconds
        assert cls.estimate(100_000, 10, device="cuda").device == "cuda"
    else:
        assert cls.estimate(100_000, 10, device="cuda").device == "cpu"


def test_device_choice_falls_back_to_the_processor_with_a_reason(monkeypatch):
    import torch

    assert choose_device(allow_gpu=False).device == "cpu" and "turned off" in choose_device(False).reason
    assert choose_device(can_use_gpu=False).reason == "This generator runs on the processor only."
    here = choose_device()
    assert here.device == ("cuda" if torch.cuda.is_available() else "cpu")
    assert bool(here.reason) is (here.device == "cpu")
    monkeypatch.setattr(torch.version, "cuda", "12.4")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert "No NVIDIA graphics card" in choose_device().reason
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda index=0: "Test GPU")
    assert choose_device() == DeviceChoice("cuda", "Test GPU", "")


# -- schema -> SDV metadata, and the data SDV gets -------------------------------------------

def test_schema_types_map_to_sdv_sdtypes(shared_data):
    frame = pd.read_csv(shared_data / "compas.csv", nrows=200)
    frame["is_adult"] = frame["age"] >= 18
    schema = Schema([ColumnSpec("id", ColumnType.IDENTIFIER, Role.IDENTIFIER),
                     ColumnSpec("age", ColumnType.INTEGER),
                     ColumnSpec("days_b_screening_arrest", ColumnType.FLOAT),
                     ColumnSpec("race", ColumnType.CATEGORICAL),
                     ColumnSpec("is_recid", ColumnType.BOOLEAN),           # stored as 0/1
                     ColumnSpec("is_adult", ColumnType.BOOLEAN),           # stored as True/False
                     ColumnSpec("c_jail_in", ColumnType.DATETIME, datetime_format="%Y-%m-%d %H:%M:%S"),
                     ColumnSpec("c_charge_desc", ColumnType.TEXT),
                     ColumnSpec("c_case_number", ColumnType.TEXT, Role.DIRECT_IDENTIFIER)])
    columns = build_metadata(frame, schema).to_dict()["tables"]["table"]["columns"]
    assert columns == {
        "age": {"sdtype": "numerical", "decimal_places": 0},
        "days_b_screening_arrest": {"sdtype": "numerical"},
        "race": {"sdtype": "categorical"},
        "is_recid": {"sdtype": "categorical"},
        "is_adult": {"sdtype": "boolean"},
        "c_jail_in": {"sdtype": "datetime", "datetime_format": "%Y-%m-%d %H:%M:%S"},
        "c_charge_desc": {"sdtype": "categorical"},
    }


def test_values_that_do_not_fit_their_type_are_named(shared_data):
    frame = pd.read_csv(shared_data / "compas.csv", nrows=50)
    with pytest.raises(BadInputError, match="'race' is set to hold numbers") as error:
        prepare_frame(frame, Schema([ColumnSpec("race", ColumnType.INTEGER)]))
    assert "categorical" in error.value.remedy
    with pytest.raises(BadInputError, match="'c_charge_desc' is set to hold dates"):
        prepare_frame(frame, Schema([ColumnSpec("c_charge_desc", ColumnType.DATETIME, datetime_format="%Y-%m-%d")]))
    adult = pd.read_csv(shared_data / "adult.csv", skipinitialspace=True, nrows=1_500)
    weights_as_codes = Schema([ColumnSpec("fnlwgt", ColumnType.CATEGORICAL), ColumnSpec("age", ColumnType.INTEGER)])
    with pytest.raises(BadInputError, match=r"'fnlwgt' has 1,\d{3} different values") as error:
        CTGANGenerator(epochs=1).fit(adult[["fnlwgt", "age"]], weights_as_codes)
    assert "Gaussian copula" in error.value.remedy
    numbers_as_text = frame.assign(age=frame["age"].astype(str))
    prepared = prepare_frame(numbers_as_text, Schema([ColumnSpec("age", ColumnType.INTEGER)]))
    assert prepared["age"].tolist() == frame["age"].astype(float).tolist()


# -- fit and sample ---------------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("key", KEYS)
def test_sample_has_the_columns_and_types_of_the_table(key, fitted, german, schema):
    generator, _, _ = fitted[key]
    synthetic = generator.sample(250, seed=3)
    assert list(synthetic.columns) == list(german.columns) and len(synthetic) == 250
    assert synthetic.dtypes.to_dict() == german.dtypes.to_dict()
    for spec in schema.columns:
        if spec.type is ColumnType.CATEGORICAL:
            assert set(synthetic[spec.name]) <= set(german[spec.name])
        elif spec.type is ColumnType.INTEGER:  # enforce_min_max_values is on by default
            assert german[spec.name].min() <= synthetic[spec.name].min()
            assert synthetic[spec.name].max() <= german[spec.name].max()
    assert generator.report.learned_columns == [c for c in german.columns if c not in ("applicant_id", "email")]
    assert generator.report.dropped_columns == ["applicant_id", "email"]


@pytest.mark.slow
@pytest.mark.parametrize("key", KEYS)
def test_identifiers_are_never_learned_and_come_back_fresh(key, fitted, german):
    generator, _, _ = fitted[key]
    synthetic = generator.sample(ROWS, seed=4)
    assert not set(synthetic["email"]) & set(german["email"])
    assert synthetic["email"].str.fullmatch(r"[^@\s]+@example\.(org|com|net)").all()
    assert synthetic["applicant_id"].is_unique
    assert synthetic["applicant_id"].str.fullmatch(r"APP-\d{8}").all()
    assert not set(synthetic["applicant_id"]) & set(german["applicant_id"])


@pytest.mark.slow
@pytest.mark.parametrize("key", KEYS)
def test_progress_rises_to_one_and_neural_ones_report_every_epoch(key, fitted):
    generator, calls, live = fitted[key]
    fractions = [f for f, _ in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0 and 0 <= fractions[0] < 0.5
    report = generator.report
    assert report.device == "cpu" and report.device_note
    if key not in NEURAL:
        assert report.loss_history == [] and report.epochs_planned is None
        return
    messages = [m for _, m in calls]
    learned = len(report.learned_columns)
    assert [m for m in messages if m.startswith("Preparing column")][-1] == \
        f"Preparing column 'class' ({learned} of {learned})"
    assert [m for m in messages if m.startswith("Training: epoch")] == \
        [f"Training: epoch {i} of {EPOCHS}" for i in range(1, EPOCHS + 1)]
    assert report.epochs_done == report.epochs_planned == EPOCHS
    assert [entry["epoch"] for entry in report.loss_history] == [1, 2]
    expected = {"epoch", "loss"} if key == "tvae" else {"epoch", "generator_loss", "discriminator_loss"}
    assert all(set(entry) == expected and np.isfinite(list(entry.values())).all() for entry in report.loss_history)
    assert 1 in live and live == sorted(live)  # the GUI can draw the loss curve while training runs
    assert report.to_dict()["final_loss"] == report.loss_history[-1]


@pytest.mark.slow
@pytest.mark.parametrize("key", KEYS)
def test_same_seed_gives_the_same_rows(key, fitted, german, schema):
    generator, _, _ = fitted[key]
    again = create_generator(key, **quick(key))
    again.fit(german, schema, seed=11)
    first, second = generator.sample(200, seed=8), again.sample(200, seed=8)
    pd.testing.assert_frame_equal(first, second)
    learned = generator.report.learned_columns  # the model's own rows, not only the refilled identifiers
    assert not generator.sample(200, seed=9)[learned].equals(first[learned])


@pytest.mark.slow
def test_another_training_seed_gives_another_model(fitted, german, schema):
    generator, _, _ = fitted["ctgan"]
    other = create_generator("ctgan", **quick("ctgan"))
    other.fit(german, schema, seed=12)
    learned = generator.report.learned_columns
    assert not other.sample(200, seed=8)[learned].equals(generator.sample(200, seed=8)[learned])


@pytest.mark.slow
@pytest.mark.parametrize("key", NEURAL)
def test_cancel_is_honoured_within_an_epoch_and_leaves_no_model(key, german, schema):
    generator = create_generator(key, **quick(key, epochs=1))
    generator.fit(german, schema, seed=2)      # an earlier model must not survive a cancelled refit
    generator.params["epochs"] = 500           # minutes of work if cancel were ignored
    cancel, epochs_seen = threading.Event(), []

    def progress(fraction, message):
        if message.startswith("Training: epoch"):
            epochs_seen.append(message)
            cancel.set()

    with pytest.raises(Cancelled):
        generator.fit(german, schema, seed=2, progress=progress, cancel=cancel)
    assert len(epochs_seen) == 1  # the epoch running when cancel was set finished, no other began
    assert not generator.is_fitted and generator.report is None
    with pytest.raises(RuntimeError):
        generator.sample(10)


@pytest.mark.slow
def test_cancel_while_ctgan_prepares_columns_stops_before_training(german, schema):
    cancel, seen = threading.Event(), []

    def progress(fraction, message):
        seen.append(message)
        if message.startswith("Preparing column"):
            cancel.set()

    with pytest.raises(Cancelled):
        TVAEGenerator(epochs=500).fit(german, schema, progress=progress, cancel=cancel)
    assert sum(m.startswith("Preparing column") for m in seen) == 1  # the next column was not started
    assert "Training started" not in seen


def test_copula_cancel_between_preparing_and_training(german, schema):
    generator, cancel = GaussianCopulaGenerator(), threading.Event()
    with pytest.raises(Cancelled):
        generator.fit(german, schema, progress=lambda f, m: cancel.set(), cancel=cancel)
    assert not generator.is_fitted


@pytest.mark.slow
def test_sampling_can_be_cancelled(fitted):
    generator, _, _ = fitted["gaussian_copula"]
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        generator.sample(10, cancel=cancel)


def test_cancel_before_start_raises_at_once(german, schema):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        CTGANGenerator(epochs=1).fit(german, schema, cancel=cancel)


# -- nothing written to the home folder -------------------------------------------------------

@pytest.mark.slow
def test_importing_sdv_writes_nothing_to_the_home_folder(tmp_path):
    """SDV 2.0 copies a logging config to the user's data folder on import; ours goes to the app folder."""
    home, app = tmp_path / "home", tmp_path / "app"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), USERPROFILE=str(home), SYNTHSTUDIO_HOME=str(app))
    code = "from synthstudio.core.generators.sdv_adapter import load_sdv; load_sdv()"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert list(home.rglob("*")) == []
    assert (app / "sdv" / "sdv_logger_config.yml").is_file()


@pytest.mark.slow
def test_ctgan_prepares_large_tables_with_a_real_cancel_event(shared_data):
    """From 500 rows on, ctgan prepares columns through joblib; with its default process backend
    the model (holding our threading.Event cancel) would be pickled and the fit would fail."""
    frame = pd.read_csv(shared_data / "german_credit.csv").head(700)
    schema = Schema([ColumnSpec(name, ColumnType.INTEGER if pd.api.types.is_integer_dtype(frame[name])
                                and frame[name].nunique() > 4 else ColumnType.CATEGORICAL)
                     for name in frame.columns])
    generator = create_generator("ctgan", **quick("ctgan", epochs=1))
    report = generator.fit(frame, schema, seed=1, progress=lambda *_: None, cancel=threading.Event())
    assert report.epochs_done == 1
    assert len(generator.sample(50, seed=1)) == 50
