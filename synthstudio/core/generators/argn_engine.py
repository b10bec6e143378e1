"""Runs MOSTLY AI's engine (``mostlyai-engine``) without letting it reach outside its workspace.

The engine keeps state in process-wide places: it seeds the global ``random``/NumPy/torch
generators and writes ``MOSTLYAI_ENGINE_SEED`` into ``os.environ``; the Hugging Face
``datasets`` library it reads its training files with caches them under ``~/.cache``; joblib
may start worker processes; its INFO logs would fill the application's log. :func:`engine_session` confines all of
that to one block and puts everything back afterwards. :class:`EngineProgress` turns the
engine's ``update_progress`` callback into our ``progress(fraction, message)`` and ``cancel``.
"""
from __future__ import annotations

import logging
import os
import random
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from synthstudio.core.generators.sdv_adapter import SEED_MODULUS
from synthstudio.core.jobs import CancelToken, ProgressFn, check_cancel

# The engine's random state and the patched library settings are process-wide, so two engine
# calls running at once (two GUI jobs) would spoil each other's reproducibility.
_ENGINE_LOCK = threading.Lock()
_SEED_VARIABLE = "MOSTLYAI_ENGINE_SEED"
_ENGINE_LOGGER = "mostlyai.engine"


@contextmanager
def engine_session(seed: int, cache_dir: Path) -> Iterator[None]:
    """Seed the engine with ``seed`` and keep every side effect inside ``cache_dir``.

    Inside the block: the engine's random state is ``seed``; ``datasets`` caches under
    ``cache_dir`` and never asks the Hugging Face hub; joblib runs in this process (no worker
    processes, which would also read a stale seed from a reused pool); the engine logs at
    WARNING and above only. On exit the global random generators, the environment, the
    library settings and the log level are as they were.
    """
    import datasets.config
    import torch
    from joblib import parallel_config
    from mostlyai.engine import set_random_state

    with ExitStack() as stack:
        stack.enter_context(_ENGINE_LOCK)
        stack.enter_context(parallel_config(backend="sequential"))
        stack.enter_context(torch.random.fork_rng())
        stack.enter_context(_kept_python_and_numpy_random_state())
        stack.enter_context(_kept_environment_variable(_SEED_VARIABLE))
        stack.enter_context(_patched(datasets.config, HF_DATASETS_CACHE=Path(cache_dir), HF_HUB_OFFLINE=True))
        stack.enter_context(_log_level(_ENGINE_LOGGER, logging.WARNING))
        set_random_state(seed % SEED_MODULUS)
        yield


@contextmanager
def _kept_python_and_numpy_random_state() -> Iterator[None]:
    python_state, numpy_state = random.getstate(), np.random.get_state()
    try:
        yield
    finally:
        random.setstate(python_state)
        np.random.set_state(numpy_state)


@contextmanager
def _kept_environment_variable(name: str) -> Iterator[None]:
    before = os.environ.get(name)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


@contextmanager
def _patched(target: Any, **values: Any) -> Iterator[None]:
    before = {name: getattr(target, name) for name in values}
    for name, value in values.items():
        setattr(target, name, value)
    try:
        yield
    finally:
        for name, value in before.items():
            setattr(target, name, value)


@contextmanager
def _log_level(logger_name: str, level: int) -> Iterator[None]:
    logger = logging.getLogger(logger_name)
    before = logger.level
    logger.setLevel(level)
    try:
        yield
    finally:
        logger.setLevel(before)


class EngineProgress:
    """The engine's ``update_progress`` callback, speaking our progress/cancel protocol.

    The engine calls it with ``total``/``completed``/``advance`` counts (training: once per
    step) and sometimes a ``message`` dict (training: the first step and each epoch end, with
    ``epoch``, ``trn_loss``, ``val_loss``). Raising :class:`Cancelled` from here stops the
    engine at once: it has no ``try``/``except`` around its loop, so the exception unwinds
    through it. The fraction never goes backwards even when the engine switches from counting
    steps to counting seconds (when ``max_training_time`` becomes the binding limit).
    """

    def __init__(self, progress: ProgressFn, cancel: CancelToken | None, describe: Callable[[], str],
                 on_message: Callable[[dict[str, Any]], None] | None = None):
        self._progress = progress
        self._cancel = cancel
        self._describe = describe
        self._on_message = on_message
        self._total = 0
        self._completed = 0
        self._shown = (-1.0, "")

    def __call__(self, total: int | None = None, completed: int | None = None, advance: int | None = None,
                 message: dict[str, Any] | None = None, **_: Any) -> None:
        check_cancel(self._cancel)
        if message and self._on_message is not None:
            self._on_message(message)
        if total:
            self._total = total
        if completed is not None:
            self._completed = completed
        elif advance:
            self._completed += advance
        if self._total:
            self._show(min(1.0, self._completed / self._total))

    def _show(self, fraction: float) -> None:
        # Rounded, so a per-step callback does not flood a GUI with thousands of updates.
        shown = (max(self._shown[0], round(fraction, 3)), self._describe())
        if shown != self._shown:
            self._shown = shown
            self._progress(*shown)
