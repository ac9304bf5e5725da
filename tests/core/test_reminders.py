"""Reminders: when they are due, and that sleep, snoozes, pauses and clock changes never nag."""

from __future__ import annotations

import os
import time as system_time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from backspasm_gui.core.reminders import (
    Mode,
    Reminder,
    ReminderPlan,
    ReminderScheduler,
    due_times,
)

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 6, 1)
FRIDAY = date(2026, 6, 5)
SPRING_FORWARD = date(2026, 3, 29)  # a Sunday: 02:00 CET becomes 03:00 CEST
FALL_BACK = date(2026, 10, 25)  # a Sunday: 03:00 CEST becomes 02:00 CET
EVERY_DAY = frozenset(range(7))
MINUTE = timedelta(minutes=1)
NIGHT_TIMES = (time(1, 30), time(2, 30), time(3, 30), time(10, 30))


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


# --- firing on time ---


def test_a_check_exactly_at_the_due_moment_fires_on_time() -> None:
    s = scheduler(at(MONDAY, 10, 29))
    assert s.check(at(MONDAY, 10, 30)) == Reminder(
        due=at(MONDAY, 10, 30), missed=False, missed_count=1, snoozed=False
    )


def test_a_check_just_before_the_due_moment_fires_nothing() -> None:
    s = scheduler(at(MONDAY, 10, 29))
    assert s.check(at(MONDAY, 10, 29, 59)) is None


def test_a_check_a_minute_after_the_due_moment_fires_not_missed() -> None:
    s = scheduler(at(MONDAY, 10, 29))
    reminder = s.check(at(MONDAY, 10, 31))
    assert reminder is not None
    assert (reminder.due, reminder.missed) == (at(MONDAY, 10, 30), False)


def test_a_reminder_is_missed_only_when_later_than_late_after() -> None:
    on_time, late = scheduler(at(MONDAY, 10)), scheduler(at(MONDAY, 10))
    first = on_time.check(at(MONDAY, 10, 35))
    second = late.check(at(MONDAY, 10, 35, 1))
    assert first is not None
    assert second is not None
    assert (first.missed, second.missed) == (False, True)


def test_a_reminder_fires_once() -> None:
    s = scheduler(at(MONDAY, 10))
    assert s.check(at(MONDAY, 10, 30)) is not None
    assert s.check(at(MONDAY, 10, 30)) is None
    assert s.check(at(MONDAY, 10, 31)) is None


def test_a_time_that_passed_before_the_app_started_never_fires() -> None:
    s = scheduler(at(MONDAY, 10, 31))
    assert s.check(at(MONDAY, 10, 32)) is None


def test_next_due_is_the_next_scheduled_time() -> None:
    s = scheduler(at(MONDAY, 11))
    assert s.next_due(at(MONDAY, 11)) == at(MONDAY, 13, 30)


def test_after_friday_1600_the_next_reminder_is_monday_1030() -> None:
    s = scheduler(at(FRIDAY, 15, 59))
    assert s.check(at(FRIDAY, 16)) is not None
    assert s.next_due(at(FRIDAY, 16)) == at(FRIDAY + timedelta(days=3), 10, 30)


def test_checks_either_side_of_midnight_fire_nothing() -> None:
    s = scheduler(at(MONDAY, 23, 58))
    assert s.check(at(MONDAY, 23, 59)) is None
    assert s.check(at(MONDAY + timedelta(days=1), 0, 1)) is None


def test_after_midnight_the_next_reminder_is_the_first_of_the_new_day() -> None:
    s = scheduler(at(MONDAY, 23, 59))
    tuesday = MONDAY + timedelta(days=1)
    s.check(at(tuesday, 0, 1))
    assert s.next_due(at(tuesday, 0, 1)) == at(tuesday, 10, 30)


def test_next_due_is_in_the_past_when_a_check_is_overdue() -> None:
    s = scheduler(at(MONDAY, 10))
    assert s.next_due(at(MONDAY, 14)) == at(MONDAY, 10, 30)


def test_interval_plan_fires_at_day_end() -> None:
    plan = ReminderPlan(mode=Mode.INTERVAL, every_hours=2)
    s = scheduler(at(MONDAY, 16, 59), plan)
    reminder = s.check(at(MONDAY, 17))
    assert reminder is not None
    assert reminder.due == at(MONDAY, 17)


# --- sleep ---


def test_a_long_sleep_fires_one_reminder_missed_for_three() -> None:
    s = scheduler(at(MONDAY, 9))
    assert s.check(at(MONDAY, 17)) == Reminder(
        due=at(MONDAY, 16), missed=True, missed_count=3, snoozed=False
    )


def test_after_a_long_sleep_the_next_check_fires_nothing() -> None:
    s = scheduler(at(MONDAY, 9))
    s.check(at(MONDAY, 17))
    assert s.check(at(MONDAY, 17, 1)) is None


def test_a_three_day_sleep_fires_one_reminder_for_the_latest_time() -> None:
    s = scheduler(at(MONDAY, 9))
    thursday = MONDAY + timedelta(days=3)
    assert s.check(at(thursday, 9)) == Reminder(
        due=at(thursday - timedelta(days=1), 16), missed=True, missed_count=9, snoozed=False
    )


def test_a_year_long_gap_counts_every_scheduled_time() -> None:
    s = scheduler(at(date(2026, 1, 1), 0))
    reminder = s.check(at(date(2027, 1, 1), 0))
    assert reminder is not None
    assert reminder.missed_count == 3 * 261  # 2026 has 261 weekdays


def test_checking_every_minute_across_spring_forward_night_fires_each_moment_once() -> None:
    plan = ReminderPlan(weekdays=EVERY_DAY, times=NIGHT_TIMES)
    saturday = SPRING_FORWARD - timedelta(days=1)
    s = scheduler(at(saturday, 12), plan)
    fired = check_every_minute(s, at(saturday, 12), at(SPRING_FORWARD, 12))
    assert [r.due for r in fired] == [
        at(SPRING_FORWARD, 1, 30),
        at(SPRING_FORWARD, 3, 30),
        at(SPRING_FORWARD, 10, 30),
    ]
    assert not any(r.missed for r in fired)


def test_checking_every_minute_across_fall_back_night_fires_each_moment_once() -> None:
    plan = ReminderPlan(weekdays=EVERY_DAY, times=NIGHT_TIMES)
    saturday = FALL_BACK - timedelta(days=1)
    s = scheduler(at(saturday, 12), plan)
    fired = check_every_minute(s, at(saturday, 12), at(FALL_BACK, 12))
    assert [(r.due.time(), r.due.utcoffset()) for r in fired] == [
        (time(1, 30), timedelta(hours=2)),
        (time(2, 30), timedelta(hours=2)),
        (time(3, 30), timedelta(hours=1)),
        (time(10, 30), timedelta(hours=1)),
    ]
    assert not any(r.missed for r in fired)


def test_checking_every_minute_for_a_week_fires_every_scheduled_time_once_on_time() -> None:
    s = scheduler(at(MONDAY, 0))
    fired = check_every_minute(s, at(MONDAY, 0), at(MONDAY + timedelta(days=7), 0))
    expected = [
        d for n in range(7) for d in due_times(ReminderPlan(), MONDAY + timedelta(n), BERLIN)
    ]
    assert [r.due for r in fired] == expected
    assert all(not r.missed and r.missed_count == 1 and not r.snoozed for r in fired)


# --- snooze and skip ---


def snoozed_at_1030() -> ReminderScheduler:
    s = scheduler(at(MONDAY, 10, 29))
    s.check(at(MONDAY, 10, 30))
    s.snooze(at(MONDAY, 10, 30))
    return s


def test_snooze_fires_ten_minutes_later_marked_snoozed() -> None:
    s = snoozed_at_1030()
    assert s.check(at(MONDAY, 10, 40)) == Reminder(
        due=at(MONDAY, 10, 40), missed=False, missed_count=1, snoozed=True
    )


def test_snooze_does_not_fire_before_its_time() -> None:
    s = snoozed_at_1030()
    assert s.check(at(MONDAY, 10, 39, 59)) is None
    assert s.snoozed_until == at(MONDAY, 10, 40)


def test_snooze_is_the_next_due() -> None:
    s = snoozed_at_1030()
    assert s.next_due(at(MONDAY, 10, 31)) == at(MONDAY, 10, 40)


def test_a_snooze_fires_once_and_is_cleared() -> None:
    s = snoozed_at_1030()
    s.check(at(MONDAY, 10, 40))
    assert s.snoozed_until is None
    assert s.check(at(MONDAY, 10, 41)) is None


def test_snooze_takes_a_number_of_minutes() -> None:
    s = scheduler(at(MONDAY, 10, 30))
    s.snooze(at(MONDAY, 10, 30), minutes=3)
    assert s.snoozed_until == at(MONDAY, 10, 33)


def test_a_snooze_slept_through_gives_way_to_a_later_scheduled_time() -> None:
    s = snoozed_at_1030()
    assert s.check(at(MONDAY, 17)) == Reminder(
        due=at(MONDAY, 16), missed=True, missed_count=2, snoozed=False
    )
    assert s.snoozed_until is None


def test_skip_cancels_the_snooze() -> None:
    s = snoozed_at_1030()
    s.skip(at(MONDAY, 10, 35))
    assert s.snoozed_until is None
    assert s.check(at(MONDAY, 10, 40)) is None


def test_after_skip_the_next_due_is_the_next_scheduled_time() -> None:
    s = snoozed_at_1030()
    s.skip(at(MONDAY, 10, 35))
    assert s.next_due(at(MONDAY, 10, 35)) == at(MONDAY, 13, 30)


# --- pause ---


def test_pause_for_an_hour_swallows_the_reminders_in_that_hour() -> None:
    s = scheduler(at(MONDAY, 10))
    s.pause_for(at(MONDAY, 10), timedelta(hours=1))
    assert check_every_minute(s, at(MONDAY, 10), at(MONDAY, 11)) == []


def test_pause_for_an_hour_pauses_until_an_hour_from_now() -> None:
    s = scheduler(at(MONDAY, 10))
    s.pause_for(at(MONDAY, 10), timedelta(hours=1))
    assert s.paused_until == at(MONDAY, 11)


def test_pause_for_an_hour_ends_by_itself() -> None:
    s = scheduler(at(MONDAY, 10))
    s.pause_for(at(MONDAY, 10), timedelta(hours=1))
    s.check(at(MONDAY, 11))
    assert s.paused_until is None
    reminder = s.check(at(MONDAY, 13, 30))
    assert reminder is not None
    assert reminder.due == at(MONDAY, 13, 30)


def test_a_pause_slept_through_still_fires_the_times_after_it() -> None:
    s = scheduler(at(MONDAY, 10))
    s.pause_for(at(MONDAY, 10), timedelta(hours=4))
    reminder = s.check(at(MONDAY, 17))
    assert reminder is not None
    assert (reminder.due, reminder.missed_count) == (at(MONDAY, 16), 1)


def test_next_due_skips_the_times_inside_a_pause() -> None:
    s = scheduler(at(MONDAY, 10))
    s.pause_for(at(MONDAY, 10), timedelta(hours=4))
    assert s.next_due(at(MONDAY, 10)) == at(MONDAY, 16)


def test_resume_cancels_a_pause() -> None:
    s = scheduler(at(MONDAY, 10))
    s.pause_for(at(MONDAY, 10), timedelta(hours=1))
    s.resume()
    assert s.paused_until is None
    assert s.check(at(MONDAY, 10, 30)) is not None


def test_pause_until_tomorrow_lasts_until_local_midnight() -> None:
    s = scheduler(at(MONDAY, 11))
    s.pause_until_tomorrow(at(MONDAY, 11))
    assert s.paused_until == at(MONDAY + timedelta(days=1), 0)


def test_pause_until_tomorrow_swallows_the_rest_of_today() -> None:
    s = scheduler(at(MONDAY, 11))
    s.pause_until_tomorrow(at(MONDAY, 11))
    tuesday = MONDAY + timedelta(days=1)
    fired = check_every_minute(s, at(MONDAY, 11), at(tuesday, 11))
    assert [r.due for r in fired] == [at(tuesday, 10, 30)]


def test_pausing_drops_a_snooze() -> None:
    s = snoozed_at_1030()
    s.pause_for(at(MONDAY, 10, 31), timedelta(hours=1))
    assert s.snoozed_until is None
    assert s.check(at(MONDAY, 10, 40)) is None


# --- busy and goal met ---


@pytest.mark.parametrize("swallow", [{"busy": True}, {"goal_met": True}], ids=repr)
def test_busy_or_goal_met_swallows_a_reminder(swallow: dict[str, bool]) -> None:
    s = scheduler(at(MONDAY, 10))
    assert s.check(at(MONDAY, 10, 30), **swallow) is None


@pytest.mark.parametrize("swallow", [{"busy": True}, {"goal_met": True}], ids=repr)
def test_busy_or_goal_met_does_not_defer_a_reminder(swallow: dict[str, bool]) -> None:
    s = scheduler(at(MONDAY, 10))
    s.check(at(MONDAY, 10, 30), **swallow)
    assert s.check(at(MONDAY, 10, 31)) is None
    assert s.next_due(at(MONDAY, 10, 31)) == at(MONDAY, 13, 30)


def test_busy_swallows_a_due_snooze() -> None:
    s = snoozed_at_1030()
    assert s.check(at(MONDAY, 10, 40), busy=True) is None
    assert s.snoozed_until is None


# --- clock changes ---


def test_the_wall_clock_going_back_fires_nothing() -> None:
    s = scheduler(at(MONDAY, 10))
    assert s.check(at(MONDAY, 10, 31)) is not None
    assert s.check(at(MONDAY, 10)) is None


def test_after_the_wall_clock_goes_back_nothing_fires_twice() -> None:
    s = scheduler(at(MONDAY, 10))
    s.check(at(MONDAY, 10, 31))
    s.check(at(MONDAY, 10))
    fired = check_every_minute(s, at(MONDAY, 10), at(MONDAY, 14))
    assert [r.due for r in fired] == [at(MONDAY, 13, 30)]


def test_after_the_wall_clock_goes_back_next_due_skips_what_already_fired() -> None:
    s = scheduler(at(MONDAY, 10))
    s.check(at(MONDAY, 10, 31))
    assert s.next_due(at(MONDAY, 10)) == at(MONDAY, 13, 30)


def test_a_clock_corrected_back_by_days_reminds_from_the_corrected_time() -> None:
    wrong = at(MONDAY + timedelta(days=3), 12)
    s = scheduler(wrong)
    s.pause_for(wrong, timedelta(hours=4))
    assert s.check(at(MONDAY, 10)) is None
    assert s.paused_until is None
    reminder = s.check(at(MONDAY, 10, 30))
    assert reminder is not None
    assert reminder.due == at(MONDAY, 10, 30)


# --- changing the plan ---


def test_set_plan_does_not_fire_times_already_passed() -> None:
    s = scheduler(at(MONDAY, 9))
    s.set_plan(ReminderPlan(mode=Mode.INTERVAL, every_hours=1), at(MONDAY, 12, 30))
    assert s.check(at(MONDAY, 12, 31)) is None


def test_set_plan_reminds_by_the_new_plan_from_then_on() -> None:
    s = scheduler(at(MONDAY, 9))
    s.set_plan(ReminderPlan(mode=Mode.INTERVAL, every_hours=1), at(MONDAY, 12, 30))
    assert s.plan.mode is Mode.INTERVAL
    assert s.next_due(at(MONDAY, 12, 30)) == at(MONDAY, 13)


def test_a_disabled_plan_reminds_of_nothing_not_even_a_snooze() -> None:
    s = snoozed_at_1030()
    s.set_plan(ReminderPlan(enabled=False), at(MONDAY, 10, 31))
    assert s.next_due(at(MONDAY, 10, 31)) is None
    assert check_every_minute(s, at(MONDAY, 10, 31), at(MONDAY, 17)) == []


def test_a_plan_with_no_weekdays_has_no_next_due() -> None:
    s = scheduler(at(MONDAY, 10), ReminderPlan(weekdays=frozenset()))
    assert s.next_due(at(MONDAY, 10)) is None


# --- bad arguments ---

NAIVE = datetime(2026, 6, 1, 10, 30)


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.check(NAIVE),
        lambda s: s.next_due(NAIVE),
        lambda s: s.snooze(NAIVE),
        lambda s: s.skip(NAIVE),
        lambda s: s.pause_for(NAIVE, timedelta(hours=1)),
        lambda s: s.pause_until_tomorrow(NAIVE),
        lambda s: s.set_plan(ReminderPlan(), NAIVE),
    ],
    ids=["check", "next_due", "snooze", "skip", "pause_for", "pause_until_tomorrow", "set_plan"],
)
def test_a_naive_datetime_is_refused(call: Callable[[ReminderScheduler], object]) -> None:
    s = scheduler(at(MONDAY, 10))
    with pytest.raises(ValueError, match="timezone-aware"):
        call(s)


def test_a_naive_start_time_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ReminderScheduler(ReminderPlan(), NAIVE)


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.snooze(at(MONDAY, 10), minutes=0),
        lambda s: s.pause_for(at(MONDAY, 10), timedelta(0)),
    ],
    ids=["snooze zero minutes", "pause for nothing"],
)
def test_an_empty_snooze_or_pause_is_refused(call: Callable[[ReminderScheduler], object]) -> None:
    s = scheduler(at(MONDAY, 10))
    with pytest.raises(ValueError, match=r"."):
        call(s)


def test_a_negative_late_after_is_refused() -> None:
    with pytest.raises(ValueError, match="late_after"):
        ReminderScheduler(ReminderPlan(), at(MONDAY, 10), late_after=timedelta(minutes=-1))


# --- property ---

WEEK_STARTS = [MONDAY, SPRING_FORWARD - timedelta(days=6), FALL_BACK - timedelta(days=6)]

plans = st.one_of(
    st.just(ReminderPlan()),
    st.builds(
        ReminderPlan,
        mode=st.just(Mode.INTERVAL),
        every_hours=st.integers(1, 8),
        weekdays=st.frozensets(st.integers(0, 6)),
    ),
    st.builds(
        ReminderPlan,
        times=st.lists(st.times(), min_size=1, max_size=6, unique=True).map(
            lambda ts: tuple(sorted(ts))
        ),
        weekdays=st.just(EVERY_DAY),
    ),
)


@settings(max_examples=150, deadline=None)
@example(
    plan=ReminderPlan(times=(time(0, 0), time(2, 0)), weekdays=EVERY_DAY),
    week=date(2026, 10, 19),
    gaps=[1, 1, 1, 1, 7196, 172800, 172800, 172800],
)
@given(
    plan=plans,
    week=st.sampled_from(WEEK_STARTS),
    gaps=st.lists(st.integers(1, 2 * 24 * 3600), min_size=1, max_size=80),
)
def test_checks_over_a_week_never_burst_and_account_for_every_time(
    plan: ReminderPlan, week: date, gaps: list[int]
) -> None:
    start = at(week, 0)
    end = start.astimezone(UTC) + timedelta(days=7)
    s = scheduler(start, plan)
    scheduled = [
        d.astimezone(UTC)
        for n in range(-1, 9)
        for d in due_times(plan, week + timedelta(days=n), BERLIN)
        if start < d <= end
    ]
    previous, fired, checks = start.astimezone(UTC), 0, 0
    accounted: list[int] = []
    for gap in gaps:
        moment = previous + timedelta(seconds=gap)
        if moment > end:
            break
        reminder = s.check(moment.astimezone(BERLIN))
        checks += 1
        in_gap = [t for t in scheduled if previous < t <= moment]
        if reminder is None:
            assert in_gap == []
        else:
            fired += 1
            assert previous < reminder.due <= moment
            # In UTC: PEP 495 makes == between zones False for an ambiguous wall time
            # (02:00 on Berlin's autumn night), even for the same moment.
            assert reminder.due.astimezone(UTC) == in_gap[-1]
            assert reminder.missed_count == len(in_gap)
            accounted.append(reminder.missed_count)
        previous = moment
    assert fired <= checks
    assert fired <= len(scheduled)
    assert sum(accounted) == len([t for t in scheduled if t <= previous])
