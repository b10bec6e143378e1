#!/usr/bin/env python3
"""Set up SynthStudio in ./.venv and run it or its tests.

    python3 dev.py app    # set up, then open the app on the bundled sample dataset
    python3 dev.py test   # set up, then run the whole test suite headless
    python3 dev.py translations  # after changing interface strings: update and compile the catalogues

The set-up is idempotent: it re-installs only when requirements/lock-py311.txt or
pyproject.toml changed. It installs the CPU build of PyTorch first (torch==2.13.0 lies
on disk on our machines; an unpinned torch would pull a multi-GB CUDA build), then the
exact locked versions with --no-deps so that pip never swaps that torch out and never
pulls torchvision/torchaudio (mostlyai-engine asks for them but the tabular engine does
not use them, and PyPI's builds fail to import beside the CPU torch).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LOCK = ROOT / "requirements" / "lock-py311.txt"
TORCH = "torch==2.13.0"
STAMP = VENV / ".synthstudio-installed"


def _venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _wanted_stamp() -> str:
    digest = hashlib.sha256()
    for path in (LOCK, ROOT / "pyproject.toml"):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _pip(*args: str) -> None:
    subprocess.run([str(_venv_python()), "-m", "pip", "install",
                    "--disable-pip-version-check", "--no-input", "--quiet", *args], check=True)


def set_up() -> Path:
    if sys.version_info[:2] != (3, 11):
        print(f"warning: SynthStudio is tested on Python 3.11; this is {sys.version.split()[0]}",
              file=sys.stderr)
    if not _venv_python().exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = _wanted_stamp()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return _venv_python()
    print("Installing SynthStudio and its dependencies into .venv (a few minutes the first time) ...",
          flush=True)
    _pip(TORCH)
    _pip("--no-deps", "-r", str(LOCK))
    _pip("--no-deps", "-e", str(ROOT))
    STAMP.write_text(wanted)
    return _venv_python()


# Debian packages the PDF tests use to render, read and independently check the signed datasheet.
TEST_TOOLS = {"pdftoppm": "poppler-utils", "pdftotext": "poppler-utils", "pdfsig": "poppler-utils",
              "pdffonts": "poppler-utils"}


def install_test_tools() -> None:
    """Install missing command-line tools the tests use, where we may (root on Debian/Ubuntu)."""
    missing = sorted({pkg for tool, pkg in TEST_TOOLS.items() if shutil.which(tool) is None})
    if not missing:
        return
    if shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0:
        print(f"Installing {', '.join(missing)} for the PDF tests ...", flush=True)
        quiet = {"stdout": subprocess.DEVNULL}
        subprocess.run(["apt-get", "update", "-qq"], check=False, **quiet)
        subprocess.run(["apt-get", "install", "-y", "-qq", *missing], check=False, **quiet)
    else:
        print(f"note: install {', '.join(missing)} to run the PDF rendering tests", file=sys.stderr)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test", "setup", "translations"}:
        print(__doc__)
        return 2
    python = set_up()
    env = dict(os.environ)
    if argv[0] == "app":
        return subprocess.call([str(python), "-m", "synthstudio", "--sample", *argv[1:]], env=env)
    if argv[0] == "test":
        install_test_tools()
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env.setdefault("MPLBACKEND", "Agg")
        return subprocess.call([str(python), "-m", "pytest", *argv[1:]], env=env, cwd=ROOT)
    if argv[0] == "translations":
        return subprocess.call([str(python), "-m", "synthstudio.gui.translation_files"], env=env, cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
