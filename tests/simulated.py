"""Simulated use: real sessions on a fake clock, recorded by the real Recorder.

``month()`` is four weeks of someone doing the routine much as a patient would:
two or three sessions on most weekdays, fewer at weekends, a few days missed,
now and then a session stopped early or a painful stretch skipped, longer holds
from the third week, and pain that eases over the weeks. Deterministic for a
given seed. Used by the history, progress and report tests and by
``make sample-report``.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from backspasm_gui import resources
from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.history import SessionRecord
from backspasm_gui.core.recorder import Recorder
from backspasm_gui.core.routine import Routine, customised
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.core.session import Session, State

ZONE = timezone(timedelta(hours=1))
START_TIMES = (time(10, 30), time(13, 30), time(16, 0))


class MemoryStore:
    """A Store that keeps records in a list (ids from 1)."""

    def __init__(self) -> None:
        self.rows: dict[int, SessionRecord] = {}

    def save(self, record: SessionRecord) -> SessionRecord:
        if record.id is None:
            record = replace(record, id=len(self.rows) + 1)
        self.rows[record.id] = record  # type: ignore[index]
        return record

    def records(self) -> list[SessionRecord]:
        return [self.rows[key] for key in sorted(self.rows)]


class Day:
    """A fake wall clock and monotonic clock that move together."""

    def __init__(self, zone: tzinfo = ZONE) -> None:
        self.clock = ManualClock()
        self.zone = zone
        self.origin = datetime(2000, 1, 1, tzinfo=zone)

    def at(self, moment: datetime) -> None:
        """Jump the wall clock to ``moment`` (only forwards)."""
        gap = (moment - self.now()).total_seconds()
        if gap > 0:
            self.clock.advance(gap)

    def now(self) -> datetime:
        return (self.origin + timedelta(seconds=self.clock())).astimezone(self.zone)


def run_session(
    session: Session,
    clock: ManualClock,
    *,
    skip: frozenset[int] = frozenset(),
    stop_after: int | None = None,
) -> None:
    """Start and follow along second by second; press Next at the start of the holds in
    ``skip``; stop (Restart, then nothing) once ``stop_after`` holds are done."""
    if session.state is not State.READY:
        session.restart()
    else:
        session.start()
    skipped: set[int] = set()
    while session.state is not State.FINISHED:
        view = session.view()
        if stop_after is not None and view.holds_done >= stop_after:
            return
        if view.phase is State.HOLDING and view.index in skip and view.index not in skipped:
            skipped.add(view.index)
            session.next()
            continue
        clock.advance(1)
        session.tick()


def month(first: date = date(2026, 10, 26), days: int = 28, seed: int = 7) -> list[SessionRecord]:
    """Four weeks (from a Monday) of simulated use, as records."""
    rng = random.Random(seed)
    handout = load_routine(resources.path("routine.toml"))
    longer = customised(handout, [s.id for s in handout.stretches], 40)
    day = Day()
    store = MemoryStore()
    session = Session(handout, day.clock)
    recorder = Recorder(session, store, day.now)
    for n in range(days):
        today = first + timedelta(days=n)
        weekend = today.weekday() >= 5
        if rng.random() < (0.5 if weekend else 0.1):
            continue  # a day missed
        sessions = rng.choice((0, 1, 2) if weekend else (2, 3, 3))
        routine: Routine = longer if n >= 14 else handout
        session.reconfigure(routine)
        ease = n / days  # pain eases over the month
        for slot in START_TIMES[:sessions]:
            day.at(datetime.combine(today, slot, ZONE) + timedelta(minutes=rng.randrange(20)))
            before = max(0, min(10, round(7 - 4 * ease + rng.uniform(-1, 1))))
            if rng.random() < 0.85:
                recorder.rate_before(before)
            skip = frozenset({2}) if rng.random() < 0.15 else frozenset()
            stop = rng.randrange(3, 8) if rng.random() < 0.1 else None
            run_session(session, day.clock, skip=skip, stop_after=stop)
            if stop is not None:
                session.restart()  # stopped early: the next start is a new session
                session.pause()
                continue
            if rng.random() < 0.8:
                recorder.rate_after(max(0, before - rng.choice((1, 2, 2, 3))))
    recorder.close()
    return store.records()


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.simulated DIR``: store a month in DIR as the app would, so the app's
    own ``--report`` and ``--export-csv`` can be run on it (``make sample-report``)."""
    import argparse
    from pathlib import Path

    from backspasm_gui.storage.history_db import HistoryDB

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    path = args.directory / "history.sqlite3"
    path.unlink(missing_ok=True)
    store, problem = HistoryDB.open(path)
    if problem:
        print(problem)
        return 1
    records = month()
    for record in records:
        store.save(replace(record, id=None))
    store.close()
    first, last = records[0].day, records[-1].day
    print(f"{len(records)} sessions from {first} to {last} in {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
