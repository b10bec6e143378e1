"""User-facing errors: each carries a plain-language message and a remedy.

The GUI shows ``message`` and ``remedy`` in a dialog (with ``details`` expandable); the
CLI prints them and exits with ``exit_code``. Nothing here is ever shown as a traceback.
"""
from __future__ import annotations


class SynthStudioError(Exception):
    """Base of every error a user may see. ``code`` is stable, for tests and translation."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, remedy: str = "", *, details: str = "", code: str | None = None):
        super().__init__(message)
        self.message = message
        self.remedy = remedy
        self.details = details
        if code:
            self.code = code

    def user_text(self) -> str:
        return f"{self.message}\n{self.remedy}".strip()

    def __str__(self) -> str:  # what logging and the CLI print
        return self.user_text()


class BadInputError(SynthStudioError):
    """The file or the settings the user gave cannot be used (CLI exit code 2)."""

    code = "bad_input"
    exit_code = 2


class Cancelled(SynthStudioError):
    """The user cancelled long work; nothing was written (CLI exit code 130)."""

    code = "cancelled"
    exit_code = 130

    def __init__(self, message: str = "The work was cancelled. Nothing was written.", remedy: str = ""):
        super().__init__(message, remedy)


class GenerationError(SynthStudioError):
    """A generator failed while learning or sampling."""

    code = "generation_failed"
    exit_code = 1
