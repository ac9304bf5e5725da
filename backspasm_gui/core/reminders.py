"""When to remind the person to stretch: the plan, its due times, and the scheduler.

Plain Python with no clock of its own: every method is told ``now`` by the caller (the
app's timer), so the rules can be tested at any moment without waiting. All moments are
compared as absolute instants (in UTC), which keeps daylight-saving changes right: a 10:30
reminder fires at 10:30 local time on both sides of a change. Reminders missed while the
computer slept never fire in a burst: at most one comes, marked missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import Enum
from itertools import pairwise

DEFAULT_TIMES = (time(10, 30), time(13, 30), time(16, 0))
WEEKDAYS = frozenset({0, 1, 2, 3, 4})
MIN_EVERY_HOURS = 1
MAX_EVERY_HOURS = 8

_DAY = timedelta(days=1)
_SEARCH_DAYS = 8
# The clock going back by more than this is taken as a correction of a wrong clock:
# the scheduler starts afresh from the corrected time instead of holding back reminders.
_CLOCK_CORRECTION = timedelta(days=1)


class Mode(Enum):
    FIXED = "fixed"  # at the plan's times of day
    INTERVAL = "interval"  # every few hours within working hours


@dataclass(frozen=True, slots=True)
class ReminderPlan:
    """What the person asked for. Validated on creation, so a plan is always usable.

    All fields are checked whatever the mode (a FIXED plan's ``every_hours`` must still be
    1..8), except that only a FIXED plan needs at least one time.
    """

    enabled: bool = True
    mode: Mode = Mode.FIXED
    times: tuple[time, ...] = DEFAULT_TIMES
    every_hours: int = 2
    day_start: time = time(9, 0)
    day_end: time = time(17, 0)
    weekdays: frozenset[int] = WEEKDAYS

    def __post_init__(self) -> None:
        if self.mode is Mode.FIXED and not self.times:
            raise ValueError("a plan of fixed times needs at least one time")
        if any(t.tzinfo is not None for t in (*self.times, self.day_start, self.day_end)):
            raise ValueError("reminder times are local wall times and take no tzinfo")
        if not all(a < b for a, b in pairwise(self.times)):
            raise ValueError(f"reminder times must be sorted and unique: {self.times}")
        if isinstance(self.every_hours, bool) or not (
            MIN_EVERY_HOURS <= self.every_hours <= MAX_EVERY_HOURS
        ):
            raise ValueError(
                f"every_hours must be {MIN_EVERY_HOURS}..{MAX_EVERY_HOURS}, not {self.every_hours}"
            )
        if not self.day_start < self.day_end:
            raise ValueError(f"day_start {self.day_start} must be before day_end {self.day_end}")
        if any(isinstance(d, bool) or d not in range(7) for d in self.weekdays):
            raise ValueError(f"weekdays are 0 (Monday) to 6 (Sunday): {sorted(self.weekdays)}")


def due_times(plan: ReminderPlan, day: date, tz: tzinfo | None = None) -> list[datetime]:
    """The aware moments the plan reminds on local calendar day ``day``, in order.

    ``[]`` when the plan is disabled or ``day`` is not one of its weekdays. FIXED: each of
    ``plan.times``. INTERVAL: ``day_start + every_hours``, then every ``every_hours``, up to
    and including ``day_end`` (9:00–17:00 every 2 h gives 11, 13, 15 and 17), by the wall
    clock. The moments are in ``tz`` (a ZoneInfo), or in the system's local zone when ``tz``
    is None.

    A wall time that does not exist (skipped on a spring-forward night) is the moment
    zoneinfo's fold=0 gives, shown as the wall time it really is (02:30 in Berlin on
    2026-03-29 becomes 03:30 CEST). The list is ordered by moment, and wall times that fall
    on one moment that way give it only once.
    """
    if not plan.enabled or day.weekday() not in plan.weekdays:
        return []
    by_moment: dict[datetime, datetime] = {}
    for wall in _wall_times(plan):
        moment = _localize(day, wall, tz)
        by_moment.setdefault(moment.astimezone(UTC), moment)
    return [by_moment[m] for m in sorted(by_moment)]


def _wall_times(plan: ReminderPlan) -> tuple[time, ...]:
    if plan.mode is Mode.FIXED:
        return plan.times
    anchor = date(2000, 1, 1)
    step = timedelta(hours=plan.every_hours)
    end = datetime.combine(anchor, plan.day_end)
    walls: list[time] = []
    wall = datetime.combine(anchor, plan.day_start) + step
    while wall <= end:
        walls.append(wall.time())
        wall += step
    return tuple(walls)


def _localize(day: date, wall: time, tz: tzinfo | None) -> datetime:
    if tz is None:
        return datetime.combine(day, wall).astimezone()
    # The round trip through UTC turns a skipped wall time into the one the clock showed.
    return datetime.combine(day, wall, tzinfo=tz).astimezone(UTC).astimezone(tz)


def _paused_at(moment: datetime, paused: datetime | None) -> bool:
    return paused is not None and moment < paused


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"the scheduler needs timezone-aware datetimes, not {moment!r}")
    return moment.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class Reminder:
    """One reminder to show.

    ``missed_count`` is the number of scheduled times that fell between the last check and
    this one (at least 1); it is more than 1 only after a gap such as the computer sleeping.
    """

    due: datetime  # the scheduled (or snoozed-to) moment this is for, in the local zone
    missed: bool  # it came late: now - due > late_after (computer asleep, clock stalled)
    missed_count: int  # how many scheduled reminders fell in the gap (1 when not missed)
    snoozed: bool  # it is the end of a snooze


class ReminderScheduler:
    """Decides, each time it is asked, whether a reminder is due.

    The caller's timer calls :meth:`check` now and then (how often does not matter) and
    shows the reminder it returns. The scheduler remembers the moment of the last check;
    a check fires the scheduled times since then, at most one reminder per check.

    Every method takes the current moment, which must be timezone-aware (ValueError if not);
    moments the scheduler returns are in ``tz``, or the system's local zone if ``tz`` is None.
    """

    __slots__ = ("_hold", "_last", "_late_after", "_paused", "_plan", "_snoozed", "_tz")

    def __init__(
        self,
        plan: ReminderPlan,
        now: datetime,
        *,
        tz: tzinfo | None = None,
        late_after: timedelta = timedelta(minutes=5),
    ) -> None:
        if late_after < timedelta(0):
            raise ValueError(f"late_after must not be negative: {late_after}")
        self._plan = plan
        self._tz = tz
        self._late_after = late_after
        self._last = _utc(now)  # times up to here are settled: they never fire
        # After the clock went back, scheduled times up to here already fired: hold them.
        self._hold: datetime | None = None
        self._paused: datetime | None = None
        self._snoozed: datetime | None = None

    @property
    def plan(self) -> ReminderPlan:
        return self._plan

    @property
    def paused_until(self) -> datetime | None:
        return None if self._paused is None else self._local(self._paused)

    @property
    def snoozed_until(self) -> datetime | None:
        return None if self._snoozed is None else self._local(self._snoozed)

    def set_plan(self, plan: ReminderPlan, now: datetime) -> None:
        """Use ``plan`` from ``now`` on: no time between the last check and now fires.

        A pause and a snooze carry over, except that a disabled plan drops the snooze.
        """
        moment = _utc(now)
        self._plan = plan
        self._settle(moment)
        if not plan.enabled:
            self._snoozed = None

    def pause_for(self, now: datetime, delta: timedelta) -> None:
        """No scheduled reminder before ``now + delta``. Replaces any pause; drops a snooze."""
        if delta <= timedelta(0):
            raise ValueError(f"a pause must be longer than zero: {delta}")
        self._paused = _utc(now) + delta
        self._snoozed = None

    def pause_until_tomorrow(self, now: datetime) -> None:
        """No scheduled reminder before the next local midnight. Drops a snooze."""
        tomorrow = self._local(_utc(now)).date() + _DAY
        self._paused = _localize(tomorrow, time(0), self._tz).astimezone(UTC)
        self._snoozed = None

    def resume(self) -> None:
        """Cancel a pause."""
        self._paused = None

    def snooze(self, now: datetime, minutes: int = 10) -> None:
        """Remind again ``minutes`` from now (even during a pause), instead of this one."""
        if minutes < 1:
            raise ValueError(f"a snooze is at least one minute, not {minutes}")
        moment = _utc(now)
        self._snoozed = moment + timedelta(minutes=minutes)
        self._last = max(self._last, moment)

    def skip(self, now: datetime) -> None:
        """Dismiss: cancel any snooze; the next reminder is the next scheduled one."""
        self._snoozed = None
        self._last = max(self._last, _utc(now))

    def next_due(self, now: datetime) -> datetime | None:
        """The earliest moment :meth:`check` could return a reminder.

        The earlier of the snooze's end and the first scheduled time after the last check
        (not before the end of a pause), looking up to 8 days ahead. It is in the past when
        a check is overdue. None if the plan is disabled, or it has no scheduled time in
        that span and nothing is snoozed.
        """
        moment = _utc(now)
        if not self._plan.enabled:
            return None
        if moment < self._last:
            hold, paused, snoozed = self._rewound(moment)
            after = moment if hold is None else max(hold, moment)
        else:
            paused, snoozed, after = self._paused, self._snoozed, self._floor()
        start = after if paused is None else max(after, paused)
        first = self._first_scheduled(after, paused, self._local(start).date() - _DAY)
        found = [m for m in (first, snoozed) if m is not None]
        return self._local(min(found)) if found else None

    def check(
        self, now: datetime, *, busy: bool = False, goal_met: bool = False
    ) -> Reminder | None:
        """The reminder to show now, if any; everything up to ``now`` is settled either way.

        Of the scheduled times since the last check (less those in a pause) and a snooze
        that has ended, one reminder comes, for the latest. ``busy`` (a session is running)
        and ``goal_met`` (enough sessions today) swallow them: they are not kept for later.
        If the clock went back since the last check, nothing fires, and no scheduled time
        fires twice.
        """
        moment = _utc(now)
        if moment < self._last:
            self._settle(moment)
            return None
        scheduled = self._scheduled_between(self._floor(), moment)
        snooze = self._snoozed if self._snoozed is not None and self._snoozed <= moment else None
        if snooze is not None:
            self._snoozed = None
        self._settle(moment)
        if not self._plan.enabled:
            snooze = None
        if busy or goal_met:
            return None
        if snooze is not None and (not scheduled or snooze > scheduled[-1]):
            due, snoozed = self._local(snooze), True
        elif scheduled:
            due, snoozed = scheduled[-1], False
        else:
            return None
        return Reminder(
            due=due,
            missed=moment - due > self._late_after,
            missed_count=max(1, len(scheduled)),
            snoozed=snoozed,
        )

    # --- private helpers ---

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self._tz) if self._tz is not None else moment.astimezone()

    def _floor(self) -> datetime:
        """Scheduled times at or before this moment never fire (again)."""
        return self._last if self._hold is None else max(self._last, self._hold)

    def _settle(self, moment: datetime) -> None:
        """Everything up to ``moment`` has been dealt with."""
        if moment < self._last:
            self._hold, self._paused, self._snoozed = self._rewound(moment)
        if self._hold is not None and moment >= self._hold:
            self._hold = None
        if self._paused is not None and moment >= self._paused:
            self._paused = None
        self._last = moment

    def _rewound(
        self, moment: datetime
    ) -> tuple[datetime | None, datetime | None, datetime | None]:
        """(hold, paused, snoozed) once the clock went back from the last check to ``moment``.

        A small step back holds the times already settled; a big one is a corrected clock,
        so everything set by the wrong clock is dropped.
        """
        if self._last - moment > _CLOCK_CORRECTION:
            return None, None, None
        hold = self._last if self._hold is None else max(self._hold, self._last)
        return hold, self._paused, self._snoozed

    def _scheduled_between(self, after: datetime, upto: datetime) -> list[datetime]:
        """Scheduled local moments in (after, upto], not in the pause, oldest first."""
        found: dict[datetime, datetime] = {}
        day = self._local(after).date() - _DAY
        last_day = self._local(upto).date() + _DAY
        while day <= last_day:
            for due in due_times(self._plan, day, self._tz):
                moment = due.astimezone(UTC)
                if after < moment <= upto and not _paused_at(moment, self._paused):
                    found.setdefault(moment, due)
            day += _DAY
        return [found[m] for m in sorted(found)]

    def _first_scheduled(
        self, after: datetime, paused: datetime | None, first_day: date
    ) -> datetime | None:
        """The first scheduled moment (UTC) after ``after`` and not in the pause."""
        day = first_day
        for _ in range(_SEARCH_DAYS + 2):
            for due in due_times(self._plan, day, self._tz):
                moment = due.astimezone(UTC)
                if moment > after and not _paused_at(moment, paused):
                    return moment
            day += _DAY
        return None
