"""What was done: session records, and what a person or a clinician reads from them.

Plain Python. A :class:`SessionRecord` is one session as it happened (when, which
holds were planned and which done, how it ended, the pain ratings around it);
the functions below turn a list of them into the numbers the progress view and
the clinician's report show: sessions per day, streaks of days that met the
goal, the last weeks as a calendar, pain before and after, sessions per week
against the handout's "2-3 times daily", and the routine as it was really done.

Recording a live session is ``recorder.py``'s; storing is ``storage.history_db``'s;
nothing here knows SQLite or Qt.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Protocol

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.pain import PAIN_MAX, PAIN_MIN
from backspasm_gui.core.routine import Routine, Step
from backspasm_gui.core.timefmt import seconds_short

# The scale's words at its ends, in English: show them with pain_word().
PAIN_WORDS = {
    0: QT_TRANSLATE_NOOP("History", "No pain"),
    10: QT_TRANSLATE_NOOP("History", "Worst pain imaginable"),
}
HANDOUT_PER_DAY = (2, 3)  # "Perform these stretches 2-3 times daily"
CALENDAR_WEEKS = 8
WEEKENDS = frozenset({5, 6})


def pain_word(value: int) -> str:
    """The words for a rating on the 0-10 scale in the app's language: "No pain" for 0,
    "Worst pain imaginable" for 10, "" for the numbers between."""
    words = PAIN_WORDS.get(value)
    return translate("History", words) if words else ""


def check_pain(value: int | None) -> int | None:
    """``value`` if it is a rating on the 0-10 scale (or None, not rated)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not PAIN_MIN <= value <= PAIN_MAX:
        raise ValueError(f"a pain rating is a whole number from 0 to 10, got {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class HoldRecord:
    """One planned hold: which stretch, which side, how long, and whether it was done."""

    stretch_id: str
    stretch_name: str
    side: str | None  # "left", "right", or None for a stretch without sides
    seconds: int
    done: bool

    @classmethod
    def of(cls, step: Step, *, done: bool = False) -> HoldRecord:
        side = step.side.value if step.side is not None else None
        return cls(step.stretch.id, step.stretch.name, side, step.seconds, done)


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One session. Times are aware datetimes in the local zone of the moment."""

    started: datetime
    ended: datetime  # when it ended; while in progress, the latest hold done
    holds: tuple[HoldRecord, ...]
    finished: bool = False  # reached the end (by its last hold, or Next on it)
    in_progress: bool = False  # still running (or the app was killed during it)
    pain_before: int | None = None
    pain_after: int | None = None
    id: int | None = None  # the store's key, once stored
    # The title of the routine it followed, as the person saw it; "" for sessions
    # stored before routines were recorded (they followed the handout's).
    routine: str = ""

    def __post_init__(self) -> None:
        if self.started.tzinfo is None or self.ended.tzinfo is None:
            raise ValueError("session times must carry their UTC offset")
        check_pain(self.pain_before)
        check_pain(self.pain_after)

    @property
    def day(self) -> date:
        """The day it counts for: the local date it started on."""
        return self.started.date()

    @property
    def holds_planned(self) -> int:
        return len(self.holds)

    @property
    def holds_done(self) -> int:
        return sum(hold.done for hold in self.holds)

    @property
    def counts(self) -> bool:
        """Counts towards the day's goal: at least half its holds were done (as
        :attr:`Summary.counts` decides for a session just ended)."""
        return self.holds_planned > 0 and 2 * self.holds_done >= self.holds_planned

    @property
    def outcome(self) -> str:
        return "finished" if self.finished else "stopped early"

    @property
    def skipped(self) -> tuple[str, ...]:
        """Names of the stretches with a hold not done (each named once, in order)."""
        names = [hold.stretch_name for hold in self.holds if not hold.done]
        return tuple(dict.fromkeys(names))

    @property
    def minutes(self) -> float:
        return max(0.0, (self.ended - self.started).total_seconds() / 60)


class Store(Protocol):
    """Where records go. ``save`` inserts a record without an id (returning it with
    the new id) and replaces the one with its id, in one transaction each. It
    never raises: a store that cannot write says so its own way and returns the
    record as given."""

    def save(self, record: SessionRecord) -> SessionRecord: ...


# --- the numbers --------------------------------------------------------------------


def between(
    records: Iterable[SessionRecord], first: date | None = None, last: date | None = None
) -> list[SessionRecord]:
    """The records whose day is in ``first``..``last`` (both included), oldest first."""
    chosen = [
        record
        for record in records
        if (first is None or record.day >= first) and (last is None or record.day <= last)
    ]
    return sorted(chosen, key=lambda record: record.started)


def day_counts(records: Iterable[SessionRecord]) -> Counter[date]:
    """Sessions that count, per day."""
    return Counter(record.day for record in records if record.counts)


def done_on(records: Iterable[SessionRecord], day: date) -> int:
    return day_counts(r for r in records if r.day == day)[day]


@dataclass(frozen=True, slots=True)
class Streaks:
    current: int  # days in a row that met the goal, up to today (or yesterday)
    best: int


def streaks(
    counts: Counter[date] | dict[date, int],
    goal: int,
    today: date,
    rest_days: frozenset[int] = frozenset(),
) -> Streaks:
    """Runs of days that met ``goal``.

    A day that missed it ends a run, except today (still going: the run up to
    yesterday stands) and ``rest_days`` (weekday numbers, 0 Monday: a weekend
    off when reminders only come on weekdays), which neither end nor lengthen a
    run unless the goal was met on them.
    """
    if goal < 1:
        raise ValueError(f"the daily goal is at least 1, got {goal}")
    met = {day for day, n in counts.items() if n >= goal and day <= today}
    if not met:
        return Streaks(0, 0)
    best = run = 0
    day = min(met)
    current = 0
    while day <= today:
        if day in met:
            run += 1
        elif day != today and day.weekday() not in rest_days:
            run = 0
        best = max(best, run)
        current = run
        day += timedelta(days=1)
    return Streaks(current, best)


@dataclass(frozen=True, slots=True)
class CalendarDay:
    day: date
    sessions: int
    future: bool  # after today: drawn empty


def calendar(
    counts: Counter[date] | dict[date, int], today: date, weeks: int = CALENDAR_WEEKS
) -> list[list[CalendarDay]]:
    """The last ``weeks`` weeks, Monday to Sunday, the current week last."""
    monday = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    rows = []
    for week in range(weeks):
        row = []
        for weekday in range(7):
            day = monday + timedelta(weeks=week, days=weekday)
            row.append(CalendarDay(day, counts.get(day, 0), day > today))
        rows.append(row)
    return rows


@dataclass(frozen=True, slots=True)
class PainPoint:
    when: datetime
    before: int | None
    after: int | None


def pain_points(records: Iterable[SessionRecord]) -> list[PainPoint]:
    """Every session with a rating, oldest first."""
    return [
        PainPoint(r.started, r.pain_before, r.pain_after)
        for r in sorted(records, key=lambda r: r.started)
        if r.pain_before is not None or r.pain_after is not None
    ]


@dataclass(frozen=True, slots=True)
class Week:
    """One week (Monday ``start``) of sessions against the handout's 2-3 a day."""

    start: date
    days: int  # days of the week inside the range asked for
    sessions: int  # that count
    active_days: int  # days with at least one
    pain_before: float | None  # mean rating, or None if none
    pain_after: float | None

    @property
    def per_day(self) -> float:
        return self.sessions / self.days if self.days else 0.0

    @property
    def target(self) -> tuple[int, int]:
        low, high = HANDOUT_PER_DAY
        return low * self.days, high * self.days


def weeks(records: Iterable[SessionRecord], first: date, last: date) -> list[Week]:
    """Week by week from ``first`` to ``last`` (partial weeks at either end)."""
    if last < first:
        raise ValueError(f"the range ends ({last}) before it starts ({first})")
    chosen = between(records, first, last)
    by_week: defaultdict[date, list[SessionRecord]] = defaultdict(list)
    for record in chosen:
        by_week[record.day - timedelta(days=record.day.weekday())].append(record)
    result = []
    start = first - timedelta(days=first.weekday())
    while start <= last:
        end = start + timedelta(days=6)
        days = (min(end, last) - max(start, first)).days + 1
        those = by_week.get(start, [])
        counting = [r for r in those if r.counts]
        result.append(
            Week(
                start=start,
                days=days,
                sessions=len(counting),
                active_days=len({r.day for r in counting}),
                pain_before=_mean(r.pain_before for r in those),
                pain_after=_mean(r.pain_after for r in those),
            )
        )
        start += timedelta(weeks=1)
    return result


def _mean(values: Iterable[int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


@dataclass(frozen=True, slots=True)
class StretchAsDone:
    """One of the handout's stretches over a range of sessions."""

    name: str
    handout_seconds: int
    seconds: tuple[int, ...]  # hold lengths used, most used first
    holds_planned: int
    holds_done: int
    in_routine: bool  # planned in at least one session
    in_handout: bool = True  # False: a stretch of another routine file

    @property
    def changed_seconds(self) -> bool:
        return self.in_handout and any(s != self.handout_seconds for s in self.seconds)

    @property
    def note(self) -> str:
        """One plain phrase for the report: as the handout, left out, or what changed
        (phrases joined by "; ")."""
        if not self.in_routine:
            return translate("History", "left out of the routine")
        parts = [] if self.in_handout else [translate("History", "not in the handout")]
        if self.changed_seconds:
            used = " / ".join(seconds_short(s) for s in self.seconds)
            parts.append(
                translate("History", "held {used} (handout: {handout})").format(
                    used=used, handout=seconds_short(self.handout_seconds)
                )
            )
        if self.holds_done < self.holds_planned:
            if self.holds_planned == 1:
                text = translate("History", "{done} of 1 hold done")
            else:
                text = translate("History", "{done} of {planned} holds done")
            parts.append(text.format(done=self.holds_done, planned=self.holds_planned))
        return "; ".join(parts) or translate("History", "as in the handout")


def routine_as_done(records: Sequence[SessionRecord], handout: Routine) -> list[StretchAsDone]:
    """Each of the handout's stretches (then any other that was done), as really done."""
    planned: Counter[str] = Counter()
    done: Counter[str] = Counter()
    seconds: defaultdict[str, Counter[int]] = defaultdict(Counter)
    names: dict[str, str] = {}
    for record in records:
        for hold in record.holds:
            planned[hold.stretch_id] += 1
            done[hold.stretch_id] += hold.done
            seconds[hold.stretch_id][hold.seconds] += 1
            names.setdefault(hold.stretch_id, hold.stretch_name)
    rows = []
    known = {stretch.id: stretch for stretch in handout.stretches}
    ids = [*known, *(i for i in names if i not in known)]
    for stretch_id in ids:
        stretch = known.get(stretch_id)
        used = tuple(s for s, _n in seconds[stretch_id].most_common())
        rows.append(
            StretchAsDone(
                name=stretch.name if stretch else names[stretch_id],
                handout_seconds=stretch.seconds if stretch else (used[0] if used else 0),
                seconds=used,
                holds_planned=planned[stretch_id],
                holds_done=done[stretch_id],
                in_routine=planned[stretch_id] > 0,
                in_handout=stretch is not None,
            )
        )
    return rows
