"""The history file: what is saved comes back, and no damaged, old, newer or unwritable
file, failed save or killed process loses what was saved or shows a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backspasm_gui.core.history import HoldRecord, SessionRecord, between
from backspasm_gui.storage.history_db import MIGRATIONS, VERSION, HistoryDB
from tests.simulated import month
from tests.storage.history_writer import HOLDS

ZONE = timezone(timedelta(hours=1))
MOMENT = datetime(2026, 11, 30, 14, 25, 1, tzinfo=ZONE)


def clock() -> datetime:
    return MOMENT


def session(
    started: datetime, *, done: int = 2, planned: int = 3, **fields: object
) -> SessionRecord:
    holds = tuple(
        HoldRecord(f"s{n}", f"Stretch {n}", "right" if n else None, 30, n < done)
        for n in range(planned)
    )
    record = SessionRecord(started, started + timedelta(minutes=2), holds)
    return replace(record, **fields)  # type: ignore[arg-type]


def unsaved(records: list[SessionRecord]) -> list[SessionRecord]:
    return [replace(record, id=None) for record in records]


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def one_sentence(text: str) -> bool:
    return text.endswith(".") and ". " not in text and "Traceback" not in text


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(path: Path) -> Iterator[HistoryDB]:
    opened, problem = HistoryDB.open(path, clock)
    assert problem == ""
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def a_month() -> list[SessionRecord]:
    return month()


# --- saving and reading --------------------------------------------------------------


def test_a_month_of_sessions_comes_back_as_saved(
    store: HistoryDB, path: Path, a_month: list[SessionRecord]
) -> None:
    saved = [store.save(record) for record in unsaved(a_month)]
    assert [record.id for record in saved] == [record.id for record in a_month]
    assert store.records() == a_month
    store.close()
    again, problem = HistoryDB.open(path, clock)
    assert problem == ""
    assert again.records() == a_month
    again.close()


def test_times_keep_their_utc_offset(store: HistoryDB) -> None:
    started = datetime(2026, 7, 1, 9, 0, 30, 123456, tzinfo=timezone(timedelta(hours=-4)))
    store.save(session(started))
    (back,) = store.records()
    assert back.started.utcoffset() == timedelta(hours=-4)
    assert back.started == started
    assert back.day == date(2026, 7, 1)


def test_saving_with_an_id_replaces_the_session_and_its_holds(store: HistoryDB) -> None:
    first = store.save(session(MOMENT, done=1, planned=4, in_progress=True))
    assert first.id is not None
    later = replace(
        first,
        holds=first.holds[:2],
        finished=True,
        in_progress=False,
        pain_before=6,
        pain_after=3,
    )
    assert store.save(later) == later
    assert store.records() == [later]


def test_a_record_with_an_unknown_id_is_stored_under_that_id(store: HistoryDB) -> None:
    record = session(MOMENT, id=41)
    assert store.save(record) == record
    assert store.records() == [record]


def test_records_are_oldest_first_even_across_a_change_of_utc_offset(store: HistoryDB) -> None:
    # The night summer time ends: 02:30+02:00 is 00:30 UTC, 02:10+01:00 is 01:10 UTC.
    earlier = session(datetime(2026, 10, 25, 2, 30, tzinfo=timezone(timedelta(hours=2))))
    later = session(datetime(2026, 10, 25, 2, 10, tzinfo=timezone(timedelta(hours=1))))
    store.save(later)
    store.save(earlier)
    assert [r.started for r in store.records()] == [earlier.started, later.started]


def test_records_between_two_days_are_those_started_on_them_in_local_time(
    store: HistoryDB, a_month: list[SessionRecord]
) -> None:
    for record in unsaved(a_month):
        store.save(record)
    first, last = date(2026, 11, 2), date(2026, 11, 8)
    assert store.records(first, last) == between(a_month, first, last)
    assert store.records(first=last) == between(a_month, first=last)
    assert store.records(last=first) == between(a_month, last=first)
    assert store.records(last, first) == []


def test_a_late_evening_session_counts_for_its_local_day(store: HistoryDB) -> None:
    evening = session(datetime(2026, 11, 30, 23, 30, tzinfo=timezone(timedelta(hours=-5))))
    store.save(evening)
    day = date(2026, 11, 30)
    assert [r.started for r in store.sessions_on(day)] == [evening.started]
    assert store.sessions_on(day + timedelta(days=1)) == []


def test_sessions_on_a_day_are_that_days_only(
    store: HistoryDB, a_month: list[SessionRecord]
) -> None:
    for record in unsaved(a_month):
        store.save(record)
    day = a_month[5].day
    assert store.sessions_on(day) == [r for r in a_month if r.day == day]
    assert store.sessions_on(date(2026, 10, 1)) == []


def test_sessions_left_in_progress_are_stopped_early_on_reopening(
    store: HistoryDB, path: Path
) -> None:
    running = store.save(session(MOMENT, done=2, planned=5, in_progress=True))
    done = store.save(session(MOMENT + timedelta(hours=3), finished=True))
    store.close()  # as if the app had been killed: nobody ended the session
    again, problem = HistoryDB.open(path, clock)
    assert problem == ""
    assert again.records() == [replace(running, in_progress=False, finished=False), done]
    assert again.records()[0].ended == running.ended  # when its last hold was done
    again.close()


# --- schema versions ------------------------------------------------------------------


def version_1_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = raw(path)
    db.executescript(MIGRATIONS[0])
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO sessions (id, started, ended, finished) VALUES"
        " (3, '2026-09-01T10:00:00+02:00', '2026-09-01T10:06:00+02:00', 1),"
        " (7, '2026-09-02T16:00:00+02:00', '2026-09-02T16:02:30+02:00', 0)"
    )
    db.execute(
        "INSERT INTO holds VALUES"
        " (3, 0, 'cat-cow', 'Cat Cow', NULL, 30, 1),"
        " (3, 1, 'knee-to-chest', 'Knee to Chest', 'left', 30, 1),"
        " (7, 0, 'cat-cow', 'Cat Cow', NULL, 45, 1),"
        " (7, 1, 'knee-to-chest', 'Knee to Chest', 'left', 45, 0)"
    )
    db.close()


def test_a_version_1_file_is_brought_up_to_date_with_its_sessions_kept(path: Path) -> None:
    version_1_file(path)
    store, problem = HistoryDB.open(path, clock)
    assert problem == ""
    old = timezone(timedelta(hours=2))
    assert store.records() == [
        SessionRecord(
            datetime(2026, 9, 1, 10, 0, tzinfo=old),
            datetime(2026, 9, 1, 10, 6, tzinfo=old),
            (
                HoldRecord("cat-cow", "Cat Cow", None, 30, True),
                HoldRecord("knee-to-chest", "Knee to Chest", "left", 30, True),
            ),
            finished=True,
            id=3,
        ),
        SessionRecord(
            datetime(2026, 9, 2, 16, 0, tzinfo=old),
            datetime(2026, 9, 2, 16, 2, 30, tzinfo=old),
            (
                HoldRecord("cat-cow", "Cat Cow", None, 45, True),
                HoldRecord("knee-to-chest", "Knee to Chest", "left", 45, False),
            ),
            id=7,
        ),
    ]
    store.close()
    db = raw(path)
    assert db.execute("PRAGMA user_version").fetchone() == (VERSION,)
    assert db.execute("SELECT pain_before, pain_after, in_progress FROM sessions").fetchall() == [
        (None, None, 0),
        (None, None, 0),
    ]
    db.close()


def test_a_migrated_file_takes_new_sessions_with_ratings(path: Path) -> None:
    version_1_file(path)
    store, _problem = HistoryDB.open(path, clock)
    rated = store.save(session(MOMENT, pain_before=7, pain_after=4))
    assert rated.id == 8
    assert store.records()[-1] == rated
    store.close()


def version_2_file(path: Path) -> None:
    """A file as the app wrote it before sessions named their routine."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = raw(path)
    for step in MIGRATIONS[:2]:
        db.executescript(step)
    db.execute("PRAGMA user_version = 2")
    db.execute(
        "INSERT INTO sessions (id, started, ended, finished, pain_before, pain_after) VALUES"
        " (4, '2026-10-05T09:00:00+02:00', '2026-10-05T09:06:00+02:00', 1, 6, 3)"
    )
    db.execute("INSERT INTO holds VALUES (4, 0, 'cat-cow', 'Cat Cow', NULL, 30, 1)")
    db.close()


def test_a_version_2_file_keeps_its_sessions_with_no_routine_named(path: Path) -> None:
    version_2_file(path)
    store, problem = HistoryDB.open(path, clock)
    assert problem == ""
    started = datetime(2026, 10, 5, 9, 0, tzinfo=timezone(timedelta(hours=2)))
    assert store.records() == [
        SessionRecord(
            started,
            started + timedelta(minutes=6),
            (HoldRecord("cat-cow", "Cat Cow", None, 30, True),),
            finished=True,
            pain_before=6,
            pain_after=3,
            id=4,
            routine="",
        )
    ]
    store.close()


def test_each_session_comes_back_with_the_routine_it_followed(path: Path) -> None:
    version_2_file(path)
    store, _problem = HistoryDB.open(path, clock)
    prescribed = store.save(session(MOMENT, routine="Prescribed by Dr Ana Ruiz, 1 December 2026"))
    store.save(replace(prescribed, pain_after=2))  # a rating afterwards keeps the routine
    store.close()
    again, _problem = HistoryDB.open(path, clock)
    assert [r.routine for r in again.records()] == ["", prescribed.routine]
    again.close()


def test_a_new_file_has_the_current_version_in_wal_mode(store: HistoryDB, path: Path) -> None:
    db = raw(path)
    assert db.execute("PRAGMA user_version").fetchone() == (VERSION,)
    assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    db.close()


def test_a_file_from_a_newer_version_is_left_untouched_and_history_is_off(path: Path) -> None:
    path.parent.mkdir(parents=True)
    db = raw(path)
    db.executescript(f"CREATE TABLE future (x); PRAGMA user_version = {VERSION + 1};")
    db.close()
    before = path.read_bytes()
    store, problem = HistoryDB.open(path, clock)
    assert one_sentence(problem)
    assert "newer version" in problem
    assert str(path) in problem
    assert not store.persistent
    kept = store.save(session(MOMENT))  # for this run's progress, in memory
    assert store.records() == [kept]
    store.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


# --- damaged files --------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_moved_aside_and_a_new_one_started(path: Path) -> None:
    path.parent.mkdir(parents=True)
    junk = bytes(range(256)) * 64
    path.write_bytes(junk)
    store, problem = HistoryDB.open(path, clock)
    moved = path.with_name("history-unreadable-20261130-142501.sqlite3")
    assert problem == (
        f"Your session history could not be read, so it was moved to {moved} "
        "and a new one was started."
    )
    assert moved.read_bytes() == junk
    assert store.persistent
    saved = store.save(session(MOMENT))
    assert saved.id == 1
    assert store.records() == [saved]
    store.close()


def test_a_truncated_database_is_moved_aside_and_a_new_one_started(
    path: Path, a_month: list[SessionRecord]
) -> None:
    store, _problem = HistoryDB.open(path, clock)
    for record in a_month:
        store.save(record)
    store.close()  # the last connection: everything is in the main file now
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    store, problem = HistoryDB.open(path, clock)
    moved = path.with_name("history-unreadable-20261130-142501.sqlite3")
    assert one_sentence(problem)
    assert str(moved) in problem
    assert moved.read_bytes() == whole[: len(whole) // 2]
    assert store.records() == []
    assert store.save(session(MOMENT)).id == 1
    store.close()


def test_a_second_unreadable_file_in_the_same_second_gets_its_own_name(path: Path) -> None:
    path.parent.mkdir(parents=True)
    names = []
    for junk in (b"first" * 100, b"second" * 100):
        HistoryDB.open(path, clock)[0].close()
        path.write_bytes(junk)
        for extra in ("-wal", "-shm"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
        store, problem = HistoryDB.open(path, clock)
        store.close()
        names.append(problem.split(" moved to ")[1].split(" and ")[0])
    assert names[0] != names[1]
    assert Path(names[0]).read_bytes() == b"first" * 100
    assert Path(names[1]).read_bytes() == b"second" * 100


# --- failures -------------------------------------------------------------------------


def test_a_failed_save_says_so_once_and_returns_the_record_as_given(path: Path) -> None:
    heard: list[str] = []
    store, _problem = HistoryDB.open(path, clock, problem=heard.append)
    bad = SessionRecord(MOMENT, MOMENT, (HoldRecord("s", "S", "middle", 30, True),))
    assert store.save(bad) is bad  # the schema takes only left, right or no side
    assert store.save(bad) is bad
    assert len(heard) == 1
    assert one_sentence(heard[0])
    assert store.records() == []  # nothing half-saved
    good = store.save(session(MOMENT))
    assert store.records() == [good]
    store.close()


def test_a_failed_replacing_save_keeps_the_session_as_it_was(path: Path) -> None:
    store, _problem = HistoryDB.open(path, clock, problem=lambda _sentence: None)
    first = store.save(session(MOMENT))
    bad = replace(first, holds=(HoldRecord("s", "S", "middle", 30, True),))
    assert store.save(bad) is bad
    assert store.records() == [first]
    store.close()


def test_saving_after_closing_returns_the_record_without_raising(store: HistoryDB) -> None:
    store.close()
    record = session(MOMENT)
    assert store.save(record) is record
    assert store.records() == []


def test_a_folder_that_cannot_be_made_turns_history_off_for_the_run(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    path = blocker / "data" / "history.sqlite3"
    store, problem = HistoryDB.open(path, clock)
    assert one_sentence(problem)
    assert str(blocker / "data") in problem
    assert not store.persistent
    kept = store.save(session(MOMENT))
    assert kept.id == 1
    assert store.records() == [kept]
    store.close()
    assert blocker.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions that bind"
)
def test_a_read_only_folder_turns_history_off_for_the_run(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        store, problem = HistoryDB.open(folder / "history.sqlite3", clock)
        assert one_sentence(problem)
        assert str(folder) in problem
        assert not store.persistent
        store.close()
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


# --- a real process killed while writing ----------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sessions_reported_saved_survive_the_writer_being_killed(root: Path, path: Path) -> None:
    reported: set[int] = set()
    for finished_before_kill in (0, 2, 7, 20, 50):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.history_writer", str(path)],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline() == "open\n"
        seen = 0
        while seen < finished_before_kill:
            line = writer.stdout.readline()
            assert line, "the writer stopped by itself"
            reported.add(int(line))
            seen += 1
        writer.kill()  # SIGKILL: no clean-up of any kind
        rest, errors = writer.communicate(timeout=30)
        assert writer.returncode == -9, errors
        reported.update(int(line) for line in rest.split())  # printed before it died

        db = raw(path)
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.close()
        store, problem = HistoryDB.open(path, clock)
        assert problem == ""
        records = {record.id: record for record in store.records()}
        store.close()
        assert reported <= records.keys()
        assert all(records[key].finished for key in reported)
        assert not any(record.in_progress for record in records.values())
        assert all(record.holds_planned == HOLDS for record in records.values())
    assert len(reported) >= 79
