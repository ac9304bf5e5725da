"""The compact panel: the whole routine can be followed and driven from it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QFontInfo
from pytestqt.qtbot import QtBot

from backspasm_gui.core.poses import Demonstration as Pose
from backspasm_gui.core.session import State
from backspasm_gui.ui.desk.compact_panel import POSITION_KEY, CompactPanel, on_a_screen
from backspasm_gui.ui.session.session_driver import SessionDriver
from tests.ui.conftest import Passing

LEAD_IN = 5.0


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "panel.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def panel(qtbot: QtBot, driver: SessionDriver, settings: QSettings) -> CompactPanel:
    widget = CompactPanel(driver, settings)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def pictured(
    qtbot: QtBot, driver: SessionDriver, settings: QSettings, poses: dict[str, Pose]
) -> CompactPanel:
    widget = CompactPanel(driver, settings, poses)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.picture.awake)  # just after its first paint
    return widget


def test_it_shows_the_figure_at_a_size_that_reads(
    pictured: CompactPanel, driver: SessionDriver, elapse: Passing, poses: dict[str, Pose]
) -> None:
    picture = pictured.picture
    assert picture.isVisible()
    assert picture.width() >= 200
    assert picture.height() >= 110
    assert picture.pose is not None
    assert "Cat Cow" in picture.accessibleDescription()
    for _ in range(2):
        driver.next()  # Knee to Chest, left side
    driver.toggle()
    elapse(LEAD_IN + 1.0)
    assert picture.pose is poses["knee-to-chest"]


def test_its_frames_run_only_while_it_is_seen_and_something_moves(
    qtbot: QtBot, pictured: CompactPanel, driver: SessionDriver, elapse: Passing
) -> None:
    assert not pictured.animating  # ready: nothing moves
    driver.toggle()
    assert pictured.animating  # the figure moves into the stretch, the ring sweeps
    view = driver.view()
    assert pictured.picture.moves(view)
    assert pictured._frames.interval() == pictured.picture.frame_interval_ms(view)
    driver.toggle()
    assert not pictured.animating  # paused
    driver.toggle()
    elapse(LEAD_IN + 1.0)
    assert pictured.animating
    pictured.hide()
    assert not pictured.animating
    pictured.show()
    qtbot.waitExposed(pictured)
    assert pictured.animating
    pictured.showMinimized()
    qtbot.waitUntil(lambda: not pictured.animating, timeout=2000)


def test_it_stays_on_top_of_other_windows(panel: CompactPanel) -> None:
    assert panel.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_the_whole_routine_can_be_done_from_the_panel(
    qtbot: QtBot, panel: CompactPanel, driver: SessionDriver, elapse: Passing
) -> None:
    assert panel.name_label.text() == "Cat Cow"
    assert panel.toggle_button.text() == "Start"
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert panel.phase_label.text() == "Get ready"
    elapse(LEAD_IN + 1.0)
    assert panel.phase_label.text() == "Keep moving"
    assert panel.ring.text == "29"
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    assert panel.phase_label.text() == "Paused"
    qtbot.mouseClick(panel.toggle_button, Qt.MouseButton.LeftButton)
    seen = set()
    while driver.view().state is not State.FINISHED:
        elapse(1.0)
        seen.add((panel.name_label.text(), panel.phase_label.text()))
    assert ("Knee to Chest", "Left side · Hold") in seen
    assert ("Knee to Chest", "Right side · Get ready") in seen
    assert panel.name_label.text() == "Routine finished"
    assert driver.session.summary().complete
    assert panel.toggle_button.text() == "Again"


def test_previous_and_next_move_between_holds(
    qtbot: QtBot, panel: CompactPanel, driver: SessionDriver
) -> None:
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.name_label.text() == "Knee to Chest"
    assert panel.phase_label.text() == "Left side · Ready"
    qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert panel.name_label.text() == "Back Extension"


def test_space_starts_and_ctrl_m_asks_for_the_full_window(
    qtbot: QtBot, panel: CompactPanel, driver: SessionDriver
) -> None:
    panel.activateWindow()
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert driver.view().state is State.GET_READY
    with qtbot.waitSignal(panel.expandRequested, timeout=1000):
        qtbot.keyClick(panel, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)


def test_while_shown_it_keeps_the_seconds_coming(
    qtbot: QtBot, panel: CompactPanel, driver: SessionDriver
) -> None:
    driver.set_watched(False)  # the main window is hidden
    assert driver.watched  # the panel still shows the seconds
    panel.hide()
    assert not driver.watched


def test_its_position_is_remembered(
    qtbot: QtBot, driver: SessionDriver, settings: QSettings, panel: CompactPanel
) -> None:
    panel.move(100, 120)
    qtbot.waitUntil(lambda: settings.value(POSITION_KEY) == panel.pos())
    again = CompactPanel(driver, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.pos() == settings.value(POSITION_KEY)


def test_a_position_on_a_screen_that_is_gone_moves_back_onto_one(
    qtbot: QtBot, driver: SessionDriver, settings: QSettings
) -> None:
    settings.setValue(POSITION_KEY, QPoint(5000, 3000))  # the second monitor was unplugged
    panel = CompactPanel(driver, settings)
    qtbot.addWidget(panel)
    panel.show()
    screen = panel.screen().availableGeometry()
    assert screen.contains(panel.frameGeometry().center())


def test_on_a_screen_asks_for_the_title_bar_not_a_corner() -> None:
    screens = [QRect(0, 0, 1920, 1080)]
    assert on_a_screen(QRect(1700, 900, 400, 250), screens)  # half hangs off: still grabbable
    assert not on_a_screen(QRect(1900, 500, 400, 250), screens)
    assert not on_a_screen(QRect(1920, 0, 400, 250), [*screens, QRect(1920, 2000, 100, 100)])


def test_closing_the_panel_is_left_to_the_app(qtbot: QtBot, panel: CompactPanel) -> None:
    with qtbot.waitSignal(panel.closeRequested, timeout=1000):
        panel.close()
    assert panel.isVisible()


def test_the_text_factor_scales_its_words_buttons_and_ring(
    qtbot: QtBot, panel: CompactPanel
) -> None:
    name = QFontInfo(panel.name_label.font()).pixelSize()
    button = QFontInfo(panel.toggle_button.font()).pixelSize()
    ring = panel.ring.minimumWidth()
    panel.set_text_factor(1.5)
    assert panel.text_factor == 1.5
    assert QFontInfo(panel.name_label.font()).pixelSize() == round(name * 1.5)
    assert QFontInfo(panel.toggle_button.font()).pixelSize() == round(button * 1.5)
    assert panel.toggle_button.minimumHeight() == 72
    assert panel.ring.minimumWidth() == round(ring * 1.5)
    assert panel.width() >= panel.minimumSizeHint().width()


def test_grown_at_the_screens_edge_it_stays_on_the_screen(
    qtbot: QtBot, panel: CompactPanel
) -> None:
    area = panel.screen().availableGeometry()
    panel.move(area.right() - panel.frameGeometry().width(), area.top() + 10)
    panel.set_text_factor(1.5)
    assert panel.frameGeometry().width() < area.width()
    assert area.contains(panel.frameGeometry().topLeft())
    assert panel.frameGeometry().right() <= area.right()
