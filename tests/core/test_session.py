"""Each rule of the session state machine, on a fake clock."""

from __future__ import annotations

import pytest

from backspasm_gui.core.routine import Routine, Side
from backspasm_gui.core.session import Session, State
from backspasm_gui.core.session_events import (
    FinalSecond,
    HoldCompleted,
    HoldStarted,
    LeadInStarted,
    Paused,
    SessionFinished,
    SideSwitched,
    Stalled,
)
from tests.core.conftest import Run, names
from tests.core.fakes import FakeClock

KNEE_LEFT, KNEE_RIGHT = 2, 3


def at_hold(session: Session, clock: FakeClock, index: int, into: float = 0.0) -> None:
    """Start the session at a hold and be ``into`` seconds into the hold itself."""
    for _ in range(index):
        session.next()
    session.start()
    clock.advance(session.remaining() + into)
    session.tick()


def test_a_new_session_is_ready_on_the_first_hold(session: Session) -> None:
    view = session.view()
    assert view.state is State.READY
    assert view.step.stretch.name == "Cat Cow"
    assert view.remaining == 30
    assert view.holds == 11


def test_start_begins_a_five_second_lead_in_naming_the_first_hold(
    session: Session, events: list
) -> None:
    session.start()
    assert session.state is State.GET_READY
    assert session.remaining() == 5.0
    assert isinstance(events[0], LeadInStarted)
    assert events[0].step.stretch.name == "Cat Cow"


def test_the_lead_in_turns_into_the_hold_exactly_at_its_deadline(
    session: Session, clock: FakeClock
) -> None:
    session.start()
    clock.advance(4.999)
    session.tick()
    assert session.state is State.GET_READY
    clock.advance(0.001)
    session.tick()
    assert session.state is State.HOLDING
    assert session.remaining() == 30.0


def test_a_late_tick_does_not_shift_later_deadlines(
    session: Session, clock: FakeClock, events: list
) -> None:
    session.start()
    clock.advance(5.0 + 30.0 + 0.7)  # the tick that ends Cat Cow comes 0.7 s late
    session.tick()
    assert session.index == 1
    assert session.remaining() == pytest.approx(5.0 - 0.7)
    completed = [e for e in events if isinstance(e, HoldCompleted)]
    assert completed[0].at == 1000.0 + 35.0  # the deadline, not the late tick


def test_between_sides_the_lead_in_is_three_seconds_and_says_switch(
    session: Session, clock: FakeClock, events: list, run: Run
) -> None:
    at_hold(session, clock, KNEE_LEFT)
    events.clear()
    run(30.0)
    assert session.index == KNEE_RIGHT
    assert session.step.side is Side.RIGHT
    assert session.remaining() == 3.0
    assert names(events)[-2:] == ["LeadInStarted", "SideSwitched"]


def test_a_new_stretch_after_a_sided_one_gets_the_full_lead_in(
    session: Session, clock: FakeClock, events: list, run: Run
) -> None:
    at_hold(session, clock, KNEE_RIGHT)
    events.clear()
    run(30.0)
    assert session.step.stretch.name == "Lying Trunk Rotation"
    assert session.remaining() == 5.0
    assert not any(isinstance(e, SideSwitched) for e in events)


def test_the_last_three_seconds_are_announced_on_the_second(
    session: Session, clock: FakeClock, events: list, run: Run
) -> None:
    at_hold(session, clock, 1)
    run(30.0)
    finals = [e for e in events if isinstance(e, FinalSecond)]
    hold_end = next(e.at for e in events if isinstance(e, HoldCompleted))
    assert [(f.seconds_left, f.at) for f in finals] == [
        (3, hold_end - 3),
        (2, hold_end - 2),
        (1, hold_end - 1),
    ]


def test_a_late_tick_announces_only_the_latest_final_second(
    session: Session, clock: FakeClock, events: list
) -> None:
    at_hold(session, clock, 1)
    events.clear()
    clock.advance(28.5)  # 1.5 s left: seconds 3 and 2 passed unseen
    session.tick()
    assert [e.seconds_left for e in events if isinstance(e, FinalSecond)] == [2]


def test_no_final_second_is_announced_for_a_hold_ended_unseen(
    session: Session, clock: FakeClock, events: list
) -> None:
    at_hold(session, clock, 1)
    events.clear()
    clock.advance(31.0)
    session.tick()
    assert not any(isinstance(e, FinalSecond) for e in events)


def test_pause_freezes_the_time_left(session: Session, clock: FakeClock) -> None:
    at_hold(session, clock, 0, into=10.0)
    session.pause()
    clock.advance(500.0)
    session.tick()
    assert session.state is State.PAUSED
    assert session.remaining() == 20.0


def test_resume_sets_a_new_deadline_from_now(session: Session, clock: FakeClock) -> None:
    at_hold(session, clock, 0, into=10.0)
    session.pause()
    clock.advance(60.0)
    session.resume()
    clock.advance(19.9)
    session.tick()
    assert session.state is State.HOLDING
    clock.advance(0.1)
    session.tick()
    assert session.index == 1


def test_pausing_a_lead_in_resumes_the_lead_in(session: Session, clock: FakeClock) -> None:
    session.start()
    clock.advance(2.0)
    session.pause()
    clock.advance(30.0)
    session.resume()
    assert session.state is State.GET_READY
    assert session.remaining() == 3.0


def test_next_and_previous_choose_where_start_begins(session: Session) -> None:
    session.previous()
    assert session.index == 0  # clamped
    session.next()
    session.next()
    assert session.state is State.READY
    session.start()
    assert session.step.stretch.name == "Knee to Chest"
    assert session.step.side is Side.LEFT


def test_next_stops_at_the_last_hold_while_ready(session: Session) -> None:
    for _ in range(20):
        session.next()
    assert session.index == 10
    assert session.state is State.READY


def test_next_while_holding_skips_to_the_next_holds_lead_in(
    session: Session, clock: FakeClock
) -> None:
    at_hold(session, clock, 0, into=10.0)
    session.next()
    assert session.index == 1
    assert session.state is State.GET_READY
    assert session.remaining() == 5.0
    assert session.summary().completed == ()


# Previous: where it is pressed (a hold, and seconds into it or None in its lead-in),
# and where it lands (the hold whose lead-in it begins, and that lead-in's length: the
# short one when the same stretch starts again).
PREVIOUS = {
    "early-in-a-hold-goes-back-one-hold": ((1, 2.9), (0, 5.0)),
    "later-in-a-hold-starts-it-again-after-a-short-lead-in": ((1, 3.0), (1, 3.0)),
    "during-a-lead-in-goes-back-one-hold": ((1, None), (0, 5.0)),
    "on-the-first-hold-starts-it-again": ((0, 1.0), (0, 3.0)),
}


@pytest.mark.parametrize(("pressed", "lands"), PREVIOUS.values(), ids=PREVIOUS)
def test_previous_goes_back_one_hold_or_starts_the_hold_again(
    session: Session,
    clock: FakeClock,
    pressed: tuple[int, float | None],
    lands: tuple[int, float],
) -> None:
    hold, into = pressed
    if into is None:
        for _ in range(hold):
            session.next()
        session.start()
    else:
        at_hold(session, clock, hold, into=into)
    session.previous()
    index, lead_in = lands
    assert session.index == index
    assert session.state is State.GET_READY
    assert session.remaining() == lead_in


def test_moving_while_paused_stays_paused_and_resume_begins_the_lead_in(
    session: Session, clock: FakeClock
) -> None:
    at_hold(session, clock, 0, into=10.0)
    session.pause()
    session.next()
    session.next()
    assert session.state is State.PAUSED
    assert session.index == 2
    assert session.remaining() == 5.0
    session.resume()
    assert session.state is State.GET_READY
    assert session.remaining() == 5.0


def test_next_on_the_last_hold_ends_the_session_with_it_left_out(
    session: Session, clock: FakeClock, events: list
) -> None:
    at_hold(session, clock, 10, into=5.0)
    session.next()
    assert session.state is State.FINISHED
    finished = events[-1]
    assert isinstance(finished, SessionFinished)
    assert 10 in finished.summary.skipped


@pytest.mark.parametrize("command", ["start", "pause", "resume", "next", "previous", "tick"])
def test_finished_ignores_everything_but_restart(
    session: Session, clock: FakeClock, command: str
) -> None:
    session.start()
    clock.advance(10_000.0)
    session.tick()
    assert session.state is State.FINISHED
    getattr(session, command)()
    assert session.state is State.FINISHED


@pytest.mark.parametrize("state", ["ready", "holding", "paused", "finished"])
def test_restart_forgets_what_was_done_and_begins_the_first_lead_in(
    session: Session, clock: FakeClock, state: str
) -> None:
    if state != "ready":
        at_hold(session, clock, 0, into=31.0)  # Cat Cow completed
    if state == "paused":
        session.pause()
    if state == "finished":
        clock.advance(10_000.0)
        session.tick()
    session.restart()
    assert session.state is State.GET_READY
    assert session.index == 0
    assert session.summary().completed == ()
    assert session.remaining() == 5.0


def test_toggle_starts_pauses_resumes_and_goes_again(session: Session, clock: FakeClock) -> None:
    session.toggle()
    assert session.state is State.GET_READY
    session.toggle()
    assert session.state is State.PAUSED
    session.toggle()
    assert session.state is State.GET_READY
    clock.advance(10_000.0)
    session.tick()
    session.toggle()
    assert session.state is State.GET_READY
    assert session.index == 0


def test_a_whole_session_takes_377_seconds_and_completes_every_hold(
    session: Session, clock: FakeClock, events: list, run: Run
) -> None:
    session.start()
    run(376.75)
    assert session.state is State.HOLDING
    run(0.25)
    assert session.state is State.FINISHED
    summary = session.summary()
    assert summary.complete
    assert summary.held_seconds == 330
    assert names(events).count("HoldStarted") == 11
    assert names(events).count("SideSwitched") == 4
    assert names(events).count("FinalSecond") == 33
    assert events[-1] == SessionFinished(summary, 1377.0)


def test_events_carry_exact_times_whatever_the_tick_rate(
    routine: Routine, clock: FakeClock
) -> None:
    session = Session(routine, clock)
    starts: list[float] = []
    session.subscribe(lambda e: starts.append(e.at) if isinstance(e, HoldStarted) else None)
    session.start()
    for _ in range(377 * 3):  # a jittery third-of-a-second tick
        clock.advance(1 / 3)
        session.tick()
    assert starts[:3] == [1005.0, 1040.0, 1075.0]
    assert starts[3] == pytest.approx(1108.0)


def test_session_remaining_falls_by_exactly_the_time_passed(
    session: Session, clock: FakeClock, run: Run
) -> None:
    session.start()
    before = session.view().session_remaining
    run(47.5)
    assert session.view().session_remaining == pytest.approx(before - 47.5)


def test_next_change_is_the_next_whole_second_of_the_countdown(
    session: Session, clock: FakeClock
) -> None:
    session.start()
    clock.advance(0.3)
    assert session.next_change() == pytest.approx(0.7)
    session.pause()
    assert session.next_change() is None


def test_a_listener_calling_back_sees_a_settled_session(session: Session) -> None:
    seen: list[tuple[State, int]] = []

    def listener(event: object) -> None:
        if isinstance(event, LeadInStarted) and event.index == 0:
            session.next()  # re-enter from inside an event
        seen.append((session.state, session.index))

    session.subscribe(listener)
    session.start()
    assert session.index == 1
    assert all(state is State.GET_READY for state, _ in seen)


def test_unsubscribing_stops_the_events(session: Session) -> None:
    heard: list[object] = []
    stop = session.subscribe(heard.append)
    stop()
    session.start()
    assert heard == []


def test_negative_lead_ins_are_refused(routine: Routine, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="negative"):
        Session(routine, clock, lead_in=-1)


def test_a_zero_lead_in_goes_straight_to_the_hold(routine: Routine, clock: FakeClock) -> None:
    session = Session(routine, clock, lead_in=0.0, switch_lead_in=0.0)
    session.start()
    session.tick()
    assert session.state is State.HOLDING
    assert session.remaining() == 30.0


def test_next_event_is_the_next_call_of_a_hold_not_the_next_second(
    session: Session, clock: FakeClock, events: list
) -> None:
    at_hold(session, clock, KNEE_LEFT, into=5.0)  # 30 s hold: "ten seconds" at 20 s in
    assert session.next_event() == pytest.approx(15.0)
    assert session.next_change() == pytest.approx(1.0)
    heard = len(events)
    clock.advance(14.99)
    session.tick()
    assert len(events) == heard  # nothing said before it
    clock.advance(0.01)
    session.tick()
    assert names(events[heard:]) == ["TenSecondsLeft"]


def test_next_event_is_none_when_nothing_runs(session: Session) -> None:
    assert session.next_event() is None
    session.start()
    session.pause()
    assert session.next_event() is None


# --- the computer slept or froze ---------------------------------------------------------


def test_a_stall_mid_hold_pauses_where_the_hold_was_not_at_the_end(
    session: Session, clock: FakeClock, events: list
) -> None:
    at_hold(session, clock, KNEE_LEFT, into=12.0)
    stalled_at = clock()
    clock.advance(600.0)  # ten minutes asleep: without the stall both sides would be "done"
    session.stall(stalled_at)
    assert session.state is State.PAUSED
    assert session.index == KNEE_LEFT
    assert session.remaining() == pytest.approx(18.0)
    assert KNEE_LEFT not in session.summary().completed
    stall = next(e for e in events if isinstance(e, Stalled))
    assert stall.gap == pytest.approx(600.0)
    assert stall.at == stalled_at
    assert isinstance(events[-1], Paused)


def test_resuming_after_a_stall_carries_on_with_the_time_that_was_left(
    session: Session, clock: FakeClock
) -> None:
    at_hold(session, clock, KNEE_LEFT, into=12.0)
    stalled_at = clock()
    clock.advance(90.0)
    session.stall(stalled_at)
    session.resume()
    clock.advance(17.9)
    session.tick()
    assert session.state is State.HOLDING
    clock.advance(0.1)
    session.tick()
    assert KNEE_LEFT in session.summary().completed


def test_a_stall_ends_what_was_due_before_it_began(session: Session, clock: FakeClock) -> None:
    at_hold(session, clock, KNEE_LEFT, into=29.0)
    clock.advance(2.0)  # the hold's end (1 s later) was lived; then the machine froze
    lived = clock()
    clock.advance(300.0)
    session.stall(lived)
    assert KNEE_LEFT in session.summary().completed
    assert session.state is State.PAUSED
    assert session.index == KNEE_RIGHT


def test_a_stall_cannot_rewind_past_what_the_session_already_saw(
    session: Session, clock: FakeClock
) -> None:
    at_hold(session, clock, KNEE_LEFT, into=10.0)
    session.tick()
    session.stall(clock() - 50.0)
    assert session.remaining() == pytest.approx(20.0)


def test_a_stall_while_ready_or_paused_changes_nothing(
    session: Session, clock: FakeClock, events: list
) -> None:
    clock.advance(100.0)
    session.stall(0.0)
    assert session.state is State.READY
    assert events == []


# --- taking a Restart back -------------------------------------------------------------------


def test_undo_restart_goes_back_paused_where_it_was_pressed_with_the_holds_done(
    session: Session, clock: FakeClock
) -> None:
    at_hold(session, clock, 5, into=10.0)  # stretch 6 of the session, ten seconds in
    for _ in range(5):  # as if holds 0-4 had been done on the way
        session._completed.add(_)
    session.restart()
    assert session.index == 0
    assert session.can_undo_restart
    clock.advance(3.0)
    session.undo_restart()
    assert session.state is State.PAUSED
    assert session.index == 5
    assert session.summary().completed == (0, 1, 2, 3, 4)
    assert not session.can_undo_restart
    session.resume()
    assert session.state is State.GET_READY  # the lead-in into that hold again


def test_a_hold_done_after_restart_makes_it_final(session: Session, clock: FakeClock) -> None:
    at_hold(session, clock, 3, into=5.0)
    session.restart()
    clock.advance(session.remaining() + 31.0)  # the new lead-in and Cat Cow's hold
    session.tick()
    assert not session.can_undo_restart
    session.undo_restart()
    assert session.index == 1


def test_nothing_to_take_back_when_restart_was_pressed_before_anything(
    session: Session,
) -> None:
    session.restart()
    assert not session.can_undo_restart
