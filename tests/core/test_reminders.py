"""The reminder scheduler: each time fires once and on time; sleep, a clock set back,
a new plan and a week of random checks never make it nag or forget one; wrong
arguments are refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

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
from tests.core.reminder_times import (
    BERLIN,
    EVERY_DAY,
    FALL_BACK,
    FRIDAY,
    MONDAY,
    SPRING_FORWARD,
    at,
    check_every_minute,
    scheduler,
    snoozed_at_1030,
)

NIGHT_TIMES = (time(1, 30), time(2, 30), time(3, 30), time(10, 30))


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
