"""The tray icon and its menu: where the app lives between sessions.

Start session, Show window, Pause reminders (an hour, until tomorrow, or
resume), and Quit; Snooze and Skip appear while a reminder waits and the
notification itself cannot offer them. The tooltip says how today is going.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from backspasm_gui import APP_NAME
from backspasm_gui.core.i18n import translate


def tooltip(done_today: int, goal: int, next_note: str) -> str:
    if goal == 1:
        sessions = translate("Tray", "{done} of 1 session done today")
    else:
        sessions = translate("Tray", "{done} of {goal} sessions done today")
    sessions = sessions.format(done=done_today, goal=goal)
    return "\n".join(filter(None, (APP_NAME, sessions, next_note)))


class Tray(QObject):
    startRequested = Signal()
    showRequested = Signal()
    settingsRequested = Signal()
    pauseHourRequested = Signal()
    pauseTomorrowRequested = Signal()
    resumeRequested = Signal()
    snoozeRequested = Signal()
    skipRequested = Signal()
    quitRequested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.start_action = self._action(translate("Tray", "Start session"), self.startRequested)
        self.show_action = self._action(translate("Tray", "Show window"), self.showRequested)
        self.menu.addSeparator()
        self.snooze_action = self._action(
            translate("Tray", "Snooze 10 minutes"), self.snoozeRequested
        )
        self.skip_action = self._action(translate("Tray", "Skip this reminder"), self.skipRequested)
        self.pause_menu = self.menu.addMenu(translate("Tray", "Pause reminders"))
        self.pause_hour_action = self._action(
            translate("Tray", "For 1 hour"), self.pauseHourRequested, self.pause_menu
        )
        self.pause_tomorrow_action = self._action(
            translate("Tray", "Until tomorrow"), self.pauseTomorrowRequested, self.pause_menu
        )
        self.resume_action = self._action(
            translate("Tray", "Resume reminders"), self.resumeRequested
        )
        self.settings_action = self._action(translate("Tray", "Settings…"), self.settingsRequested)
        self.menu.addSeparator()
        self.quit_action = self._action(translate("Tray", "Quit"), self.quitRequested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.set_reminder_waiting(False)
        self.set_paused(False)

    def _action(self, text: str, signal: SignalInstance, menu: QMenu | None = None) -> QAction:
        action = (menu or self.menu).addAction(text)
        action.triggered.connect(signal.emit)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.showRequested.emit()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_tooltip(self, text: str) -> None:
        self.icon.setToolTip(text)

    def set_reminder_waiting(self, waiting: bool) -> None:
        """Offer Snooze and Skip in the menu while a reminder waits for an answer."""
        self.snooze_action.setVisible(waiting)
        self.skip_action.setVisible(waiting)

    def set_paused(self, paused: bool) -> None:
        self.resume_action.setVisible(paused)
        self.pause_menu.menuAction().setVisible(not paused)

    def set_reminders_on(self, on: bool) -> None:
        self.pause_menu.menuAction().setEnabled(on)
        self.resume_action.setEnabled(on)

    def tell(self, title: str, message: str) -> None:
        self.icon.showMessage(title, message, self.icon.icon(), 8000)
