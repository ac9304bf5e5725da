"""What the page says, worked out before anything is drawn: the range, the six
numbers, the bars, the sentences on pain and the routine as done.

Drawing then only places what is here, so the numbers can be tested without a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from backspasm_gui.core.history import (
    SessionRecord,
    StretchAsDone,
    between,
    day_counts,
    routine_as_done,
    streaks,
)
from backspasm_gui.core.routine import Routine
from backspasm_gui.report.pain_words import pain_text
from backspasm_gui.report.periods import Period, periods


@dataclass(frozen=True, slots=True)
class Summary:
    days: int  # in the range
    started: int  # sessions, counting or not
    done: int  # sessions that count
    active_days: int  # days with a session that counts
    met_days: int  # days that met the goal
    best_streak: int
    stopped_early: int
    goal: int

    @property
    def per_day(self) -> float:
        return self.done / self.days if self.days else 0.0


@dataclass(frozen=True, slots=True)
class Content:
    first: date
    last: date
    name: str
    generated: date
    summary: Summary
    unit: str  # "week" or "month": what a bar stands for
    periods: tuple[Period, ...]
    pain_text: str  # "" without ratings
    routine: tuple[StretchAsDone, ...]
    handout: Routine


def summarise(records: Sequence[SessionRecord], first: date, last: date, goal: int) -> Summary:
    counts = day_counts(records)
    return Summary(
        days=(last - first).days + 1,
        started=len(records),
        done=sum(counts.values()),
        active_days=len(counts),
        met_days=sum(n >= goal for n in counts.values()),
        best_streak=streaks(counts, goal, last).best,
        stopped_early=sum(not r.finished for r in records),
        goal=goal,
    )


def content(
    records: Sequence[SessionRecord],
    handout: Routine,
    *,
    first: date,
    last: date,
    goal: int,
    name: str,
    generated: date,
) -> Content:
    if last < first:
        raise ValueError(f"the report's range ends ({last}) before it starts ({first})")
    if goal < 1:
        raise ValueError(f"the daily goal is at least 1, got {goal}")
    chosen = between(records, first, last)
    unit, pool = periods(chosen, first, last)
    return Content(
        first=first,
        last=last,
        name=" ".join(name.split()),
        generated=generated,
        summary=summarise(chosen, first, last, goal),
        unit=unit,
        periods=tuple(pool),
        pain_text=pain_text(chosen, unit, pool),
        routine=tuple(routine_as_done(chosen, handout)),
        handout=handout,
    )
