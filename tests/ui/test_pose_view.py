"""The pose picture in the window: drawn for every stretch, moving only when it should."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from backspasm_gui.core.figure import Pose, picture
from backspasm_gui.core.routine import Routine
from backspasm_gui.ui import theme
from backspasm_gui.ui.figure_painter import render_image
from backspasm_gui.ui.main_window import PICTURE_FRAME_MS, MainWindow
from backspasm_gui.ui.session_driver import SessionDriver
from tests.ui.conftest import Passing


def count(image: QImage, colour: str, tolerance: int = 40) -> int:
    """Pixels close to a colour, on a coarse grid (enough to tell a picture from none)."""
    target = QColor(colour)
    hits = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = image.pixelColor(x, y)
            near = abs(c.red() - target.red()) + abs(c.green() - target.green())
            if near + abs(c.blue() - target.blue()) < tolerance:
                hits += 1
    return hits


@pytest.mark.parametrize("colours", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_pose_renders_a_figure_with_its_working_part_lit(
    qtbot: QtBot, poses: dict[str, Pose], colours: theme.Theme
) -> None:
    for pose in poses.values():
        for name in (pose.start, *pose.hold):
            shot = picture(pose, pose.frames[name])
            image = render_image(pose, shot, QSize(480, 240), colours)
            body = count(image, colours.figure)
            lit = count(image, colours.focus_area)
            assert body > 150, (pose.stretch_id, name, body)
            assert lit > 20, (pose.stretch_id, name, lit)


def test_a_right_side_hold_shows_the_mirror_of_the_left(
    qtbot: QtBot, poses: dict[str, Pose]
) -> None:
    pose = poses["knee-to-chest"]
    frame = pose.frames[pose.hold[0]]
    size = QSize(400, 200)
    left = render_image(pose, picture(pose, frame), size, theme.LIGHT)
    right = render_image(pose, picture(pose, frame, mirrored=True), size, theme.LIGHT)
    assert left != right
    flipped = left.flipped(Qt_horizontal())
    differing = sum(
        1
        for y in range(0, 200, 4)
        for x in range(0, 400, 4)
        if flipped.pixelColor(x, y) != right.pixelColor(x, y)
    )
    assert differing < 0.03 * (100 * 50)  # the same picture, give or take antialiasing


def Qt_horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def grab(window: MainWindow) -> QImage:
    return window.stretch_view.illustration.grab().toImage()


def test_the_figure_demonstrates_the_stretch_during_the_lead_in(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    window._next_frame()
    early = grab(window)
    elapse(2.5)
    window._next_frame()
    assert grab(window) != early
    assert window._frames.interval() <= PICTURE_FRAME_MS


def test_a_still_hold_does_not_repaint_the_figure_or_speed_up_the_frames(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.next()  # Back Extension: a still hold
    driver.toggle()
    elapse(6.0)
    window._next_frame()
    first = grab(window)
    elapse(4.0)
    window._next_frame()
    assert grab(window) == first
    assert not window.stretch_view.illustration.moves(driver.view())


def test_cat_cow_moves_between_cat_and_cow_during_its_hold(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(5.0 + 4.0)  # in the cat beat
    window._next_frame()
    cat = grab(window)
    elapse(5.0)  # in the cow beat
    window._next_frame()
    assert grab(window) != cat
    assert window.stretch_view.illustration.moves(driver.view())


def test_pausing_freezes_the_figure_and_stops_the_frames(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(2.0)
    driver.toggle()  # pause
    still = grab(window)
    elapse(3.0)
    assert grab(window) == still
    assert not window.animating


def test_the_picture_describes_the_pose_to_a_screen_reader(
    window: MainWindow, driver: SessionDriver
) -> None:
    driver.next()
    driver.next()
    description = window.stretch_view.illustration.accessibleDescription()
    assert description.startswith("Knee to Chest, Left side: lying on the back")


def test_a_stretch_without_pose_data_shows_its_name_card(
    qtbot: QtBot, routine: Routine, driver: SessionDriver, about: tuple
) -> None:
    window = MainWindow(driver, about, {})
    qtbot.addWidget(window)
    window.show()
    assert window.stretch_view.illustration.pose is None
    assert not window.stretch_view.illustration.moves(driver.view())
