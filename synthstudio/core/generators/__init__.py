"""Registry of generator families. Modules import their heavy libraries lazily, inside
fit/sample, so listing generators (for a wizard or ``--help``) stays instant."""
from __future__ import annotations

from importlib import import_module
from typing import Any

from synthstudio.core.errors import BadInputError
from synthstudio.core.generators.base import Estimate, FitReport, Generator, GeneratorInfo, ParamSpec

_CLASSES = {
    "gaussian_copula": "synthstudio.core.generators.sdv_generators:GaussianCopulaGenerator",
    "ctgan": "synthstudio.core.generators.sdv_generators:CTGANGenerator",
    "tvae": "synthstudio.core.generators.sdv_generators:TVAEGenerator",
    "copula_gan": "synthstudio.core.generators.sdv_generators:CopulaGANGenerator",
    "tabular_argn": "synthstudio.core.generators.tabular_argn:TabularARGNGenerator",
    "metadata_only": "synthstudio.core.generators.metadata_only:MetadataOnlyGenerator",
}

# The three presets a non-programmer picks from; each names a generator key.
PRESETS = {"fast": "gaussian_copula", "balanced": "ctgan", "best": "tabular_argn"}


def generator_keys() -> list[str]:
    return list(_CLASSES)


def generator_class(key: str) -> type[Generator]:
    key = PRESETS.get(key, key)
    if key not in _CLASSES:
        raise BadInputError(f"There is no generator called '{key}'.",
                            f"Choose one of: {', '.join(_CLASSES)} (or a preset: {', '.join(PRESETS)}).")
    module, name = _CLASSES[key].split(":")
    return getattr(import_module(module), name)


def generator_info(key: str) -> GeneratorInfo:
    return generator_class(key).info


def create_generator(key: str, **params: Any) -> Generator:
    return generator_class(key)(**params)


__all__ = ["Estimate", "FitReport", "Generator", "GeneratorInfo", "ParamSpec", "PRESETS",
           "create_generator", "generator_class", "generator_info", "generator_keys"]
