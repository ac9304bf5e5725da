"""What the page says, worked out before anything is drawn: the range, the routine
(the handout's, or a prescription's) and which ones the sessions followed, the six
numbers, the bars, the sentences on pain and the routine as done.

Drawing then only places what is here, so the numbers can be tested without a page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from backspasm_gui.core.history import (
    HANDOUT_PER_DAY,
    SessionRecord,
    StretchAsDone,
    between,
    day_counts,
    routine_as_done,
    streaks,
)
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.prescribed import Prescribed
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
    prescribed: Prescribed | None = None  # the routine the report is about, if prescribed
    # Each routine the range's sessions followed (by title) and how many, in the order
    # first followed; sessions that name none followed the handout's.
    routines: tuple[tuple[str, int], ...] = ()

    @property
    def routine_title(self) -> str:
        """The title sessions of the routine the page is about record."""
        return self.handout.title if self.prescribed is None else self.prescribed.title

    @property
    def per_day(self) -> tuple[int, int]:
        """The sessions a day the page measures against, least and most: the
        prescription's, else the handout's 2-3."""
        if self.prescribed is None:
            return HANDOUT_PER_DAY
        return self.prescribed.sessions_per_day, self.prescribed.sessions_per_day


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


def followed(records: Sequence[SessionRecord], handout: Routine) -> tuple[tuple[str, int], ...]:
    """Each routine ``records`` followed, by title, with its number of sessions, in the
    order first followed. A session that names none followed ``handout``, and so did one
    that names the handout's title in the words of its file (recorded in English, say,
    and reported on in Spanish)."""

    def title(record: SessionRecord) -> str:
        named = record.routine
        if not named or translate("Routine", named) == handout.title:
            return handout.title
        return named

    return tuple(Counter(title(record) for record in records).items())


def content(
    records: Sequence[SessionRecord],
    handout: Routine,
    *,
    first: date,
    last: date,
    goal: int,
    name: str,
    generated: date,
    prescribed: Prescribed | None = None,
) -> Content:
    """What the page says. With ``prescribed``, the sessions are measured against its
    sessions per day rather than ``goal``."""
    if prescribed is not None:
        goal = prescribed.sessions_per_day
    if last < first:
        raise ValueError(f"the report's range ends ({last}) before it starts ({first})")
    if goal < 1:
        raise ValueError(f"the daily goal is at least 1, got {goal}")
    chosen = between(records, first, last)
    per_day = HANDOUT_PER_DAY if prescribed is None else (goal, goal)
    unit, pool = periods(chosen, first, last, per_day)
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
        prescribed=prescribed,
        routines=followed(chosen, handout),
    )
