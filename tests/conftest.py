"""Shared fixtures: where the real datasets are, and a guard that keeps every test offline."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# Libraries that might look for a hub or phone home are told they are offline.
for _name in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE"):
    os.environ.setdefault(_name, "1")


def _shared_data_dir() -> Path:
    override = os.environ.get("SYNTHSTUDIO_SHARED_DATA")
    return Path(override) if override else ROOT.parent / "shared" / "data"


SHARED_DATA = _shared_data_dir()
SHARED_DATASETS = ("adult.csv", "compas.csv", "german_credit.csv")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data: the real public datasets (adult, compas, german_credit)."""
    if not (SHARED_DATA / "adult.csv").exists():
        pytest.fail(f"The shared datasets are missing from {SHARED_DATA}; set SYNTHSTUDIO_SHARED_DATA.")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    """Nothing may try to reach the network: any non-local socket connection fails the test."""
    real_connect = socket.socket.connect

    def guarded_connect(sock, address):
        if sock.family == socket.AF_UNIX:
            return real_connect(sock, address)
        host = address[0] if isinstance(address, tuple) else address
        if host in ("127.0.0.1", "::1", "localhost"):
            return real_connect(sock, address)
        raise AssertionError(f"A test tried to reach the network: {address!r}")

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)


@pytest.fixture(autouse=True)
def _private_app_home(tmp_path_factory, monkeypatch):
    """Each test gets its own app data folder, so no test touches the user's real one."""
    monkeypatch.setenv("SYNTHSTUDIO_HOME", str(tmp_path_factory.mktemp("synthstudio-home")))
