"""A reminder put off or held back: snoozed, skipped, paused, or swallowed while a
session runs or the day's goal is already met."""

from __future__ import annotations

from datetime import timedelta

import pytest

from backspasm_gui.core.reminders import Reminder
from tests.core.reminder_times import MONDAY, at, check_every_minute, scheduler, snoozed_at_1030

# --- snooze and skip ---


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
