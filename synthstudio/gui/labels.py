"""Plain-language, translatable names for the core's codes (column types, roles, job states)."""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from synthstudio.core.schema import ColumnType, Role

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def type_label(column_type: ColumnType) -> str:
    return {
        ColumnType.INTEGER: translate("Labels", "Whole number"),
        ColumnType.FLOAT: translate("Labels", "Decimal number"),
        ColumnType.CATEGORICAL: translate("Labels", "Category"),
        ColumnType.BOOLEAN: translate("Labels", "Yes / no"),
        ColumnType.DATETIME: translate("Labels", "Date / time"),
        ColumnType.IDENTIFIER: translate("Labels", "Identifier (ID)"),
        ColumnType.TEXT: translate("Labels", "Free text"),
    }[column_type]


def role_label(role: Role) -> str:
    return {
        Role.PLAIN: translate("Labels", "Ordinary"),
        Role.IDENTIFIER: translate("Labels", "Record identifier"),
        Role.DIRECT_IDENTIFIER: translate("Labels", "Direct identifier"),
        Role.QUASI_IDENTIFIER: translate("Labels", "Quasi-identifier"),
        Role.SENSITIVE: translate("Labels", "Sensitive"),
        Role.TARGET: translate("Labels", "Target (outcome)"),
    }[role]


def role_help(role: Role) -> str:
    return {
        Role.PLAIN: translate("Labels", "An ordinary column: learned and generated."),
        Role.IDENTIFIER: translate("Labels", "A row number or record key. Never learned; new keys are made up."),
        Role.DIRECT_IDENTIFIER: translate("Labels", "Names, e-mails, phone or ID numbers. Never learned; "
                                                    "fake values replace them."),
        Role.QUASI_IDENTIFIER: translate("Labels", "Age, postcode, sex…: harmless alone, identifying in combination. "
                                                   "Used to check privacy."),
        Role.SENSITIVE: translate("Labels", "A protected or sensitive attribute (health, ethnicity…). "
                                            "Used to check privacy and fairness."),
        Role.TARGET: translate("Labels", "The outcome a model will predict from the other columns. At most one."),
    }[role]


def job_state_label(state: str) -> str:
    return {
        "queued": translate("Labels", "Waiting"),
        "running": translate("Labels", "Running"),
        "cancelling": translate("Labels", "Cancelling…"),
        "finished": translate("Labels", "Finished"),
        "failed": translate("Labels", "Failed"),
        "cancelled": translate("Labels", "Cancelled"),
    }[state]


def format_duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return translate("Labels", "{0} s").format(seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return translate("Labels", "{0} min {1:02d} s").format(minutes, seconds)
    hours, minutes = divmod(minutes, 60)
    return translate("Labels", "{0} h {1:02d} min").format(hours, minutes)


# "&File" marks F as the Alt key; languages without that letter write "ملف (&F)".
_BRACKETED_ACCELERATOR = re.compile(r"\s*\(&[^&\s]\)")


def without_accelerator(text: str) -> str:
    """A menu or button text as plain words (for accessible names and summaries)."""
    return _BRACKETED_ACCELERATOR.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


# Numbers in the interface language's style ("12,345" in English is "12 345" in French, where
# "12,345" would read as twelve and a bit); the app sets the default QLocale to that language.
def count_text(count: int) -> str:
    return QLocale().toString(int(count))


def number_text(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def percent_text(share: float, decimals: int = 0) -> str:
    return number_text(100 * share, decimals) + QLocale().percent()
