"""The ring: what it says, and that the lead-in, the hold and a pause look different."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPaintEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backspasm_gui.ui.session.countdown_ring import FRAME_MS_MIN, CountdownRing, RingMode
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.shared import theme


def render(qtbot: QtBot, mode: RingMode, remaining: float, total: float = 30.0) -> QImage:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(200, 200)
    ring.set_state(mode, remaining, total)
    return ring.grab().toImage()


def colour_count(image: QImage, colour: str) -> int:
    target = QColor(colour).rgb() & 0xFFFFFF
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) & 0xFFFFFF == target
    )


def test_the_hold_sweep_is_drawn_in_the_hold_colour(qtbot: QtBot, qapp: object) -> None:
    colours = theme.current()
    image = render(qtbot, RingMode.HOLD, 15.0)
    assert colour_count(image, colours.hold) > 100
    assert colour_count(image, colours.get_ready) == 0


def test_the_lead_in_has_its_own_colour(qtbot: QtBot) -> None:
    colours = theme.current()
    image = render(qtbot, RingMode.GET_READY, 3.0, 5.0)
    assert colour_count(image, colours.get_ready) > 100
    assert colour_count(image, colours.hold) == 0


def test_the_arc_shrinks_as_time_passes(qtbot: QtBot) -> None:
    colours = theme.current()
    full = colour_count(render(qtbot, RingMode.HOLD, 30.0), colours.hold)
    half = colour_count(render(qtbot, RingMode.HOLD, 15.0), colours.hold)
    assert 0.35 < half / full < 0.65


def test_the_accessible_description_says_the_seconds_left(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.set_state(RingMode.HOLD, 12.4, 30.0)
    assert ring.accessibleDescription() == "13 seconds left, hold"


def test_the_sweep_repaints_at_most_four_times_a_second_and_less_when_slow(
    qtbot: QtBot,
) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.set_state(RingMode.HOLD, 120.0, 120.0)  # a long hold: the arc creeps
    ring.resize(150, 150)
    small = ring.frame_interval_ms()
    ring.resize(600, 600)
    large = ring.frame_interval_ms()
    assert large < small  # a pixel of a big ring passes sooner
    ring.set_state(RingMode.GET_READY, 3.0, 3.0)  # a fast sweep
    assert ring.frame_interval_ms() == FRAME_MS_MIN == 250


def test_a_frame_of_the_sweep_repaints_only_around_the_moving_end(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.resize(400, 400)
    ring.set_state(RingMode.HOLD, 20.0, 30.0)
    ring.show()
    qtbot.waitExposed(ring)
    QApplication.processEvents()
    ring.repaint()  # whatever showing it asked for is painted now
    painted: list[QRect] = []
    original = ring.paintEvent

    def spy(event: QPaintEvent) -> None:
        painted.append(event.rect())
        original(event)

    ring.paintEvent = spy  # type: ignore[method-assign]
    ring.set_state(RingMode.HOLD, 19.9, 30.0)  # same second: only the arc's end moves
    qtbot.waitUntil(lambda: bool(painted))
    area = painted[-1].width() * painted[-1].height()
    assert 0 < area < 400 * 400 / 20
    painted.clear()
    ring.set_state(RingMode.HOLD, 18.9, 30.0)  # a new second: the digits change too
    qtbot.waitUntil(lambda: bool(painted))
    assert painted[-1].contains(ring._digits_rect("19"))
    assert painted[-1].contains(ring._digits_rect("20"))
    assert painted[-1] != ring.rect()  # not the whole ring
    painted.clear()
    ring.set_state(RingMode.PAUSED, 18.9, 30.0)  # a new look: all of it
    qtbot.waitUntil(lambda: bool(painted))
    assert painted[-1] == ring.rect()


def test_a_screen_reader_hears_the_time_before_anything_has_changed(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At start the ring shows 30 s, ready, and says so, though no state change came yet."""
    assert window.ring.accessibleDescription() == "30 seconds left, ready"
