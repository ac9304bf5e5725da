"""The bars both charts share: a week of the range each, or a month for a long range.

The sessions chart counts them and the pain chart and its sentences average their
ratings, so the two charts line up column for column.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from backspasm_gui.core.history import HANDOUT_PER_DAY, SessionRecord, between, weeks
from backspasm_gui.report.words import month_label, short_date

MAX_WEEKLY_BARS = 16  # a longer range gets a bar per month


@dataclass(frozen=True, slots=True)
class Period:
    """One bar of the chart: a week (or a month) of the range."""

    start: date
    label: str  # "26 Oct" for a week, "Oct" for a month
    year: str  # under a month's label where the year starts; "" otherwise
    days: int  # days of the period inside the range
    sessions: int  # that count
    pain_before: float | None  # mean rating
    pain_after: float | None
    per_day: tuple[int, int] = HANDOUT_PER_DAY  # sessions a day asked for, least and most

    @property
    def target(self) -> tuple[int, int]:
        low, high = self.per_day
        return low * self.days, high * self.days


def _mean(values: Iterable[int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def periods(
    records: Sequence[SessionRecord],
    first: date,
    last: date,
    per_day: tuple[int, int] = HANDOUT_PER_DAY,
) -> tuple[str, list[Period]]:
    """The bars: one a week, or one a month when there would be more than
    ``MAX_WEEKLY_BARS`` weeks; each with a target of ``per_day`` sessions a day."""
    by_week = weeks(records, first, last)
    if len(by_week) <= MAX_WEEKLY_BARS:
        return "week", [
            Period(
                w.start,
                short_date(w.start),
                "",
                w.days,
                w.sessions,
                w.pain_before,
                w.pain_after,
                per_day,
            )
            for w in by_week
        ]
    chosen = between(records, first, last)
    result: list[Period] = []
    start = first.replace(day=1)
    while start <= last:
        following = (start + timedelta(days=32)).replace(day=1)
        low, high = max(start, first), min(following - timedelta(days=1), last)
        those = [r for r in chosen if low <= r.day <= high]
        result.append(
            Period(
                start=start,
                label=month_label(start),
                year=str(start.year) if not result or start.month == 1 else "",
                days=(high - low).days + 1,
                sessions=sum(r.counts for r in those),
                pain_before=_mean(r.pain_before for r in those),
                pain_after=_mean(r.pain_after for r in those),
                per_day=per_day,
            )
        )
        start = following
    return "month", result
