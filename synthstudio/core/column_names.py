"""What a column's name suggests about its role: record key, sensitive attribute, quasi-identifier, target.

Names are split into lower-case, accent-free words ("Date_of_Birth", "dateOfBirth" and
"date de naissance" all give date/of/birth...), so that a word matches only as a whole word:
"age" matches ``age`` and ``age_cat`` but not ``mileage`` or ``usage``. Vocabularies carry the
English terms of the shared datasets plus the French and Spanish ones our users write.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class ColumnName:
    """A column name split into words, for whole-word and phrase matching."""

    words: tuple[str, ...]

    @classmethod
    def parse(cls, name: str) -> "ColumnName":
        plain = unicodedata.normalize("NFKD", str(name))
        plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
        plain = _CAMEL_BOUNDARY.sub("_", plain).lower()
        return cls(tuple(word for word in _NON_WORD.split(plain) if word))

    @property
    def joined(self) -> str:
        return "_".join(self.words)

    def has_word(self, vocabulary: frozenset[str]) -> str | None:
        """The first word of the name found in ``vocabulary``."""
        return next((word for word in self.words if word in vocabulary), None)

    def has_phrase(self, phrases: frozenset[str]) -> str | None:
        """The first phrase ("marital_status") that appears as consecutive words of the name."""
        padded = f"_{self.joined}_"
        return next((phrase for phrase in sorted(phrases) if f"_{phrase}_" in padded), None)

    def matches(self, words: frozenset[str], phrases: frozenset[str] = frozenset()) -> str | None:
        return self.has_word(words) or self.has_phrase(phrases)


# A record key: never learned, regenerated. (Values must agree: see schema_detection.)
KEY_WORDS = frozenset({"id", "ids", "uuid", "guid", "key", "pk", "identifier", "identifiant"})

# Protected or sensitive attributes: used by fairness checks and attribute-inference risk.
# "personal_status" is the Statlog German credit column that encodes sex with marital status.
SENSITIVE_WORDS = frozenset({
    "sex", "gender", "race", "ethnicity", "ethnic", "religion", "religious", "disability",
    "sexe", "genre", "sexo", "genero", "raza", "etnia", "ethnie", "religio",
})
SENSITIVE_PHRASES = frozenset({
    "sexual_orientation", "personal_status", "political_opinion", "trade_union", "origine_ethnique",
})

# Quasi-identifiers: harmless alone, re-identifying in combination (Sweeney: zip + birth date + sex).
# Age is one, not a sensitive attribute: it is what linkage attacks join on.
QUASI_WORDS = frozenset({
    "age", "zip", "zipcode", "postcode", "postal", "occupation", "profession", "marital",
    "nationality", "edad", "nationalite", "nacionalidad", "profesion", "ocupacion", "birthyear",
})
QUASI_PHRASES = frozenset({
    "marital_status", "native_country", "country_of_birth", "birth_country", "birth_year",
    "year_of_birth", "code_postal", "codigo_postal", "etat_civil", "estado_civil",
    "pays_de_naissance", "pais_de_nacimiento", "annee_de_naissance",
})

# Postal codes are labels even when written as numbers: adding or averaging them means nothing.
POSTAL_CODE_WORDS = frozenset({"zip", "zipcode", "postcode", "postal"})
POSTAL_CODE_PHRASES = frozenset({"code_postal", "codigo_postal"})

# Dates of birth: with sex and a postcode they single out most people, so they count as direct identifiers.
BIRTH_DATE_WORDS = frozenset({"dob", "birthdate", "birthday", "ddn"})
BIRTH_DATE_PHRASES = frozenset({
    "date_of_birth", "birth_date", "date_naissance", "date_de_naissance", "fecha_nacimiento",
    "fecha_de_nacimiento",
})

# The target is guessed from the name only, never from the values: which column a downstream
# model predicts is the user's decision, and a wrong guess would steer fairness checks. These are
# whole-name matches (lower-cased, words joined by "_"): "income" but not "income_tax".
TARGET_NAMES = ("target", "label", "class", "outcome", "income", "two_year_recid")
