"""Saves sessions to a history file as fast as it can, until it is killed.

    python -m tests.storage.history_writer HISTORY_FILE

Each session is saved as the Recorder saves one: inserted at its first hold
done, replaced as more holds are done, replaced once more finished. Prints
"open" once the store is open, then each session's id once its last save has
returned, so whoever kills this process knows which sessions must be there.
A problem (a sentence from opening or a failed save) goes to stderr and ends
the process with status 3.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from backspasm_gui.core.history import HoldRecord, SessionRecord
from backspasm_gui.storage.history_db import HistoryDB

ZONE = timezone(timedelta(hours=1))
HOLDS = 11
UPDATES = (2, 5, 8)  # holds done at each replacing save before the last


def fail(sentence: str) -> None:
    print(sentence, file=sys.stderr, flush=True)
    os._exit(3)


def holds(done: int) -> tuple[HoldRecord, ...]:
    return tuple(
        HoldRecord(f"stretch-{n}", f"Stretch {n}", "left" if n % 2 else None, 30, n < done)
        for n in range(HOLDS)
    )


def main(argv: list[str]) -> int:
    store, problem = HistoryDB.open(Path(argv[0]), problem=fail)
    if problem:
        fail(problem)
    print("open", flush=True)
    started = datetime(2026, 11, 30, 8, 0, tzinfo=ZONE) + timedelta(minutes=os.getpid() % 1000)
    while True:
        record = store.save(SessionRecord(started, started, holds(1), in_progress=True))
        for done in UPDATES:
            record = store.save(
                replace(record, ended=started + timedelta(seconds=30 * done), holds=holds(done))
            )
        record = store.save(
            replace(
                record,
                ended=started + timedelta(seconds=30 * HOLDS),
                holds=holds(HOLDS),
                finished=True,
                in_progress=False,
            )
        )
        if record.id is None:
            fail("a session was saved without getting an id")
        print(record.id, flush=True)
        started += timedelta(minutes=10)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
