"""Days and wall times in Berlin for the reminder tests, and a scheduler checked as the
app's timer checks it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from backspasm_gui.core.reminders import Reminder, ReminderPlan, ReminderScheduler

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 6, 1)
FRIDAY = date(2026, 6, 5)
SPRING_FORWARD = date(2026, 3, 29)  # a Sunday: 02:00 CET becomes 03:00 CEST
FALL_BACK = date(2026, 10, 25)  # a Sunday: 03:00 CEST becomes 02:00 CET
EVERY_DAY = frozenset(range(7))
MINUTE = timedelta(minutes=1)


def at(day: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A Berlin wall time (one that exists exactly once) on ``day``."""
    return datetime.combine(day, time(hour, minute, second), tzinfo=BERLIN)


def scheduler(now: datetime, plan: ReminderPlan | None = None) -> ReminderScheduler:
    return ReminderScheduler(ReminderPlan() if plan is None else plan, now, tz=BERLIN)


def check_every_minute(s: ReminderScheduler, start: datetime, end: datetime) -> list[Reminder]:
    """Check once a real minute after ``start`` up to ``end``, as the app's timer would."""
    fired: list[Reminder] = []
    moment = start.astimezone(UTC) + MINUTE
    while moment <= end:
        reminder = s.check(moment.astimezone(BERLIN))
        if reminder is not None:
            fired.append(reminder)
        moment += MINUTE
    return fired


def snoozed_at_1030() -> ReminderScheduler:
    """Monday's 10:30 reminder, fired and snoozed at once: due again at 10:40."""
    s = scheduler(at(MONDAY, 10, 29))
    s.check(at(MONDAY, 10, 30))
    s.snooze(at(MONDAY, 10, 30))
    return s
