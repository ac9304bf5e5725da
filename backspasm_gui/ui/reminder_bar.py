"""The reminder inside the window: what the notification says, with its three answers.

Shown when a reminder comes, whether or not the desktop could show a
notification, so someone looking at the window can answer it there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.reminders import Reminder

TITLE = QT_TRANSLATE_NOOP("ReminderBar", "Time for your back stretches — 5 minutes")


def reminder_text(reminder: Reminder, done_today: int, goal: int) -> tuple[str, str]:
    """The notification's title and body."""
    if goal == 1:
        progress = translate("ReminderBar", "{done} of 1 session done today.")
    else:
        progress = translate("ReminderBar", "{done} of {goal} sessions done today.")
    progress = progress.format(done=done_today, goal=goal)
    title = translate("ReminderBar", TITLE)
    if reminder.missed:
        body = translate("ReminderBar", "{title}. {body}").format(title=title, body=progress)
        return translate("ReminderBar", "You missed one"), body
    return title, translate("ReminderBar", "Click to start. {progress}").format(progress=progress)


class ReminderBar(QFrame):
    startRequested = Signal()
    snoozeRequested = Signal()
    skipRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.setAccessibleName(translate("ReminderBar", "Reminder"))
        self.label = QLabel(self)
        self.label.setObjectName("reminderText")
        self.label.setWordWrap(True)
        self.start_button = self._button(
            "reminderStart", translate("ReminderBar", "Start now"), self.startRequested
        )
        self.start_button.setProperty("primary", True)
        self.snooze_button = self._button(
            "reminderSnooze", translate("ReminderBar", "Snooze 10 minutes"), self.snoozeRequested
        )
        self.skip_button = self._button(
            "reminderSkip", translate("ReminderBar", "Skip"), self.skipRequested
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        for button in (self.start_button, self.snooze_button, self.skip_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def _button(self, name: str, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(self.hide)
        button.clicked.connect(signal.emit)
        return button

    def show_reminder(self, title: str, body: str) -> None:
        self.label.setText(f"<b>{title}</b><br>{body}")
        self.setAccessibleDescription(
            translate("ReminderBar", "{title}. {body}").format(title=title, body=body)
        )
        self.show()
