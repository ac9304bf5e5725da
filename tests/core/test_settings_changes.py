"""Settings change the routine: which stretches, in what order, how long, and when that applies."""

from __future__ import annotations

import pytest

from backspasm_gui.core.routine import Routine, customised
from backspasm_gui.core.session import Session, State
from backspasm_gui.core.session_events import RoutineChanged
from tests.core.conftest import Run
from tests.core.fakes import FakeClock


def ids(routine: Routine) -> list[str]:
    return [stretch.id for stretch in routine.stretches]


def test_no_choices_leave_the_handouts_routine_as_it_is(routine: Routine) -> None:
    assert customised(routine) is routine
    assert customised(routine, ids(routine), 30) is routine


def test_stretches_come_in_the_chosen_order_without_the_left_out_ones(routine: Routine) -> None:
    chosen = customised(routine, ["knee-to-chest", "cat-cow", "no-such-stretch"])
    assert ids(chosen) == ["knee-to-chest", "cat-cow"]
    assert [step.title for step in chosen.steps] == [
        "Knee to Chest, left side",
        "Knee to Chest, right side",
        "Cat Cow",
    ]
    assert [step.stretch_number for step in chosen.steps] == [1, 1, 2]


def test_a_hold_length_applies_to_every_stretch_and_its_wording(routine: Routine) -> None:
    longer = customised(routine, hold_seconds=45)
    assert {step.seconds for step in longer.steps} == {45}
    assert longer.stretches[1].timing == "Hold for 45 seconds."
    assert longer.hold_seconds == 45 * 11


@pytest.mark.parametrize(("order", "seconds"), [([], None), (["nope"], None), (None, 0)])
def test_nothing_to_do_or_a_zero_hold_is_refused(
    routine: Routine, order: list[str] | None, seconds: int | None
) -> None:
    with pytest.raises(ValueError, match=r"at least one stretch|a hold is"):
        customised(routine, order, seconds)


def test_while_ready_a_new_routine_applies_at_once(
    session: Session, routine: Routine, events: list
) -> None:
    session.next()
    assert session.reconfigure(customised(routine, hold_seconds=45))
    view = session.view()
    assert view.index == 0
    assert view.remaining == 45
    assert isinstance(events[-1], RoutineChanged)


def test_mid_hold_a_new_length_applies_from_the_next_hold(
    session: Session, routine: Routine, clock: FakeClock, run: Run
) -> None:
    session.start()
    run(5.0 + 10.0)  # ten seconds into Cat Cow
    assert session.reconfigure(customised(routine, hold_seconds=20))
    assert session.remaining() == pytest.approx(20.0)  # this hold keeps its 30 s
    run(20.0 + 5.0)
    view = session.view()
    assert view.index == 1
    assert view.state is State.HOLDING
    assert view.phase_seconds == 20


def test_mid_session_other_stretches_wait_for_the_next_session(
    session: Session, routine: Routine, run: Run
) -> None:
    session.start()
    run(10.0)
    shorter = customised(routine, ["cat-cow", "childs-pose"])
    assert not session.reconfigure(shorter)
    assert len(session.steps) == 11
    session.restart()
    assert len(session.steps) == 2
    assert session.state is State.GET_READY


def test_new_lead_ins_count_from_the_next_lead_in(session: Session, run: Run) -> None:
    session.start()
    session.reconfigure(lead_in=10.0)
    assert session.remaining() == pytest.approx(5.0)
    session.next()
    assert session.remaining() == pytest.approx(10.0)


def test_a_negative_lead_in_is_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="negative"):
        session.reconfigure(lead_in=-1.0)
