"""The lines at the top of the progress view: today's sessions against the goal, the
streak, and what a day off does to it.

Each is a whole sentence in the translations, singular and plural apart, which is why
there are so many of them; the streak's tooltip says what counts and why a weekend off
is fine.
"""

from __future__ import annotations

from backspasm_gui.core.history import WEEKENDS, Streaks
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate

# Monday to Sunday, as days a streak may rest on ("Saturdays and Sundays off ...").
DAYS_OFF = (
    QT_TRANSLATE_NOOP("ProgressView", "Mondays"),
    QT_TRANSLATE_NOOP("ProgressView", "Tuesdays"),
    QT_TRANSLATE_NOOP("ProgressView", "Wednesdays"),
    QT_TRANSLATE_NOOP("ProgressView", "Thursdays"),
    QT_TRANSLATE_NOOP("ProgressView", "Fridays"),
    QT_TRANSLATE_NOOP("ProgressView", "Saturdays"),
    QT_TRANSLATE_NOOP("ProgressView", "Sundays"),
)


def today_text(done: int, goal: int) -> str:
    """ "Today: 2 of 3 sessions", and once the goal is met, says so."""
    if done > goal:  # so at least 2
        text = translate("ProgressView", "Today: {done} sessions — goal of {goal} met")
    elif goal == 1 and done:
        text = translate("ProgressView", "Today: 1 of 1 session — goal met")
    elif goal == 1:
        text = translate("ProgressView", "Today: 0 of 1 session")
    elif done == goal:
        text = translate("ProgressView", "Today: {done} of {goal} sessions — goal met")
    else:
        text = translate("ProgressView", "Today: {done} of {goal} sessions")
    return text.format(done=done, goal=goal)


def streak_text(runs: Streaks) -> str:
    if runs.current == 1 and runs.best == 1:
        text = translate("ProgressView", "Current streak: 1 day · Best: 1 day")
    elif runs.current == 1:
        text = translate("ProgressView", "Current streak: 1 day · Best: {best} days")
    elif runs.best == 1:
        text = translate("ProgressView", "Current streak: {current} days · Best: 1 day")
    else:
        text = translate("ProgressView", "Current streak: {current} days · Best: {best} days")
    return text.format(current=runs.current, best=runs.best)


def _days_off(rest_days: frozenset[int]) -> str:
    """ "Mondays, Wednesdays and Fridays"."""
    names = [translate("ProgressView", DAYS_OFF[d]) for d in sorted(rest_days)]
    listed = names[-1]
    if len(names) > 1:
        #: The last two days of a list of days, as "Saturdays and Sundays".
        listed = translate("ProgressView", "{first} and {second}").format(
            first=names[-2], second=listed
        )
    for name in reversed(names[:-2]):
        #: A day and the rest of a list of days, as "Mondays, Wednesdays and Fridays".
        listed = translate("ProgressView", "{first}, {second}").format(first=name, second=listed)
    return listed


def rest_days_text(rest_days: frozenset[int], *, why: bool = False) -> str:
    """One line on what a day off does to a streak (with ``why``, and how a rest day
    counts)."""
    if not rest_days:
        return translate("ProgressView", "A day that misses the goal ends a streak.")
    if rest_days == WEEKENDS and why:
        return translate(
            "ProgressView",
            "Weekends off don’t break a streak: "
            "on a rest day a missed goal neither ends nor adds to it.",
        )
    if rest_days == WEEKENDS:
        return translate("ProgressView", "Weekends off don’t break a streak.")
    if why:
        #: {days} is a list of days, as "Mondays and Fridays".
        text = translate(
            "ProgressView",
            "{days} off don’t break a streak: "
            "on a rest day a missed goal neither ends nor adds to it.",
        )
    else:
        #: {days} is a list of days, as "Mondays and Fridays".
        text = translate("ProgressView", "{days} off don’t break a streak.")
    return text.format(days=_days_off(rest_days))


def streak_explanation(goal: int, rest_days: frozenset[int]) -> str:
    """The streak label's tooltip: what counts, and why a weekend off is fine."""
    if goal == 1:
        target = translate(
            "ProgressView", "A streak is the days in a row you did at least 1 session."
        )
    else:
        target = translate(
            "ProgressView", "A streak is the days in a row you did at least {goal} sessions."
        )
    today = translate(
        "ProgressView",
        "Today counts once you reach the goal; until then the streak up to yesterday stands.",
    )
    rest = rest_days_text(rest_days, why=True)
    return " ".join((target.format(goal=goal), rest, today))
