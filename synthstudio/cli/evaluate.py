"""``synthstudio evaluate``: measure a synthetic table against the real one and write a JSON report.

Without ``--holdout`` the real file is split exactly as ``synthstudio run`` splits it (same
``--seed``, ``--holdout-share`` and target), so evaluating the output of
``synthstudio run --seed N`` with ``--seed N`` finds the rows that run kept aside.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from synthstudio.cli.run import add_schema_arguments, build_schema
from synthstudio.cli.terminal import run_with_progress
from synthstudio.core.dataset import Dataset, load_dataset
from synthstudio.core.errors import BadInputError
from synthstudio.core.evaluation import FAMILIES, FAMILY_LABELS, GateThresholds, metrics_of
from synthstudio.core.evaluation.holdout import DEFAULT_HOLDOUT_SHARE, split_holdout
from synthstudio.core.evaluation.pipeline import DEFAULT_MAX_ROWS, evaluate
from synthstudio.core.evaluation.report import EvaluationReport
from synthstudio.core.fileio import atomic_target
from synthstudio.core.schema import Role

NO_HOLDOUT_WARNING = (
    "No --holdout file: the real file was split with --seed {seed} and --holdout-share {share}, as "
    "'synthstudio run' does. If the synthetic data was made some other way from all of these rows, "
    "the privacy results are too optimistic.")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "evaluate", help="measure how faithful, useful and private a synthetic table is",
        description="Compare a synthetic table with the real one: fidelity, diversity, utility "
                    "(train on synthetic, test on real) and privacy, judged by the release gate. "
                    "Writes a JSON report. Exit codes: 0 ok (whatever the verdict), 2 bad input, "
                    "130 cancelled.")
    parser.add_argument("--real", type=Path, required=True,
                        help="the real table the synthetic data was learned from (the training rows, "
                             "or all rows when --holdout is not given)")
    parser.add_argument("--synthetic", type=Path, required=True, help="the synthetic table")
    parser.add_argument("--holdout", type=Path,
                        help="real rows the generator never saw; without it the real file is split")
    parser.add_argument("--out", type=Path, required=True, help="where to write the JSON report")
    parser.add_argument("--target", help="the column a downstream model would predict (for utility)")
    add_schema_arguments(parser)
    parser.add_argument("--thresholds", type=Path, help="release-gate thresholds (JSON) instead of the defaults")
    parser.add_argument("--seed", type=int, default=0, help="random seed for the split and the samples (default 0)")
    parser.add_argument("--holdout-share", type=float, default=DEFAULT_HOLDOUT_SHARE,
                        help=f"share of real rows kept aside when --holdout is not given (default {DEFAULT_HOLDOUT_SHARE})")
    parser.add_argument("--max-rows", type=int, default=DEFAULT_MAX_ROWS,
                        help=f"most rows of each table used by the slow steps (default {DEFAULT_MAX_ROWS:,})")
    parser.add_argument("--overwrite", action="store_true", help="replace the report if it exists")
    parser.add_argument("--quiet", action="store_true", help="no progress or summary on the terminal")
    parser.set_defaults(handler=handle)


def _thresholds(path: Path | None) -> GateThresholds | None:
    """Thresholds from a JSON file: the thresholds themselves, or an earlier report's."""
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if "gate" in data:
            data = data["gate"]["thresholds"]
        return GateThresholds.from_dict(data if "thresholds" in data else {"thresholds": data})
    except (OSError, ValueError, TypeError, KeyError) as error:
        raise BadInputError(f"The thresholds file {path} could not be read.",
                            "Give a JSON file of thresholds, or a report written by 'synthstudio evaluate'.",
                            details=str(error)) from None


def _check_columns(real: Dataset, other: Dataset, what: str) -> None:
    shared = set(real.frame.columns) & set(other.frame.columns)
    if not shared:
        raise BadInputError(f"The {what} table has no column in common with the real table.",
                            f"Check that {other.source.name} is the {what} version of {real.source.name}.")


def handle(args: argparse.Namespace) -> int:
    if not 0 < args.holdout_share < 0.9 and args.holdout is None:
        raise BadInputError(f"The holdout share {args.holdout_share} is outside 0–0.9.",
                            "Use a share such as 0.2, or give the holdout rows with --holdout.")
    if args.max_rows < 100:
        raise BadInputError("--max-rows must be at least 100.", "Use the default, or a larger number.")
    if args.out.exists() and not args.overwrite:  # refuse before the work, not after it
        raise BadInputError(f"The file {args.out} already exists and was not changed.",
                            "Choose another --out file, or add --overwrite to replace it.")
    if not args.out.parent.is_dir():
        raise BadInputError(f"The folder {args.out.parent} does not exist.", "Choose an existing folder for --out.")
    thresholds = _thresholds(args.thresholds)
    real = load_dataset(args.real)
    synthetic = load_dataset(args.synthetic)
    _check_columns(real, synthetic, "synthetic")
    schema = build_schema(real, args)
    if args.target:
        if args.target not in schema:
            raise BadInputError(f"The table has no column called '{args.target}'.",
                                f"Columns are: {', '.join(schema.names)}.")
        schema.set_role(args.target, Role.TARGET)
    if args.holdout is not None:
        holdout = load_dataset(args.holdout)
        _check_columns(real, holdout, "holdout")
        train, holdout_rows = real.frame, holdout.frame
        source = {"file": str(holdout.source), "sha256": holdout.sha256}
    else:
        train, holdout_rows = split_holdout(real.frame, args.holdout_share, args.seed, schema.target)
        source = {"split_of_real": True, "holdout_share": args.holdout_share, "seed": args.seed}
        if not args.quiet:
            print(NO_HOLDOUT_WARNING.format(seed=args.seed, share=args.holdout_share), file=sys.stderr)
    report = run_with_progress(
        lambda progress, cancel: evaluate(train, holdout_rows, synthetic.frame, schema, thresholds=thresholds,
                                          progress=progress, cancel=cancel, seed=args.seed,
                                          max_rows=args.max_rows),
        quiet=args.quiet)
    document = report.to_dict()
    document["inputs"] = {"real": {"file": str(real.source), "sha256": real.sha256},
                          "synthetic": {"file": str(synthetic.source), "sha256": synthetic.sha256},
                          "holdout": source, "schema": schema.to_dict()}
    if args.holdout is None:
        document["warnings"].append(NO_HOLDOUT_WARNING.format(seed=args.seed, share=args.holdout_share))
    with atomic_target(args.out, overwrite=args.overwrite) as temporary:
        temporary.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    if not args.quiet:
        print(summary(report), file=sys.stderr)
        print(f"Wrote {args.out}", file=sys.stderr)
    return 0


def summary(report: EvaluationReport) -> str:
    """The verdict and every judged metric, one line each, for the terminal."""
    lines = [f"Release gate: {report.gate.overall.upper()}"]
    for family in FAMILIES:
        lines.append(FAMILY_LABELS[family])
        for metric in metrics_of(family):
            verdict = report.gate.verdicts.get(metric.key)
            status = verdict.status if verdict else "reported"
            if not verdict and report.metrics.get(metric.key) is None:
                continue
            advisory = " (advisory)" if verdict and not verdict.blocking else ""
            lines.append(f"  {metric.label:<34} {metric.format(report.metrics.get(metric.key)):>14}"
                         f"  {status}{advisory}")
    lines += [f"Note: {warning}" for warning in report.warnings]
    return "\n".join(lines)
