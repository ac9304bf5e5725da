"""The session history store: saving, loading a year, file sizes.

    python benchmarks/history_store.py [--sessions N]

In a temporary folder: a year of the handout's routine, 3 sessions a day, saved
as the Recorder saves them (an insert at the first hold done, then three
replacing saves: more holds done, the end, the rating after); the file's size;
the year opened, loaded and written as CSV; then N more sessions (default
200) saved on top of the year, each timed. Prints a few lines, then the
numbers as JSON on the last line (as the other helpers do, for bench.py);
``run()`` returns them.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backspasm_gui import resources
from backspasm_gui.core.history import HoldRecord, SessionRecord
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.storage.csv_export import write_csv
from backspasm_gui.storage.history_db import HistoryDB

ZONE = timezone(timedelta(hours=1))
DAYS = 365
PER_DAY = 3
TIMES = (10 * 60 + 30, 13 * 60 + 30, 16 * 60)  # minutes after midnight
LOADS = 5  # the year is loaded this many times; the median is kept


def sessions(first: date, days: int) -> list[tuple[datetime, tuple[HoldRecord, ...]]]:
    """When each session starts, and its planned holds (the handout's)."""
    steps = load_routine(resources.path("routine.toml")).steps
    holds = tuple(HoldRecord.of(step) for step in steps)
    return [
        (datetime.combine(first + timedelta(days=n), datetime.min.time(), ZONE)
         + timedelta(minutes=TIMES[k]), holds)
        for n in range(days)
        for k in range(PER_DAY)
    ]  # fmt: skip


def save_like_the_recorder(
    store: HistoryDB, started: datetime, holds: tuple[HoldRecord, ...]
) -> SessionRecord:
    """Insert at the first hold done, then three replacing saves: more holds done,
    the end, the rating after."""
    done = tuple(replace(hold, done=True) for hold in holds)
    record = store.save(
        SessionRecord(
            started,
            started + timedelta(seconds=30),
            (*done[:1], *holds[1:]),
            in_progress=True,
            pain_before=6,
        )
    )
    record = store.save(replace(record, holds=(*done[:6], *holds[6:])))
    ended = started + timedelta(seconds=30 * len(holds))
    record = store.save(replace(record, ended=ended, holds=done, finished=True, in_progress=False))
    return store.save(replace(record, pain_after=4))


def run(timed_sessions: int = 200) -> dict[str, float]:
    """The numbers, in a temporary folder removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="backspasm-history-bench-") as tmp:
        folder = Path(tmp)
        path = folder / "history.sqlite3"
        store, problem = HistoryDB.open(path)
        if problem:
            raise SystemExit(f"bench: {problem}")
        year = sessions(date(2025, 1, 1), DAYS)
        began = time.perf_counter()
        for started, holds in year:
            save_like_the_recorder(store, started, holds)
        fill = time.perf_counter() - began
        store.close()  # the last connection: the WAL is folded into the file
        year_kb = path.stat().st_size / 1024

        began = time.perf_counter()
        store, _problem = HistoryDB.open(path)
        opened = time.perf_counter() - began
        loads, records = [], []
        for _ in range(LOADS):
            began = time.perf_counter()
            records = store.records()
            loads.append(time.perf_counter() - began)
        if len(records) != len(year):
            raise SystemExit(f"bench: saved {len(year)} sessions, loaded {len(records)}")

        began = time.perf_counter()
        store.records(year[-1][0].date(), year[-1][0].date())
        today_ms = (time.perf_counter() - began) * 1000  # the tray's count after each save

        report_ms, progress_ms = views(records, folder / "report.pdf")

        csv_path = folder / "sessions.csv"
        began = time.perf_counter()
        write_csv(records, csv_path)
        csv_seconds = time.perf_counter() - began

        saves = []  # a year in: the next days' sessions
        days = math.ceil(timed_sessions / PER_DAY)
        for started, holds in sessions(date(2026, 1, 1), days)[:timed_sessions]:
            began = time.perf_counter()
            save_like_the_recorder(store, started, holds)
            saves.append(time.perf_counter() - began)
        store.close()
        return {
            "sessions_in_year": float(len(year)),
            "save_session_ms_median": statistics.median(saves) * 1000,
            "save_session_ms_max": max(saves) * 1000,
            "fill_year_seconds": fill,
            "open_year_ms": opened * 1000,
            "load_year_ms_median": statistics.median(loads) * 1000,
            "db_year_kb": year_kb,
            "csv_year_ms": csv_seconds * 1000,
            "csv_year_kb": csv_path.stat().st_size / 1024,
            "today_count_ms": today_ms,
            "report_year_ms": report_ms,
            "report_year_kb": (folder / "report.pdf").stat().st_size / 1024,
            "progress_view_year_ms": progress_ms,
        }


def views(records: list[SessionRecord], pdf: Path) -> tuple[float, float]:
    """Milliseconds to write the clinician's PDF of the whole year, and to build and paint
    the progress view over it (offscreen)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from backspasm_gui.report.pdf import write_report
    from backspasm_gui.ui.progress.progress_view import ProgressView
    from backspasm_gui.ui.shared import theme

    app = QApplication.instance() or QApplication([])
    theme.install(app, "light")  # type: ignore[arg-type]
    handout = load_routine(resources.path("routine.toml"))
    last = records[-1].day
    began = time.perf_counter()
    write_report(pdf, records, handout, first=records[0].day, last=last, goal=3)
    report = time.perf_counter() - began
    began = time.perf_counter()
    view = ProgressView(records, 3, last)
    view.resize(1100, 760)
    view.grab()
    progress = time.perf_counter() - began
    view.deleteLater()
    return report * 1000, progress * 1000


def main(argv: list[str]) -> int:
    timed = int(argv[argv.index("--sessions") + 1]) if "--sessions" in argv else 200
    numbers = run(timed)
    rows = [
        (
            f"save one session (insert + 3 replacing saves), median of {timed}",
            f"{numbers['save_session_ms_median']:.2f} ms "
            f"(max {numbers['save_session_ms_max']:.2f})",
        ),
        ("open the year's file (check, migrate)", f"{numbers['open_year_ms']:.2f} ms"),
        (
            f"load the year ({numbers['sessions_in_year']:.0f} sessions), median of {LOADS}",
            f"{numbers['load_year_ms_median']:.2f} ms",
        ),
        ("file size for the year", f"{numbers['db_year_kb']:.0f} KB"),
        (
            "CSV export of the year",
            f"{numbers['csv_year_ms']:.2f} ms, {numbers['csv_year_kb']:.0f} KB",
        ),
        ("today's count (one day's query, after each save)", f"{numbers['today_count_ms']:.2f} ms"),
        (
            "clinician's PDF of the whole year",
            f"{numbers['report_year_ms']:.0f} ms, {numbers['report_year_kb']:.0f} KB",
        ),
        (
            "progress view over the year, built and painted",
            f"{numbers['progress_view_year_ms']:.0f} ms",
        ),
    ]
    print(
        f"History store (SQLite, WAL, synchronous=NORMAL; {PER_DAY} sessions a day for {DAYS} days)"
    )
    for name, value in rows:
        print(f"  {name:<62} {value}")
    print(json.dumps({key: round(value, 3) for key, value in numbers.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
