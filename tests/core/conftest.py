from __future__ import annotations

from collections.abc import Callable

import pytest

from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session import Session
from backspasm_gui.core.session_events import Event
from tests.core.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(routine: Routine, clock: FakeClock) -> Session:
    return Session(routine, clock)


@pytest.fixture
def events(session: Session) -> list[Event]:
    heard: list[Event] = []
    session.subscribe(heard.append)
    return heard


def names(events: list[Event]) -> list[str]:
    return [type(e).__name__ for e in events]


Run = Callable[[float], None]


@pytest.fixture
def run(session: Session, clock: FakeClock) -> Run:
    """Let time pass in quarter-second ticks, as the app's timer would."""

    def advance(seconds: float) -> None:
        steps = round(seconds / 0.25)
        for _ in range(steps):
            clock.advance(0.25)
            session.tick()

    return advance
