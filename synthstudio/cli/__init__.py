"""``synthstudio``: no arguments opens the desktop app; subcommands run the same pipeline headless.

Each subcommand lives in its own module with ``register(subparsers)``, which adds its parser
and sets ``handler`` (a function ``args -> int`` returning the exit code). User errors
(:class:`SynthStudioError`) are printed as message + remedy, never as a traceback:
exit 2 for bad input, 130 when cancelled.
"""
from __future__ import annotations

import argparse
import sys
from importlib import import_module

from synthstudio import __version__
from synthstudio.core.errors import SynthStudioError

SUBCOMMAND_MODULES = ("run", "evaluate", "verify", "release")


def _subcommand_modules() -> dict:
    modules = {}
    for name in SUBCOMMAND_MODULES:
        try:
            modules[name] = import_module(f"synthstudio.cli.{name}")
        except ModuleNotFoundError as missing:  # a subcommand not built yet
            if missing.name != f"synthstudio.cli.{name}":
                raise
    return modules


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="synthstudio",
        description="Turn a sensitive table into a documented, watermarked, signed synthetic dataset. "
                    "Run without a command (optionally with --sample or a file) to open the desktop app.")
    parser.add_argument("--version", action="version", version=f"SynthStudio {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _subcommand_modules().values():
        module.register(subparsers)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="synthstudio", description="Open the SynthStudio desktop app.")
    parser.add_argument("--sample", action="store_true", help="open the bundled sample dataset")
    parser.add_argument("path", nargs="?", help="a .synthstudio project or a data file to open")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and (argv[0] in SUBCOMMAND_MODULES or argv[0] in {"-h", "--help", "--version"}):
        args = build_parser().parse_args(argv)
        try:
            return int(args.handler(args) or 0)
        except SynthStudioError as error:
            print(f"Error: {error.message}", file=sys.stderr)
            if error.remedy:
                print(f"What to do: {error.remedy}", file=sys.stderr)
            return error.exit_code
        except KeyboardInterrupt:
            print("Cancelled. Nothing was written.", file=sys.stderr)
            return 130
    args = build_gui_parser().parse_args(argv)
    from synthstudio.gui.app import run_app

    return run_app(open_path=args.path, open_sample=args.sample)
