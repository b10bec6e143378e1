"""The datasheet of a released synthetic dataset, as plain data (no layout, no PDF).

The sections follow "Datasheets for Datasets" (Gebru et al.) as the product spec orders them,
with the results of generation and evaluation in between. :meth:`Datasheet.from_run` builds it
from what a run leaves behind and tolerates anything missing: an absent part becomes an honest
sentence ("No fairness targets were set."), never an empty heading or a crash.

Inputs (all plain dicts, as JSON would hold them; unknown keys are ignored):

``record``
    the run record of :func:`synthstudio.core.synthesis.run_synthesis` (input, schema, split,
    generator, seed, device, fit, timings, versions, synthetic_fraction, mode; optional
    ``dp`` = {"epsilon", "delta"}).
``evaluation``
    ``{"gate": {"verdict": "pass|warn|fail", "justification": str},
    "fidelity"|"diversity"|"utility"|"privacy": {"summary": str, "verdict": str,
    "metrics": [{"name", "value", "threshold", "verdict", "meaning"}] or {name: value}},
    "fairness": <as below, used when ``fairness`` is not given>}``.
``fairness``
    ``{"summary": str, "targets": [{"attribute", "outcome", "metric", "threshold", "before",
    "after", "met"}], "remaining_bias": str or [str]}``.
``release``
    what the release wizard collected and the release produced: dataset_name, organisation,
    dataset_id, date, purpose, source_description, preprocessing [str], rare_value_handling,
    intended_uses [str], prohibited_uses [str], limitations [str], known_biases [str],
    contact, maintenance, licence, notes, formats [str], files [{"name", "size_bytes",
    "sha256"}], manifest (file name), watermark {"scheme", "key", "green_rate",
    "embedded_cells"}, lineage {"depth", "parents" [id], "input_synthetic_share"},
    gate {"verdict", "justification"} (laid over the evaluation's gate), signer_fingerprint.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Mapping, Union

from synthstudio.core.report.formatting import MISSING, fmt_bytes, fmt_fingerprint, fmt_seconds, fmt_share, fmt_value

# -- the model -----------------------------------------------------------------------------------


@dataclass
class Text:
    text: str
    style: str = "body"          # "body", "summary" (the plain-language lead, highlighted) or "note"


@dataclass
class Facts:
    """Label/value pairs; ``monospace`` names the labels whose values are hashes or fingerprints."""

    rows: list[tuple[str, str]]
    monospace: frozenset[str] = frozenset()


@dataclass
class Bullets:
    items: list[str]
    title: str = ""


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str]]
    title: str = ""
    widths: tuple[float, ...] = ()        # relative column widths; equal when empty
    monospace_columns: tuple[int, ...] = ()


Block = Union[Text, Facts, Bullets, Table]


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)


# Keys and titles in reading order (the product spec's list).
SECTION_TITLES: dict[str, str] = {
    "motivation": "Motivation",
    "composition": "Composition",
    "source_data": "Source data (collection)",
    "generation": "Generation",
    "fidelity": "Fidelity",
    "diversity": "Diversity",
    "utility": "Utility",
    "privacy": "Privacy",
    "fairness": "Fairness",
    "limitations": "Limitations and known risks",
    "uses": "Intended and prohibited uses",
    "distribution": "Distribution",
    "provenance": "Provenance",
    "maintenance": "Maintenance and contact",
    "signature": "Signature",
}
RESULT_SECTIONS = ("fidelity", "diversity", "utility", "privacy", "fairness")
GATE_VERDICTS = {"pass": "Passed", "warn": "Passed with warnings", "fail": "Failed",
                 "not_evaluated": "Not evaluated"}


@dataclass
class Datasheet:
    dataset_name: str
    organisation: str
    dataset_id: str
    date: str
    gate_verdict: str = "not_evaluated"      # a key of GATE_VERDICTS
    gate_justification: str = ""
    generator_name: str = ""
    signer_fingerprint: str = ""
    language: str = "en"
    sections: list[Section] = field(default_factory=list)

    @property
    def title(self) -> str:
        return f"Datasheet: {self.dataset_name} (synthetic data)"

    @property
    def subject(self) -> str:
        return f"Documentation of the synthetic dataset {self.dataset_id or self.dataset_name}"

    @property
    def keywords(self) -> list[str]:
        words = ["synthetic data", "datasheet", "SynthStudio", self.dataset_name, self.dataset_id,
                 self.generator_name]
        return [w for w in words if w]

    @property
    def gate_label(self) -> str:
        return GATE_VERDICTS.get(self.gate_verdict, self.gate_verdict)

    def section(self, key: str) -> Section:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    @classmethod
    def from_run(cls, record: Mapping[str, Any] | None = None, evaluation: Mapping[str, Any] | None = None,
                 fairness: Mapping[str, Any] | None = None, release: Any = None) -> "Datasheet":
        return build_datasheet(record, evaluation, fairness, release)


# -- building it ---------------------------------------------------------------------------------

def build_datasheet(record: Mapping[str, Any] | None = None, evaluation: Mapping[str, Any] | None = None,
                    fairness: Mapping[str, Any] | None = None, release: Any = None) -> Datasheet:
    """A complete datasheet from whatever parts exist (see the module docstring for their keys)."""
    record = _mapping(record)
    evaluation = _mapping(evaluation)
    release = _mapping(release)
    fairness = _mapping(fairness) or _mapping(evaluation.get("fairness"))
    source = _mapping(record.get("input"))
    # The evaluation knows the gate's verdict; the release wizard may add the person's justification.
    gate = {**_mapping(evaluation.get("gate")), **{k: v for k, v in _mapping(release.get("gate")).items() if v}}
    sheet = Datasheet(
        dataset_name=str(release.get("dataset_name") or source.get("name") or "Unnamed dataset"),
        organisation=str(release.get("organisation") or "Organisation not stated"),
        dataset_id=str(release.get("dataset_id") or ""),
        date=str(release.get("date") or date.today().isoformat()),
        gate_verdict=_verdict_key(gate.get("verdict")),
        gate_justification=str(gate.get("justification") or ""),
        generator_name=str(_mapping(record.get("generator")).get("name") or ""),
        signer_fingerprint=str(release.get("signer_fingerprint") or ""),
    )
    builders = {
        "motivation": lambda: _motivation(record, release),
        "composition": lambda: _composition(record, release),
        "source_data": lambda: _source_data(record, release),
        "generation": lambda: _generation(record),
        "fidelity": lambda: _results("fidelity", evaluation),
        "diversity": lambda: _results("diversity", evaluation),
        "utility": lambda: _results("utility", evaluation),
        "privacy": lambda: _results("privacy", evaluation),
        "fairness": lambda: _fairness(fairness, _mapping(record.get("fairness_enforcement")),
                                      _strings(release.get("known_biases"))),
        "limitations": lambda: _limitations(record, release, sheet),
        "uses": lambda: _uses(release),
        "distribution": lambda: _distribution(release),
        "provenance": lambda: _provenance(release, sheet),
        "maintenance": lambda: _maintenance(release),
        "signature": lambda: _signature(sheet),
    }
    sheet.sections = [Section(key, SECTION_TITLES[key], builders[key]()) for key in SECTION_TITLES]
    return sheet


def _mapping(value: Any) -> Mapping[str, Any]:
    """Dicts as they are; dataclasses or objects with ``to_dict`` as dicts; anything else empty."""
    if isinstance(value, Mapping):
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else {}


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [str(item) for item in value if str(item).strip()]


def _verdict_key(value: Any) -> str:
    text = str(value or "").strip().lower()
    aliases = {"passed": "pass", "ok": "pass", "warning": "warn", "warnings": "warn", "failed": "fail"}
    text = aliases.get(text, text)
    return text if text in GATE_VERDICTS else "not_evaluated"


def _facts(*rows: tuple[str, Any], monospace: Iterable[str] = ()) -> Facts:
    return Facts([(label, value if isinstance(value, str) else fmt_value(value)) for label, value in rows],
                 frozenset(monospace))


_TYPE_WORDS = {"integer": "whole number", "float": "decimal number", "categorical": "category",
               "boolean": "yes / no", "datetime": "date or time", "identifier": "identifier",
               "text": "free text"}
_ROLE_WORDS = {"plain": "", "identifier": "record key (regenerated, not learned)",
               "direct_identifier": "direct identifier (replaced with made-up values)",
               "quasi_identifier": "quasi-identifier", "sensitive": "sensitive attribute",
               "target": "outcome to predict"}
_MODE_WORDS = {"full": "Fully synthetic: every row and every cell was generated.",
               "partial": "Partially synthetic: only the chosen columns were replaced by generated values.",
               "hybrid": "Hybrid: generated rows are mixed with real rows.",
               "metadata": "From metadata only: generated from column descriptions, without learning from rows."}


def _schema_columns(record: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [c for c in _mapping(record.get("schema")).get("columns", []) if isinstance(c, Mapping)]


def _motivation(record: Mapping[str, Any], release: Mapping[str, Any]) -> list[Block]:
    purpose = release.get("purpose") or release.get("motivation")
    source_name = _mapping(record.get("input")).get("name") or "a real table"
    blocks: list[Block] = [Text(
        f"This is a synthetic version of {source_name}: a table of made-up rows produced by a statistical "
        "model that learned the patterns of the real data. It is meant to be shared and used where the "
        "real rows cannot be, because they describe real people.", "summary")]
    blocks.append(Text(f"Why it was made: {purpose}" if purpose else
                       "The releasing organisation did not state a purpose for this dataset.", "body"))
    blocks.append(_facts(("Released by", release.get("organisation")),
                         ("Release date", release.get("date")),
                         ("Notes", release.get("notes") or "None")))
    return blocks


def _composition(record: Mapping[str, Any], release: Mapping[str, Any]) -> list[Block]:
    columns = _schema_columns(record)
    fraction = _mapping(record.get("synthetic_fraction"))
    rows_share = fraction.get("rows")
    summary = ("Every row is synthetic: no row describes a real person, and none was copied from the source."
               if rows_share == 1 else
               f"{fmt_share(rows_share)} of the rows are synthetic; see Generation for how real and "
               "synthetic rows were combined." if rows_share is not None else
               "The share of synthetic rows was not recorded.")
    blocks: list[Block] = [Text(summary, "summary"), _facts(
        ("Rows", record.get("rows_generated")),
        ("Columns", len(columns) or _mapping(record.get("input")).get("columns")),
        ("Synthetic share of rows", fmt_share(rows_share) if rows_share is not None else MISSING),
        ("Synthetic share of cells", fmt_share(fraction["cells"]) if "cells" in fraction else MISSING),
        ("File formats", release.get("formats")),
    )]
    if columns:
        blocks.append(Table(
            ["Column", "Kind of value", "Role", "Missing in source", "Distinct values"],
            [[str(c.get("name", "")), _TYPE_WORDS.get(str(c.get("type")), str(c.get("type", ""))),
              _ROLE_WORDS.get(str(c.get("role", "plain")), str(c.get("role", ""))),
              fmt_share(c.get("missing_share")), fmt_value(c.get("n_distinct"))] for c in columns],
            title="Columns", widths=(3.2, 2.2, 3.6, 1.6, 1.6)))
    return blocks


def _source_data(record: Mapping[str, Any], release: Mapping[str, Any]) -> list[Block]:
    source = _mapping(record.get("input"))
    split = _mapping(record.get("split"))
    options = {k: v for k, v in _mapping(source.get("load_options")).items() if v not in (None, "", [], {})}
    blocks: list[Block] = [Text(
        "The real table the generator learned from. It is not part of this release; its fingerprint "
        "(SHA-256) lets its owner prove which version was used without sharing it.", "summary")]
    blocks.append(_facts(
        ("Description", release.get("source_description") or "Not given by the releasing organisation."),
        ("File", source.get("name") or source.get("file")),
        ("Format", source.get("format")),
        ("Size", fmt_bytes(source.get("size_bytes"))),
        ("SHA-256", source.get("sha256")),
        ("Rows in source", source.get("rows")),
        ("Rows used for learning", split.get("train_rows")),
        ("Rows kept aside for testing", split.get("holdout_rows")),
        monospace=("SHA-256",)))
    preprocessing = _strings(release.get("preprocessing"))
    if options:
        preprocessing.append("Read with: " + fmt_value(options))
    preprocessing += [f"Reading note: {w}" for w in _strings(source.get("load_warnings"))]
    blocks.append(Bullets(preprocessing or ["No preprocessing was recorded."], "Preprocessing"))
    blocks.append(Bullets([str(release.get("rare_value_handling") or
                               "No special handling of rare values was recorded for this run.")],
                          "Rare values"))
    direct = [str(c.get("name")) for c in _schema_columns(record) if c.get("role") == "direct_identifier"]
    blocks.append(Bullets(
        [f"Never learned by the generator; their values were replaced with made-up ones: {', '.join(direct)}."]
        if direct else ["No column was marked as a direct identifier (name, e-mail, phone, national ID)."],
        "Direct identifiers"))
    return blocks


def _generation(record: Mapping[str, Any]) -> list[Block]:
    generator = _mapping(record.get("generator"))
    fit = _mapping(record.get("fit"))
    timings = _mapping(record.get("timings"))
    versions = _mapping(record.get("versions"))
    dp = _mapping(record.get("dp"))
    mode = str(record.get("mode") or "")
    seconds = [timings.get(k) for k in ("fit_seconds", "sample_seconds")]
    duration = fmt_seconds(sum(s for s in seconds if isinstance(s, (int, float)))) if any(
        isinstance(s, (int, float)) for s in seconds) else MISSING
    epochs = fit.get("epochs_done")
    device_note = fit.get("device_note")
    blocks: list[Block] = [Text(_MODE_WORDS.get(mode, f"Mode: {mode or 'not recorded'}."), "summary")]
    blocks.append(_facts(
        ("Generator", generator.get("name") or generator.get("key")),
        ("Software library", generator.get("library")),
        ("SynthStudio version", versions.get("synthstudio")),
        ("Random seed", record.get("seed")),
        ("Processor", f"{record.get('device') or MISSING}" + (f" ({device_note})" if device_note else "")),
        ("Duration (learning and sampling)", duration),
        ("Training passes (epochs)", epochs if epochs is not None else "not applicable"),
        ("Differential privacy", f"ε = {fmt_value(dp.get('epsilon'))}" +
         (f", δ = {fmt_value(dp.get('delta'))}" if dp.get("delta") is not None else "") if dp else
         "None: this generator gives no formal differential-privacy guarantee."),
        ("Generated on", record.get("created")),
    ))
    parameters = _mapping(generator.get("parameters"))
    if parameters:
        blocks.append(Table(["Setting", "Value"], [[str(k), fmt_value(v)] for k, v in parameters.items()],
                            title="Generator settings", widths=(1, 1)))
    if versions:
        blocks.append(Table(["Software", "Version"], [[str(k), fmt_value(v)] for k, v in versions.items()],
                            title="Software versions (to reproduce this run)", widths=(1, 1)))
    return blocks


_RESULT_LEADS = {
    "fidelity": "Fidelity: how closely the synthetic data reproduces the real data's distributions and "
                "the relationships between columns. Higher is closer.",
    "diversity": "Diversity: whether the synthetic data covers the whole range of the real data (all "
                 "categories, the spread of values), rather than repeating its most common rows.",
    "utility": "Utility: whether an analysis or a model trained on the synthetic data gives results close "
               "to the same work done on the real data, checked on real rows kept aside for testing.",
    "privacy": "Privacy: whether the synthetic rows reveal anything about the real people in the source: "
               "copies or near-copies of real rows, and how well an attacker could guess who was in it.",
}
_VERDICT_WORDS = {"pass": "Pass", "warn": "Warning", "fail": "Fail", "not_evaluated": MISSING}


def _results(key: str, evaluation: Mapping[str, Any]) -> list[Block]:
    part = _mapping(evaluation.get(key))
    blocks: list[Block] = []
    if part.get("summary"):
        blocks.append(Text(str(part["summary"]), "summary"))
    blocks.append(Text(_RESULT_LEADS[key], "body" if blocks else "summary"))
    if not part:
        blocks.append(Text("This part was not evaluated before release.", "note"))
        return blocks
    verdict = part.get("verdict") or part.get("status")
    if verdict:
        blocks.append(_facts(("Result of the release gate", _VERDICT_WORDS.get(_verdict_key(verdict), verdict))))
    rows = [_metric_row(name, metric) for name, metric in _metrics(part.get("metrics"))]
    if rows:
        blocks.append(Table(["Measure", "Value", "Threshold", "Result", "What it means"], rows,
                            title="Measures", widths=(3.0, 1.4, 1.6, 1.4, 5.0)))
    return blocks


def _metrics(metrics: Any) -> list[tuple[str, Any]]:
    if isinstance(metrics, Mapping):
        return list(metrics.items())
    if isinstance(metrics, (list, tuple)):
        return [(str(m.get("label") or m.get("name", "")), m) for m in metrics if isinstance(m, Mapping)]
    return []


def _metric_row(name: str, metric: Any) -> list[str]:
    if not isinstance(metric, Mapping):
        return [name, fmt_value(metric), MISSING, MISSING, ""]
    verdict = metric.get("verdict") or metric.get("status")
    return [name, fmt_value(metric.get("value")), fmt_value(metric.get("threshold")),
            _VERDICT_WORDS.get(_verdict_key(verdict), MISSING) if verdict else MISSING,
            str(metric.get("meaning") or metric.get("description") or metric.get("explanation") or "")]


def remaining_bias_lines(fairness: Mapping[str, Any] | None, known_biases: Iterable[str] = ()) -> list[str]:
    """The "Remaining bias" list of the Fairness section, which the app's results view shows too: the
    sentences the fairness verification stored in the run record, then the biases the releaser named."""
    return _strings(_mapping(fairness).get("remaining_bias")) + _strings(known_biases)


def _fairness(fairness: Mapping[str, Any], enforcement: Mapping[str, Any], known_biases: list[str]) -> list[Block]:
    lead = Text("Fairness: whether groups defined by a sensitive attribute (for example sex or origin) are "
                "treated alike in the data, measured before (real data) and after (synthetic data).", "body")
    targets = [t for t in fairness.get("targets", []) if isinstance(t, Mapping)]
    remaining = remaining_bias_lines(fairness, known_biases)
    blocks: list[Block] = []
    if fairness.get("summary"):
        blocks.append(Text(str(fairness["summary"]), "summary"))
    if not targets:
        blocks.append(Text("No fairness targets were set for this release, so no group balance was enforced "
                           "or verified.", "summary" if not blocks else "body"))
    blocks.append(lead)
    if targets:
        blocks.append(Table(
            ["Sensitive attribute", "Outcome", "Measure", "Target", "Real data", "Synthetic data", "Met?"],
            [[fmt_value(t.get("attribute") or t.get("sensitive")), fmt_value(t.get("outcome")),
              fmt_value(t.get("metric")), fmt_value(t.get("threshold")), fmt_value(t.get("before")),
              fmt_value(t.get("after")), fmt_value(t.get("met"))] for t in targets],
            title="Targets", widths=(2.4, 1.8, 2.6, 1.3, 1.4, 1.6, 1.0)))
    if enforcement.get("method"):
        blocks.append(Text(f"How the target was pursued: {enforcement['method']}. Every released row was generated "
                           "by the model; no real row was edited.", "body"))
    blocks.append(Bullets(remaining or ["No remaining bias was measured."], "Remaining bias"))
    return blocks


def _limitations(record: Mapping[str, Any], release: Mapping[str, Any], sheet: Datasheet) -> list[Block]:
    risks = _strings(release.get("limitations"))
    risks += [
        "Extreme values (the tails of distributions) are reproduced less faithfully than typical values. "
        "Do not use this data to study outliers or rare events.",
        "Small groups in the real data were learned from few examples; statistics about them are unreliable "
        "and may be missing or exaggerated.",
        "Training a new generator on synthetic data compounds its errors from one generation to the next "
        "(model collapse). Keep the watermark and the files' metadata, so tools can warn about it.",
        "Synthetic data reproduces the patterns of the source, including its biases and its errors.",
    ]
    depth = _mapping(release.get("lineage")).get("depth")
    if isinstance(depth, int) and depth > 1:
        risks.insert(0, f"The source was itself synthetic: this dataset is generation {depth} from real data, "
                        "so its errors add up over generations.")
    blocks: list[Block] = [Text("What this dataset cannot be trusted for. Read this before using it.", "summary"),
                           Bullets(risks)]
    if sheet.gate_verdict in ("warn", "fail"):
        blocks.append(Text(f"The release gate result was “{sheet.gate_label}”. Reason given for releasing it: "
                           f"{sheet.gate_justification or 'none was given.'}", "note"))
    return blocks


_ALWAYS_PROHIBITED = ("Trying to re-identify people, or linking rows to real people or to other data about them.",
                      "Making decisions about individual real people from this data.")


def _uses(release: Mapping[str, Any]) -> list[Block]:
    intended = _strings(release.get("intended_uses"))
    prohibited = _strings(release.get("prohibited_uses"))
    prohibited += [p for p in _ALWAYS_PROHIBITED if p not in prohibited]
    return [Text("What the releasing organisation made this dataset for, and what it must not be used for.",
                 "summary"),
            Bullets(intended or ["No intended uses were stated."], "Intended uses"),
            Bullets(prohibited, "Prohibited uses")]


def _distribution(release: Mapping[str, Any]) -> list[Block]:
    files = [f for f in release.get("files", []) if isinstance(f, Mapping)]
    manifest = str(release.get("manifest") or "manifest.json")
    blocks: list[Block] = [
        Text(f"The files of this release, with their SHA-256 fingerprints. The same list is in {manifest}, "
             f"signed in {manifest}.p7s; any change to a file changes its fingerprint.", "summary"),
        _facts(("Licence", release.get("licence") or release.get("license") or "Not stated"),
               ("Formats", release.get("formats")),
               ("Release date", release.get("date")))]
    if files:
        blocks.append(Table(["File", "Size", "SHA-256"],
                            [[str(f.get("name") or f.get("path", "")), fmt_bytes(f.get("size_bytes")),
                              str(f.get("sha256", MISSING))] for f in files],
                            title="Files", widths=(4.0, 1.4, 8.0), monospace_columns=(2,)))
    else:
        blocks.append(Text("The list of files was not available when this datasheet was made.", "note"))
    return blocks


def _provenance(release: Mapping[str, Any], sheet: Datasheet) -> list[Block]:
    watermark = _mapping(release.get("watermark"))
    lineage = _mapping(release.get("lineage"))
    key = str(watermark.get("key") or "")
    key_words = {"default": "SynthStudio's published key: anyone can detect it",
                 "organisation": "the organisation's secret key: only the organisation can prove it"}
    parents = _strings(lineage.get("parents"))
    depth = lineage.get("depth")
    return [
        Text("How to tell, later and without this document, that the data is synthetic and where it came from.",
             "summary"),
        _facts(("Dataset ID", sheet.dataset_id or MISSING),
               ("Watermark in the values", watermark.get("scheme") or "None recorded"),
               ("Watermark key", key_words.get(key, key or MISSING)),
               ("Share of marked carrier cells (green rate)", watermark.get("green_rate")),
               ("Marks in the files", "“.SYNTHETIC.” in file names, file metadata (Parquet, Excel), and a JSON-LD "
                                      "description next to every file"),
               monospace=("Dataset ID",)),
        Bullets(["Open SynthStudio and choose Verify, or run: synthstudio verify <file or folder>.",
                 "It reports the watermark's strength (z-score), the dataset ID hidden in the values, whether "
                 "each file still matches the signed manifest, and the estimated share of synthetic rows.",
                 "The watermark changes only the last digit of some numbers, so it survives copying rows into "
                 "another file; rounding or adding noise to the numbers removes it."], "How to verify"),
        Bullets([f"Generation depth: {fmt_value(depth)} "
                 f"({'made from real data' if depth == 1 else 'made from data that was already synthetic'})."
                 if isinstance(depth, int) else "Generation depth: not recorded.",
                 f"Made from: {', '.join(parents)}." if parents else "Made from: real data (no synthetic parent)."],
                "Lineage"),
    ]


def _maintenance(release: Mapping[str, Any]) -> list[Block]:
    return [
        Text("Who answers questions about this dataset and reports problems with it.", "summary"),
        _facts(("Contact", release.get("contact") or "Not stated"),
               ("Maintenance", release.get("maintenance") or
                "This release will not be updated. A corrected version would be a new release with a new "
                "dataset ID and a new datasheet."),
               ("Released by", release.get("organisation"))),
    ]


def _signature(sheet: Datasheet) -> list[Block]:
    blocks: list[Block] = [
        Text(f"This document is digitally signed by {sheet.organisation}. The signature covers every byte of "
             "the PDF, including the run record and the manifest attached to it: changing anything breaks it.",
             "summary"),
        Bullets(["In a PDF reader, open the signature panel; or run: synthstudio verify <this file>.",
                 "A self-signed certificate proves that the document is unchanged. It proves who signed it only "
                 "if its fingerprint matches the one the organisation published (on its website, or by letter). "
                 "Compare every character."], "How to check it")]
    if sheet.signer_fingerprint:
        blocks.append(_facts(("Certificate fingerprint (SHA-256)", fmt_fingerprint(sheet.signer_fingerprint)),
                             monospace=("Certificate fingerprint (SHA-256)",)))
    return blocks
