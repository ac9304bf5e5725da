"""The routine: the handout's stretches in order, their holds, sides and kinds, and a
movement's pace."""

from __future__ import annotations

from backspasm_gui.core.routine import Kind, Routine, Side


def test_the_handouts_routine_has_seven_stretches_in_order(routine: Routine) -> None:
    assert [s.name for s in routine.stretches] == [
        "Cat Cow",
        "Back Extension",
        "Knee to Chest",
        "Lying Trunk Rotation",
        "Seated Hamstring Stretch",
        "Gluteal Stretch (Pigeon Pose)",
        "Child's Pose",
    ]


def test_four_stretches_on_each_side_make_eleven_holds_of_330_seconds(routine: Routine) -> None:
    assert len(routine.steps) == 11
    assert routine.hold_seconds == 330
    sided = [s.name for s in routine.stretches if s.sides == (Side.LEFT, Side.RIGHT)]
    assert len(sided) == 4
    assert all(s.seconds == 30 for s in routine.stretches)


def test_cat_cow_is_a_movement_and_the_rest_are_holds(routine: Routine) -> None:
    kinds = {s.name: s.kind for s in routine.stretches}
    assert kinds.pop("Cat Cow") is Kind.MOVEMENT
    assert set(kinds.values()) == {Kind.HOLD}


def test_cat_cow_alternates_cat_and_cow_every_five_seconds(routine: Routine) -> None:
    pace = routine.stretches[0].pace
    assert pace is not None
    assert [pace.word(pace.beat(t)) for t in (0, 4.9, 5, 10, 29)] == [
        "Cat",
        "Cat",
        "Cow",
        "Cat",
        "Cow",
    ]
