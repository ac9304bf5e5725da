"""The one adapter between the plain-Python session and Qt.

It forwards the user's commands to the session, turns session events into a
Qt signal, and wakes the session exactly when something is due: a single-shot
precise timer set to the next whole second or deadline, never a free-running
poll. When nobody watches the seconds (the window minimised or hidden) it
wakes only when the session has something to say. Nothing runs while the
session is ready, paused or finished.

A wake-up that comes several seconds late, or after the computer slept (a
clock that counts sleep ran ahead of the monotonic one), pauses the session
where it was: nobody did the holds the gap swallowed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session import STALL_SECONDS, Clock, Scripts, Session
from backspasm_gui.core.session_events import View

_BOOT_TIME: int | None = getattr(time, "CLOCK_BOOTTIME", None)  # Linux only


def since_boot() -> float:
    """Seconds on a clock that keeps counting while the computer sleeps.

    Linux's monotonic clock stops in suspend, its boot-time clock does not; on
    Windows the monotonic clock already counts sleep, and wall time is the
    fallback everywhere else.
    """
    if _BOOT_TIME is not None:
        return time.clock_gettime(_BOOT_TIME)
    return time.time()


class SessionDriver(QObject):
    changed = Signal()  # anything on screen may need redrawing
    happened = Signal(object)  # a core.session event, for sound and speech

    def __init__(
        self,
        session: Session,
        clock: Clock,
        parent: QObject | None = None,
        *,
        awake_clock: Clock = since_boot,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self._awake_clock = awake_clock
        # When the pending wake-up is due, and both clocks when it was set.
        self._due_at = 0.0
        self._set_at = (0.0, 0.0)
        self._wake = QTimer(self)
        self._wake.setSingleShot(True)
        self._wake.setTimerType(Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(self.woke)
        self._watchers = {"window": True}
        session.subscribe(self.happened.emit)

    @classmethod
    def for_routine(
        cls,
        routine: Routine,
        *,
        clock: Clock = time.monotonic,
        lead_in: float = 5.0,
        switch_lead_in: float = 3.0,
    ) -> SessionDriver:
        session = Session(routine, clock, lead_in=lead_in, switch_lead_in=switch_lead_in)
        # A made-up clock (tests, pictures, benchmarks) is the only time there is.
        return cls(session, clock, awake_clock=since_boot if clock is time.monotonic else clock)

    def view(self) -> View:
        return self.session.view(self.clock())

    @property
    def waking(self) -> bool:
        """True while a wake-up is scheduled (only when the session runs)."""
        return self._wake.isActive()

    def wakes_within(self, milliseconds: int) -> bool:
        """Whether the next wake-up (which redraws everything) comes that soon."""
        return self._wake.isActive() and self._wake.remainingTime() <= milliseconds

    @property
    def watched(self) -> bool:
        return any(self._watchers.values())

    def set_watched(self, watched: bool, by: str = "window") -> None:
        """Whether ``by`` (the window, the compact panel) shows the seconds; when nobody
        does, wake only for the session's events."""
        before = self.watched
        self._watchers[by] = watched
        if self.watched != before:
            self._schedule()
            if self.watched:
                self.changed.emit()  # the seconds skipped while unwatched

    # The user's commands: slots named for what they do.

    def toggle(self) -> None:
        self._after(self.session.toggle)

    def next(self) -> None:
        self._after(self.session.next)

    def previous(self) -> None:
        self._after(self.session.previous)

    def restart(self) -> None:
        self._after(self.session.restart)

    def undo_restart(self) -> None:
        self._after(self.session.undo_restart)

    def tick(self) -> None:
        self._after(self.session.tick)

    def reconfigure(self, routine: Routine, lead_in: float, switch_lead_in: float) -> bool:
        """New settings for the session; False if the routine waits for the next session."""
        applied = self.session.reconfigure(routine, lead_in=lead_in, switch_lead_in=switch_lead_in)
        self._schedule()
        self.changed.emit()
        return applied

    def use_scripts(self, scripts: Scripts | None) -> None:
        """Lead-ins from now on say and show the handout's steps (``core/script.py``);
        the time left shown counts them."""
        self.session.scripts = scripts
        self.changed.emit()

    def woke(self) -> None:
        """The wake-up timer fired: let time pass, unless the gap says nobody was here."""
        now, awake = self.clock(), self._awake_clock()
        late = now - self._due_at
        set_now, set_awake = self._set_at
        slept = (awake - set_awake) - (now - set_now)
        if max(late, slept) >= STALL_SECONDS:
            since = min(self._due_at, now)
            self._after(lambda: self.session.stall(since))
        else:
            self.tick()

    def _after(self, command: Callable[[], None]) -> None:
        command()
        self._schedule()
        self.changed.emit()

    def _schedule(self) -> None:
        now = self.clock()
        due = self.session.next_change(now) if self.watched else self.session.next_event(now)
        if due is None:
            self._wake.stop()
            return
        # Round up so the wake-up lands on or just after the moment, never before it.
        milliseconds = max(1, math.ceil(due * 1000))
        self._due_at = now + milliseconds / 1000
        self._set_at = (now, self._awake_clock())
        self._wake.start(milliseconds)
