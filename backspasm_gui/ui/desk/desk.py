"""The desk companion: the tray, reminders, the compact panel and settings, wired
to the window and the session.

It keeps the app useful between sessions without being a nuisance: it lives in
the tray where there is one, reminds at the chosen times (never during a
session, never once today's goal is met if so chosen), and applies every
setting the moment it changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, QObject, QSettings, QTime, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, pick, translate
from backspasm_gui.core.reminders import Reminder
from backspasm_gui.core.routine import Routine, customised
from backspasm_gui.core.session import State
from backspasm_gui.core.session_events import Event, SessionFinished
from backspasm_gui.desktop.autostart import Autostart, AutostartError
from backspasm_gui.storage.settings import COMPACT_KEY, AudioPrefs, Prefs, save_prefs
from backspasm_gui.storage.today import TodayCount
from backspasm_gui.ui.desk.prescribing import Prescribing
from backspasm_gui.ui.desk.reminder_bar import reminder_text
from backspasm_gui.ui.desk.reminder_driver import ReminderDriver, local_now
from backspasm_gui.ui.desk.tray import Tray, tooltip
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.shared import theme

if TYPE_CHECKING:
    from backspasm_gui.core.prescription import Prescription
    from backspasm_gui.storage.prescription_store import PrescriptionStore
    from backspasm_gui.ui.desk.compact_panel import CompactPanel
    from backspasm_gui.ui.settings.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

TOLD_TRAY_KEY = "tray/toldStillRunning"
TOLD_NO_TRAY_KEY = "tray/toldMissing"
# Kept at module level (tests compare with them): marked here, translated where shown.
STILL_HERE = QT_TRANSLATE_NOOP(
    "Desk",
    "Back Spasm Stretches is still running in the tray so it can remind you. "
    "Quit it from the tray menu.",
)
NO_TRAY = QT_TRANSLATE_NOOP(
    "Desk",
    "This desktop has no system tray, so reminders come only while the app is open, "
    "and closing the window quits it.",
)


def _clock_time(moment: datetime) -> str:
    """The time of day as the language in use writes it."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def _day(moment: datetime) -> str:
    """The weekday's short name in the language in use ("Wed", "mié", "Mi.")."""
    return QLocale().dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)


def progress_text(done: int, goal: int) -> str:
    """Today's sessions against the goal, as one sentence."""
    if goal == 1:
        return translate("Desk", "{done} of {goal} session done today.").format(
            done=done, goal=goal
        )
    return translate("Desk", "{done} of {goal} sessions done today.").format(done=done, goal=goal)


class Tally(Protocol):
    """Today's sessions (storage/today.py's TodayCount, or the history's count)."""

    def count(self) -> int: ...

    def add(self) -> int: ...


class Notifications(Protocol):
    """What the desk needs of a notifier (desktop/notifications.py's Notifier)."""

    @property
    def native_actions(self) -> bool: ...

    def show(self, title: str, body: str) -> bool: ...

    def withdraw(self) -> None: ...


class Desk(QObject):
    applied = Signal(object)  # the new Prefs, once in effect

    def __init__(
        self,
        window: MainWindow,
        routine: Routine,
        prefs: Prefs,
        settings: QSettings,
        *,
        autostart: Autostart,
        tray: Tray | None,
        today: Tally | None = None,
        clock: Callable[[], datetime] = local_now,
        tz: tzinfo | None = None,
        language: str | None = None,
        store: PrescriptionStore | None = None,
        prescription: Prescription | None = None,
    ) -> None:
        """``language``: the code of the language the app speaks now (None: the one
        ``prefs.language`` resolves to on this system)."""
        super().__init__(window)
        self.window = window
        self.driver = window.driver
        self.routine_file = routine  # the file's own; settings choose from it
        self.prefs = prefs
        self.settings = settings
        self.autostart = autostart
        self.tray = tray
        # The language shown now: a choice made in settings waits for the next start.
        self.language = language or pick(prefs.language, QLocale.system().uiLanguages())
        self.today: Tally = today or TodayCount(settings)
        self.reminders = ReminderDriver(
            prefs.reminders,
            now=clock,
            busy=self.in_session,
            goal_met=self.goal_met,
            tz=tz,
            parent=self,
        )
        self.notifier: Notifications | None = None
        self.panel: CompactPanel | None = None
        self.dialog: SettingsDialog | None = None
        self._quitting = False
        # The clinician's routine: ``prescription`` is the one accepted, read at start.
        self.prescribing = Prescribing(
            routine,
            store,
            prescription,
            prefs=lambda: self.prefs,
            apply=lambda new: self.apply(new, routine_changed=True),
            window=window,
            notify=window.notify,
            current=lambda: self.driver.session.routine,
        )
        self.prescribing.changed.connect(self._tell_the_history)
        self._tell_the_history()
        self._wire()
        self._show_today()

    def _tell_the_history(self) -> None:
        """The clinician's report names the routine followed now: the history is told."""
        from backspasm_gui.ui.progress.history_keeper import HistoryKeeper  # noqa: PLC0415

        if isinstance(self.today, HistoryKeeper):
            self.today.prescribed = self.prescribing.prescribed()

    # --- wiring ------------------------------------------------------------------------

    def _wire(self) -> None:
        window = self.window
        window.keep_running = self.keeps_running
        window.hiddenToTray.connect(self._went_to_tray)
        window.compactRequested.connect(self.toggle_compact)
        window.settingsRequested.connect(self.show_settings)
        window.quitRequested.connect(self.quit)
        window.sound_button.changed.connect(self._sound_changed)
        window.zoom.changed.connect(self._zoomed)
        bar = window.reminder_bar
        bar.startRequested.connect(self.start_session)
        bar.snoozeRequested.connect(self.snooze)
        bar.skipRequested.connect(self.skip)
        self.driver.happened.connect(self._heard)
        self.reminders.due.connect(self.remind)
        self.reminders.changed.connect(self._show_today)
        if self.tray is not None:
            tray = self.tray
            tray.startRequested.connect(self.start_session)
            tray.showRequested.connect(self.bring_to_front)
            tray.settingsRequested.connect(self.show_settings)
            tray.pauseHourRequested.connect(self.reminders.pause_for_an_hour)
            tray.pauseTomorrowRequested.connect(self.reminders.pause_until_tomorrow)
            tray.resumeRequested.connect(self.reminders.resume)
            tray.snoozeRequested.connect(self.snooze)
            tray.skipRequested.connect(self.skip)
            tray.quitRequested.connect(self.quit)
            tray.show()
        app = QApplication.instance()
        if isinstance(app, QGuiApplication):
            app.setQuitOnLastWindowClosed(self.tray is None)
            app.screenRemoved.connect(lambda _screen: self._keep_panel_on_screen())
            app.screenAdded.connect(lambda _screen: self._keep_panel_on_screen())

    def use_notifier(self, notifier: Notifications) -> None:
        """Desktop notifications for reminders (set up after the window is on screen)."""
        self.notifier = notifier
        answered = getattr(notifier, "answered", None)  # a Qt signal, where there is one
        if answered is not None:
            answered.connect(self._answered)

    def start(self, *, background: bool = False) -> None:
        """Show what was showing last time; in the background, only the tray (if any)."""
        told = self.settings.value(TOLD_NO_TRAY_KEY, False, type=bool)
        if self.tray is None and self.prefs.reminders.enabled and not told:
            self.settings.setValue(TOLD_NO_TRAY_KEY, True)
            self.window.notify(translate("Desk", NO_TRAY))
        if background and self.tray is not None:
            return
        if self.settings.value(COMPACT_KEY, False, type=bool):
            self.show_compact()
        elif background:
            self.window.showMinimized()
        else:
            self.window.show()

    # --- today ------------------------------------------------------------------------

    def in_session(self) -> bool:
        return self.driver.session.state not in (State.READY, State.FINISHED)

    def goal_met(self) -> bool:
        return self.prefs.quiet_when_goal_met and self.today.count() >= self.prefs.goal

    def _heard(self, event: Event) -> None:
        if isinstance(event, SessionFinished) and event.summary.counts:
            done = self.today.add()
            log.info("session %d of %d today", done, self.prefs.goal)
            self._show_today()

    def _next_note(self) -> str:
        scheduler = self.reminders.scheduler
        if not self.prefs.reminders.enabled:
            return translate("Desk", "Reminders are off")
        if scheduler.paused_until is not None:
            return translate("Desk", "Reminders paused until {time}").format(
                time=_clock_time(scheduler.paused_until)
            )
        coming = self.reminders.next_reminder()
        if coming is None:
            return ""
        return translate("Desk", "Next reminder {day} {time}").format(
            day=_day(coming), time=_clock_time(coming)
        )

    def _show_today(self) -> None:
        if self.tray is None:
            return
        text = tooltip(self.today.count(), self.prefs.goal, self._next_note())
        self.tray.set_tooltip(text)
        self.tray.set_paused(self.reminders.scheduler.paused_until is not None)
        self.tray.set_reminders_on(self.prefs.reminders.enabled)

    # --- reminders ---------------------------------------------------------------------

    def remind(self, reminder: Reminder) -> None:
        done, goal = self.today.count(), self.prefs.goal
        title, body = reminder_text(reminder, done, goal)
        log.info("reminder for %s (missed %s)", reminder.due, reminder.missed)
        shown = self.notifier is not None and self.notifier.show(title, body)
        self.window.reminder_bar.show_reminder(title, progress_text(done, goal))
        if self.tray is not None:
            native = shown and bool(getattr(self.notifier, "native_actions", False))
            self.tray.set_reminder_waiting(not native)
        if not shown and self.tray is None:
            self.bring_to_front()  # nothing else can say it

    def _answered(self, answer: str) -> None:
        {"start": self.start_session, "snooze": self.snooze, "skip": self.skip}.get(
            answer, lambda: None
        )()

    def _settle_reminder(self) -> None:
        self.window.reminder_bar.hide()
        if self.notifier is not None:
            self.notifier.withdraw()
        if self.tray is not None:
            self.tray.set_reminder_waiting(False)

    def snooze(self) -> None:
        self._settle_reminder()
        self.reminders.snooze()

    def skip(self) -> None:
        self._settle_reminder()
        self.reminders.skip()

    def start_session(self) -> None:
        """From a reminder or the tray: bring the routine forward and begin it."""
        self._settle_reminder()
        self.reminders.skip()  # answered: no snooze left waiting
        self.bring_to_front()
        state = self.driver.session.state
        if state is State.FINISHED:
            self.driver.restart()
        elif state in (State.READY, State.PAUSED):
            self.driver.toggle()

    # --- windows -----------------------------------------------------------------------

    def keeps_running(self) -> bool:
        """Whether closing the window leaves the app in the tray."""
        return not self._quitting and self.tray is not None and self.prefs.reminders.enabled

    def _went_to_tray(self) -> None:
        if self.driver.session.state in (State.GET_READY, State.HOLDING):
            self.driver.toggle()  # nobody is watching or listening to a closed window
        if not self.settings.value(TOLD_TRAY_KEY, False, type=bool) and self.tray is not None:
            self.settings.setValue(TOLD_TRAY_KEY, True)
            self.tray.tell(translate("Desk", "Still here"), translate("Desk", STILL_HERE))

    def bring_to_front(self) -> None:
        shown: QWidget = self.panel if self.panel is not None and self.compact else self.window
        if shown is self.window and self.window.isMinimized():
            self.window.showNormal()
        shown.show()
        shown.raise_()
        shown.activateWindow()

    @property
    def compact(self) -> bool:
        return bool(self.settings.value(COMPACT_KEY, False, type=bool))

    def toggle_compact(self) -> None:
        if self.compact:
            self.show_full()
        else:
            self.show_compact()

    def _panel(self) -> CompactPanel:
        if self.panel is None:
            from backspasm_gui.ui.desk.compact_panel import CompactPanel  # noqa: PLC0415 - on demand

            self.panel = CompactPanel(self.driver, self.settings, self.window.poses)
            self.panel.set_text_factor(self.window.text_factor())
            self.window.zoom.add_shortcuts(self.panel)  # Ctrl+Plus there too
            self.panel.expandRequested.connect(self.show_full)
            self.panel.closeRequested.connect(self._panel_closed)
        return self.panel

    def _zoomed(self) -> None:
        """The text size changed (Ctrl+Plus, Ctrl+Minus, Ctrl+0): the panel and the
        settings follow the window. The dialog's words are the desktop's font, which is
        already as large as the desktop's, so it takes the zoom alone."""
        if self.panel is not None:
            self.panel.set_text_factor(self.window.text_factor())
        if self.dialog is not None:
            self.dialog.set_text_factor(self.window.zoom.factor)

    def show_compact(self) -> None:
        panel = self._panel()
        self.settings.setValue(COMPACT_KEY, True)
        panel.show()
        self.window.hide()
        panel.raise_()

    def show_full(self) -> None:
        self.settings.setValue(COMPACT_KEY, False)
        self.window.show()
        if self.panel is not None:
            self.panel.hide()
        self.window.raise_()
        self.window.activateWindow()

    def _panel_closed(self) -> None:
        if self.keeps_running():
            assert self.panel is not None
            self.panel.hide()
            self._went_to_tray()
        else:
            self.quit()

    def _keep_panel_on_screen(self) -> None:
        if self.panel is not None and self.panel.isVisible():
            self.panel.keep_on_screen()

    def quit(self) -> None:
        self._quitting = True
        if self.tray is not None:
            self.tray.hide()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # --- settings ----------------------------------------------------------------------

    def show_settings(self) -> None:
        if self.dialog is None:
            from backspasm_gui.ui.settings.settings_dialog import SettingsDialog  # noqa: PLC0415

            self.dialog = SettingsDialog(
                self.prefs,
                self.routine_file,
                self._login_on(),
                self.window,
                current_language=self.language,
            )
            self.dialog.set_text_factor(self.window.zoom.factor)
            self.dialog.changed.connect(self.apply)
            self.dialog.startOnLoginChanged.connect(self.set_start_on_login)
            page = self.dialog.routine_page
            page.openPrescriptionRequested.connect(self.prescribing.choose_and_open)
            page.handoutRequested.connect(self.prescribing.use_handout)
            page.editorRequested.connect(self.prescribing.show_editor)
            self.prescribing.changed.connect(self._prescription_changed)
            page.show_prescribed(self.prescribing.describe(), self.prescribing.routine())
        else:
            self.dialog.show_prefs(self.prefs, self._login_on())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _prescription_changed(self) -> None:
        if self.dialog is not None:
            self.dialog.show_prefs(self.prefs, self._login_on())
            self.dialog.routine_page.show_prescribed(
                self.prescribing.describe(), self.prescribing.routine()
            )

    def _login_on(self) -> bool:
        try:
            return self.autostart.enabled()
        except (AutostartError, OSError):
            log.warning("could not read the start-on-login state", exc_info=True)
            return False

    def set_start_on_login(self, on: bool) -> None:
        try:
            self.autostart.set_enabled(on)
        except AutostartError as exc:
            log.warning("start on login: %s", exc)
            if self.dialog is not None:
                self.dialog.show_login(self._login_on(), str(exc))
            self.window.notify(str(exc))

    def apply(self, prefs: Prefs, *, routine_changed: bool = False) -> None:
        """Take new settings at once: store them and hand each part to who uses it.
        ``routine_changed``: a prescription came or went, so the routine is made again."""
        before, self.prefs = self.prefs, prefs
        save_prefs(self.settings, prefs)
        changed = routine_changed or prefs.routine != before.routine
        if changed and not self.driver.reconfigure(*self.routine_for(prefs)):
            self.window.notify(
                translate("Desk", "Your new choice of stretches starts with the next session.")
            )
        if prefs.audio != before.audio:
            self.window.sound_button.set_prefs(prefs.audio)
        if prefs.reminders != before.reminders:
            self.reminders.set_plan(prefs.reminders)
        if prefs.theme != before.theme:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.install(app, None if prefs.theme == "system" else prefs.theme)
        self._show_today()
        self.applied.emit(prefs)

    def routine_for(self, prefs: Prefs) -> tuple[Routine, float, float]:
        chosen = prefs.routine
        prescribed = self.prescribing.routine()
        if prescribed is not None:  # the clinician's holds and order, not the settings'
            return prescribed, chosen.lead_in, chosen.switch_lead_in
        try:
            routine = customised(self.routine_file, chosen.order, chosen.hold_seconds)
        except ValueError:
            routine = self.routine_file
        return routine, chosen.lead_in, chosen.switch_lead_in

    def _sound_changed(self, audio: object) -> None:
        if isinstance(audio, AudioPrefs) and audio != self.prefs.audio:
            self.prefs = replace(self.prefs, audio=audio)
            if self.dialog is not None:
                self.dialog.sound.show_prefs(self.prefs.audio)


def system_tray(icon: QIcon) -> Tray | None:
    """A tray icon where the desktop has a tray, else None."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    return Tray(icon)
