"""The core never imports Qt: it must run headless, in the CLI and in tests without a screen."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "synthstudio" / "core"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy", "synthstudio.gui", "matplotlib.pyplot")


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_core_sources_never_import_qt_or_gui():
    offenders = [
        f"{path.relative_to(CORE.parent)}: {name}"
        for path in sorted(CORE.rglob("*.py"))
        for name in _imports(path)
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(
        ".".join(path.relative_to(CORE.parents[1]).with_suffix("").parts).removesuffix(".__init__")
        for path in CORE.rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'PyQt5', 'PyQt6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=240)
