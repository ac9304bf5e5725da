"""What the session tells: what counts as a session, and when each call of a hold or a
lead-in is due (seconds left in the phase), on the handout's routine."""

from __future__ import annotations

from backspasm_gui.core.routine import Routine, customised
from backspasm_gui.core.script import Line, Script
from backspasm_gui.core.session_events import (
    Beat,
    FinalSecond,
    Instruction,
    Mark,
    Summary,
    TenSecondsLeft,
    hold_marks,
    lead_in_marks,
)

CAT_COW, BACK_EXTENSION = 0, 1


def due(marks: list[Mark], at: float = 0.0) -> list[tuple[float, object]]:
    """Each call as (seconds left when it is due, the event it makes ``at`` that moment)."""
    return [(left, make(at)) for left, make in marks]


def test_half_the_holds_or_more_counts_as_a_session() -> None:
    assert Summary(11, tuple(range(11)), 330).counts
    assert Summary(11, (0, 1, 2, 3, 4, 5), 180).counts  # a painful stretch left out
    assert not Summary(11, (0, 1), 60).counts  # skipped through


def test_a_still_hold_calls_ten_seconds_then_each_final_second(routine: Routine) -> None:
    marks = hold_marks(BACK_EXTENSION, routine.steps[BACK_EXTENSION])
    assert due(marks) == [
        (10, TenSecondsLeft(BACK_EXTENSION, 0.0)),
        (3, FinalSecond(BACK_EXTENSION, 3, 0.0)),
        (2, FinalSecond(BACK_EXTENSION, 2, 0.0)),
        (1, FinalSecond(BACK_EXTENSION, 1, 0.0)),
    ]


def test_a_movement_calls_each_beat_after_the_first_and_no_ten_seconds(
    routine: Routine,
) -> None:
    marks = hold_marks(CAT_COW, routine.steps[CAT_COW])
    beats = [(left, event) for left, event in due(marks) if isinstance(event, Beat)]
    assert beats == [
        (25, Beat(CAT_COW, 1, "Cow", 0.0)),
        (20, Beat(CAT_COW, 2, "Cat", 0.0)),
        (15, Beat(CAT_COW, 3, "Cow", 0.0)),
        (10, Beat(CAT_COW, 4, "Cat", 0.0)),
        (5, Beat(CAT_COW, 5, "Cow", 0.0)),
    ]
    assert not any(isinstance(event, TenSecondsLeft) for _left, event in due(marks))
    assert [left for left, _make in marks] == sorted((left for left, _make in marks), reverse=True)


def test_ten_seconds_is_called_in_still_holds_of_fourteen_seconds_and_more(
    routine: Routine,
) -> None:
    def calls_ten_seconds(seconds: int) -> bool:
        step = customised(routine, hold_seconds=seconds).steps[BACK_EXTENSION]
        return any(isinstance(event, TenSecondsLeft) for _left, event in due(hold_marks(1, step)))

    assert calls_ten_seconds(14)
    assert not calls_ten_seconds(13)  # "ten seconds" would crowd the final three


def test_a_short_hold_calls_only_the_final_seconds_after_its_start(routine: Routine) -> None:
    step = customised(routine, hold_seconds=3).steps[BACK_EXTENSION]
    assert [left for left, _make in hold_marks(1, step)] == [2, 1]  # 3 left is its start


def test_a_lead_in_says_each_sentence_as_far_into_it_as_the_script_says() -> None:
    lines = (Line(1.0, 0, "Lie down."), Line(4.0, 2, "Knees up."))
    script = Script("Next.", lines, ((0.0, 4.0), (4.0, 8.0)), 8.0)
    # A lead-in set longer than its script: each sentence still comes as far into it.
    assert due(lead_in_marks(3, 10.0, script), at=50.0) == [
        (9.0, Instruction(3, 0, "Lie down.", 50.0)),
        (6.0, Instruction(3, 2, "Knees up.", 50.0)),
    ]


def test_a_lead_in_without_a_script_calls_nothing() -> None:
    assert lead_in_marks(0, 5.0, None) == []
