"""Widget fixtures: the real window on a fake clock, so time moves only when a test says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui import resources
from backspasm_gui.core.about import Section, load_about
from backspasm_gui.core.clock import ManualClock as FakeClock
from backspasm_gui.core.poses import Demonstration as Pose
from backspasm_gui.core.poses import load_demonstrations as load_poses
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session import Session
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.shared import theme


@pytest.fixture(scope="session")
def about() -> tuple[Section, ...]:
    return load_about(resources.path("about.toml"))


@pytest.fixture(autouse=True)
def _delete_last_tests_windows(qapp: QApplication) -> None:
    """pytest-qt closes a test's widgets with deleteLater; with no event loop between
    tests nothing deleted them, so every later theme change restyled all of them and each
    test started slower than the one before (186 s for tests/ui, 2.8 s set-ups)."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def driver(routine: Routine, clock: FakeClock, qapp: QApplication) -> SessionDriver:
    theme.install(qapp, "light")
    return SessionDriver(Session(routine, clock), clock, awake_clock=clock)


@pytest.fixture(scope="session")
def poses() -> dict[str, Pose]:
    return load_poses(resources.path("poses.toml"))


@pytest.fixture
def window(
    qtbot: QtBot, driver: SessionDriver, about: tuple[Section, ...], poses: dict[str, Pose]
) -> MainWindow:
    win = MainWindow(driver, about, poses)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    # The figure is built just after the first paint, as at start.
    qtbot.waitUntil(lambda: win.stretch_view.illustration.awake)
    return win


class Passing:
    """Moves the fake clock and lets the session see it, as the wake-up timer would."""

    def __init__(self, clock: FakeClock, driver: SessionDriver) -> None:
        self.clock = clock
        self.driver = driver

    def __call__(self, seconds: float, *, step: float = 0.25) -> None:
        remaining = seconds
        while remaining > 1e-9:
            delta = min(step, remaining)
            self.clock.advance(delta)
            self.driver.tick()
            remaining -= delta


@pytest.fixture
def elapse(clock: FakeClock, driver: SessionDriver) -> Passing:
    return Passing(clock, driver)
