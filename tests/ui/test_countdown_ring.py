"""The ring: what it says, and that the lead-in, the hold and a pause look different."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from backspasm_gui.ui import theme
from backspasm_gui.ui.countdown_ring import CountdownRing, RingMode


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


def test_a_bigger_ring_repaints_more_often_and_never_faster_than_60_hz(qtbot: QtBot) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.set_state(RingMode.HOLD, 30.0, 30.0)
    ring.resize(150, 150)
    small = ring.frame_interval_ms()
    ring.resize(600, 600)
    large = ring.frame_interval_ms()
    assert large < small
    ring.set_state(RingMode.GET_READY, 3.0, 3.0)
    assert ring.frame_interval_ms() >= 16
