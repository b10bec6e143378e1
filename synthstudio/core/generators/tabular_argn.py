"""TabularARGN, MOSTLY AI's autoregressive network (``mostlyai-engine``): the "best quality" generator.

The engine works on a folder (its "workspace"): ``split`` copies the table there, ``analyze``
gathers (privacy-protected) column statistics, ``encode`` turns values into tokens, ``train``
fits the network and ``generate`` writes synthetic rows. We give it a private temporary folder,
delete the copy of the real rows as soon as training is done, and delete the whole folder when
the generator is closed or garbage-collected. Only the engine's public functions are used.
"""
from __future__ import annotations

import math
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any, NoReturn

import numpy as np
import pandas as pd
from pandas.api import types as ptypes

from synthstudio.core.errors import BadInputError, GenerationError, SynthStudioError
from synthstudio.core.fairness.targets import FairnessTarget
from synthstudio.core.generators.argn_engine import EngineProgress, engine_session
from synthstudio.core.generators.base import Estimate, FitReport, Generator, GeneratorInfo, ParamSpec
from synthstudio.core.generators.sdv_adapter import prepare_frame
from synthstudio.core.generators.torch_device import choose_device
from synthstudio.core.jobs import CancelToken, ProgressFn, sub_progress
from synthstudio.core.schema import ColumnSpec, ColumnType, Schema

MIN_ROWS = 10                    # the engine keeps 20 % for validation and skips training without it
GENERATION_BATCH_ROWS = 10_000   # fixed, not memory-dependent, so a seed always draws the same rows
MODEL_SIZES = ("Small", "Medium", "Large")
RARE_CATEGORY_METHODS = ("sample", "constant")
PARITY_METRICS = ("disparate_impact", "statistical_parity")   # rate gaps the engine's fairness option closes
CATEGORICAL_TYPES = (ColumnType.CATEGORICAL, ColumnType.BOOLEAN)  # encoded as categories (see _ENCODINGS)

# Schema type -> engine encoding. Free text is modelled character by character (the engine
# keeps the first 50 characters), so the synthetic table does not replay whole real sentences.
_ENCODINGS = {
    ColumnType.INTEGER: "TABULAR_NUMERIC_AUTO",
    ColumnType.FLOAT: "TABULAR_NUMERIC_AUTO",
    ColumnType.CATEGORICAL: "TABULAR_CATEGORICAL",
    ColumnType.BOOLEAN: "TABULAR_CATEGORICAL",
    ColumnType.DATETIME: "TABULAR_DATETIME",
    ColumnType.TEXT: "TABULAR_CHARACTER",
}

# -- estimate() constants --------------------------------------------------------------------
# seconds = START + min(max_training_time, max_epochs x epoch) + SAMPLE x cells, where
# epoch = EPOCH_FIXED + EPOCH_PER_CELL x training cells (80 % of rows x columns). Early
# stopping is ignored, so the estimate errs long. Measured 2026-11 on adult.csv (15 columns),
# 2 shared CPU cores: per-epoch cost from processor time of epochs at 4,000 and 16,000 rows
# with each model size (the engine's automatic batch size keeps ~100 steps per epoch, hence the
# fixed part); checked against the full table (32,561 rows, Medium: ~4 s per epoch when the
# cores were free, 802 MB peak; 700 MB at 8,000 rows). GPU speed-up: assumed, no GPU was at hand.
_START_SECONDS = 8.0             # importing torch + the engine (~6 s), split/analyze/encode
_EPOCH_FIXED_SECONDS = {"Small": 1.7, "Medium": 1.7, "Large": 2.3}
_EPOCH_SECONDS_PER_CELL = {"Small": 4.0e-6, "Medium": 4.8e-6, "Large": 5.8e-6}
_SAMPLE_SECONDS_PER_CELL = 3.0e-6
_GPU_SPEEDUP = 5.0               # on the per-cell part only; the per-step overhead stays
_BASE_MEMORY_MB = 700.0          # Python + torch + pandas + the engine
_MEMORY_MB_PER_CELL = 1.5e-4     # the table, its encoded copies and the batches (~150 bytes a cell)


def _param_specs() -> tuple[ParamSpec, ...]:
    return (
        ParamSpec("model_size", "Model size", "choice", "Medium", choices=MODEL_SIZES,
                  help="Larger models capture more detail but train more slowly. Medium suits most tables."),
        ParamSpec("max_epochs", "Maximum passes over the data (epochs)", "int", 100, 1, 1000,
                  help="Training stops earlier by itself when it stops improving."),
        ParamSpec("max_training_time", "Maximum training time (minutes)", "float", 10.0, 0.1, 1440.0,
                  help="Training stops after this time and keeps the best model so far."),
        ParamSpec("batch_size", "Batch size (0 = automatic)", "int", 0, 0, 8192,
                  help="Rows per training step. Automatic picks a size from the table size."),
        ParamSpec("value_protection", "Protect rare values", "bool", True,
                  help="Rare categories and extreme numbers are never copied from the real table."),
        ParamSpec("rare_categories", "Protected rare categories appear as", "choice", "sample",
                  choices=RARE_CATEGORY_METHODS,
                  help="'sample': replaced by common categories; 'constant': shown as the value _RARE_."),
    )


class TabularARGNGenerator(Generator):
    info = GeneratorInfo(
        key="tabular_argn",
        name="TabularARGN (MOSTLY AI engine)",
        description=("A neural network that learns each column from the columns before it, as a "
                     "language model learns words. Usually the most faithful synthetic data, but the "
                     "slowest to train; a graphics card (GPU) makes it much faster."),
        family="autoregressive",
        params=_param_specs(),
        can_use_gpu=True,
        learns_from_rows=True,
        library="mostlyai-engine 2.7.3 — Apache-2.0",
        presets={
            "fast": {"model_size": "Small", "max_epochs": 20, "max_training_time": 2.0},
            "balanced": {"model_size": "Medium", "max_epochs": 50, "max_training_time": 5.0},
            "best": {"model_size": "Medium", "max_epochs": 100, "max_training_time": 30.0},
        },
    )

    def __init__(self, **params: Any):
        super().__init__(**params)
        # Where the engine's temporary folder goes (e.g. the run's folder); None: the system temp folder.
        self.workspace_root: Path | None = None
        self._workspace: tempfile.TemporaryDirectory[str] | None = None
        self._device = "cpu"
        self._learned = Schema()              # the learned columns' specs, for the output types
        self._dtypes: dict[str, Any] = {}     # the learned columns' input dtypes

    # -- shown before a run ---------------------------------------------------------
    @classmethod
    def estimate(cls, n_rows: int, n_columns: int, params: dict[str, Any] | None = None,
                 device: str = "cpu") -> Estimate:
        settings = {p.name: p.default for p in cls.info.params} | (params or {})
        size = settings["model_size"]
        cells = max(1, n_rows) * max(1, n_columns)
        per_cell = _EPOCH_SECONDS_PER_CELL[size] / (_GPU_SPEEDUP if device != "cpu" else 1.0)
        epoch = _EPOCH_FIXED_SECONDS[size] + 0.8 * cells * per_cell
        training = min(settings["max_training_time"] * 60.0, settings["max_epochs"] * epoch)
        seconds = _START_SECONDS + training + cells * _SAMPLE_SECONDS_PER_CELL
        return Estimate(seconds=round(seconds, 1), memory_mb=round(_BASE_MEMORY_MB + cells * _MEMORY_MB_PER_CELL),
                        device=device)

    # -- the work ---------------------------------------------------------------------
    def _fit(self, data: pd.DataFrame, schema: Schema, seed: int, report: FitReport,
             progress: ProgressFn, cancel: CancelToken | None) -> None:
        if len(data) < MIN_ROWS:
            raise BadInputError(f"TabularARGN needs at least {MIN_ROWS} rows to learn from; the table has {len(data)}.",
                                "Use a larger table, or the Gaussian copula generator.")
        engine = _engine()
        self._delete_workspace()  # a new fit replaces the earlier model
        device = choose_device(allow_gpu=self.use_gpu, can_use_gpu=self.info.can_use_gpu)
        self._device = report.device = device.device
        report.device_note = device.reason
        report.epochs_planned = self.params["max_epochs"]
        frame, encodings = _to_engine_frame(data, schema)
        monitor = _TrainingMonitor(report)
        if self.workspace_root is not None:
            Path(self.workspace_root).mkdir(parents=True, exist_ok=True)
        workspace = tempfile.TemporaryDirectory(prefix="synthstudio-argn-", dir=self.workspace_root)
        folder = Path(workspace.name)

        def phase(start: float, end: float, text: str) -> EngineProgress:
            return EngineProgress(sub_progress(progress, start, end), cancel, lambda: text)

        try:
            with engine_session(seed, folder / "cache"):
                engine.split(tgt_data=frame, tgt_encoding_types=encodings, model_type="TABULAR",
                             workspace_dir=folder, update_progress=phase(0.0, 0.01, "Preparing the data"))
                engine.analyze(value_protection=self.params["value_protection"], workspace_dir=folder,
                               update_progress=phase(0.01, 0.03, "Analysing the columns"))
                engine.encode(workspace_dir=folder, update_progress=phase(0.03, 0.05, "Encoding the values"))
                engine.train(model=f"MOSTLY_AI/{self.params['model_size']}",
                             max_training_time=self.params["max_training_time"],
                             max_epochs=self.params["max_epochs"],
                             batch_size=self.params["batch_size"] or None,
                             enable_flexible_generation=True,  # lets later runs condition on any columns
                             device=self._device, workspace_dir=folder,
                             update_progress=EngineProgress(sub_progress(progress, 0.05, 1.0), cancel,
                                                            monitor.describe, on_message=monitor.record))
        except BaseException as exc:
            workspace.cleanup()  # a cancelled or failed fit leaves no folder and no model behind
            _raise_for_user(exc, "learn from the table")
        # The model needs only ModelStore; the copies of the real rows go now, not at close().
        shutil.rmtree(folder / "OriginalData", ignore_errors=True)
        shutil.rmtree(folder / "cache", ignore_errors=True)
        self._workspace = workspace
        self._learned = schema
        self._dtypes = data.dtypes.to_dict()

    def _sample(self, n: int, seed: int, progress: ProgressFn, cancel: CancelToken | None) -> pd.DataFrame:
        return self._generate(seed, progress, cancel, "Generating rows", sample_size=n)

    # -- the engine's own options: fairness, rebalancing, seeding ----------------------------
    def fairness_method(self, target: FairnessTarget) -> str | None:
        """The engine's fairness option makes the whole outcome distribution the same in every
        combination of sensitive values (statistical parity), which is what the disparate-impact and
        statistical-parity metrics measure; its rebalancing sets the shares of one column's values,
        which is what representation measures. Both work on categorical columns only."""
        if not self.is_fitted:
            return None
        if target.metric in PARITY_METRICS and self._categorical(target.target, *target.sensitive):
            return f"TabularARGN fairness-aware generation (statistical parity of {target.target} "\
                   f"across {', '.join(target.sensitive)})"
        if target.metric == "representation" and len(target.sensitive) == 1 and self._categorical(*target.sensitive):
            return f"TabularARGN rebalancing (chosen shares of {target.sensitive[0]})"
        return None

    def _sample_fair(self, n: int, target: FairnessTarget, shares: dict[str, float], seed: int,
                     progress: ProgressFn, cancel: CancelToken | None) -> pd.DataFrame:
        if target.metric == "representation":
            column = target.sensitive[0]
            probabilities = {_engine_category(label, self._dtypes[column]): share for label, share in shares.items()}
            return self._generate(seed, progress, cancel, "Generating rows with the chosen group shares",
                                  sample_size=n, rebalancing={"column": column, "probabilities": probabilities})
        fairness = {"target_column": target.target, "sensitive_columns": list(target.sensitive)}
        return self._generate(seed, progress, cancel, "Generating rows with equal outcome rates across groups",
                              sample_size=n, fairness=fairness)

    def conditioning_method(self) -> str | None:
        return "TabularARGN seed-conditional generation (seed_data)" if self.is_fitted else None

    def _sample_conditioned(self, given: pd.DataFrame, seed: int, progress: ProgressFn,
                            cancel: CancelToken | None) -> pd.DataFrame:
        seed_data, _ = _to_engine_frame(given, self._learned.subset(given.columns))
        return self._generate(seed, progress, cancel, "Generating the other columns of each row",
                              sample_size=len(given), seed_data=seed_data)

    def _categorical(self, *names: str | None) -> bool:
        return all(name in self._learned and self._learned.column(name).type in CATEGORICAL_TYPES for name in names)

    def _generate(self, seed: int, progress: ProgressFn, cancel: CancelToken | None, doing: str,
                  sample_size: int, **options: Any) -> pd.DataFrame:
        """``sample_size`` rows from the engine with ``options`` (fairness, rebalancing, seed_data)."""
        if self._workspace is None:
            raise RuntimeError("fit() must succeed before sample()")
        engine = _engine()
        folder = Path(self._workspace.name)
        output = folder / "SyntheticData"  # where generate() writes, as its documentation says
        try:
            with engine_session(seed, folder / "cache"):
                engine.generate(sample_size=sample_size, batch_size=min(sample_size, GENERATION_BATCH_ROWS),
                                rare_category_replacement_method=self.params["rare_categories"].upper(),
                                device=self._device, workspace_dir=folder,
                                update_progress=EngineProgress(progress, cancel, lambda: doing), **options)
            raw = pd.concat([pd.read_parquet(part) for part in sorted(output.glob("*.parquet"))],
                            ignore_index=True)
        except BaseException as exc:
            _raise_for_user(exc, "generate rows")
        finally:
            shutil.rmtree(output, ignore_errors=True)
            shutil.rmtree(folder / "cache", ignore_errors=True)
        return _from_engine_frame(raw, self._dtypes, self._learned)

    @property
    def workspace(self) -> Path | None:
        """The engine's folder while a model is fitted (for tests and diagnostics)."""
        return Path(self._workspace.name) if self._workspace is not None else None

    def close(self) -> None:
        """Delete the trained model and its folder; the generator is unfitted afterwards."""
        self._delete_workspace()
        self.schema = None
        self.report = None

    def _delete_workspace(self) -> None:
        if self._workspace is not None:
            self._workspace.cleanup()
            self._workspace = None

    def __enter__(self) -> "TabularARGNGenerator":
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


class _TrainingMonitor:
    """Keeps the FitReport current from the engine's per-epoch messages."""

    def __init__(self, report: FitReport):
        self.report = report
        self.epoch = 0.0   # epochs done, fractional, as of the engine's last message

    def record(self, message: dict[str, Any]) -> None:
        self.epoch = float(message.get("epoch") or self.epoch)
        self.report.epochs_done = math.floor(self.epoch)
        if message.get("val_loss") is not None:  # an epoch ended (or training stopped early)
            self.report.loss_history.append({"epoch": self.epoch, "train_loss": message.get("trn_loss"),
                                             "val_loss": message["val_loss"]})

    def describe(self) -> str:
        planned = self.report.epochs_planned or 0
        return f"Training the network (epoch {min(math.floor(self.epoch) + 1, planned)} of at most {planned})"


def _engine() -> Any:
    """The engine's public functions, imported only when needed (torch takes seconds to load)."""
    try:
        # mostlyai.engine.splitting silences every UserWarning in the process on import; keep ours.
        with warnings.catch_warnings():
            import mostlyai.engine as engine
    except ImportError as exc:
        raise GenerationError("The TabularARGN engine (mostlyai-engine) is not installed.",
                              "Reinstall SynthStudio, or choose another generator.", details=str(exc)) from exc
    return engine


def _raise_for_user(exc: BaseException, doing: str) -> NoReturn:
    """Re-raise our own errors (Cancelled included) and interrupts; explain engine failures."""
    if isinstance(exc, SynthStudioError) or not isinstance(exc, Exception):
        raise exc
    import torch

    if isinstance(exc, (MemoryError, torch.cuda.OutOfMemoryError)):
        raise GenerationError(f"The computer ran out of memory while TabularARGN tried to {doing}.",
                              "Choose a smaller model size or batch size, or use fewer rows or columns.") from exc
    raise GenerationError(f"TabularARGN could not {doing}.", "Check the column types, or choose another generator.",
                          details=f"{type(exc).__name__}: {exc}") from exc


def _to_engine_frame(data: pd.DataFrame, schema: Schema) -> tuple[pd.DataFrame, dict[str, str]]:
    """The learned columns as the engine should read them, and each column's encoding.

    ``prepare_frame`` checks that number and date columns hold numbers and dates (with a plain
    message naming the first bad value); dates written as text are then parsed with the
    schema's format, so the engine never has to guess day/month order.
    """
    frame = prepare_frame(data, schema).reset_index(drop=True)
    for spec in schema.columns:
        if spec.type is ColumnType.DATETIME and not ptypes.is_datetime64_any_dtype(frame[spec.name]):
            frame[spec.name] = pd.to_datetime(frame[spec.name], format=spec.datetime_format)
    return frame, {spec.name: _ENCODINGS.get(spec.type, "TABULAR_CATEGORICAL") for spec in schema.columns}


def _from_engine_frame(raw: pd.DataFrame, dtypes: dict[str, Any], schema: Schema) -> pd.DataFrame:
    """The engine's output (nullable Int64/Float64, strings, datetimes) back in the input's dtypes."""
    return pd.DataFrame({name: _restore_column(raw[name], dtype, schema.column(name))
                         for name, dtype in dtypes.items()})


def _restore_column(values: pd.Series, dtype: Any, spec: ColumnSpec) -> pd.Series:
    if spec.type is ColumnType.DATETIME and not ptypes.is_datetime64_any_dtype(dtype):
        return _datetime_text(pd.to_datetime(values, errors="coerce"), spec.datetime_format)
    if ptypes.is_datetime64_any_dtype(dtype):
        return pd.to_datetime(values, errors="coerce").astype(dtype)
    if isinstance(dtype, pd.CategoricalDtype):
        by_text = {str(category): category for category in dtype.categories}
        return values.astype(object).map(by_text).astype(dtype)
    if ptypes.is_bool_dtype(dtype):
        flags = values.astype(object).map({"True": True, "False": False, True: True, False: False})
        return flags.astype(bool) if flags.notna().all() else flags.astype("boolean")
    if ptypes.is_integer_dtype(dtype):
        numbers = pd.to_numeric(values, errors="coerce").round()
        return numbers.astype(dtype) if numbers.notna().all() else numbers.astype("Int64")
    if ptypes.is_float_dtype(dtype):
        return pd.to_numeric(values, errors="coerce").astype(dtype)
    if isinstance(dtype, pd.StringDtype):
        return values.astype(dtype)
    # object columns: plain Python strings with NaN for missing, as pandas reads a CSV
    return values.astype(object).where(values.notna(), np.nan)


def _engine_category(label: str, dtype: Any) -> str:
    """How the engine writes a category whose group label (canonical form) is ``label``: it reads
    values as text, so a decimal column's 1.0 is "1.0" where the label is "1"."""
    if ptypes.is_float_dtype(dtype):
        try:
            return str(float(label))
        except ValueError:
            return label
    return label


def _datetime_text(values: pd.Series, datetime_format: str | None) -> pd.Series:
    """Dates that came in as text go back out as text, in the same format."""
    if datetime_format is None:
        has_time = (values.dropna() != values.dropna().dt.normalize()).any()
        datetime_format = "%Y-%m-%d %H:%M:%S" if has_time else "%Y-%m-%d"
    return values.dt.strftime(datetime_format).astype(object).where(values.notna(), np.nan)
