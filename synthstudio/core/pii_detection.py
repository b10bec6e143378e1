"""Direct identifiers found from a column's values (and name): emails, phones, national IDs,
case numbers, person names.

Values decide; a name alone never does, because names mislead both ways: German credit's
``own_telephone`` holds two codes (A191/A192), not phone numbers, while a column called
``contact`` may hold emails. A name only lowers the bar the values must clear.
"""
from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from synthstudio.core.column_names import ColumnName
from synthstudio.core.schema import PiiKind

# Shares are of the column's distinct values (each counted once), not of its rows.
# Share that must match a pattern: a few typos or placeholders ("n/a") must not hide a column
# of emails, but a column that is mostly something else is not one.
PATTERN_SHARE = 0.9
# A column identifies people only if its values vary like people do.
IDENTIFYING_DISTINCT_RATIO = 0.5
# Without a key-like name, phone numbers must mostly be written as such (+, spaces, dashes).
PHONE_WRITTEN_SHARE = 0.5
# Full names ("Jade Gonzales"): most values must be one; names repeat less than categories do.
FULL_NAME_SHARE = 0.6
FULL_NAME_DISTINCT_RATIO = 0.2
# A column named as a name ("first_name", "nom") needs fewer known names: lists are never complete,
# and first names repeat a lot.
NAMED_COLUMN_NAME_SHARE = 0.3
NAMED_COLUMN_DISTINCT_RATIO = 0.05

EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
PHONE = re.compile(r"^(?:\+|00)?[\d\s().\-/]{6,}?(?:\s*(?:x|ext\.?|#)\s*\d{1,6})?$", re.IGNORECASE)
PHONE_EXTENSION = re.compile(r"\s*(?:x|ext\.?|#)\s*\d{1,6}$", re.IGNORECASE)
PHONE_SEPARATOR = re.compile(r"^\+|[\s().\-/]")
US_SSN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
FR_NIR = re.compile(r"^([12])\s?(\d{2})\s?(0[1-9]|1[0-2]|[2-9]\d)\s?(\d{2}|2[AB])\s?(\d{3})\s?(\d{3})\s?(\d{2})$")
UK_NINO = re.compile(r"^[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]$")
ES_DNI_NIE = re.compile(r"^([XYZ]?)(\d{7,8})-?([A-Z])$")
ES_CONTROL_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
# A code: letters, digits and separators, no spaces, with a few digits (13011352CF10A, 2014-CV-0012).
CODE = re.compile(r"^(?=(?:\D*\d){3})[A-Za-z0-9][A-Za-z0-9\-/.]*$")
NAME_SHAPED = re.compile(r"^[^\W\d_]+(?:[ '\-.,]+[^\W\d_]+)*\.?$")
NAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "jr", "sr", "md", "phd", "dds", "dvm",
                         "ii", "iii", "iv", "m", "mme", "mlle", "sra"})

PHONE_WORDS = frozenset({"phone", "telephone", "tel", "mobile", "cellphone", "cell", "portable",
                         "telefono", "movil", "fax", "gsm"})
NATIONAL_ID_WORDS = frozenset({"ssn", "nir", "insee", "nino", "passport", "passeport", "pasaporte", "dni",
                               "nie", "nif", "curp", "nss", "nhs"})
NATIONAL_ID_PHRASES = frozenset({"national_id", "social_security", "securite_sociale", "seguridad_social",
                                 "national_insurance", "tax_id", "id_card", "carte_identite"})
CASE_WORDS = frozenset({"case", "docket", "dossier", "expediente", "affaire"})
PERSON_NAME_WORDS = frozenset({"name", "names", "firstname", "lastname", "surname", "forename", "fullname",
                               "nom", "prenom", "nombre", "apellido", "apellidos"})


@dataclass(frozen=True)
class PiiFinding:
    kind: PiiKind
    reason: str   # plain language, shown to the user as the column's note


def _share(values: pd.Series, matches) -> float:
    return float(values.map(lambda v: bool(matches(v))).mean()) if len(values) else 0.0


def _is_phone(value: str) -> bool:
    if not PHONE.match(value):
        return False
    digits = sum(ch.isdigit() for ch in PHONE_EXTENSION.sub("", value))
    return 7 <= digits <= 15


def _is_french_nir(value: str) -> bool:
    """A French social security number (NIR) whose control key is right: 97 - (number mod 97)."""
    match = FR_NIR.match(value)
    if not match:
        return False
    body = "".join(match.groups()[:6]).replace("2A", "19").replace("2B", "18")  # Corsica's rule
    return 97 - int(body) % 97 == int(match.group(7))


def _is_spanish_dni(value: str) -> bool:
    """A Spanish DNI or NIE whose control letter is right."""
    match = ES_DNI_NIE.match(value)
    if not match:
        return False
    prefix, digits, letter = match.groups()
    number = int(str("XYZ".index(prefix)) + digits if prefix else digits)
    return ES_CONTROL_LETTERS[number % 23] == letter


def _is_national_id(value: str) -> bool:
    return bool(US_SSN.match(value) or UK_NINO.match(value)) or _is_french_nir(value) or _is_spanish_dni(value)


@lru_cache(maxsize=1)
def _known_names() -> tuple[frozenset[str], frozenset[str]]:
    """First names and last names from Faker's lists for the locales our users work in."""
    first: set[str] = set()
    last: set[str] = set()
    for locale in ("en_US", "en_GB", "fr_FR", "es_ES", "de_DE", "it_IT", "pt_BR", "ar_AA"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            first.update(str(n).casefold() for n in getattr(provider, attribute, ()))
        last.update(str(n).casefold() for n in getattr(provider, "last_names", ()))
    return frozenset(first), frozenset(last)


def _name_words(value: str) -> list[str]:
    if not NAME_SHAPED.match(value):
        return []
    words = [w for w in re.split(r"[ ,.\-]+", value.casefold()) if w and w.strip("'") not in NAME_TITLES]
    return words if len(words) <= 5 else []


def _is_full_name(value: str) -> bool:
    """Two or more words, one a known first name and another a known last name ("Jade Gonzales")."""
    words = _name_words(value)
    if len(words) < 2:
        return False
    first, last = _known_names()
    return any(w in first and any(o in last for o in words if o != w) for w in words)


def _has_known_name(value: str) -> bool:
    first, last = _known_names()
    return any(w in first or w in last for w in _name_words(value))


def find_direct_identifier(name: ColumnName, values: pd.Series, distinct_ratio: float) -> PiiFinding | None:
    """Why the column looks like a direct identifier, or None.

    ``values`` are the distinct values of a sample of the column, written as text;
    ``distinct_ratio`` is the share of distinct values among the present ones, over the whole column.
    """
    if values.empty:
        return None
    varied = distinct_ratio >= IDENTIFYING_DISTINCT_RATIO
    if _share(values, EMAIL.match) >= PATTERN_SHARE:
        return PiiFinding(PiiKind.EMAIL, "values are email addresses")
    if _share(values, _is_national_id) >= PATTERN_SHARE:
        return PiiFinding(PiiKind.NATIONAL_ID, "values are national identity numbers (e.g. social security)")
    phone_named = name.has_word(PHONE_WORDS)
    if (phone_named or varied) and _share(values, _is_phone) >= PATTERN_SHARE:
        # Without the name, plain numeric codes must not be taken for phones.
        if phone_named or _share(values, PHONE_SEPARATOR.search) >= PHONE_WRITTEN_SHARE:
            return PiiFinding(PiiKind.PHONE, "values are phone numbers")
    if varied and _share(values, CODE.match) >= PATTERN_SHARE:
        if name.has_word(CASE_WORDS):
            return PiiFinding(PiiKind.CASE_NUMBER, "named as a case number, and values are codes that differ per case")
        if name.matches(NATIONAL_ID_WORDS, NATIONAL_ID_PHRASES):
            return PiiFinding(PiiKind.NATIONAL_ID,
                              "named as a national ID, and values are codes that differ per person")
    if distinct_ratio >= FULL_NAME_DISTINCT_RATIO and _share(values, _is_full_name) >= FULL_NAME_SHARE:
        return PiiFinding(PiiKind.PERSON_NAME, "values are people's names")
    if (name.has_word(PERSON_NAME_WORDS) and distinct_ratio >= NAMED_COLUMN_DISTINCT_RATIO
            and _share(values, _has_known_name) >= NAMED_COLUMN_NAME_SHARE):
        return PiiFinding(PiiKind.PERSON_NAME, "named as a person's name, and values include common names")
    return None


# SDV recognises some PII from the column name alone (its "pii" sdtypes). Those that point at one
# person are direct identifiers; places are quasi-identifiers. Values must still vary (see above).
SDV_DIRECT_SDTYPES: dict[str, PiiKind] = {
    "email": PiiKind.EMAIL,
    "phone_number": PiiKind.PHONE,
    "ssn": PiiKind.NATIONAL_ID,
    "first_name": PiiKind.PERSON_NAME,
    "last_name": PiiKind.PERSON_NAME,
    "street_address": PiiKind.OTHER,
    "secondary_address": PiiKind.OTHER,
    "credit_card_number": PiiKind.OTHER,
    "iban": PiiKind.OTHER,
    "swift11": PiiKind.OTHER,
    "swift8": PiiKind.OTHER,
    "ipv4_address": PiiKind.OTHER,
    "ipv6_address": PiiKind.OTHER,
    "mac_address": PiiKind.OTHER,
    "license_plate": PiiKind.OTHER,
    "vin": PiiKind.OTHER,
}
SDV_QUASI_SDTYPES = frozenset({
    "postcode", "city", "administrative_unit", "state_abbr", "country_code", "latitude", "longitude",
    "user_agent_string",
})
