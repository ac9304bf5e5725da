"""Timer accuracy: a whole session at real speed while other processes keep every core busy.

    python benchmarks/timer_accuracy.py [--holds N] [--load N]

Runs the app's window, chimes, voice and guide (``app.compose``), offscreen,
on the real monotonic clock, the ring and the picture animating, while N
processes (default: one per core) spin at the same priority. Every event the
session emits is stamped with the moment it was heard. Prints JSON:

* each phase end (a lead-in turning into its hold, a hold completing): how
  late it came against its deadline, worst and median;
* the calls inside holds (beats, "ten seconds", the final seconds): the same;
* drift: the session's last deadline against its first lead-in's start plus
  the planned length of every phase in between (0 means deadlines are chained,
  never re-measured from a late tick).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from backspasm_gui import app as application
from backspasm_gui import resources, startup
from backspasm_gui.core.about import load_about
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.core.session_events import (
    Beat,
    Event,
    FinalSecond,
    HoldCompleted,
    HoldStarted,
    LeadInStarted,
    SessionFinished,
    TenSecondsLeft,
)


def spin() -> None:
    while True:
        pass


def main(argv: list[str]) -> int:
    holds = int(argv[argv.index("--holds") + 1]) if "--holds" in argv else None
    load = int(argv[argv.index("--load") + 1]) if "--load" in argv else os.cpu_count() or 1
    qt_app = startup.application("light")
    from PySide6.QtCore import QTimer

    from backspasm_gui.ui.session.session_driver import SessionDriver

    routine = load_routine(resources.path("routine.toml"))
    about = load_about(resources.path("about.toml"))
    driver = SessionDriver.for_routine(routine)
    window, _voice = application.compose(about, driver)
    heard: list[tuple[Event, float]] = []
    wanted = holds or len(routine.steps)

    def hear(event: Event) -> None:
        heard.append((event, time.monotonic()))
        done = sum(isinstance(e, HoldCompleted) for e, _ in heard)
        if isinstance(event, SessionFinished) or done >= wanted:
            QTimer.singleShot(0, qt_app.quit)

    driver.session.subscribe(hear)
    window.show()
    spinners = [multiprocessing.Process(target=spin, daemon=True) for _ in range(load)]
    for spinner in spinners:
        spinner.start()
    try:
        QTimer.singleShot(500, driver.toggle)  # Start, once the window is up
        qt_app.exec()
    finally:
        for spinner in spinners:
            spinner.terminate()
            spinner.join()

    def lateness(kinds: tuple[type, ...]) -> list[float]:
        return [(fired - event.at) * 1000 for event, fired in heard if isinstance(event, kinds)]

    phase_ends = lateness((HoldStarted, HoldCompleted))
    calls = lateness((Beat, TenSecondsLeft, FinalSecond))
    completed = [event for event, _ in heard if isinstance(event, HoldCompleted)]
    lead_ins = [  # those of the holds done; the next one's starts as the last completes
        event
        for event, _ in heard
        if isinstance(event, LeadInStarted) and event.at < completed[-1].at
    ]
    planned = sum(e.seconds for e in lead_ins) + sum(e.step.seconds for e in completed)
    drift = completed[-1].at - lead_ins[0].at - planned
    result = {
        "holds": len(completed),
        "load_processes": load,
        "session_seconds": round(completed[-1].at - lead_ins[0].at, 3),
        "phase_ends": len(phase_ends),
        "phase_end_late_ms_worst": round(max(phase_ends), 3),
        "phase_end_late_ms_median": round(statistics.median(phase_ends), 3),
        "phase_end_early_ms_worst": round(max(0.0, -min(phase_ends)), 3),
        "calls": len(calls),
        "call_late_ms_worst": round(max(calls), 3) if calls else None,
        "drift_ms": round(drift * 1000, 6),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
