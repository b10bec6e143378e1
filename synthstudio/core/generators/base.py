"""One interface for every generator family.

A generator is created with its parameters, then ``fit(data, schema, seed, progress,
cancel)`` learns from the real table and ``sample(n, seed)`` draws synthetic rows. The
base class owns what all families share: parameter validation, dropping columns that must
never be learned (identifiers, direct identifiers) and filling them back with fake values,
seeding, and the report of what was used (device, time, epochs, losses).

Two abilities are optional: a family that has them names them in :meth:`Generator.fairness_method`
and :meth:`Generator.conditioning_method` (None by default) and implements ``_sample_fair`` and
``_sample_conditioned``. Fairness enforcement and partial mode use them when they are there.
"""
from __future__ import annotations

import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Mapping

import pandas as pd

from synthstudio.core.errors import BadInputError
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress
from synthstudio.core.schema import Schema

if TYPE_CHECKING:
    from synthstudio.core.fairness.targets import FairnessTarget


@dataclass(frozen=True)
class ParamSpec:
    """One tunable parameter, described well enough for a form and for validation."""

    name: str
    label: str
    kind: str                      # "int" | "float" | "bool" | "choice"
    default: Any
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] = ()
    help: str = ""
    step: int | None = None        # ints only: the value must be a multiple of this (e.g. batch size)

    def validate(self, value: Any) -> Any:
        try:
            if self.kind == "int":
                value = int(value)
            elif self.kind == "float":
                value = float(value)
            elif self.kind == "bool":
                value = value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes", "on"}
        except (TypeError, ValueError):
            raise BadInputError(f"The setting '{self.label}' must be a {self.kind} number; got {value!r}.",
                                f"Enter a value between {self.minimum} and {self.maximum}.") from None
        if self.kind == "choice" and value not in self.choices:
            raise BadInputError(f"The setting '{self.label}' cannot be {value!r}.",
                                f"Choose one of: {', '.join(map(str, self.choices))}.")
        if self.kind in {"int", "float"}:
            if (self.minimum is not None and value < self.minimum) or \
               (self.maximum is not None and value > self.maximum):
                raise BadInputError(f"The setting '{self.label}' is {value}, outside its range.",
                                    f"Enter a value between {self.minimum} and {self.maximum}.")
        if self.kind == "int" and self.step and value % self.step:
            raise BadInputError(f"The setting '{self.label}' must be a multiple of {self.step}; got {value}.",
                                f"Enter a multiple of {self.step}, e.g. {max(self.step, value - value % self.step)}.")
        return value


@dataclass(frozen=True)
class Estimate:
    """A rough guess, shown before a run: seconds and peak memory for a table size."""

    seconds: float
    memory_mb: float
    device: str


@dataclass(frozen=True)
class GeneratorInfo:
    key: str                      # stable identifier used in the CLI and project files
    name: str                     # shown to people
    description: str              # one or two plain sentences
    family: str                   # "copula", "gan", "vae", "autoregressive", "metadata"
    params: tuple[ParamSpec, ...] = ()
    can_use_gpu: bool = False
    learns_from_rows: bool = True  # False for "from metadata only"
    library: str = ""             # e.g. "SDV 2.0 (Business Source License 1.1)"
    presets: dict[str, dict[str, Any]] = field(default_factory=dict)  # "fast"/"balanced"/"best"


@dataclass
class FitReport:
    device: str = "cpu"
    device_note: str = ""         # plain-language reason when the processor was used instead of a GPU
    seconds: float = 0.0
    epochs_done: int | None = None
    epochs_planned: int | None = None
    loss_history: list[dict[str, float]] = field(default_factory=list)
    learned_columns: list[str] = field(default_factory=list)
    dropped_columns: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "device": self.device, "device_note": self.device_note, "seconds": round(self.seconds, 3),
            "epochs_done": self.epochs_done, "epochs_planned": self.epochs_planned,
            "learned_columns": self.learned_columns, "dropped_columns": self.dropped_columns,
            "final_loss": self.loss_history[-1] if self.loss_history else None,
        }


class Generator(ABC):
    """Subclasses set ``info`` and implement ``_fit`` and ``_sample``."""

    info: ClassVar[GeneratorInfo]

    def __init__(self, **params: Any):
        known = {p.name: p for p in self.info.params}
        unknown = set(params) - set(known)
        if unknown:
            raise BadInputError(f"{self.info.name} has no setting called {', '.join(sorted(unknown))}.",
                                f"Known settings: {', '.join(known) or 'none'}.")
        self.params: dict[str, Any] = {name: spec.default for name, spec in known.items()}
        for name, value in params.items():
            self.params[name] = known[name].validate(value)
        self.schema: Schema | None = None
        self.report: FitReport | None = None
        self.use_gpu: bool = True   # the user's setting; a GPU is used only when present
        self._not_learned_shapes: dict[str, Any] = {}

    @property
    def is_fitted(self) -> bool:
        """True only after a fit that ran to the end (a cancelled or failed fit leaves it False)."""
        return self.schema is not None

    # -- shown before a run ------------------------------------------------------
    @classmethod
    @abstractmethod
    def estimate(cls, n_rows: int, n_columns: int, params: dict[str, Any] | None = None,
                 device: str = "cpu") -> Estimate:
        """Rough time and memory for a table of this size (from benchmarks/bench_core.py)."""

    # -- the work ----------------------------------------------------------------
    def fit(self, data: pd.DataFrame, schema: Schema, seed: int = 0,
            progress: ProgressFn | None = None, cancel: CancelToken | None = None) -> FitReport:
        progress = progress or no_progress
        check_cancel(cancel)
        learned = [c for c in schema.learned_columns if c in data.columns]
        if not learned:
            raise BadInputError("There is no column left to learn from: every column is an identifier.",
                                "Give at least one column a role other than identifier or direct identifier.")
        from synthstudio.core.generators.identifiers import describe_not_learned_columns
        # A new fit forgets the old model first: if it is cancelled or fails, the generator
        # is left unfitted rather than half old, half new.
        self.schema = None
        report = FitReport(learned_columns=learned,
                           dropped_columns=[c for c in schema.names if c not in learned])
        self.report = report          # published now, so loss_history can be watched live
        started = time.perf_counter()
        try:
            self._fit(data[learned].copy(), schema.subset(learned), seed, report, progress, cancel)
        except BaseException:
            self.report = None
            raise
        report.seconds = time.perf_counter() - started
        # Only the format of identifier columns is kept (e.g. "??-######"), never a value.
        self._not_learned_shapes = describe_not_learned_columns(data, schema)
        self.schema = schema
        progress(1.0, "Model trained")
        return report

    def sample(self, n: int, seed: int = 0, progress: ProgressFn | None = None,
               cancel: CancelToken | None = None) -> pd.DataFrame:
        self._check_can_sample(n)
        check_cancel(cancel)
        return self._completed(self._sample(int(n), seed, progress or no_progress, cancel), seed)

    # -- optional abilities --------------------------------------------------------------
    def fairness_method(self, target: FairnessTarget) -> str | None:
        """The name of this generator's own way to generate rows that meet ``target`` (recorded with
        the result), or None when it has none for this target: the default."""
        return None

    def sample_fair(self, n: int, target: FairnessTarget, seed: int = 0,
                    shares: Mapping[str, float] | None = None, progress: ProgressFn | None = None,
                    cancel: CancelToken | None = None) -> pd.DataFrame:
        """``n`` rows drawn with the option :meth:`fairness_method` names for ``target``, completed like
        :meth:`sample`. ``shares``: for a representation target, the wanted share of the rows for each
        group of its sensitive column, by group label (as :mod:`synthstudio.core.fairness.groups` writes it)."""
        if self.fairness_method(target) is None:
            raise RuntimeError(f"{self.info.name} has no fairness option for {target.describe()}")
        self._check_can_sample(n)
        check_cancel(cancel)
        drawn = self._sample_fair(int(n), target, dict(shares or {}), seed, progress or no_progress, cancel)
        return self._completed(drawn, seed)

    def conditioning_method(self) -> str | None:
        """The name of this generator's way to generate some learned columns conditioned on the others
        of the same row (see :meth:`sample_conditioned`), or None when it has none: the default."""
        return None

    def sample_conditioned(self, given: pd.DataFrame, seed: int = 0, progress: ProgressFn | None = None,
                           cancel: CancelToken | None = None) -> pd.DataFrame:
        """One row per row of ``given`` (some of the learned columns): its other learned columns are
        generated conditioned on that row's values, ``given``'s columns are returned as they were and
        identifier columns are made up as in :meth:`sample`. The index is 0..n-1, as from :meth:`sample`."""
        if self.conditioning_method() is None:
            raise RuntimeError(f"{self.info.name} cannot generate columns conditioned on others")
        self._check_can_sample(len(given))
        learned = self.schema.learned_columns
        stray = [str(name) for name in given.columns if name not in learned]
        if stray:
            raise BadInputError(f"Rows cannot be generated conditioned on {', '.join(stray)}: the generator did not "
                                "learn " + ("that column." if len(stray) == 1 else "these columns."),
                                "Condition on learned columns only (identifiers are never learned).")
        if set(learned) <= set(given.columns):
            raise BadInputError("Every learned column was given, so nothing is left to generate.",
                                "Leave at least one learned column out of the given ones.")
        check_cancel(cancel)
        given = given.reset_index(drop=True)
        generated = self._sample_conditioned(given, seed, progress or no_progress, cancel)
        for name in given.columns:   # as given: same values and dtypes, whatever the model made of them
            generated[name] = given[name]
        return self._completed(generated, seed)

    def _check_can_sample(self, n: int) -> None:
        if not self.is_fitted:
            raise RuntimeError("fit() must be called before sample()")
        if n < 1:
            raise BadInputError("The number of rows to generate must be at least 1.",
                                "Enter a positive number of rows.")

    def _completed(self, synthetic: pd.DataFrame, seed: int) -> pd.DataFrame:
        """Learned columns as drawn, identifier columns made up (seeded), in the schema's order."""
        from synthstudio.core.generators.identifiers import fill_not_learned_columns
        synthetic = fill_not_learned_columns(synthetic, self.schema, seed, self._not_learned_shapes)
        return synthetic[self.schema.names].reset_index(drop=True)

    @abstractmethod
    def _fit(self, data: pd.DataFrame, schema: Schema, seed: int, report: FitReport,
             progress: ProgressFn, cancel: CancelToken | None) -> None:
        """Learn from ``data`` (learned columns only). Update ``report`` (device, epochs, losses)."""

    @abstractmethod
    def _sample(self, n: int, seed: int, progress: ProgressFn, cancel: CancelToken | None) -> pd.DataFrame:
        """Draw ``n`` rows of the learned columns; the same seed gives the same rows."""

    def _sample_fair(self, n: int, target: FairnessTarget, shares: dict[str, float], seed: int,
                     progress: ProgressFn, cancel: CancelToken | None) -> pd.DataFrame:
        """Families whose :meth:`fairness_method` names an option draw ``n`` rows of the learned columns with it."""
        raise NotImplementedError

    def _sample_conditioned(self, given: pd.DataFrame, seed: int, progress: ProgressFn,
                            cancel: CancelToken | None) -> pd.DataFrame:
        """Families whose :meth:`conditioning_method` names one draw, for each row of ``given``, the other
        learned columns conditioned on it (index 0..n-1)."""
        raise NotImplementedError
