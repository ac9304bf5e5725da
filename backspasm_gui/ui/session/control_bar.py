"""Previous, Start/Pause, Next and Restart: big, calm, far enough apart to hit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal, SignalInstance
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.session import State
from backspasm_gui.core.session_events import View
from backspasm_gui.ui.shared import icons, theme

# The big button's word and icon for each state (the word translated where it is shown).
TOGGLE = {
    State.READY: (QT_TRANSLATE_NOOP("ControlBar", "Start"), "play"),
    State.GET_READY: (QT_TRANSLATE_NOOP("ControlBar", "Pause"), "pause"),
    State.HOLDING: (QT_TRANSLATE_NOOP("ControlBar", "Pause"), "pause"),
    State.PAUSED: (QT_TRANSLATE_NOOP("ControlBar", "Resume"), "play"),
    State.FINISHED: (QT_TRANSLATE_NOOP("ControlBar", "Again"), "restart"),
}


RESTART_GAP = 24


class ControlBar(QWidget):
    previousRequested = Signal()
    toggleRequested = Signal()
    nextRequested = Signal()
    restartRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("controlBar")
        self.previous_button = self._button(
            "previousButton",
            translate("ControlBar", "Previous"),
            #: In a right-to-left language Previous is on the right and the Right arrow
            #: goes back: name the Right arrow there.
            translate("ControlBar", "Go back one hold (Left arrow)"),
            self.previousRequested,
        )
        self.toggle_button = self._button(
            "startPauseButton",
            translate("ControlBar", "Start"),
            translate("ControlBar", "Start or pause the routine (Space)"),
            self.toggleRequested,
        )
        self.toggle_button.setProperty("primary", True)
        self.next_button = self._button(
            "nextButton",
            translate("ControlBar", "Next"),
            #: In a right-to-left language Next is on the left and the Left arrow goes
            #: on: name the Left arrow there.
            translate("ControlBar", "Go on to the next hold (Right arrow)"),
            self.nextRequested,
        )
        self.restart_button = self._button(
            "restartButton",
            translate("ControlBar", "Restart"),
            translate("ControlBar", "Start the routine again from the first stretch (R twice)"),
            self.restartRequested,
        )
        # Quieter than the three it stands apart from: a word, not a slab to hit.
        self.restart_button.setProperty("flat", True)
        self._words = True  # False: icons only, the words kept as names and tooltips
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button, 3)
        layout.addWidget(self.toggle_button, 5)
        layout.addWidget(self.next_button, 3)
        layout.addSpacing(RESTART_GAP)  # Restart stands apart: hard to hit by mistake
        layout.addWidget(self.restart_button, 2)
        self._icon_theme = ""
        self._toggle_icon = "play"
        self.refresh_icons()

    def _button(self, name: str, text: str, tip: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setProperty("word", text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tip)
        button.setToolTip(tip)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(signal.emit)
        return button

    def show_state(self, view: View) -> None:
        word, icon_name = TOGGLE[view.state]
        label = translate("ControlBar", word)
        self.toggle_button.setProperty("word", label)
        self.toggle_button.setText(label if self._words else "")
        self.toggle_button.setAccessibleName(label)
        finished = view.state is State.FINISHED
        at_start = view.state is State.READY and view.index == 0
        at_end = view.state is State.READY and view.index == view.holds - 1
        self.previous_button.setEnabled(not finished and not at_start)
        self.next_button.setEnabled(not finished and not at_end)
        # Nothing to start again before anything began, nor at the end ("Again" is there).
        self.restart_button.setEnabled(not finished and not at_start)
        if icon_name != self._toggle_icon:
            self._toggle_icon = icon_name
            self.refresh_icons(force=True)

    def set_scale(self, unit: float) -> None:
        font = theme.scaled_font(self.font(), unit * 1.15, weight=QFont.Weight.DemiBold)
        side = round(unit * 1.3)
        for button in self._buttons():
            button.setFont(font)
            button.setIconSize(QSize(side, side))
            button.setMinimumHeight(round(unit * 3.0))
        self.refresh_icons()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    @property
    def words_shown(self) -> bool:
        return self._words

    def _fit(self) -> None:
        """The words on the buttons where they fit side by side (large text in a narrow
        window may not have room): otherwise the icons alone, each button still named."""
        layout = self.layout()
        spacing = layout.spacing() * 3 + RESTART_GAP if layout is not None else 0
        needed = spacing
        for button in self._buttons():
            metrics = button.fontMetrics()
            word = metrics.horizontalAdvance(str(button.property("word")))
            # the button's own padding and icon, measured from its hint without words
            shown = button.text()
            button.setText("")
            needed += button.sizeHint().width() + word + metrics.horizontalAdvance(" ")
            button.setText(shown)
        words = needed <= self.width()
        if words != self._words or any(bool(b.text()) != words for b in self._buttons()):
            self._words = words
            for button in self._buttons():
                button.setText(str(button.property("word")) if words else "")

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.previous_button, self.toggle_button, self.next_button, self.restart_button)

    def refresh_icons(self, *, force: bool = False) -> None:
        colours = theme.current()
        if colours.name == self._icon_theme and not force:
            return
        self._icon_theme = colours.name
        text = colours.qcolor("text")
        self.previous_button.setIcon(icons.icon("previous", text))
        self.next_button.setIcon(icons.icon("next", text))
        self.restart_button.setIcon(icons.icon("restart", text))
        self.toggle_button.setIcon(icons.icon(self._toggle_icon, colours.qcolor("on_hold")))
