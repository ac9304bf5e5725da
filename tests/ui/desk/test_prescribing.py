"""A prescription from the clinician: shown, accepted or not, given back; bad files
change nothing. Driven through the desk as the app wires it."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from datetime import time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.prescription import routine_from
from backspasm_gui.core.prescription_file import load_prescription
from backspasm_gui.core.reminders import ReminderPlan
from backspasm_gui.core.routine import Routine
from backspasm_gui.storage.history_db import HistoryDB
from backspasm_gui.storage.prescription_store import PrescriptionStore
from backspasm_gui.storage.settings import Prefs
from backspasm_gui.ui.desk.desk import Desk
from backspasm_gui.ui.prescription.accept_dialog import AcceptDialog
from backspasm_gui.ui.progress.history_keeper import HistoryKeeper
from backspasm_gui.ui.session.main_window import MainWindow
from tests.ui.conftest import Passing
from tests.ui.desk.test_desk import BERLIN, FakeAutostart, FakeNotifier, Wall
from tests.ui.progress.test_history_keeper import MORNING, finish

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "docs" / "example.stretches"


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def store(tmp_path: Path, settings: QSettings) -> PrescriptionStore:
    return PrescriptionStore(tmp_path / "data", settings)


@pytest.fixture
def before() -> Prefs:
    return Prefs(goal=3, reminders=ReminderPlan(times=(time(10, 0), time(15, 0))))


MakeDesk = Callable[..., Desk]


@pytest.fixture
def make_desk(
    window: MainWindow,
    routine: Routine,
    settings: QSettings,
    store: PrescriptionStore,
    before: Prefs,
) -> MakeDesk:
    """The desk as the app wires it, with the history the test gives it (``today``)."""

    def make(today: HistoryKeeper | None = None) -> Desk:
        made = Desk(
            window,
            routine,
            before,
            settings,
            autostart=FakeAutostart(),
            tray=None,
            clock=Wall(),
            tz=BERLIN,
            store=store,
            today=today,
        )
        made.use_notifier(FakeNotifier())
        return made

    return make


@pytest.fixture
def desk(make_desk: MakeDesk) -> Desk:
    return make_desk()


class Answer(list[AcceptDialog]):
    """The acceptance views shown, and how the next one is answered."""

    accept = True


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Answer:
    """The acceptance view answers as the test says ("use" or "not now"), after the
    test has looked at it; each one shown is kept for the test to read."""
    shown = Answer()

    def exec_(dialog: AcceptDialog) -> int:
        shown.append(dialog)
        accepted = QDialog.DialogCode.Accepted if shown.accept else QDialog.DialogCode.Rejected
        return int(accepted.value)

    monkeypatch.setattr(AcceptDialog, "exec", exec_)
    return shown


def test_opening_shows_who_what_changes_and_how_long_before_anything_changes(
    desk: Desk, answer: Answer
) -> None:
    answer.accept = False
    handout = desk.driver.session.routine
    assert desk.prescribing.open(EXAMPLE) is False
    [dialog] = answer
    assert dialog.heading.text() == "Prescribed by Dr. Ana Ruiz on 2026-03-14."
    assert dialog.patient.text() == "For Sam Lee."
    assert "• Left out: Gluteal Stretch (Pigeon Pose)." in dialog.changes.text().splitlines()
    assert "Each session takes" in dialog.how.text()
    assert "Stop if the pain goes down your leg." in dialog.stretch_notes.text()
    assert dialog.not_now_button.isDefault()  # Enter by accident changes nothing
    # "Not now": nothing changed, nothing kept.
    assert desk.driver.session.routine is handout
    assert desk.prescribing.active is None
    assert not desk.prescribing.store.path.exists()  # type: ignore[union-attr]


def test_accepting_makes_it_the_routine_and_sets_goal_and_reminders(
    desk: Desk, answer: Answer, store: PrescriptionStore
) -> None:
    assert desk.prescribing.open(EXAMPLE) is True
    routine = desk.driver.session.routine
    assert [s.id for s in routine.stretches] == [
        "cat-cow",
        "knee-to-chest",
        "back-extension",
        "lying-trunk-rotation",
        "seated-hamstring-stretch",
        "childs-pose",
    ]
    assert routine.title == "Prescribed by Dr. Ana Ruiz, 2026-03-14"
    assert routine.stretches[0].seconds == 60
    assert [step.title for step in routine.steps[:2]] == ["Cat Cow, 1 of 2", "Cat Cow, 2 of 2"]
    assert desk.prefs.goal == 2
    assert desk.prefs.reminders.times == (time(8, 30), time(19, 0))
    assert load_prescription(store.path, desk.routine_file) == desk.prescribing.active
    if os.name == "posix":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600  # health data: theirs alone
    assert "Your clinician's routine is now your routine." in desk.window.notice.lines
    assert any(
        line.startswith("From your clinician: Start gently") for line in desk.window.notice.lines
    ), desk.window.notice.lines


def test_the_handout_is_one_click_away_and_going_back_restores_goal_and_reminders(
    desk: Desk, answer: Answer, store: PrescriptionStore, before: Prefs
) -> None:
    handout_ids = [s.id for s in desk.driver.session.routine.stretches]
    desk.prescribing.open(EXAMPLE)
    desk.prescribing.use_handout()
    assert [s.id for s in desk.driver.session.routine.stretches] == handout_ids
    assert desk.prefs.goal == before.goal
    assert desk.prefs.reminders == before.reminders
    assert not store.path.exists()
    assert desk.prescribing.active is None


def test_the_accepted_prescription_is_there_at_the_next_start(
    desk: Desk, answer: Answer, store: PrescriptionStore, routine: Routine
) -> None:
    desk.prescribing.open(EXAMPLE)
    accepted, problem = PrescriptionStore(store.path.parent, QSettings()).load(routine)
    assert problem == ""
    assert accepted == desk.prescribing.active


HEAD = b"schema = 1\nsessions_per_day = 2\n[[stretch]]\n"
BAD = {
    "not a prescription": b"hello, this is a letter\n",
    "a picture renamed": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "a newer version": HEAD.replace(b"schema = 1", b"schema = 2")
    + b'id = "cat-cow"\nseconds = 30\n',
    "an unknown stretch": HEAD + b'id = "handstand"\nseconds = 30\n',
    "a hold of 0": HEAD + b'id = "cat-cow"\nseconds = 0\n',
    "a hold of 3 hours": HEAD + b'id = "cat-cow"\nseconds = 10800\n',
    "not UTF-8": HEAD + b'id = "cat-cow"\nseconds = 30\nnote = "\xff\xfe"\n',
}


@pytest.mark.parametrize("kind", list(BAD))
def test_a_bad_file_is_one_sentence_and_changes_nothing(
    desk: Desk, answer: Answer, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "from-the-clinic.stretches"
    path.write_bytes(BAD[kind])
    routine, prefs = desk.driver.session.routine, desk.prefs
    assert desk.prescribing.open(path) is False
    assert answer == []  # never shown for acceptance
    [said] = [line for line in desk.window.notice.lines if "could not be opened" in line]
    assert said.startswith("This prescription could not be opened, so nothing changed: ")
    assert "from-the-clinic.stretches" in said
    assert "\n" not in said
    assert desk.driver.session.routine is routine
    assert desk.prefs == prefs


def test_a_note_on_a_stretch_is_shown_with_it_in_the_session(desk: Desk, answer: Answer) -> None:
    desk.prescribing.open(EXAMPLE)
    view = desk.window.stretch_view
    assert (view.name_label.text(), view.side_label.text()) == ("Cat Cow", "Time 1 of 2")
    desk.driver.next()
    assert view.side_label.text() == "Time 2 of 2"  # twice, as prescribed: which time it is
    assert view.note_label.isHidden()
    desk.driver.next()  # Knee to Chest, the prescription's second stretch
    assert view.name_label.text() == "Knee to Chest"
    assert view.side_label.text() == "Right side"  # the clinician's one side
    assert not view.note_label.isHidden()
    assert "Stop if the pain goes down your leg." in view.note_label.text()


def test_settings_says_whose_routine_and_offers_the_handout_back(
    qtbot: QtBot, desk: Desk, answer: Answer
) -> None:
    desk.show_settings()
    page = desk.dialog.routine_page  # type: ignore[union-attr]
    assert page.whose_label.text() == "You follow the handout’s routine."
    assert page.handout_button.isHidden()
    desk.prescribing.open(EXAMPLE)
    assert page.whose_label.text() == (
        "You follow your clinician’s routine: Prescribed by Dr. Ana Ruiz, 2026-03-14."
    )
    assert not page.handout_button.isHidden()
    # The clinician's stretches and holds, to read, in place of the handout's choices.
    assert not page.hold_spin.isVisible()
    assert not page.stretch_list.isVisible()
    assert page.prescribed_label.isVisible()
    listed = page.prescribed_label.text()
    assert "<b>Knee to Chest, right side</b>: Hold for 20 seconds." in listed
    assert "Pigeon" not in listed  # left out by the clinician
    assert listed.index("Cat Cow") < listed.index("Knee to Chest")
    page.handout_button.click()
    assert desk.prescribing.active is None
    assert page.hold_spin.isVisible()
    assert page.stretch_list.isVisible()
    assert not page.prescribed_label.isVisible()
    desk.dialog.close()  # type: ignore[union-attr]


@pytest.fixture
def kept(
    tmp_path: Path, window: MainWindow, routine: Routine, clock: ManualClock
) -> Iterator[HistoryKeeper]:
    """The history as the app keeps it, in a real database."""
    db, problem = HistoryDB.open(tmp_path / "history.sqlite3")
    assert problem == ""
    start = clock()
    yield HistoryKeeper(
        window, db, routine, goal=3, now=lambda: MORNING + timedelta(seconds=clock() - start)
    )
    db.close()


def test_accepting_then_going_back_keeps_every_session_with_the_routine_it_followed(
    make_desk: MakeDesk, routine: Routine, answer: Answer, kept: HistoryKeeper, elapse: Passing
) -> None:
    desk = make_desk(today=kept)
    finish(desk.driver, elapse)  # a session of the handout's routine
    assert desk.prescribing.open(EXAMPLE)
    assert kept.prescribed is not None  # the report will name it
    assert kept.prescribed.sessions_per_day == 2
    desk.driver.toggle()  # Start again: the next session is the clinician's
    assert kept.prescribed.title == desk.driver.session.routine.title
    finish(desk.driver, elapse)
    desk.prescribing.use_handout()
    assert kept.prescribed is None
    desk.driver.toggle()
    finish(desk.driver, elapse)  # the handout's again
    records = kept.store.records()
    assert [r.routine for r in records] == [
        routine.title,
        "Prescribed by Dr. Ana Ruiz, 2026-03-14",
        routine.title,
    ]
    assert all(r.finished for r in records)
    assert records[1].holds_done == len(
        routine_from(load_prescription(EXAMPLE, routine), routine).steps
    )
