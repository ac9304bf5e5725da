"""One settings dialog: the routine, sound, reminders and look.

Every change applies at once (the app stores it and passes it on); there is
no OK to forget. A choice the app cannot take (reminder times it cannot
read, no stretch left) is explained next to it and not applied.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui.core.reminders import Mode, ReminderPlan
from backspasm_gui.core.routine import Routine
from backspasm_gui.storage.settings import GOAL_RANGE, HOLD_RANGE, MAX_LEAD_IN, Prefs, RoutinePrefs
from backspasm_gui.ui.sound_menu import SoundPanel

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
THEME_LABELS = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


def parse_times(text: str) -> tuple[time, ...] | None:
    """ "10:30, 13:30 16:00" → the times, sorted; None if any part is not a time."""
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


def _qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def _time(moment: QTime) -> time:
    return time(moment.hour(), moment.minute())


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


class SettingsDialog(QDialog):
    changed = Signal(object)  # Prefs, after every edit
    startOnLoginChanged = Signal(bool)

    def __init__(
        self, prefs: Prefs, routine: Routine, start_on_login: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self._routine = routine  # the routine file's own: the stretches to choose from
        self._prefs = prefs
        self._loading = False
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._routine_page(), "Routine")
        self.sound = SoundPanel(prefs.audio, self)
        self.tabs.addTab(self.sound, "Sound")
        self.tabs.addTab(self._reminders_page(), "Reminders")
        self.tabs.addTab(self._general_page(), "General")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.show_prefs(prefs, start_on_login)
        self._connect()
        self.resize(560, 560)

    # --- pages -----------------------------------------------------------------------

    def _routine_page(self) -> QWidget:
        page = QWidget(self)
        self.hold_spin = self._spin("holdSpin", "Hold length", *HOLD_RANGE, " s")
        self.lead_in_spin = self._spin("leadInSpin", "Get ready time", 0, int(MAX_LEAD_IN), " s")
        self.switch_spin = self._spin("switchSpin", "Switch sides time", 0, int(MAX_LEAD_IN), " s")
        self.stretch_list = QListWidget(page)
        self.stretch_list.setObjectName("stretchList")
        self.stretch_list.setAccessibleName("Stretches in the routine, in order")
        self.stretch_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.up_button = QPushButton("Move up", page)
        self.up_button.setObjectName("moveUpButton")
        self.down_button = QPushButton("Move down", page)
        self.down_button.setObjectName("moveDownButton")
        self.reset_button = QPushButton("Reset to the handout’s", page)
        self.reset_button.setObjectName("resetRoutineButton")
        self.reset_button.setToolTip("All seven stretches, in the handout’s order, 30 s holds")
        self.routine_note = _note()
        self.routine_note.setText(
            "The handout: hold each stretch 30 seconds. Other stretches or another order "
            "start with the next session; a new hold length with the next hold."
        )
        moves = QVBoxLayout()
        for button in (self.up_button, self.down_button):
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(self.reset_button)
        chooser = QHBoxLayout()
        chooser.addWidget(self.stretch_list, 1)
        chooser.addLayout(moves)
        form = QFormLayout(page)
        form.addRow("Hold each stretch for", self.hold_spin)
        form.addRow("Get ready before a stretch", self.lead_in_spin)
        form.addRow("Get ready between sides", self.switch_spin)
        form.addRow(QLabel("Stretches (tick to include, drag or move to reorder)"))
        form.addRow(chooser)
        form.addRow(self.routine_note)
        return page

    def _reminders_page(self) -> QWidget:
        page = QWidget(self)
        self.remind_box = QCheckBox("Remind me to stretch", page)
        self.remind_box.setObjectName("remindBox")
        self.fixed_radio = QRadioButton("At these times", page)
        self.fixed_radio.setObjectName("fixedRadio")
        self.interval_radio = QRadioButton("Every few hours while I work", page)
        self.interval_radio.setObjectName("intervalRadio")
        group = QButtonGroup(page)
        group.addButton(self.fixed_radio)
        group.addButton(self.interval_radio)
        self.times_edit = QLineEdit(page)
        self.times_edit.setObjectName("timesEdit")
        self.times_edit.setAccessibleName("Reminder times")
        self.times_edit.setPlaceholderText("10:30, 13:30, 16:00")
        self.times_note = _note()
        self.every_spin = self._spin("everySpin", "Hours between reminders", 1, 8, " h")
        self.day_start_edit = QTimeEdit(page)
        self.day_start_edit.setObjectName("dayStartEdit")
        self.day_start_edit.setAccessibleName("Working day starts")
        self.day_end_edit = QTimeEdit(page)
        self.day_end_edit.setObjectName("dayEndEdit")
        self.day_end_edit.setAccessibleName("Working day ends")
        for edit in (self.day_start_edit, self.day_end_edit):
            edit.setDisplayFormat("HH:mm")
        hours = QHBoxLayout()
        for widget in (self.day_start_edit, QLabel("to"), self.day_end_edit):
            hours.addWidget(widget)
        hours.addStretch(1)
        self.day_boxes: list[QCheckBox] = []
        days = QHBoxLayout()
        for short, name in zip(DAYS, DAY_NAMES, strict=True):
            box = QCheckBox(short, page)
            box.setAccessibleName(name)
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        self.goal_spin = self._spin("goalSpin", "Daily goal", *GOAL_RANGE, " sessions")
        self.quiet_box = QCheckBox("No more reminders once the goal is met", page)
        self.quiet_box.setObjectName("quietBox")
        form = QFormLayout(page)
        form.addRow(self.remind_box)
        form.addRow(self.fixed_radio)
        form.addRow("Times", self.times_edit)
        form.addRow(self.times_note)
        form.addRow(self.interval_radio)
        form.addRow("Every", self.every_spin)
        form.addRow("From", hours)
        form.addRow("On", days)
        form.addRow("Daily goal", self.goal_spin)
        form.addRow(self.quiet_box)
        hint = _note()
        hint.setText("The handout: 2–3 times daily.")
        form.addRow(hint)
        return page

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        self.theme_combo = QComboBox(page)
        self.theme_combo.setObjectName("themeCombo")
        self.theme_combo.setAccessibleName("Colours")
        for key, label in THEME_LABELS.items():
            self.theme_combo.addItem(label, key)
        self.login_box = QCheckBox("Start when I log in (quietly, in the tray)", page)
        self.login_box.setObjectName("loginBox")
        self.login_note = _note()
        self.login_note.hide()
        form = QFormLayout(page)
        form.addRow("Colours", self.theme_combo)
        form.addRow(self.login_box)
        form.addRow(self.login_note)
        return page

    def _spin(self, name: str, accessible: str, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    # --- showing and reading -----------------------------------------------------------

    def show_prefs(self, prefs: Prefs, start_on_login: bool) -> None:
        self._loading = True
        self._prefs = prefs
        routine = prefs.routine
        self.hold_spin.setValue(routine.hold_seconds or self._routine.stretches[0].seconds)
        self.lead_in_spin.setValue(round(routine.lead_in))
        self.switch_spin.setValue(round(routine.switch_lead_in))
        self._fill_stretches(routine.order)
        self.sound.show_prefs(prefs.audio)
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
        self.quiet_box.setChecked(prefs.quiet_when_goal_met)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(prefs.theme)))
        self.login_box.setChecked(start_on_login)
        self._enable()
        self._loading = False

    def _fill_stretches(self, order: tuple[str, ...] | None) -> None:
        self.stretch_list.clear()
        by_id = {stretch.id: stretch for stretch in self._routine.stretches}
        chosen = [i for i in (order or by_id) if i in by_id]
        rest = [i for i in by_id if i not in chosen]
        for stretch_id in chosen + rest:
            item = QListWidgetItem(by_id[stretch_id].name)
            item.setData(Qt.ItemDataRole.UserRole, stretch_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            ticked = stretch_id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.stretch_list.addItem(item)

    def _order(self) -> tuple[str, ...] | None:
        items = [self.stretch_list.item(row) for row in range(self.stretch_list.count())]
        ids = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )
        return None if ids == tuple(s.id for s in self._routine.stretches) else ids

    def prefs(self) -> Prefs:
        return self._prefs

    def _read(self) -> Prefs | None:
        """The dialog's choices, or None (with a note shown) if one cannot be taken."""
        order = self._order()
        if order == ():
            self.routine_note.setText("Tick at least one stretch.")
            return None
        hold = self.hold_spin.value()
        default_hold = self._routine.stretches[0].seconds
        routine = RoutinePrefs(
            hold_seconds=None if hold == default_hold and order is None else hold,
            lead_in=float(self.lead_in_spin.value()),
            switch_lead_in=float(self.switch_spin.value()),
            order=order,
        )
        times = parse_times(self.times_edit.text())
        self.times_note.setVisible(times is None)
        self.times_note.setText("Write times like 10:30, 13:30, 16:00.")
        start, end = _time(self.day_start_edit.time()), _time(self.day_end_edit.time())
        if end <= start:
            self.times_note.setText("The working day must end after it starts.")
            self.times_note.show()
            return None
        plan = ReminderPlan(
            enabled=self.remind_box.isChecked(),
            mode=Mode.INTERVAL if self.interval_radio.isChecked() else Mode.FIXED,
            times=times or self._prefs.reminders.times,
            every_hours=self.every_spin.value(),
            day_start=start,
            day_end=end,
            weekdays=frozenset(d for d, box in enumerate(self.day_boxes) if box.isChecked()),
        )
        return replace(
            self._prefs,
            routine=routine,
            audio=self.sound.prefs(),
            reminders=plan,
            goal=self.goal_spin.value(),
            quiet_when_goal_met=self.quiet_box.isChecked(),
            theme=str(self.theme_combo.currentData()),
        )

    # --- edits -------------------------------------------------------------------------

    def _connect(self) -> None:
        for spin in (
            self.hold_spin,
            self.lead_in_spin,
            self.switch_spin,
            self.every_spin,
            self.goal_spin,
        ):
            spin.valueChanged.connect(self._edited)
        for box in (self.remind_box, self.quiet_box, self.fixed_radio, *self.day_boxes):
            box.toggled.connect(self._edited)
        self.times_edit.editingFinished.connect(self._edited)
        self.day_start_edit.timeChanged.connect(self._edited)
        self.day_end_edit.timeChanged.connect(self._edited)
        self.theme_combo.currentIndexChanged.connect(self._edited)
        self.sound.changed.connect(self._edited)
        self.stretch_list.itemChanged.connect(self._edited)
        self.stretch_list.model().rowsMoved.connect(self._edited)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.reset_button.clicked.connect(self.reset_routine)
        self.login_box.toggled.connect(self.startOnLoginChanged.emit)

    def _enable(self) -> None:
        on = self.remind_box.isChecked()
        fixed = self.fixed_radio.isChecked()
        for widget in (self.fixed_radio, self.interval_radio, self.quiet_box, *self.day_boxes):
            widget.setEnabled(on)
        self.times_edit.setEnabled(on and fixed)
        for field in (self.every_spin, self.day_start_edit, self.day_end_edit):
            field.setEnabled(on and not fixed)

    def _edited(self) -> None:
        if self._loading:
            return
        self._enable()
        prefs = self._read()
        if prefs is None or prefs == self._prefs:
            return
        self.routine_note.setText(
            "The handout: hold each stretch 30 seconds. Other stretches or another order "
            "start with the next session; a new hold length with the next hold."
        )
        self._prefs = prefs
        self.changed.emit(prefs)

    def _move(self, step: int) -> None:
        row = self.stretch_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.stretch_list.count():
            return
        item = self.stretch_list.takeItem(row)
        self.stretch_list.insertItem(target, item)
        self.stretch_list.setCurrentRow(target)
        self._edited()

    def reset_routine(self) -> None:
        self._loading = True
        self.hold_spin.setValue(self._routine.stretches[0].seconds)
        self._fill_stretches(None)
        self._loading = False
        self._edited()

    def show_login(self, on: bool, note: str = "") -> None:
        """Whether the app starts on login as the system now says, and why not if it failed."""
        self.login_box.blockSignals(True)
        self.login_box.setChecked(on)
        self.login_box.blockSignals(False)
        self.login_note.setText(note)
        self.login_note.setVisible(bool(note))
