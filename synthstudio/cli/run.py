"""``synthstudio run``: load a table, fit a generator, write the synthetic table and its run record."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from synthstudio.cli.terminal import run_with_progress
from synthstudio.core.dataset import Dataset, LoadOptions, load_dataset, write_table
from synthstudio.core.errors import BadInputError
from synthstudio.core.fairness.targets import FairnessTarget
from synthstudio.core.fileio import atomic_target
from synthstudio.core.generators import PRESETS, generator_keys
from synthstudio.core.modes import DEFAULT_ORIGIN_COLUMN, DEFAULT_SYNTHETIC_SHARE, MODES
from synthstudio.core.provenance.lineage import inspect_input
from synthstudio.core.schema import ColumnType, Role, Schema, detect_schema
from synthstudio.core.synthesis import SynthesisSettings, run_synthesis
from synthstudio.paths import sample_dataset

DEMO_OUTPUT = "synthstudio-demo-output"
OUTPUT_FORMATS = ("csv", "tsv", "xlsx", "parquet", "dta", "sav")


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "run", help="make a synthetic copy of a table",
        description="Load a table, learn from it with a generator, and write a synthetic table plus a "
                    "JSON run record (input hash, schema, generator, parameters, seed, versions, device, "
                    "timings). Exit codes: 0 ok, 2 bad input, 130 cancelled.")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--data", type=Path, help="the real table (CSV/TSV, Excel, Parquet, Stata, SPSS)")
    source.add_argument("--demo", action="store_true", help="use the bundled sample dataset")
    parser.add_argument("--generator", default="fast",
                        help=f"one of {', '.join(generator_keys())} or a preset: {', '.join(PRESETS)} "
                             "(default: fast)")
    parser.add_argument("--rows", type=int, help="rows to generate (default: as many as the training rows)")
    parser.add_argument("--seed", type=int, default=0, help="random seed: the same seed gives the same output")
    parser.add_argument("--out", type=Path, help=f"output folder (default for --demo: ./{DEMO_OUTPUT})")
    parser.add_argument("--format", choices=OUTPUT_FORMATS, help="output format (default: the input's)")
    parser.add_argument("--sheet", help="Excel sheet to read (default: the first)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                        help="a generator setting, e.g. --param epochs=50 (repeatable)")
    add_schema_arguments(parser)
    parser.add_argument("--mode", choices=MODES, default="full",
                        help="full (default): every row generated; metadata_only: from column ranges and "
                             "categories only; partial: only some columns replaced (see --replace); hybrid: real "
                             "and synthetic rows mixed (see --synthetic-share)")
    parser.add_argument("--replace", metavar="COLUMNS",
                        help="partial mode: comma-separated columns to replace (default: the sensitive and "
                             "quasi-identifier columns); identifier columns are always replaced")
    parser.add_argument("--synthetic-share", type=float, metavar="SHARE",
                        help=f"hybrid mode: share of the rows that are synthetic (default {DEFAULT_SYNTHETIC_SHARE})")
    parser.add_argument("--origin-column", nargs="?", const=DEFAULT_ORIGIN_COLUMN, metavar="NAME",
                        help=f"hybrid mode: add a column telling real rows from synthetic ones "
                             f"(default name: {DEFAULT_ORIGIN_COLUMN})")
    parser.add_argument("--fairness", metavar="TARGET",
                        help='a fairness target to enforce and verify, e.g. "sensitive=sex,race;target=income;'
                             'favourable=>50K;metric=disparate_impact;threshold=0.8" (metrics: disparate_impact, '
                             'statistical_parity, representation, equalized_odds; optional intersection=yes, '
                             'min_group=30)')
    parser.add_argument("--holdout", type=float, default=0.2, help="share of real rows kept aside (default 0.2)")
    parser.add_argument("--no-evaluate", action="store_true",
                        help="skip measuring fidelity, utility and privacy (faster; the record has no metrics)")
    parser.add_argument("--no-gpu", action="store_true", help="never use a GPU, even when one is present")
    parser.add_argument("--overwrite", action="store_true", help="replace output files that already exist")
    parser.add_argument("--accept-synthetic-input", action="store_true",
                        help="learn from a table that is itself (largely) synthetic, knowing the risk of "
                             "model collapse; recorded in the run's lineage")
    parser.add_argument("--quiet", action="store_true", help="no progress on the terminal")
    parser.set_defaults(handler=handle)


def _pairs(items: list[str], what: str) -> list[tuple[str, str]]:
    pairs = []
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise BadInputError(f"'{item}' is not of the form NAME=VALUE.", f"Write the {what} as NAME=VALUE.")
        pairs.append((name.strip(), value.strip()))
    return pairs


def add_schema_arguments(parser: argparse.ArgumentParser) -> None:
    """The options :func:`build_schema` reads: a schema file, and type and role overrides."""
    parser.add_argument("--schema", type=Path, help="a schema JSON (types and roles) to use instead of detection")
    parser.add_argument("--role", action="append", default=[], metavar="COLUMN=ROLE",
                        help=f"give a column a role ({', '.join(r.value for r in Role)}); repeatable")
    parser.add_argument("--type", action="append", default=[], metavar="COLUMN=TYPE", dest="types",
                        help=f"override a detected type ({', '.join(t.value for t in ColumnType)}); repeatable")


def build_schema(dataset: Dataset, args: argparse.Namespace) -> Schema:
    """Detected schema, or the given JSON, with the command line's type and role overrides."""
    if args.schema:
        try:
            schema = Schema.from_json(args.schema.read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError) as error:
            raise BadInputError(f"The schema file {args.schema} could not be read.",
                                "Give a schema JSON saved by SynthStudio.", details=str(error)) from None
        missing = [name for name in schema.names if name not in dataset.frame.columns]
        if missing:
            raise BadInputError(f"The schema names columns the table does not have: {', '.join(missing)}.",
                                "Use the schema saved for this table, or let SynthStudio detect one.")
    else:
        schema = detect_schema(dataset.frame, dataset.value_labels)
    for pairs, setter, enum in ((_pairs(args.types, "type"), schema.set_type, ColumnType),
                                (_pairs(args.role, "role"), schema.set_role, Role)):
        for column, value in pairs:
            if column not in schema:
                raise BadInputError(f"The table has no column called '{column}'.",
                                    f"Columns are: {', '.join(schema.names)}.")
            try:
                setter(column, enum(value))
            except ValueError:
                raise BadInputError(f"'{value}' is not a known {enum.__name__}.",
                                    f"Use one of: {', '.join(e.value for e in enum)}.") from None
    return schema


def check_lineage(dataset: Dataset, accepted: bool, quiet: bool) -> dict:
    """The model-collapse guard: refuse (largely) synthetic input unless the user accepts it."""
    finding = inspect_input(dataset.source, dataset.frame)
    if finding.needs_confirmation and not accepted:
        raise BadInputError(finding.message, "If you mean to learn from synthetic data, run again with "
                                             "--accept-synthetic-input; it will be recorded in the lineage.",
                            code="synthetic_input")
    if finding.reasons and not quiet:
        print(f"Note: {finding.message}", file=sys.stderr)
    return finding.to_record(confirmed=finding.needs_confirmation and accepted)


def output_paths(dataset: Dataset, out_dir: Path, file_format: str) -> tuple[Path, Path]:
    stem = dataset.source.stem
    return out_dir / f"{stem}.SYNTHETIC.{file_format}", out_dir / f"{stem}.run.json"


def handle(args: argparse.Namespace) -> int:
    data_path = sample_dataset() if args.demo else args.data
    out_dir = args.out or (Path(DEMO_OUTPUT) if args.demo else None)
    if out_dir is None:
        raise BadInputError("No output folder was given.", "Add --out FOLDER to say where to write the results.")
    dataset = load_dataset(data_path, _load_options(args))
    file_format = args.format or _default_format(dataset)
    table_path, record_path = output_paths(dataset, out_dir, file_format)
    if not args.overwrite:  # refuse before training, not after minutes of work
        existing = [str(p) for p in (table_path, record_path) if p.exists()]
        if existing:
            raise BadInputError(f"These files already exist: {', '.join(existing)}.",
                                "Choose another --out folder, or add --overwrite to replace them.")
    lineage = check_lineage(dataset, args.accept_synthetic_input, quiet=args.quiet)
    schema = build_schema(dataset, args)
    settings = SynthesisSettings(**_mode_options(args), generator=args.generator, params=dict(_pairs(args.param, "setting")),
                                 rows=args.rows, seed=args.seed, holdout_share=args.holdout,
                                 use_gpu=not args.no_gpu, evaluate=not args.no_evaluate)
    if not args.quiet:
        print(f"Learning from {dataset.name}: {len(dataset.frame):,} rows × {dataset.frame.shape[1]} columns "
              f"with '{settings.generator}' (seed {settings.seed})", file=sys.stderr)

    def work(progress, cancel):
        return run_synthesis(dataset, schema, settings, progress, cancel, lineage)

    result = run_with_progress(work, quiet=args.quiet)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_table(result.synthetic, table_path, file_format, overwrite=args.overwrite)
    result.record["output"] = {"file": table_path.name, "format": file_format}
    with atomic_target(record_path, overwrite=args.overwrite) as temp:
        temp.write_text(json.dumps(result.record, indent=2, ensure_ascii=False), encoding="utf-8")
    if not args.quiet:
        _print_mode_and_fairness(result.record)
        print(f"Wrote {table_path} ({len(result.synthetic):,} rows) and {record_path}. "
              f"Device: {result.fit_report.device}.", file=sys.stderr)
        if result.evaluation is not None:
            print(f"Release gate: {result.evaluation.gate.overall}.", file=sys.stderr)
    return 0


def _mode_options(args: argparse.Namespace) -> dict:
    """--mode, --replace, --synthetic-share, --origin-column and --fairness as SynthesisSettings fields."""
    wrong = [flag for flag, value, mode in (("--replace", args.replace, "partial"),
                                            ("--synthetic-share", args.synthetic_share, "hybrid"),
                                            ("--origin-column", args.origin_column, "hybrid"))
             if value is not None and args.mode != mode]
    if wrong:
        raise BadInputError(f"{', '.join(wrong)} does not apply to the mode '{args.mode}'.",
                            "Use --replace with --mode partial, and --synthetic-share / --origin-column with "
                            "--mode hybrid.")
    options = {"mode": args.mode, "origin_column": args.origin_column,
               "fairness": FairnessTarget.parse(args.fairness).to_dict() if args.fairness else None,
               "replaced_columns": [c.strip() for c in args.replace.split(",") if c.strip()] if args.replace else None}
    if args.synthetic_share is not None:
        options["synthetic_share"] = args.synthetic_share
    return options


def _print_mode_and_fairness(record: dict) -> None:
    fraction = record["synthetic_fraction"]
    print(f"{record['mode_name']}: {fraction['rows']:.0%} of rows and {fraction['cells']:.0%} of cells are "
          "synthetic.", file=sys.stderr)
    for note in record.get("mode_notes", []):
        print(f"  {note}", file=sys.stderr)
    fairness = record.get("fairness")
    if fairness:
        print(f"Fairness: {fairness['summary']}", file=sys.stderr)
        for line in fairness["remaining_bias"]:
            print(f"  {line}", file=sys.stderr)


def _load_options(args: argparse.Namespace) -> LoadOptions | None:
    return LoadOptions(sheet=args.sheet) if args.sheet else None


def _default_format(dataset: Dataset) -> str:
    """The input's own format (a .txt table is written back as CSV or TSV)."""
    if dataset.file_format == "csv":
        return "tsv" if dataset.options.delimiter == "\t" else "csv"
    return {"excel": "xlsx", "stata": "dta", "spss": "sav"}.get(dataset.file_format, dataset.file_format)
