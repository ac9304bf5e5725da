"""The running app: the window, sound, desk and history around one session, wired.

This is the only module that knows everybody. The command line (``backspasm_gui.cli``)
hands over to ``run``; the benchmarks build the same window with ``compose``. Qt and
the parts are imported inside the functions, so the commands that never open a window
start fast.
"""

from __future__ import annotations

import logging
import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from backspasm_gui import parts, version
from backspasm_gui.startup import (
    EXIT_OK,
    Asked,
    application,
    carry_on_in,
    install_language,
    localised,
    stored_prefs,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from backspasm_gui.audio.unavailable import Speechless
    from backspasm_gui.audio.voice import Voice
    from backspasm_gui.core.about import Section
    from backspasm_gui.core.routine import Routine
    from backspasm_gui.desktop.single_instance import SingleInstance
    from backspasm_gui.storage.settings import Prefs
    from backspasm_gui.ui.desk.desk import Desk
    from backspasm_gui.ui.session.main_window import MainWindow
    from backspasm_gui.ui.session.session_driver import SessionDriver

log = logging.getLogger(__name__)


def run(routine: Routine, about: tuple[Section, ...], asked: Asked) -> int:
    """Start the app (or bring the copy already running to the front); its exit code."""
    app = application(asked.theme)
    language, said = install_language(app, asked.language)
    routine, about = localised(routine, about)
    instance = _one_copy(app, asked)
    if instance is None:
        return EXIT_OK
    said.extend(filter(None, [instance.problem]))  # the channel is someone else's: said
    from PySide6.QtCore import QTimer

    from backspasm_gui.storage.settings import COMPACT_KEY
    from backspasm_gui.ui.desk.file_open import FileOpenEvents
    from backspasm_gui.ui.shared.first_paint import after_first_paint

    settings, prefs, problems = stored_prefs()
    problems[:0] = said
    _chosen_theme(app, asked, prefs)
    store, prescribed = parts.prescription(routine, settings, asked.data_dir, problems)
    chosen = parts.chosen_routine(routine, prefs, problems, prescribed)
    driver = parts.driver(chosen, asked, prefs)
    window = parts.compose_window(about, driver, prefs, problems)
    settings.report = window.notify  # a change that cannot be saved, said when it happens
    window.remember_zoom(settings)
    # The history is opened just after the first paint; the window already shows what
    # it will keep (the pain question, Progress), so nothing moves when it arrives.
    window.ask_pain(True)
    arrivals = _Arrivals(window)
    instance.activated.connect(arrivals.come_forward)
    instance.openRequested.connect(lambda path: arrivals.open_prescription(Path(path)))
    FileOpenEvents(app, arrivals.open_prescription)

    def rest_of_start() -> None:
        # Long before anyone can press Start: the history, the sounds, the voice, the
        # icon, the version, and the tray, reminders and notifications.
        from backspasm_gui.ui.shared.app_icon import app_icon

        if not instance.listen():  # two launches at once, this one slower: one window
            app.quit()
            return
        keeper = parts.history(window, routine, prefs, asked.data_dir)
        app.aboutToQuit.connect(keeper.close)
        desk = parts.desk(
            window,
            routine,
            prefs,
            settings,
            keeper,
            language=language,
            store=store,
            prescribed=prescribed,
        )
        desk.applied.connect(lambda new: keeper.set_goal(new.goal, new.rest_days))
        arrivals.desk = desk
        desk.start(background=asked.background)
        voice = parts.attach_sound(
            driver, window, prefs, settings, language, scripted=not asked.fixed_lead_ins
        )
        voice.start()
        app.setWindowIcon(app_icon())
        app.setApplicationVersion(version())
        from backspasm_gui.desktop.notifications import Notifier

        desk.use_notifier(Notifier(desk.tray.icon if desk.tray else None, desk))
        if asked.prescription is not None:  # backspasm-gui FILE.stretches: shown once up
            QTimer.singleShot(0, partial(arrivals.open_prescription, asked.prescription))

    if asked.background or settings.value(COMPACT_KEY, False, type=bool):
        rest_of_start()  # the desk decides what shows: the tray, the panel
    else:
        # A key pressed before then (Space for Start) finds the history listening.
        after_first_paint(window, rest_of_start, before_input=True)
        _report_first_paint(window)  # installed last, so it is told first
        window.show()  # the window first; the desk comes just after its first paint
    log.info("started with %d holds", len(chosen.steps))
    return _loop(app, window)


def _loop(app: QApplication, window: MainWindow) -> int:
    """Run until quit. Once the loop runs, an unexpected error is said in the window's
    notice and the app carries on (``startup.carry_on_in``); before and after, it closes."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, app, lambda: carry_on_in(lambda s: window.notice.add(s, key="unexpected")))
    try:
        return app.exec()
    finally:
        carry_on_in(None)


class _Arrivals:
    """What reaches the running copy from outside: a later launch asking it to come
    forward, and a prescription to open (a double click, a second launch, Finder)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.desk: Desk | None = None  # built just after the first paint

    def come_forward(self) -> None:
        if self.desk is not None:
            self.desk.bring_to_front()
        else:
            self.window.show()
            self.window.raise_()
            self.window.activateWindow()

    def open_prescription(self, path: Path) -> None:
        from PySide6.QtCore import QTimer

        if self.desk is None:  # it comes just after the first paint
            QTimer.singleShot(200, partial(self.open_prescription, path))
            return
        self.desk.bring_to_front()
        self.desk.prescribing.open(path)


def _one_copy(app: QApplication, asked: Asked) -> SingleInstance | None:
    """This process's claim to be the app's one copy; None if another copy runs (it has
    been asked to come to the front, and options it cannot take now are named). The
    listening for later launches follows the window's first paint
    (``SingleInstance.listen``). Another data folder is another profile: its own copy."""
    from backspasm_gui.desktop.single_instance import SingleInstance, default_name

    profile = asked.data_dir or os.environ.get("BACKSPASM_DATA_DIR")
    name = default_name(str(Path(profile).expanduser().resolve()) if profile else None)
    instance = SingleInstance(name, parent=app)
    opening = str(asked.prescription.resolve()) if asked.prescription else None
    if instance.check(opening=opening):
        if instance.problem:
            import sys

            print(f"backspasm-gui: {instance.problem}", file=sys.stderr)
        return instance
    log.info("already running: asked that copy to come to the front")
    if asked.start_only:
        import sys

        from backspasm_gui.core.i18n import translate

        #: {options} are command-line options as typed, e.g. "--language, --theme".
        print(
            translate(
                "App",
                "The app is already running, so it was brought to the front; quit it first "
                "to start it with {options}.",
            ).format(options=", ".join(asked.start_only)),
            file=sys.stderr,
        )
    return None


def _report_first_paint(window: MainWindow) -> None:
    """For benchmarks/: the moment of the first paint, before the rest of the start
    that follows it (so the number is what the person waits for)."""
    painted = os.environ.get("BACKSPASM_REPORT_FIRST_PAINT")
    if painted:
        from backspasm_gui.ui.shared.first_paint import report_first_paint

        report_first_paint(window, Path(painted))


def _chosen_theme(app: QApplication, asked: Asked, prefs: Prefs) -> None:
    """The colours chosen in Settings, now they are read, unless the command line chose."""
    if asked.theme is None and prefs.theme != "system":
        from backspasm_gui.ui.shared import theme as themes

        themes.install(app, prefs.theme)


def compose(
    about: tuple[Section, ...], driver: SessionDriver
) -> tuple[MainWindow, Voice | Speechless]:
    """The window, chimes, voice and guide around ``driver``, wired together.

    The benchmarks build the same thing as the app; the voice is not started.
    """
    settings, prefs, problems = stored_prefs()
    window = parts.compose_window(about, driver, prefs, problems)
    return window, parts.attach_sound(driver, window, prefs, settings)
