"""The model-collapse guard: notice when the table about to be learned from is (partly) synthetic.

A generator trained on synthetic data learns the first model's mistakes as if they were facts
and loses a little more of the rare cases each generation ("model collapse"). So every loaded
table is examined (:func:`inspect_input`): its descriptions (file metadata, sidecar, manifest),
the SDW-1 watermark in its values (with the organisation's key if there is one), and the local
registry for the generation depth of a known dataset ID (an ID the values cannot spell out is
still recognised when they vouch for one of the IDs issued on this computer). The finding says how many generations
of synthetic data lie behind the table and what share of it looks synthetic, and asks for
confirmation when:

* the watermark is found (z >= 4, any key): the new data would be at least generation 2;
* the input is itself generation 2 or deeper by its descriptions;
* half or more of it looks synthetic.

The run then records the finding (:meth:`LineageFinding.to_record` -> run record "lineage"), so
the release lists the parent dataset and the datasheet shows the lineage.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from statistics import NormalDist
from typing import Any

import pandas as pd

from synthstudio.core.provenance.evidence import Provenance, ValueEvidence, examine_values, find_provenance
from synthstudio.core.provenance.registry import Registry
from synthstudio.core.provenance.watermark import Z_LIKELY, Z_WATERMARKED, WatermarkKey

CONFIRM_SHARE = 0.5
CONFIRM_DEPTH = 2
ONE_TEST_FALSE_ALARM = 1 - NormalDist().cdf(Z_WATERMARKED)     # 3.2e-5


@dataclass
class LineageFinding:
    """What the guard found about an input table."""

    path: Path
    provenance: Provenance
    values: ValueEvidence
    input_depth: int = 0                  # 0: no sign of synthetic data; k: generation-k synthetic data
    synthetic_share: float = 0.0          # estimated share of the table that is synthetic
    dataset_id: str | None = None
    needs_confirmation: bool = False
    level: str = "none"                   # none, notice, warning
    reasons: list[str] = field(default_factory=list)
    message: str = ""

    @property
    def z(self) -> float:
        return self.values.detection.strongest.z

    @property
    def output_depth(self) -> int:
        """Generation depth of data generated from this table."""
        return self.input_depth + 1

    @property
    def parents(self) -> list[str]:
        return [self.dataset_id] if self.dataset_id and self.input_depth > 0 else []

    def to_record(self, confirmed: bool = False) -> dict[str, Any]:
        """The run record's ``lineage`` entry (read by the release and the datasheet)."""
        return {
            "parents": self.parents,
            "generation_depth": self.output_depth,
            "input_generation_depth": self.input_depth,
            "input_synthetic_share": round(self.synthetic_share, 3),
            "input_dataset_id": self.dataset_id,
            "watermark_z": round(self.z, 2),
            "evidence": list(self.reasons),
            "confirmed_by_user": bool(confirmed),
        }


def _input_depth(provenance: Provenance, dataset_id: str | None, marked: bool, registry: Registry) -> int:
    """Generation of the input: its own description, else the registry, else 1 if it is marked."""
    depth = provenance.generation_depth
    if depth is None and dataset_id:
        known = registry.get(dataset_id)
        depth = known.generation_depth if known else None
    if depth is None:
        depth = 1 if (marked or provenance.says_synthetic) else 0
    return int(depth)


def _registered_match(values: ValueEvidence, registry: Registry) -> str | None:
    """A dataset ID from this computer's registry that the values vouch for, if any.

    Confirming a known ID needs far fewer values than reading an unknown one. With N candidates
    the threshold rises so that the chance of any false match stays at the one-test level of z = 4.
    """
    evidence = [e for e in (values.detection.public, values.detection.organisation) if e and e.values]
    candidates = registry.dataset_ids()
    if not candidates or not evidence:
        return None
    threshold = NormalDist().inv_cdf(1 - ONE_TEST_FALSE_ALARM / len(candidates))
    best = max(((max(e.id_match(c) for e in evidence), c) for c in candidates))
    return best[1] if best[0] >= threshold else None


def inspect_input(dataset_path: str | Path, frame: pd.DataFrame, *,
                  organisation_key: WatermarkKey | None = None, registry: Registry | None = None) -> LineageFinding:
    """Examine a table that is about to be learned from (``frame`` as loaded from ``dataset_path``)."""
    path = Path(dataset_path)
    provenance = find_provenance(path)
    values = examine_values(frame, provenance, organisation_key)
    detection = values.detection
    marked = detection.verdict == "watermarked"
    registry = registry or Registry()
    dataset_id = values.dataset_id or provenance.dataset_id or (_registered_match(values, registry) if marked else None)
    finding = LineageFinding(path, provenance, values, dataset_id=dataset_id)
    finding.input_depth = _input_depth(provenance, dataset_id, marked, registry)
    if marked or detection.verdict == "likely":
        finding.synthetic_share = float(detection.synthetic_share or 0.0)
    elif provenance.says_synthetic:
        finding.synthetic_share = float(provenance.synthetic_fraction or 1.0)

    if provenance.says_synthetic:
        finding.reasons.append("its descriptions say it is synthetic (" + ", ".join(provenance.sources) + ")")
    if marked:
        finding.reasons.append(f"its numbers carry SynthStudio's watermark (z = {finding.z:.1f})")
    elif detection.verdict == "likely":
        finding.reasons.append(f"its numbers show weak signs of the watermark (z = {finding.z:.1f})")

    finding.needs_confirmation = (finding.z >= Z_WATERMARKED or finding.input_depth >= CONFIRM_DEPTH
                                  or finding.synthetic_share >= CONFIRM_SHARE)
    if finding.needs_confirmation:
        finding.level = "warning"
    elif finding.reasons:
        finding.level = "notice"
    finding.message = _message(finding)
    return finding


def _message(finding: LineageFinding) -> str:
    if not finding.reasons:
        return "No sign that this table is synthetic data."
    share = f"about {finding.synthetic_share:.0%} of it looks synthetic" if finding.synthetic_share else ""
    which = f" (dataset {finding.dataset_id}, generation {finding.input_depth})" if finding.dataset_id else \
        f" (generation {finding.input_depth})" if finding.input_depth else ""
    text = (f"This table appears to be synthetic data{which}: " + "; ".join(finding.reasons)
            + (f"; {share}" if share else "") + ".")
    if finding.level == "warning":
        text += (" Training a generator on synthetic data copies the first model's mistakes and loses rare "
                 "cases (model collapse). Continue only if you mean to: the new data will be recorded as "
                 f"generation {finding.output_depth}.")
    elif finding.z >= Z_LIKELY:
        text += " A small part of it may be synthetic; this is recorded in the new run's lineage."
    return text
