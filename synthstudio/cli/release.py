"""``synthstudio release``: turn the output of ``synthstudio run`` into a signed, watermarked release.

The release itself is :func:`synthstudio.core.provenance.release.release_data`; this module only
gathers what it needs from the command line and the run record: the synthetic table, the
evaluation (judged again by the release gate with the thresholds recorded with it, so a
hand-edited verdict cannot slip through), the charts drawn from that evaluation, the signing
identity and the datasheet writer. A result that failed the gate is refused unless a written
justification is given; the justification is recorded in the evaluation and printed in the
signed datasheet.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from synthstudio.cli.terminal import run_with_progress
from synthstudio.cli.verify import organisation_key_from_file
from synthstudio.core.errors import BadInputError
from synthstudio.core.evaluation import METRICS, PASS, EvaluationReport
from synthstudio.core.evaluation.gate import MIN_JUSTIFICATION_CHARS
from synthstudio.core.report.evaluation_content import datasheet_evaluation, evaluation_charts, fairness_charts

if TYPE_CHECKING:
    import pandas as pd

    from synthstudio.core.provenance.watermark import WatermarkKey

# What a person types after --formats, and the release format it means.
FORMAT_NAMES = {"csv": "csv", "xlsx": "excel", "excel": "excel", "parquet": "parquet",
                "dta": "stata", "stata": "stata", "sav": "spss", "spss": "spss"}


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "release", help="release a synthetic table as watermarked files with a signed datasheet",
        description="Release the output of 'synthstudio run': watermarked data files with metadata and "
                    "a description file each, a signed PDF datasheet, and a signed manifest (manifest.json "
                    "and manifest.json.p7s). A result that failed the release gate is refused unless "
                    "--justification explains why it may go out anyway. Exit codes: 0 released, "
                    "2 bad input or refused, 130 cancelled.")
    parser.add_argument("--record", type=Path, required=True, metavar="RUN.json",
                        help="the run record written by 'synthstudio run' (<name>.run.json)")
    parser.add_argument("--synthetic", type=Path, metavar="FILE",
                        help="the synthetic table (default: the file the run record names, next to it)")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="the folder to release into")
    parser.add_argument("--formats", default="csv", metavar="LIST",
                        help="comma-separated: csv, xlsx, parquet, dta (Stata), sav (SPSS) (default: csv)")
    parser.add_argument("--organisation", metavar="NAME",
                        help="who releases the data; names the signature (default: the organisation of the "
                             "signing certificate already on this computer)")
    parser.add_argument("--purpose", default="", metavar="TEXT",
                        help="why the data is released, for the datasheet's Motivation section")
    parser.add_argument("--intended-use", action="append", default=[], metavar="TEXT",
                        help="what the data may be used for; repeatable")
    parser.add_argument("--prohibited-use", action="append", default=[], metavar="TEXT",
                        help="what the data must not be used for; repeatable")
    parser.add_argument("--contact", default="", metavar="TEXT", help="who to ask about the data")
    parser.add_argument("--licence", default="", metavar="TEXT", help='the licence, e.g. "CC-BY-4.0"')
    parser.add_argument("--notes", default="", metavar="TEXT", help="anything else recipients should know")
    parser.add_argument("--justification", metavar="TEXT",
                        help=f"why a result that failed (or warned at) the release gate may be released "
                             f"(at least {MIN_JUSTIFICATION_CHARS} characters; printed in the datasheet)")
    parser.add_argument("--key-file", type=Path, metavar="ORGKEY",
                        help="a file holding your organisation's secret watermark key (64 hexadecimal "
                             "characters; default: the key SynthStudio keeps on this computer, if any)")
    parser.add_argument("--overwrite", action="store_true", help="replace files of an earlier release in --out")
    parser.add_argument("--quiet", action="store_true", help="no progress or notes on the terminal")
    parser.set_defaults(handler=handle)


# -- reading the inputs ----------------------------------------------------------------------------

def parse_formats(text: str) -> tuple[str, ...]:
    """``"csv,xlsx"`` -> ``("csv", "excel")``, in the order given, each once."""
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    unknown = [name for name in names if name not in FORMAT_NAMES]
    if unknown or not names:
        raise BadInputError(f"SynthStudio cannot release the format(s): {', '.join(unknown) or 'none given'}.",
                            "Give --formats as a comma-separated list of csv, xlsx, parquet, dta and sav.")
    return tuple(dict.fromkeys(FORMAT_NAMES[name] for name in names))


def load_record(path: Path) -> dict[str, Any]:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise BadInputError(f"The run record {path} could not be read.",
                            "Give the <name>.run.json file that 'synthstudio run' wrote.", details=str(error)) from None
    if not isinstance(record, dict) or not all(key in record for key in ("input", "schema", "generator")):
        raise BadInputError(f"{path} is not a SynthStudio run record.",
                            "Give the <name>.run.json file that 'synthstudio run' wrote.")
    return record


def synthetic_path(args: argparse.Namespace, record: Mapping[str, Any]) -> Path:
    if args.synthetic is not None:
        return args.synthetic
    name = (record.get("output") or {}).get("file")
    if not name:
        raise BadInputError("The run record does not name the synthetic table it belongs to.",
                            "Give the synthetic table with --synthetic FILE.")
    return args.record.parent / Path(name).name


def check_matches_record(frame: "pd.DataFrame", path: Path, record: Mapping[str, Any]) -> None:
    """The evaluation and the datasheet describe the run's table: refuse a table that is plainly another."""
    columns = [c["name"] for c in record["schema"].get("columns", [])]
    missing = [name for name in columns if name not in frame.columns]
    rows = record.get("rows_generated")
    problems = ([f"it lacks the columns {', '.join(missing)}"] if missing else []) + (
        [f"it has {len(frame):,} rows, the run made {rows:,}"] if isinstance(rows, int) and rows != len(frame) else [])
    if problems:
        raise BadInputError(f"{path.name} is not the table this run record describes: {'; '.join(problems)}.",
                            "Give the synthetic table and the run record written by the same 'synthstudio run'.")


def load_evaluation(record: Mapping[str, Any]) -> EvaluationReport | None:
    """The run's evaluation, judged again with the thresholds recorded with it (None: not evaluated)."""
    data = record.get("evaluation")
    if not data:
        return None
    try:
        report = EvaluationReport.from_dict(data)
    except (KeyError, TypeError, ValueError) as error:
        raise BadInputError("The evaluation in the run record could not be read.",
                            "Give the run record exactly as 'synthstudio run' wrote it, or run again.",
                            details=str(error)) from None
    return report.regated(report.gate.thresholds)


def judged_for_release(report: EvaluationReport | None, justification: str | None, author: str,
                       quiet: bool) -> EvaluationReport | None:
    """Refuse a failed gate without a justification; record the justification where the gate did not pass.

    A justification already recorded with the evaluation (an earlier decision) counts, as it does in the app.
    """
    if report is None:
        _note("This result was not evaluated, so the datasheet has no fidelity, utility or privacy results "
              "and its release gate reads 'Not evaluated'.", quiet)
        return None
    gate = report.gate
    if not gate.can_release and not justification:
        failed = ", ".join(METRICS[key].label for key in gate.failed)
        raise BadInputError(
            f"This result failed the release gate ({failed}), so it is not released.",
            f"Improve the result and run again, or add --justification \"...\" explaining in at least "
            f"{MIN_JUSTIFICATION_CHARS} characters why it may be released anyway; the datasheet prints it.",
            code="gate_failed")
    if not justification:
        return report
    if gate.overall == PASS:
        _note("The release gate passed, so --justification is not needed and was not recorded.", quiet)
        return report
    return report.justified(justification, author)


def default_organisation() -> str:
    from synthstudio.core.provenance.signing import SigningIdentity

    if SigningIdentity.exists():
        return SigningIdentity.load().organisation
    raise BadInputError("No organisation is named, and this computer has no signing certificate yet.",
                        "Add --organisation \"Your organisation\"; it names the signature on the release.")


def watermark_key(path: Path | None) -> "WatermarkKey | None":
    from synthstudio.core.provenance.watermark import load_organisation_key

    return organisation_key_from_file(path) if path is not None else load_organisation_key()


# -- the datasheet's view of the evaluation -----------------------------------------------------------

# -- the command -------------------------------------------------------------------------------------

def handle(args: argparse.Namespace) -> int:
    from synthstudio.core.dataset import load_dataset
    from synthstudio.core.provenance.release import release_data
    from synthstudio.core.provenance.release_info import ReleaseOptions
    from synthstudio.core.provenance.signing import SigningIdentity, ensure_identity
    from synthstudio.core.report.writer import datasheet_writer

    formats = parse_formats(args.formats)
    record = load_record(args.record)
    organisation = args.organisation or default_organisation()
    report = judged_for_release(load_evaluation(record), args.justification, args.contact or organisation,
                                args.quiet)
    table_path = synthetic_path(args, record)
    synthetic = load_dataset(table_path)
    check_matches_record(synthetic.frame, table_path, record)
    organisation_key = watermark_key(args.key_file)
    options = ReleaseOptions(
        formats=formats, organisation=organisation, description=args.purpose, contact=args.contact,
        licence=args.licence, intended_uses=list(args.intended_use), prohibited_uses=list(args.prohibited_use),
        notes=args.notes,
        gate_justification=report.gate.justification.text if report and report.gate.justification else "",
        overwrite=args.overwrite)
    if report is not None:  # the record embedded in the PDF carries the verdict and justification released with
        record = {**record, "evaluation": report.to_dict()}

    previous = SigningIdentity.load().fingerprint if SigningIdentity.exists() else None
    identity = ensure_identity(organisation)
    if identity.fingerprint != previous:
        _note(f"Created a signing certificate for {identity.organisation} on this computer; it signs every "
              "release from now on.", args.quiet)
    generator_name = str(record["generator"].get("name") or record["generator"].get("key") or "synthetic")
    writer = datasheet_writer(identity, datasheet_evaluation(report), record.get("fairness"),
                              evaluation_charts(report, generator_name) + fairness_charts(record.get("fairness")))

    def work(progress, cancel):
        return release_data(synthetic.frame, record, args.out, options, organisation_key=organisation_key,
                            signing_identity=identity, datasheet=writer, progress=progress, cancel=cancel)

    try:
        result = run_with_progress(work, quiet=args.quiet)
    except BadInputError as error:
        if error.code != "file_exists":
            raise
        raise BadInputError(error.message, "Choose another --out folder, or add --overwrite to replace them.",
                            code=error.code) from None
    print(f"Released {result.dataset_id} into {result.folder}:")
    for path in result.paths:
        print(f"  {path.name}")
    print(f"Signed by {identity.organisation}; certificate SHA-256 fingerprint: {identity.fingerprint}")
    if identity.self_signed:
        _note("The certificate is self-signed: recipients should compare this fingerprint with one you give "
              "them another way (by phone, on your website).", args.quiet)
    for warning in result.warnings:
        _note(warning, args.quiet)
    return 0


def _note(text: str, quiet: bool) -> None:
    if not quiet:
        print(f"Note: {text}", file=sys.stderr)
