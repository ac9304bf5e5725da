"""The screens a person meets, in every language and at a large and a small size, as
PNG files to look at one by one (``make gallery``; build/gallery/).

    python -m tests.gallery OUT [LANGUAGE ...]

For each language, at 1280x800, at 640x480, and at 640x480 with the text at 200 %: the
first start (ready, the pain
question asked), the middle of a session (a hold with a side), the pause after the
computer slept, the end page of a whole session and of one ended early with stretches
left out, and the progress view over a month of simulated use. Real widgets on a fake
clock, as the tests drive them; nothing is drawn that the app would not draw.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from backspasm_gui import resources
from backspasm_gui.core import about as about_text
from backspasm_gui.core import routine as routine_text
from backspasm_gui.core.about import load_about
from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.i18n import LANGUAGES
from backspasm_gui.core.poses import load_demonstrations
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.core.session import Session, State
from backspasm_gui.ui.progress.progress_view import ProgressView
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.shared import language, theme
from tests import simulated

SIZES = ((1280, 800, 1.0), (640, 480, 1.0), (640, 480, 2.0))  # width, height, text size
MOMENTS = ("first-start", "mid-session", "after-sleep", "done", "ended-early")


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def run_to(driver: SessionDriver, clock: ManualClock, moment: str) -> None:
    """Drive the session, as a person and the clock would, to ``moment``."""

    def into_the_next_phase() -> None:
        clock.advance(driver.session.remaining() + 0.01)
        driver.tick()

    if moment == "first-start":
        return
    driver.toggle()
    if moment in ("mid-session", "after-sleep"):
        while driver.view().index < 6 or driver.view().phase is not State.HOLDING:
            into_the_next_phase()
        clock.advance(10.0)
        driver.tick()
        if moment == "after-sleep":
            clock.advance(140.0)  # the lid was shut for over two minutes
            driver.woke()
    elif moment == "done":
        while driver.view().state is not State.FINISHED:
            into_the_next_phase()
    elif moment == "ended-early":
        for _ in range(6):  # three stretches done, then the rest left out
            into_the_next_phase()
        while driver.view().state is not State.FINISHED:
            driver.next()


def session_window(size: tuple[int, int], moment: str, zoom: float = 1.0) -> QWidget:
    routine = routine_text.localised(load_routine(resources.path("routine.toml")))
    about = about_text.localised(load_about(resources.path("about.toml")))
    poses = load_demonstrations(resources.path("poses.toml"))
    clock = ManualClock()
    driver = SessionDriver(Session(routine, clock), clock, awake_clock=clock)
    window = MainWindow(driver, about, poses)
    window.ask_pain(True)
    window.resize(*size)
    window.show()
    window.zoom.set_factor(zoom)
    window.stretch_view.illustration.wake()
    settle()
    run_to(driver, clock, moment)
    driver.changed.emit()
    settle()
    return window


def progress_window(size: tuple[int, int], zoom: float = 1.0) -> QWidget:
    records = simulated.month()
    view = ProgressView(records, goal=3, today=date(2026, 11, 22))
    view.set_text_factor(zoom)
    view.resize(*size)
    view.show()
    settle()
    return view


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    theme.install(app, "light")
    for code in argv[1:] or list(LANGUAGES):
        language.install(app, code)
        for width, height, zoom in SIZES:
            size = (width, height)
            name = f"{code}-{width}x{height}" + ("" if zoom == 1.0 else f"-{round(zoom * 100)}")
            for moment in MOMENTS:
                window = session_window(size, moment, zoom)
                window.grab().save(str(out / f"{name}-{moment}.png"))
                window.close()
                window.deleteLater()
            view = progress_window(size, zoom)
            view.grab().save(str(out / f"{name}-progress.png"))
            view.close()
            view.deleteLater()
            settle()
    print(f"{out}: {len(list(out.glob('*.png')))} screens")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
