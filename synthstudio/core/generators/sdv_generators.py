"""The four SDV single-table generators: Gaussian copula, CTGAN, TVAE and CopulaGAN.

Each class only declares what it is (name, description, settings, presets, estimate);
all calls into SDV go through :mod:`synthstudio.core.generators.sdv_adapter`. SDV is
imported on the first fit, so listing generators stays instant.

Estimates (:meth:`SDVGenerator.estimate`), with ``cells = rows x columns``:

    seconds   = OVERHEAD + PREP * cells + epochs * EPOCH * cells * (width / default width) / GPU
    memory_mb = BASE + MB * cells

``PREP`` covers preparing the data (for the neural generators mostly ctgan's Gaussian
mixture per number column, which runs on the processor even with a GPU) and sampling;
``EPOCH`` one pass of training. The same split sizes the two parts of the progress bar.
Constants and how they were measured: :data:`_COSTS`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

import pandas as pd

from synthstudio.core.generators.base import Estimate, FitReport, Generator, GeneratorInfo, ParamSpec
from synthstudio.core.generators.sdv_adapter import SDV_LIBRARY, FittedSDV, fit_sdv
from synthstudio.core.generators.torch_device import choose_device
from synthstudio.core.jobs import CancelToken, ProgressFn
from synthstudio.core.schema import Schema

# -- settings shared by several generators ---------------------------------------------------
ENFORCE_MIN_MAX = ParamSpec(
    "enforce_min_max_values", "Keep numbers within the real range", "bool", True,
    help="Synthetic numbers and dates never go below the smallest or above the largest real value.")
ENFORCE_ROUNDING = ParamSpec(
    "enforce_rounding", "Round like the real data", "bool", True,
    help="Synthetic numbers get as many decimals as the real column has.")
DISTRIBUTION = ParamSpec(
    "default_distribution", "Shape of number columns", "choice", "beta",
    choices=("beta", "norm", "truncnorm", "gamma", "uniform", "gaussian_kde"),
    help="The curve fitted to each number column: 'beta' suits most bounded data, 'norm' is the "
         "fastest, 'gaussian_kde' follows any shape closely but is slow and memory-hungry on big tables.")
EPOCHS = ParamSpec(
    "epochs", "Training rounds (epochs)", "int", 300, 1, 10_000,
    help="How many times the model goes through the whole table. More rounds learn more and take longer.")
EMBEDDING = ParamSpec(
    "embedding_dim", "Random input size", "int", 128, 8, 1024,
    help="Size of the random vector the model turns into a row.")
LEARNING_RATE_G = ParamSpec("generator_lr", "Generator learning rate", "float", 2e-4, 1e-6, 1e-2,
                            help="Step size of the generator's training; lower is slower but steadier.")
LEARNING_RATE_D = ParamSpec("discriminator_lr", "Discriminator learning rate", "float", 2e-4, 1e-6, 1e-2,
                            help="Step size of the discriminator's training.")
DISCRIMINATOR_STEPS = ParamSpec("discriminator_steps", "Discriminator steps per generator step", "int",
                                1, 1, 10, help="More steps train the critic harder; each step costs time.")
# CTGAN's discriminator looks at rows in packs of 10, so a batch must be a multiple of 10.
GAN_BATCH = ParamSpec("batch_size", "Rows per training step (batch)", "int", 500, 10, 20_000, step=10,
                      help="Rows the model looks at in one step; must be a multiple of 10.")
GAN_PARAMS = (EPOCHS, GAN_BATCH, EMBEDDING,
              ParamSpec("generator_dim", "Generator layer width", "int", 256, 16, 2048,
                        help="Neurons in each of the generator's two hidden layers."),
              ParamSpec("discriminator_dim", "Discriminator layer width", "int", 256, 16, 2048,
                        help="Neurons in each of the discriminator's two hidden layers."),
              LEARNING_RATE_G, LEARNING_RATE_D, DISCRIMINATOR_STEPS, ENFORCE_MIN_MAX, ENFORCE_ROUNDING)
TVAE_PARAMS = (EPOCHS,
               ParamSpec("batch_size", "Rows per training step (batch)", "int", 500, 10, 20_000,
                         help="Rows the model looks at in one step."),
               EMBEDDING,
               ParamSpec("compress_dims", "Encoder layer width", "int", 128, 16, 2048,
                         help="Neurons in each of the encoder's two hidden layers."),
               ParamSpec("decompress_dims", "Decoder layer width", "int", 128, 16, 2048,
                         help="Neurons in each of the decoder's two hidden layers."),
               ParamSpec("l2scale", "Weight regularisation", "float", 1e-5, 0.0, 1.0,
                         help="Penalty on large weights; higher values smooth the model."),
               ParamSpec("loss_factor", "Reconstruction weight", "float", 2.0, 0.1, 100.0,
                         help="How much rebuilding each row counts against keeping the code simple."),
               ENFORCE_MIN_MAX, ENFORCE_ROUNDING)


@dataclass(frozen=True)
class _Cost:
    """Constants of the estimate formula (see the module docstring and :data:`_COSTS`)."""

    overhead_s: float          # set-up paid whatever the size (SDV already imported)
    prep_s_per_cell: float     # preparing the data (copula: the whole fit) and sampling as many rows
    epoch_s_per_cell: float    # one training epoch on the processor (0 for the copula)
    base_mb: float             # peak memory of a small run, SDV and torch imported
    mb_per_cell: float         # extra peak memory per learned cell
    width_param: str | None = None  # the setting one epoch's cost grows with (hidden layer width)
    width_default: float = 1.0
    gpu_speedup: float = 1.0   # epochs only (preparation stays on the processor); NOT measured


# Measured on the shared Adult table (its first 8,000 rows and all 32,561; 15 columns) with
# these generators, one fresh process per run, fit then sample of as many rows as learned,
# torch on 1 thread, on a 2-core Linux machine shared with other work (load average 6-8, so
# expect a quiet machine to be up to about twice as fast). prep = time until the first
# epoch (+ sampling), per cell of the full table; epoch = difference of 1- and 3-epoch runs
# at 8,000 rows, checked against the 1-epoch run at 32,561. Peak memory: getrusage's
# ru_maxrss at both sizes, a straight line through the two points. Seconds measured:
#   copula      fit+sample 4.4 s (8,000 rows), 11.7 s (32,561)
#   CTGAN       to 1st epoch 28 s / 128 s; epoch 2.5 s / 10.4 s
#   TVAE        to 1st epoch 24 s / 160 s; epoch 0.6 s / 1.7 s
#   CopulaGAN   to 1st epoch 21 s / 177 s; epoch 2.5 s / 13 s
# The GPU speed-up (5x on epochs) is an assumption: no GPU was available to measure it.
# Re-calibrate from benchmarks/bench_core.py on a quiet machine.
_COSTS: dict[str, _Cost] = {
    "gaussian_copula": _Cost(2.0, 2.0e-5, 0.0, 423.0, 8.7e-5),
    "ctgan": _Cost(1.0, 2.9e-4, 2.1e-5, 639.0, 1.1e-4, "generator_dim", 256, 5.0),
    "tvae": _Cost(1.0, 2.9e-4, 4.0e-6, 594.0, 1.6e-4, "compress_dims", 128, 5.0),
    "copula_gan": _Cost(1.0, 3.6e-4, 2.3e-5, 635.0, 1.6e-4, "generator_dim", 256, 5.0),
}
# The copula's SDV preprocessing is about a fifth of its fit (profiled at 300 rows).
_COPULA_PREP_SHARE = 0.2


class SDVGenerator(Generator):
    """Common fit/sample/estimate of the SDV generators; subclasses declare ``info`` and ``kind``."""

    kind: ClassVar[str]

    def __init__(self, **params: Any):
        super().__init__(**params)
        self._fitted: FittedSDV | None = None

    @classmethod
    def estimate(cls, n_rows: int, n_columns: int, params: dict[str, Any] | None = None,
                 device: str = "cpu") -> Estimate:
        prep_s, training_s = cls._phase_seconds(n_rows, n_columns, params, device)
        cost = _COSTS[cls.kind]
        cells = max(n_rows, 1) * max(n_columns, 1)
        return Estimate(seconds=cost.overhead_s + prep_s + training_s,
                        memory_mb=cost.base_mb + cost.mb_per_cell * cells,
                        device=device if cls.info.can_use_gpu else "cpu")

    @classmethod
    def _phase_seconds(cls, n_rows: int, n_columns: int, params: dict[str, Any] | None,
                       device: str) -> tuple[float, float]:
        """Seconds preparing the data and seconds training, by the formula of the module docstring."""
        cost = _COSTS[cls.kind]
        settings = {p.name: p.default for p in cls.info.params} | dict(params or {})
        cells = max(n_rows, 1) * max(n_columns, 1)
        epoch_s = cost.epoch_s_per_cell * cells
        if cost.width_param:
            epoch_s *= settings[cost.width_param] / cost.width_default
        if device == "cuda" and cls.info.can_use_gpu:
            epoch_s /= cost.gpu_speedup
        return cost.prep_s_per_cell * cells, settings.get("epochs", 0) * epoch_s

    def _fit(self, data: pd.DataFrame, schema: Schema, seed: int, report: FitReport,
             progress: ProgressFn, cancel: CancelToken | None) -> None:
        self._fitted = None
        choice = choose_device(self.use_gpu, self.info.can_use_gpu)
        if "epochs" in self.params:
            report.epochs_planned, report.epochs_done = self.params["epochs"], 0

        def on_epoch(entry: dict[str, float]) -> None:
            report.loss_history.append(entry)
            report.epochs_done = int(entry["epoch"])

        prep_s, training_s = self._phase_seconds(len(data), data.shape[1], self.params, choice.device)
        prep_share = prep_s / (prep_s + training_s) if training_s else _COPULA_PREP_SHARE
        fitted = fit_sdv(self.kind, data, schema, self.params, seed, choice, progress, cancel, on_epoch,
                         prep_share=min(max(prep_share, 0.05), 0.95))
        report.device = fitted.device
        report.device_note = choice.reason if fitted.device == "cpu" else ""
        self._fitted = fitted

    def _sample(self, n: int, seed: int, progress: ProgressFn, cancel: CancelToken | None) -> pd.DataFrame:
        assert self._fitted is not None  # Generator.sample checks is_fitted first
        return self._fitted.sample(n, seed, progress, cancel)


class GaussianCopulaGenerator(SDVGenerator):
    kind = "gaussian_copula"
    info = GeneratorInfo(
        key="gaussian_copula", name="Gaussian copula (SDV)", family="copula",
        description="Fast statistical model: learns the shape of each column and how columns move "
                    "together, then draws new rows. Good first choice; misses complex patterns.",
        params=(DISTRIBUTION, ENFORCE_MIN_MAX, ENFORCE_ROUNDING),
        can_use_gpu=False, library=SDV_LIBRARY,
        presets={"fast": {"default_distribution": "norm"},
                 "balanced": {"default_distribution": "beta"},
                 "best": {"default_distribution": "beta"}})


class CTGANGenerator(SDVGenerator):
    kind = "ctgan"
    info = GeneratorInfo(
        key="ctgan", name="CTGAN (SDV)", family="gan",
        description="Neural network that learns by competition between a row maker and a critic. "
                    "Captures complex patterns in mixed tables; needs many training rounds.",
        params=GAN_PARAMS, can_use_gpu=True, library=SDV_LIBRARY,
        presets={"fast": {"epochs": 50}, "balanced": {"epochs": 300}, "best": {"epochs": 800}})


class TVAEGenerator(SDVGenerator):
    kind = "tvae"
    info = GeneratorInfo(
        key="tvae", name="TVAE (SDV)", family="vae",
        description="Neural network that learns to compress rows into a code and rebuild them, then "
                    "builds new rows from new codes. Often faster and steadier than CTGAN.",
        params=TVAE_PARAMS, can_use_gpu=True, library=SDV_LIBRARY,
        presets={"fast": {"epochs": 50}, "balanced": {"epochs": 300}, "best": {"epochs": 800}})


class CopulaGANGenerator(SDVGenerator):
    kind = "copula_gan"
    info = GeneratorInfo(
        key="copula_gan", name="CopulaGAN (SDV)", family="gan",
        description="CTGAN that first reshapes each number column with the copula's fitted curves. "
                    "Helps with skewed numbers; as slow as CTGAN.",
        params=(DISTRIBUTION,) + GAN_PARAMS, can_use_gpu=True, library=SDV_LIBRARY,
        presets={"fast": {"epochs": 50}, "balanced": {"epochs": 300}, "best": {"epochs": 800}})
