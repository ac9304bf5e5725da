"""The sentences under the pain chart: how pain before and after a session moved over
the range, and how much it fell within a session.

Each sentence is whole in the translations (no pieces glued in English word order),
which is why there are so many of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backspasm_gui.core.history import SessionRecord
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.report.periods import Period
from backspasm_gui.report.words import decimal, month_of_year, short_date

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


def _then(text: str, more: str) -> str:
    """Two sentences one after the other: a space between, as in most languages, but
    none after a Chinese full stop (。), which carries its own."""
    if not more:
        return text
    return text + more if text.endswith(("\u3002", "\uff01", "\uff1f")) else f"{text} {more}"


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
        text = _then(text, _within(pairs))
    return text
