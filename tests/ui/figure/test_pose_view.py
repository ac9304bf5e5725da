"""The demonstration in the window: drawn for every stretch and side, moving only
when it should, with the handout's words for the step it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from backspasm_gui.core.poses import Demonstration
from backspasm_gui.core.routine import Routine, Side
from backspasm_gui.core.session import State
from backspasm_gui.core.staging import Moment, Stager, mirrored
from backspasm_gui.ui.figure.figure_painter import demo_bounds, render_image
from backspasm_gui.ui.figure.pose_view import (
    BEAT_FRAME_MS,
    BREATHING_FRAME_MS,
    MOVING_FRAME_MS,
    PoseView,
)
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.shared import theme
from tests.ui.conftest import Passing


def count(image: QImage, colour: str, tolerance: int = 60) -> int:
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
def test_every_key_pose_renders_a_body_with_its_worked_part_lit(
    qtbot: QtBot, poses: dict[str, Demonstration], colours: theme.Theme
) -> None:
    for demo in poses.values():
        stager = Stager(demo)
        framing = demo_bounds(stager)
        for name in demo.keys:
            image = render_image(
                stager, stager.key(name), QSize(480, 280), colours, framing=framing
            )
            body = count(image, colours.figure)
            lit = count(image, colours.focus_area)
            mat = count(image, colours.mat, tolerance=12)
            assert body > 150, (demo.stretch_id, name, body)
            assert lit > 20, (demo.stretch_id, name, lit)
            assert mat > 100, (demo.stretch_id, name, mat)


def test_a_right_side_is_drawn_as_the_mirror_image_of_the_left(
    qtbot: QtBot, poses: dict[str, Demonstration]
) -> None:
    stager = Stager(poses["knee-to-chest"])
    framing = demo_bounds(stager)
    points = stager.key("knee-in")
    size = QSize(400, 240)
    left = render_image(stager, points, size, theme.LIGHT, framing=framing)
    right = render_image(stager, mirrored(points), size, theme.LIGHT, mirror=True, framing=framing)
    flipped = left.flipped(Qt.Orientation.Horizontal)

    def differing(a: QImage, b: QImage) -> float:
        samples = [(x, y) for y in range(0, 240, 4) for x in range(0, 400, 4)]
        return sum(a.pixelColor(x, y) != b.pixelColor(x, y) for x, y in samples) / len(samples)

    assert differing(left, right) > 0.1  # a different picture from the left's
    assert differing(flipped, right) < 0.06  # its mirror image, give or take antialiasing


def test_the_side_is_named_on_the_working_limb(
    qtbot: QtBot, poses: dict[str, Demonstration], routine: Routine
) -> None:
    view = PoseView(poses)
    qtbot.addWidget(view)
    step = next(s for s in routine.steps if s.stretch.id == "gluteal-stretch")
    assert step.side is Side.LEFT
    hold = poses["gluteal-stretch"].hold[0]
    moment = Moment(hold, hold, 0.0, 2, "hold")
    tagged = view.render_moment(step, moment, QSize(640, 400))
    colour = theme.current().focus_area
    no_side = next(s for s in routine.steps if s.stretch.id == "childs-pose")
    assert count(tagged, colour) > 0
    resting = Moment("resting", "resting", 0.0, 2, "hold")
    untagged = view.render_moment(no_side, resting, QSize(640, 400))
    assert untagged != tagged


def grab(window: MainWindow) -> QImage:
    return window.stretch_view.illustration.grab().toImage()


def test_the_lead_in_shows_each_step_with_its_words_from_the_handout(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    for _ in range(5):
        driver.next()  # Gluteal Stretch (Pigeon Pose), left side
    picture = window.stretch_view.illustration
    instructions = driver.view().step.stretch.instructions
    driver.toggle()
    window._next_frame()
    seen = [picture.words]
    frames = [grab(window)]
    for _ in range(9):
        elapse(0.5)
        window._next_frame()
        if picture.words != seen[-1]:
            seen.append(picture.words)
        frames.append(grab(window))
    assert seen == list(instructions)  # each sentence in turn, in the handout's words
    assert len({f.cacheKey() for f in frames}) > 1
    assert frames[0] != frames[-1]


def test_the_figure_keeps_its_place_and_size_from_lead_in_to_hold(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    picture = window.stretch_view.illustration
    driver.toggle()
    geometry = picture.geometry()
    elapse(6.0)  # holding now
    window._next_frame()
    assert driver.view().phase is State.HOLDING
    assert picture.geometry() == geometry


def test_a_still_hold_breathes_slowly_and_a_lead_in_moves_smoothly(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    picture = window.stretch_view.illustration
    driver.next()  # Back Extension: a still hold
    driver.toggle()
    assert picture.frame_interval_ms(driver.view()) == MOVING_FRAME_MS
    elapse(6.0)
    window._next_frame()
    first = grab(window)
    assert picture.frame_interval_ms(driver.view()) == BREATHING_FRAME_MS
    elapse(1.2)
    window._next_frame()
    assert grab(window) != first  # a breath


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
    assert window.stretch_view.illustration.frame_interval_ms(driver.view()) == BEAT_FRAME_MS


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


def test_the_demonstrations_are_read_just_after_the_first_paint(
    qtbot: QtBot, driver: SessionDriver, about: tuple, poses: dict[str, Demonstration]
) -> None:
    from backspasm_gui.ui.figure.demonstrations import Demonstrations

    reads: list[int] = []

    def load() -> tuple[dict[str, Demonstration], str]:
        reads.append(1)
        return dict(poses), "The stretch pictures could not be loaded."

    lazy = Demonstrations(load)
    window = MainWindow(driver, about, lazy)
    lazy.report = window.notify
    qtbot.addWidget(window)
    assert reads == []  # building the window does not wait for them
    window.show()
    qtbot.waitUntil(lambda: window.stretch_view.illustration.awake)
    assert reads == [1]
    assert window.stretch_view.illustration.pose is poses["cat-cow"]
    assert "could not be loaded" in window.notice.label.text()


def test_one_frame_paints_both_the_ring_and_the_moving_figure(
    qtbot: QtBot, window: MainWindow, driver: SessionDriver, elapse: Passing
) -> None:
    driver.toggle()
    elapse(9.0)  # Cat Cow's hold
    window._update_frames(driver.view())
    interval = window.stretch_view.illustration.frame_interval_ms(driver.view())
    assert window._frames.interval() == interval == BEAT_FRAME_MS


def test_repainting_only_round_what_moved_draws_the_same_pixels_there(
    qtbot: QtBot, routine: Routine, poses: dict[str, Demonstration]
) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    view = PoseView(poses)
    view.resize(640, 480)
    view.wake()
    view.show_step(routine.steps[0])
    stager = view.stager("cat-cow")
    assert stager is not None
    view._moment = stager.holding(6.0, 5.0)

    def paint(only: QRectF | None) -> QImage:
        image = QImage(640, 480, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("white"))
        painter = QPainter(image)
        if only is not None:
            painter.setClipRect(only)
        view._paint(painter, QRectF(0, 0, 640, 480), card_layer=False, only=only)
        painter.end()
        return image

    whole = paint(None)
    for only in (QRectF(300, 200, 120, 90), QRectF(0, 0, 640, 120), QRectF(500, 380, 140, 100)):
        part = paint(only)
        rect = only.toRect()
        assert part.copy(rect) == whole.copy(rect), only
