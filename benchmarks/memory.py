"""Memory growth over 100 simulated sessions in one process.

    python benchmarks/memory.py [--sessions N]

Builds the app's window, chimes, voice and guide (``app.compose``) around a
session on a fake clock, offscreen, then runs N whole sessions back to back,
every second of every hold repainted, as fast as the machine can. Prints JSON:
resident memory after start, after the first session, after the last, and
the number of live Python objects, so a leak shows whether it is Python's or Qt's.
"""

from __future__ import annotations

import gc
import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import rss_mb

from backspasm_gui import app as application
from backspasm_gui import resources, startup
from backspasm_gui.core.about import load_about
from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.core.session import State


def main(argv: list[str]) -> int:
    sessions = int(argv[argv.index("--sessions") + 1]) if "--sessions" in argv else 100
    qt_app = startup.application("light")
    from backspasm_gui.ui.session.session_driver import SessionDriver

    routine = load_routine(resources.path("routine.toml"))
    about = load_about(resources.path("about.toml"))
    clock = ManualClock()
    driver = SessionDriver.for_routine(routine, clock=clock)
    window, _voice = application.compose(about, driver)
    window.show()
    qt_app.processEvents()
    after_start = rss_mb(os.getpid())
    samples: list[tuple[float, int]] = []
    ticks = 0
    driver.toggle()  # Start
    for number in range(sessions):
        if number:
            driver.restart()  # from the done page, straight into the next session
        while driver.view().state is not State.FINISHED:
            clock.advance(driver.session.next_change() or 0.0)
            driver.tick()
            qt_app.processEvents()  # paint what changed, deliver sounds and speech
            ticks += 1
        qt_app.processEvents()
        gc.collect()
        samples.append((rss_mb(os.getpid()), len(gc.get_objects())))
    result = {
        "sessions": sessions,
        "ticks": ticks,
        "rss_after_start_mb": round(after_start, 2),
        "rss_after_first_session_mb": round(samples[0][0], 2),
        "rss_after_last_session_mb": round(samples[-1][0], 2),
        "growth_mb": round(samples[-1][0] - samples[0][0], 2),
        "python_objects_after_first": samples[0][1],
        "python_objects_after_last": samples[-1][1],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
