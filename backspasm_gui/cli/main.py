"""The dispatch: parse the command line, run the one command asked for, or start the app.

Only what every path needs is imported here; each command's module, and the running
app's, is imported when it is chosen.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from backspasm_gui import resources
from backspasm_gui.cli import say
from backspasm_gui.cli.parser import asked, asked_language, parse_args
from backspasm_gui.core.about import load_about
from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.logs import setup_logging
from backspasm_gui.private import private_umask
from backspasm_gui.startup import EXIT_BAD_INPUT, EXIT_OK, localised, names, show_fatal

if TYPE_CHECKING:
    import argparse

    from backspasm_gui.core.about import Section
    from backspasm_gui.core.routine import Routine

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Run what the command line asks for; the exit code. Everything the run writes
    (history, log, settings, exports) is readable by its owner alone, whatever the
    umask it was started with (which is back as it was on return)."""
    previous = private_umask()
    try:
        return _main(argv)
    finally:
        os.umask(previous)


def _main(argv: Sequence[str] | None) -> int:
    _speak_early(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    setup_logging(verbose=args.verbose)
    try:
        routine = load_routine(args.routine or resources.path("routine.toml"))
        about = load_about(resources.path("about.toml"))
    except ContentError as exc:
        log.error("%s", exc)
        say(exc)
        if not (args.print_routine or args.timeline or args.screenshot or args.check_prescription):
            show_fatal(str(exc))
        return EXIT_BAD_INPUT
    if args.check_prescription:
        from backspasm_gui.cli.prescription import check_prescription

        return check_prescription(routine, args)
    if args.print_routine or args.timeline:
        from backspasm_gui.cli.plan import print_plan

        print_plan(localised(routine, about)[0], args)
        return EXIT_OK
    if args.export_poses or args.export_skeleton or args.export_csv or args.report:
        return _export(routine, args)
    if args.screenshot:
        from backspasm_gui.cli.screenshot import screenshot

        return screenshot(routine, about, args)
    return _start(routine, about, args)


def _start(routine: Routine, about: tuple[Section, ...], args: argparse.Namespace) -> int:
    """Open the window (or hand over to the copy already running)."""
    if args.prescription is not None:
        # Where the command line's part stops: app.run receives it in Asked.prescription,
        # and the window's acceptance view (not built yet) is to open it.
        log.info("a prescription to open: %s", args.prescription)
    from backspasm_gui.desktop.display import missing_display

    problem = missing_display()
    if problem:  # before Qt, whose own abort blames a missing library
        log.error("%s", problem)
        say(problem)
        return EXIT_BAD_INPUT
    from backspasm_gui.app import run

    return run(routine, about, asked(args))


def _speak_early(argv: Sequence[str]) -> None:
    """Before any Qt application exists: the command line's help and messages, a routine
    file's problems and --print-routine in the language the app is about to speak."""
    from backspasm_gui.startup import wanted_language
    from backspasm_gui.ui.shared import language

    names()
    language.preload(wanted_language(asked_language(argv)))


def _export(routine: Routine, args: argparse.Namespace) -> int:
    """The commands that write files and exit: pose pictures, the CSV, the report."""
    if args.export_poses:
        from backspasm_gui.cli.poses import export_poses

        return export_poses(routine, args.export_poses)
    if args.export_skeleton:
        from backspasm_gui.cli.poses import export_skeleton

        return export_skeleton(routine, args.export_skeleton)
    return _from_history(routine, args)


def _from_history(routine: Routine, args: argparse.Namespace) -> int:
    """--export-csv FILE and --report PDF: write them from the stored history and exit."""
    from backspasm_gui.cli.history import stored

    routine, records = stored(routine, args)
    if args.export_csv:
        from backspasm_gui.cli.csv_export import export_csv

        written = export_csv(records, args.export_csv, routine.title)
        if written != EXIT_OK:
            return written
    if args.report:
        from backspasm_gui.cli.history import prescribed
        from backspasm_gui.cli.report import report

        return report(records, routine, args, prescribed=prescribed(routine, args))
    return EXIT_OK
