"""A stretch done more than once: every time is a hold of its own, each side in turn,
named "2 of 2", and the session leads every one of them."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.cues import Cues, announce, timeline
from backspasm_gui.core.plan import session_seconds
from backspasm_gui.core.routine import Routine, Side, customised
from backspasm_gui.core.session import Session, State
from backspasm_gui.core.session_events import Event, HoldCompleted, LeadInStarted, SideSwitched


def repeated(routine: Routine, times: dict[str, int]) -> Routine:
    stretches = tuple(
        replace(stretch, repetitions=times.get(stretch.id, 1)) for stretch in routine.stretches
    )
    return Routine.of(stretches, title=routine.title, introduction=routine.introduction)


def test_each_time_is_its_own_hold_each_side_in_turn(routine: Routine) -> None:
    twice = repeated(routine, {"cat-cow": 2, "knee-to-chest": 2})
    assert [step.title for step in twice.steps[:7]] == [
        "Cat Cow, 1 of 2",
        "Cat Cow, 2 of 2",
        "Back Extension",
        "Knee to Chest, 1 of 2, left side",
        "Knee to Chest, 1 of 2, right side",
        "Knee to Chest, 2 of 2, left side",
        "Knee to Chest, 2 of 2, right side",
    ]
    assert len(twice.steps) == 14
    assert twice.hold_seconds == 14 * 30
    assert {step.stretch_number for step in twice.steps[:2]} == {1}


def test_a_stretch_done_once_keeps_the_handouts_titles(routine: Routine) -> None:
    assert [step.title for step in routine.steps[:4]] == [
        "Cat Cow",
        "Back Extension",
        "Knee to Chest, left side",
        "Knee to Chest, right side",
    ]
    assert routine.stretches[0].timing == "Perform for 30 seconds."


def test_the_timing_says_how_many_times(routine: Routine) -> None:
    twice = repeated(routine, {"cat-cow": 2, "knee-to-chest": 3})
    assert twice.stretches[0].timing == "Perform for 30 seconds. Do this 2 times."
    assert twice.stretches[2].timing == "Hold for 30 seconds on each side. Do this 3 times."


def test_the_voice_names_which_time_it_is(routine: Routine) -> None:
    twice = repeated(routine, {"cat-cow": 2})
    assert announce(twice.steps[1]).startswith("Next: Cat Cow, 2 of 2. Start on your hands")


def test_the_same_side_again_is_no_switch_of_sides_but_the_other_side_is(
    routine: Routine,
) -> None:
    twice = repeated(routine, {"cat-cow": 2, "knee-to-chest": 2})
    entries = timeline(twice)
    lead_ins = [(e.what, e.detail) for e in entries if e.what in ("get-ready", "switch-sides")]
    assert lead_ins[:7] == [
        ("get-ready", "Cat Cow, 1 of 2 (5 s lead-in)"),
        ("get-ready", "Cat Cow, 2 of 2 (3 s lead-in)"),  # still on hands and knees: short
        ("get-ready", "Back Extension (5 s lead-in)"),
        ("get-ready", "Knee to Chest, 1 of 2, left side (5 s lead-in)"),
        ("switch-sides", "Knee to Chest, 1 of 2, right side (3 s lead-in)"),
        ("switch-sides", "Knee to Chest, 2 of 2, left side (3 s lead-in)"),
        ("switch-sides", "Knee to Chest, 2 of 2, right side (3 s lead-in)"),
    ]
    said = [e.detail for e in entries if e.what == "speech" and e.detail.startswith("Next:")]
    assert said[1].startswith("Next: Cat Cow, 2 of 2.")


def test_the_settings_keep_the_repetitions(routine: Routine) -> None:
    twice = repeated(routine, {"cat-cow": 2})
    chosen = customised(twice, ["cat-cow", "childs-pose"], 20)
    assert [step.title for step in chosen.steps] == [
        "Cat Cow, 1 of 2",
        "Cat Cow, 2 of 2",
        "Child's Pose",
    ]
    assert chosen.hold_seconds == 60


sides = st.sampled_from([(), (Side.LEFT,), (Side.RIGHT,), (Side.LEFT, Side.RIGHT)])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 5), sides, st.integers(5, 40)), min_size=1, max_size=7),
    st.booleans(),
)
def test_a_session_with_repetitions_leads_every_hold_once_in_order(
    routine: Routine, shapes: list[tuple[int, tuple[Side, ...], int]], interrupted: bool
) -> None:
    stretches = tuple(
        replace(stretch, repetitions=times, sides=on, seconds=seconds)
        for stretch, (times, on, seconds) in zip(routine.stretches, shapes, strict=False)
    )
    planned = Routine.of(stretches)
    assert len(planned.steps) == sum(
        times * max(1, len(on)) for times, on, _ in shapes[: len(stretches)]
    )
    clock = ManualClock(0.0)
    session = Session(planned, clock)
    heard: list[Event] = []
    session.subscribe(heard.append)
    cues = Cues(planned)
    session.start()
    if interrupted:  # a pause in the middle changes nothing of what is done
        clock.advance(7.0)
        session.tick()
        session.pause()
        session.resume()
    while session.state is not State.FINISHED:
        wait = session.next_change()
        assert wait is not None
        clock.advance(wait)
        session.tick()
    done = [e.index for e in heard if isinstance(e, HoldCompleted)]
    assert done == list(range(len(planned.steps)))
    assert session.summary().complete
    for event in heard:
        if isinstance(event, LeadInStarted) and event.index:
            before, now = planned.steps[event.index - 1], planned.steps[event.index]
            assert event.side_switch == (before.stretch == now.stretch and before.side != now.side)
            assert ("Switch sides." in [c.speech for c in cues.for_event(event)]) == (
                event.side_switch
            )
    switches = sum(isinstance(e, SideSwitched) for e in heard)
    assert switches == sum(e.side_switch for e in heard if isinstance(e, LeadInStarted))
    if not interrupted:
        assert clock.now == session_seconds(planned)
