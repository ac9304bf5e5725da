"""The history model: records from real sessions on a fake clock, and what is read from them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backspasm_gui.core.history import (
    WEEKENDS,
    HoldRecord,
    SessionRecord,
    Streaks,
    calendar,
    day_counts,
    pain_points,
    routine_as_done,
    streaks,
    weeks,
)
from backspasm_gui.core.recorder import Recorder
from backspasm_gui.core.routine import Routine, customised
from backspasm_gui.core.session import Session, State
from tests.simulated import Day, MemoryStore, month, run_session

ZONE = timezone(timedelta(hours=1))
MONDAY = date(2026, 11, 2)


@pytest.fixture
def day() -> Day:
    return Day(ZONE)


@pytest.fixture
def recorded(routine: Routine, day: Day) -> tuple[Session, Recorder, MemoryStore]:
    session = Session(routine, day.clock)
    store = MemoryStore()
    return session, Recorder(session, store, day.now), store


def record(when: datetime, done: int = 11, planned: int = 11, **kwargs: object) -> SessionRecord:
    holds = tuple(HoldRecord("cat-cow", "Cat Cow", None, 30, done=i < done) for i in range(planned))
    return SessionRecord(when, when + timedelta(minutes=6), holds, **kwargs)  # type: ignore[arg-type]


# --- recording live sessions ---------------------------------------------------------


def test_a_whole_session_is_stored_finished_with_its_times(recorded, day) -> None:
    session, _recorder, store = recorded
    day.at(datetime(2026, 11, 2, 10, 30, tzinfo=ZONE))
    run_session(session, day.clock)
    [saved] = store.records()
    assert saved.finished
    assert not saved.in_progress
    assert saved.holds_done == saved.holds_planned == len(session.steps)
    assert saved.started == datetime(2026, 11, 2, 10, 30, tzinfo=ZONE)
    assert 5 < saved.minutes < 7  # 5 minutes of holds plus the lead-ins
    assert saved.counts
    assert saved.skipped == ()


def test_the_record_is_kept_up_to_date_hold_by_hold(recorded, day) -> None:
    session, _recorder, store = recorded
    run_session(session, day.clock, stop_after=3)
    [saved] = store.records()
    assert saved.in_progress
    assert saved.holds_done == 3
    assert not saved.finished


def test_pressing_start_and_leaving_before_a_hold_is_done_keeps_nothing(recorded, day) -> None:
    session, recorder, store = recorded
    session.start()
    day.clock.advance(10)
    session.tick()
    session.restart()
    recorder.close()
    assert store.records() == []


def test_restart_midway_ends_the_session_stopped_early(recorded, day) -> None:
    session, _recorder, store = recorded
    run_session(session, day.clock, stop_after=4)
    session.restart()
    [saved] = store.records()
    assert not saved.finished
    assert not saved.in_progress
    assert saved.outcome == "stopped early"
    assert saved.holds_done == 4
    assert not saved.counts


def test_quitting_mid_session_keeps_it_stopped_early(recorded, day) -> None:
    session, recorder, store = recorded
    run_session(session, day.clock, stop_after=6)
    recorder.close()
    [saved] = store.records()
    assert saved.outcome == "stopped early"
    assert saved.counts


def test_a_skipped_stretch_is_named_and_the_session_still_finishes(recorded, day) -> None:
    session, _recorder, store = recorded
    run_session(session, day.clock, skip=frozenset({2}))
    [saved] = store.records()
    assert saved.finished
    assert saved.holds_done == 10
    assert saved.skipped == (session.steps[2].stretch.name,)


def test_pain_before_start_and_after_the_end_go_with_that_session(recorded, day) -> None:
    session, recorder, store = recorded
    recorder.rate_before(7)
    run_session(session, day.clock)
    recorder.rate_after(4)
    recorder.rate_before(5)  # for the next one, not this one
    [saved] = store.records()
    assert (saved.pain_before, saved.pain_after) == (7, 4)


def test_pain_given_after_start_still_goes_with_the_session(recorded, day) -> None:
    session, recorder, store = recorded
    run_session(session, day.clock, stop_after=1)
    recorder.rate_before(6)
    assert store.records()[0].pain_before == 6


def test_a_rating_outside_0_to_10_is_refused(recorded) -> None:
    _session, recorder, _store = recorded
    with pytest.raises(ValueError, match="0 to 10"):
        recorder.rate_before(11)


def test_each_restart_is_a_new_session(recorded, day) -> None:
    session, _recorder, store = recorded
    run_session(session, day.clock)
    run_session(session, day.clock)  # Again
    assert [r.finished for r in store.records()] == [True, True]
    assert len({r.id for r in store.records()}) == 2


def test_longer_holds_from_settings_mid_session_are_recorded_as_held(recorded, day, routine):
    session, _recorder, store = recorded
    run_session(session, day.clock, stop_after=2)
    session.reconfigure(customised(routine, [s.id for s in routine.stretches], 40))
    run_session_on(session, day)
    [saved] = store.records()
    assert [h.seconds for h in saved.holds] == [30, 30] + [40] * (len(saved.holds) - 2)
    assert saved.holds_done == len(saved.holds)


def run_session_on(session: Session, day: Day) -> None:
    while session.state is not State.FINISHED:
        day.clock.advance(1)
        session.tick()


PRESCRIBED = "Prescribed by Dr Ana Ruiz, 1 December 2026"


def test_a_session_is_stored_with_the_title_of_the_routine_it_followed(day, routine) -> None:
    session = Session(replace(routine, title=PRESCRIBED), day.clock)
    store = MemoryStore()
    Recorder(session, store, day.now)
    run_session(session, day.clock)
    [saved] = store.records()
    assert saved.routine == PRESCRIBED


def test_after_the_routine_changes_the_next_session_records_the_new_one(
    recorded, day, routine
) -> None:
    session, _recorder, store = recorded
    run_session(session, day.clock)
    session.reconfigure(replace(customised(routine, hold_seconds=20), title=PRESCRIBED))
    run_session(session, day.clock)  # Again
    assert [r.routine for r in store.records()] == [routine.title, PRESCRIBED]


def test_other_stretches_chosen_mid_session_are_recorded_with_the_next_session(
    recorded, day, routine
) -> None:
    session, _recorder, store = recorded
    run_session(session, day.clock, stop_after=2)
    fewer = customised(routine, [s.id for s in routine.stretches[:2]])
    session.reconfigure(replace(fewer, title=PRESCRIBED))  # waits for the next session
    run_session(session, day.clock)  # Restart: the first ends stopped early
    first, second = store.records()
    assert (first.routine, first.holds_planned, first.holds_done) == (routine.title, 11, 2)
    assert (second.routine, second.holds_planned, second.finished) == (PRESCRIBED, 2, True)


# --- streaks -------------------------------------------------------------------------


def counts(*days: tuple[date, int]) -> dict[date, int]:
    return dict(days)


def test_days_in_a_row_that_met_the_goal_make_the_streak() -> None:
    tuesday, wednesday, thursday = (MONDAY + timedelta(days=i) for i in (1, 2, 3))
    met = counts((MONDAY, 3), (tuesday, 3), (wednesday, 3))
    assert streaks(met, 3, thursday) == Streaks(current=3, best=3)  # today not done yet


def test_a_missed_weekday_ends_the_streak() -> None:
    met = counts((MONDAY, 3), (MONDAY + timedelta(days=2), 3))
    assert streaks(met, 3, MONDAY + timedelta(days=2)) == Streaks(current=1, best=1)


def test_a_day_short_of_the_goal_ends_it_too() -> None:
    met = counts((MONDAY, 3), (MONDAY + timedelta(days=1), 2), (MONDAY + timedelta(days=2), 3))
    assert streaks(met, 3, MONDAY + timedelta(days=2)).best == 1


def test_a_weekend_off_does_not_break_the_streak_when_weekends_are_rest_days() -> None:
    friday, next_monday = MONDAY + timedelta(days=4), MONDAY + timedelta(days=7)
    met = counts((MONDAY + timedelta(days=3), 3), (friday, 3), (next_monday, 3))
    assert streaks(met, 3, next_monday, WEEKENDS) == Streaks(current=3, best=3)
    assert streaks(met, 3, next_monday) == Streaks(current=1, best=2)  # every day counts


def test_a_weekend_that_met_the_goal_lengthens_the_streak() -> None:
    met = {MONDAY + timedelta(days=i): 3 for i in range(4, 8)}  # Fri to Mon
    assert streaks(met, 3, MONDAY + timedelta(days=7), WEEKENDS).current == 4


def test_the_streak_ends_once_yesterday_was_missed() -> None:
    met = counts((MONDAY, 3))
    assert streaks(met, 3, MONDAY + timedelta(days=2)) == Streaks(current=0, best=1)


def test_no_sessions_no_streak() -> None:
    assert streaks({}, 3, MONDAY) == Streaks(0, 0)


@given(
    st.dictionaries(st.dates(date(2026, 1, 1), date(2026, 3, 31)), st.integers(0, 4), max_size=60),
    st.integers(1, 3),
)
def test_the_best_streak_is_never_shorter_than_the_current_or_longer_than_days_met(
    days: dict[date, int], goal: int
) -> None:
    today = date(2026, 3, 31)
    result = streaks(days, goal, today, WEEKENDS)
    met = sum(1 for n in days.values() if n >= goal)
    assert result.current <= result.best <= met


def test_a_session_stopped_before_half_way_does_not_count_for_the_day() -> None:
    when = datetime(2026, 11, 2, 10, tzinfo=ZONE)
    assert day_counts([record(when, done=5), record(when, done=6)]) == {when.date(): 1}


def test_a_session_counts_for_the_local_day_it_started_on() -> None:
    late = datetime(2026, 11, 2, 23, 58, tzinfo=ZONE)  # 22:58 UTC, still Monday here
    assert record(late).day == date(2026, 11, 2)


# --- what is read from a month -------------------------------------------------------


def test_a_simulated_month_has_realistic_numbers() -> None:
    records = month()
    assert 40 <= len(records) <= 70
    assert any(not r.finished for r in records)
    assert any(r.skipped for r in records)
    assert all(r.started.tzinfo is not None for r in records)
    assert month() == records  # the same every time


def test_the_calendar_is_eight_weeks_of_mondays_ending_with_this_week() -> None:
    today = date(2026, 11, 25)  # a Wednesday
    rows = calendar({today: 2}, today)
    assert len(rows) == 8
    assert all(len(row) == 7 for row in rows)
    assert rows[0][0].day == date(2026, 10, 5)
    assert rows[0][0].day.weekday() == 0
    assert rows[-1][2].day == today
    assert rows[-1][2].sessions == 2
    assert rows[-1][3].future
    assert not rows[-1][2].future


def test_weeks_compare_sessions_with_two_to_three_a_day() -> None:
    records = month()
    first, last = date(2026, 10, 26), date(2026, 11, 22)
    result = weeks(records, first, last)
    assert [w.start for w in result] == [first + timedelta(weeks=i) for i in range(4)]
    assert all(w.days == 7 and w.target == (14, 21) for w in result)
    assert sum(w.sessions for w in result) == sum(r.counts for r in records)


def test_a_partial_week_has_a_smaller_target() -> None:
    [week] = weeks([], date(2026, 11, 4), date(2026, 11, 6))
    assert week.days == 3
    assert week.target == (6, 9)
    assert week.sessions == 0


def test_pain_eases_over_the_simulated_month() -> None:
    result = weeks(month(), date(2026, 10, 26), date(2026, 11, 22))
    first, last = result[0], result[-1]
    assert first.pain_before is not None
    assert last.pain_before is not None
    assert last.pain_before < first.pain_before
    assert all(
        w.pain_after is None or w.pain_before is None or w.pain_after < w.pain_before
        for w in result
    )


def test_pain_points_are_the_rated_sessions_oldest_first() -> None:
    points = pain_points(month())
    assert points == sorted(points, key=lambda p: p.when)
    assert all(p.before is not None or p.after is not None for p in points)


def test_the_routine_as_done_names_longer_holds_and_skips(routine: Routine) -> None:
    rows = {row.name: row for row in routine_as_done(month(), routine)}
    assert set(rows) == {s.name for s in routine.stretches}
    assert any(
        "held 40 s / 30 s (handout: 30 s)" in row.note or "held 30 s / 40 s" in row.note
        for row in rows.values()
    )
    skipped = routine.stretches[2].name  # the simulation skips hold 3 now and then
    assert "holds done" in rows[skipped].note


def test_a_stretch_taken_out_in_settings_is_left_out(routine: Routine) -> None:
    fewer = customised(routine, [s.id for s in routine.stretches[1:]], 30)
    when = datetime(2026, 11, 2, 10, tzinfo=ZONE)
    done = SessionRecord(when, when, tuple(HoldRecord.of(s, done=True) for s in fewer.steps))
    rows = routine_as_done([done], routine)
    assert rows[0].note == "left out of the routine"
    assert rows[1].note == "as in the handout"


def test_a_stretch_from_another_routine_file_is_said_to_be_outside_the_handout(
    routine: Routine,
) -> None:
    when = datetime(2026, 11, 2, 10, tzinfo=ZONE)
    other = HoldRecord("wall-sit", "Wall Sit", None, 20, done=False)
    done = SessionRecord(when, when, (other, HoldRecord("wall-sit", "Wall Sit", None, 20, True)))
    [row] = [r for r in routine_as_done([done], routine) if r.name == "Wall Sit"]
    assert row.note == "not in the handout; 1 of 2 holds done"


def test_restart_taken_back_continues_the_same_record(recorded, day) -> None:
    """Restart pressed by mistake and undone: one session in the history, not two, and it
    carries on from the holds it had."""
    session, recorder, store = recorded
    run_session(session, day.clock, stop_after=4)
    session.restart()
    day.clock.advance(2)
    session.undo_restart()
    [kept] = store.records()
    assert kept.in_progress
    assert kept.holds_done == 4
    session.resume()
    run_session_on(session, day)
    [saved] = store.records()
    assert saved.id == kept.id
    assert saved.finished
    assert saved.holds_done == len(saved.holds)
    assert recorder.last == saved
