"""What the patient reads before accepting a prescription: who, for whom, each change
against the routine followed now, how often and how long, and the clinician's notes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from backspasm_gui.core.plan import session_seconds
from backspasm_gui.core.prescription import PrescribedStretch, Prescription, Sides, routine_from
from backspasm_gui.core.prescription_file import load_prescription
from backspasm_gui.core.prescription_summary import summary
from backspasm_gui.core.routine import Routine, customised
from tests.core.test_prescription_file import EXAMPLE

EVERY = (
    "cat-cow",
    "back-extension",
    "knee-to-chest",
    "lying-trunk-rotation",
    "seated-hamstring-stretch",
    "gluteal-stretch",
    "childs-pose",
)


def as_handout(**changes: object) -> Prescription:
    """The handout's routine as a prescription, with ``changes``."""
    given: dict[str, object] = {
        "stretches": tuple(PrescribedStretch(i, 30) for i in EVERY),
        "sessions_per_day": 2,
        **changes,
    }
    return Prescription(**given)  # type: ignore[arg-type]


def test_the_example_said_against_the_handout(routine: Routine) -> None:
    said = summary(load_prescription(EXAMPLE, routine), routine, routine)
    assert said.prescribed_by == "Prescribed by Dr. Ana Ruiz on 2026-03-14."
    assert said.prescribed_for == "For Sam Lee."
    assert said.changes == (
        "Left out: Gluteal Stretch (Pigeon Pose).",
        "Cat Cow: hold 30 s → 60 s, twice.",
        "Knee to Chest: hold 30 s → 20 s, only the right side.",
        "Back Extension: hold 30 s → 20 s.",
        "Child's Pose: hold 30 s → 45 s.",
        "The order changes to: Cat Cow, Knee to Chest, Back Extension, Lying Trunk Rotation, "
        "Seated Hamstring Stretch, Child's Pose.",
    )
    assert said.how_often == "2 sessions a day, reminders at 08:30 and 19:00."
    assert said.reminders == (time(8, 30), time(19, 0))
    # 60+60+20+20+30+30+30+30+45 s held; lead-ins: 6 stretches x 5 s and 3 x 3 s
    assert said.session_seconds == 325 + 6 * 5 + 3 * 3
    assert said.current_seconds == 377
    assert said.how_long == "Each session takes 6 min 4 s (now 6 min 17 s)."
    assert said.stretch_notes == (("Knee to Chest", "Stop if the pain goes down your leg."),)


def test_the_text_for_the_terminal_holds_every_part(routine: Routine) -> None:
    text = summary(load_prescription(EXAMPLE, routine), routine, routine).text()
    assert text.startswith("Prescribed by Dr. Ana Ruiz on 2026-03-14.\nFor Sam Lee.\n\n")
    assert "\nWhat changes:\n  - Left out: Gluteal Stretch (Pigeon Pose).\n" in text
    assert "\nNote from your clinician:\n  Start gently:" in text
    assert "\n  Pigeon is left out until your hip has healed;" in text
    assert text.endswith(
        "Notes on the stretches:\n  Knee to Chest: Stop if the pain goes down your leg."
    )


def test_the_handout_as_a_prescription_changes_nothing(routine: Routine) -> None:
    said = summary(as_handout(), routine, routine)
    assert said.changes == ("The same stretches, holds and order as now.",)
    assert said.prescribed_by == "The prescription does not say who wrote it."
    assert said.prescribed_for == ""
    assert said.how_often == "2 sessions a day, with no reminder times."
    assert said.session_seconds == said.current_seconds == session_seconds(routine)


def test_a_stretch_added_to_a_shorter_routine_is_said_in_full(routine: Routine) -> None:
    current = customised(routine, ["cat-cow", "childs-pose"])
    p = Prescription(
        (
            PrescribedStretch("cat-cow", 30),
            PrescribedStretch("knee-to-chest", 20, Sides.LEFT, repetitions=3),
            PrescribedStretch("childs-pose", 30),
        ),
        sessions_per_day=1,
        reminders=(time(7, 0),),
        clinician="Dr. Ana Ruiz",
    )
    said = summary(p, routine, current)
    assert said.changes == ("Added: Knee to Chest (hold 20 s, only the left side, 3 times).",)
    assert said.prescribed_by == "Prescribed by Dr. Ana Ruiz."
    assert said.how_often == "1 session a day, a reminder at 07:00."


def test_against_a_prescription_accepted_before_going_back_to_once_and_both_sides(
    routine: Routine,
) -> None:
    before = as_handout(
        stretches=(
            PrescribedStretch("cat-cow", 30, repetitions=2),
            PrescribedStretch("knee-to-chest", 30, Sides.RIGHT),
        )
    )
    now = as_handout(
        stretches=(PrescribedStretch("cat-cow", 30), PrescribedStretch("knee-to-chest", 30)),
        date=date(2026, 4, 1),
        reminders=(time(8), time(13), time(19)),
    )
    said = summary(now, routine, routine_from(before, routine))
    assert said.changes == ("Cat Cow: once.", "Knee to Chest: both sides.")
    assert said.prescribed_by == "Prescribed on 2026-04-01."
    assert said.how_often == "2 sessions a day, reminders at 08:00, 13:00 and 19:00."


def test_the_order_alone_changing_is_said(routine: Routine) -> None:
    reversed_order = as_handout(stretches=tuple(PrescribedStretch(i, 30) for i in reversed(EVERY)))
    said = summary(reversed_order, routine, routine)
    assert len(said.changes) == 1
    assert said.changes[0].startswith("The order changes to: Child's Pose, Gluteal Stretch")


def test_the_session_length_follows_the_lead_ins_asked_for(routine: Routine) -> None:
    said = summary(as_handout(), routine, routine, lead_in=0, switch_lead_in=0)
    assert said.session_seconds == routine.hold_seconds == 330


def test_the_names_are_the_librarys_in_the_language_it_is_in(routine: Routine) -> None:
    library = replace(
        routine,
        stretches=tuple(replace(s, name=s.name.upper()) for s in routine.stretches),
    )
    said = summary(as_handout(stretches=(PrescribedStretch("cat-cow", 45),)), library, library)
    assert said.changes[0] == "Left out: BACK EXTENSION."
    assert said.changes[6] == "CAT COW: hold 30 s → 45 s."
