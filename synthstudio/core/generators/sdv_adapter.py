"""The one place that talks to SDV (2.0). An SDV upgrade should touch this module only.

What it does, and why each choice was made:

* **Import without writing to the home folder.** On import SDV copies its logging config
  to ``platformdirs.user_data_dir("sdv", "sdv-dev")`` (``~/.local/share/sdv`` on Linux,
  ``%LOCALAPPDATA%\\sdv-dev\\sdv`` on Windows, ``~/Library/Application Support/sdv`` on
  macOS). :func:`load_sdv` imports SDV with that one lookup pointed at
  ``<app data>/sdv`` instead, so the file lands in SynthStudio's own data folder. The copied
  config says ``log_registry: null``, so SDV writes no ``sdv_logs.csv`` at all. Every
  other module must import SDV through :func:`load_sdv` (or after it has run).
* **No network.** Read in the installed sources: SDV 2.0, RDT, copulas, ctgan and
  SDMetrics contain no telemetry or update check; the only network code is
  ``sdv.datasets.demo`` (S3 downloads of demo data), which is never called. The test
  suite's socket guard checks this on every fit and sample.
* **Schema → SDV metadata** (:func:`build_metadata`): integer → ``numerical`` with
  ``decimal_places: 0`` (SDV 2.0 replaced 1.x's ``computer_representation`` with
  ``decimal_places``); float → ``numerical``; categorical → ``categorical``; boolean →
  ``boolean`` when the values really are True/False, otherwise ``categorical``; datetime →
  ``datetime`` with the schema's ``datetime_format``; free text → ``categorical``. (SDV has
  no text model; its ``id`` sdtype, for a column that is not a key, is modelled as a
  category in 2.0 anyway. Text that is unique to a person must be given the role *direct
  identifier*: it is then never learned and is replaced with fake values.) Columns with
  role identifier / direct identifier are removed by ``Generator.fit`` before SDV sees
  the data, so the ``id`` sdtype is never used.
* **Progress and cancel inside ctgan** (CTGAN, TVAE, CopulaGAN). ctgan 0.12 has no training callback
  (asked for in sdv-dev/CTGAN#149 and #456), so we rely on three long-standing
  behaviours of the installed SDV 2.0 / ctgan 0.12 code and on nothing else:
  1. SDV builds a ``ctgan.CTGAN``/``ctgan.TVAE`` and assigns it to ``synthesizer._model``
     before calling its ``fit``;
  2. ctgan's ``fit`` assigns a fresh ``DataTransformer`` to the model, then fits it column
     by column (``_fit_continuous``/``_fit_discrete``; a Gaussian mixture per number
     column: 2 minutes on the full Adult table on 2 busy cores, before the first epoch);
  3. ctgan's training loop assigns ``self.loss_values`` (a DataFrame) once before the
     first epoch and again at the end of every epoch.
  Our SDV subclass overrides ``__setattr__``: when the ctgan model is assigned, it gets a
  subclass (``__class__`` swap: behaviour only, no state) whose own ``__setattr__`` does the
  same to the data transformer and reports each ``loss_values``. The watcher
  (:class:`TrainingWatcher`) turns these into progress per column and per epoch, keeps the
  loss history, and raises :class:`Cancelled` at each of them: cancel is honoured before
  the next column or at the end of the running epoch. SDV marks a synthesizer fitted only
  after ``_fit`` returns, and the synthesizer is handed to the caller only then, so a
  cancelled fit leaves nothing behind. If ctgan changes one of these behaviours the hook
  goes quiet (no crash), and ``test_sdv_generators`` fails on its per-epoch messages.
* **Seeds.** Fit runs with Python's ``random``, NumPy's and torch's global generators
  seeded (ctgan, RDT and scikit-learn draw from them) and restores them afterwards.
  Sample resets SDV's sampling state (``reset_sampling``) and seeds the model's own
  generator with the run's seed; without that, SDV uses a fixed seed (73251) and every
  run would draw the same rows whatever seed the user chose. RDT's reverse-transform
  generators are reset to their fixed seeds by ``reset_sampling``.
"""
from __future__ import annotations

import contextlib
import logging
import random
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata as importlib_metadata
from types import ModuleType
from typing import Any

import numpy as np
import pandas as pd

from synthstudio.core.errors import BadInputError, GenerationError, SynthStudioError
from synthstudio.core.generators.torch_device import DeviceChoice, describe_used_device
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress, sub_progress
from synthstudio.core.schema import NUMERIC_TYPES, ColumnSpec, ColumnType, Schema

log = logging.getLogger(__name__)

TABLE = "table"                 # SDV 2.0 takes a dict of tables; ours always holds one
SAMPLE_CHUNK_ROWS = 50_000      # sample in chunks so cancel and progress work on big runs
SEED_MODULUS = 2**32            # NumPy seeds must be below 2**32
# CTGAN/TVAE give every category its own input (one-hot); SDV itself warns past 1,000 in all.
MAX_CATEGORIES_NEURAL = 1_000


def _sdv_version() -> str:
    try:
        return importlib_metadata.version("sdv")
    except importlib_metadata.PackageNotFoundError:
        return "(not installed)"


SDV_LIBRARY = f"SDV {_sdv_version()} — Business Source License 1.1"

# Our kinds -> SDV synthesizer class names (sdv.single_table).
_SYNTHESIZERS = {
    "gaussian_copula": "GaussianCopulaSynthesizer",
    "ctgan": "CTGANSynthesizer",
    "tvae": "TVAESynthesizer",
    "copula_gan": "CopulaGANSynthesizer",
}
NEURAL_KINDS = frozenset({"ctgan", "tvae", "copula_gan"})

_import_lock = threading.RLock()   # re-entrant: a nested call during the import must not deadlock


# -- importing SDV ------------------------------------------------------------------
def load_sdv() -> ModuleType:
    """Import SDV with its config file redirected from the home folder to the app data folder."""
    with _import_lock:
        if "sdv" in sys.modules:
            return sys.modules["sdv"]
        import platformdirs

        from synthstudio.paths import app_data_dir

        real_user_data_dir = platformdirs.user_data_dir
        target = app_data_dir() / "sdv"

        def user_data_dir(appname: str | None = None, *args: Any, **kwargs: Any) -> str:
            if appname == "sdv":
                return str(target)
            return real_user_data_dir(appname, *args, **kwargs)

        platformdirs.user_data_dir = user_data_dir
        try:
            import sdv
            import sdv.single_table  # noqa: F401  (every SDV logger is configured on import)
        finally:
            platformdirs.user_data_dir = real_user_data_dir
        return sdv


# -- schema -> SDV metadata -----------------------------------------------------------
def build_metadata(frame: pd.DataFrame, schema: Schema) -> Any:
    """SDV 2.0 ``Metadata`` for the learned columns of ``frame`` (see the module docstring)."""
    load_sdv()
    from sdv.metadata import Metadata

    columns = {spec.name: _column_metadata(spec, frame[spec.name]) for spec in schema.columns
               if spec.learned and spec.name in frame.columns}
    return Metadata.load_from_dict({"tables": {TABLE: {"columns": columns}}, "relationships": [],
                                    "METADATA_SPEC_VERSION": "V2"})


def _column_metadata(spec: ColumnSpec, column: pd.Series) -> dict[str, Any]:
    if spec.type is ColumnType.INTEGER:
        return {"sdtype": "numerical", "decimal_places": 0}
    if spec.type is ColumnType.FLOAT:
        return {"sdtype": "numerical"}
    if spec.type is ColumnType.DATETIME:
        if spec.datetime_format and not pd.api.types.is_datetime64_any_dtype(column):
            return {"sdtype": "datetime", "datetime_format": spec.datetime_format}
        return {"sdtype": "datetime"}
    if spec.type is ColumnType.BOOLEAN and _holds_booleans(column):
        return {"sdtype": "boolean"}
    return {"sdtype": "categorical"}


def _holds_booleans(column: pd.Series) -> bool:
    return pd.api.types.is_bool_dtype(column) or \
        all(isinstance(v, (bool, np.bool_)) for v in column.dropna().unique())


# -- the table as SDV wants it ---------------------------------------------------------
def prepare_frame(data: pd.DataFrame, schema: Schema) -> pd.DataFrame:
    """Cast each column to what its schema type promises, or say plainly which values do not fit."""
    frame = data.copy()
    for spec in schema.columns:
        if spec.name not in frame.columns:
            continue
        column = frame[spec.name]
        if spec.type in NUMERIC_TYPES:
            frame[spec.name] = _as_numbers(column, spec)
        elif spec.type is ColumnType.DATETIME:
            frame[spec.name] = _as_dates(column, spec)
        elif isinstance(column.dtype, pd.CategoricalDtype) or pd.api.types.is_extension_array_dtype(column):
            # SDV's GANs refuse pandas 'category' columns; nullable extension types confuse RDT.
            frame[spec.name] = column.astype(object).where(column.notna(), None)
    return frame


def _as_numbers(column: pd.Series, spec: ColumnSpec) -> pd.Series:
    if pd.api.types.is_bool_dtype(column):
        return column.astype("int64")
    if pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_extension_array_dtype(column):
        return column
    numbers = pd.to_numeric(column, errors="coerce")
    bad = numbers.isna() & column.notna()
    if bad.any():
        example = column[bad].iloc[0]
        raise BadInputError(
            f"The column '{spec.name}' is set to hold numbers, but {int(bad.sum())} of its values "
            f"are not numbers (for example '{example}').",
            "Change the column's type to 'categorical' or 'text', or correct these values in the file.")
    return numbers.astype("float64")


def _as_dates(column: pd.Series, spec: ColumnSpec) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(column):
        return column
    text = column.astype(object).where(column.notna(), None)
    parsed = pd.to_datetime(text, format=spec.datetime_format, errors="coerce") if spec.datetime_format \
        else pd.to_datetime(text, format="mixed", errors="coerce")
    bad = parsed.isna() & text.notna()
    if bad.any():
        raise BadInputError(
            f"The column '{spec.name}' is set to hold dates, but {int(bad.sum())} of its values do not "
            f"read as dates{' written as ' + spec.datetime_format if spec.datetime_format else ''} "
            f"(for example '{text[bad].iloc[0]}').",
            "Correct the date format of the column, or change its type to 'categorical' or 'text'.")
    return text if spec.datetime_format else parsed


def _restore_dtypes(frame: pd.DataFrame, dtypes: pd.Series) -> pd.DataFrame:
    """Give sampled columns the dtypes the caller's table had (e.g. nullable Int64, category)."""
    for name, dtype in dtypes.items():
        if name in frame.columns and frame[name].dtype != dtype:
            with contextlib.suppress(TypeError, ValueError):
                frame[name] = frame[name].astype(dtype)
    return frame


# -- seeds ------------------------------------------------------------------------------
@contextlib.contextmanager
def seeded_global_rngs(seed: int) -> Iterator[None]:
    """Seed Python's, NumPy's and torch's global generators; restore them afterwards."""
    import torch

    seed = int(seed) % SEED_MODULUS
    saved = random.getstate(), np.random.get_state(), torch.get_rng_state()
    saved_cuda = torch.cuda.get_rng_state_all() if torch.cuda.is_initialized() else None
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)   # also seeds every CUDA device
    try:
        yield
    finally:
        random.setstate(saved[0])
        np.random.set_state(saved[1])
        torch.set_rng_state(saved[2])
        if saved_cuda is not None:
            torch.cuda.set_rng_state_all(saved_cuda)


# -- watching ctgan train: per-column preparation, per-epoch losses, cancel --------------------
class TrainingWatcher:
    """Receives what ctgan does while it trains (see the module docstring for the hooks):
    each column its data transformer prepares, and each epoch's ``loss_values``. Reports
    progress in two slices (preparation, then epochs), keeps the loss history and raises
    :class:`Cancelled` at each of these points once ``cancel`` is set."""

    def __init__(self, epochs: int, preparing: ProgressFn, training: ProgressFn, cancel: CancelToken | None,
                 on_epoch: Callable[[dict[str, float]], None]):
        self.epochs = epochs
        self.preparing = preparing
        self.training = training
        self.cancel = cancel
        self.on_epoch = on_epoch
        self.columns_total = 0
        self.columns_done = 0
        self.epochs_done = 0

    def detach(self) -> None:
        """Stop reporting: the fitted model keeps this watcher but must not keep the caller's
        callbacks (and whatever they hold) alive, nor react to a cancel meant for this run."""
        self.preparing = self.training = no_progress
        self.on_epoch = lambda entry: None
        self.cancel = None

    def columns_start(self, count: int) -> None:
        self.columns_total, self.columns_done = count, 0

    def column(self, name: str) -> None:
        check_cancel(self.cancel)
        self.columns_done += 1
        self.preparing(self.columns_done / max(self.columns_total, 1),
                       f"Preparing column '{name}' ({self.columns_done} of {self.columns_total})")

    def losses(self, loss_values: pd.DataFrame | None) -> None:
        check_cancel(self.cancel)
        if loss_values is None or loss_values.empty:   # assigned once just before epoch 1
            self.training(0.0, "Training started")
            return
        rows = loss_values[loss_values["Epoch"] == loss_values["Epoch"].iloc[-1]]
        self.epochs_done += 1
        if "Generator Loss" in rows:
            entry = {"epoch": self.epochs_done,
                     "generator_loss": float(rows["Generator Loss"].iloc[-1]),
                     "discriminator_loss": float(rows["Discriminator Loss"].iloc[-1])}
        else:  # TVAE records one loss per batch: the epoch's loss is their mean
            entry = {"epoch": self.epochs_done, "loss": float(rows["Loss"].mean())}
        self.on_epoch(entry)
        self.training(self.epochs_done / self.epochs, f"Training: epoch {self.epochs_done} of {self.epochs}")


_WATCHER = "_synthstudio_watcher"   # attribute holding the TrainingWatcher on watched objects


def _watch(obj: Any, watched_class: type, watcher: TrainingWatcher) -> None:
    """Give ``obj`` the watched subclass of its class (adds behaviour, no state) and the watcher."""
    obj.__class__ = watched_class
    obj.__dict__[_WATCHER] = watcher


@lru_cache(maxsize=None)
def _watched_transformer_class() -> type:
    """ctgan's DataTransformer, telling the watcher about each column before preparing it."""
    from ctgan.data_transformer import DataTransformer

    class WatchedDataTransformer(DataTransformer):
        def fit(self, raw_data: Any, discrete_columns: Any = ()) -> None:
            self.__dict__[_WATCHER].columns_start(raw_data.shape[1])
            super().fit(raw_data, discrete_columns)

        def _fit_continuous(self, data: pd.DataFrame) -> Any:
            self.__dict__[_WATCHER].column(data.columns[0])
            return super()._fit_continuous(data)

        def _fit_discrete(self, data: pd.DataFrame) -> Any:
            self.__dict__[_WATCHER].column(data.columns[0])
            return super()._fit_discrete(data)

    return WatchedDataTransformer


@lru_cache(maxsize=None)
def _watched_model_class(model_class: type) -> type:
    """ctgan.CTGAN or ctgan.TVAE, reporting its data transformer and each ``loss_values``."""
    from ctgan.data_transformer import DataTransformer

    def __setattr__(self: Any, name: str, value: Any) -> None:
        watcher = self.__dict__.get(_WATCHER)
        if watcher is not None and type(value) is DataTransformer:
            _watch(value, _watched_transformer_class(), watcher)
        model_class.__setattr__(self, name, value)
        if watcher is not None and name == "loss_values":
            watcher.losses(value)

    return type(f"Watched{model_class.__name__}", (model_class,), {"__setattr__": __setattr__})


@lru_cache(maxsize=None)
def _synthesizer_class(kind: str) -> type:
    """The SDV synthesizer for ``kind``; neural ones watch the ctgan model they build."""
    load_sdv()
    import sdv.single_table
    from ctgan.synthesizers.base import BaseSynthesizer as CtganModel

    base = getattr(sdv.single_table, _SYNTHESIZERS[kind])
    if kind not in NEURAL_KINDS:
        return base

    def __setattr__(self: Any, name: str, value: Any) -> None:
        watcher = self.__dict__.get(_WATCHER)
        if watcher is not None and name == "_model" and isinstance(value, CtganModel):
            _watch(value, _watched_model_class(type(value)), watcher)
        base.__setattr__(self, name, value)

    return type(f"Watched{base.__name__}", (base,), {"__setattr__": __setattr__})


# -- parameters ------------------------------------------------------------------------------
def _sdv_kwargs(kind: str, params: dict[str, Any], device: DeviceChoice) -> dict[str, Any]:
    """Our flat settings -> the synthesizer's keyword arguments. Layer widths become the
    two-layer tuples SDV expects (our forms ask for one width, used for both layers)."""
    kwargs = {"enforce_min_max_values": params["enforce_min_max_values"],
              "enforce_rounding": params["enforce_rounding"]}
    if kind in ("gaussian_copula", "copula_gan"):
        kwargs["default_distribution"] = params["default_distribution"]
    if kind in ("ctgan", "copula_gan"):
        kwargs.update(epochs=params["epochs"], batch_size=params["batch_size"],
                      embedding_dim=params["embedding_dim"],
                      generator_dim=(params["generator_dim"],) * 2,
                      discriminator_dim=(params["discriminator_dim"],) * 2,
                      generator_lr=params["generator_lr"], discriminator_lr=params["discriminator_lr"],
                      discriminator_steps=params["discriminator_steps"])
    if kind == "tvae":
        kwargs.update(epochs=params["epochs"], batch_size=params["batch_size"],
                      embedding_dim=params["embedding_dim"],
                      compress_dims=(params["compress_dims"],) * 2,
                      decompress_dims=(params["decompress_dims"],) * 2,
                      l2scale=params["l2scale"], loss_factor=params["loss_factor"])
    if kind in NEURAL_KINDS:
        # Only CUDA is passed on: with enable_gpu=True ctgan would pick Apple's MPS by itself.
        kwargs.update(enable_gpu=device.is_gpu, verbose=False)
    return kwargs


# -- fit and sample ---------------------------------------------------------------------------------
@dataclass
class FittedSDV:
    """A fitted SDV synthesizer and what a sample needs to give rows back in the caller's types."""

    synthesizer: Any
    dtypes: pd.Series
    device: str

    def sample(self, n: int, seed: int, progress: ProgressFn, cancel: CancelToken | None) -> pd.DataFrame:
        """``n`` rows; the same seed gives the same rows (drawn in chunks of SAMPLE_CHUNK_ROWS)."""
        parts = []
        with _translated_errors("sampling"), _quiet(), _threads_not_processes(), seeded_global_rngs(seed):
            self.synthesizer.reset_sampling()
            # Private, but the only way to seed the model's own generator: the public
            # reset_sampling() alone makes SDV use its fixed seed whatever the user chose.
            self.synthesizer._set_random_state(int(seed) % SEED_MODULUS)
            for start in range(0, n, SAMPLE_CHUNK_ROWS):
                check_cancel(cancel)
                size = min(SAMPLE_CHUNK_ROWS, n - start)
                parts.append(self.synthesizer.sample(size)[TABLE])
                progress((start + size) / n, f"Generated {start + size:,} of {n:,} rows")
        return _restore_dtypes(pd.concat(parts, ignore_index=True), self.dtypes)


def fit_sdv(kind: str, data: pd.DataFrame, schema: Schema, params: dict[str, Any], seed: int,
            device: DeviceChoice, progress: ProgressFn, cancel: CancelToken | None,
            on_epoch: Callable[[dict[str, float]], None], prep_share: float = 0.3) -> FittedSDV:
    """Fit SDV synthesizer ``kind`` on the learned columns of ``data``.

    ``prep_share`` is the part of the progress bar given to preparing the data (SDV's
    preprocessing, then for the neural kinds ctgan's per-column transformer, reported per
    column); the rest is model training, reported per epoch for the neural kinds. Callers
    pass the share their time estimate predicts, so the bar moves at a steady pace.
    """
    check_cancel(cancel)
    frame = prepare_frame(data, schema)
    if kind in NEURAL_KINDS:
        _check_category_counts(frame, schema)
    with _translated_errors("learning"), _quiet(), _threads_not_processes(), seeded_global_rngs(seed):
        metadata = build_metadata(frame, schema)
        synthesizer = _synthesizer_class(kind)(metadata, **_sdv_kwargs(kind, params, device))
        progress(0.0, "Preparing the data")
        processed = synthesizer.preprocess({TABLE: frame})
        check_cancel(cancel)
        watcher = None
        if kind in NEURAL_KINDS:
            # SDV's own preprocessing is quick for these kinds; ctgan's transformer is the slow part.
            watcher = TrainingWatcher(params["epochs"], sub_progress(progress, 0.1 * prep_share, prep_share),
                                      sub_progress(progress, prep_share, 1.0), cancel, on_epoch)
            synthesizer.__dict__[_WATCHER] = watcher
        else:
            progress(prep_share, "Training the model")
        try:
            synthesizer.fit_processed_data(processed)
        finally:
            if watcher is not None:
                watcher.detach()
    model_device = getattr(synthesizer._model, "_device", "cpu")
    return FittedSDV(synthesizer, data.dtypes, describe_used_device(model_device))


def _check_category_counts(frame: pd.DataFrame, schema: Schema) -> None:
    """Refuse, in plain words, a column that would make a neural model run out of memory."""
    for spec in schema.columns:
        if spec.name in frame.columns and spec.type in (ColumnType.CATEGORICAL, ColumnType.TEXT):
            count = frame[spec.name].nunique()
            if count > MAX_CATEGORIES_NEURAL:
                raise BadInputError(
                    f"The column '{spec.name}' has {count:,} different values: a neural generator needs a "
                    f"separate input for each and would be very slow or run out of memory.",
                    "If the column identifies people, give it the role 'direct identifier'; otherwise "
                    "use the Gaussian copula, which handles many different values.")


@contextlib.contextmanager
def _threads_not_processes() -> Iterator[None]:
    """ctgan prepares columns with joblib, which by default pickles the model (with our progress
    and cancel watcher) into worker processes: that fails on a lock, and spawning processes is
    fragile in a packaged app. Threads do the same work in this process."""
    import joblib

    with joblib.parallel_config(backend="threading"):
        yield


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """SDV and RDT warn freely (e.g. about saving metadata); send it to the log, not the user."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        log.info("SDV: %s", warning.message)


@contextlib.contextmanager
def _translated_errors(stage: str) -> Iterator[None]:
    """SDV's own exceptions become messages a non-programmer can act on."""
    try:
        yield
    except (SynthStudioError, KeyboardInterrupt):
        raise
    except MemoryError:
        raise GenerationError(f"The computer ran out of memory while {stage}.",
                              "Use fewer rows, fewer epochs or a smaller model, or close other programs.") \
            from None
    except Exception as error:
        details = f"{type(error).__name__}: {error}"
        if stage == "learning" and _is_data_error(error):
            raise BadInputError("SDV could not use the table with the column types it was given.",
                                "Check the column types and roles in the schema step, then try again.",
                                details=details) from error
        raise GenerationError(f"The generator stopped with an error while {stage}.",
                              "Try another generator or different settings; the details say what failed.",
                              details=details) from error


def _is_data_error(error: Exception) -> bool:
    """SDV's way of saying "these values do not fit the metadata" (it also uses ValueError)."""
    data_errors = {"InvalidDataError", "InvalidDataTypeError", "SynthesizerInputError"}
    return isinstance(error, ValueError) or type(error).__name__ in data_errors


__all__ = ["TrainingWatcher", "FittedSDV", "NEURAL_KINDS", "SDV_LIBRARY", "TABLE",
           "build_metadata", "fit_sdv", "load_sdv", "prepare_frame", "seeded_global_rngs"]
