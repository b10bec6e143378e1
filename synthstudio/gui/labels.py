"""Plain-language, translatable names for the core's codes (column types, roles, job states)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from synthstudio.core.schema import ColumnType, Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def type_label(column_type: ColumnType) -> str:
    return {
        ColumnType.INTEGER: _t("Whole number"),
        ColumnType.FLOAT: _t("Decimal number"),
        ColumnType.CATEGORICAL: _t("Category"),
        ColumnType.BOOLEAN: _t("Yes / no"),
        ColumnType.DATETIME: _t("Date / time"),
        ColumnType.IDENTIFIER: _t("Identifier (ID)"),
        ColumnType.TEXT: _t("Free text"),
    }[column_type]


def role_label(role: Role) -> str:
    return {
        Role.PLAIN: _t("Ordinary"),
        Role.IDENTIFIER: _t("Record identifier"),
        Role.DIRECT_IDENTIFIER: _t("Direct identifier"),
        Role.QUASI_IDENTIFIER: _t("Quasi-identifier"),
        Role.SENSITIVE: _t("Sensitive"),
        Role.TARGET: _t("Target (outcome)"),
    }[role]


def role_help(role: Role) -> str:
    return {
        Role.PLAIN: _t("An ordinary column: learned and generated."),
        Role.IDENTIFIER: _t("A row number or record key. Never learned; new keys are made up."),
        Role.DIRECT_IDENTIFIER: _t("Names, e-mails, phone or ID numbers. Never learned; fake values replace them."),
        Role.QUASI_IDENTIFIER: _t("Age, postcode, sex…: harmless alone, identifying in combination. "
                                  "Used to check privacy."),
        Role.SENSITIVE: _t("A protected or sensitive attribute (health, ethnicity…). Used to check privacy "
                           "and fairness."),
        Role.TARGET: _t("The outcome a model will predict from the other columns. At most one."),
    }[role]


def job_state_label(state: str) -> str:
    return {
        "queued": _t("Waiting"),
        "running": _t("Running"),
        "cancelling": _t("Cancelling…"),
        "finished": _t("Finished"),
        "failed": _t("Failed"),
        "cancelled": _t("Cancelled"),
    }[state]


def format_duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return _t("{0} s").format(seconds)
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return _t("{0} min {1:02d} s").format(minutes, seconds)
    hours, minutes = divmod(minutes, 60)
    return _t("{0} h {1:02d} min").format(hours, minutes)
