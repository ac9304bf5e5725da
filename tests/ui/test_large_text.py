"""Large text in a small window, in every shipped language: nothing is cut off.

Each label and button is given at least the size its words need (tests/ui/clipping.py
compares the two); where the words cannot all fit, the header gathers its links into a
menu, the controls show their icons alone (still named for screen readers) and the
stretch's words scroll, never the controls or the pain question."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from backspasm_gui import resources
from backspasm_gui.core import about as about_text
from backspasm_gui.core import routine as routine_text
from backspasm_gui.core.about import load_about
from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.poses import Demonstration as Pose
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.core.session import Session, State
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.session.screenshot import pose_session
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.shared import theme
from tests.ui.clipping import clipped

# (hold index, phase): ready with the pain question, a hold with a side, paused, done
# with everything left out, and ended after three stretches, one side of one done (the
# end page's longest lines)
MOMENTS = [(0, "ready"), (2, "hold"), (6, "paused"), (10, "done"), (3, "ended")]


def open_window(
    qtbot: QtBot, poses: dict[str, Pose], size: tuple[int, int], zoom: float, moment: tuple
) -> MainWindow:
    theme.install(QApplication.instance(), "light")  # type: ignore[arg-type]
    routine = routine_text.localised(load_routine(resources.path("routine.toml")))
    about = about_text.localised(load_about(resources.path("about.toml")))
    clock = ManualClock()
    driver = SessionDriver(Session(routine, clock), clock, awake_clock=clock)
    step, phase = moment
    if phase in ("done", "ended"):
        driver.toggle()
        for _ in range(2 * step):  # each hold's lead-in and the hold, on the clock
            clock.advance(driver.session.remaining() + 0.01)
            driver.tick()
        while driver.session.view().state is not State.FINISHED:
            driver.next()
    else:
        pose_session(driver.session, clock, step=step, phase=phase)
    window = MainWindow(driver, about, poses)
    qtbot.addWidget(window)
    window.ask_pain(True)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.zoom.set_factor(zoom)
    window.refresh()
    for _ in range(2):  # the end page's lines wrap to the width the first pass gave
        QApplication.processEvents()
    return window


@pytest.mark.parametrize("moment", MOMENTS)
@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_nothing_is_cut_off_at_640_by_480(
    qtbot: QtBot, poses: dict[str, Pose], speaking: str, zoom: float, moment: tuple
) -> None:
    window = open_window(qtbot, poses, (640, 480), zoom, moment)
    assert clipped(window) == []


@pytest.mark.parametrize("moment", MOMENTS)
def test_nothing_is_cut_off_in_a_usual_window(
    qtbot: QtBot, poses: dict[str, Pose], speaking: str, moment: tuple
) -> None:
    window = open_window(qtbot, poses, (1100, 700), 1.0, moment)
    assert clipped(window) == []
    assert window.controls.words_shown or moment[1] in ("done", "ended")
    if speaking == "en":
        assert window.menu_button.isHidden()  # the links side by side


@pytest.mark.parametrize("moment", [(0, "ready"), (2, "hold")])
def test_at_the_usual_size_the_stretch_fits_without_scrolling(
    qtbot: QtBot, poses: dict[str, Pose], moment: tuple
) -> None:
    """In English the words fit beside the picture even in the smallest window
    (test_session_page checks every language at 1280x800). Under the pain question,
    asked before the first hold, the steps may scroll; the name and objective may not."""
    for size in ((640, 480), (1100, 700)):
        window = open_window(qtbot, poses, size, 1.0, moment)
        area = window.findChild(QScrollArea, "stretchScroll")
        assert area is not None
        asked = window.pain_before.isVisible()
        assert asked == (moment[1] == "ready")
        assert area.verticalScrollBar().isVisible() <= asked, size
        for label in (window.stretch_view.name_label, window.stretch_view.objective_label):
            assert label.visibleRegion().boundingRect() == label.rect(), (size, label)


def test_large_text_gathers_the_links_into_a_menu_that_does_what_they_do(
    qtbot: QtBot, poses: dict[str, Pose]
) -> None:
    window = open_window(qtbot, poses, (640, 480), 2.0, (0, "ready"))
    assert window.menu_button.isVisible()
    assert not window.settings_button.isVisible()
    menu = window.menu_button.menu()
    menu.aboutToShow.emit()
    shown = [action.text() for action in menu.actions() if action.isVisible()]
    assert shown == ["Progress", "Compact", "Settings", "About back spasms"]
    with qtbot.waitSignal(window.settingsRequested, timeout=1000):
        next(a for a in menu.actions() if a.text() == "Settings").trigger()
    window.zoom.reset()
    QApplication.processEvents()
    assert window.menu_button.isHidden()
    assert window.settings_button.isVisible()


def test_large_text_leaves_the_controls_their_icons_and_their_names(
    qtbot: QtBot, poses: dict[str, Pose]
) -> None:
    window = open_window(qtbot, poses, (640, 480), 2.0, (2, "hold"))
    buttons = window.controls._buttons()
    assert not window.controls.words_shown
    assert [b.text() for b in buttons] == ["", "", "", ""]
    assert [b.accessibleName() for b in buttons] == ["Previous", "Pause", "Next", "Restart"]
    assert all(not b.icon().isNull() and b.toolTip() for b in buttons)
    window.zoom.reset()
    QApplication.processEvents()
    assert [b.text() for b in buttons] == ["Previous", "Pause", "Next", "Restart"]
