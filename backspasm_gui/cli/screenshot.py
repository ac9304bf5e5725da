"""--screenshot PNG: the window at one exact moment of a session, rendered offscreen.

The README's pictures and the tests' checks of the look come from here, so the window
is built as the app builds it and shows the figure where that moment has it.
"""

from __future__ import annotations

import argparse
import os

from backspasm_gui.cli import say
from backspasm_gui.cli.parser import asked
from backspasm_gui.core.about import Section
from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import Routine
from backspasm_gui.startup import (
    EXIT_BAD_INPUT,
    EXIT_FAILURE,
    EXIT_OK,
    application,
    install_language,
    localised,
    poses,
    scripts,
)


def screenshot(routine: Routine, about: tuple[Section, ...], args: argparse.Namespace) -> int:
    """Render the window for --step and --phase to --screenshot; the exit code."""
    if not 1 <= args.step <= len(routine.steps):
        holds = len(routine.steps)
        message = translate("CommandLine", "--step must be between 1 and {holds}, got {step}")
        say(message.format(holds=holds, step=args.step))
        return EXIT_BAD_INPUT
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application(args.theme)
    install_language(app, args.language)
    routine, about = localised(routine, about)
    from backspasm_gui.ui.session.main_window import MainWindow
    from backspasm_gui.ui.session.screenshot import pose_session
    from backspasm_gui.ui.session.session_driver import SessionDriver

    clock = ManualClock()  # the picture shows one exact moment
    wanted = asked(args)
    driver = SessionDriver.for_routine(routine, clock=clock, **wanted.lead_ins())
    driver.use_scripts(scripts(wanted))
    pose_session(driver.session, clock, step=args.step - 1, phase=args.phase)
    demonstrations, _problem = poses()
    window = MainWindow(driver, about, demonstrations)
    window.ask_pain(True)  # as in the app, which keeps a history
    window.resize(*args.size)
    window.show()
    window.zoom.set_factor(args.zoom)
    window.stretch_view.illustration.wake()  # (the app draws it just after its first paint)
    driver.changed.emit()  # and then follows the session: the figure where the moment has it
    app.processEvents()
    image = window.grab().toImage()
    args.screenshot.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.screenshot)):
        say(f"could not write {args.screenshot}")
        return EXIT_FAILURE
    print(args.screenshot)
    return EXIT_OK
