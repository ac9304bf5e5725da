"""The prescription: the routine it makes from the library, and its file written so that
it reads back as it was, whole or not at all, for its owner's eyes only."""

from __future__ import annotations

import os
import stat
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backspasm_gui.core.prescription import (
    MAX_HOLD,
    MAX_NAME,
    MAX_NOTE,
    MAX_REMINDERS,
    MAX_REPETITIONS,
    MAX_SESSIONS_PER_DAY,
    MIN_HOLD,
    PrescribedStretch,
    Prescription,
    Sides,
    routine_from,
)
from backspasm_gui.core.prescription_file import (
    MAX_BYTES,
    dumps_prescription,
    load_prescription,
    parse_prescription,
    save_prescription,
)
from backspasm_gui.core.routine import Routine, Side
from backspasm_gui.core.session import Session, State
from backspasm_gui.core.session_events import Event, HoldCompleted
from tests.core.fakes import FakeClock
from tests.core.test_prescription_file import EXAMPLE

TWO_SIDED = ("knee-to-chest", "lying-trunk-rotation", "seated-hamstring-stretch", "gluteal-stretch")
ONE_SIDED = ("cat-cow", "back-extension", "childs-pose")


def test_the_routine_keeps_the_librarys_words_with_the_prescribed_holds(
    routine: Routine,
) -> None:
    made = routine_from(load_prescription(EXAMPLE, routine), routine)
    assert [step.title for step in made.steps[:4]] == [
        "Cat Cow, 1 of 2",
        "Cat Cow, 2 of 2",
        "Knee to Chest, right side",
        "Back Extension",
    ]
    assert [step.seconds for step in made.steps[:4]] == [60, 60, 20, 20]
    knee = made.stretches[1]
    assert knee.instructions == routine.stretches[2].instructions
    assert knee.sides == (Side.RIGHT,)
    assert knee.note == "Stop if the pain goes down your leg."
    assert knee.timing == "Hold for 20 seconds."
    # sessions in the history name it, so the report can tell them from the handout's
    assert made.title == "Prescribed by Dr. Ana Ruiz, 2026-03-14"
    assert made.introduction == routine.introduction


def test_the_prescribed_routine_runs_every_hold(routine: Routine) -> None:
    made = routine_from(load_prescription(EXAMPLE, routine), routine)
    clock = FakeClock()
    session = Session(made, clock)
    heard: list[Event] = []
    session.subscribe(heard.append)
    session.start()
    while session.state is not State.FINISHED:
        wait = session.next_change()
        assert wait is not None
        clock.advance(wait)
        session.tick()
    assert len(made.steps) == 9  # Cat Cow twice, Knee to Chest on the right only
    assert [e.index for e in heard if isinstance(e, HoldCompleted)] == list(range(9))


def test_a_stretch_missing_from_the_library_makes_no_routine(routine: Routine) -> None:
    p = Prescription((PrescribedStretch("yoga-flow", 30),), sessions_per_day=1)
    with pytest.raises(ValueError, match="yoga-flow"):
        routine_from(p, routine)
    one_side_of_cat_cow = Prescription(
        (PrescribedStretch("cat-cow", 30, Sides.LEFT),), sessions_per_day=1
    )
    with pytest.raises(ValueError, match="not done on each side"):
        routine_from(one_side_of_cat_cow, routine)


@pytest.mark.parametrize(
    "wrong",
    [
        {"stretches": ()},
        {"stretches": (PrescribedStretch("cat-cow", 30),) * 2},
        {"sessions_per_day": 0},
        {"sessions_per_day": MAX_SESSIONS_PER_DAY + 1},
        {"reminders": (time(9), time(8))},
        {"reminders": tuple(time(h) for h in range(MAX_REMINDERS + 1))},
        {"reminders": (time(8, 30, 15),)},
        {"patient": "Sam\nLee"},
        {"clinician": "x" * (MAX_NAME + 1)},
        {"note": "\x1b[2J"},
    ],
)
def test_a_prescription_that_could_not_be_loaded_cannot_be_made(
    wrong: dict[str, object],
) -> None:
    given: dict[str, object] = {
        "stretches": (PrescribedStretch("cat-cow", 30),),
        "sessions_per_day": 2,
        **wrong,
    }
    with pytest.raises(ValueError):  # noqa: PT011 - each says its own rule
        Prescription(**given)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "wrong", [{"seconds": MIN_HOLD - 1}, {"seconds": MAX_HOLD + 1}, {"repetitions": 0}]
)
def test_a_stretch_that_could_not_be_loaded_cannot_be_made(wrong: dict[str, int]) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each says its own rule
        PrescribedStretch("cat-cow", **{"seconds": 30, **wrong})  # type: ignore[arg-type]


def test_the_example_is_written_back_byte_for_byte(routine: Routine) -> None:
    p = load_prescription(EXAMPLE, routine)
    assert dumps_prescription(p) == EXAMPLE.read_text(encoding="utf-8")


def test_a_note_with_quotes_and_backslashes_reads_back(routine: Routine) -> None:
    tricky = 'Say "ouch" \\ then stop.\n"""\nThree quotes, a tab\there.\n'
    p = Prescription((PrescribedStretch("cat-cow", 30, note=tricky),), 1, note=tricky)
    assert parse_prescription(dumps_prescription(p), routine) == p


texts = st.text(
    st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("\n\t"), max_size=60
)
names = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=MAX_NAME)


@st.composite
def prescribed(draw: st.DrawFn) -> PrescribedStretch:
    stretch_id = draw(st.sampled_from(TWO_SIDED + ONE_SIDED))
    sides = draw(st.sampled_from(Sides)) if stretch_id in TWO_SIDED else Sides.BOTH
    return PrescribedStretch(
        stretch_id,
        draw(st.integers(MIN_HOLD, MAX_HOLD)),
        sides,
        draw(st.integers(1, MAX_REPETITIONS)),
        draw(texts | st.text(max_size=MAX_NOTE).filter(lambda t: t.isprintable())),
    )


prescriptions = st.builds(
    Prescription,
    stretches=st.lists(prescribed(), min_size=1, max_size=7, unique_by=lambda s: s.id).map(tuple),
    sessions_per_day=st.integers(1, MAX_SESSIONS_PER_DAY),
    reminders=st.lists(
        st.builds(time, st.integers(0, 23), st.integers(0, 59)),
        max_size=MAX_REMINDERS,
        unique=True,
    ).map(lambda times: tuple(sorted(times))),
    clinician=names,
    patient=names,
    date=st.none() | st.dates(date(1900, 1, 1), date(2999, 12, 31)),
    note=texts,
)


@settings(max_examples=300, deadline=None)
@given(prescriptions)
def test_any_prescription_reads_back_as_it_was_written(
    routine: Routine, prescription: Prescription
) -> None:
    text = dumps_prescription(prescription)
    assert parse_prescription(text, routine) == prescription
    assert dumps_prescription(parse_prescription(text, routine)) == text


def test_the_largest_prescription_the_caps_allow_fits_in_its_file(routine: Routine) -> None:
    emoji = "\U0001f9d8"  # four bytes in UTF-8, the most a character takes
    largest = Prescription(
        tuple(
            PrescribedStretch(s.id, MAX_HOLD, repetitions=MAX_REPETITIONS, note=emoji * MAX_NOTE)
            for s in routine.stretches
        ),
        sessions_per_day=MAX_SESSIONS_PER_DAY,
        reminders=tuple(time(hour) for hour in range(8, 8 + MAX_REMINDERS)),
        clinician=emoji * MAX_NAME,
        patient=emoji * MAX_NAME,
        date=date(2026, 3, 14),
        note=emoji * MAX_NOTE,
    )
    text = dumps_prescription(largest)
    assert len(text.encode()) <= MAX_BYTES
    assert parse_prescription(text, routine) == largest


def test_saving_writes_a_file_only_its_owner_can_read(tmp_path: Path, routine: Routine) -> None:
    p = load_prescription(EXAMPLE, routine)
    target = tmp_path / "sam.stretches"
    old = os.umask(0o022)
    try:
        save_prescription(p, target)
    finally:
        os.umask(old)
    assert load_prescription(target, routine) == p
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["sam.stretches"]


def test_saving_over_a_file_replaces_it_whole(tmp_path: Path, routine: Routine) -> None:
    target = tmp_path / "sam.stretches"
    target.write_text("old", encoding="utf-8")
    p = Prescription((PrescribedStretch("childs-pose", 45),), sessions_per_day=3)
    save_prescription(p, target)
    assert load_prescription(target, routine) == p


def test_a_save_that_fails_leaves_the_file_there_as_it_was(
    tmp_path: Path, routine: Routine, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "sam.stretches"
    target.write_text("old", encoding="utf-8")

    def full_disk(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        save_prescription(load_prescription(EXAMPLE, routine), target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["sam.stretches"]
