"""Settings → Routine: how long each stretch is held, the get-ready times, and which
stretches the routine has, in which order.

The stretches are the routine file's own; the person ticks the ones to do and drags
them (or moves them with the buttons, from the keyboard) into their order. At least
one must stay ticked: with none, a note says so and nothing is applied.
"""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import Routine, Side
from backspasm_gui.storage.settings import HOLD_RANGE, MAX_LEAD_IN, Prefs, RoutinePrefs
from backspasm_gui.ui.settings.fields import note, spin
from backspasm_gui.ui.shared.list_moves import move_current


def prescribed_html(routine: Routine) -> str:
    """The clinician's stretches in order, each with its side (when only one) and its
    timing as the session says it ("Knee to Chest, right side: Hold for 20 seconds.")."""
    lines = []
    for stretch in routine.stretches:
        name = stretch.name
        if stretch.sides == (Side.LEFT,):  # the clinician asked for one side only
            name = translate("Routine", "{stretch}, left side").format(stretch=name)
        elif stretch.sides == (Side.RIGHT,):
            name = translate("Routine", "{stretch}, right side").format(stretch=name)
        lines.append(f"<li><b>{html.escape(name)}</b>: {html.escape(stretch.timing)}</li>")
    return f"<ol style='margin-left: 0px; -qt-list-indent: 1'>{''.join(lines)}</ol>"


def _routine_hint() -> str:
    return translate(
        "SettingsDialog",
        "The handout: hold each stretch 30 seconds. Other stretches or another order "
        "start with the next session; a new hold length with the next hold.",
    )


class RoutinePage(QWidget):
    edited = Signal()  # after every edit the person makes here
    openPrescriptionRequested = Signal()  # "Open a prescription…"
    handoutRequested = Signal()  # "Use the handout's routine"
    editorRequested = Signal()  # "Make a routine for a patient…"

    def __init__(self, routine: Routine, parent: QWidget) -> None:
        """``routine``: the routine file's own, the stretches to choose from."""
        super().__init__(parent)
        self._routine = routine
        seconds = translate("SettingsDialog", " s", "after a number of seconds")
        self.hold_spin = spin(
            parent, "holdSpin", translate("SettingsDialog", "Hold length"), HOLD_RANGE, seconds
        )
        self.lead_in_spin = spin(
            parent,
            "leadInSpin",
            translate("SettingsDialog", "Get ready time"),
            (0, int(MAX_LEAD_IN)),
            seconds,
        )
        self.switch_spin = spin(
            parent,
            "switchSpin",
            translate("SettingsDialog", "Switch sides time"),
            (0, int(MAX_LEAD_IN)),
            seconds,
        )
        self.stretch_list = QListWidget(self)
        self.stretch_list.setObjectName("stretchList")
        self.stretch_list.setAccessibleName(
            translate("SettingsDialog", "Stretches in the routine, in order")
        )
        self.stretch_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.up_button = QPushButton(translate("SettingsDialog", "Move up"), self)
        self.up_button.setObjectName("moveUpButton")
        self.down_button = QPushButton(translate("SettingsDialog", "Move down"), self)
        self.down_button.setObjectName("moveDownButton")
        self.reset_button = QPushButton(translate("SettingsDialog", "Reset to the handout’s"), self)
        self.reset_button.setObjectName("resetRoutineButton")
        self.reset_button.setToolTip(
            translate("SettingsDialog", "All seven stretches, in the handout’s order, 30 s holds")
        )
        self.routine_note = note()
        self.routine_note.setText(_routine_hint())
        self._build_whose()
        self._lay_out()
        for box in (self.hold_spin, self.lead_in_spin, self.switch_spin):
            box.valueChanged.connect(self.edited)
        self.stretch_list.itemChanged.connect(self.edited)
        self.stretch_list.model().rowsMoved.connect(self.edited)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.reset_button.clicked.connect(self.reset_routine)
        self.show_prescribed(None)

    def _lay_out(self) -> None:
        moves = QVBoxLayout()
        for button in (self.up_button, self.down_button):
            moves.addWidget(button)
        moves.addStretch(1)
        moves.addWidget(self.reset_button)
        chooser = QHBoxLayout()
        chooser.addWidget(self.stretch_list, 1)
        chooser.addLayout(moves)
        form = QFormLayout(self)
        whose = QHBoxLayout()
        for button in (self.open_button, self.handout_button, self.editor_button):
            whose.addWidget(button)
        whose.addStretch(1)
        form.addRow(self.whose_label)
        form.addRow(whose)
        form.addRow(translate("SettingsDialog", "Hold each stretch for"), self.hold_spin)
        form.addRow(translate("SettingsDialog", "Get ready before a stretch"), self.lead_in_spin)
        form.addRow(translate("SettingsDialog", "Get ready between sides"), self.switch_spin)
        stretches = QLabel(
            translate("SettingsDialog", "Stretches (tick to include, drag or move to reorder)"),
            self,
        )
        stretches.setObjectName("stretchesLabel")
        stretches.setWordWrap(True)
        form.addRow(stretches)
        form.addRow(chooser)
        # In their place while the clinician's routine is followed: its stretches as
        # prescribed, to read (they are changed by a new prescription, not here).
        self.prescribed_label = QLabel(self)
        self.prescribed_label.setObjectName("prescribedStretches")
        self.prescribed_label.setWordWrap(True)
        self.prescribed_label.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.prescribed_label)
        form.addRow(self.routine_note)
        self._form, self._stretches_label, self._chooser = form, stretches, chooser

    def _build_whose(self) -> None:
        """Whose routine is followed, and the buttons to change that."""
        self._prescribed = False
        self.whose_label = QLabel(self)
        self.whose_label.setObjectName("whoseRoutine")
        self.whose_label.setWordWrap(True)
        self.open_button = QPushButton(translate("SettingsDialog", "Open a prescription…"), self)
        self.open_button.setObjectName("openPrescription")
        self.handout_button = QPushButton(
            translate("SettingsDialog", "Use the handout’s routine"), self
        )
        self.handout_button.setObjectName("useHandout")
        self.editor_button = QPushButton(
            translate("SettingsDialog", "Make a routine for a patient…"), self
        )
        self.editor_button.setObjectName("makePrescription")
        for button in (self.open_button, self.handout_button, self.editor_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.open_button.clicked.connect(self.openPrescriptionRequested)
        self.handout_button.clicked.connect(self.handoutRequested)
        self.editor_button.clicked.connect(self.editorRequested)

    def fit_list(self) -> None:
        """The list as wide as its longest stretch's name, never scrolled sideways."""
        view = self.stretch_list
        view.ensurePolished()
        scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = view.sizeHintForColumn(0) + 2 * view.frameWidth() + scroll_bar + 4
        view.setMinimumWidth(width)

    def show_prefs(self, prefs: Prefs) -> None:
        routine = prefs.routine
        self.hold_spin.setValue(routine.hold_seconds or self._routine.stretches[0].seconds)
        self.lead_in_spin.setValue(round(routine.lead_in))
        self.switch_spin.setValue(round(routine.switch_lead_in))
        self._fill_stretches(routine.order)

    def show_prescribed(self, described: str | None, routine: Routine | None = None) -> None:
        """Whose routine is followed: ``described`` names the clinician's prescription
        and ``routine`` is the one it makes (its holds and stretches are then theirs,
        listed, not chosen here); None: the handout's."""
        self._prescribed = described is not None
        form = self._form
        form.setRowVisible(self.hold_spin, not self._prescribed)
        form.setRowVisible(self._stretches_label, not self._prescribed)
        form.setRowVisible(self._chooser, not self._prescribed)
        form.setRowVisible(self.prescribed_label, routine is not None)
        self.prescribed_label.setText("" if routine is None else prescribed_html(routine))
        if described is None:
            self.whose_label.setText(
                translate("SettingsDialog", "You follow the handout’s routine.")
            )
        else:
            self.whose_label.setText(described)
        self.handout_button.setVisible(self._prescribed)
        for field in (self.hold_spin, self.stretch_list, self.up_button, self.down_button):
            field.setEnabled(not self._prescribed)
        self.reset_button.setEnabled(not self._prescribed)
        self.routine_note.setText(
            translate(
                "SettingsDialog",
                "Your clinician chose these stretches and holds; to choose your own, use "
                "the handout’s routine.",
            )
            if self._prescribed
            else _routine_hint()
        )

    def show_hint(self) -> None:
        """The handout's advice again, once a choice has been taken."""
        if not self._prescribed:
            self.routine_note.setText(_routine_hint())

    def read(self, prefs: Prefs) -> Prefs | None:
        """``prefs`` with this page's routine, or None (saying why) with no stretch ticked."""
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
        return replace(prefs, routine=routine)

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
        """The ticked stretches in their order; None for the routine file's own."""
        items = [self.stretch_list.item(row) for row in range(self.stretch_list.count())]
        ids = tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )
        return None if ids == tuple(s.id for s in self._routine.stretches) else ids

    def _move(self, step: int) -> None:
        if move_current(self.stretch_list, step):
            self.edited.emit()

    def reset_routine(self) -> None:
        """Back to the handout's: every stretch in its order, its hold length; one edit."""
        self.blockSignals(True)  # filling the list is not an edit of each stretch
        self.hold_spin.setValue(self._routine.stretches[0].seconds)
        self._fill_stretches(None)
        self.blockSignals(False)
        self.edited.emit()
