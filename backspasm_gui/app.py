"""The entry point: parses the command line, builds the QApplication, wires core to ui.

This is the only module that knows everybody. Qt is imported only on the paths
that open or render a window, so ``--version`` and ``--print-routine`` start
fast and work without a display.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NoReturn

from backspasm_gui import APP_ID, APP_NAME, resources, version
from backspasm_gui.core.about import Section, load_about
from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.cues import timeline, timeline_json, timeline_text
from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import LANGUAGES, translate
from backspasm_gui.core.plan import plan_json, plan_text
from backspasm_gui.core.routine import Routine, customised, load_routine

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from backspasm_gui.audio.voice import Voice
    from backspasm_gui.core.history import SessionRecord
    from backspasm_gui.core.poses import Demonstration
    from backspasm_gui.core.script import Scripts
    from backspasm_gui.storage.settings import Prefs
    from backspasm_gui.ui.desk import Desk
    from backspasm_gui.ui.history_keeper import HistoryKeeper
    from backspasm_gui.ui.main_window import MainWindow
    from backspasm_gui.ui.session_driver import SessionDriver

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2
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
    parser = _Parser(
        prog="backspasm-gui",
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
        "--routine",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "use this routine file instead of the handout's"),
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
    parser.add_argument(
        "--background",
        action="store_true",
        help=translate(
            "CommandLine", "start quietly in the tray, to remind (how start on login starts it)"
        ),
    )
    parser.add_argument(
        "--print-routine",
        action="store_true",
        help=translate("CommandLine", "print every hold of the routine and exit"),
    )
    parser.add_argument(
        "--timeline",
        action="store_true",
        help=translate(
            "CommandLine",
            "print every cue of a whole session (chimes, speech, ticks) with its time, and exit",
        ),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("CommandLine", "with --print-routine or --timeline: as JSON"),
    )
    shots = parser.add_argument_group(translate("CommandLine", "rendering the window to a picture"))
    shots.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        help=translate("CommandLine", "render the window offscreen to PNG and exit"),
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
    shots.add_argument(
        "--export-poses",
        type=Path,
        metavar="DIR",
        help=translate(
            "CommandLine",
            "write a PNG of every hold's demonstration (each step and the hold, light and dark)"
            " and exit",
        ),
    )
    shots.add_argument(
        "--export-skeleton",
        type=Path,
        metavar="FILE",
        help=translate(
            "CommandLine",
            "write every hold's demonstration as joint positions (JSON, metres) and exit",
        ),
    )
    kept = parser.add_argument_group(translate("CommandLine", "history and reports"))
    kept.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=translate(
            "CommandLine",
            "keep the history in DIR (default: BACKSPASM_DATA_DIR, else your data folder)",
        ),
    )
    kept.add_argument(
        "--export-csv",
        type=Path,
        metavar="FILE",
        help=translate("CommandLine", "write every session to a CSV file and exit"),
    )
    kept.add_argument(
        "--report",
        type=Path,
        metavar="PDF",
        help=translate(
            "CommandLine", "write the one-page progress report for your clinician and exit"
        ),
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
    parser.add_argument(
        "--verbose", action="store_true", help=translate("CommandLine", "also log to the terminal")
    )
    args = parser.parse_args(argv)
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


def main(argv: Sequence[str] | None = None) -> int:
    _speak_early(sys.argv[1:] if argv is None else argv)
    args = parse_args(argv)
    _setup_logging(verbose=args.verbose)
    try:
        routine = load_routine(args.routine or resources.path("routine.toml"))
        about = load_about(resources.path("about.toml"))
    except ContentError as exc:
        log.error("%s", exc)
        print(f"backspasm-gui: {exc}", file=sys.stderr)
        if not (args.print_routine or args.timeline or args.screenshot):
            _show_fatal(str(exc))
        return EXIT_BAD_INPUT
    if args.print_routine or args.timeline:
        _print_plan(_localised(routine, about)[0], args)
        return EXIT_OK
    if args.export_poses or args.export_skeleton or args.export_csv or args.report:
        return _export(routine, args)
    if args.screenshot:
        if not 1 <= args.step <= len(routine.steps):
            holds = len(routine.steps)
            message = translate("CommandLine", "--step must be between 1 and {holds}, got {step}")
            message = message.format(holds=holds, step=args.step)
            print(f"backspasm-gui: {message}", file=sys.stderr)
            return EXIT_BAD_INPUT
        return _screenshot(routine, about, args)
    return _run(routine, about, args)


def _speak_early(argv: Sequence[str]) -> None:
    """Before any Qt application exists: the command line's help and messages, a routine
    file's problems and --print-routine in the language the app is about to speak."""
    from backspasm_gui.ui import language

    _names()
    asked = argparse.ArgumentParser(add_help=False)
    asked.add_argument("--language")
    language.preload(_wanted_language(asked.parse_known_args(argv)[0].language))


def _wanted_language(asked: str | None) -> str:
    """The command line's language, else the one chosen in Settings ("system" by default)."""
    from PySide6.QtCore import QSettings

    from backspasm_gui.storage.settings import load_language

    return asked or load_language(QSettings())


def _names() -> None:
    """Who the app is, for QSettings and the desktop (no application needed yet)."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("backspasm")


def _lead_ins(
    args: argparse.Namespace, lead_in: float = 5.0, switch: float = 3.0
) -> dict[str, float]:
    """The lead-ins: the command line's if given, else the ones passed in (the settings')."""
    return {
        "lead_in": lead_in if args.lead_in is None else args.lead_in,
        "switch_lead_in": switch if args.switch_lead_in is None else args.switch_lead_in,
    }


def _print_plan(routine: Routine, args: argparse.Namespace) -> None:
    """--print-routine or --timeline, as text or JSON."""
    lead_ins = _lead_ins(args)
    scripts = _scripts(args)
    if args.print_routine:
        print((plan_json if args.json else plan_text)(routine, **lead_ins, scripts=scripts))
        return
    entries = timeline(routine, **lead_ins, scripts=scripts)
    sys.stdout.write(timeline_json(entries) if args.json else timeline_text(entries))


def _run(routine: Routine, about: tuple[Section, ...], args: argparse.Namespace) -> int:
    app = _application(args.theme)
    language, said = _language(app, args)
    routine, about = _localised(routine, about)
    from backspasm_gui.desktop.single_instance import SingleInstance

    instance = SingleInstance(parent=app)
    if not instance.claim():
        log.info("already running: asked that copy to come to the front")
        return EXIT_OK
    from backspasm_gui.storage.settings import COMPACT_KEY
    from backspasm_gui.ui.app_icon import app_icon
    from backspasm_gui.ui.first_paint import after_first_paint, report_first_paint

    settings, prefs, problems = _prefs()
    problems[:0] = said
    if args.theme is None and prefs.theme != "system":
        from backspasm_gui.ui import theme as themes

        themes.install(app, prefs.theme)
    chosen = _chosen_routine(routine, prefs, problems)
    driver = _driver(chosen, args, prefs)
    window = compose_window(about, driver, prefs, problems)
    window.remember_zoom(settings)
    keeper = _history(window, routine, prefs, args.data_dir)
    app.aboutToQuit.connect(keeper.close)
    painted = os.environ.get("BACKSPASM_REPORT_FIRST_PAINT")
    if painted:  # benchmarks/ times start-up to this moment
        report_first_paint(window, Path(painted))
    desks: list[Desk] = []

    def come_forward() -> None:  # a second launch asked; the desk may not be built yet
        if desks:
            desks[0].bring_to_front()
        else:
            window.show()
            window.raise_()
            window.activateWindow()

    instance.activated.connect(come_forward)

    def rest_of_start() -> None:
        # Long before anyone can press Start: the sounds, the voice, the icon, the
        # version, and the tray, reminders and notifications.
        desk = _desk(window, routine, prefs, settings, keeper, language=language)
        desk.applied.connect(lambda new: keeper.set_goal(new.goal, rest_days(new)))
        desks.append(desk)
        desk.start(background=args.background)
        voice = attach_sound(
            driver, window, prefs, settings, language, scripted=not _fixed_lead_ins(args)
        )
        voice.start()
        app.setWindowIcon(app_icon())
        app.setApplicationVersion(version())
        from backspasm_gui.desktop.notifications import Notifier

        desk.use_notifier(Notifier(desk.tray.icon if desk.tray else None, desk))

    if args.background or settings.value(COMPACT_KEY, False, type=bool):
        rest_of_start()  # the desk decides what shows: the tray, the panel
    else:
        after_first_paint(window, rest_of_start)
        window.show()  # the window first; the desk comes just after its first paint
    log.info("started with %d holds", len(chosen.steps))
    return app.exec()


def _language(app: QApplication, args: argparse.Namespace) -> tuple[str, list[str]]:
    """Speak the language asked for on the command line, else the chosen one, else the
    system's; the code in use and anything to tell the person."""
    from backspasm_gui.ui import language

    code, problem = language.install(app, _wanted_language(args.language))
    return code, [problem] if problem else []


def _localised(routine: Routine, about: tuple[Section, ...]) -> tuple[Routine, tuple[Section, ...]]:
    """The handout's words in the language now installed."""
    from backspasm_gui.core import about as about_text
    from backspasm_gui.core import routine as routine_text

    return routine_text.localised(routine), about_text.localised(about)


def _prefs() -> tuple[QSettings, Prefs, list[str]]:
    """The stored settings, and one sentence for each thing that went wrong reading them."""
    from PySide6.QtCore import QSettings

    from backspasm_gui.storage.settings import load_prefs, reset_sentence

    settings = QSettings()
    prefs, reset = load_prefs(settings)
    return settings, prefs, [reset_sentence(reset)] if reset else []


def _chosen_routine(routine: Routine, prefs: Prefs, problems: list[str]) -> Routine:
    """The routine as the settings choose it (stretches, order, hold length)."""
    try:
        return customised(routine, prefs.routine.order, prefs.routine.hold_seconds)
    except ValueError:
        problems.append(
            translate(
                "App", "None of the chosen stretches is in this routine, so all of them are used."
            )
        )
        return routine


def _driver(routine: Routine, args: argparse.Namespace, prefs: Prefs) -> SessionDriver:
    from backspasm_gui.ui.session_driver import SessionDriver

    lead_ins = _lead_ins(args, prefs.routine.lead_in, prefs.routine.switch_lead_in)
    return SessionDriver.for_routine(
        routine, lead_in=lead_ins["lead_in"], switch_lead_in=lead_ins["switch_lead_in"]
    )


def _history(
    window: MainWindow, routine: Routine, prefs: Prefs, directory: Path | None
) -> HistoryKeeper:
    """The session history, kept in the data folder; what went wrong opening it, said."""
    from backspasm_gui.storage.history_db import HistoryDB
    from backspasm_gui.storage.paths import data_dir, history_path
    from backspasm_gui.ui.history_keeper import HistoryKeeper

    store, problem = HistoryDB.open(history_path(data_dir(directory)), problem=window.notify)
    if problem:
        window.notify(problem)
    return HistoryKeeper(window, store, routine, goal=prefs.goal, rest_days=rest_days(prefs))


def rest_days(prefs: Prefs) -> frozenset[int]:
    """Days off that do not break a streak: those without reminders (weekends by default)."""
    return frozenset(range(7)) - prefs.reminders.weekdays


def _export(routine: Routine, args: argparse.Namespace) -> int:
    """The commands that write files and exit: pose pictures, the CSV, the report."""
    if args.export_poses:
        return _export_poses(routine, args.export_poses)
    if args.export_skeleton:
        return _export_skeleton(routine, args.export_skeleton)
    return _export_history(routine, args)


def _export_history(routine: Routine, args: argparse.Namespace) -> int:
    """--export-csv FILE and --report PDF: write them from the stored history and exit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application(None)
    _language(app, args)  # the report is in the person's language
    routine = _localised(routine, ())[0]
    from backspasm_gui.storage.history_db import HistoryDB
    from backspasm_gui.storage.paths import data_dir, history_path

    path = history_path(data_dir(args.data_dir))
    if not path.exists():
        said = translate("App", "No sessions are recorded yet in {folder}.")
        print(f"backspasm-gui: {said.format(folder=path.parent)}", file=sys.stderr)
        records: list[SessionRecord] = []
    else:
        store, problem = HistoryDB.open(path)
        if problem:
            print(f"backspasm-gui: {problem}", file=sys.stderr)
        records = store.records()
        store.close()
    if args.export_csv:
        from backspasm_gui.storage.csv_export import ExportError, write_csv

        try:
            write_csv(records, args.export_csv)
        except ExportError as exc:
            print(f"backspasm-gui: {exc}", file=sys.stderr)
            return EXIT_FAILURE
        print(args.export_csv)
    if args.report:
        from backspasm_gui.report.pdf import ReportError, write_report

        _settings, prefs, _problems = _prefs()
        last = args.last or date.today()
        first = args.first or last - timedelta(weeks=4) + timedelta(days=1)
        if first > last:
            print(f"backspasm-gui: --from {first} is after --to {last}", file=sys.stderr)
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
            )
        except ReportError as exc:
            print(f"backspasm-gui: {exc}", file=sys.stderr)
            return EXIT_FAILURE
        print(args.report)
    return EXIT_OK


def _desk(
    window: MainWindow,
    routine: Routine,
    prefs: Prefs,
    settings: QSettings,
    today: HistoryKeeper | None = None,
    *,
    language: str | None = None,
) -> Desk:
    from backspasm_gui.desktop.autostart import for_this_system
    from backspasm_gui.ui.app_icon import app_icon
    from backspasm_gui.ui.desk import Desk, system_tray

    return Desk(
        window,
        routine,
        prefs,
        settings,
        autostart=for_this_system(),
        tray=system_tray(app_icon()) if prefs.reminders.enabled else None,
        today=today,
        language=language,
    )


def compose(about: tuple[Section, ...], driver: SessionDriver) -> tuple[MainWindow, Voice]:
    """The window, chimes, voice and guide around ``driver``, wired together.

    The benchmarks build the same thing as the app; the voice is not started.
    """
    settings, prefs, problems = _prefs()
    window = compose_window(about, driver, prefs, problems)
    return window, attach_sound(driver, window, prefs, settings)


def compose_window(
    about: tuple[Section, ...], driver: SessionDriver, prefs: Prefs, problems: list[str]
) -> MainWindow:
    """The window around ``driver``, saying what could not be read."""
    from backspasm_gui.ui.demonstrations import Demonstrations
    from backspasm_gui.ui.main_window import MainWindow

    poses = Demonstrations(_poses)  # read just after the first paint
    window = MainWindow(driver, about, poses, prefs.audio)
    poses.report = window.notify
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
) -> Voice:
    """Chimes and voice, guided by the session, controlled from the window's sound menu;
    the voice speaks ``language`` where the system has a voice for it, and (``scripted``)
    says the handout's steps as the figure shows them in each lead-in."""
    from backspasm_gui.audio.chimes import ChimePlayer
    from backspasm_gui.audio.guide import Guide
    from backspasm_gui.audio.voice import Voice
    from backspasm_gui.storage.settings import AudioPrefs, save_audio

    chimes = ChimePlayer(window)
    voice = Voice(window, language=language)
    chimes.problem.connect(window.notify)
    voice.problem.connect(window.notify)
    voice.problem.connect(window.sound_button.panel.set_voice_note)
    guide = Guide(driver.session.routine, chimes, voice, window.sound_button.prefs(), window)
    guide.listen(driver.happened)
    from backspasm_gui.core.script import Scripts

    # Lead-ins say the handout's steps as the figure shows them, at the voice's speed.
    scripts = Scripts(window.poses, guide.prefs.rate)
    if scripted:
        driver.use_scripts(scripts)
    from backspasm_gui.ui.announcer import Announcer

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


def _screenshot(routine: Routine, about: tuple[Section, ...], args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = _application(args.theme)
    _language(app, args)
    routine, about = _localised(routine, about)
    from backspasm_gui.ui.main_window import MainWindow
    from backspasm_gui.ui.screenshot import pose_session
    from backspasm_gui.ui.session_driver import SessionDriver

    clock = ManualClock()  # the picture shows one exact moment
    lead_ins = _lead_ins(args)
    driver = SessionDriver.for_routine(
        routine, clock=clock, lead_in=lead_ins["lead_in"], switch_lead_in=lead_ins["switch_lead_in"]
    )
    driver.use_scripts(_scripts(args))
    pose_session(driver.session, clock, step=args.step - 1, phase=args.phase)
    poses, _problem = _poses()
    window = MainWindow(driver, about, poses)
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
        print(f"backspasm-gui: could not write {args.screenshot}", file=sys.stderr)
        return EXIT_FAILURE
    print(args.screenshot)
    return EXIT_OK


def _export_poses(routine: Routine, directory: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application("light")
    from backspasm_gui.ui.pose_export import export_poses

    poses, problem = _poses()
    if problem:
        print(f"backspasm-gui: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        for path in export_poses(routine, poses, directory):
            print(path)
    except OSError as exc:
        print(f"backspasm-gui: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def _export_skeleton(routine: Routine, path: Path) -> int:
    from backspasm_gui.core.skeleton import skeleton_json

    poses, problem = _poses()
    if problem:
        print(f"backspasm-gui: {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        path.write_text(skeleton_json(routine, poses), encoding="utf-8")
    except OSError as exc:
        print(f"backspasm-gui: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(path)
    return EXIT_OK


def _fixed_lead_ins(args: argparse.Namespace) -> bool:
    """Lead-ins given on the command line last just that long, without the spoken steps
    (for a quick run through, and for tests)."""
    return args.lead_in is not None or args.switch_lead_in is not None


def _scripts(args: argparse.Namespace) -> Scripts | None:
    """The lead-ins' scripts as the app says them at the voice's usual speed."""
    from backspasm_gui.core.script import Scripts

    if _fixed_lead_ins(args):
        return None
    from backspasm_gui.storage.settings import AudioPrefs

    return Scripts(_poses()[0], AudioPrefs().rate)


def _poses() -> tuple[dict[str, Demonstration], str]:
    """The demonstrations; if their file is broken, none (each stretch shows its name)
    and one sentence saying so."""
    from backspasm_gui.core.poses import load_demonstrations

    try:
        return load_demonstrations(resources.path("poses.toml")), ""
    except ContentError as exc:
        log.error("%s", exc)
        return {}, translate(
            "App", "The stretch pictures could not be loaded, so names are shown instead ({why})."
        ).format(why=exc)


def _application(theme: str | None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from backspasm_gui.ui import theme as themes

    _names()
    QApplication.setDesktopFileName(APP_ID)  # the desktop's icon and name for the window
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    themes.install(app, theme)
    sys.excepthook = _excepthook
    return app


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Anything unexpected: the traceback to the log, one sentence to the person."""
    log.critical("unexpected error", exc_info=(kind, value, tb))
    _show_fatal(
        translate(
            "App",
            "Something went wrong inside the app and it has to close; the details are in {log}.",
        ).format(log=_log_path())
    )
    from PySide6.QtWidgets import QApplication

    instance = QApplication.instance()
    if instance is not None:
        instance.exit(EXIT_FAILURE)


def _show_fatal(message: str) -> None:
    """Tell the person in a window when there may be nobody reading the terminal."""
    if (
        os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal")
        or "PYTEST_CURRENT_TEST" in os.environ
    ):
        return
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            QApplication(sys.argv[:1])
        QMessageBox.critical(None, APP_NAME, message)
    except Exception:  # no display at all: stderr has said it already
        log.debug("could not show the message in a window", exc_info=True)


def _log_path() -> Path:
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "backspasm" / "logs" / "backspasm-gui.log"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Logs" / "backspasm" / "backspasm-gui.log"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "backspasm" / "backspasm-gui.log"


def _setup_logging(*, verbose: bool) -> None:
    root = logging.getLogger()
    if any(getattr(handler, "_backspasm", False) for handler in root.handlers):
        return  # main() called again in one process (tests)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        path = _log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = RotatingFileHandler(path, maxBytes=512_000, backupCount=3, encoding="utf-8")
        file_handler.setFormatter(formatter)
        file_handler._backspasm = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    except OSError:
        pass  # a read-only home must not stop anyone stretching
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        root.addHandler(stream)
