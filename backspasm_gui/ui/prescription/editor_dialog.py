"""Make a routine for a patient: the clinician's side of the prescription.

From the handout's seven stretches the clinician ticks the ones to do, puts them in
order, and sets each one's hold, sides, repetitions and note; then how many sessions a
day, the reminder times and a note to show before the first session. The session's
length is shown as it changes. Save writes a ``.stretches`` file to hand to the
patient; Open reads one back to edit it. The stretches' words and pictures stay the
handout's: the file names them by id.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.plan import session_seconds
from backspasm_gui.core.prescription import (
    MAX_HOLD,
    MAX_NAME,
    MAX_NOTE,
    MAX_REPETITIONS,
    MAX_SESSIONS_PER_DAY,
    MIN_HOLD,
    PrescribedStretch,
    Prescription,
    Sides,
    routine_from,
)
from backspasm_gui.core.prescription_file import (
    EXTENSION,
    load_prescription,
    save_prescription,
)
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.timefmt import duration
from backspasm_gui.ui.prescription.reminder_times import read_times, write_times
from backspasm_gui.ui.shared.list_moves import move_current

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


def file_filter() -> str:
    #: The file dialog's filter: keep "(*.stretches)" as it is.
    return translate("PrescriptionEditor", "Stretch prescriptions (*{extension})").format(
        extension=EXTENSION
    )


class PrescriptionEditor(QDialog):
    def __init__(
        self,
        library: Routine,
        parent: QWidget | None = None,
        *,
        lead_in: float = 5.0,
        switch_lead_in: float = 3.0,
    ) -> None:
        """``library``: the handout's routine, the stretches to choose from."""
        super().__init__(parent)
        self.setObjectName("prescriptionEditor")
        title = translate("PrescriptionEditor", "Make a routine for a patient")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._library = library
        self._by_id = {stretch.id: stretch for stretch in library.stretches}
        self._lead_ins = (lead_in, switch_lead_in)
        # Each stretch's choices, kept while it is unticked or another is selected.
        self._choices = {
            stretch.id: PrescribedStretch(stretch.id, max(MIN_HOLD, stretch.seconds))
            for stretch in library.stretches
        }
        self._filling = False
        self.path: Path | None = None  # the file last opened or saved

        self._build_who()
        self._build_stretch_fields()
        self.length_label = QLabel(self)
        self.length_label.setObjectName("prescriptionLength")
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("prescriptionProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setProperty("role", "muted")

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(
            translate("PrescriptionEditor", "Open…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("prescriptionOpen")
        self.save_button = buttons.addButton(
            translate("PrescriptionEditor", "Save…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("prescriptionSave")
        self.save_button.setProperty("primary", True)
        self.save_button.style().polish(self.save_button)  # the box polished it when adding it
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("prescriptionClose")
        for button in (self.open_button, self.save_button, close):
            button.setAccessibleName(button.text().rstrip("…"))

        self._lay_out(buttons)
        self._fill_list(None)
        # Every stretch in sight: there are only a handful.
        rows = self.stretch_list.count()
        self.stretch_list.setMinimumHeight(
            self.stretch_list.sizeHintForRow(0) * rows + 2 * self.stretch_list.frameWidth() + 4
        )
        self._connect(buttons)
        self.stretch_list.setCurrentRow(0)
        self._show_length()
        self.resize(self.sizeHint().expandedTo(QSize(620, 0)))

    # --- building ---------------------------------------------------------------------

    def _build_who(self) -> None:
        """Who, when, how often, and the note before the first session."""
        self.clinician_edit = self._line("clinicianName", MAX_NAME)
        self.patient_edit = self._line("patientName", MAX_NAME)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("prescriptionDate")
        self.date_edit.setCalendarPopup(True)
        #: The prescription's date as shown and typed: a QDate format, as in the report.
        self.date_edit.setDisplayFormat(translate("PrescriptionEditor", "d MMM yyyy"))
        self.sessions_spin = QSpinBox(self)
        self.sessions_spin.setObjectName("sessionsPerDay")
        self.sessions_spin.setRange(1, MAX_SESSIONS_PER_DAY)
        self.sessions_spin.setValue(3)
        self.times_edit = self._line("reminderTimes", 60)
        self.times_edit.setPlaceholderText("08:30, 13:00, 19:00")
        self.times_edit.setToolTip(
            translate("PrescriptionEditor", "Hours and minutes, separated by commas; or none")
        )
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("prescriptionNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def _build_stretch_fields(self) -> None:
        """The stretches in order, and the chosen one's hold, sides, times and note."""
        self.stretch_list = QListWidget(self)
        self.stretch_list.setObjectName("prescribedStretches")
        self.stretch_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.up_button = QPushButton(translate("PrescriptionEditor", "Move up"), self)
        self.up_button.setObjectName("prescriptionUp")
        self.down_button = QPushButton(translate("PrescriptionEditor", "Move down"), self)
        self.down_button.setObjectName("prescriptionDown")

        self.hold_spin = QSpinBox(self)
        self.hold_spin.setObjectName("prescribedHold")
        self.hold_spin.setRange(MIN_HOLD, MAX_HOLD)
        self.hold_spin.setSuffix(translate("PrescriptionEditor", " s", "after seconds"))
        self.sides_box = QComboBox(self)
        self.sides_box.setObjectName("prescribedSides")
        for sides, words in (
            (Sides.BOTH, translate("PrescriptionEditor", "Both sides")),
            (Sides.LEFT, translate("PrescriptionEditor", "Left side only")),
            (Sides.RIGHT, translate("PrescriptionEditor", "Right side only")),
        ):
            self.sides_box.addItem(words, sides)
        self.repetitions_spin = QSpinBox(self)
        self.repetitions_spin.setObjectName("prescribedRepetitions")
        self.repetitions_spin.setRange(1, MAX_REPETITIONS)
        self.stretch_note_edit = self._line("prescribedStretchNote", MAX_NOTE)

    def _line(self, name: str, most: int) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setMaxLength(most)
        return edit

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        who = QFormLayout()
        who.addRow(translate("PrescriptionEditor", "&Clinician:"), self.clinician_edit)
        who.addRow(translate("PrescriptionEditor", "&Patient:"), self.patient_edit)
        who.addRow(translate("PrescriptionEditor", "&Date:"), self.date_edit)
        who.addRow(translate("PrescriptionEditor", "Sessions a &day:"), self.sessions_spin)
        who.addRow(translate("PrescriptionEditor", "&Reminder times:"), self.times_edit)
        note_label = QLabel(translate("PrescriptionEditor", "&Note before the first session:"))
        note_label.setBuddy(self.note_edit)
        who.addRow(note_label)
        who.addRow(self.note_edit)

        moves = QVBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        chooser = QHBoxLayout()
        chooser.addWidget(self.stretch_list, 1)
        chooser.addLayout(moves)
        detail = QFormLayout()
        detail.addRow(translate("PrescriptionEditor", "&Hold each time:"), self.hold_spin)
        detail.addRow(translate("PrescriptionEditor", "S&ides:"), self.sides_box)
        detail.addRow(translate("PrescriptionEditor", "&Times in a row:"), self.repetitions_spin)
        detail.addRow(translate("PrescriptionEditor", "N&ote:"), self.stretch_note_edit)
        self.detail_box = QGroupBox(self)
        self.detail_box.setLayout(detail)
        stretches = QGroupBox(
            translate("PrescriptionEditor", "Stretches (tick to include, drag or move to reorder)"),
            self,
        )
        inside = QVBoxLayout(stretches)
        inside.addLayout(chooser)
        inside.addWidget(self.detail_box)

        layout = QVBoxLayout(self)
        layout.addLayout(who)
        layout.addWidget(stretches, 1)
        layout.addWidget(self.length_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        for edit, name in (
            (self.clinician_edit, translate("PrescriptionEditor", "Clinician")),
            (self.patient_edit, translate("PrescriptionEditor", "Patient")),
            (self.date_edit, translate("PrescriptionEditor", "Date")),
            (self.sessions_spin, translate("PrescriptionEditor", "Sessions a day")),
            (self.times_edit, translate("PrescriptionEditor", "Reminder times")),
            (self.note_edit, translate("PrescriptionEditor", "Note before the first session")),
            (self.stretch_list, translate("PrescriptionEditor", "Stretches, in order")),
            (self.hold_spin, translate("PrescriptionEditor", "Hold each time")),
            (self.sides_box, translate("PrescriptionEditor", "Sides")),
            (self.repetitions_spin, translate("PrescriptionEditor", "Times in a row")),
            (self.stretch_note_edit, translate("PrescriptionEditor", "Note on this stretch")),
        ):
            edit.setAccessibleName(name)

    def _connect(self, buttons: QDialogButtonBox) -> None:
        self.stretch_list.currentItemChanged.connect(lambda *_: self._show_choices())
        self.stretch_list.itemChanged.connect(lambda *_: self._show_length())
        self.stretch_list.model().rowsMoved.connect(lambda *_: self._show_length())
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        for spin in (self.hold_spin, self.repetitions_spin):
            spin.valueChanged.connect(lambda *_: self._take_choices())
        self.sides_box.currentIndexChanged.connect(lambda *_: self._take_choices())
        self.stretch_note_edit.textEdited.connect(lambda *_: self._take_choices())
        self.times_edit.textEdited.connect(lambda *_: self._show_length())
        self.open_button.clicked.connect(self.open_file)
        self.save_button.clicked.connect(self.save_file)
        buttons.rejected.connect(self.reject)

    # --- the stretches ------------------------------------------------------------------

    def _fill_list(self, chosen: list[str] | None) -> None:
        """The library's stretches, ``chosen`` ticked and first in their order (None:
        all of them, as the handout has them)."""
        self._filling = True
        self.stretch_list.clear()
        order = chosen if chosen is not None else list(self._by_id)
        for stretch_id in order + [i for i in self._by_id if i not in order]:
            item = QListWidgetItem(self._by_id[stretch_id].name)
            item.setData(ID_ROLE, stretch_id)
            item.setFlags(
                (item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsDropEnabled
            )
            ticked = stretch_id in order
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.stretch_list.addItem(item)
        self._filling = False

    def _current_id(self) -> str | None:
        item = self.stretch_list.currentItem()
        return None if item is None else str(item.data(ID_ROLE))

    def _show_choices(self) -> None:
        stretch_id = self._current_id()
        self.detail_box.setEnabled(stretch_id is not None)
        if stretch_id is None:
            return
        choice = self._choices[stretch_id]
        self._filling = True
        self.detail_box.setTitle(self._by_id[stretch_id].name)
        self.hold_spin.setValue(choice.seconds)
        two_sided = len(self._by_id[stretch_id].sides) == 2
        self.sides_box.setEnabled(two_sided)
        self.sides_box.setCurrentIndex(self.sides_box.findData(choice.sides))
        self.repetitions_spin.setValue(choice.repetitions)
        self.stretch_note_edit.setText(choice.note)
        self._filling = False

    def _take_choices(self) -> None:
        stretch_id = self._current_id()
        if self._filling or stretch_id is None:
            return
        self._choices[stretch_id] = replace(
            self._choices[stretch_id],
            seconds=self.hold_spin.value(),
            sides=self.sides_box.currentData() if self.sides_box.isEnabled() else Sides.BOTH,
            repetitions=self.repetitions_spin.value(),
            note=self.stretch_note_edit.text().strip(),
        )
        self._show_length()

    def _move(self, step: int) -> None:
        if move_current(self.stretch_list, step):
            self._show_length()

    def _ticked(self) -> list[str]:
        items = (self.stretch_list.item(row) for row in range(self.stretch_list.count()))
        return [
            str(item.data(ID_ROLE))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    # --- the whole prescription --------------------------------------------------------

    def prescription(self) -> Prescription:
        """What the dialog holds; ValueError with one sentence if it cannot be one."""
        ticked = self._ticked()
        if not ticked:
            raise ValueError(translate("PrescriptionEditor", "Tick at least one stretch."))
        times = read_times(self.times_edit.text())
        if times is None:
            raise ValueError(
                translate(
                    "PrescriptionEditor",
                    "Write the reminder times as hours and minutes, such as 08:30, 13:00.",
                )
            )
        day = self.date_edit.date()
        return Prescription(
            stretches=tuple(self._choices[i] for i in ticked),
            sessions_per_day=self.sessions_spin.value(),
            reminders=times,
            clinician=self.clinician_edit.text().strip(),
            patient=self.patient_edit.text().strip(),
            date=date(day.year(), day.month(), day.day()),
            note=self.note_edit.toPlainText().strip()[:MAX_NOTE],
        )

    def show_prescription(self, prescription: Prescription) -> None:
        """Fill the dialog from ``prescription`` (a file opened to edit)."""
        for stretch in prescription.stretches:
            self._choices[stretch.id] = stretch
        self.clinician_edit.setText(prescription.clinician)
        self.patient_edit.setText(prescription.patient)
        if prescription.date is not None:
            day = prescription.date
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.sessions_spin.setValue(prescription.sessions_per_day)
        self.times_edit.setText(write_times(prescription.reminders))
        self.note_edit.setPlainText(prescription.note)
        self._fill_list([stretch.id for stretch in prescription.stretches])
        self.stretch_list.setCurrentRow(0)
        self._show_choices()
        self._show_length()

    def _show_length(self) -> None:
        if self._filling:
            return
        try:
            routine = routine_from(self.prescription(), self._library)
        except ValueError as exc:
            self.problem_label.setText(str(exc))
            self.length_label.clear()
            self.save_button.setEnabled(False)
            return
        lead_in, switch = self._lead_ins
        seconds = session_seconds(routine, lead_in=lead_in, switch_lead_in=switch)
        self.length_label.setText(
            translate(
                "PrescriptionEditor", "{holds} holds; each session takes about {time}."
            ).format(holds=len(routine.steps), time=duration(round(seconds)))
        )
        self.problem_label.clear()
        self.save_button.setEnabled(True)

    # --- files -------------------------------------------------------------------------

    def open_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            translate("PrescriptionEditor", "Open a prescription"),
            str(self.path.parent if self.path else Path.home()),
            file_filter(),
        )
        if chosen:
            self.open_path(Path(chosen))

    def open_path(self, path: Path) -> bool:
        """Read ``path`` into the dialog; a file that cannot be read is said in one
        sentence and changes nothing."""
        try:
            prescription = load_prescription(path, self._library)
        except ContentError as exc:
            self.problem_label.setText(str(exc))
            return False
        self.path = path
        self.show_prescription(prescription)
        self.problem_label.setText(
            translate("PrescriptionEditor", "Opened {file}.").format(file=path.name)
        )
        return True

    def save_file(self) -> None:
        suggested = self.path or Path.home() / self._suggested_name()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("PrescriptionEditor", "Save the prescription"),
            str(suggested),
            file_filter(),
        )
        if chosen:
            self.save_path(Path(chosen))

    def save_path(self, path: Path) -> bool:
        if path.suffix != EXTENSION:
            path = path.with_name(path.name + EXTENSION)
        try:
            prescription = self.prescription()
            save_prescription(prescription, path)
        except ValueError as exc:
            self.problem_label.setText(str(exc))
            return False
        except OSError as exc:
            log.warning("could not save %s", path, exc_info=True)
            self.problem_label.setText(
                translate("PrescriptionEditor", "Could not save {file} ({reason}).").format(
                    file=path.name, reason=exc.strerror or exc
                )
            )
            return False
        self.path = path
        self.problem_label.setText(
            translate("PrescriptionEditor", "Saved {file}: give it to your patient.").format(
                file=path.name
            )
        )
        return True

    def _suggested_name(self) -> str:
        patient = self.patient_edit.text().strip()
        #: The file name offered when saving; {patient} may be empty.
        name = (
            translate("PrescriptionEditor", "Stretches for {patient}")
            if patient
            else (translate("PrescriptionEditor", "Stretches"))
        )
        safe = "".join(ch for ch in name.format(patient=patient) if ch not in '/\\:*?"<>|')
        return safe + EXTENSION
