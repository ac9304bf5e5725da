"""The compact panel: a small always-on-top window to follow along beside work.

The ring, the stretch's name, the side and what to do now, and the three
controls. It renders the same session the main window does; Ctrl+M or the
"Full window" button goes back. Where it stood is remembered, and it is
moved back onto a screen if the one it stood on is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QMoveEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backspasm_gui import APP_NAME
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.routine import Kind
from backspasm_gui.core.session import State, View
from backspasm_gui.ui import icons, theme
from backspasm_gui.ui.countdown_ring import CountdownRing, ring_mode
from backspasm_gui.ui.session_driver import SessionDriver

POSITION_KEY = "compact/position"
FRAME_MS = 250
MARGIN = 24  # from the screen's edge when placed or put back

# The big button's word and icon for each state (the word translated where it is shown).
TOGGLE = {
    State.READY: (QT_TRANSLATE_NOOP("CompactPanel", "Start"), "play"),
    State.GET_READY: (QT_TRANSLATE_NOOP("CompactPanel", "Pause"), "pause"),
    State.HOLDING: (QT_TRANSLATE_NOOP("CompactPanel", "Pause"), "pause"),
    State.PAUSED: (QT_TRANSLATE_NOOP("CompactPanel", "Resume"), "play"),
    State.FINISHED: (QT_TRANSLATE_NOOP("CompactPanel", "Again"), "play"),
}


def phase_text(view: View) -> str:
    """The panel's second line: the side, and what to do now."""
    if view.state is State.READY:
        doing = translate("CompactPanel", "Ready")
    elif view.state is State.GET_READY:
        doing = translate("CompactPanel", "Get ready")
    elif view.state is State.HOLDING and view.step.stretch.kind is Kind.HOLD:
        doing = translate("CompactPanel", "Hold")
    elif view.state is State.HOLDING:
        doing = translate("CompactPanel", "Keep moving")
    elif view.state is State.PAUSED:
        doing = translate("CompactPanel", "Paused")
    else:
        doing = translate("CompactPanel", "Done")
    if not view.step.side:
        return doing
    return translate("CompactPanel", "{side} · {phase}").format(
        side=view.step.side.label, phase=doing
    )


def on_a_screen(frame: QRect, screens: list[QRect]) -> bool:
    """Whether enough of ``frame`` (its title bar's middle) is on one of the screens."""
    grip = QPoint(frame.center().x(), frame.top() + 12)
    return any(screen.contains(grip) for screen in screens)


class CompactPanel(QWidget):
    expandRequested = Signal()  # back to the full window
    closeRequested = Signal()  # the person closed the panel: as closing the window

    def __init__(self, driver: SessionDriver, settings: QSettings | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("compactPanel")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(
            translate("CompactPanel", "{app}, compact panel").format(app=APP_NAME)
        )
        self.driver = driver
        self._settings = settings
        self.ring = CountdownRing(self)
        self.ring.setMinimumSize(120, 120)
        self.name_label = QLabel(self)
        self.name_label.setObjectName("compactName")
        self.name_label.setWordWrap(True)
        self.name_label.setFont(theme.scaled_font(self.font(), 20, weight=QFont.Weight.Bold))
        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("compactPhase")
        self.phase_label.setFont(theme.scaled_font(self.font(), 17))
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
        self.refresh()

    def _lay_out(self) -> None:
        text = QVBoxLayout()
        text.addStretch(1)
        text.addWidget(self.name_label)
        text.addWidget(self.phase_label)
        text.addStretch(1)
        text.addWidget(self.expand_button, 0, Qt.AlignmentFlag.AlignLeft)
        top = QHBoxLayout()
        top.addWidget(self.ring, 0)
        top.addSpacing(12)
        top.addLayout(text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button, 1)
        buttons.addWidget(self.toggle_button, 2)
        buttons.addWidget(self.next_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addLayout(top, 1)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.resize(400, 250)

    def _wire(self, driver: SessionDriver) -> None:
        self.previous_button.clicked.connect(driver.previous)
        self.toggle_button.clicked.connect(driver.toggle)
        self.next_button.clicked.connect(driver.next)
        self._frames = QTimer(self)
        self._frames.setTimerType(Qt.TimerType.PreciseTimer)
        self._frames.setInterval(FRAME_MS)
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
        button.setMinimumHeight(48)  # easy to hit with a tremor
        button.setFont(theme.scaled_font(self.font(), 16, weight=QFont.Weight.DemiBold))
        button.setIconSize(QSize(20, 20))
        return button

    # --- rendering -----------------------------------------------------------------

    def refresh(self) -> None:
        if not self.isVisible():
            return  # nothing to draw for; showEvent catches up
        view = self.driver.view()
        finished = view.state is State.FINISHED
        self.name_label.setText(
            translate("CompactPanel", "Routine finished") if finished else view.step.stretch.name
        )
        self.phase_label.setText(phase_text(view))
        word, icon_name = TOGGLE[view.state]
        label = translate("CompactPanel", word)
        self.toggle_button.setText(label)
        self.toggle_button.setAccessibleName(label)
        self.previous_button.setEnabled(not finished)
        self.next_button.setEnabled(not finished)
        self._refresh_icons(icon_name)
        self.ring.set_state(ring_mode(view), view.remaining, view.phase_seconds)
        self.setAccessibleDescription(
            translate("CompactPanel", "{stretch}, {phase}").format(
                stretch=self.name_label.text(), phase=self.phase_label.text()
            )
        )
        if view.state in (State.GET_READY, State.HOLDING) and not self.isMinimized():
            if not self._frames.isActive():
                self._frames.start()
        else:
            self._frames.stop()

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
        if self.driver.wakes_within(FRAME_MS // 4):
            return  # the session's own wake-up redraws it in a moment
        view = self.driver.view()
        self.ring.set_state(ring_mode(view), view.remaining, view.phase_seconds)

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
            self.place()
        super().showEvent(event)
        self.driver.set_watched(True, by="panel")
        self.refresh()

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
