"""Arabic reads right to left: the window is mirrored, Next is on the left and points
left, the arrows go the way the buttons lie, the pain scale runs from 0 on the right;
the figure is not mirrored, and play and pause look as they always do."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument, QTextListFormat
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from backspasm_gui.core import i18n
from backspasm_gui.ui.session.main_window import MainWindow
from backspasm_gui.ui.session.pain_scale import PainScale
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.shared import icons, language


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    """The app as it starts in Arabic (its translation, locale and direction)."""
    language.install(qapp, "ar")
    yield
    language.install(qapp, "en")
    i18n.install(None)


@pytest.fixture
def rtl_window(arabic: None, window: MainWindow) -> MainWindow:
    """The usual test window (tests/ui/conftest.py), built once Arabic is in: ``arabic``
    comes first, so the window is made right to left, as at start."""
    return window


def left_edge(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_the_controls_read_right_to_left_next_on_the_left(rtl_window: MainWindow) -> None:
    controls = rtl_window.controls
    assert rtl_window.isRightToLeft()
    assert left_edge(controls.next_button) < left_edge(controls.toggle_button)
    assert left_edge(controls.toggle_button) < left_edge(controls.previous_button)


def test_the_pain_scale_runs_from_0_on_the_right(arabic: None, qtbot: QtBot) -> None:
    scale = PainScale("?", "painTest")
    qtbot.addWidget(scale)
    scale.resize(900, 200)
    scale.show()
    qtbot.waitExposed(scale)
    buttons = scale.buttons
    edges = [left_edge(button) for button in buttons]
    assert edges == sorted(edges, reverse=True)  # one row, 0 on the right
    assert scale.low_label.x() > scale.high_label.x()  # "No pain" under the 0


def test_the_left_arrow_goes_on_and_the_right_arrow_back(
    qtbot: QtBot, rtl_window: MainWindow, driver: SessionDriver
) -> None:
    for _ in range(3):
        qtbot.keyClick(rtl_window, Qt.Key.Key_Left)
    assert driver.session.index == 3
    qtbot.keyClick(rtl_window, Qt.Key.Key_Right)
    assert driver.session.index == 2


def _drawn(name: str) -> QImage:
    return icons.icon(name, QColor("black")).pixmap(QSize(96, 96)).toImage()


def _alike(a: QImage, b: QImage) -> bool:
    """The same picture, but for antialiasing's rounding at the edges."""
    off = sum(
        abs(a.pixelColor(x, y).alpha() - b.pixelColor(x, y).alpha()) > 64
        for x in range(a.width())
        for y in range(a.height())
    )
    return off < a.width()  # under a pixel a row


def test_next_and_previous_point_the_way_arabic_reads_play_and_pause_do_not(
    qapp: QApplication,
) -> None:
    ltr = {name: _drawn(name) for name in ("next", "previous", "play", "pause", "restart")}
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        rtl = {name: _drawn(name) for name in ltr}
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for name in ("next", "previous"):
        assert _alike(rtl[name], ltr[name].flipped(Qt.Orientation.Horizontal))
        assert not _alike(rtl[name], ltr[name])
    for name in ("play", "pause", "restart"):
        assert rtl[name] == ltr[name]


def test_the_figure_is_not_mirrored(
    qapp: QApplication, qtbot: QtBot, window: MainWindow, driver: SessionDriver
) -> None:
    """ "Left side" is the figure's own left in every language."""
    driver.next()
    driver.next()  # a stretch done on the left side, so a mirror would show
    view = window.stretch_view.illustration
    view.show_captions(False)  # the words are laid out the language's way
    view.resize(400, 300)
    before = view.grab().toImage()
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert view.isRightToLeft()
    view.resize(400, 300)
    after = view.grab().toImage()
    assert after == before
    assert after != before.flipped(Qt.Orientation.Horizontal)


def test_the_steps_are_numbered_in_the_right_hand_margin(rtl_window: MainWindow) -> None:
    """Right to left, the numbers stand in the margin the words start from; set on the
    left, as left to right, they fell outside the label and no step had its number."""
    steps = rtl_window.stretch_view.instructions_label
    document = QTextDocument()
    document.setHtml(steps.text())
    block = document.firstBlock()
    assert block.textList() is not None  # a numbered list
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    assert block.textList().format().style() == QTextListFormat.Style.ListDecimal
    assert "margin-right" in steps.text()
    assert "margin-left" not in steps.text()
