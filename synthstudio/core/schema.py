"""Column types and roles of a table: the data model, detection and the JSON round trip."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from enum import Enum
from typing import TYPE_CHECKING, Any, Iterable, Mapping

if TYPE_CHECKING:
    import pandas as pd


class ColumnType(str, Enum):
    INTEGER = "integer"
    FLOAT = "float"
    CATEGORICAL = "categorical"
    BOOLEAN = "boolean"
    DATETIME = "datetime"
    IDENTIFIER = "identifier"
    TEXT = "text"


class Role(str, Enum):
    PLAIN = "plain"
    IDENTIFIER = "identifier"                  # a record key (row id); never learned, regenerated
    DIRECT_IDENTIFIER = "direct_identifier"    # names, emails, phones, national IDs: never learned
    QUASI_IDENTIFIER = "quasi_identifier"      # age, zip, sex...: re-identification risk in combination
    SENSITIVE = "sensitive"                    # protected or sensitive attribute (fairness, attribute inference)
    TARGET = "target"                          # the outcome a downstream model predicts


class PiiKind(str, Enum):
    EMAIL = "email"
    PHONE = "phone"
    NATIONAL_ID = "national_id"
    PERSON_NAME = "person_name"
    CASE_NUMBER = "case_number"
    DATE_OF_BIRTH = "date_of_birth"
    OTHER = "other"


NUMERIC_TYPES = frozenset({ColumnType.INTEGER, ColumnType.FLOAT})
NOT_LEARNED_ROLES = frozenset({Role.IDENTIFIER, Role.DIRECT_IDENTIFIER})


@dataclass
class ColumnSpec:
    name: str
    type: ColumnType
    role: Role = Role.PLAIN
    detected_type: ColumnType | None = None   # what detection said, kept when the user overrides
    datetime_format: str | None = None        # strftime format, e.g. "%Y-%m-%d"
    pii_kind: PiiKind | None = None           # why the column looks like a direct identifier
    missing_share: float = 0.0
    n_distinct: int = 0
    value_labels: dict[str, str] | None = None  # SPSS/Stata code -> label
    note: str = ""                            # plain-language reason for the detection

    @property
    def learned(self) -> bool:
        """Whether generators learn from this column (identifiers never are)."""
        return self.role not in NOT_LEARNED_ROLES and self.type is not ColumnType.IDENTIFIER

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("type", "role", "detected_type", "pii_kind"):
            if data[key] is not None:
                data[key] = data[key].value
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ColumnSpec":
        data = dict(data)
        data["type"] = ColumnType(data["type"])
        data["role"] = Role(data.get("role", "plain"))
        for key, enum in (("detected_type", ColumnType), ("pii_kind", PiiKind)):
            if data.get(key) is not None:
                data[key] = enum(data[key])
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Schema:
    columns: list[ColumnSpec] = field(default_factory=list)

    # -- lookup ---------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> ColumnSpec:
        for spec in self.columns:
            if spec.name == name:
                return spec
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return any(c.name == name for c in self.columns)

    def with_role(self, *roles: Role) -> list[ColumnSpec]:
        return [c for c in self.columns if c.role in roles]

    @property
    def target(self) -> str | None:
        targets = self.with_role(Role.TARGET)
        return targets[0].name if targets else None

    @property
    def learned_columns(self) -> list[str]:
        return [c.name for c in self.columns if c.learned]

    # -- user overrides ---------------------------------------------------------
    def set_type(self, name: str, column_type: ColumnType | str, datetime_format: str | None = None) -> None:
        spec = self.column(name)
        spec.type = ColumnType(column_type)
        if spec.type is ColumnType.DATETIME:
            spec.datetime_format = datetime_format or spec.datetime_format
        else:
            spec.datetime_format = None

    def set_role(self, name: str, role: Role | str) -> None:
        role = Role(role)
        if role is Role.TARGET:  # one target at a time: the new one replaces the old
            for spec in self.columns:
                if spec.role is Role.TARGET:
                    spec.role = Role.PLAIN
        self.column(name).role = role

    def copy(self) -> "Schema":
        return Schema([replace(c, value_labels=dict(c.value_labels) if c.value_labels else None)
                       for c in self.columns])

    def subset(self, names: Iterable[str]) -> "Schema":
        wanted = set(names)
        return Schema([replace(c) for c in self.columns if c.name in wanted])

    # -- JSON -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"schema_version": 1, "columns": [c.to_dict() for c in self.columns]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Schema":
        return cls([ColumnSpec.from_dict(c) for c in data["columns"]])

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Schema":
        return cls.from_dict(json.loads(text))


def detect_schema(frame: "pd.DataFrame", value_labels: Mapping[Any, Mapping[Any, Any]] | None = None) -> Schema:
    """Detect each column's type, suggested role and reason (see ``schema_detection``)."""
    # Imported here because detection builds on the data model above (and on SDV, slow to import).
    from synthstudio.core.schema_detection import detect_schema as detect

    return detect(frame, value_labels)
