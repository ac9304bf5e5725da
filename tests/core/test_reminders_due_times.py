"""When reminders are due: a plan's times or interval on each day, the same wall time
either side of a clock change, the system's zone when none is given, and the plans
that are refused."""

from __future__ import annotations

import os
import time as system_time
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from backspasm_gui.core.reminders import Mode, ReminderPlan, ReminderScheduler, due_times
from tests.core.reminder_times import BERLIN, EVERY_DAY, FALL_BACK, MONDAY, SPRING_FORWARD, at


def offsets(moments: list[datetime]) -> list[timedelta | None]:
    return [m.utcoffset() for m in moments]


# --- due_times ---


def test_default_plan_reminds_at_1030_1330_and_1600_on_a_weekday() -> None:
    assert due_times(ReminderPlan(), MONDAY, BERLIN) == [
        at(MONDAY, 10, 30),
        at(MONDAY, 13, 30),
        at(MONDAY, 16),
    ]


def test_default_plan_reminds_monday_to_friday_only() -> None:
    week = [MONDAY + timedelta(days=n) for n in range(7)]
    assert [len(due_times(ReminderPlan(), day, BERLIN)) for day in week] == [3, 3, 3, 3, 3, 0, 0]


def test_disabled_plan_has_no_due_times() -> None:
    assert due_times(ReminderPlan(enabled=False), MONDAY, BERLIN) == []


def test_interval_plan_reminds_every_two_hours_after_the_day_starts() -> None:
    plan = ReminderPlan(mode=Mode.INTERVAL, every_hours=2)
    assert [d.time() for d in due_times(plan, MONDAY, BERLIN)] == [
        time(11),
        time(13),
        time(15),
        time(17),
    ]


def test_interval_plan_includes_day_end_when_a_step_lands_on_it() -> None:
    plan = ReminderPlan(mode=Mode.INTERVAL, every_hours=4, day_start=time(9), day_end=time(17))
    assert [d.time() for d in due_times(plan, MONDAY, BERLIN)] == [time(13), time(17)]


def test_interval_plan_stops_at_the_last_step_before_day_end() -> None:
    plan = ReminderPlan(mode=Mode.INTERVAL, every_hours=3, day_start=time(9), day_end=time(17))
    assert [d.time() for d in due_times(plan, MONDAY, BERLIN)] == [time(12), time(15)]


def test_interval_longer_than_the_working_day_has_no_times() -> None:
    plan = ReminderPlan(mode=Mode.INTERVAL, every_hours=3, day_start=time(9), day_end=time(11))
    assert due_times(plan, MONDAY, BERLIN) == []


def test_1030_is_1030_local_on_both_sides_of_spring_forward() -> None:
    plan = ReminderPlan(weekdays=EVERY_DAY, times=(time(10, 30),))
    before, after = (due_times(plan, day, BERLIN)[0] for day in (date(2026, 3, 28), SPRING_FORWARD))
    assert (before.time(), after.time()) == (time(10, 30), time(10, 30))
    assert offsets([before, after]) == [timedelta(hours=1), timedelta(hours=2)]
    assert after.astimezone(UTC) - before.astimezone(UTC) == timedelta(hours=23)


def test_1030_is_1030_local_on_both_sides_of_fall_back() -> None:
    plan = ReminderPlan(weekdays=EVERY_DAY, times=(time(10, 30),))
    before, after = (due_times(plan, day, BERLIN)[0] for day in (date(2026, 10, 24), FALL_BACK))
    assert (before.time(), after.time()) == (time(10, 30), time(10, 30))
    assert offsets([before, after]) == [timedelta(hours=2), timedelta(hours=1)]
    assert after.astimezone(UTC) - before.astimezone(UTC) == timedelta(hours=25)


def test_a_skipped_wall_time_gives_one_moment_still_in_order() -> None:
    plan = ReminderPlan(weekdays=EVERY_DAY, times=(time(1, 30), time(2, 30), time(4)))
    moments = due_times(plan, SPRING_FORWARD, BERLIN)
    assert [m.astimezone(UTC).time() for m in moments] == [time(0, 30), time(1, 30), time(2)]
    assert [m.time() for m in moments] == [time(1, 30), time(3, 30), time(4)]


def test_a_skipped_wall_time_landing_on_another_plan_time_gives_one_moment() -> None:
    plan = ReminderPlan(weekdays=EVERY_DAY, times=(time(2, 30), time(3, 30)))
    assert due_times(plan, SPRING_FORWARD, BERLIN) == [at(SPRING_FORWARD, 3, 30)]


def test_a_wall_time_that_happens_twice_on_fall_back_is_reminded_once() -> None:
    plan = ReminderPlan(weekdays=EVERY_DAY, times=(time(2, 30),))
    (moment,) = due_times(plan, FALL_BACK, BERLIN)
    assert moment.utcoffset() == timedelta(hours=2)


@pytest.fixture
def berlin_system_zone() -> Iterator[None]:
    """Make the system's local zone Berlin for one test (tz=None means the system zone)."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    system_time.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        system_time.tzset()


@pytest.mark.usefixtures("berlin_system_zone")
def test_without_a_zone_due_times_are_the_system_zones_wall_times() -> None:
    moments = due_times(ReminderPlan(), MONDAY)
    assert moments == due_times(ReminderPlan(), MONDAY, BERLIN)
    assert offsets(moments) == [timedelta(hours=2)] * 3


@pytest.mark.usefixtures("berlin_system_zone")
def test_without_a_zone_pause_until_tomorrow_ends_at_the_system_zones_midnight() -> None:
    s = ReminderScheduler(ReminderPlan(), at(MONDAY, 11))
    s.pause_until_tomorrow(at(MONDAY, 11))
    assert s.paused_until == at(MONDAY + timedelta(days=1), 0)


# --- plan validation ---


@pytest.mark.parametrize(
    "fields",
    [
        {"times": ()},
        {"times": (time(13, 30), time(10, 30))},
        {"times": (time(10, 30), time(10, 30))},
        {"times": (time(10, 30, tzinfo=UTC),)},
        {"every_hours": 0},
        {"every_hours": 9},
        {"mode": Mode.INTERVAL, "every_hours": 0},
        {"day_start": time(17), "day_end": time(9)},
        {"day_start": time(9), "day_end": time(9)},
        {"weekdays": frozenset({7})},
        {"weekdays": frozenset({-1, 0})},
    ],
    ids=repr,
)
def test_an_invalid_plan_is_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"."):
        ReminderPlan(**fields)


def test_an_interval_plan_needs_no_fixed_times() -> None:
    assert ReminderPlan(mode=Mode.INTERVAL, times=()).times == ()
