"""Settings → Reminders: when the app reminds the person to stretch, and the daily goal.

Reminders come at set times ("10:30, 13:30, 16:00") or every few hours of a working
day, on the weekdays ticked; once the day's goal is met they can stop. Times the app
cannot read, or a working day that ends before it starts, are explained under the
times and not applied.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QWidget,
)

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.reminders import Mode, ReminderPlan
from backspasm_gui.storage.settings import GOAL_RANGE, Prefs
from backspasm_gui.ui.settings.fields import note, spin

_WIDE_MARKS = str.maketrans({"，": ",", "、": ",", "；": ";", "：": ":", "،": ",", "؛": ";"})


def parse_times(text: str) -> tuple[time, ...] | None:
    """ "10:30, 13:30 16:00" → the times, sorted; None if any part is not a time. The
    commas and colons of Chinese and Arabic keyboards (，、：، ؛) count as theirs."""
    text = text.translate(_WIDE_MARKS)
    parts = [part for part in re.split(r"[,;\s]+", text.strip()) if part]
    times: set[time] = set()
    for part in parts:
        match = re.fullmatch(r"(\d{1,2})[:.](\d{2})", part)
        if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            return None
        times.add(time(int(match.group(1)), int(match.group(2))))
    return tuple(sorted(times)) or None


def times_text(times: tuple[time, ...]) -> str:
    return ", ".join(f"{t.hour:d}:{t.minute:02d}" for t in times)


def _sessions_suffix(goal: int) -> str:
    if goal == 1:
        return translate("SettingsDialog", " session", "after a daily goal of one")
    return translate("SettingsDialog", " sessions", "after a daily goal of two or more")


def _qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def _time(moment: QTime) -> time:
    return time(moment.hour(), moment.minute())


class RemindersPage(QWidget):
    edited = Signal()  # after every edit the person makes here

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.remind_box = QCheckBox(translate("SettingsDialog", "Remind me to stretch"), self)
        self.remind_box.setObjectName("remindBox")
        self.fixed_radio = QRadioButton(translate("SettingsDialog", "At these times"), self)
        self.fixed_radio.setObjectName("fixedRadio")
        self.interval_radio = QRadioButton(
            translate("SettingsDialog", "Every few hours while I work"), self
        )
        self.interval_radio.setObjectName("intervalRadio")
        group = QButtonGroup(self)
        group.addButton(self.fixed_radio)
        group.addButton(self.interval_radio)
        self.times_edit = QLineEdit(self)
        self.times_edit.setObjectName("timesEdit")
        self.times_edit.setAccessibleName(translate("SettingsDialog", "Reminder times"))
        self.times_edit.setPlaceholderText(
            "10:30, 13:30, 16:00"
        )  # times, in the form they are read
        self.times_note = note()
        self.every_spin = spin(
            parent,
            "everySpin",
            translate("SettingsDialog", "Hours between reminders"),
            (1, 8),
            translate("SettingsDialog", " h", "after a number of hours"),
        )
        self.day_start_edit = QTimeEdit(self)
        self.day_start_edit.setObjectName("dayStartEdit")
        self.day_start_edit.setAccessibleName(translate("SettingsDialog", "Working day starts"))
        self.day_end_edit = QTimeEdit(self)
        self.day_end_edit.setObjectName("dayEndEdit")
        self.day_end_edit.setAccessibleName(translate("SettingsDialog", "Working day ends"))
        for edit in (self.day_start_edit, self.day_end_edit):
            edit.setDisplayFormat("HH:mm")
        until = QLabel(translate("SettingsDialog", "to", "from one time to another"), self)
        until.setBuddy(self.day_end_edit)
        hours = QHBoxLayout()
        for widget in (self.day_start_edit, until, self.day_end_edit):
            hours.addWidget(widget)
        hours.addStretch(1)
        days = self._day_row()
        self.goal_spin = spin(
            parent,
            "goalSpin",
            translate("SettingsDialog", "Daily goal"),
            GOAL_RANGE,
            _sessions_suffix(GOAL_RANGE[1]),
        )
        self.quiet_box = QCheckBox(
            translate("SettingsDialog", "No more reminders once the goal is met"), self
        )
        self.quiet_box.setObjectName("quietBox")
        form = QFormLayout(self)
        form.addRow(self.remind_box)
        form.addRow(self.fixed_radio)
        form.addRow(translate("SettingsDialog", "Times"), self.times_edit)
        form.addRow(self.times_note)
        form.addRow(self.interval_radio)
        form.addRow(translate("SettingsDialog", "Every"), self.every_spin)
        form.addRow(translate("SettingsDialog", "From", "working hours, from a time"), hours)
        form.addRow(translate("SettingsDialog", "On", "on these weekdays"), days)
        form.addRow(translate("SettingsDialog", "Daily goal"), self.goal_spin)
        form.addRow(self.quiet_box)
        hint = note()
        hint.setText(translate("SettingsDialog", "The handout: 2–3 times daily."))
        form.addRow(hint)
        self._connect()

    def _day_row(self) -> QHBoxLayout:
        """A box a weekday, Monday first (as core.reminders counts), named as the
        language in use names them."""
        self.day_boxes: list[QCheckBox] = []
        days = QHBoxLayout()
        locale = QLocale()
        for day in range(1, 8):  # Qt's Monday to Sunday
            box = QCheckBox(locale.standaloneDayName(day, QLocale.FormatType.ShortFormat), self)
            box.setAccessibleName(locale.standaloneDayName(day, QLocale.FormatType.LongFormat))
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        return days

    def _connect(self) -> None:
        # Which fields can be used follows these two choices, before the edit is read.
        for choice in (self.remind_box, self.fixed_radio):
            choice.toggled.connect(self._enable)
        for number in (self.every_spin, self.goal_spin):
            number.valueChanged.connect(self.edited)
        for box in (self.remind_box, self.quiet_box, self.fixed_radio, *self.day_boxes):
            box.toggled.connect(self.edited)
        self.times_edit.editingFinished.connect(self.edited)
        self.day_start_edit.timeChanged.connect(self.edited)
        self.day_end_edit.timeChanged.connect(self.edited)
        self.goal_spin.valueChanged.connect(self._show_goal_suffix)

    def show_prefs(self, prefs: Prefs) -> None:
        plan = prefs.reminders
        self.remind_box.setChecked(plan.enabled)
        self.fixed_radio.setChecked(plan.mode is Mode.FIXED)
        self.interval_radio.setChecked(plan.mode is Mode.INTERVAL)
        self.times_edit.setText(times_text(plan.times))
        self.times_note.hide()
        self.every_spin.setValue(plan.every_hours)
        self.day_start_edit.setTime(_qtime(plan.day_start))
        self.day_end_edit.setTime(_qtime(plan.day_end))
        for day, box in enumerate(self.day_boxes):
            box.setChecked(day in plan.weekdays)
        self.goal_spin.setValue(prefs.goal)
        self._show_goal_suffix(prefs.goal)
        self.quiet_box.setChecked(prefs.quiet_when_goal_met)
        self._enable()

    def read(self, prefs: Prefs) -> Prefs | None:
        """``prefs`` with this page's reminders and goal, or None (saying why under the
        times) if the working day ends before it starts. Times it cannot read are said
        too, and the ones before kept."""
        times = parse_times(self.times_edit.text())
        self.times_note.setVisible(times is None)
        self.times_note.setText(
            translate("SettingsDialog", "Write times like {example}.").format(
                example="10:30, 13:30, 16:00"
            )
        )
        start, end = _time(self.day_start_edit.time()), _time(self.day_end_edit.time())
        if end <= start:
            self.times_note.setText(
                translate("SettingsDialog", "The working day must end after it starts.")
            )
            self.times_note.show()
            return None
        plan = ReminderPlan(
            enabled=self.remind_box.isChecked(),
            mode=Mode.INTERVAL if self.interval_radio.isChecked() else Mode.FIXED,
            times=times or prefs.reminders.times,
            every_hours=self.every_spin.value(),
            day_start=start,
            day_end=end,
            weekdays=frozenset(d for d, box in enumerate(self.day_boxes) if box.isChecked()),
        )
        return replace(
            prefs,
            reminders=plan,
            goal=self.goal_spin.value(),
            quiet_when_goal_met=self.quiet_box.isChecked(),
        )

    def _enable(self) -> None:
        on = self.remind_box.isChecked()
        fixed = self.fixed_radio.isChecked()
        for widget in (self.fixed_radio, self.interval_radio, self.quiet_box, *self.day_boxes):
            widget.setEnabled(on)
        self.times_edit.setEnabled(on and fixed)
        for field in (self.every_spin, self.day_start_edit, self.day_end_edit):
            field.setEnabled(on and not fixed)

    def _show_goal_suffix(self, goal: int) -> None:
        self.goal_spin.setSuffix(_sessions_suffix(goal))
