"""The running app's parts, each built from the settings and wired to the session.

``app`` decides the order they are built in (the window first, the rest just after
its first paint); here is how each one is made. Qt and the parts are imported inside
the functions, as the command line imports this module only to start the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import Routine, customised
from backspasm_gui.startup import Asked, poses

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from backspasm_gui.audio.unavailable import Speechless
    from backspasm_gui.audio.voice import Voice
    from backspasm_gui.core.about import Section
    from backspasm_gui.core.prescription import Prescription
    from backspasm_gui.storage.prescription_store import PrescriptionStore
    from backspasm_gui.storage.settings import Prefs
    from backspasm_gui.ui.desk.desk import Desk
    from backspasm_gui.ui.progress.history_keeper import HistoryKeeper
    from backspasm_gui.ui.session.main_window import MainWindow
    from backspasm_gui.ui.session.session_driver import SessionDriver


def prescription(
    library: Routine, settings: QSettings, directory: Path | None, problems: list[str]
) -> tuple[PrescriptionStore | None, Prescription | None]:
    """Where an accepted prescription is kept, and the one kept there (None: none, or
    the data folder cannot be found: then the handout's routine, said in one sentence)."""
    from backspasm_gui.storage.paths import data_dir
    from backspasm_gui.storage.prescription_store import PrescriptionStore

    try:
        store = PrescriptionStore(data_dir(directory), settings)
    except OSError as exc:
        problems.append(str(exc))
        return None, None
    accepted, problem = store.load(library)
    if problem:
        problems.append(problem)
    return store, accepted


def chosen_routine(
    routine: Routine,
    prefs: Prefs,
    problems: list[str],
    prescribed: Prescription | None = None,
) -> Routine:
    """The routine as the clinician's prescription makes it, else as the settings
    choose it (stretches, order, hold length)."""
    if prescribed is not None:
        from backspasm_gui.core.prescription import routine_from

        try:
            return routine_from(prescribed, routine)
        except ValueError:  # a routine file without one of its stretches
            problems.append(
                translate(
                    "App",
                    "Your clinician's routine does not fit this routine file, so the "
                    "handout's routine is used.",
                )
            )
    try:
        return customised(routine, prefs.routine.order, prefs.routine.hold_seconds)
    except ValueError:
        problems.append(
            translate(
                "App", "None of the chosen stretches is in this routine, so all of them are used."
            )
        )
        return routine


def driver(routine: Routine, asked: Asked, prefs: Prefs) -> SessionDriver:
    """The session, with the command line's lead-ins, else the settings'."""
    from backspasm_gui.ui.session.session_driver import SessionDriver

    lead_ins = asked.lead_ins(prefs.routine.lead_in, prefs.routine.switch_lead_in)
    return SessionDriver.for_routine(routine, **lead_ins)


def history(
    window: MainWindow, routine: Routine, prefs: Prefs, directory: Path | None
) -> HistoryKeeper:
    """The session history, kept in the data folder; what went wrong opening it, said."""
    from backspasm_gui.storage.history_db import HistoryDB
    from backspasm_gui.storage.paths import data_dir, history_path
    from backspasm_gui.ui.progress.history_keeper import HistoryKeeper

    store, problem = HistoryDB.open(history_path(data_dir(directory)), problem=window.notify)
    if problem:
        window.notify(problem)
    return HistoryKeeper(window, store, routine, goal=prefs.goal, rest_days=prefs.rest_days)


def desk(
    window: MainWindow,
    routine: Routine,
    prefs: Prefs,
    settings: QSettings,
    today: HistoryKeeper | None = None,
    *,
    language: str | None = None,
    store: PrescriptionStore | None = None,
    prescribed: Prescription | None = None,
) -> Desk:
    """The tray, reminders, settings and start on login around the window."""
    from backspasm_gui.desktop.autostart import for_this_system
    from backspasm_gui.ui.desk.desk import Desk, system_tray
    from backspasm_gui.ui.shared.app_icon import app_icon

    return Desk(
        window,
        routine,
        prefs,
        settings,
        autostart=for_this_system(),
        tray=system_tray(app_icon()) if prefs.reminders.enabled else None,
        today=today,
        language=language,
        store=store,
        prescription=prescribed,
    )


def compose_window(
    about: tuple[Section, ...], driver: SessionDriver, prefs: Prefs, problems: list[str]
) -> MainWindow:
    """The window around ``driver``, saying what could not be read."""
    from backspasm_gui.ui.figure.demonstrations import Demonstrations
    from backspasm_gui.ui.session.main_window import MainWindow

    demonstrations = Demonstrations(poses)  # read just after the first paint
    window = MainWindow(driver, about, demonstrations, prefs.audio)
    demonstrations.report = window.notify
    for sentence in problems:
        if sentence:
            window.notify(sentence)
    return window


def attach_sound(
    driver: SessionDriver,
    window: MainWindow,
    prefs: Prefs,
    settings: QSettings,
    language: str = "en",
    *,
    scripted: bool = True,
) -> Voice | Speechless:
    """Chimes and voice, guided by the session, controlled from the window's sound menu;
    the voice speaks ``language`` where the system has a voice for it, and (``scripted``)
    says the handout's steps as the figure shows them in each lead-in. Where Qt's sound
    or speech module cannot be loaded (a shared library missing), that part is silent
    and the window says so."""
    from backspasm_gui.audio.guide import Guide
    from backspasm_gui.audio.unavailable import load_chimes, load_voice
    from backspasm_gui.storage.settings import AudioPrefs, save_audio

    chimes = load_chimes(window)
    voice = load_voice(window, language=language)
    from backspasm_gui.audio.unavailable import SilentChimes, Speechless

    # (not imported from chimes and voice: either module may be the one that cannot load)
    if not isinstance(chimes, SilentChimes) and not isinstance(voice, Speechless):
        voice.speak_only_with_output(lambda: chimes.has_output)
    from backspasm_gui.ui.session.sound_status import SoundStatus

    SoundStatus(chimes, voice, window)  # one true sentence, and the header's label
    guide = Guide(driver.session.routine, chimes, voice, window.sound_button.prefs(), window)
    guide.listen(driver.happened)
    from backspasm_gui.core.script import Scripts

    # Lead-ins say the handout's steps as the figure shows them, at the voice's speed.
    scripts = Scripts(window.poses, guide.prefs.rate)
    if scripted:
        driver.use_scripts(scripts)
    from backspasm_gui.ui.session.announcer import Announcer

    announcer = Announcer(driver.session.routine, window)  # screen readers: the moments that matter
    announcer.voiced = lambda: guide.prefs.voice and voice.available
    announcer.listen(driver.happened)

    def remember(new: object) -> None:
        if isinstance(new, AudioPrefs):
            guide.apply(new)
            scripts.rate = new.rate
            save_audio(settings, new)

    window.sound_button.changed.connect(remember)
    return voice
