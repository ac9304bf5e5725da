"""The session page gives the picture of the stretch the room: at least 40 % of the
window at any size from 640x480 and in every language, one place and size from the
lead-in to the hold and from stretch to stretch, and the words still fit beside it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, QRect
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

SIZES = [(640, 480), (800, 600), (1024, 700), (1100, 700), (1280, 800), (1920, 1080)]
PHASES = ["ready", "get-ready", "hold", "paused"]
LEAST_SHARE = 0.40

Opener = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, qapp: QApplication, poses: dict[str, Pose]) -> Iterator[Opener]:
    """The window as the app opens it (in the language loaded, with the pain question
    of a kept history) at one moment of the session, at a size. Each is deleted when the
    next opens: many windows left waiting would each be restyled for every later one."""
    theme.install(qapp, "light")
    routine = routine_text.localised(load_routine(resources.path("routine.toml")))
    about = about_text.localised(load_about(resources.path("about.toml")))
    shown: list[MainWindow] = []

    def gone() -> None:
        while shown:
            window = shown.pop()
            window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def opened(size: tuple[int, int], step: int = 0, phase: str = "ready") -> MainWindow:
        gone()
        clock = ManualClock()
        driver = SessionDriver(Session(routine, clock), clock, awake_clock=clock)
        pose_session(driver.session, clock, step=step, phase=phase)
        window = MainWindow(driver, about, poses)
        shown.append(window)
        window.ask_pain(True)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.refresh()
        QApplication.processEvents()
        return window

    yield opened
    gone()


def picture_share(window: MainWindow) -> float:
    picture = window.stretch_view.illustration
    assert picture.isVisible()
    return picture.width() * picture.height() / (window.width() * window.height())


def where_the_picture_is(window: MainWindow) -> QRect:
    picture = window.stretch_view.illustration
    return QRect(picture.mapTo(window, picture.rect().topLeft()), picture.size())


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_picture_takes_at_least_two_fifths_of_the_window(
    open_window: Opener, speaking: str, size: tuple[int, int]
) -> None:
    """Pigeon, with a side and the longest words (the share is the same at every step:
    test_the_picture_keeps_its_place... runs through them all)."""
    for phase in PHASES:
        window = open_window(size, 9, phase)
        share = picture_share(window)
        assert share >= LEAST_SHARE, (phase, f"{share:.1%}")


@pytest.mark.parametrize("size", [(640, 480), (1280, 800)], ids=["640x480", "1280x800"])
def test_the_picture_keeps_its_place_from_lead_in_to_hold_and_stretch_to_stretch(
    open_window: Opener, speaking: str, size: tuple[int, int]
) -> None:
    """Through a whole session as it runs: the pain question is asked during the first
    lead-in and gone in the hold, the header's progress grows a side and shrinks."""
    window = open_window(size)
    driver, clock = window.driver, window.driver.clock
    assert isinstance(clock, ManualClock)
    first = where_the_picture_is(window)
    seen = {}
    driver.toggle()
    assert window.pain_before.isVisible()  # asked during the first lead-in
    while driver.view().state is not State.FINISHED:
        view = driver.view()
        QApplication.processEvents()
        seen[(view.index, view.phase.name)] = where_the_picture_is(window)
        clock.advance(driver.session.remaining() + 0.01)
        driver.tick()
    phases = {phase for _index, phase in seen}
    assert phases == {"GET_READY", "HOLDING"}
    assert len(seen) == 2 * len(driver.session.steps)
    assert set(seen.values()) == {first}, {k: v for k, v in seen.items() if v != first}


@pytest.mark.parametrize("phase", ["ready", "get-ready", "hold"])
def test_the_words_fit_beside_the_picture_at_1280_by_800(
    open_window: Opener, speaking: str, phase: str
) -> None:
    """Every stretch's words fit without scrolling once the pain question has gone. While
    it is asked under them (ready, the first lead-in) the heading, the ring and the
    objective stay in view, and the steps may scroll: the words keep the size they have
    for the whole session rather than shrink for its first seconds."""
    for step in range(11):
        window = open_window((1280, 800), step, phase)
        area = window.findChild(QScrollArea, "stretchScroll")
        assert area is not None
        words = window.stretch_view
        asked = window.pain_before.isVisible()
        assert area.verticalScrollBar().isVisible() <= asked, (step, phase)
        always = [words.phase_label, words.name_label, words.objective_label]
        rest = [] if asked else [words.instructions_label, words.timing_label]
        for label in [*always, *rest]:
            assert label.visibleRegion().boundingRect() == label.rect(), label.objectName()
            assert label.heightForWidth(label.width()) <= label.height() + 1, label.objectName()
        if words.side_label.text():
            assert words.side_label.visibleRegion().boundingRect() == words.side_label.rect()
        assert window.ring.visibleRegion().boundingRect() == window.ring.rect()


@pytest.mark.parametrize("size", [(640, 480), (1280, 800)], ids=["640x480", "1280x800"])
def test_the_pain_question_and_the_controls_stay_in_view_beside_the_picture(
    open_window: Opener, speaking: str, size: tuple[int, int]
) -> None:
    window = open_window(size, 9, "ready")
    for part in (window.pain_before, window.controls):
        assert part.isVisible()
        assert part.visibleRegion().boundingRect() == part.rect(), part.objectName()
    whole = window.findChild(QScrollArea, "windowScroll")
    assert whole is not None
    assert not whole.verticalScrollBar().isVisible()


def where_the_ring_is(window: MainWindow) -> QRect:
    ring = window.ring
    return QRect(ring.mapTo(window, ring.rect().topLeft()), ring.size())


@pytest.mark.parametrize("size", [(1024, 700), (1280, 800), (640, 480)])
def test_the_ring_keeps_its_place_and_size_when_the_pain_question_goes(
    open_window: Opener, speaking: str, size: tuple[int, int]
) -> None:
    """A patient on the floor glancing up finds the ring where it was: the pain question
    leaving at the hold moves nothing."""
    window = open_window(size)
    driver, clock = window.driver, window.driver.clock
    assert isinstance(clock, ManualClock)
    driver.toggle()
    QApplication.processEvents()
    assert window.pain_before.isVisible()
    in_lead_in = where_the_ring_is(window)
    clock.advance(driver.session.remaining() + 0.01)
    driver.tick()
    QApplication.processEvents()
    assert not window.pain_before.isVisible()
    assert where_the_ring_is(window) == in_lead_in
