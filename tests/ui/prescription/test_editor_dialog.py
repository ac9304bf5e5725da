"""The clinician's "Make a routine for a patient" dialog, used as a clinician would:
tick and order the stretches, set holds, sides, times in a row and notes, see the
session's length, save the file; open it again to edit it."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from backspasm_gui.core.prescription import PrescribedStretch, Sides
from backspasm_gui.core.prescription_file import load_prescription
from backspasm_gui.core.routine import Routine
from backspasm_gui.ui.prescription.editor_dialog import ID_ROLE, PrescriptionEditor

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "docs" / "example.stretches"


@pytest.fixture
def editor(qtbot: QtBot, routine: Routine) -> PrescriptionEditor:
    dialog = PrescriptionEditor(routine)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select(editor: PrescriptionEditor, stretch_id: str) -> None:
    for row in range(editor.stretch_list.count()):
        item = editor.stretch_list.item(row)
        if item.data(ID_ROLE) == stretch_id:
            editor.stretch_list.setCurrentRow(row)
            return
    raise AssertionError(stretch_id)


def tick(editor: PrescriptionEditor, stretch_id: str, *, on: bool) -> None:
    select(editor, stretch_id)
    state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
    editor.stretch_list.currentItem().setCheckState(state)


def save_as(monkeypatch: pytest.MonkeyPatch, editor: PrescriptionEditor, path: Path) -> None:
    """Press Save… and choose ``path`` in the file dialog."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    editor.save_button.click()


def test_written_with_the_dialog_and_read_back_it_is_the_same(
    qtbot: QtBot,
    editor: PrescriptionEditor,
    routine: Routine,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    qtbot.keyClicks(editor.clinician_edit, "Dr. Ana Ruiz")
    qtbot.keyClicks(editor.patient_edit, "Sam Lee")
    editor.date_edit.setDate(QDate(2026, 12, 1))
    editor.sessions_spin.setValue(2)
    qtbot.keyClicks(editor.times_edit, "08:30, 19:00")
    qtbot.keyClicks(editor.note_edit, "Start gently.")
    tick(editor, "gluteal-stretch", on=False)  # after a hip replacement
    select(editor, "cat-cow")
    editor.hold_spin.setValue(60)
    editor.repetitions_spin.setValue(2)
    select(editor, "knee-to-chest")
    editor.hold_spin.setValue(20)
    editor.sides_box.setCurrentIndex(editor.sides_box.findData(Sides.RIGHT))
    qtbot.keyClicks(editor.stretch_note_edit, "Stop if the pain goes down your leg.")
    select(editor, "childs-pose")
    editor.up_button.click()  # above Pigeon, left out
    editor.up_button.click()  # and before the hamstring stretch

    save_as(monkeypatch, editor, tmp_path / "sam")
    saved = tmp_path / "sam.stretches"  # the extension added
    assert editor.problem_label.text() == "Saved sam.stretches: give it to your patient."
    read = load_prescription(saved, routine)
    assert read == editor.prescription()
    assert (read.clinician, read.patient, read.date) == (
        "Dr. Ana Ruiz",
        "Sam Lee",
        date(2026, 12, 1),
    )
    assert read.sessions_per_day == 2
    assert read.reminders == (time(8, 30), time(19, 0))
    assert read.note == "Start gently."
    ids = [s.id for s in read.stretches]
    assert ids == [
        "cat-cow",
        "back-extension",
        "knee-to-chest",
        "lying-trunk-rotation",
        "childs-pose",
        "seated-hamstring-stretch",
    ]
    assert read.stretches[0] == PrescribedStretch("cat-cow", 60, repetitions=2)
    assert read.stretches[2] == PrescribedStretch(
        "knee-to-chest", 20, Sides.RIGHT, note="Stop if the pain goes down your leg."
    )

    # Opened again to edit and saved unchanged: the very same file.
    again = PrescriptionEditor(routine)
    qtbot.addWidget(again)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(saved), ""))
    again.open_button.click()
    assert again.prescription() == read
    assert again.clinician_edit.text() == "Dr. Ana Ruiz"
    save_as(monkeypatch, again, tmp_path / "copy.stretches")
    assert (tmp_path / "copy.stretches").read_bytes() == saved.read_bytes()


def test_the_example_in_the_docs_opens_and_saves_unchanged(
    editor: PrescriptionEditor, routine: Routine, tmp_path: Path
) -> None:
    assert editor.open_path(EXAMPLE)
    assert editor.save_path(tmp_path / "example.stretches")
    assert load_prescription(tmp_path / "example.stretches", routine) == load_prescription(
        EXAMPLE, routine
    )


def test_the_session_length_follows_the_holds(editor: PrescriptionEditor) -> None:
    before = editor.length_label.text()
    assert before.startswith("11 holds; each session takes about ")
    select(editor, "cat-cow")
    editor.repetitions_spin.setValue(3)
    editor.hold_spin.setValue(120)
    after = editor.length_label.text()
    assert after.startswith("13 holds; each session takes about ")
    assert after != before


def test_nothing_ticked_cannot_be_saved_and_says_why(editor: PrescriptionEditor) -> None:
    for stretch in list(editor._by_id):
        tick(editor, stretch, on=False)
    assert not editor.save_button.isEnabled()
    assert editor.problem_label.text() == "Tick at least one stretch."
    tick(editor, "cat-cow", on=True)
    assert editor.save_button.isEnabled()


def test_reminder_times_that_are_not_times_are_said(
    qtbot: QtBot, editor: PrescriptionEditor
) -> None:
    qtbot.keyClicks(editor.times_edit, "after lunch")
    assert not editor.save_button.isEnabled()
    assert "such as 08:30, 13:00" in editor.problem_label.text()


def test_a_bad_file_opened_to_edit_is_one_sentence_and_changes_nothing(
    qtbot: QtBot, editor: PrescriptionEditor, tmp_path: Path
) -> None:
    qtbot.keyClicks(editor.clinician_edit, "Dr. Ana Ruiz")
    bad = tmp_path / "bad.stretches"
    bad.write_bytes(
        b'schema = 1\nsessions_per_day = 2\n[[stretch]]\nid = "handstand"\nseconds = 30\n'
    )
    before = editor.prescription()
    assert not editor.open_path(bad)
    said = editor.problem_label.text()
    assert "bad.stretches" in said
    assert "line 4" in said
    assert "\n" not in said
    assert editor.prescription() == before
    assert editor.path is None
