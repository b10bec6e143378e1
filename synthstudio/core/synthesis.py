"""One synthesis run: hold out real rows, fit a generator, sample, and record what was done.

The GUI and the CLI both call :func:`run_synthesis`; the run record it returns is the JSON
account of the run (input hash, schema, generator, parameters, seed, versions, device,
timings) that goes next to the synthetic table and, later, into the datasheet.
"""
from __future__ import annotations

import platform
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from typing import Any, Callable

import pandas as pd

from synthstudio import __version__
from synthstudio.core.dataset import Dataset
from synthstudio.core.errors import BadInputError
from synthstudio.core.evaluation import EvaluationReport, evaluate
from synthstudio.core.evaluation.holdout import DEFAULT_HOLDOUT_SHARE, split_holdout
from synthstudio.core.generators import FitReport, Generator, create_generator, generator_info
from synthstudio.core.fairness.targets import FairnessTarget
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel, no_progress, sub_progress
from synthstudio.core.modes import (DEFAULT_SYNTHETIC_SHARE, ModeOutput, ModeSettings, generator_key_for,
                                    produce_output)
from synthstudio.core.schema import Schema

RECORD_VERSION = 1
# Libraries whose versions decide what a run produces; recorded for reproducibility.
RECORDED_PACKAGES = ("sdv", "rdt", "sdmetrics", "ctgan", "copulas", "mostlyai-engine", "torch",
                     "pandas", "numpy", "scikit-learn")


@dataclass
class SynthesisSettings:
    generator: str = "gaussian_copula"
    params: dict[str, Any] = field(default_factory=dict)
    rows: int | None = None            # None: as many rows as the training part of the real table
    seed: int = 0
    holdout_share: float = DEFAULT_HOLDOUT_SHARE
    mode: str = "full"
    use_gpu: bool = True
    evaluate: bool = True              # measure fidelity, diversity, utility, privacy against the holdout
    replaced_columns: list[str] | None = None         # partial: None = sensitive + quasi-identifier columns
    synthetic_share: float = DEFAULT_SYNTHETIC_SHARE  # hybrid
    origin_column: str | None = None                  # hybrid: name of the per-row origin column
    fairness: dict[str, Any] | None = None            # FairnessTarget.to_dict()

    def mode_settings(self) -> ModeSettings:
        return ModeSettings(self.mode, self.replaced_columns, self.synthetic_share, self.origin_column)

    def fairness_target(self) -> FairnessTarget | None:
        return FairnessTarget.from_dict(self.fairness) if self.fairness else None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SynthesisSettings":
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})

    def validate(self) -> None:
        self.mode_settings().validate()
        self.fairness_target()   # a target that makes no sense is refused here, before any work
        if self.rows is not None and self.rows < 1:
            raise BadInputError("The number of rows to generate must be at least 1.",
                                "Enter a positive number of rows, or leave it empty for as many as the input.")
        if not 0 <= self.holdout_share < 0.9:
            raise BadInputError(f"The holdout share {self.holdout_share} is outside 0–0.9.",
                                "Keep between 0 and 0.9 of the rows aside (0.2 is usual).")


@dataclass
class SynthesisResult:
    synthetic: pd.DataFrame
    train: pd.DataFrame
    holdout: pd.DataFrame
    fit_report: FitReport
    record: dict[str, Any]
    settings: SynthesisSettings
    generator: Generator
    output: ModeOutput | None = None              # mode details, synthetic fraction, fairness enforcement
    fairness: Any = None                          # FairnessVerification (charts, datasheet) or None
    evaluation: EvaluationReport | None = None


def package_versions() -> dict[str, str]:
    versions = {"synthstudio": __version__, "python": platform.python_version()}
    for name in RECORDED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def run_synthesis(dataset: Dataset, schema: Schema, settings: SynthesisSettings,
                  progress: ProgressFn | None = None, cancel: CancelToken | None = None,
                  lineage: dict[str, Any] | None = None,
                  on_generator: Callable[[Generator], None] | None = None) -> SynthesisResult:
    """Fit ``settings.generator`` on the training part of ``dataset`` and sample synthetic rows.

    ``lineage`` is the model-collapse guard's finding on the input
    (``LineageFinding.to_record``), recorded so the datasheet can show the generation depth.
    ``on_generator`` receives the generator before it trains, so a GUI can watch its live losses.
    """
    progress = progress or no_progress
    settings.validate()
    started_at = datetime.now(timezone.utc)
    progress(0.0, "Setting aside holdout rows")
    train, holdout = split_holdout(dataset.frame, settings.holdout_share, settings.seed, schema.target)
    mode, fairness = settings.mode_settings(), settings.fairness_target()
    mode.check_against(schema, train, settings.rows)           # refuse impossible settings before training
    if fairness is not None:
        fairness = fairness.check_against(train, schema)
    check_cancel(cancel)

    key = generator_key_for(settings.mode, settings.generator)
    generator = create_generator(key, **(settings.params if key == settings.generator else {}))
    generator.use_gpu = settings.use_gpu
    if on_generator is not None:
        on_generator(generator)
    fit_started = time.perf_counter()
    fit_end = 0.8 if settings.evaluate else 0.9
    fit_report = generator.fit(train, schema, settings.seed, sub_progress(progress, 0.02, fit_end), cancel)
    fit_seconds = time.perf_counter() - fit_started

    sample_started = time.perf_counter()
    output = produce_output(generator, train, schema, mode, settings.rows, settings.seed, fairness,
                            sub_progress(progress, fit_end, fit_end + 0.05), cancel)
    synthetic = output.table
    sample_seconds = time.perf_counter() - sample_started
    verification = None
    if fairness is not None:   # a few seconds: three small models tested on the real holdout
        from synthstudio.core.fairness.verify import verify_fairness   # scikit-learn + fairlearn: load when used
        verification = verify_fairness(fairness, train, holdout, synthetic, schema, plain=output.plain,
                                       seed=settings.seed, progress=lambda _, text: progress(fit_end + 0.05, text),
                                       cancel=cancel)

    evaluation = None
    evaluate_started = time.perf_counter()
    if settings.evaluate and len(holdout):
        evaluation = evaluate(train, holdout, synthetic, schema, seed=settings.seed,
                              progress=sub_progress(progress, fit_end + 0.05, 1.0), cancel=cancel)
    progress(1.0, f"Generated {len(synthetic):,} rows")

    info = generator_info(key)
    record = {
        "record_version": RECORD_VERSION,
        "created": started_at.isoformat(timespec="seconds"),
        "input": {
            "file": str(dataset.source), "name": dataset.name, "sha256": dataset.sha256,
            "size_bytes": dataset.size_bytes, "format": dataset.file_format,
            "rows": int(len(dataset.frame)), "columns": int(dataset.frame.shape[1]),
            "load_options": dataset.options.to_dict(), "load_warnings": list(dataset.warnings),
        },
        "schema": schema.to_dict(),
        "split": {"holdout_share": settings.holdout_share, "train_rows": int(len(train)),
                  "holdout_rows": int(len(holdout)), "stratified_on": schema.target},
        "generator": {"key": info.key, "name": info.name, "library": info.library,
                      "parameters": dict(generator.params)},
        "seed": settings.seed,
        "rows_generated": int(len(synthetic)),
        **output.record(),   # mode, mode_name, synthetic_fraction, mode_details, mode_notes, fairness_enforcement
        "fairness": verification.to_dict() if verification is not None else None,
        "device": fit_report.device,
        "fit": fit_report.to_dict(),
        "timings": {"fit_seconds": round(fit_seconds, 3), "sample_seconds": round(sample_seconds, 3),
                    "evaluate_seconds": round(time.perf_counter() - evaluate_started, 3)},
        "evaluation": evaluation.to_dict() if evaluation else None,
        "lineage": lineage or {"parents": [], "generation_depth": 1},
        "versions": package_versions(),
        "platform": {"system": platform.system(), "machine": platform.machine()},
    }
    return SynthesisResult(synthetic=synthetic, train=train, holdout=holdout, fit_report=fit_report,
                           record=record, settings=settings, generator=generator, evaluation=evaluation,
                           output=output, fairness=verification)
