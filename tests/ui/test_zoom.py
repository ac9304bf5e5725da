"""Text size: the zoom keys, remembered, and nothing cut off however large the text is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from backspasm_gui.core.about import Section
from backspasm_gui.core.clock import ManualClock as FakeClock
from backspasm_gui.core.figure import Pose
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session import Session
from backspasm_gui.storage.settings import ZOOM_KEY, load_prefs
from backspasm_gui.ui import theme
from backspasm_gui.ui.compact_panel import CompactPanel
from backspasm_gui.ui.main_window import MainWindow, scale_unit
from backspasm_gui.ui.screenshot import pose_session
from backspasm_gui.ui.session_driver import SessionDriver
from backspasm_gui.ui.zoom import STEPS, system_factor

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "zoom.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def zoomable(window: MainWindow, settings: QSettings) -> MainWindow:
    window.remember_zoom(settings)
    return window


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, CTRL)


def stored(settings: QSettings) -> float:
    return float(str(settings.value(ZOOM_KEY)))


def test_ctrl_plus_makes_the_text_larger_and_is_remembered(
    qtbot: QtBot, zoomable: MainWindow, settings: QSettings
) -> None:
    before = zoomable.stretch_view.name_label.font().pixelSize()
    press(qtbot, zoomable, Qt.Key.Key_Plus)
    assert zoomable.zoom.factor == 1.1
    assert stored(settings) == 1.1
    assert zoomable.stretch_view.name_label.font().pixelSize() > before


def test_ctrl_equals_zooms_in_too_where_plus_needs_shift(
    qtbot: QtBot, zoomable: MainWindow
) -> None:
    press(qtbot, zoomable, Qt.Key.Key_Equal)
    assert zoomable.zoom.factor == 1.1


def test_ctrl_minus_makes_the_text_smaller_and_is_remembered(
    qtbot: QtBot, zoomable: MainWindow, settings: QSettings
) -> None:
    before = zoomable.stretch_view.name_label.font().pixelSize()
    press(qtbot, zoomable, Qt.Key.Key_Minus)
    assert zoomable.zoom.factor == 0.9
    assert stored(settings) == 0.9
    assert zoomable.stretch_view.name_label.font().pixelSize() < before


def test_ctrl_0_goes_back_to_the_usual_size(
    qtbot: QtBot, zoomable: MainWindow, settings: QSettings
) -> None:
    for _ in range(3):
        press(qtbot, zoomable, Qt.Key.Key_Plus)
    press(qtbot, zoomable, Qt.Key.Key_0)
    assert zoomable.zoom.factor == 1.0
    assert stored(settings) == 1.0


def test_zooming_in_stops_at_twice_the_size(qtbot: QtBot, zoomable: MainWindow) -> None:
    for _ in range(len(STEPS) + 2):
        press(qtbot, zoomable, Qt.Key.Key_Plus)
    assert zoomable.zoom.factor == 2.0


def test_zooming_out_stops_at_three_quarters(qtbot: QtBot, zoomable: MainWindow) -> None:
    for _ in range(len(STEPS) + 2):
        press(qtbot, zoomable, Qt.Key.Key_Minus)
    assert zoomable.zoom.factor == 0.75


def test_a_factor_between_steps_moves_to_the_next_step(zoomable: MainWindow) -> None:
    zoomable.zoom.set_factor(1.2)
    zoomable.zoom.zoom_in()
    assert zoomable.zoom.factor == 1.25
    zoomable.zoom.set_factor(5.0)
    assert zoomable.zoom.factor == 2.0


def test_the_stored_size_is_used_when_the_window_opens(
    window: MainWindow, settings: QSettings
) -> None:
    settings.setValue(ZOOM_KEY, 1.5)
    window.remember_zoom(settings)
    assert window.zoom.factor == 1.5
    unit = scale_unit(window.width(), window.height()) * 1.5 * system_factor()
    assert window.stretch_view.kind_label.font().pixelSize() == round(round(unit, 1))


@pytest.mark.parametrize("value", ["huge", "7", "0.1", "nan"])
def test_an_unusable_stored_size_is_reset_and_said(
    window: MainWindow, settings: QSettings, value: str
) -> None:
    settings.setValue(ZOOM_KEY, value)
    prefs, reset = load_prefs(settings)
    assert prefs.zoom == 1.0
    assert reset == ["text size"]
    assert not settings.contains(ZOOM_KEY)
    settings.setValue(ZOOM_KEY, value)  # and the window alone does not trip on it
    window.remember_zoom(settings)
    assert window.zoom.factor == 1.0


def test_a_larger_desktop_font_makes_larger_text() -> None:
    usual = QFont("Sans Serif")
    usual.setPointSizeF(9.0)
    large = QFont("Sans Serif")
    large.setPointSizeF(22.0)
    assert system_factor(usual) == 1.0  # a small desktop font does not shrink ours
    assert 1.0 < system_factor(large) <= 2.0


def test_the_compact_panel_zooms_with_the_same_keys_and_setting(
    qtbot: QtBot, driver: SessionDriver, settings: QSettings
) -> None:
    panel = CompactPanel(driver, settings)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()  # its keys work where it has the focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    before = panel.name_label.font().pixelSize()
    press(qtbot, panel, Qt.Key.Key_Plus)
    assert stored(settings) == 1.1
    assert panel.name_label.font().pixelSize() > before
    assert not clipped(panel)


# --- nothing is cut off ------------------------------------------------------------------


def _inside(widget: QWidget, top: QWidget) -> list[str]:
    """Where the widget pokes out of a parent (a scroll area's content may be larger than
    its viewport: that is what scrolling is for)."""
    problems = []
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and child is not top:
        box = QRect(child.mapTo(parent, QPoint(0, 0)), child.size())
        if isinstance(parent.parentWidget(), QScrollArea):  # the content may be taller
            box.setHeight(min(box.height(), parent.height()))
            box.moveTop(max(box.top(), 0))
        if not parent.rect().contains(box):
            problems.append(f"outside {parent.objectName() or type(parent).__name__} {box}")
        child, parent = parent, parent.parentWidget()
    return problems


def clipped(top: QWidget) -> list[str]:
    """Every visible label or button too small for its text, or not wholly in the window."""
    problems = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton) or not widget.isVisibleTo(top):
            continue
        name = widget.objectName() or widget.text()[:30]
        size, hint = widget.size(), widget.sizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(size.width())
            if need > size.height():
                problems.append(f"{name}: needs {need} high, has {size.height()}")
            if widget.minimumSizeHint().width() > size.width():
                problems.append(f"{name}: a word is wider than {size.width()}")
        elif hint.width() > size.width() or hint.height() > size.height():
            problems.append(f"{name}: needs {hint.width()}x{hint.height()}, has {size}")
        problems += [f"{name}: {where}" for where in _inside(widget, top)]
    return problems


def _step_of(routine: Routine, name: str) -> int:
    return next(i for i, step in enumerate(routine.steps) if step.stretch.name == name)


Posed = Callable[[str, str, tuple[int, int], float], MainWindow]


@pytest.fixture
def posed(
    qtbot: QtBot,
    routine: Routine,
    about: tuple[Section, ...],
    poses: dict[str, Pose],
    qapp: object,
) -> Posed:
    def make(phase: str, stretch: str, size: tuple[int, int], zoom: float) -> MainWindow:
        clock = FakeClock()
        theme.install(qapp, "light")  # type: ignore[arg-type]
        driver = SessionDriver(Session(routine, clock), clock, awake_clock=clock)
        pose_session(driver.session, clock, step=_step_of(routine, stretch), phase=phase)
        window = MainWindow(driver, about, poses)
        qtbot.addWidget(window)
        window.ask_pain(True)  # as in the app, which keeps a history
        window.zoom.set_factor(zoom)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.mark.parametrize("phase", ["ready", "hold", "paused", "done"])
@pytest.mark.parametrize("stretch", ["Knee to Chest", "Gluteal Stretch (Pigeon Pose)"])
@pytest.mark.parametrize(
    ("size", "zoom"),
    [
        pytest.param(
            (640, 480), 1.0, marks=pytest.mark.xfail(reason="sound button, time left: to fix")
        ),
        ((640, 480), 2.0),
        pytest.param(
            (1024, 700), 2.0, marks=pytest.mark.xfail(reason="pain numbers' one row: to fix")
        ),
    ],
)
def test_nothing_is_cut_off(
    posed: Posed, phase: str, stretch: str, size: tuple[int, int], zoom: float
) -> None:
    window = posed(phase, stretch, size, zoom)
    assert clipped(window) == []


@pytest.mark.xfail(reason="the notice and reminder bars do not scale yet")
def test_nothing_is_cut_off_with_a_notice_and_a_reminder_at_200_percent(posed: Posed) -> None:
    window = posed("ready", "Cat Cow", (640, 480), 2.0)
    window.notify("The saved volume could not be read, so the default is used again.")
    window.reminder_bar.show_reminder("You missed one", "Time for your back stretches.")
    assert clipped(window) == []
