"""What the session tells whoever follows it: the events of what happened, the
view of one moment, the summary of what was done, and when in a hold or lead-in
each call (a beat, "ten seconds", a final second, a sentence) is due.

The events are small frozen records, each ``at`` a clock time: the guide turns
them into chimes and words, the screen reader into announcements and the history
into records. Natural transitions carry the deadline they happened at, not the
tick that saw them, so what is said and kept does not depend on the tick rate.
A screen draws from a :class:`View` instead, taken whenever it repaints.

The state machine that makes them is ``core/session.py``; they live apart so that
whoever only listens or draws reads what it is told without the machine's rules.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from backspasm_gui.core.routine import Kind

if TYPE_CHECKING:
    from backspasm_gui.core.routine import Routine, Step
    from backspasm_gui.core.script import Script
    from backspasm_gui.core.session import State


@dataclass(frozen=True, slots=True)
class Summary:
    """What a session did: which holds were completed, which were left out."""

    planned: int
    completed: tuple[int, ...]  # hold indices, in routine order
    held_seconds: int

    @property
    def skipped(self) -> tuple[int, ...]:
        done = set(self.completed)
        return tuple(i for i in range(self.planned) if i not in done)

    @property
    def complete(self) -> bool:
        return len(self.completed) == self.planned

    @property
    def counts(self) -> bool:
        """Whether it counts towards the day's goal: at least half the holds were done
        (leaving out a stretch that hurts still counts; skipping through does not)."""
        return 2 * len(self.completed) >= self.planned


@dataclass(frozen=True, slots=True)
class LeadInStarted:
    index: int
    step: Step
    seconds: float
    at: float
    side_switch: bool = False  # the other side of the stretch just done; SideSwitched follows
    script: Script | None = None  # what is said and shown in it; Instructions follow


@dataclass(frozen=True, slots=True)
class Instruction:
    """A lead-in reaches a sentence of its script: say ``words`` as the figure begins
    demonstration step ``step``."""

    index: int
    step: int
    words: str
    at: float


@dataclass(frozen=True, slots=True)
class SideSwitched:
    """The lead-in just started is the other side of the stretch just done."""

    index: int
    step: Step
    at: float


@dataclass(frozen=True, slots=True)
class HoldStarted:
    index: int
    step: Step
    at: float


@dataclass(frozen=True, slots=True)
class FinalSecond:
    """One of the last three seconds of a hold begins (3, 2, then 1 left)."""

    index: int
    seconds_left: int
    at: float


@dataclass(frozen=True, slots=True)
class TenSecondsLeft:
    """Ten seconds of a hold are left (holds of 14 s and more; not in movements)."""

    index: int
    at: float


@dataclass(frozen=True, slots=True)
class Beat:
    """A paced movement moves on: beat 0 at the start, then one every pace seconds."""

    index: int
    beat: int
    word: str
    at: float


@dataclass(frozen=True, slots=True)
class HoldCompleted:
    index: int
    step: Step
    at: float


@dataclass(frozen=True, slots=True)
class SessionFinished:
    summary: Summary
    at: float


@dataclass(frozen=True, slots=True)
class Paused:
    index: int
    at: float


@dataclass(frozen=True, slots=True)
class Stalled:
    """Time jumped ``gap`` seconds (sleep, a frozen machine); Paused follows, ``at`` the jump."""

    index: int
    gap: float
    at: float


@dataclass(frozen=True, slots=True)
class Resumed:
    index: int
    at: float


@dataclass(frozen=True, slots=True)
class Moved:
    """The selected hold changed while nothing runs (ready or paused)."""

    index: int
    at: float


@dataclass(frozen=True, slots=True)
class Restarted:
    at: float


@dataclass(frozen=True, slots=True)
class RestartUndone:
    """Restart taken back: the session waits, paused, at hold ``index`` again, with
    the holds done before it counted again."""

    index: int
    at: float


@dataclass(frozen=True, slots=True)
class RoutineChanged:
    """The session now leads ``routine`` (other stretches, order or hold lengths)."""

    routine: Routine
    at: float


Event = (
    LeadInStarted
    | SideSwitched
    | Instruction
    | HoldStarted
    | Beat
    | TenSecondsLeft
    | FinalSecond
    | HoldCompleted
    | SessionFinished
    | Paused
    | Stalled
    | Resumed
    | Moved
    | Restarted
    | RestartUndone
    | RoutineChanged
)


@dataclass(frozen=True, slots=True)
class View:
    """Everything a screen needs to draw the session at one moment."""

    state: State
    phase: State | None  # GET_READY or HOLDING while running or paused, else None
    index: int
    step: Step
    remaining: float  # seconds left in the phase
    phase_seconds: float  # the phase's full length
    session_remaining: float  # seconds to the end if nothing is skipped
    holds_done: int
    holds: int
    script: Script | None = None  # the running or paused lead-in's


# --- when a running phase calls its events ---------------------------------------------

FINAL_SECONDS = (3, 2, 1)
TEN_SECONDS = 10  # "ten seconds" is called in holds at least this long plus the final seconds

# A call still to make in a running phase: (seconds left when it is due, its event's
# maker, given the moment it is called at).
Mark = tuple[float, Callable[[float], Event]]


def lead_in_marks(index: int, seconds: float, script: Script | None) -> list[Mark]:
    """The sentences a lead-in of ``seconds`` into hold ``index`` says on its way, each
    as the figure begins the step it describes; none without a script."""
    if script is None:
        return []
    return [
        (seconds - line.at, partial(Instruction, index, line.step, line.words))
        for line in script.lines
    ]


def hold_marks(index: int, step: Step) -> list[Mark]:
    """The calls hold ``index`` makes on its way, latest first: a movement's beats after
    the first, "ten seconds" in a long still hold, the final seconds."""
    seconds = step.seconds
    marks: list[Mark] = []
    pace = step.stretch.pace
    if pace is not None:
        marks += [
            (seconds - beat * pace.seconds, partial(Beat, index, beat, pace.word(beat)))
            for beat in range(1, math.ceil(seconds / pace.seconds))
        ]
    if step.stretch.kind is Kind.HOLD and seconds >= TEN_SECONDS + 4:
        marks.append((TEN_SECONDS, partial(TenSecondsLeft, index)))
    marks += [(n, partial(FinalSecond, index, n)) for n in FINAL_SECONDS if n < seconds]
    return sorted(marks, key=lambda mark: -mark[0])
