"""The progress report as one A4 page of PDF, drawn with QPdfWriter and QPainter.

Made for paper: white page, dark ink, greys only (it photocopies and prints in
black and white), sizes in points. From top to bottom: who and when, six
numbers, sessions per week (or month) against the handout's 2-3 a day, pain
before and after a session, the routine as it was really done, and where the
page came from. Every part has a fixed or measured height and the two charts
share what is left, so the page never spills onto a second one, whether the
range is a week or years.

Needs a QGuiApplication (the caller makes it; the offscreen platform will do).
The file is written beside its final name and moved into place at the end, so
a failed export leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import logging
import math
import os
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from backspasm_gui import APP_NAME, version
from backspasm_gui.core.history import (
    HANDOUT_PER_DAY,
    PAIN_MAX,
    PAIN_MIN,
    SessionRecord,
    StretchAsDone,
    between,
    day_counts,
    routine_as_done,
    streaks,
    weeks,
)
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.timefmt import seconds_short

log = logging.getLogger(__name__)

HANDOUT_NAME = "Back Pain & Spasms"  # the handout's own title, as printed: never translated
RESOLUTION = 300  # dots per inch
MAX_WEEKLY_BARS = 16  # a longer range gets a bar per month

# The page, in points (1/72 inch).
PAGE_W, PAGE_H = 595.28, 841.89  # A4
LEFT = 44.0  # 15.5 mm: inside what any printer can print
RIGHT = PAGE_W - 44.0
TOP = 46.0
BOTTOM = PAGE_H - 40.0
WIDTH = RIGHT - LEFT

# Greys only: what the reader sees is what a black-and-white printer gives.
INK = "#111111"
MUTED = "#4d4d4d"
RULE = "#8c8c8c"
GRID = "#d9d9d9"
BAND = "#dcdcdc"
BAND_EDGE = "#8c8c8c"
BAR = "#3a3a3a"
ZEBRA = "#f0f0f0"

NO_LIGATURES = QFont.Tag("liga")
LEAST_SIZE = 6.5  # points: the smallest a line without room to wrap is made to fit


class ReportError(Exception):
    """The report could not be written; the message says where and why, in one sentence."""


# --- what the page says -----------------------------------------------------------------


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

    @property
    def target(self) -> tuple[int, int]:
        low, high = HANDOUT_PER_DAY
        return low * self.days, high * self.days


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


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def short_date(day: date) -> str:
    """``26 Oct``, in the chosen language."""
    #: A day on the report: a QDate format (d: the day, MMM: the month's short name),
    #: as "26 Oct".
    return QLocale().toString(_qdate(day), translate("Report", "d MMM"))


def long_date(day: date) -> str:
    """``26 Oct 2026``."""
    #: A day on the report with its year: a QDate format (d: the day, MMM: the month's
    #: short name, yyyy: the year), as "26 Oct 2026".
    return QLocale().toString(_qdate(day), translate("Report", "d MMM yyyy"))


def month_label(day: date) -> str:
    """``Oct``: a month's bar."""
    return QLocale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)


def month_of_year(day: date) -> str:
    """``Oct 2026``."""
    #: A month in the report's sentences on pain ("... in Oct 2026"): a QDate format
    #: (MMM: the month's short name, yyyy: the year).
    return QLocale().toString(_qdate(day), translate("Report", "MMM yyyy"))


def decimal(value: float) -> str:
    """``3.7``: one decimal place, with the chosen language's decimal point (rounded as
    Python rounds, so that English reads as it always did)."""
    return f"{value:.1f}".replace(".", QLocale().decimalPoint())


def date_range(first: date, last: date) -> str:
    """``26 Oct 2026 – 22 Nov 2026 (4 weeks)``."""
    days = (last - first).days + 1
    if first == last:
        text = translate("Report", "{first} (1 day)")
    elif days == 7:
        text = translate("Report", "{first} – {last} (1 week)")
    elif days % 7 == 0:
        text = translate("Report", "{first} – {last} ({weeks} weeks)")
    else:
        text = translate("Report", "{first} – {last} ({days} days)")
    return text.format(first=long_date(first), last=long_date(last), weeks=days // 7, days=days)


def title() -> str:
    """The report's title, on the page and in the PDF's properties."""
    return translate("Report", "{app} — progress report").format(app=APP_NAME)


def _mean(values: Iterable[int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def periods(records: Sequence[SessionRecord], first: date, last: date) -> tuple[str, list[Period]]:
    """The bars: one a week, or one a month when there would be more than
    ``MAX_WEEKLY_BARS`` weeks."""
    by_week = weeks(records, first, last)
    if len(by_week) <= MAX_WEEKLY_BARS:
        return "week", [
            Period(
                w.start, short_date(w.start), "", w.days, w.sessions, w.pain_before, w.pain_after
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
            )
        )
        start = following
    return "month", result


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


# What the sentences on pain say of one series of ratings (before or after a session),
# by (series, what it did, when): "was" (one period only), "stayed", "fell" or "rose";
# over the whole range ("whole week": from the first week to the last) or between two
# periods ("week": {start} and {end} are days, "month": {start} and {end} are months).
# "before" and "after" open a sentence; "it" follows a "before" one after a semicolon.
# {first} and {last} are the means of the first and the last period with a rating.
CLAUSES = {
    #: Opens the sentence on pain in the report; {first} is a mean rating, as "6.7".
    ("before", "was", ""): QT_TRANSLATE_NOOP("Report", "Average pain before a session was {first}"),
    #: {first} and {last} are mean ratings, as "6.7", of the first and the last week.
    ("before", "stayed", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session was {first} both in the first week and in the last",
    ),
    ("before", "stayed", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session was {first} both in the first month and in the last",
    ),
    #: {start} and {end} are the Mondays of the weeks, as "2 Nov".
    ("before", "stayed", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session was {first} both in the week of {start} and in the week "
        "of {end}",
    ),
    #: {start} and {end} are months, as "Mar 2026".
    ("before", "stayed", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session was {first} both in {start} and in {end}",
    ),
    ("before", "fell", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session fell from {first} in the first week to {last} in the last",
    ),
    ("before", "fell", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session fell from {first} in the first month to {last} in the last",
    ),
    ("before", "fell", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session fell from {first} in the week of {start} to {last} in the "
        "week of {end}",
    ),
    ("before", "fell", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session fell from {first} in {start} to {last} in {end}",
    ),
    ("before", "rose", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session rose from {first} in the first week to {last} in the last",
    ),
    ("before", "rose", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session rose from {first} in the first month to {last} in the last",
    ),
    ("before", "rose", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session rose from {first} in the week of {start} to {last} in the "
        "week of {end}",
    ),
    ("before", "rose", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session rose from {first} in {start} to {last} in {end}",
    ),
    ("after", "was", ""): QT_TRANSLATE_NOOP("Report", "Average pain after a session was {first}"),
    ("after", "stayed", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session was {first} both in the first week and in the last",
    ),
    ("after", "stayed", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session was {first} both in the first month and in the last",
    ),
    ("after", "stayed", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session was {first} both in the week of {start} and in the week of "
        "{end}",
    ),
    ("after", "stayed", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session was {first} both in {start} and in {end}",
    ),
    ("after", "fell", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session fell from {first} in the first week to {last} in the last",
    ),
    ("after", "fell", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session fell from {first} in the first month to {last} in the last",
    ),
    ("after", "fell", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session fell from {first} in the week of {start} to {last} in the "
        "week of {end}",
    ),
    ("after", "fell", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session fell from {first} in {start} to {last} in {end}",
    ),
    ("after", "rose", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session rose from {first} in the first week to {last} in the last",
    ),
    ("after", "rose", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session rose from {first} in the first month to {last} in the last",
    ),
    ("after", "rose", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session rose from {first} in the week of {start} to {last} in the "
        "week of {end}",
    ),
    ("after", "rose", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain after a session rose from {first} in {start} to {last} in {end}",
    ),
    #: Follows "Average pain before a session ...; " in the same sentence: "it" is the
    #: average pain after a session.
    ("it", "was", ""): QT_TRANSLATE_NOOP("Report", "after a session, it was {first}"),
    ("it", "stayed", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it was {first} both in the first week and in the last",
    ),
    ("it", "stayed", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it was {first} both in the first month and in the last",
    ),
    ("it", "stayed", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it was {first} both in the week of {start} and in the week of {end}",
    ),
    ("it", "stayed", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it was {first} both in {start} and in {end}",
    ),
    ("it", "fell", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it fell from {first} in the first week to {last} in the last",
    ),
    ("it", "fell", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it fell from {first} in the first month to {last} in the last",
    ),
    ("it", "fell", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it fell from {first} in the week of {start} to {last} in the week of "
        "{end}",
    ),
    ("it", "fell", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it fell from {first} in {start} to {last} in {end}",
    ),
    ("it", "rose", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it rose from {first} in the first week to {last} in the last",
    ),
    ("it", "rose", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it rose from {first} in the first month to {last} in the last",
    ),
    ("it", "rose", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it rose from {first} in the week of {start} to {last} in the week of "
        "{end}",
    ),
    ("it", "rose", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "after a session, it rose from {first} in {start} to {last} in {end}",
    ),
}
# Both series moved alike: the ratings after a session in fewer words.
ALIKE = {
    #: {first}, {last}: means before a session; {after_first}, {after_last}: after one.
    ("fell", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session fell from {first} in the first week to {last} in the "
        "last; after a session, from {after_first} to {after_last}.",
    ),
    ("fell", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session fell from {first} in the first month to {last} in the "
        "last; after a session, from {after_first} to {after_last}.",
    ),
    ("fell", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session fell from {first} in the week of {start} to {last} in the "
        "week of {end}; after a session, from {after_first} to {after_last}.",
    ),
    ("fell", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session fell from {first} in {start} to {last} in {end}; after a "
        "session, from {after_first} to {after_last}.",
    ),
    ("rose", "whole week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session rose from {first} in the first week to {last} in the "
        "last; after a session, from {after_first} to {after_last}.",
    ),
    ("rose", "whole month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session rose from {first} in the first month to {last} in the "
        "last; after a session, from {after_first} to {after_last}.",
    ),
    ("rose", "week"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session rose from {first} in the week of {start} to {last} in the "
        "week of {end}; after a session, from {after_first} to {after_last}.",
    ),
    ("rose", "month"): QT_TRANSLATE_NOOP(
        "Report",
        "Average pain before a session rose from {first} in {start} to {last} in {end}; after a "
        "session, from {after_first} to {after_last}.",
    ),
}


@dataclass(frozen=True, slots=True)
class Trend:
    """How a weekly (or monthly) mean moved from the first period with a rating to the last."""

    first: float
    last: float
    span: str  # "whole week", "whole month" (first to last period); "week", "month"
    start: str  # the first period with a rating, for "week" and "month": "2 Nov", "Oct 2026"
    end: str  # the last: "16 Nov", "Dec 2026"
    periods: tuple[int, ...]  # which periods had a rating
    single: bool  # one period only

    @property
    def verb(self) -> str:
        a, b = f"{self.first:.1f}", f"{self.last:.1f}"
        return "stayed" if a == b else "fell" if self.last < self.first else "rose"

    def _words(self, template: str, **more: str) -> str:
        return translate("Report", template).format(
            first=decimal(self.first),
            last=decimal(self.last),
            start=self.start,
            end=self.end,
            **more,
        )

    def clause(self, series: str) -> str:
        """``Average pain before a session fell from 6.8 in the first week to 3.1 in the
        last`` (``series``: "before", "after", or "it" after a "before" one)."""
        if self.single:
            return self._words(CLAUSES[series, "was", ""])
        return self._words(CLAUSES[series, self.verb, self.span])

    def with_after(self, after: Trend) -> str | None:
        """The whole sentence on ratings before (``self``) and ``after`` a session when the
        two can share their words; None when they cannot."""
        if self.single and after.single and self.periods == after.periods:
            return translate(
                "Report", "Average pain before a session was {first}; after a session, {after}."
            ).format(first=decimal(self.first), after=decimal(after.first))
        if self.periods == after.periods and self.verb == after.verb != "stayed":
            alike = ALIKE[self.verb, self.span]
            return self._words(
                alike, after_first=decimal(after.first), after_last=decimal(after.last)
            )
        return None


def trend(means: Sequence[float | None], pool: Sequence[Period], unit: str) -> Trend | None:
    rated = [(i, v) for i, v in enumerate(means) if v is not None]
    if not rated:
        return None
    (i0, v0), (i1, v1) = rated[0], rated[-1]
    whole = i0 == 0 and i1 == len(pool) - 1
    named = month_of_year if unit == "month" else short_date
    return Trend(
        first=v0,
        last=v1,
        span=f"whole {unit}" if whole else unit,
        start="" if whole else named(pool[i0].start),
        end="" if whole else named(pool[i1].start),
        periods=tuple(i for i, _ in rated),
        single=len(rated) == 1,
    )


def _joined(first: str, second: str) -> str:
    #: Two statements on pain made one sentence, as "Average pain before a session fell
    #: from 6.7 in the first week to 3.7 in the last; after a session, it rose from 2.2
    #: in the first week to 5.6 in the last." Each is translated on its own.
    return translate("Report", "{first}; {second}.").format(first=first, second=second)


def _within(pairs: Sequence[int]) -> str:
    """How pain changed within a session, over the sessions rated before and after."""
    drop = round(sum(pairs) / len(pairs), 1)
    one = len(pairs) == 1
    if drop > 0 and one:
        text = translate(
            "Report",
            "Within a session, pain fell by {points} points on average "
            "(1 session rated before and after).",
        )
    elif drop > 0:
        text = translate(
            "Report",
            "Within a session, pain fell by {points} points on average "
            "({count} sessions rated before and after).",
        )
    elif drop < 0 and one:
        text = translate(
            "Report",
            "Within a session, pain rose by {points} points on average "
            "(1 session rated before and after).",
        )
    elif drop < 0:
        text = translate(
            "Report",
            "Within a session, pain rose by {points} points on average "
            "({count} sessions rated before and after).",
        )
    elif one:
        text = translate(
            "Report",
            "Within a session, pain did not change on average (1 session rated before and after).",
        )
    else:
        text = translate(
            "Report",
            "Within a session, pain did not change on average "
            "({count} sessions rated before and after).",
        )
    return text.format(points=decimal(abs(drop)), count=len(pairs))


def pain_text(records: Sequence[SessionRecord], unit: str, pool: Sequence[Period]) -> str:
    """Two sentences on pain (the trend, the drop within a session), or "" when nothing was
    rated."""
    before = trend([p.pain_before for p in pool], pool, unit)
    after = trend([p.pain_after for p in pool], pool, unit)
    if before and after:
        text = before.with_after(after) or _joined(before.clause("before"), after.clause("it"))
    elif before:
        none = translate("Report", "none rated after a session")
        text = _joined(before.clause("before"), none)
    elif after:
        none = translate("Report", "none rated before a session")
        text = _joined(after.clause("after"), none)
    else:
        return ""
    pairs = [
        r.pain_before - r.pain_after
        for r in records
        if r.pain_before is not None and r.pain_after is not None
    ]
    if pairs:
        text += " " + _within(pairs)
    return text


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


# --- drawing ----------------------------------------------------------------------------


_RIGHT_MIDDLE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter
_LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Page:
    """A QPainter on the PDF, spoken to in points from the page's top left corner."""

    def __init__(self, painter: QPainter, resolution: int) -> None:
        self.painter = painter
        self.k = resolution / 72
        self.family = QGuiApplication.font().family()

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        k = self.k
        return QRectF(x * k, y * k, w * k, h * k)

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.k, y * self.k)

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(size)  # the writer's resolution turns points into dots
        font.setBold(bold)
        font.setFeature(NO_LIGATURES, 0)  # "first", not "ﬁrst", when the text is copied
        return font

    def metrics(self, size: float, *, bold: bool = False) -> QFontMetricsF:
        return QFontMetricsF(self.font(size, bold=bold), self.painter.device())

    def width(self, text: str, size: float, *, bold: bool = False) -> float:
        return self.metrics(size, bold=bold).horizontalAdvance(text) / self.k

    def wrapped_height(self, text: str, width: float, size: float, *, bold: bool = False) -> float:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        bound = self.metrics(size, bold=bold).boundingRect(
            self.rect(0, 0, width, 10_000), flags, text
        )
        return bound.height() / self.k

    def text(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        text: str,
        *,
        size: float = 9,
        bold: bool = False,
        color: str = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        wrap: bool = False,
    ) -> None:
        painter = self.painter
        painter.setFont(self.font(size, bold=bold))
        painter.setPen(QColor(color))
        flags = int(align) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        if not wrap:
            metrics = self.metrics(size, bold=bold)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, w * self.k)
        painter.drawText(self.rect(x, y, w, h), flags, text)

    def pen(self, color: str, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(QColor(color), width * self.k, style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        return pen

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        *,
        color: str = RULE,
        width: float = 0.5,
        style: Qt.PenStyle = Qt.PenStyle.SolidLine,
    ) -> None:
        self.painter.setPen(self.pen(color, width, style))
        self.painter.drawLine(self.point(x1, y1), self.point(x2, y2))

    def box(
        self, x: float, y: float, w: float, h: float, *, fill: str | None, edge: str | None = None
    ) -> None:
        painter = self.painter
        painter.setPen(self.pen(edge, 0.5) if edge else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(fill)) if fill else Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect(x, y, w, h))


def _nice_step(top: float, ticks: int = 5) -> int:
    """A round step (1, 2, 5, 10, 20, 50...) giving at most ``ticks`` steps up to ``top``."""
    raw = max(top, 1) / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return max(1, int(factor * power))
    return max(1, int(10 * power))


def fitted(page: Page, text: str, width: float, size: float, *, bold: bool = False) -> float:
    """``size``, or the largest smaller one (down to :data:`LEAST_SIZE`) at which ``text``
    fits on one line ``width`` points wide: for lines that have no room to wrap into."""
    least = min(size, LEAST_SIZE)
    while size > least and page.width(text, size, bold=bold) > width:
        size = max(least, size - 0.25)
    return size


def _heading(page: Page, y: float, text: str) -> float:
    page.text(LEFT, y, WIDTH, 16, text, size=fitted(page, text, WIDTH, 12, bold=True), bold=True)
    return y + 20


def draw_header(page: Page, c: Content) -> float:
    y = TOP
    page.text(LEFT, y, WIDTH, 24, title(), size=fitted(page, title(), WIDTH, 18, bold=True),
              bold=True)  # fmt: skip
    y += 30
    generated = translate("Report", "Generated {date}").format(date=long_date(c.generated))
    page.text(LEFT, y, WIDTH, 16, generated, size=9, color=MUTED, align=_RIGHT_MIDDLE)
    #: {name} is the patient's name, or a line to write it on.
    name = translate("Report", "Name: {name}").format(name=c.name or "_" * 34)
    room = WIDTH - page.width(generated, 9) - 12  # what the date beside it leaves
    page.text(LEFT, y, room, 16, name, size=fitted(page, name, room, 11))
    y += 19
    period = translate("Report", "Period: {period}").format(period=date_range(c.first, c.last))
    page.text(LEFT, y, WIDTH, 16, period, size=fitted(page, period, WIDTH, 11))
    y += 24
    page.line(LEFT, y, RIGHT, y, color=INK, width=0.8)
    return y + 12


def draw_summary(page: Page, y: float, c: Content) -> float:
    s = c.summary
    low, high = HANDOUT_PER_DAY
    if s.goal == 1:
        goal = translate("Report", "goal: 1 session a day")
    else:
        goal = translate("Report", "goal: {goal} sessions a day")
    #: The best streak, in a box of its own: days in a row.
    if s.best_streak == 1:
        best = translate("Report", "1 day")
    else:
        best = translate("Report", "{count} days")
    # Six boxes: a number, what it counts, and a detail in small print.
    cells = (
        (f"{s.done}", translate("Report", "sessions done"),
         translate("Report", "{count} started").format(count=s.started)),
        #: Days of the report's range, as "21 of 28".
        (translate("Report", "{count} of {total}").format(count=s.active_days, total=s.days),
         translate("Report", "days with a session"),
         translate("Report", "at least one session done")),
        #: Sessions a day on average, as "1.8 a day".
        (translate("Report", "{count} a day").format(count=decimal(s.per_day)),
         translate("Report", "sessions on average"),
         translate("Report", "the handout: {low}–{high} a day").format(low=low, high=high)),
        (translate("Report", "{count} of {total}").format(count=s.met_days, total=s.days),
         translate("Report", "days that met the daily goal"), goal.format(goal=s.goal)),
        (best.format(count=s.best_streak), translate("Report", "best streak"),
         translate("Report", "days in a row at the goal")),
        (f"{s.stopped_early}", translate("Report", "sessions stopped early"),
         translate("Report", "before their last hold")),
    )  # fmt: skip
    columns, gap, height = 3, 8.0, 43.0
    w = (WIDTH - gap * (columns - 1)) / columns
    for n, (value, label, detail) in enumerate(cells):
        x = LEFT + (n % columns) * (w + gap)
        top = y + (n // columns) * (height + gap)
        page.box(x, top, w, height, fill=None, edge=RULE)
        room = w - 18
        page.text(x + 9, top + 4, room, 19, value, size=fitted(page, value, room, 14, bold=True),
                  bold=True)  # fmt: skip
        page.text(x + 9, top + 22, room, 10, label, size=fitted(page, label, room, 9))
        page.text(x + 9, top + 32, room, 9, detail, size=fitted(page, detail, room, 7.5),
                  color=MUTED)  # fmt: skip
    rows = math.ceil(len(cells) / columns)
    return y + rows * height + (rows - 1) * gap


# The two charts share their columns: the same plot left and right, the legend in a
# gutter on the right.
PLOT_LEFT = LEFT + 26
GUTTER = 96.0
PLOT_RIGHT = RIGHT - GUTTER


def _column_labels(page: Page, y: float, pool: Sequence[Period]) -> None:
    """Each period's label under its column, thinned out when they would touch."""
    slot = (PLOT_RIGHT - PLOT_LEFT) / len(pool)
    widest = max(page.width(p.label, 7.5) for p in pool)
    every = max(1, math.ceil((widest + 4) / slot))
    for i, p in enumerate(pool):
        if i % every:
            continue
        cx = PLOT_LEFT + slot * (i + 0.5)
        page.text(cx - 30, y, 60, 10, p.label, size=7.5, color=MUTED, align=_CENTRE)
        if p.year:
            page.text(cx - 30, y + 9, 60, 10, p.year, size=7.5, color=MUTED, align=_CENTRE)


LEGEND_SIZE = 7.5  # the gutter's words, as the pain scale's beside the other chart
LEGEND_GAP = 20.0  # from one legend entry's top to the next's, or more for a taller one


def _legend_swatch(
    page: Page, x: float, y: float, text: str, *, fill: str, edge: str | None
) -> float:
    """A swatch and its words, wrapped to end at the right margin; returns their height."""
    page.box(x, y + 2, 12, 8, fill=fill, edge=edge)
    room = RIGHT - (x + 17)
    height = page.wrapped_height(text, room, LEGEND_SIZE)
    page.text(x + 17, y - 1, room, height + 1, text, size=LEGEND_SIZE, align=_LEFT_TOP,
              wrap=True)  # fmt: skip
    return height


def _bar_value(
    page: Page, cx: float, top: float, height: float, value: int, *, slot: float, bar_w: float
) -> None:
    """The number on a bar: inside its top in white where it fits, else just above it, clear
    of the band's edges; left out where the columns are too narrow for it."""
    label = str(value)
    width = page.width(label, 7.5, bold=True)
    if width > slot - 2:
        return
    centre_top = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    if height >= 13 and width <= bar_w - 2:
        page.text(cx - bar_w / 2, top + 2, bar_w, 10, label, size=7.5, bold=True,
                  color="#ffffff", align=centre_top)  # fmt: skip
    else:
        centre_bottom = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        page.text(cx - slot / 2, top - 11, slot, 10, label, size=7.5, bold=True,
                  align=centre_bottom)  # fmt: skip


def draw_sessions(page: Page, y: float, height: float, c: Content) -> None:
    pool = c.periods
    low, high = HANDOUT_PER_DAY
    if c.unit == "month":
        heading = translate("Report", "Sessions per month")
    else:
        heading = translate("Report", "Sessions per week")
    top = _heading(page, y, heading)
    labels_h = 22 if c.unit == "month" else 13
    plot_top, plot_bottom = top + 10, y + height - labels_h
    plot_h = plot_bottom - plot_top
    peak = max(*(p.target[1] for p in pool), *(p.sessions for p in pool), 1)
    step = _nice_step(peak)
    scale_top = math.ceil(peak / step) * step

    def at(value: float) -> float:
        return plot_bottom - plot_h * value / scale_top

    for value in range(0, scale_top + 1, step):
        page.line(PLOT_LEFT, at(value), PLOT_RIGHT, at(value), color=GRID, width=0.5)
        page.text(
            LEFT, at(value) - 5, 22, 10, str(value), size=7.5, color=MUTED, align=_RIGHT_MIDDLE
        )
    slot = (PLOT_RIGHT - PLOT_LEFT) / len(pool)
    band_w, bar_w = min(slot * 0.86, 44), min(slot * 0.5, 24)
    for i, p in enumerate(pool):
        cx = PLOT_LEFT + slot * (i + 0.5)
        t_low, t_high = p.target
        page.box(cx - band_w / 2, at(t_high), band_w, at(t_low) - at(t_high), fill=BAND, edge=None)
        page.line(
            cx - band_w / 2, at(t_high), cx + band_w / 2, at(t_high), color=BAND_EDGE, width=0.6
        )
        page.line(
            cx - band_w / 2, at(t_low), cx + band_w / 2, at(t_low), color=BAND_EDGE, width=0.6
        )
        if p.sessions:
            page.box(
                cx - bar_w / 2, at(p.sessions), bar_w, at(0) - at(p.sessions), fill=BAR, edge=None
            )
        _bar_value(
            page, cx, at(p.sessions), at(0) - at(p.sessions), p.sessions, slot=slot, bar_w=bar_w
        )
    page.line(PLOT_LEFT, plot_bottom, PLOT_RIGHT, plot_bottom, color=INK, width=0.8)
    _column_labels(page, plot_bottom + 3, pool)
    gx = PLOT_RIGHT + 12
    done = translate("Report", "sessions done")
    taken = _legend_swatch(page, gx, plot_top + 2, done, fill=BAR, edge=None)
    handout = translate("Report", "the handout's {low}–{high} sessions a day")
    handout = handout.format(low=low, high=high)
    below = plot_top + 2 + max(LEGEND_GAP, taken + 7)
    _legend_swatch(page, gx, below, handout, fill=BAND, edge=BAND_EDGE)


def _marker(page: Page, x: float, y: float, *, before: bool) -> None:
    painter = page.painter
    if before:  # hollow circle
        painter.setPen(page.pen(INK, 1.0))
        painter.setBrush(QBrush(QColor("#ffffff")))
        painter.drawEllipse(page.point(x, y), 3.0 * page.k, 3.0 * page.k)
    else:  # filled square
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(INK)))
        painter.drawRect(page.rect(x - 2.8, y - 2.8, 5.6, 5.6))


_DASH = Qt.PenStyle.DashLine
PAIN_TEXT_SIZE = 9.5


def _pain_line(page: Page, points: list[tuple[float, float] | None], *, before: bool) -> None:
    """Joins neighbouring periods with a rating; a period without one breaks the line."""
    pen = page.pen(INK, 1.1, _DASH) if before else page.pen(INK, 1.6)
    for a, b in itertools.pairwise(points):
        if a is not None and b is not None:
            page.painter.setPen(pen)
            page.painter.drawLine(page.point(*a), page.point(*b))
    for point in points:
        if point is not None:
            _marker(page, *point, before=before)


def _pain_series() -> tuple[tuple[bool, str], ...]:
    return (
        (False, translate("Report", "after a session")),
        (True, translate("Report", "before a session")),
    )


def _pain_legend_width(page: Page) -> float:
    return sum(page.width(label, 8.5) + 26 for _before, label in _pain_series()) + 16


def _pain_legend(page: Page, middle: float) -> None:
    """Line samples with their markers, right-aligned."""
    x = RIGHT
    for before, label in _pain_series():
        x -= page.width(label, 8.5)
        page.text(x, middle - 6, page.width(label, 8.5) + 1, 12, label, size=8.5)
        x -= 26
        pen = page.pen(INK, 1.1, _DASH) if before else page.pen(INK, 1.6)
        page.painter.setPen(pen)
        page.painter.drawLine(page.point(x, middle), page.point(x + 20, middle))
        _marker(page, x + 10, middle, before=before)
        x -= 16


def draw_pain(page: Page, y: float, height: float, c: Content) -> None:
    heading = translate("Report", "Pain before and after a session")
    top = _heading(page, y, heading)
    if not c.pain_text:
        none = translate("Report", "No pain ratings recorded.")
        page.text(LEFT, top, WIDTH, 16, none, size=10, color=MUTED)
        return
    # The legend goes on the heading's line, or under it when the two would touch.
    beside = page.width(heading, 12, bold=True) + 12 + _pain_legend_width(page) <= WIDTH
    legend_middle = y + 8 if beside else top + 4
    if not beside:
        top += 14
    text_h = page.wrapped_height(c.pain_text, WIDTH, PAIN_TEXT_SIZE) + 4
    labels_h = 22 if c.unit == "month" else 13
    plot_top, plot_bottom = top + 6, y + height - text_h - labels_h - 6
    plot_h = plot_bottom - plot_top

    def at(value: float) -> float:
        return plot_bottom - plot_h * (value - PAIN_MIN) / (PAIN_MAX - PAIN_MIN)

    for value in range(PAIN_MIN, PAIN_MAX + 1, 2):
        page.line(PLOT_LEFT, at(value), PLOT_RIGHT, at(value), color=GRID, width=0.5)
        page.text(
            LEFT, at(value) - 5, 22, 10, str(value), size=7.5, color=MUTED, align=_RIGHT_MIDDLE
        )
    page.line(PLOT_LEFT, plot_bottom, PLOT_RIGHT, plot_bottom, color=INK, width=0.8)
    slot = (PLOT_RIGHT - PLOT_LEFT) / len(c.periods)

    def points(values: Iterable[float | None]) -> list[tuple[float, float] | None]:
        return [
            None if v is None else (PLOT_LEFT + slot * (i + 0.5), at(v))
            for i, v in enumerate(values)
        ]

    _pain_line(page, points(p.pain_before for p in c.periods), before=True)
    _pain_line(page, points(p.pain_after for p in c.periods), before=False)
    _column_labels(page, plot_bottom + 3, c.periods)
    gx = PLOT_RIGHT + 12
    #: The pain scale's top, beside the chart: "10 Worst pain imaginable".
    worst = translate("Report", "{value} Worst pain imaginable").format(value=PAIN_MAX)
    #: The pain scale's bottom, beside the chart: "0 No pain".
    least = translate("Report", "{value} No pain").format(value=PAIN_MIN)
    room = RIGHT - gx
    worst_h = max(22.0, page.wrapped_height(worst, room, LEGEND_SIZE) + 1)
    page.text(gx, at(PAIN_MAX) - 5, room, worst_h, worst, size=LEGEND_SIZE, color=MUTED,
              align=_LEFT_TOP, wrap=True)  # fmt: skip
    page.text(gx, at(PAIN_MIN) - 5, room, 10, least, size=fitted(page, least, room, LEGEND_SIZE),
              color=MUTED, align=_LEFT_MIDDLE)  # fmt: skip
    _pain_legend(page, legend_middle)
    page.text(LEFT, plot_bottom + labels_h + 6, WIDTH, text_h, c.pain_text, size=PAIN_TEXT_SIZE,
              align=_LEFT_TOP, wrap=True)  # fmt: skip


# The routine table: stretch, the handout's hold, the hold used, what happened.
HEADINGS = (
    QT_TRANSLATE_NOOP("Report", "Stretch"),
    QT_TRANSLATE_NOOP("Report", "Handout"),
    QT_TRANSLATE_NOOP("Report", "Hold used"),
    QT_TRANSLATE_NOOP("Report", "How it was done"),
)
TABLE_SIZE = 8.5
CELL_PAD = 4.0
COLUMN_GAP = 4.0  # more space after each of the narrow columns


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # the headings first
    widths: tuple[float, ...]
    heights: tuple[float, ...]
    left_out: int = 0  # stretches not shown, for want of room (the last row says how many)

    @property
    def height(self) -> float:
        return sum(self.heights)


NO_BREAK = "\u00a0"


def _unbroken(text: str) -> str:
    """``text`` with each number kept on one line with the word after it ("30 s", "96 of")."""
    return re.sub(r"(?<=\d) (?=\S)", NO_BREAK, text)


def _table_rows(c: Content) -> list[tuple[str, ...]]:
    known = {stretch.name: stretch for stretch in c.handout.stretches}
    rows: list[tuple[str, ...]] = []
    for row in c.routine:
        used = ", ".join(seconds_short(s) for s in sorted(row.seconds)) or "—"
        stretch = known.get(row.name)
        if stretch is None:  # done, but not one of the handout's
            rows.append((row.name, "—", _unbroken(used), _unbroken(row.note)))
            continue
        handout = seconds_short(stretch.seconds)
        if len(stretch.sides) > 1:
            #: The handout's hold for a stretch done on both sides: {seconds} as "30 s".
            handout = translate("Report", "{seconds} each side").format(seconds=handout)
        rows.append((row.name, *(_unbroken(cell) for cell in (handout, used, row.note))))
    return rows


def _column_widths(page: Page, rows: Sequence[Sequence[str]]) -> list[float]:
    """The two narrow middle columns as wide as their widest cell; the stretch's name as
    wide as its widest too, unless narrower (its names wrapping) makes the table shorter,
    as long words in the last column need; the last column the rest."""

    def widest(i: int, *, words: bool = False) -> float:
        return max(
            page.width(part, TABLE_SIZE, bold=n == 0)
            for n, row in enumerate(rows)
            for part in (row[i].split(" ") if words else [row[i]])  # not at a NO_BREAK
        )

    widths = [widest(i) + 2 * CELL_PAD + COLUMN_GAP for i in range(len(HEADINGS) - 1)]
    last = len(HEADINGS) - 1
    fixed = sum(widths[1:])
    most = min(widths[0], WIDTH - fixed - widest(last, words=True) - 2 * CELL_PAD)
    least = widest(0, words=True) + 2 * CELL_PAD + COLUMN_GAP

    def height(first: float) -> float:
        chosen = (first, *widths[1:], WIDTH - fixed - first)
        return sum(_row_height(page, row, chosen, bold=n == 0) for n, row in enumerate(rows))

    if most >= least:
        candidates = [most - 2 * n for n in range(int((most - least) / 2) + 1)]
        widths[0] = min(candidates, key=lambda first: (round(height(first), 2), -first))
    widths.append(WIDTH - sum(widths))
    return widths


def _row_height(
    page: Page, row: Sequence[str], widths: Sequence[float], *, bold: bool = False
) -> float:
    cells = zip(row, widths, strict=True)
    tallest = max(page.wrapped_height(t, w - 2 * CELL_PAD, TABLE_SIZE, bold=bold) for t, w in cells)
    return tallest + 2 * CELL_PAD


def table(page: Page, c: Content, *, room: float) -> Table:
    """Columns as :func:`_column_widths` makes them; rows as tall as their wrapped cells.
    Rows that would not fit in ``room`` points become one last row saying how many were
    left out."""
    headings = tuple(translate("Report", heading) for heading in HEADINGS)
    rows = [headings, *_table_rows(c)]
    widths = _column_widths(page, rows)

    def height(row: Sequence[str]) -> float:
        return _row_height(page, row, widths, bold=row is headings)

    heights = [height(row) for row in rows]
    if sum(heights) > room:
        #: The routine table's last row when the page has no room for the others.
        more = translate("Report", "and {count} more stretches")
        line = height((more.format(count=99), "", "", ""))
        while len(rows) > 2 and sum(heights) + line > room:
            rows.pop()
            heights.pop()
        left_out = len(c.routine) - (len(rows) - 1)
        if left_out == 1:
            more = translate("Report", "and 1 more stretch")
        rows.append((more.format(count=left_out), "", "", ""))
        heights.append(line)
        return Table(tuple(rows), tuple(widths), tuple(heights), left_out)
    return Table(tuple(rows), tuple(widths), tuple(heights))


def draw_routine(page: Page, y: float, t: Table) -> None:
    y = _heading(page, y, translate("Report", "The routine as done"))
    for n, (row, h) in enumerate(zip(t.rows, t.heights, strict=True)):
        if n > 1 and n % 2 == 0:
            page.box(LEFT, y, WIDTH, h, fill=ZEBRA, edge=None)
        x = LEFT
        for text, w in zip(row, t.widths, strict=True):
            page.text(x + CELL_PAD, y + CELL_PAD, w - 2 * CELL_PAD, h - 2 * CELL_PAD, text,
                      size=TABLE_SIZE, bold=n == 0, align=_LEFT_TOP, wrap=True)  # fmt: skip
            x += w
        y += h
        if n == 0:
            page.line(LEFT, y, RIGHT, y, color=INK, width=0.8)
    page.line(LEFT, y, RIGHT, y, color=RULE, width=0.5)


FOOTER_H = 26.0
MIN_CHART, MAX_CHART = 110.0, 215.0  # a chart's height, heading and labels included
LEAST_CHART = 96.0  # smaller, only so that the routine table keeps every row


def draw_footer(page: Page, c: Content) -> None:
    y = BOTTOM - FOOTER_H
    page.line(LEFT, y, RIGHT, y, color=RULE, width=0.5)
    note = translate(
        "Report", "A session counts as done when at least half of its holds were done."
    )
    page.text(LEFT, y + 3, WIDTH, 11, note, size=7.5, color=MUTED)
    #: {handout} is the clinic handout's own title, in English as printed.
    source = translate(
        "Report", "From the app {app} {version} — the routine of the clinic handout '{handout}'"
    ).format(app=APP_NAME, version=version(), handout=HANDOUT_NAME)
    page.text(LEFT, y + 14, WIDTH, 11, source, size=7.5, color=MUTED)


def draw(page: Page, c: Content) -> None:
    y = draw_header(page, c)
    y = draw_summary(page, y, c) + 20
    draw_footer(page, c)
    if not c.summary.started:
        page.box(LEFT, y, WIDTH, 60, fill=None, edge=RULE)
        none = translate("Report", "No sessions in this period.")
        page.text(LEFT, y, WIDTH, 60, none, size=13, align=_CENTRE)
        return
    gap = 18.0
    extra = page.wrapped_height(c.pain_text, WIDTH, PAIN_TEXT_SIZE) + 14 if c.pain_text else 0
    below = BOTTOM - FOOTER_H - 16 - 20 - y  # for the charts and the routine table
    routine = table(page, c, room=below - 2 * MIN_CHART - extra - 2 * gap)
    if routine.left_out:  # the charts give a little, if that keeps every row
        whole = table(page, c, room=below - 2 * LEAST_CHART - extra - 2 * gap)
        if not whole.left_out:
            routine = whole
    room = BOTTOM - FOOTER_H - 16 - 20 - routine.height - y - 2 * gap  # for the two charts
    # plots of one height (the pain chart has its sentences under it)
    pain_h = min(MAX_CHART + extra, (room + extra) / 2) if c.pain_text else 40.0
    sessions_h = min(MAX_CHART, room - pain_h)
    draw_sessions(page, y, sessions_h, c)
    y += sessions_h + gap
    draw_pain(page, y, pain_h, c)
    y += pain_h + gap
    draw_routine(page, y, routine)  # any room left is left at the foot of the page


# --- writing the file -------------------------------------------------------------------


class _NotOpenedError(Exception):
    """QPainter.begin refused the PDF writer (it could not open its file)."""


_DENIED = QT_TRANSLATE_NOOP("Report", "Could not write the report to {path}: permission denied.")
_NO_FOLDER = QT_TRANSLATE_NOOP(
    "Report", "Could not write the report to {path}: the folder does not exist."
)
FAILURES = {
    errno.EACCES: _DENIED,
    errno.EPERM: _DENIED,
    errno.ENOENT: _NO_FOLDER,
    errno.ENOTDIR: _NO_FOLDER,
    errno.ENOSPC: QT_TRANSLATE_NOOP(
        "Report", "Could not write the report to {path}: the disk is full."
    ),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "Report", "Could not write the report to {path}: the disk is read-only."
    ),
    errno.EISDIR: QT_TRANSLATE_NOOP(
        "Report", "Could not write the report to {path}: a folder has that name."
    ),
}


def _failure(path: Path, error: OSError) -> ReportError:
    """The error to show for ``error``, in one sentence that names ``path``."""
    if error.errno in FAILURES:
        text = translate("Report", FAILURES[error.errno])
    else:
        #: {reason} is the system's own words for what went wrong.
        text = translate("Report", "Could not write the report to {path}: {reason}.")
    reason = (error.strerror or str(error)).rstrip(".").lower() or "unknown error"
    return ReportError(text.format(path=path, reason=reason))


def _temporary_beside(path: Path) -> Path:
    """A new empty file in ``path``'s folder (created with the usual permissions)."""
    for _attempt in range(10):
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(path.parent))


def write_report(
    path: Path,
    records: Sequence[SessionRecord],
    handout: Routine,
    *,
    first: date,
    last: date,
    goal: int,
    name: str = "",
    generated: date | None = None,
) -> None:
    """Write the one-page A4 report of ``first``..``last`` (both included) to ``path``.

    ``records`` may hold sessions outside the range; only those inside count.
    ``goal`` is the person's daily goal (sessions a day). Raises ReportError if the
    file cannot be written (nothing is left behind then), ValueError for a range
    that ends before it starts or a goal below 1. Needs a QGuiApplication.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("write_report needs a QGuiApplication")
    page_content = content(
        records,
        handout,
        first=first,
        last=last,
        goal=goal,
        name=name,
        generated=generated or date.today(),
    )
    path = Path(path)
    try:
        partial = _temporary_beside(path)
    except OSError as error:
        raise _failure(path, error) from error
    try:
        _paint(partial, page_content)
        os.replace(partial, path)
    except _NotOpenedError:
        text = translate(
            "Report",
            "Could not write the report to {path}: the file could not be opened for writing.",
        )
        raise ReportError(text.format(path=path)) from None
    except OSError as error:
        raise _failure(path, error) from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    log.info("wrote the report of %s..%s to %s", first, last, path)


def _paint(target: Path, c: Content) -> None:
    writer = QPdfWriter(str(target))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Point,
        )
    )
    #: The PDF's title, in its properties: {period} as "26 Oct 2026 – 22 Nov 2026 (4 weeks)".
    pdf_title = translate("Report", "{app} — progress report: {period}")
    writer.setTitle(pdf_title.format(app=APP_NAME, period=date_range(c.first, c.last)))
    writer.setCreator(f"{APP_NAME} {version()}")
    painter = QPainter()
    if not painter.begin(writer):
        raise _NotOpenedError
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        draw(Page(painter, RESOLUTION), c)
    finally:
        painter.end()
