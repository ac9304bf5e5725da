"""--report PDF: the one-page progress report for the person's clinician.

The range defaults to the four weeks up to today, and the goal is the one in Settings,
so the report says what the app showed the person; or, for a prescribed routine, the
prescription's sessions a day.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import TYPE_CHECKING

from backspasm_gui.cli import say
from backspasm_gui.core.routine import Routine
from backspasm_gui.startup import EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, stored_prefs

if TYPE_CHECKING:
    from backspasm_gui.core.history import SessionRecord
    from backspasm_gui.core.prescribed import Prescribed


def report(
    records: list[SessionRecord],
    routine: Routine,
    args: argparse.Namespace,
    prescribed: Prescribed | None = None,
) -> int:
    """Write the report for --from to --to and print its name; the exit code. With
    ``prescribed`` (the prescription followed), the page names it and measures against it."""
    from backspasm_gui.report.pdf import ReportError, write_report

    _settings, prefs, problems = stored_prefs()
    for problem in problems:  # the goal the report measures against may be the default
        say(problem)
    last = args.last or date.today()
    first = args.first or last - timedelta(weeks=4) + timedelta(days=1)
    if first > last:
        say(f"--from {first} is after --to {last}")
        return EXIT_BAD_INPUT
    try:
        write_report(
            args.report,
            records,
            routine,
            first=first,
            last=last,
            goal=prefs.goal,
            name=args.name or "",
            prescribed=prescribed,
        )
    except ReportError as exc:
        say(exc)
        return EXIT_FAILURE
    print(args.report)
    return EXIT_OK
