"""Values written the way a reader of a datasheet expects them (numbers, durations, sizes)."""
from __future__ import annotations

import math
from typing import Any, Mapping

MISSING = "—"


def fmt_value(value: Any) -> str:
    """Any JSON-ish value as short readable text: 32,561 · 0.873 · yes · a, b."""
    if value is None:
        return MISSING
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return fmt_number(value)
    if isinstance(value, Mapping):
        return "; ".join(f"{key}: {fmt_value(item)}" for key, item in value.items()) or MISSING
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(fmt_value(item) for item in value) or MISSING
    return str(value)


def fmt_number(value: float) -> str:
    if math.isnan(value):
        return "not available"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value == int(value) and abs(value) >= 1000:
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.1f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def fmt_share(value: Any) -> str:
    """A fraction in [0, 1] as a percentage (1.0 -> 100%)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return fmt_value(value)
    percent = 100 * float(value)
    return f"{percent:.0f}%" if percent == round(percent) else f"{percent:.1f}%"


def fmt_seconds(seconds: Any) -> str:
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool):
        return fmt_value(seconds)
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, rest = divmod(round(seconds), 60)
    if minutes < 60:
        return f"{minutes} min {rest} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min"


def fmt_bytes(size: Any) -> str:
    if not isinstance(size, (int, float)) or isinstance(size, bool):
        return fmt_value(size)
    units = ("bytes", "KB", "MB", "GB", "TB")
    size, index = float(size), 0
    while size >= 1024 and index < len(units) - 1:
        size, index = size / 1024, index + 1
    return f"{int(size):,} bytes" if index == 0 else f"{size:,.1f} {units[index]}"


def fmt_fingerprint(fingerprint: str) -> str:
    """``AB:CD:...`` in two halves, so a line break falls in the middle and not at random."""
    parts = fingerprint.split(":")
    half = len(parts) // 2
    return f"{':'.join(parts[:half])} {':'.join(parts[half:])}" if half else fingerprint
