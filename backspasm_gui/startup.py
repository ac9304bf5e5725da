"""What the running app and the command line's pictures and reports both start from.

The QApplication with the app's names, theme and language, the handout's words in
that language, the stored settings, the demonstrations, and what happens to an
unexpected error. Qt and the rest are imported inside each function, so the paths
that never open a window (``--version``, ``--print-routine``) start fast and work
without a display.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypedDict

from backspasm_gui import APP_ID, APP_NAME, resources
from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate
from backspasm_gui.logs import log_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from backspasm_gui.core.about import Section
    from backspasm_gui.core.poses import Demonstration
    from backspasm_gui.core.routine import Routine
    from backspasm_gui.core.script import Scripts
    from backspasm_gui.storage.settings import Prefs
    from backspasm_gui.storage.settings_file import CheckedSettings

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2
ORGANISATION = "backspasm"  # the folder the app's settings, data and logs are kept in


class LeadIns(TypedDict):
    """The get-ready times, as the session, the plan and the timeline take them."""

    lead_in: float
    switch_lead_in: float


@dataclass(frozen=True)
class Asked:
    """What the person asked of this start on the command line (None: as usual)."""

    theme: str | None = None
    language: str | None = None
    lead_in: float | None = None
    switch_lead_in: float | None = None
    data_dir: Path | None = None
    background: bool = False
    # The options given that only a new start can take (--language, --theme...), as
    # typed: a copy already running cannot change to them, and says so.
    start_only: tuple[str, ...] = ()
    # A prescription to open (``backspasm-gui FILE.stretches``, a double click): the
    # window's acceptance view is to show it. Nothing takes it yet (issue 19).
    prescription: Path | None = None

    def lead_ins(self, lead_in: float = 5.0, switch: float = 3.0) -> LeadIns:
        """The lead-ins: the command line's if given, else the ones passed in (the settings')."""
        return {
            "lead_in": lead_in if self.lead_in is None else self.lead_in,
            "switch_lead_in": switch if self.switch_lead_in is None else self.switch_lead_in,
        }

    @property
    def fixed_lead_ins(self) -> bool:
        """Lead-ins given on the command line last just that long, without the spoken steps
        (for a quick run through, and for tests)."""
        return self.lead_in is not None or self.switch_lead_in is not None


def names() -> None:
    """Who the app is, for QSettings and the desktop (no application needed yet)."""
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(ORGANISATION)


def wanted_language(asked: str | None) -> str:
    """The command line's language, else the one chosen in Settings ("system" by default)."""
    from PySide6.QtCore import QSettings

    from backspasm_gui.storage.settings import load_language

    return asked or load_language(QSettings())


def application(theme: str | None) -> QApplication:
    """The one QApplication, named, themed, and with unexpected errors said to the person."""
    from PySide6.QtWidgets import QApplication

    from backspasm_gui.ui.shared import theme as themes

    names()
    _qt_messages_to_the_log()
    QApplication.setDesktopFileName(APP_ID)  # the desktop's icon and name for the window
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(sys.argv[:1] + themes.fusion_arguments())
        setattr(app, themes.FUSION_GIVEN, True)
    themes.install(app, theme)
    sys.excepthook = _excepthook
    return app


_QT_HANDLER: list[object] = []


def _qt_messages_to_the_log() -> None:
    """Qt's own messages (its sound backend failing to load PipeWire, PulseAudio and VA
    libraries on a machine without them, a sound effect that cannot play) go to the log
    file, not the person's terminal: the app says in one sentence what it means for
    them. ``--verbose`` shows the log, Qt's lines included, on the terminal too."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        category = getattr(context, "category", None) or "qt"
        qt_log.log(levels.get(kind, logging.WARNING), "%s: %s", category, message)

    _QT_HANDLER[:] = [handler]  # kept: Qt calls it from any thread, for the app's life
    qInstallMessageHandler(handler)


def install_language(app: QApplication, asked: str | None) -> tuple[str, list[str]]:
    """Speak the language asked for on the command line, else the chosen one, else the
    system's; the code in use and anything to tell the person."""
    from backspasm_gui.ui.shared import language

    code, problem = language.install(app, wanted_language(asked))
    return code, [problem] if problem else []


def localised(routine: Routine, about: tuple[Section, ...]) -> tuple[Routine, tuple[Section, ...]]:
    """The handout's words in the language now installed."""
    from backspasm_gui.core import about as about_text
    from backspasm_gui.core import routine as routine_text

    return routine_text.localised(routine), about_text.localised(about)


def stored_prefs() -> tuple[CheckedSettings, Prefs, list[str]]:
    """The stored settings, and one sentence for each thing that went wrong reading them
    (a file kept aside, one that cannot be written, values reset)."""
    from backspasm_gui.storage.settings import load_prefs, reset_sentence
    from backspasm_gui.storage.settings_file import open_settings

    settings, problems = open_settings()
    prefs, reset = load_prefs(settings)
    return settings, prefs, [*problems, reset_sentence(reset)] if reset else problems


def poses() -> tuple[dict[str, Demonstration], str]:
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


def scripts(asked: Asked) -> Scripts | None:
    """The lead-ins' scripts as the app says them at the voice's usual speed."""
    from backspasm_gui.core.script import Scripts

    if asked.fixed_lead_ins:
        return None
    from backspasm_gui.storage.settings import AudioPrefs

    return Scripts(poses()[0], AudioPrefs().rate)


# Once the window is up, where an unexpected error is said instead of closing (see
# carry_on_in); and the times of the latest ones, to stop a flood of them.
_CARRY_ON: list[Callable[[str], None]] = []
_LATELY: list[float] = []
FLOOD = 10  # this many unexpected errors within FLOOD_SECONDS: the app cannot go on
FLOOD_SECONDS = 10.0
# Errors after which nothing can be trusted to work, or that ask the app to stop.
_FATAL = (MemoryError, KeyboardInterrupt, SystemExit)


def carry_on_in(tell: Callable[[str], None] | None) -> None:
    """From now on an unexpected error is said with ``tell`` (the window's notice) and the
    app carries on, its session and history as they were, rather than closing; None:
    the window is gone, and an error closes the app again."""
    _CARRY_ON[:] = [tell] if tell is not None else []
    _LATELY.clear()


def unexpected_sentence(closing: bool) -> str:
    """The one sentence a person reads about an unexpected error, naming the log file."""
    if closing:
        text = translate(
            "App",
            "Something went wrong inside the app and it has to close; the details are in {log}.",
        )
    else:
        text = translate(
            "App",
            "Something unexpected went wrong inside the app; it carries on with your session "
            "and history as they were, and the details are in {log}.",
        )
    return text.format(log=log_path())


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Anything unexpected: the traceback to the log, one sentence to the person (on the
    terminal and in the window); the app closes only if it cannot go on."""
    log.critical("unexpected error", exc_info=(kind, value, tb))
    now = time.monotonic()
    _LATELY[:] = [when for when in _LATELY if now - when < FLOOD_SECONDS] + [now]
    if _CARRY_ON and not issubclass(kind, _FATAL) and len(_LATELY) < FLOOD:
        sentence = unexpected_sentence(closing=False)
        _to_stderr(sentence)
        try:
            _CARRY_ON[0](sentence)
        except Exception:
            log.critical("could not say so in the window", exc_info=True)
        else:
            return
    sentence = unexpected_sentence(closing=True)
    _to_stderr(sentence)
    show_fatal(sentence)
    _close()


def _close() -> None:
    """End the event loop with the exit code of a failure."""
    from PySide6.QtWidgets import QApplication

    instance = QApplication.instance()
    if instance is not None:
        instance.exit(EXIT_FAILURE)


def _to_stderr(sentence: str) -> None:
    """The sentence on the terminal, where there is one (a windowed start has none)."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):  # a closed or broken terminal
            print(f"backspasm-gui: {sentence}", file=sys.stderr)


def show_fatal(message: str) -> None:
    """Tell the person in a window when there may be nobody reading the terminal."""
    from backspasm_gui.desktop.display import missing_display

    if (
        os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal")
        or "PYTEST_CURRENT_TEST" in os.environ
        or missing_display()  # no screen to show it on: stderr has said it
    ):
        return
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is None:
            QApplication(sys.argv[:1])
        QMessageBox.critical(None, APP_NAME, message)
    except Exception:  # no display at all: stderr has said it already
        log.debug("could not show the message in a window", exc_info=True)
