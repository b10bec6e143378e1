"""How many rows of each kind the fair table should hold.

Rows are sorted into *cells*: one combination of sensitive values (e.g. Female × Black) and
one outcome (favourable, other, empty). Enforcement never edits a row; it only decides how
many generated rows of each cell to keep. This module computes those numbers:

1. :func:`balance` moves the cell weights the least needed to meet the target. Group
   outcome rates (or, for representation, group shares) outside the allowed band are
   clipped into it, the band being placed so that the overall favourable rate (or the total
   of the groups) stays what it was: the disadvantaged groups go up as much as the advantaged
   ones come down. Several attributes judged separately (sex, race) are balanced in turn
   until all hold, as iterative proportional fitting does. Balancing outcome rates keeps the
   size of every combination of sensitive values, so who is in the table does not change.
2. :func:`allocate` turns weights into whole row counts (largest remainders), within bounds
   (rows that must be there, e.g. the real part of a hybrid table; rows the generator could
   supply), and :func:`repair` moves single rows until the whole counts meet the target too
   (rounding can break a band in a small group).

Groups not judged (too small in the real data) and rows without a group keep their weight.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from synthstudio.core.fairness.groups import canonical_columns, group_labels, outcome_flags
from synthstudio.core.fairness.metrics import Judged
from synthstudio.core.fairness.targets import FairnessTarget

FAV, OTHER, NONE = 0, 1, 2             # outcome columns of a cell table
OUTCOME_NAMES = ("favourable", "other", "empty")
EQUALIZED_ODDS_PARITY = 0.95           # the data balance sought for an equalized-odds target (see band_for)
MAX_ROUNDS = 200
_BISECTION_STEPS = 60


@dataclass(frozen=True)
class Band:
    """Allowed spread of group values: ``low <= v <= low / ratio`` or ``low <= v <= low + difference``."""

    ratio: float | None = None
    difference: float | None = None

    def high(self, low: float) -> float:
        return low / self.ratio if self.ratio is not None else low + self.difference

    def holds(self, values: np.ndarray) -> bool:
        if len(values) < 2:
            return True
        low, high = float(values.min()), float(values.max())
        if self.ratio is not None:
            return high > 0 and low >= self.ratio * high - 1e-12
        return high - low <= self.difference + 1e-12

    def clip(self, values: np.ndarray, masses: np.ndarray) -> np.ndarray:
        """``values`` clipped into the band placed so that ``sum(masses * values)`` is kept."""
        total = float(masses @ values)
        low, high = (0.0, float(values.max())) if self.ratio is not None else \
            (float(values.min()) - self.difference, float(values.max()))
        for _ in range(_BISECTION_STEPS):   # the kept total grows with the band's position
            middle = (low + high) / 2
            if masses @ np.clip(values, middle, self.high(middle)) < total:
                low = middle
            else:
                high = middle
        return np.clip(values, high, self.high(high))


def band_for(target: FairnessTarget, margin: float = 0.0) -> Band:
    """The band the table must meet; ``margin`` aims a little inside the user's threshold.

    Equalized odds is a property of a model, not of a table: the lever synthesis has is to make
    the outcome (nearly) independent of the group, which removes the base-rate gap a model
    would learn. Whether the model trained on it then meets the target is measured, not assumed.
    """
    if target.metric == "equalized_odds":
        return Band(ratio=EQUALIZED_ODDS_PARITY)
    if target.info.higher_is_fairer:
        return Band(ratio=min(1.0, target.threshold + margin))
    return Band(difference=max(0.0, target.threshold - margin))


@dataclass(frozen=True)
class Attribute:
    """One judged attribute over the cells: each cell's group (-1: none) and which groups count."""

    columns: tuple[str, ...]
    labels: tuple[str, ...]
    group_of_cell: np.ndarray     # (cells,)
    judged: np.ndarray            # (groups,) bool

    def sums(self, counts: np.ndarray) -> np.ndarray:
        """(groups, 3) totals of the outcome columns per group."""
        out = np.zeros((len(self.labels), counts.shape[1]))
        inside = self.group_of_cell >= 0
        np.add.at(out, self.group_of_cell[inside], counts[inside])
        return out


@dataclass(frozen=True)
class CellGrid:
    combos: pd.DataFrame            # one row per combination of sensitive values (canonical; None = missing)
    attributes: tuple[Attribute, ...]
    target: FairnessTarget

    @property
    def size(self) -> int:
        return len(self.combos)

    def locate(self, frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """Each row's cell: (combination index, -1 when unknown to the grid; outcome column)."""
        keys = _combo_keys(canonical_columns(frame, self.target.sensitive))
        index = pd.Index(_combo_keys(self.combos))
        combo = index.get_indexer(keys)
        if self.target.info.needs_outcome:
            flags = outcome_flags(frame[self.target.target], self.target.favourable).to_numpy()
            outcome = np.where(np.isnan(flags), NONE, np.where(flags == 1.0, FAV, OTHER))
        else:
            outcome = np.full(len(frame), NONE)
        return combo, outcome

    def count(self, frame: pd.DataFrame) -> np.ndarray:
        """(cells, 3) row counts of ``frame``."""
        combo, outcome = self.locate(frame)
        counts = np.zeros((self.size, 3))
        known = combo >= 0
        np.add.at(counts, (combo[known], outcome[known]), 1)
        return counts

    def meets(self, counts: np.ndarray, band: Band) -> bool:
        return all(_attribute_holds(a, counts, band, self.target.info.needs_outcome) for a in self.attributes)


def build_grid(target: FairnessTarget, judged: Judged, frames: list[pd.DataFrame]) -> CellGrid:
    """The cells of every combination of sensitive values seen in ``frames``."""
    seen = pd.concat([canonical_columns(f, target.sensitive) for f in frames], ignore_index=True)
    combos = seen.drop_duplicates().reset_index(drop=True)
    attributes = []
    for columns in target.attributes:
        labels = group_labels(combos, columns)
        names = tuple(sorted(labels.dropna().unique()))
        position = {name: i for i, name in enumerate(names)}
        group_of_cell = np.array([position.get(label, -1) if label is not None else -1 for label in labels])
        wanted = judged.get(columns, frozenset())
        attributes.append(Attribute(columns, names, group_of_cell, np.array([n in wanted for n in names], bool)))
    return CellGrid(combos, tuple(attributes), target)


def _combo_keys(canonical: pd.DataFrame) -> list[tuple]:
    return list(canonical.astype(object).where(canonical.notna(), None).itertuples(index=False, name=None))


def _values(attribute: Attribute, counts: np.ndarray, by_outcome: bool) -> tuple[np.ndarray, np.ndarray] | None:
    """(values, masses) of the judged groups: outcome rates, or shares; None when a judged group
    has nothing to measure (no rows with an outcome: the metric cannot be judged)."""
    sums = attribute.sums(counts)[attribute.judged]
    if by_outcome:
        masses = sums[:, FAV] + sums[:, OTHER]
        if (masses <= 0).any():
            return None
        return sums[:, FAV] / masses, masses
    rows = sums.sum(axis=1)
    return rows / max(rows.sum(), 1e-300), np.ones(len(rows))


def _attribute_holds(attribute: Attribute, counts: np.ndarray, band: Band, by_outcome: bool) -> bool:
    measured = _values(attribute, counts, by_outcome)
    return measured is not None and band.holds(measured[0])


def balance(counts: np.ndarray, grid: CellGrid, band: Band) -> np.ndarray:
    """Cell weights meeting ``band`` with the least change from ``counts`` (see the module docstring)."""
    weights = counts.astype("float64").copy()
    by_outcome = grid.target.info.needs_outcome
    for _ in range(MAX_ROUNDS):
        if grid.meets(weights, band):
            break
        for attribute in grid.attributes:
            measured = _values(attribute, weights, by_outcome)
            if measured is None or band.holds(measured[0]):
                continue
            values, masses = measured
            wanted = band.clip(values, masses)
            groups = np.flatnonzero(attribute.judged)
            for group, old, new in zip(groups, values, wanted):
                cells = attribute.group_of_cell == group
                if by_outcome:
                    _set_rate(weights, cells, new)
                elif old > 0:
                    weights[cells] *= new / old
    return weights


def _set_rate(weights: np.ndarray, cells: np.ndarray, new: float) -> None:
    """Give the group in ``cells`` the favourable rate ``new``, keeping the size of every combination in
    it (e.g. of Female × Black within Female): each combination's odds of the favourable outcome are
    multiplied by the same factor, so their order is kept. A combination without any favourable row
    moves only when none has one (then all move to ``new``)."""
    favourable, other = weights[cells, FAV], weights[cells, OTHER]
    masses = favourable + other
    rates = np.clip(np.divide(favourable, masses, out=np.zeros_like(masses), where=masses > 0), 1e-9, 1 - 1e-9)
    logits = np.log(rates / (1 - rates))
    wanted = new * masses.sum()
    low, high = -50.0, 50.0
    for _ in range(_BISECTION_STEPS):
        middle = (low + high) / 2
        if masses @ _sigmoid(logits + middle) < wanted:
            low = middle
        else:
            high = middle
    shifted = _sigmoid(logits + (low + high) / 2)
    weights[cells, FAV] = masses * shifted
    weights[cells, OTHER] = masses * (1 - shifted)


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-values))


def allocate(weights: np.ndarray, total: int, lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """Whole counts with the shares of ``weights``, summing to ``total``, within ``lower``..``upper``.

    The free rows (``total - lower.sum()``) go where ``weights`` asks for more than ``lower``,
    in proportion, but never past ``upper`` (water-filling); rounding by largest remainders;
    rows no asking cell can take go to the cells with the most room.
    """
    free = total - int(lower.sum())
    room = upper - lower
    wanted = np.clip(weights / max(weights.sum(), 1e-300) * total - lower, 0, None)
    if free <= 0 or wanted.sum() <= 0:
        share = np.zeros_like(wanted)
    elif np.minimum(wanted * 1e12, room).sum() <= free:
        share = np.minimum(wanted * 1e12, room)          # every asking cell is filled to its limit
    else:
        low, high = 0.0, 1.0
        while np.minimum(wanted * high, room).sum() < free:
            high *= 2
        for _ in range(_BISECTION_STEPS):
            middle = (low + high) / 2
            low, high = (middle, high) if np.minimum(wanted * middle, room).sum() < free else (low, middle)
        share = np.minimum(wanted * high, room)
    counts = np.minimum(np.floor(share), room)
    missing = free - int(counts.sum())
    for flat in np.argsort(-(share - counts), axis=None, kind="stable"):
        if missing <= 0:
            break
        if counts.flat[flat] + 1 <= room.flat[flat]:
            counts.flat[flat] += 1
            missing -= 1
    for flat in np.argsort(-(room - counts), axis=None, kind="stable"):
        if missing <= 0:
            break
        take = int(min(missing, room.flat[flat] - counts.flat[flat]))
        counts.flat[flat] += take
        missing -= take
    return lower + counts


def repair(counts: np.ndarray, grid: CellGrid, band: Band, lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """Move single rows between cells (within the bounds) until the whole counts meet ``band``;
    returns the best counts found (check with :meth:`CellGrid.meets`). A move is made only when it
    brings the broken attribute closer to the band: never, say, taking the favourable outcome from
    everyone because one group cannot have it."""
    counts = counts.copy()
    by_outcome = grid.target.info.needs_outcome
    planned_favourable = counts[:, FAV].sum()
    for _ in range(int(counts.sum()) + 1):
        broken = next((a for a in grid.attributes if not _attribute_holds(a, counts, band, by_outcome)), None)
        if broken is None:
            break
        before = _closeness(broken, counts, band, by_outcome)
        moves = _rate_moves(broken, counts, lower, upper, planned_favourable) if by_outcome \
            else _share_moves(broken, counts, lower, upper)
        for source, destination in moves:
            counts[source] -= 1
            counts[destination] += 1
            if _closeness(broken, counts, band, by_outcome) > before:
                break
            counts[source] += 1
            counts[destination] -= 1
        else:
            break   # no move helps: this is the closest reachable
    return counts


def _closeness(attribute: Attribute, counts: np.ndarray, band: Band, by_outcome: bool) -> float:
    """How near the attribute is to the band: the ratio, or minus the spread (higher is nearer)."""
    measured = _values(attribute, counts, by_outcome)
    if measured is None or len(measured[0]) < 2:
        return -np.inf
    low, high = measured[0].min(), measured[0].max()
    if band.ratio is not None:
        return low / high if high > 0 else 0.0
    return -(high - low)


def _rate_moves(attribute: Attribute, counts: np.ndarray, lower: np.ndarray, upper: np.ndarray,
                planned_favourable: float) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """One row of the least favoured group turned favourable, or of the most favoured turned other:
    first whichever keeps the overall favourable count nearer its plan."""
    measured = _values(attribute, counts, True)
    if measured is None:
        return []
    groups = np.flatnonzero(attribute.judged)
    lowest, highest = groups[measured[0].argmin()], groups[measured[0].argmax()]
    raise_low = _swap(attribute, counts, lower, upper, lowest, OTHER, FAV)
    lower_high = _swap(attribute, counts, lower, upper, highest, FAV, OTHER)
    ordered = (raise_low, lower_high) if counts[:, FAV].sum() <= planned_favourable else (lower_high, raise_low)
    return [move for move in ordered if move is not None]


def _swap(attribute: Attribute, counts: np.ndarray, lower: np.ndarray, upper: np.ndarray, group: int,
          source: int, destination: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    cells = np.flatnonzero((attribute.group_of_cell == group)
                           & (counts[:, source] - 1 >= lower[:, source])
                           & (counts[:, destination] + 1 <= upper[:, destination]))
    if len(cells) == 0:
        return None
    cell = int(cells[counts[cells, source].argmax()])
    return (cell, source), (cell, destination)


def _share_moves(attribute: Attribute, counts: np.ndarray, lower: np.ndarray,
                 upper: np.ndarray) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """One row from the largest judged group to a smaller one with room (smallest first), same outcome column."""
    measured = _values(attribute, counts, False)
    if measured is None:
        return []
    judged = np.flatnonzero(attribute.judged)
    by_size = judged[np.argsort(measured[0], kind="stable")]
    giving = (attribute.group_of_cell == by_size[-1])[:, None] & (counts - 1 >= lower)
    moves = []
    for smaller in by_size[:-1]:
        taking = (attribute.group_of_cell == smaller)[:, None] & (counts + 1 <= upper)
        for outcome in np.argsort(-counts[attribute.group_of_cell == by_size[-1]].sum(axis=0), kind="stable"):
            sources, destinations = np.flatnonzero(giving[:, outcome]), np.flatnonzero(taking[:, outcome])
            if len(sources) and len(destinations):
                source = int(sources[counts[sources, outcome].argmax()])
                destination = int(destinations[counts[destinations, outcome].argmax()])
                moves.append(((source, int(outcome)), (destination, int(outcome))))
                break
    return moves
