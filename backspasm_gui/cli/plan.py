"""--print-routine and --timeline: the session on paper, as text or JSON.

Both follow the lead-ins asked for, and say the handout's steps as the app would at
the voice's usual speed unless the lead-ins are fixed on the command line.
"""

from __future__ import annotations

import argparse
import sys

from backspasm_gui.cli.parser import asked
from backspasm_gui.core.cues import timeline, timeline_json, timeline_text
from backspasm_gui.core.plan import plan_json, plan_text
from backspasm_gui.core.routine import Routine
from backspasm_gui.startup import scripts


def print_plan(routine: Routine, args: argparse.Namespace) -> None:
    """--print-routine or --timeline, as text or JSON."""
    wanted = asked(args)
    lead_ins = wanted.lead_ins()
    said = scripts(wanted)
    if args.print_routine:
        print((plan_json if args.json else plan_text)(routine, **lead_ins, scripts=said))
        return
    entries = timeline(routine, **lead_ins, scripts=said)
    sys.stdout.write(timeline_json(entries) if args.json else timeline_text(entries))
