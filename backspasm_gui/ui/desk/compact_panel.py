"""The compact panel: a small always-on-top window to follow along beside work.

The picture of the stretch beside the ring, the stretch's name, the side and
what to do now, and the three controls. It renders the same session the main
window does; Ctrl+M or the "Full window" button goes back. Where it stood is
remembered, and it is moved back onto a screen if the one it stood on is gone.

Its text follows the person's text size (:meth:`CompactPanel.set_text_factor`):
it is measured against every name, phase and button word it can show, so it
grows to fit the longest of them (in any language) and keeps that size from
one stretch to the next instead of jumping or cutting words off.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QMoveEvent,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backspasm_gui import APP_NAME
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.routine import Kind, Side, Step
from backspasm_gui.core.session import State
from backspasm_gui.core.session_events import View
from backspasm_gui.ui.figure.pose_view import PoseView
from backspasm_gui.ui.session.countdown_ring import CountdownRing, ring_mode
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.shared import icons, theme
from backspasm_gui.ui.shared.line_breaks import unbreakable

if TYPE_CHECKING:
    from backspasm_gui.core.poses import Demonstration

POSITION_KEY = "compact/position"
FRAME_MS = 250
MARGIN = 24  # from the screen's edge when placed or put back

# Sizes at the usual text size, in pixels; each is multiplied by the text factor.
NAME_PX = 20
PHASE_PX = 17
BUTTON_PX = 16
LINK_PX = 13
BUTTON_HEIGHT = 48  # easy to hit with a tremor
ICON_PX = 20
RING_PX = 120
PICTURE = QSize(220, 120)  # the least the figure still reads at
PADDING = 14
SIZE = QSize(420, 330)  # its size when first shown, at factor 1

# The big button's word and icon for each state (the word translated where it is shown).
TOGGLE = {
    State.READY: (QT_TRANSLATE_NOOP("CompactPanel", "Start"), "play"),
    State.GET_READY: (QT_TRANSLATE_NOOP("CompactPanel", "Pause"), "pause"),
    State.HOLDING: (QT_TRANSLATE_NOOP("CompactPanel", "Pause"), "pause"),
    State.PAUSED: (QT_TRANSLATE_NOOP("CompactPanel", "Resume"), "play"),
    State.FINISHED: (QT_TRANSLATE_NOOP("CompactPanel", "Again"), "play"),
}


def _doing(state: State, kind: Kind) -> str:
    if state is State.READY:
        return translate("CompactPanel", "Ready")
    if state is State.GET_READY:
        return translate("CompactPanel", "Get ready")
    if state is State.HOLDING and kind is Kind.HOLD:
        return translate("CompactPanel", "Hold")
    if state is State.HOLDING:
        return translate("CompactPanel", "Keep moving")
    if state is State.PAUSED:
        return translate("CompactPanel", "Paused")
    return translate("CompactPanel", "Done")


def _with_side(side: Side | None, doing: str) -> str:
    if not side:
        return doing
    return translate("CompactPanel", "{side} · {phase}").format(side=side.label, phase=doing)


def phase_text(view: View) -> str:
    """The panel's second line: the side, and what to do now."""
    return _with_side(view.step.side, _doing(view.state, view.step.stretch.kind))


def phase_texts(steps: tuple[Step, ...] | list[Step]) -> set[str]:
    """Every second line the panel can show for these holds."""
    return {
        _with_side(step.side, _doing(state, step.stretch.kind)) for step in steps for state in State
    }


def _widest_word(metrics: QFontMetrics, texts: set[str]) -> int:
    return max((metrics.horizontalAdvance(w) for t in texts for w in unbreakable(t)), default=0)


def _wrapped_height(metrics: QFontMetrics, width: int, texts: set[str]) -> int:
    room = QRect(0, 0, max(1, width), 1 << 20)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
    return max((metrics.boundingRect(room, flags, text).height() for text in texts), default=0)


def on_a_screen(frame: QRect, screens: list[QRect]) -> bool:
    """Whether enough of ``frame`` (its title bar's middle) is on one of the screens."""
    grip = QPoint(frame.center().x(), frame.top() + 12)
    return any(screen.contains(grip) for screen in screens)


class CompactPanel(QWidget):
    expandRequested = Signal()  # back to the full window
    closeRequested = Signal()  # the person closed the panel: as closing the window

    def __init__(
        self,
        driver: SessionDriver,
        settings: QSettings | None = None,
        poses: Mapping[str, Demonstration] | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("compactPanel")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(
            translate("CompactPanel", "{app}, compact panel").format(app=APP_NAME)
        )
        self.driver = driver
        self._settings = settings
        self._factor = 1.0
        self._names: set[str] = set()  # every name it is measured for
        self._phases: set[str] = set()
        self.ring = CountdownRing(self)
        self.picture = PoseView(poses if poses is not None else {}, self)
        self.picture.show_captions(False)  # the step's words are the main window's
        self.name_label = QLabel(self)
        self.name_label.setObjectName("compactName")
        self.name_label.setWordWrap(True)
        # Each keeps room for its longest text: the two lines stay together in it.
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("compactPhase")
        self.phase_label.setWordWrap(True)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.previous_button = self._button(
            "compactPrevious",
            translate("CompactPanel", "Previous"),
            translate("CompactPanel", "Go back one hold"),
        )
        self.toggle_button = self._button(
            "compactToggle",
            translate("CompactPanel", "Start"),
            translate("CompactPanel", "Start or pause (Space)"),
        )
        self.toggle_button.setProperty("primary", True)
        self.next_button = self._button(
            "compactNext",
            translate("CompactPanel", "Next"),
            translate("CompactPanel", "Go on to the next hold"),
        )
        self.expand_button = QPushButton(translate("CompactPanel", "Full window"), self)
        self.expand_button.setObjectName("compactExpand")
        self.expand_button.setAccessibleName(translate("CompactPanel", "Full window"))
        self.expand_button.setToolTip(translate("CompactPanel", "Back to the full window (Ctrl+M)"))
        self.expand_button.setProperty("flat", True)
        self.expand_button.clicked.connect(self.expandRequested.emit)
        self._lay_out()
        self._wire(driver)
        self._toggle_icon = ""
        self._placed = False
        self._refresh_icons("play")  # measured with their icons
        self._scale()
        self.resize(SIZE.expandedTo(self.minimumSizeHint()))
        self.refresh()

    def _lay_out(self) -> None:
        self._top = QHBoxLayout()  # the picture, and the ring as tall as it
        self._top.addWidget(self.picture, 1)
        self._top.addSpacing(12)
        self._top.addWidget(self.ring, 0)
        self._text = QVBoxLayout()
        self._text.addWidget(self.name_label)
        self._text.addWidget(self.phase_label)
        self._text.addWidget(self.expand_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.previous_button, 1)
        self._buttons.addWidget(self.toggle_button, 2)
        self._buttons.addWidget(self.next_button, 1)
        self._outer = QVBoxLayout(self)
        self._outer.addLayout(self._top, 1)
        self._outer.addSpacing(8)
        self._outer.addLayout(self._text)
        self._outer.addSpacing(8)
        self._outer.addLayout(self._buttons)

    def _wire(self, driver: SessionDriver) -> None:
        self.previous_button.clicked.connect(driver.previous)
        self.toggle_button.clicked.connect(driver.toggle)
        self.next_button.clicked.connect(driver.next)
        self._frames = QTimer(self)
        self._frames.setTimerType(Qt.TimerType.PreciseTimer)
        self._frames.timeout.connect(self._next_frame)
        for key, slot in (
            (Qt.Key.Key_Space, driver.toggle),
            (Qt.Key.Key_Left, driver.previous),
            (Qt.Key.Key_Right, driver.next),
            (QKeySequence("Ctrl+M"), self.expandRequested.emit),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        driver.changed.connect(self.refresh)

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        return button

    # --- text size -------------------------------------------------------------------

    @property
    def text_factor(self) -> float:
        return self._factor

    def set_text_factor(self, factor: float) -> None:
        """Scale the words, buttons and ring by ``factor`` (the main window's
        ``text_factor()``: the zoom times the desktop's larger font). The panel grows
        with it, never cutting a word, and stays on its screen."""
        factor = max(0.5, factor)
        if abs(factor - self._factor) < 1e-6:
            return
        ratio, self._factor = factor / self._factor, factor
        before = self.size()  # a larger minimum may grow it as the fonts change
        self._scale()
        for _ in range(2):  # the new minimum size, now: a smaller one lets it shrink
            self.setMinimumSize(0, 0)  # the layout sets it afresh
            self._outer.invalidate()
            self._outer.activate()
        wanted = QSize(round(before.width() * ratio), round(before.height() * ratio))
        self.resize(wanted.expandedTo(self.minimumSizeHint()))
        if self.isVisible():
            self._stay_on_its_screen()

    def _scale(self) -> None:
        """Fonts and sizes for the factor, and room for the longest words it can show."""
        f, base = self._factor, self.font()
        self.name_label.setFont(theme.scaled_font(base, NAME_PX * f, weight=QFont.Weight.Bold))
        self.phase_label.setFont(theme.scaled_font(base, PHASE_PX * f))
        self.expand_button.setFont(theme.scaled_font(base, LINK_PX * f))
        for button in (self.previous_button, self.toggle_button, self.next_button):
            button.setFont(theme.scaled_font(base, BUTTON_PX * f, weight=QFont.Weight.DemiBold))
            button.setMinimumHeight(round(BUTTON_HEIGHT * f))
            button.setIconSize(QSize(round(ICON_PX * f), round(ICON_PX * f)))
        self.ring.setMinimumSize(round(RING_PX * f), round(RING_PX * f))
        self.picture.setMinimumSize(round(PICTURE.width() * f), round(PICTURE.height() * f))
        self.ring.setMaximumWidth(max(self.ring.maximumWidth(), self.ring.minimumWidth()))
        padding = round(PADDING * f)
        self._outer.setContentsMargins(padding, padding, padding, padding)
        self._measure()

    def _measure(self) -> None:
        """The narrowest the words may be: their longest word, the toggle's longest word."""
        steps = self.driver.session.steps
        self._names = {step.stretch.name for step in steps}
        self._names.add(translate("CompactPanel", "Routine finished"))
        self._phases = phase_texts(steps)
        for label, texts in ((self.name_label, self._names), (self.phase_label, self._phases)):
            label.setMinimumWidth(_widest_word(QFontMetrics(label.font()), texts) + 2)
        self.toggle_button.ensurePolished()
        shown = self.toggle_button.text()
        widths = []
        for word in {word for word, _icon in TOGGLE.values()}:
            self.toggle_button.setText(translate("CompactPanel", word))
            widths.append(self.toggle_button.sizeHint().width())
        self.toggle_button.setText(shown)
        self.toggle_button.setMinimumWidth(max(widths))
        self._reserve_lines()

    def _reserve_lines(self) -> None:
        """Height for the most lines any name or phase needs at the width they have now,
        so the panel does not change size from one stretch to the next."""
        for label, texts in ((self.name_label, self._names), (self.phase_label, self._phases)):
            width = max(label.width(), label.minimumWidth())
            need = _wrapped_height(QFontMetrics(label.font()), width, texts)
            if need != label.minimumHeight():
                label.setMinimumHeight(need)

    def _stay_on_its_screen(self) -> None:
        """After growing: move back in so all of it is on the screen it stands on."""
        area, frame = self.screen().availableGeometry(), self.frameGeometry()
        x = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
        y = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
        if (x, y) != (frame.left(), frame.top()):
            self.move(x, y)

    # --- rendering -----------------------------------------------------------------

    def refresh(self) -> None:
        if not self.isVisible():
            return  # nothing to draw for; showEvent catches up
        view = self.driver.view()
        finished = view.state is State.FINISHED
        name = translate("CompactPanel", "Routine finished") if finished else view.step.stretch.name
        phase = phase_text(view)
        if name not in self._names or phase not in self._phases:
            self._measure()  # another routine: other names to make room for
        self.name_label.setText(name)
        self.phase_label.setText(phase)
        word, icon_name = TOGGLE[view.state]
        label = translate("CompactPanel", word)
        self.toggle_button.setText(label)
        self.toggle_button.setAccessibleName(label)
        self.previous_button.setEnabled(not finished)
        self.next_button.setEnabled(not finished)
        self._refresh_icons(icon_name)
        self.ring.set_state(ring_mode(view), view.remaining, view.phase_seconds)
        if not finished:
            self.picture.show_view(view)
        self.setAccessibleDescription(
            translate("CompactPanel", "{stretch}, {phase}").format(
                stretch=self.name_label.text(), phase=self.phase_label.text()
            )
        )
        self._update_frames(view)

    def _update_frames(self, view: View) -> None:
        """Frames for the ring's sweep and the figure, only while they move and are seen:
        the figure's own pace while it moves into the stretch or breathes in it."""
        if view.state in (State.GET_READY, State.HOLDING) and self._seen():
            interval = FRAME_MS
            if self.picture.moves(view):
                interval = min(interval, self.picture.frame_interval_ms(view))
            if interval != self._frames.interval() or not self._frames.isActive():
                self._frames.start(interval)
        else:
            self._frames.stop()

    def _seen(self) -> bool:
        return self.isVisible() and not self.isMinimized()

    @property
    def animating(self) -> bool:
        return self._frames.isActive()

    def _refresh_icons(self, toggle: str) -> None:
        colours = theme.current()
        key = f"{colours.name}-{toggle}"
        if key == self._toggle_icon:
            return
        self._toggle_icon = key
        self.previous_button.setIcon(icons.icon("previous", colours.qcolor("text")))
        self.next_button.setIcon(icons.icon("next", colours.qcolor("text")))
        self.toggle_button.setIcon(icons.icon(toggle, colours.qcolor("on_hold")))

    def _next_frame(self) -> None:
        if self.driver.wakes_within(self._frames.interval() // 4):
            return  # the session's own wake-up redraws it in a moment
        view = self.driver.view()
        self.ring.set_state(ring_mode(view), view.remaining, view.phase_seconds)
        if self.picture.moves(view):
            self.picture.show_view(view)

    # --- where it stands --------------------------------------------------------------

    def place(self) -> None:
        """Where it was last, if that is still on a screen; else a corner of the screen."""
        screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
        stored = self._settings.value(POSITION_KEY) if self._settings is not None else None
        if isinstance(stored, QPoint):
            frame = QRect(stored, self.frameGeometry().size())
            if on_a_screen(frame, screens):
                self.move(stored)
                return
        self.keep_on_screen(force=True)

    def keep_on_screen(self, *, force: bool = False) -> None:
        """Move to the primary screen's bottom-right corner if off every screen."""
        screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
        if not screens or (not force and on_a_screen(self.frameGeometry(), screens)):
            return
        primary = QGuiApplication.primaryScreen()
        area = primary.availableGeometry() if primary is not None else screens[0]
        size = self.frameGeometry().size()
        self.move(
            area.right() - size.width() - MARGIN + 1, area.bottom() - size.height() - MARGIN + 1
        )

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed:
            self._placed = True
            self._measure()  # as the style sheet draws it, now it is polished
            self.place()
        super().showEvent(event)
        self.driver.set_watched(True, by="panel")
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The ring is round: width beyond its height goes to the words instead.
        square = max(self.ring.minimumWidth(), self.ring.height())
        if self.ring.maximumWidth() != square:
            self.ring.setMaximumWidth(square)
        self._reserve_lines()  # the words' width changed: so may the lines they need

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:  # minimised: nothing to draw for
            self._update_frames(self.driver.view())

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._frames.stop()
        self.driver.set_watched(False, by="panel")

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if self._settings is not None and self.isVisible():
            self._settings.setValue(POSITION_KEY, self.pos())

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the app decides: to the tray, or quit
        self.closeRequested.emit()
