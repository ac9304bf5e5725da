"""Waking only when the session has something to say misses nothing.

With the window minimised the app wakes at ``next_event`` instead of every
whole second (``next_change``). A person following by ear must hear exactly
the same calls, at exactly the same moments, either way.
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session import Session
from backspasm_gui.core.session_events import Event
from tests.core.fakes import FakeClock

COMMANDS = ("toggle", "next", "previous", "none")


def drive(
    routine: Routine,
    script: list[tuple[float, str]],
    lead_in: float,
    wake: Callable[[Session], float | None],
) -> list[Event]:
    clock = FakeClock()
    session = Session(routine, clock, lead_in=lead_in, switch_lead_in=lead_in / 2)
    heard: list[Event] = []
    session.subscribe(heard.append)
    session.start()
    for delay, command in script:
        until = clock() + delay
        while (due := wake(session)) is not None and clock() + due <= until:
            clock.advance(due)
            session.tick()
        clock.now = until
        session.tick()
        if command != "none":
            getattr(session, command)()
    while (due := wake(session)) is not None:  # to the end of the session
        clock.advance(due)
        session.tick()
    return heard


@settings(max_examples=60, deadline=None)
@given(
    script=st.lists(
        st.tuples(st.floats(0.0, 45.0), st.sampled_from(COMMANDS)), min_size=0, max_size=8
    ),
    lead_in=st.floats(0.0, 8.0),
)
def test_waking_at_events_only_hears_what_waking_every_second_hears(
    routine: Routine, script: list[tuple[float, str]], lead_in: float
) -> None:
    every_second = drive(routine, script, lead_in, Session.next_change)
    at_events = drive(routine, script, lead_in, Session.next_event)
    assert at_events == every_second
    assert len(at_events) > 0
