"""--check-prescription FILE: what a clinician's prescription would change, or what is
wrong with it, printed without opening a window.

The prescription is checked against the app's library (the handout's stretches) and
said against the routine the app would follow now: the routine file, with the
stretches and hold length chosen in Settings, timed with the Settings' lead-ins and
the spoken steps, as a session runs it.
"""

from __future__ import annotations

import argparse
import logging

from backspasm_gui import resources
from backspasm_gui.cli import say
from backspasm_gui.cli.parser import asked
from backspasm_gui.core import routine as routine_text
from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.prescription_file import load_prescription
from backspasm_gui.core.prescription_summary import summary
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.startup import EXIT_BAD_INPUT, EXIT_OK, scripts, stored_prefs

log = logging.getLogger(__name__)


def check_prescription(routine: Routine, args: argparse.Namespace) -> int:
    """Print the summary and return 0, or say the one sentence and return 2."""
    from backspasm_gui.parts import chosen_routine

    handout = routine if args.routine is None else load_routine(resources.path("routine.toml"))
    library = routine_text.localised(handout)
    try:
        prescription = load_prescription(args.check_prescription, library)
    except ContentError as exc:
        log.error("%s", exc)
        say(exc)
        return EXIT_BAD_INPUT
    _settings, prefs, problems = stored_prefs()
    current = chosen_routine(routine_text.localised(routine), prefs, problems)
    for problem in problems:
        log.warning("%s", problem)
    wanted = asked(args)
    said = summary(
        prescription,
        library,
        current,
        **wanted.lead_ins(prefs.routine.lead_in, prefs.routine.switch_lead_in),
        scripts=scripts(wanted),
    )
    print(said.text())
    return EXIT_OK
