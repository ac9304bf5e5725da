"""Random sequences of presses and passing time must never break the session's invariants."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from backspasm_gui import resources
from backspasm_gui.core.poses import load_demonstrations
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.core.script import Scripts
from backspasm_gui.core.session import Session, State
from backspasm_gui.core.session_events import (
    Event,
    HoldCompleted,
    Instruction,
    LeadInStarted,
    Moved,
    Restarted,
    RestartUndone,
    SessionFinished,
)
from tests.core.fakes import FakeClock

ROUTINE = load_routine(resources.path("routine.toml"))
SCRIPTS = Scripts(load_demonstrations(resources.path("poses.toml")))

time_steps = st.one_of(
    st.just(0.0),
    st.floats(min_value=1e-6, max_value=0.05),
    st.floats(min_value=0.05, max_value=40.0),
    st.floats(min_value=40.0, max_value=5000.0),
)


class SessionMachine(RuleBasedStateMachine):
    @initialize(
        lead_in=st.one_of(st.just(0.0), st.floats(min_value=0.01, max_value=10.0)),
        switch=st.one_of(st.just(0.0), st.floats(min_value=0.01, max_value=5.0)),
        scripted=st.booleans(),
    )
    def build(self, lead_in: float, switch: float, scripted: bool) -> None:
        self.clock = FakeClock()
        self.session = Session(
            ROUTINE,
            self.clock,
            lead_in=lead_in,
            switch_lead_in=switch,
            scripts=SCRIPTS if scripted else None,
        )
        self.scripted = scripted
        self.lead_in_of: int | None = None
        self.said: list[int] = []  # the sentences said in this lead-in, by step
        self.done: set[int] = set()  # counted from events, independently of the session
        self.finished_events = 0
        self.last_event_at = self.clock.now
        self.frozen: float | None = None
        self.before_restart: tuple[int, set[int]] = (0, set())
        self.where_pressed: tuple[int, set[int]] = (0, set())
        self.session.subscribe(self.hear)

    def hear(self, event: Event) -> None:
        assert event.at <= self.clock.now + 1e-9, "an event from the future"
        if isinstance(event, LeadInStarted | Moved):
            self.lead_in_of, self.said = event.index, []
        elif isinstance(event, Instruction):
            # A sentence of the lead-in under way (begun, or moved to while paused),
            # each said once and in order, and only where there are scripts.
            assert self.scripted
            assert event.index == self.lead_in_of
            assert not self.said or event.step > self.said[-1]
            self.said.append(event.step)
        if isinstance(event, Restarted):
            # Heard once the whole command is done: where it was is noted before it.
            self.before_restart = self.where_pressed
            self.done.clear()
        elif isinstance(event, RestartUndone):
            index, done = self.before_restart
            assert event.index == index  # back where Restart was pressed
            self.done = set(done)
        elif isinstance(event, HoldCompleted):
            self.done.add(event.index)
        elif isinstance(event, SessionFinished):
            self.finished_events += 1

    # --- what a person and time do ----------------------------------------------------

    @rule(seconds=time_steps)
    def time_passes(self, seconds: float) -> None:
        was_paused = self.session.state is State.PAUSED
        before = self.session.remaining()
        self.clock.advance(seconds)
        self.session.tick()
        if was_paused:
            assert self.session.remaining() == before, "time moved while paused"

    @rule()
    def start(self) -> None:
        self.session.start()

    @rule()
    def pause(self) -> None:
        self.session.pause()

    @rule()
    def resume(self) -> None:
        was_paused = self.session.state is State.PAUSED
        before = self.session.remaining()
        self.session.resume()
        if was_paused and before > 0:  # a zero-length lead-in ends at once, rightly
            assert abs(self.session.remaining() - before) < 1e-9, "resume changed the time left"

    @rule()
    def pause_keeps_the_time_left(self) -> None:
        self.session.tick()  # settle what is due now, as pause itself does first
        running = self.session.state in (State.GET_READY, State.HOLDING)
        before = self.session.remaining()
        self.session.pause()
        if running:
            assert self.session.remaining() == before

    @rule(asleep=st.floats(min_value=5.0, max_value=100_000.0), lived=st.floats(0.0, 1.0))
    def computer_sleeps(self, asleep: float, lived: float) -> None:
        """The wake-up comes ``asleep`` seconds late; the session must not jump ahead."""
        done_before = set(self.done)
        state_before = self.session.state
        since = self.clock.now + lived
        self.clock.advance(lived + asleep)
        self.session.stall(since)
        if state_before in (State.GET_READY, State.HOLDING):
            assert self.session.state in (State.PAUSED, State.FINISHED)
        # at most the holds due in the lived second end, never those the sleep swallowed
        assert len(self.done - done_before) <= 1

    @rule()
    def toggle(self) -> None:
        self.where_pressed = (self.session.index, set(self.done))
        self.session.toggle()

    @rule()
    def next(self) -> None:
        self.session.next()

    @rule()
    def previous(self) -> None:
        self.session.previous()

    @rule()
    def restart(self) -> None:
        self.where_pressed = (self.session.index, set(self.done))
        self.session.restart()
        assert self.session.state is State.GET_READY
        assert self.session.index == 0

    @rule()
    def undo_restart(self) -> None:
        could = self.session.can_undo_restart
        self.session.undo_restart()
        if could:
            assert self.session.state is State.PAUSED
            assert self.session.index == self.before_restart[0]
        assert not self.session.can_undo_restart

    @precondition(lambda self: self.session.state is State.FINISHED)
    @rule(
        command=st.sampled_from(["start", "pause", "resume", "next", "previous", "tick"]),
        seconds=time_steps,
    )
    def finished_stays_finished(self, command: str, seconds: float) -> None:
        self.clock.advance(seconds)
        getattr(self.session, command)()
        assert self.session.state is State.FINISHED

    # --- what must always hold --------------------------------------------------------

    @invariant()
    def index_in_range(self) -> None:
        assert 0 <= self.session.index < len(ROUTINE.steps)

    @invariant()
    def remaining_within_the_phase(self) -> None:
        view = self.session.view()
        assert 0.0 <= view.remaining <= view.phase_seconds
        if view.state is State.HOLDING:
            assert view.phase_seconds == view.step.seconds

    @invariant()
    def held_time_is_the_sum_of_completed_holds(self) -> None:
        summary = self.session.summary()
        assert set(summary.completed) == self.done
        assert summary.held_seconds == sum(ROUTINE.steps[i].seconds for i in self.done)

    @invariant()
    def session_time_left_is_zero_only_when_finished(self) -> None:
        left = self.session.view().session_remaining
        assert left >= 0.0
        if self.session.state is State.FINISHED:
            assert left == 0.0
        else:
            assert left > 0.0  # every hold is at least a second long

    @invariant()
    def finished_is_announced(self) -> None:
        if self.session.state is State.FINISHED:
            assert self.finished_events >= 1

    @invariant()
    def nothing_wakes_a_still_session(self) -> None:
        if self.session.state not in (State.GET_READY, State.HOLDING):
            assert self.session.next_change() is None


TestSessionMachine = SessionMachine.TestCase
TestSessionMachine.settings = settings(max_examples=200, stateful_step_count=50, deadline=None)
