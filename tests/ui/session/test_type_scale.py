"""Words read from the mat, two metres away: the window opens large and where it was
left, the heading and the words to follow have sizes set for the distance, and those
sizes hold still from stretch to stretch in every language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from backspasm_gui import resources
from backspasm_gui.core import routine as routine_text
from backspasm_gui.core.about import Section
from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.poses import Demonstration as Pose
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.core.session import Session, State
from backspasm_gui.ui.session.main_window import MainWindow, first_size
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.shared import theme

# A work desk's usual screen, less its panel: the window's first size there.
DESK_SCREEN = QSize(1920, 1040)


@pytest.mark.parametrize(
    ("screen", "opens"),
    [
        (QSize(1920, 1040), QSize(1331, 832)),  # 16:10 within four fifths of the screen
        (QSize(2560, 1400), QSize(1440, 900)),  # and no larger, however big the screen
        (QSize(1366, 738), QSize(945, 590)),  # a laptop's
        (QSize(800, 600), QSize(640, 480)),  # never below the least the window can be
    ],
)
def test_the_window_opens_large_on_the_screen_it_has(screen: QSize, opens: QSize) -> None:
    assert first_size(screen) == opens


def cap_height(label: QLabel) -> float:
    return QFontMetricsF(label.font()).capHeight()


def open_at(
    qtbot: QtBot, poses: dict[str, Pose], about: tuple[Section, ...], size: QSize
) -> tuple[MainWindow, ManualClock]:
    theme.install(QApplication.instance(), "light")  # type: ignore[arg-type]
    routine = routine_text.localised(load_routine(resources.path("routine.toml")))
    clock = ManualClock()
    driver = SessionDriver(Session(routine, clock), clock, awake_clock=clock)
    window = MainWindow(driver, about, poses)
    qtbot.addWidget(window)
    window.ask_pain(True)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window, clock


def into_the_hold(window: MainWindow, clock: ManualClock) -> None:
    driver = window.driver
    while driver.view().phase is not State.HOLDING:
        clock.advance(driver.session.remaining() + 0.01)
        driver.tick()
    for _ in range(2):  # the layout, then the words' size for the column it gave
        QApplication.processEvents()


def test_every_hold_is_read_at_one_size_without_scrolling_in_the_window_as_it_opens(
    qtbot: QtBot, poses: dict[str, Pose], about: tuple[Section, ...], speaking: str
) -> None:
    """At the size the window opens on a desk's screen: the stretch's name stands 20 px
    tall in capitals (a long name, 15), its side 17 px, the words to follow 13 px
    (Chinese, without capitals: 28 and 19 px characters); the grey line under the heading
    and the timing are as large as the steps; and each hold's words fit its column."""
    window, clock = open_at(qtbot, poses, about, first_size(DESK_SCREEN))
    words = window.stretch_view
    area = window.findChild(QScrollArea, "stretchScroll")
    assert area is not None
    window.driver.toggle()
    seen: set[tuple[int, int]] = set()
    for _ in range(window.driver.view().holds):
        into_the_hold(window, clock)
        assert not window.pain_before.isVisible()
        assert not area.verticalScrollBar().isVisible(), words.name_label.text()
        body = words.instructions_label.font().pixelSize()
        seen.add((body, words.phase_label.font().pixelSize()))
        if speaking == "zh_CN":  # no capitals: the characters fill the em
            assert words.instructions_label.fontInfo().pixelSize() >= 19
            assert words.name_label.fontInfo().pixelSize() >= 28
        else:
            assert cap_height(words.instructions_label) >= 13.0
            long_name = len(words.name_label.text()) >= 20
            assert cap_height(words.name_label) >= (15.0 if long_name else 20.0)
            if words.side_label.text():
                assert cap_height(words.side_label) >= 17.0
        for muted in (words.kind_label, words.objective_label, words.timing_label):
            assert muted.font().pixelSize() == body, muted.objectName()
        window.driver.next()
    assert len(seen) == 1, seen  # nothing grows or shrinks from one stretch to the next


def test_the_words_keep_their_size_when_the_pain_question_goes(
    qtbot: QtBot, poses: dict[str, Pose], about: tuple[Section, ...]
) -> None:
    window, clock = open_at(qtbot, poses, about, QSize(1024, 700))
    window.driver.toggle()
    QApplication.processEvents()
    assert window.pain_before.isVisible()
    words = window.stretch_view
    before = words.instructions_label.font().pixelSize(), words.instructions_label.y()
    into_the_hold(window, clock)
    assert not window.pain_before.isVisible()
    assert (words.instructions_label.font().pixelSize(), words.instructions_label.y()) == before


def test_the_words_grow_in_a_larger_window(
    qtbot: QtBot, poses: dict[str, Pose], about: tuple[Section, ...]
) -> None:
    window, clock = open_at(qtbot, poses, about, QSize(1024, 700))
    window.driver.toggle()
    into_the_hold(window, clock)
    small = window.stretch_view.instructions_label.font().pixelSize()
    window.resize(first_size(DESK_SCREEN))
    qtbot.waitUntil(lambda: window.width() == first_size(DESK_SCREEN).width())
    for _ in range(2):
        QApplication.processEvents()
    assert window.stretch_view.instructions_label.font().pixelSize() >= small + 3


def test_the_window_opens_where_it_was_closed(
    qtbot: QtBot, poses: dict[str, Pose], about: tuple[Section, ...], tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    left = QSize(760, 560)  # (the test's screen is 800 across)
    window, _clock = open_at(qtbot, poses, about, QSize(700, 500))
    window.remember_zoom(settings)
    window.setGeometry(QRect(window.x(), window.y(), left.width(), left.height()))
    qtbot.waitUntil(lambda: window.size() == left)
    window.close()

    again, _clock = open_at(qtbot, poses, about, QSize(640, 480))
    again.remember_zoom(settings)
    qtbot.waitUntil(lambda: again.size() == left)
