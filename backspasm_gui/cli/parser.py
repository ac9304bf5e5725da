"""The command line's options, their checks, and the words argparse says about them.

Every string is in the "CommandLine" context, so the help and its mistakes are in
the language asked for with --language (``main`` installs it before parsing).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from backspasm_gui import APP_NAME, version
from backspasm_gui.cli import PROG
from backspasm_gui.core.i18n import LANGUAGES, translate
from backspasm_gui.startup import EXIT_BAD_INPUT, Asked

PHASES = ("ready", "get-ready", "hold", "paused", "done")


class _Version(argparse.Action):
    """--version, looking the version up only when asked (it costs 30 ms at every start)."""

    def __init__(self, option_strings: Sequence[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(f"{parser.prog} {version()}")
        parser.exit()


class _Formatter(argparse.HelpFormatter):
    """argparse's own words ("usage:") in the app's language too."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix or translate("CommandLine", "usage: "))


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        said = translate("CommandLine", "{prog}: error: {message}")
        self.exit(EXIT_BAD_INPUT, said.format(prog=self.prog, message=message) + "\n")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The options, checked; a mistake is said with the usage and ends with exit code 2."""
    parser = _Parser(
        prog=PROG,
        formatter_class=_Formatter,
        add_help=False,
        description=translate(
            "CommandLine",
            "{app}: a guided routine of seven back stretches, 2-3 times a day, that you can "
            "follow by eye or by ear.",
        ).format(app=APP_NAME),
    )
    parser._optionals.title = translate("CommandLine", "options")
    parser.add_argument(
        "-h",
        "--help",
        action="help",
        help=translate("CommandLine", "show this help message and exit"),
    )
    parser.add_argument(
        "--version", action=_Version, help=translate("CommandLine", "print the version and exit")
    )
    parser.add_argument(
        "prescription",
        nargs="?",
        type=_prescription,
        metavar="FILE.stretches",
        help=translate(
            "CommandLine",
            "a prescription from your clinician to look at and, if you accept it, follow",
        ),
    )
    _file(
        parser,
        "--routine",
        "FILE",
        translate("CommandLine", "use this routine file instead of the handout's"),
    )
    _file(
        parser,
        "--check-prescription",
        "FILE",
        translate(
            "CommandLine",
            "check a prescription file and print what it would change, or what is wrong "
            "with it, and exit",
        ),
    )
    parser.add_argument(
        "--lead-in",
        type=_lead_in,
        metavar="SECONDS",
        help=translate(
            "CommandLine",
            "a fixed get-ready time before each new stretch, without the spoken steps "
            "(default: as long as the steps take to say, at least as in Settings, 5)",
        ),
    )
    parser.add_argument(
        "--switch-lead-in",
        type=_lead_in,
        metavar="SECONDS",
        help=translate(
            "CommandLine",
            "a fixed get-ready time between the two sides of a stretch, without the spoken "
            "steps (default: as long as the steps take to say, at least as in Settings, 3)",
        ),
    )
    _switch(
        parser,
        "--background",
        translate(
            "CommandLine", "start quietly in the tray, to remind (how start on login starts it)"
        ),
    )
    _switch(
        parser,
        "--print-routine",
        translate("CommandLine", "print every hold of the routine and exit"),
    )
    _switch(
        parser,
        "--timeline",
        translate(
            "CommandLine",
            "print every cue of a whole session (chimes, speech, ticks) with its time, and exit",
        ),
    )
    _switch(
        parser, "--json", translate("CommandLine", "with --print-routine or --timeline: as JSON")
    )
    shots = parser.add_argument_group(translate("CommandLine", "rendering the window to a picture"))
    _file(
        shots,
        "--screenshot",
        "PNG",
        translate("CommandLine", "render the window offscreen to PNG and exit"),
    )
    shots.add_argument(
        "--step",
        type=int,
        default=1,
        metavar="N",
        help=translate("CommandLine", "the hold to show, from 1 (default 1)"),
    )
    shots.add_argument(
        "--size",
        type=_size,
        default=(960, 640),
        metavar="WxH",
        help=translate("CommandLine", "window size (960x640)"),
    )
    shots.add_argument(
        "--theme",
        choices=("light", "dark"),
        help=translate("CommandLine", "colours to use (default: the system's)"),
    )
    shots.add_argument(
        "--phase",
        choices=PHASES,
        default="hold",
        help=translate("CommandLine", "what the session is doing (hold)"),
    )
    shots.add_argument(
        "--zoom",
        type=_zoom,
        default=1.0,
        metavar="FACTOR",
        help=translate("CommandLine", "text size, 0.75 to 2 (default 1, as Ctrl+0)"),
    )
    _file(
        shots,
        "--export-poses",
        "DIR",
        translate(
            "CommandLine",
            "write a PNG of every hold's demonstration (each step and the hold, light and dark)"
            " and exit",
        ),
    )
    _file(
        shots,
        "--export-skeleton",
        "FILE",
        translate(
            "CommandLine",
            "write every hold's demonstration as joint positions (JSON, metres) and exit",
        ),
    )
    kept = parser.add_argument_group(translate("CommandLine", "history and reports"))
    _file(
        kept,
        "--data-dir",
        "DIR",
        translate(
            "CommandLine",
            "keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)",
        ),
    )
    _file(
        kept,
        "--export-csv",
        "FILE",
        translate("CommandLine", "write every session to a CSV file and exit"),
    )
    _file(
        kept,
        "--report",
        "PDF",
        translate("CommandLine", "write the one-page progress report for your clinician and exit"),
    )
    kept.add_argument(
        "--from",
        dest="first",
        type=_day,
        metavar="DATE",
        help=translate(
            "CommandLine",
            "with --report: the first day, YYYY-MM-DD (default: four weeks before --to)",
        ),
    )
    kept.add_argument(
        "--to",
        dest="last",
        type=_day,
        metavar="DATE",
        help=translate("CommandLine", "with --report: the last day, YYYY-MM-DD (default: today)"),
    )
    kept.add_argument(
        "--name",
        help=translate(
            "CommandLine", "with --report: the name to print on it (default: a line to write on)"
        ),
    )
    parser.add_argument(
        "--language",
        choices=("system", *LANGUAGES),
        help=translate(
            "CommandLine",
            "the language to use this time (default: as in Settings, else the system's)",
        ),
    )
    _switch(parser, "--verbose", translate("CommandLine", "also log to the terminal"))
    args = parser.parse_args(argv)
    if args.prescription is not None and args.check_prescription is not None:
        parser.error(
            translate(
                "CommandLine", "give the prescription either to open or to --check-prescription"
            )
        )
    if args.json and not (args.print_routine or args.timeline):
        parser.error(translate("CommandLine", "--json goes with --print-routine or --timeline"))
    if not args.report and (args.first or args.last or args.name is not None):
        parser.error(translate("CommandLine", "--from, --to and --name go with --report"))
    if args.first and args.last and args.first > args.last:
        parser.error(
            translate("CommandLine", "--from {first} is after --to {last}").format(
                first=args.first, last=args.last
            )
        )
    return args


def _file(options: argparse._ActionsContainer, flag: str, metavar: str, help: str) -> None:
    """An option naming a file or folder to read or write."""
    options.add_argument(flag, type=Path, metavar=metavar, help=help)


def _switch(options: argparse._ActionsContainer, flag: str, help: str) -> None:
    """An option that is on when given."""
    options.add_argument(flag, action="store_true", help=help)


def _prescription(text: str) -> Path:
    """A prescription to open: a file whose name ends in .stretches (any case)."""
    # Here, not at the top: every start parses the command line, few open a file.
    from backspasm_gui.core.prescription_file import EXTENSION

    if not text.lower().endswith(EXTENSION):
        raise argparse.ArgumentTypeError(
            translate(
                "CommandLine",
                "{text} is not a prescription: a prescription file's name ends in {extension}",
            ).format(text=repr(text), extension=EXTENSION)
        )
    return Path(text)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate(
                "CommandLine", "expected a date as YYYY-MM-DD such as 2026-11-30, got {text}"
            ).format(text=repr(text))
        ) from None


def _lead_in(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "expected a number of seconds, got {text}").format(
                text=repr(text)
            )
        ) from None
    if not 0 <= seconds <= 60:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "must be between 0 and 60 seconds, got {text}").format(
                text=text
            )
        )
    return seconds


def _zoom(text: str) -> float:
    try:
        factor = float(text)
    except ValueError:
        factor = 0.0
    if not 0.75 <= factor <= 2.0:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "expected a text size from 0.75 to 2, got {text}").format(
                text=repr(text)
            )
        )
    return factor


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "expected WIDTHxHEIGHT such as 960x640, got {text}").format(
                text=repr(text)
            )
        ) from None
    if not (320 <= width <= 8192 and 240 <= height <= 8192):
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{text} is outside 320x240 to 8192x8192").format(text=text)
        )
    return width, height


def asked_language(argv: Sequence[str]) -> str | None:
    """--language alone, read before the whole command line so its help and mistakes
    can be said in that language."""
    asked = argparse.ArgumentParser(add_help=False)
    asked.add_argument("--language")
    language: str | None = asked.parse_known_args(argv)[0].language
    return language


def asked(args: argparse.Namespace) -> Asked:
    """What the parsed command line asks of this start, for the parts that build it."""
    return Asked(
        theme=args.theme,
        language=args.language,
        lead_in=args.lead_in,
        switch_lead_in=args.switch_lead_in,
        data_dir=args.data_dir,
        background=args.background,
        start_only=tuple(
            option
            for option, value in (
                ("--language", args.language),
                ("--theme", args.theme),
                ("--routine", args.routine),
                ("--lead-in", args.lead_in),
                ("--switch-lead-in", args.switch_lead_in),
            )
            if value is not None
        ),
        prescription=args.prescription,
    )
