"""SDW-1: a keyed watermark in the last written digit of numeric values.

Embedding, for every carrier cell (see ``carriers.py``) written as ``k`` with ``d`` decimals:

* the *context* is the written value without its last digit (``"37.4"`` for ``37.46``);
* ``HMAC-SHA256(key, "SDW-1" + context)`` picks a *green* half (4 of 8) of the last digits that
  may be used: 1-4 and 6-9 (0 and 5 are never written or removed, so round numbers stay round);
* the last digit moves to a green digit at most one step away (never across 0 or 5, so the
  context never changes); if none is within reach the cell is left as it is.

The mark depends only on the value itself, never on its row or column, so it survives shuffled
rows, subsets, dropped or renamed columns and concatenation with other data; equal values stay
equal. Detection counts *distinct* written values ``n`` and green ones ``H``:
``z = (H - n/2) / sqrt(n/4)``. Without the mark every distinct value is green with probability
1/2 whatever the data, and values sharing a context are slightly anti-correlated (a fixed half),
so z has mean 0 and a spread of at most 1: z >= 4 happens by chance less than 3.2e-5 of the time.

Origin codeword: 96 bits, the 64-bit dataset ID and a 32-bit HMAC tag of it. Each context is
assigned one bit position by the HMAC; among its green digits, alternate ones mean 0 and 1, and
embedding prefers the reachable green digit that writes the assigned bit. Reading takes a
majority vote per position, then confirms the tag, trying the least certain bits both ways.

With an organisation key, contexts are split in two lanes by the public key: lane 0 carries the
public mark (anyone can see "made by SynthStudio"), lane 1 the organisation's (only the key
holder can prove the release is theirs, and read an ID whose tag only that key can make).
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import math
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from synthstudio.core.errors import BadInputError
from synthstudio.core.jobs import CancelToken, check_cancel
from synthstudio.core.provenance.carriers import CarrierPlan, carrier_cells, detection_columns, special_values
from synthstudio.core.provenance.written_numbers import (
    numeric_values, round_to_written, written_integers, written_text)
from synthstudio.paths import app_data_dir

SCHEME = "SDW-1"
# The published default key: SHA-256 of "SynthStudio SDW-1 published default watermark key, version 1".
PUBLIC_KEY_HEX = "6c1792aa997e28d83252fcc36d3131b31b21a04750b53f1d29b57e1011812e67"
Z_WATERMARKED = 4.0      # chance of reaching this without the mark: < 3.2e-5
Z_LIKELY = 3.0           # < 1.4e-3
MIN_VALUES = 16          # below this even a perfectly marked table cannot reach z = 4
USABLE_DIGITS = (1, 2, 3, 4, 6, 7, 8, 9)
_GREEN_SETS = tuple(itertools.combinations(USABLE_DIGITS, 4))   # 70 ways to pick the green half
# Green rate of marked values if last digits were uniform: 1 - mean P(no green within reach) = 6/7.
EXPECTED_GREEN_RATE = 6 / 7
ID_BITS = 64
TAG_BITS = 32
PAYLOAD_BITS = ID_BITS + TAG_BITS
# Up to 2**10 tag checks when reading the ID: a wrong ID passes with probability < 2.4e-7.
_MAX_UNCERTAIN_BITS = 10
ORGANISATION_KEY_FILE = "organisation.key"


# -- keys ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class WatermarkKey:
    """A 256-bit SDW-1 key. ``kind`` is "public" (the published default) or "organisation"."""

    secret: bytes = field(repr=False)
    kind: str = "organisation"

    def __post_init__(self) -> None:
        if len(self.secret) != 32:
            raise BadInputError("A watermark key must be 256 bits (64 hexadecimal characters).",
                                "Use the key file SynthStudio created, or paste the full 64-character key.")

    @property
    def fingerprint(self) -> str:
        """A short public name for the key (safe to print; says nothing about the secret)."""
        return hashlib.sha256(b"SDW-1 key fingerprint\x00" + self.secret).hexdigest()[:16]

    def text(self) -> str:
        return self.secret.hex()

    @classmethod
    def from_text(cls, text: str) -> "WatermarkKey":
        try:
            secret = bytes.fromhex("".join(text.split()))
        except ValueError as exc:
            raise BadInputError("The watermark key is not a hexadecimal text.",
                                "Paste the 64-character key exactly as it was given to you.") from exc
        return cls(secret, "organisation")


PUBLIC_KEY = WatermarkKey(bytes.fromhex(PUBLIC_KEY_HEX), "public")


def organisation_key_path() -> Path:
    return app_data_dir() / "watermark" / ORGANISATION_KEY_FILE


def load_organisation_key(create: bool = False) -> WatermarkKey | None:
    """The organisation's secret watermark key from the app data folder; made on request.

    The file is private to the user (0600). Colleagues who must verify releases get the key text
    through the organisation's own channels (:meth:`WatermarkKey.text`).
    """
    path = organisation_key_path()
    if path.is_file():
        return WatermarkKey.from_text(path.read_text(encoding="ascii"))
    if not create:
        return None
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = WatermarkKey(secrets.token_bytes(32), "organisation")
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key.text() + "\n")
    return key


# -- dataset IDs ---------------------------------------------------------------------------------

def format_dataset_id(value: int) -> str:
    """``0x3F2A9C0177B4E0D2`` -> ``"SYN-3F2A-9C01-77B4-E0D2"``."""
    digits = f"{value:016X}"
    return "SYN-" + "-".join(digits[i:i + 4] for i in range(0, 16, 4))


def parse_dataset_id(text: str) -> int:
    digits = text.strip().upper().removeprefix("SYN").replace("-", "")
    try:
        value = int(digits, 16)
    except ValueError as exc:
        raise BadInputError(f"'{text}' is not a SynthStudio dataset ID.",
                            "A dataset ID looks like SYN-3F2A-9C01-77B4-E0D2.") from exc
    if len(digits) != 16:
        raise BadInputError(f"'{text}' is not a SynthStudio dataset ID.",
                            "A dataset ID has 16 hexadecimal digits, e.g. SYN-3F2A-9C01-77B4-E0D2.")
    return value


def _payload(dataset_id: int, key: WatermarkKey) -> np.ndarray:
    id_bytes = dataset_id.to_bytes(8, "big")
    tag = hmac.digest(key.secret, b"SDW-1 id\x00" + id_bytes, "sha256")[:TAG_BITS // 8]
    return np.unpackbits(np.frombuffer(id_bytes + tag, dtype=np.uint8)).astype(np.int8)


# -- contexts ------------------------------------------------------------------------------------

def _pack(k: np.ndarray, decimals: int) -> np.ndarray:
    """One int64 per written value: ``k * 16 + d`` (|k| < 2**52 and d < 16, so it is unique)."""
    return k * 16 + decimals


def _unpack(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    return codes >> 4, codes & 15


@dataclass
class _Contexts:
    """What the key says about each distinct context (one row per context)."""

    green: np.ndarray          # bool (n, 10): digit is green in this context
    bit_of_digit: np.ndarray   # int8 (n, 10): payload bit a green digit writes, -1 for red digits
    position: np.ndarray       # int (n,): which codeword bit this context carries
    upward: np.ndarray         # bool (n,): tie-break direction when both neighbours qualify
    lane: np.ndarray           # int8 (n,): 0 public mark, 1 organisation mark


def _context_text(code: int) -> str:
    k, decimals = int(code >> 4), int(code & 15)
    return written_text(k * 10, decimals)[:-1]


# Row g: which digits are green in green set g, and each green digit's rank among them.
_GREEN_MATRIX = np.zeros((len(_GREEN_SETS), 10), dtype=bool)
_RANK_MATRIX = np.zeros((len(_GREEN_SETS), 10), dtype=np.int64)
for _row, _digits in enumerate(_GREEN_SETS):
    for _rank, _digit in enumerate(_digits):
        _GREEN_MATRIX[_row, _digit] = True
        _RANK_MATRIX[_row, _digit] = _rank


def _digest_fields(digest: bytes) -> tuple[int, int, int, int, int]:
    green_set = int.from_bytes(digest[0:4], "big") % len(_GREEN_SETS)
    parity = digest[4] & 1
    position = int.from_bytes(digest[5:7], "big") % PAYLOAD_BITS
    upward = digest[7] & 1
    lane = digest[8] & 1
    return green_set, parity, position, upward, lane


def _contexts(codes: np.ndarray, organisation: WatermarkKey | None, lanes: bool,
              base: WatermarkKey = PUBLIC_KEY) -> _Contexts:
    """Hash every distinct context once with ``base``; with ``lanes``, lane-1 contexts use ``organisation``.

    Lanes are always assigned by the public key, so every verifier agrees on them.
    """
    fields = np.zeros((codes.size, 5), dtype=np.int64)
    for i, code in enumerate(codes.tolist()):
        message = b"SDW-1\x00" + _context_text(code).encode("ascii")
        public_fields = _digest_fields(hmac.digest(PUBLIC_KEY.secret, message, "sha256"))
        key = organisation if lanes and organisation is not None and public_fields[4] == 1 else base
        own = public_fields if key is PUBLIC_KEY else _digest_fields(hmac.digest(key.secret, message, "sha256"))
        fields[i] = (*own[:4], public_fields[4])
    green = _GREEN_MATRIX[fields[:, 0]]
    bit_of_digit = np.where(green, (_RANK_MATRIX[fields[:, 0]] + fields[:, 1:2]) & 1, -1).astype(np.int8)
    return _Contexts(green, bit_of_digit, fields[:, 2], fields[:, 3].astype(bool),
                     fields[:, 4].astype(np.int8))


def _context_codes(value_codes: np.ndarray) -> np.ndarray:
    k, decimals = _unpack(value_codes)
    return np.sign(k) * (np.abs(k) // 10) * 16 + decimals


def _carrier_codes(frame: pd.DataFrame, columns: dict[str, int]) -> list[tuple[str, np.ndarray, np.ndarray]]:
    """Per column: (name, packed written value per row, carrier mask)."""
    result = []
    for name, decimals in columns.items():
        if name not in frame.columns:
            continue
        values = numeric_values(frame[name])
        if values is None:
            continue
        k, exact = written_integers(values, decimals)
        result.append((name, _pack(k, decimals), carrier_cells(k, exact)))
    return result


# -- embedding -----------------------------------------------------------------------------------

@dataclass
class MarkedTable:
    """A table written to its planned decimals with the mark in its carrier cells."""

    frame: pd.DataFrame
    plan: CarrierPlan
    dataset_id: str
    keys: tuple[str, ...]              # fingerprints of the keys used (public first)
    carrier_cells: int = 0
    changed_cells: int = 0
    distinct_values: int = 0
    green_rate: float = 0.0            # mean green share of a marked row's carrier cells (for the share estimate)
    distinct_green_rate: float = 0.0   # the same over distinct values (what the z-score sees)

    def summary(self) -> dict:
        """What the manifest and metadata record about the mark."""
        return {
            "scheme": SCHEME, "dataset_id": self.dataset_id,
            "keys": [{"kind": "public" if i == 0 else "organisation", "fingerprint": fp}
                     for i, fp in enumerate(self.keys)],
            "organisation_lane": len(self.keys) > 1,
            "columns": self.plan.carrier_decimals(),
            "carrier_cells": self.carrier_cells, "changed_cells": self.changed_cells,
            "distinct_values": self.distinct_values, "green_rate": round(self.green_rate, 4),
            "distinct_green_rate": round(self.distinct_green_rate, 4),
        }


def _choose_digits(digit: np.ndarray, wanted_bit: np.ndarray, green: np.ndarray,
                   bit_of_digit: np.ndarray, upward: np.ndarray) -> np.ndarray:
    """New last digit per distinct value: green and writing ``wanted_bit`` if reachable, else green."""
    rows = np.arange(digit.size)
    best_digit = digit.copy()
    best_score = np.full(digit.size, -1)
    for step in (0, -1, 1):
        candidate = digit + step
        usable = (candidate >= 1) & (candidate <= 9) & (candidate != 5)
        safe = np.where(usable, candidate, digit)
        is_green = usable & green[rows, safe]
        writes_bit = is_green & (bit_of_digit[rows, safe] == wanted_bit)
        # Score: green and right bit > green > nothing; then no move > the preferred direction.
        preferred = (step == 0) * 2 + ((step == 1) == upward) * (step != 0)
        score = np.where(is_green, (1 + writes_bit) * 4 + preferred, -1)
        better = score > best_score
        best_digit = np.where(better, safe, best_digit)
        best_score = np.where(better, score, best_score)
    return np.where(best_score >= 0, best_digit, digit)


def embed_watermark(frame: pd.DataFrame, plan: CarrierPlan, dataset_id: int,
                    organisation_key: WatermarkKey | None = None,
                    cancel: CancelToken | None = None) -> MarkedTable:
    """Write ``frame``'s numeric columns to their planned decimals and mark the carrier columns."""
    result = frame.copy()
    for name, decimals in plan.decimals.items():
        values = numeric_values(frame[name])
        rounded = round_to_written(values, decimals)
        result[name] = _restore_dtype(frame[name], rounded, decimals)
    columns = [(name, codes, mask & ~special_values(_unpack(codes)[0], mask))
               for name, codes, mask in _carrier_codes(result, plan.carrier_decimals())]
    keys = (PUBLIC_KEY.fingerprint,) + ((organisation_key.fingerprint,) if organisation_key else ())
    marked = MarkedTable(result, plan, format_dataset_id(dataset_id), keys)
    if not columns:
        return marked
    check_cancel(cancel)

    distinct = np.unique(np.concatenate([codes[mask] for _, codes, mask in columns]))
    context_of_value = _context_codes(distinct)
    contexts, inverse = np.unique(context_of_value, return_inverse=True)
    table = _contexts(contexts, organisation_key, lanes=organisation_key is not None)
    check_cancel(cancel)

    position = table.position[inverse]
    wanted = _payload(dataset_id, PUBLIC_KEY)[position]
    if organisation_key is not None:
        wanted = np.where(table.lane[inverse] == 1, _payload(dataset_id, organisation_key)[position], wanted)
    k, decimals = _unpack(distinct)
    digit = np.abs(k) % 10
    new_digit = _choose_digits(digit, wanted, table.green[inverse], table.bit_of_digit[inverse],
                               table.upward[inverse])
    new_k = np.sign(k) * (np.abs(k) - digit + new_digit)
    new_codes = _pack(new_k, decimals)

    green_after = table.green[inverse, new_digit]
    green_sum, cell_count = np.zeros(len(frame)), np.zeros(len(frame))
    for name, codes, mask in columns:
        new_column_codes = codes.copy()
        position_in_distinct = np.searchsorted(distinct, codes[mask])
        new_column_codes[mask] = new_codes[position_in_distinct]
        green_sum[mask] += green_after[position_in_distinct]
        cell_count[mask] += 1
        marked.carrier_cells += int(mask.sum())
        marked.changed_cells += int((new_column_codes != codes).sum())
        new_column_k, column_decimals = _unpack(new_column_codes)
        values = numeric_values(result[name])
        values[mask] = new_column_k[mask] / (10.0 ** column_decimals[mask])
        result[name] = _restore_dtype(frame[name], values, int(plan.decimals[name]))

    marked_distinct, first = np.unique(new_codes, return_index=True)
    marked.distinct_values = int(marked_distinct.size)
    marked.distinct_green_rate = float(green_after[first].mean())
    marked.green_rate = _row_green_share(green_sum, cell_count)
    marked.frame = result
    return marked


def _restore_dtype(original: pd.Series, values: np.ndarray, decimals: int) -> pd.Series:
    """Keep integer columns integer (nullable when they have gaps); decimal columns are float64."""
    if decimals == 0 and pd.api.types.is_integer_dtype(original.dtype):
        missing = np.isnan(values)
        whole = np.where(missing, 0, values).astype(np.int64)
        if missing.any() or isinstance(original.dtype, pd.api.extensions.ExtensionDtype):
            return pd.Series(pd.arrays.IntegerArray(whole, missing), index=original.index, name=original.name)
        return pd.Series(whole, index=original.index, name=original.name)
    return pd.Series(values, index=original.index, name=original.name, dtype="float64")


# -- detection -----------------------------------------------------------------------------------

@dataclass
class KeyEvidence:
    """What one key finds: counts, z-score, verdict, share estimate and the ID read from the values."""

    key: str                     # "public" or "organisation"
    fingerprint: str
    values: int = 0              # distinct carrier values tested
    green: int = 0
    z: float = 0.0
    verdict: str = "too_few_values"   # watermarked / likely / not_found / too_few_values
    synthetic_share: float | None = None
    dataset_id: str | None = None
    votes: np.ndarray = field(default_factory=lambda: np.zeros(PAYLOAD_BITS), repr=False)
    signing_key: WatermarkKey = field(default=PUBLIC_KEY, repr=False)

    @property
    def found(self) -> bool:
        return self.verdict == "watermarked"

    def id_match(self, dataset_id: str) -> float:
        """How strongly the values vouch for ``dataset_id``, as a z-score.

        Each codeword position's vote total is signed by the bit this ID would put there; for a
        wrong ID those bits are coin flips, so the normalised sum is about N(0, 1), while the
        true ID scores up to sqrt(96) = 9.8. Confirming a known ID (from metadata or the
        registry) needs far fewer values than reading an unknown one.
        """
        norm = float(np.sqrt(np.square(self.votes).sum()))
        if norm == 0:
            return 0.0
        signs = 2.0 * _payload(parse_dataset_id(dataset_id), self.signing_key) - 1.0
        return float(self.votes @ signs / norm)

    def to_dict(self) -> dict:
        return {"key": self.key, "fingerprint": self.fingerprint, "values": self.values, "green": self.green,
                "z": round(self.z, 2), "verdict": self.verdict,
                "synthetic_share": None if self.synthetic_share is None else round(self.synthetic_share, 3),
                "dataset_id": self.dataset_id}


@dataclass
class Detection:
    """The watermark test of one table: public evidence, and the organisation's if a key was given."""

    public: KeyEvidence
    organisation: KeyEvidence | None = None
    columns: dict[str, int] = field(default_factory=dict)

    @property
    def z(self) -> float:
        return self.public.z

    @property
    def verdict(self) -> str:
        """The strongest verdict of the keys tested."""
        order = ("watermarked", "likely", "not_found", "too_few_values")
        verdicts = [self.public.verdict] + ([self.organisation.verdict] if self.organisation else [])
        return min(verdicts, key=order.index)

    @property
    def dataset_id(self) -> str | None:
        if self.organisation and self.organisation.dataset_id:
            return self.organisation.dataset_id
        return self.public.dataset_id

    @property
    def strongest(self) -> KeyEvidence:
        """The evidence of the key that found the most (the public one on a tie)."""
        return self.organisation if self.organisation and self.organisation.z > self.public.z else self.public

    @property
    def synthetic_share(self) -> float | None:
        return self.strongest.synthetic_share

    def to_dict(self) -> dict:
        return {"scheme": SCHEME, "verdict": self.verdict, "public": self.public.to_dict(),
                "organisation": self.organisation.to_dict() if self.organisation else None,
                "columns": dict(self.columns)}


def z_score(green: int, values: int) -> float:
    return (green - values / 2) / math.sqrt(values / 4) if values else 0.0


def _row_green_share(green_sum: np.ndarray, cell_count: np.ndarray) -> float:
    """Mean over rows (those with carrier cells) of the green share of their carrier cells."""
    rows = cell_count > 0
    return float((green_sum[rows] / cell_count[rows]).mean()) if rows.any() else 0.0


def share_estimate(green_share: float, green_rate: float) -> float:
    """Synthetic share of a mixture whose marked rows are green at ``green_rate``, the others at 1/2."""
    if green_rate <= 0.5:
        return 0.0
    return float(min(1.0, max(0.0, (2 * green_share - 1) / (2 * green_rate - 1))))


def _verdict(z: float, values: int) -> str:
    if values < MIN_VALUES:
        return "too_few_values"
    if z >= Z_WATERMARKED:
        return "watermarked"
    if z >= Z_LIKELY:
        return "likely"
    return "not_found"


def _read_dataset_id(votes: np.ndarray, key: WatermarkKey) -> str | None:
    """Majority bits, confirmed by the tag; the least certain bits are tried both ways."""
    bits = (votes > 0).astype(np.int8)
    uncertain = np.argsort(np.abs(votes), kind="stable")[:_MAX_UNCERTAIN_BITS]
    if np.count_nonzero(votes == 0) > _MAX_UNCERTAIN_BITS:
        return None
    cost = np.abs(votes[uncertain])
    flips = sorted(range(1 << uncertain.size),
                   key=lambda m: sum(cost[i] for i in range(uncertain.size) if m >> i & 1))
    for flip in flips:
        candidate = bits.copy()
        for i in range(uncertain.size):
            if flip >> i & 1:
                candidate[uncertain[i]] ^= 1
        dataset_id = int.from_bytes(np.packbits(candidate[:ID_BITS].astype(np.uint8)).tobytes(), "big")
        if np.array_equal(_payload(dataset_id, key), candidate):
            return format_dataset_id(dataset_id)
    return None


def _evidence(key: WatermarkKey, cells: "_Cells", green: np.ndarray, bits: np.ndarray, positions: np.ndarray,
              selected: np.ndarray, green_rate: float) -> KeyEvidence:
    """z over the ``selected`` distinct values; the synthetic share over rows.

    ``green``, ``bits`` and ``positions`` hold the key's answer for every distinct value.
    """
    values = int(selected.sum())
    hits = int(green[selected].sum())
    z = z_score(hits, values)
    voting = selected & green
    votes = np.zeros(PAYLOAD_BITS)
    np.add.at(votes, positions[voting], np.where(bits[voting] == 1, 1.0, -1.0))
    evidence = KeyEvidence(key.kind, key.fingerprint, values, hits, z, _verdict(z, values),
                           votes=votes, signing_key=key)
    if evidence.verdict != "too_few_values":
        counted = selected[cells.value_of]
        rows, value = cells.row_of[counted], cells.value_of[counted]
        green_sum = np.bincount(rows, weights=green[value].astype(float), minlength=cells.n_rows)
        cell_count = np.bincount(rows, minlength=cells.n_rows)
        if cell_count.any():
            evidence.synthetic_share = share_estimate(_row_green_share(green_sum, cell_count), green_rate)
    if z >= Z_LIKELY:
        evidence.dataset_id = _read_dataset_id(votes, key)
    return evidence


@dataclass
class _Cells:
    """The carrier values of a table under test.

    ``distinct``: every distinct carrier value (what the z-score counts). ``row_of``/``value_of``:
    for each carrier cell that counts towards the share (recurring levels left out: they are never
    marked, and one repeated hundreds of times would swing the estimate), its row and its index
    in ``distinct``. The share is estimated per row, because the question is "how many rows are
    synthetic" and synthetic rows may hold more carrier cells than real ones.
    """

    distinct: np.ndarray
    row_of: np.ndarray
    value_of: np.ndarray
    n_rows: int


def _cells_under_test(frame: pd.DataFrame, columns: dict[str, int]) -> _Cells:
    per_column = _carrier_codes(frame, columns)
    if not per_column:
        empty = np.zeros(0, dtype=np.int64)
        return _Cells(empty, empty, empty, len(frame))
    distinct = np.unique(np.concatenate([codes[mask] for _, codes, mask in per_column]))
    counted = [mask & ~special_values(_unpack(codes)[0], mask) for _, codes, mask in per_column]
    row_of = np.concatenate([np.flatnonzero(keep) for keep in counted])
    counted_codes = np.concatenate([codes[keep] for (_, codes, _), keep in zip(per_column, counted)])
    value_of = np.searchsorted(distinct, counted_codes)
    return _Cells(distinct, row_of, value_of, len(frame))


def detect_watermark(frame: pd.DataFrame, *, columns: dict[str, int] | None = None,
                     organisation_key: WatermarkKey | None = None, organisation_lane: bool | None = None,
                     green_rate: float | None = None) -> Detection:
    """Test ``frame`` for the SDW-1 mark.

    ``columns`` (name -> decimals) comes from the file's metadata when there is some; otherwise
    every numeric, fixed-decimal, not code-named column is read. ``organisation_lane`` says the
    release used an organisation key (then only lane 0 carries the public mark); None means
    unknown, read as "no" unless an organisation key is given. ``green_rate`` is the row green
    rate measured at release (in the manifest and metadata), for the share estimate.
    """
    columns = detection_columns(frame) if columns is None else {
        name: decimals for name, decimals in columns.items() if name in frame.columns}
    green_rate = green_rate or EXPECTED_GREEN_RATE
    cells = _cells_under_test(frame, columns)
    use_lanes = organisation_lane if organisation_lane is not None else organisation_key is not None
    contexts, inverse = np.unique(_context_codes(cells.distinct), return_inverse=True)
    digit = np.abs(_unpack(cells.distinct)[0]) % 10
    public = _contexts(contexts, None, lanes=False)
    lane = public.lane[inverse]
    detection = Detection(
        public=_evidence(PUBLIC_KEY, cells, public.green[inverse, digit], public.bit_of_digit[inverse, digit],
                         public.position[inverse], lane == 0 if use_lanes else np.ones(lane.size, dtype=bool),
                         green_rate),
        columns=columns)
    if organisation_key is not None:
        own = _contexts(contexts, organisation_key, lanes=True)
        detection.organisation = _evidence(organisation_key, cells, own.green[inverse, digit],
                                           own.bit_of_digit[inverse, digit], own.position[inverse], lane == 1,
                                           green_rate)
    return detection


def key_evidence(frame: pd.DataFrame, key: WatermarkKey, columns: dict[str, int] | None = None,
                 green_rate: float | None = None) -> KeyEvidence:
    """The evidence one key finds over *all* carrier values (no lanes): used to measure false alarms."""
    cells = _cells_under_test(frame, detection_columns(frame) if columns is None else columns)
    contexts, inverse = np.unique(_context_codes(cells.distinct), return_inverse=True)
    table = _contexts(contexts, None, lanes=False, base=key)
    digit = np.abs(_unpack(cells.distinct)[0]) % 10
    return _evidence(key, cells, table.green[inverse, digit], table.bit_of_digit[inverse, digit],
                     table.position[inverse], np.ones(cells.distinct.size, dtype=bool),
                     green_rate or EXPECTED_GREEN_RATE)
