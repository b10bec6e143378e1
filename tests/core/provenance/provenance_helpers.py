"""Helpers for the provenance tests: a quick schema and a run record shaped like the real one."""
from __future__ import annotations

from typing import Any

import pandas as pd

from synthstudio.core.schema import ColumnSpec, ColumnType, Role, Schema

DATASET_ID = 0x5EED_0000_C0FF_EE42


def read_shared(shared_data, name: str) -> pd.DataFrame:
    """A shared dataset read as its README says (Adult: ', ' separator and '?' for missing)."""
    if name == "adult.csv":
        return pd.read_csv(shared_data / name, skipinitialspace=True, na_values="?")
    return pd.read_csv(shared_data / name)


def simple_schema(frame: pd.DataFrame, roles: dict[str, Role] | None = None) -> Schema:
    """A schema from the column dtypes (schema detection runs SDV, too slow for these tests)."""
    columns = []
    for name in frame.columns:
        dtype = frame[name].dtype
        kind = (ColumnType.INTEGER if pd.api.types.is_integer_dtype(dtype) else
                ColumnType.FLOAT if pd.api.types.is_float_dtype(dtype) else ColumnType.CATEGORICAL)
        columns.append(ColumnSpec(name, kind, (roles or {}).get(name, Role.PLAIN)))
    return Schema(columns)


def run_record(frame: pd.DataFrame, schema: Schema, **extra: Any) -> dict[str, Any]:
    """A run record shaped like ``synthesis.run_synthesis`` writes it."""
    record = {
        "record_version": 1, "created": "2026-05-04T10:00:00+00:00",
        "input": {"file": "/data/adult.csv", "name": "adult.csv", "sha256": "a" * 64, "size_bytes": 3974460,
                  "format": "csv", "rows": 32561, "columns": frame.shape[1]},
        "schema": schema.to_dict(), "mode": "full",
        "split": {"holdout_share": 0.2, "train_rows": 26048, "holdout_rows": 6513},
        "generator": {"key": "gaussian_copula", "name": "Gaussian copula", "library": "SDV",
                      "parameters": {"default_distribution": "beta"}},
        "seed": 7, "rows_generated": len(frame), "synthetic_fraction": {"rows": 1.0, "cells": 1.0},
        "device": "cpu", "versions": {"synthstudio": "0.1.0"},
    }
    record.update(extra)
    return record
