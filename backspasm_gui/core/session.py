"""The guided session: a state machine over the routine's holds.

States: READY → GET_READY (a lead-in naming what comes next) → HOLDING → …
→ FINISHED, with PAUSED remembering which of the two running phases it froze.

Time comes from an injected monotonic clock. A running phase has a deadline;
what is left is ``deadline - now``, never a counter decremented per tick, so
the tick rate and machine load cannot make the session drift. When a phase
ends on its own, the next deadline is chained from the old deadline, not from
the moment the tick happened to arrive.

Navigation rules (the ones a media player uses):

* Next and Previous move one hold at a time (a left and a right side are two
  holds) and work in every state but FINISHED, where only Restart leaves.
* Previous during a lead-in, or in the first ``previous_grace`` seconds of a
  hold, goes back one hold; later in a hold it starts the current hold again.
* Next on the last hold ends the session; a hold left by Next or Previous
  before its end counts as not done.
* In READY, Next and Previous choose where Start begins; in PAUSED they move
  and stay paused, and Resume begins the lead-in of the hold moved to.
* A lead-in is ``lead_in`` seconds before a new stretch and ``switch_lead_in``
  seconds when the next hold is the same stretch (the other side, the same side
  done again, or the same hold again), or as long as its script
  (``core/script.py``) takes, if longer: the handout's sentences for getting into
  the stretch, each said (an ``Instruction``) as the figure begins to show it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING

from backspasm_gui.core.routine import Routine, Step
from backspasm_gui.core.session_events import (
    Beat,
    Event,
    HoldCompleted,
    HoldStarted,
    LeadInStarted,
    Mark,
    Moved,
    Paused,
    Restarted,
    RestartUndone,
    Resumed,
    RoutineChanged,
    SessionFinished,
    SideSwitched,
    Stalled,
    Summary,
    View,
    hold_marks,
    lead_in_marks,
)

if TYPE_CHECKING:
    from backspasm_gui.core.script import Script

Clock = Callable[[], float]
# The script of a lead-in into a step (True: the other side of the stretch just done).
Scripts = Callable[[Step, bool], "Script | None"]

# A wake-up this many seconds late means the computer slept or the app was frozen:
# the session pauses where it was instead of finishing holds nobody did.
STALL_SECONDS = 5.0


class State(Enum):
    READY = "ready"
    GET_READY = "get-ready"
    HOLDING = "holding"
    PAUSED = "paused"
    FINISHED = "finished"


RUNNING = (State.GET_READY, State.HOLDING)
Listener = Callable[[Event], None]


class Session:
    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        *,
        lead_in: float = 5.0,
        switch_lead_in: float = 3.0,
        previous_grace: float = 3.0,
        scripts: Scripts | None = None,
    ) -> None:
        if lead_in < 0 or switch_lead_in < 0 or previous_grace < 0:
            raise ValueError("lead-ins and the previous grace must not be negative")
        self.routine = routine
        self.steps = routine.steps
        self._clock = clock
        self.lead_in = lead_in
        self.switch_lead_in = switch_lead_in
        self.previous_grace = previous_grace
        self.scripts = scripts
        self._script: Script | None = None  # the current lead-in's
        self._listeners: list[Listener] = []
        self._pending: list[Event] = []
        self._state = State.READY
        self._phase: State | None = None
        self._index = 0
        self._phase_seconds = float(self.steps[0].seconds)
        self._deadline = 0.0  # while running
        self._remaining = self._phase_seconds  # while ready or paused
        self._completed: set[int] = set()
        self._seen = -math.inf  # the latest moment the machine has been advanced to
        self._waiting: Routine | None = None  # settings changed mid-session: the next one
        # Where Restart was pressed (the hold, what was done), until a hold is done again.
        self._before_restart: tuple[int, frozenset[int]] | None = None
        # What is still to be called in this phase: (seconds left, event maker),
        # latest first.
        self._marks: list[Mark] = []

    # --- observing -----------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every event; returns a function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    @property
    def state(self) -> State:
        return self._state

    @property
    def index(self) -> int:
        return self._index

    @property
    def step(self) -> Step:
        return self.steps[self._index]

    def remaining(self, now: float | None = None) -> float:
        if self._state in RUNNING:
            now = self._clock() if now is None else now
            return min(self._phase_seconds, max(0.0, self._deadline - now))
        return self._remaining

    def summary(self) -> Summary:
        completed = tuple(sorted(self._completed))
        held = sum(self.steps[i].seconds for i in completed)
        return Summary(len(self.steps), completed, held)

    def view(self, now: float | None = None) -> View:
        now = self._clock() if now is None else now
        remaining = self.remaining(now)
        return View(
            state=self._state,
            phase=self._phase,
            index=self._index,
            step=self.step,
            remaining=remaining,
            phase_seconds=self._phase_seconds,
            session_remaining=self._session_remaining(remaining),
            holds_done=len(self._completed),
            holds=len(self.steps),
            script=self._script if self._phase is State.GET_READY else None,
        )

    def next_change(self, now: float | None = None) -> float | None:
        """Seconds until the shown whole second changes, the phase ends or the session
        says something; None when still."""
        left = self._phase_left(now)
        if left is None or left == 0.0:
            return left
        to_next_whole = left - (math.ceil(left) - 1)
        return min(to_next_whole, self.next_event(now) or 0.0)

    def _phase_left(self, now: float | None) -> float | None:
        """Seconds to the running phase's deadline (0 once due); None when still."""
        if self._state not in RUNNING:
            return None
        now = self._clock() if now is None else now
        return max(0.0, self._deadline - now)

    def next_event(self, now: float | None = None) -> float | None:
        """Seconds until the session next says something: a sentence of a lead-in, a
        beat, "ten seconds", a final second or the phase's end. None when still.

        For whoever only listens (the window minimised, the voice still
        guiding): waking at these moments alone misses no event.
        """
        left = self._phase_left(now)
        if left is None or left == 0.0:
            return left
        return min([left, *(max(0.0, left - mark_left) for mark_left, _make in self._marks)])

    # --- events --------------------------------------------------------------------

    def start(self) -> None:
        """Begin at the selected hold. Only from READY."""
        now = self._advance()
        if self._state is State.READY:
            self._begin_lead_in(self._index, now, came_from=None)
        self._flush()

    def pause(self) -> None:
        now = self._advance()
        if self._state in RUNNING:
            self._remaining = self.remaining(now)
            self._state = State.PAUSED
            self._emit(Paused(self._index, now))
        self._flush()

    def stall(self, since: float) -> None:
        """Nothing was lived after ``since`` (the computer slept, the app froze): pause as
        of that moment, saying so, instead of ending the holds the gap swallowed."""
        now = self._clock()
        since = min(max(since, self._seen), now)
        self._advance(since)
        if self._state in RUNNING:
            self._remaining = self.remaining(since)
            self._state = State.PAUSED
            self._emit(Stalled(self._index, now - since, since))
            self._emit(Paused(self._index, since))
        self._flush()

    def resume(self) -> None:
        now = self._advance()
        if self._state is State.PAUSED and self._phase is not None:
            self._state = self._phase
            self._deadline = now + self._remaining
            self._emit(Resumed(self._index, now))
            self._advance(now)
        self._flush()

    def toggle(self) -> None:
        """The one big button: start, pause, resume, or go again when finished."""
        if self._state is State.READY:
            self.start()
        elif self._state in RUNNING:
            self.pause()
        elif self._state is State.PAUSED:
            self.resume()
        else:
            self.restart()

    def next(self) -> None:
        now = self._advance()
        last = self._index == len(self.steps) - 1
        if self._state is State.READY and not last:
            self._select(self._index + 1, now)
        elif self._state in RUNNING or self._state is State.PAUSED:
            if last:
                self._finish(now)
            elif self._state is State.PAUSED:
                self._select(self._index + 1, now, came_from=self._index)
            else:
                self._begin_lead_in(self._index + 1, now, came_from=self._index)
        self._flush()

    def previous(self) -> None:
        now = self._advance()
        if self._state is State.READY:
            if self._index > 0:
                self._select(self._index - 1, now)
        elif self._state in RUNNING or self._state is State.PAUSED:
            target = self._previous_target(now)
            if self._state is State.PAUSED:
                self._select(target, now, came_from=self._index)
            else:
                self._begin_lead_in(target, now, came_from=self._index)
        self._flush()

    def reconfigure(
        self,
        routine: Routine | None = None,
        *,
        lead_in: float | None = None,
        switch_lead_in: float | None = None,
    ) -> bool:
        """New settings. Lead-ins count from the next lead-in. A new routine applies at
        once while ready; mid-session it applies from the next hold when only hold
        lengths changed, and otherwise waits for the next session. Returns whether
        the routine applies now (True also when there is none to apply)."""
        if (lead_in is not None and lead_in < 0) or (
            switch_lead_in is not None and switch_lead_in < 0
        ):
            raise ValueError("lead-ins must not be negative")
        now = self._advance()
        if lead_in is not None:
            self.lead_in = lead_in
        if switch_lead_in is not None:
            self.switch_lead_in = switch_lead_in
        applied = True
        if routine is not None and routine != self.routine:
            if self._state is State.READY:
                self._use(routine, now)
                self._index = 0
                self._phase_seconds = self._remaining = float(self.steps[0].seconds)
            elif self._state is not State.FINISHED and self._same_holds(routine):
                self._use(routine, now)
            else:
                self._waiting = routine
                applied = False
        self._flush()
        return applied

    def _same_holds(self, routine: Routine) -> bool:
        def shape(steps: tuple[Step, ...]) -> list[tuple[str, object, int]]:
            return [(step.stretch.id, step.side, step.repetition) for step in steps]

        return shape(routine.steps) == shape(self.steps)

    def _use(self, routine: Routine, now: float) -> None:
        self.routine = routine
        self.steps = routine.steps
        self._waiting = None
        self._emit(RoutineChanged(routine, now))

    def restart(self) -> None:
        """From any state: forget what was done and begin the first lead-in. Until a
        hold is done again, :meth:`undo_restart` goes back to where this was pressed."""
        now = self._clock()
        # Nothing to take back from the first hold, nor after the end (that is "Again").
        began = self._state not in (State.READY, State.FINISHED) or (
            self._state is State.READY and self._index > 0
        )
        self._before_restart = (self._index, frozenset(self._completed)) if began else None
        self._completed.clear()
        if self._waiting is not None:
            self._before_restart = None  # the routine it was pressed in is gone
            self._use(self._waiting, now)
        self._emit(Restarted(now))
        self._begin_lead_in(0, now, came_from=None)
        self._flush()

    @property
    def can_undo_restart(self) -> bool:
        return self._before_restart is not None and not self._completed

    def undo_restart(self) -> None:
        """Back to where Restart was pressed, paused before that hold's lead-in, with
        what had been done then counted again."""
        if not self.can_undo_restart or self._before_restart is None:
            return
        now = self._advance()
        index, completed = self._before_restart
        self._before_restart = None
        self._completed = set(completed)
        self._state = State.PAUSED
        self._emit(RestartUndone(index, now))
        self._select(index, now)
        self._flush()

    def tick(self, now: float | None = None) -> None:
        """Let time pass: end phases whose deadline is reached, announce final seconds."""
        self._advance(now)
        self._flush()

    # --- transitions -----------------------------------------------------------------

    def _advance(self, now: float | None = None) -> float:
        now = self._clock() if now is None else now
        self._seen = max(self._seen, now)
        while self._state in RUNNING:
            self._call_marks(now)
            if now < self._deadline:
                break
            ended_at = self._deadline
            if self._state is State.GET_READY:
                self._begin_hold(ended_at)
            else:
                self._complete_hold(ended_at)
        return now

    def _begin_lead_in(self, index: int, now: float, *, came_from: int | None) -> None:
        self._index = index
        self._state = self._phase = State.GET_READY
        self._set_lead_in(index, came_from)
        self._deadline = now + self._phase_seconds
        step = self.steps[index]
        switch = self._side_switch(index, came_from)
        seconds, script = self._phase_seconds, self._script
        self._emit(LeadInStarted(index, step, seconds, now, side_switch=switch, script=script))
        if switch:
            self._emit(SideSwitched(index, step, now))
        self._call_marks(now)  # a sentence said at once

    def _set_lead_in(self, index: int, came_from: int | None) -> None:
        """The lead-in into ``index`` is the phase: its length, script and sentences."""
        self._script = self._script_for(index, came_from)
        self._phase_seconds = self._lead_in_for(index, came_from)
        self._marks = lead_in_marks(index, self._phase_seconds, self._script)

    def _begin_hold(self, at: float) -> None:
        self._state = self._phase = State.HOLDING
        step = self.step
        self._phase_seconds = float(step.seconds)
        self._deadline = at + self._phase_seconds
        self._marks = hold_marks(self._index, step)
        self._emit(HoldStarted(self._index, step, at))
        pace = step.stretch.pace
        if pace is not None:
            self._emit(Beat(self._index, 0, pace.word(0), at))

    def _call_marks(self, now: float) -> None:
        # Only the latest mark crossed is called: a late tick does not replay a
        # burst of stale calls, and none sound after the deadline.
        crossed = [mark for mark in self._marks if now >= self._deadline - mark[0]]
        if not crossed:
            return
        del self._marks[: len(crossed)]
        if now < self._deadline:
            latest = crossed[-1][0]
            for left, make in crossed:
                if left == latest:
                    self._emit(make(self._deadline - left))

    def _complete_hold(self, at: float) -> None:
        self._completed.add(self._index)
        self._emit(HoldCompleted(self._index, self.step, at))
        if self._index == len(self.steps) - 1:
            self._finish(at)
        else:
            self._begin_lead_in(self._index + 1, at, came_from=self._index)

    def _finish(self, at: float) -> None:
        self._state = State.FINISHED
        self._phase = None
        self._remaining = 0.0
        self._emit(SessionFinished(self.summary(), at))

    def _select(self, index: int, now: float, *, came_from: int | None = None) -> None:
        """Move without running: READY shows the hold, PAUSED waits at its lead-in."""
        self._index = index
        if self._state is State.PAUSED:
            self._phase = State.GET_READY
            self._set_lead_in(index, came_from)
        else:
            self._phase_seconds = float(self.steps[index].seconds)
        self._remaining = self._phase_seconds
        self._emit(Moved(index, now))

    def _previous_target(self, now: float) -> int:
        elapsed = self._phase_seconds - self.remaining(now)
        if self._phase is State.HOLDING and elapsed >= self.previous_grace:
            return self._index
        return max(0, self._index - 1)

    # --- helpers ---------------------------------------------------------------------

    def _same_stretch(self, a: int, b: int) -> bool:
        return self.steps[a].stretch == self.steps[b].stretch

    def _side_switch(self, index: int, came_from: int | None) -> bool:
        """Whether the lead-in into ``index`` is the other side of the hold just left (the
        same side done again is no switch: the body stays as it is)."""
        return (
            came_from is not None
            and self._same_stretch(came_from, index)
            and self.steps[came_from].side != self.steps[index].side
        )

    def _lead_in_for(self, index: int, came_from: int | None) -> float:
        # The short lead-in also serves a hold started again (came_from == index): the
        # body is already in the stretch. Its script still names the stretch in full.
        short = came_from is not None and self._same_stretch(came_from, index)
        least = self.switch_lead_in if short else self.lead_in
        script = self._script_for(index, came_from)
        return max(least, script.seconds) if script is not None else least

    def _script_for(self, index: int, came_from: int | None) -> Script | None:
        if self.scripts is None:
            return None
        return self.scripts(self.steps[index], self._side_switch(index, came_from))

    def _session_remaining(self, remaining: float) -> float:
        if self._state is State.FINISHED:
            return 0.0
        total = remaining
        if self._state is State.READY:
            total = self._lead_in_for(self._index, None) + self.step.seconds
        elif self._phase is State.GET_READY:
            total += self.step.seconds
        for j in range(self._index + 1, len(self.steps)):
            total += self._lead_in_for(j, j - 1) + self.steps[j].seconds
        return total

    def _emit(self, event: Event) -> None:
        self._pending.append(event)

    def _flush(self) -> None:
        # Listeners hear about a transition only once the machine is consistent,
        # so one that calls back into the session sees a settled state.
        while self._pending:
            event = self._pending.pop(0)
            for listener in list(self._listeners):
                listener(event)
