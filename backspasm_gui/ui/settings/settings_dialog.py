"""One settings dialog: the routine, sound, reminders and look.

Every change applies at once (the app stores it and passes it on); there is
no OK to forget. A choice the app cannot take (reminder times it cannot
read, no stretch left) is explained next to it and not applied.

Its words are in the desktop's font, larger by the person's zoom
(:meth:`SettingsDialog.set_text_factor`); long sentences wrap, and the dialog
grows to what its words need rather than cutting one off.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time

from PySide6.QtCore import QLocale, QSize, Qt, QTime, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
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
    QStyle,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, pick, translate
from backspasm_gui.core.reminders import Mode, ReminderPlan
from backspasm_gui.core.routine import Routine
from backspasm_gui.storage.settings import GOAL_RANGE, HOLD_RANGE, MAX_LEAD_IN, Prefs, RoutinePrefs
from backspasm_gui.ui.session.sound_panel import SoundPanel

SIZE = QSize(560, 560)  # at the usual text size

THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("SettingsDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("SettingsDialog", "Dark"),
}


def system_language() -> str:
    """The shipped language the system's own languages resolve to."""
    return pick("system", QLocale.system().uiLanguages())


def _routine_hint() -> str:
    return translate(
        "SettingsDialog",
        "The handout: hold each stretch 30 seconds. Other stretches or another order "
        "start with the next session; a new hold length with the next hold.",
    )


def _sessions_suffix(goal: int) -> str:
    if goal == 1:
        return translate("SettingsDialog", " session", "after a daily goal of one")
    return translate("SettingsDialog", " sessions", "after a daily goal of two or more")


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
        self,
        prefs: Prefs,
        routine: Routine,
        start_on_login: bool,
        parent: QWidget | None = None,
        *,
        current_language: str | None = None,
    ) -> None:
        """``current_language``: the code of the language the app shows now (None: the
        one ``prefs.language`` resolves to, as it did at start)."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setAccessibleName(translate("SettingsDialog", "Settings"))
        self._routine = routine  # the routine file's own: the stretches to choose from
        self._prefs = prefs
        self._loading = False
        self._factor = 1.0
        self.current_language = current_language or pick(
            prefs.language, QLocale.system().uiLanguages()
        )
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(False)  # every tab's name in full: the dialog widens
        self.tabs.addTab(self._routine_page(), translate("SettingsDialog", "Routine"))
        self.sound = SoundPanel(prefs.audio, self)
        self.tabs.addTab(self.sound, translate("SettingsDialog", "Sound"))
        self.tabs.addTab(self._reminders_page(), translate("SettingsDialog", "Reminders"))
        self.tabs.addTab(self._general_page(), translate("SettingsDialog", "General"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.show_prefs(prefs, start_on_login)
        self._connect()
        self._fit_list()
        self.resize(SIZE.expandedTo(self.minimumSizeHint()))

    # --- text size ----------------------------------------------------------------------

    @property
    def text_factor(self) -> float:
        return self._factor

    def set_text_factor(self, factor: float) -> None:
        """Words ``factor`` times the desktop's font (the main window's zoom: the
        desktop's font already carries its own size). The dialog grows with them,
        as far as its screen allows and never below what its words need."""
        factor = max(0.5, factor)
        if abs(factor - self._factor) < 1e-6:
            return
        self._factor = factor
        # The boxes to tick grow with the words beside them (first: a style sheet
        # set on the dialog puts its widgets' fonts back).
        box = round(self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) * factor)
        self.setStyleSheet(
            ""
            if factor == 1.0
            else f"QCheckBox::indicator, QRadioButton::indicator, QListView::indicator"
            f" {{ width: {box}px; height: {box}px; }}"
        )
        base = QApplication.font(self)
        font = QFont(base)
        if base.pointSizeF() > 0:
            font.setPointSizeF(base.pointSizeF() * factor)
        else:
            font.setPixelSize(max(8, round(base.pixelSize() * factor)))
        self.setFont(font)
        # Widgets the style sheet draws keep their own font unless given it.
        for widget in self.findChildren(QWidget):
            widget.setFont(font)
        self._fit_list()
        self._measure_again()
        wanted = QSize(round(SIZE.width() * factor), round(SIZE.height() * factor))
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size())
        self.resize(wanted.expandedTo(self.minimumSizeHint()))

    def _measure_again(self) -> None:
        """The minimum size from the new fonts, now, the other tabs' too (a hidden tab's
        layout learns its new size only as the dialog's is laid out: twice), so that a
        smaller one lets the dialog shrink."""
        layout = self.layout()
        if layout is None:
            return
        for widget in reversed(self.findChildren(QWidget)):  # each before its parent
            widget.updateGeometry()
        for _ in range(2):
            self.setMinimumSize(0, 0)  # the layout sets it afresh
            layout.invalidate()
            layout.activate()

    def _fit_list(self) -> None:
        """The list as wide as its longest stretch's name, never scrolled sideways."""
        view = self.stretch_list
        view.ensurePolished()
        scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = view.sizeHintForColumn(0) + 2 * view.frameWidth() + scroll_bar + 4
        view.setMinimumWidth(width)

    # --- pages -----------------------------------------------------------------------

    def _routine_page(self) -> QWidget:
        page = QWidget(self)
        seconds = translate("SettingsDialog", " s", "after a number of seconds")
        self.hold_spin = self._spin(
            "holdSpin", translate("SettingsDialog", "Hold length"), *HOLD_RANGE, seconds
        )
        self.lead_in_spin = self._spin(
            "leadInSpin",
            translate("SettingsDialog", "Get ready time"),
            0,
            int(MAX_LEAD_IN),
            seconds,
        )
        self.switch_spin = self._spin(
            "switchSpin",
            translate("SettingsDialog", "Switch sides time"),
            0,
            int(MAX_LEAD_IN),
            seconds,
        )
        self.stretch_list = QListWidget(page)
        self.stretch_list.setObjectName("stretchList")
        self.stretch_list.setAccessibleName(
            translate("SettingsDialog", "Stretches in the routine, in order")
        )
        self.stretch_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.up_button = QPushButton(translate("SettingsDialog", "Move up"), page)
        self.up_button.setObjectName("moveUpButton")
        self.down_button = QPushButton(translate("SettingsDialog", "Move down"), page)
        self.down_button.setObjectName("moveDownButton")
        self.reset_button = QPushButton(translate("SettingsDialog", "Reset to the handout’s"), page)
        self.reset_button.setObjectName("resetRoutineButton")
        self.reset_button.setToolTip(
            translate("SettingsDialog", "All seven stretches, in the handout’s order, 30 s holds")
        )
        self.routine_note = _note()
        self.routine_note.setText(_routine_hint())
        moves = QVBoxLayout()
        for button in (self.up_button, self.down_button):
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(self.reset_button)
        chooser = QHBoxLayout()
        chooser.addWidget(self.stretch_list, 1)
        chooser.addLayout(moves)
        form = QFormLayout(page)
        form.addRow(translate("SettingsDialog", "Hold each stretch for"), self.hold_spin)
        form.addRow(translate("SettingsDialog", "Get ready before a stretch"), self.lead_in_spin)
        form.addRow(translate("SettingsDialog", "Get ready between sides"), self.switch_spin)
        stretches = QLabel(
            translate("SettingsDialog", "Stretches (tick to include, drag or move to reorder)"),
            page,
        )
        stretches.setObjectName("stretchesLabel")
        stretches.setWordWrap(True)
        form.addRow(stretches)
        form.addRow(chooser)
        form.addRow(self.routine_note)
        return page

    def _reminders_page(self) -> QWidget:
        page = QWidget(self)
        self.remind_box = QCheckBox(translate("SettingsDialog", "Remind me to stretch"), page)
        self.remind_box.setObjectName("remindBox")
        self.fixed_radio = QRadioButton(translate("SettingsDialog", "At these times"), page)
        self.fixed_radio.setObjectName("fixedRadio")
        self.interval_radio = QRadioButton(
            translate("SettingsDialog", "Every few hours while I work"), page
        )
        self.interval_radio.setObjectName("intervalRadio")
        group = QButtonGroup(page)
        group.addButton(self.fixed_radio)
        group.addButton(self.interval_radio)
        self.times_edit = QLineEdit(page)
        self.times_edit.setObjectName("timesEdit")
        self.times_edit.setAccessibleName(translate("SettingsDialog", "Reminder times"))
        self.times_edit.setPlaceholderText(
            "10:30, 13:30, 16:00"
        )  # times, in the form they are read
        self.times_note = _note()
        self.every_spin = self._spin(
            "everySpin",
            translate("SettingsDialog", "Hours between reminders"),
            1,
            8,
            translate("SettingsDialog", " h", "after a number of hours"),
        )
        self.day_start_edit = QTimeEdit(page)
        self.day_start_edit.setObjectName("dayStartEdit")
        self.day_start_edit.setAccessibleName(translate("SettingsDialog", "Working day starts"))
        self.day_end_edit = QTimeEdit(page)
        self.day_end_edit.setObjectName("dayEndEdit")
        self.day_end_edit.setAccessibleName(translate("SettingsDialog", "Working day ends"))
        for edit in (self.day_start_edit, self.day_end_edit):
            edit.setDisplayFormat("HH:mm")
        until = QLabel(translate("SettingsDialog", "to", "from one time to another"), page)
        until.setBuddy(self.day_end_edit)
        hours = QHBoxLayout()
        for widget in (self.day_start_edit, until, self.day_end_edit):
            hours.addWidget(widget)
        hours.addStretch(1)
        days = self._day_row(page)
        self.goal_spin = self._spin(
            "goalSpin",
            translate("SettingsDialog", "Daily goal"),
            *GOAL_RANGE,
            _sessions_suffix(GOAL_RANGE[1]),
        )
        self.quiet_box = QCheckBox(
            translate("SettingsDialog", "No more reminders once the goal is met"), page
        )
        self.quiet_box.setObjectName("quietBox")
        form = QFormLayout(page)
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
        hint = _note()
        hint.setText(translate("SettingsDialog", "The handout: 2–3 times daily."))
        form.addRow(hint)
        return page

    def _day_row(self, page: QWidget) -> QHBoxLayout:
        """A box a weekday, Monday first (as core.reminders counts), named as the
        language in use names them."""
        self.day_boxes: list[QCheckBox] = []
        days = QHBoxLayout()
        locale = QLocale()
        for day in range(1, 8):  # Qt's Monday to Sunday
            box = QCheckBox(locale.standaloneDayName(day, QLocale.FormatType.ShortFormat), page)
            box.setAccessibleName(locale.standaloneDayName(day, QLocale.FormatType.LongFormat))
            self.day_boxes.append(box)
            days.addWidget(box)
        days.addStretch(1)
        return days

    def _general_page(self) -> QWidget:
        page = QWidget(self)
        self.theme_combo = QComboBox(page)
        self.theme_combo.setObjectName("themeCombo")
        self.theme_combo.setAccessibleName(translate("SettingsDialog", "Colours"))
        for key, label in THEME_LABELS.items():
            self.theme_combo.addItem(translate("SettingsDialog", label), key)
        self.language_combo = QComboBox(page)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.setAccessibleName(translate("SettingsDialog", "Language"))
        system = LANGUAGES[system_language()]
        self.language_combo.addItem(
            translate("SettingsDialog", "System default ({language})").format(language=system),
            "system",
        )
        for code, name in LANGUAGES.items():  # each by its own name, never translated
            self.language_combo.addItem(name, code)
        self.language_label = QLabel(translate("SettingsDialog", "Language"), page)
        self.language_label.setBuddy(self.language_combo)
        self.language_note = _note()
        self.language_note.setObjectName("languageNote")
        self.language_note.setText(
            translate(
                "SettingsDialog", "The new language is used from the next time the app starts."
            )
        )
        self.language_note.hide()
        self.login_box = QCheckBox(
            translate("SettingsDialog", "Start when I log in (quietly, in the tray)"), page
        )
        self.login_box.setObjectName("loginBox")
        self.login_note = _note()
        self.login_note.hide()
        form = QFormLayout(page)
        form.addRow(translate("SettingsDialog", "Colours"), self.theme_combo)
        form.addRow(self.language_label, self.language_combo)
        form.addRow(self.language_note)
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
        self._show_goal_suffix(prefs.goal)
        self.quiet_box.setChecked(prefs.quiet_when_goal_met)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(prefs.theme)))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        self._show_language_note()
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
            self.routine_note.setText(translate("SettingsDialog", "Tick at least one stretch."))
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
            language=str(self.language_combo.currentData()),
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
        self.language_combo.currentIndexChanged.connect(self._show_language_note)
        self.language_combo.currentIndexChanged.connect(self._edited)
        self.goal_spin.valueChanged.connect(self._show_goal_suffix)
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
        self.routine_note.setText(_routine_hint())
        self._prefs = prefs
        self.changed.emit(prefs)

    def _show_language_note(self) -> None:
        """Say that a language other than the one in use waits for the next start."""
        chosen = pick(str(self.language_combo.currentData()), QLocale.system().uiLanguages())
        self.language_note.setVisible(chosen != self.current_language)

    def _show_goal_suffix(self, goal: int) -> None:
        self.goal_spin.setSuffix(_sessions_suffix(goal))

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
