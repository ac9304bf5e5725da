"""Put a session into one exact moment for ``--screenshot``, with a still clock."""

from __future__ import annotations

from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.session import Session

HOLD_SHOWN_AT = 12.0  # seconds into the hold: the ring shows a clear sweep


def pose_session(session: Session, clock: ManualClock, *, step: int, phase: str) -> None:
    """phase: ready, get-ready, hold, paused or done; step is 0-based."""
    for _ in range(step):
        session.next()  # in READY this only chooses where Start begins
    if phase == "ready":
        return
    session.start()
    if phase == "done":  # the whole routine, every hold completed
        session.restart()
        clock.advance(session.view().session_remaining)
        session.tick()
        return
    lead_in = session.remaining()
    if phase == "get-ready":
        clock.advance(lead_in * 0.4)
        session.tick()
        return
    clock.advance(lead_in + HOLD_SHOWN_AT)
    session.tick()
    if phase == "paused":
        session.pause()
