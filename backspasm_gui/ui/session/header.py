"""The window's header: where you are ("Stretch 3 of 7 · Left side"), the time left,
Sound, and the links to Progress, the compact panel, Settings and About.

It keeps to one line where it can: full words, else shorter ones, else the links
gathered into one menu; only where the window is narrower still does the progress
take a line of its own (free to wrap).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from backspasm_gui.core import timefmt
from backspasm_gui.core.i18n import translate
from backspasm_gui.storage.settings import AudioPrefs
from backspasm_gui.ui.session.sound_menu import SoundButton
from backspasm_gui.ui.shared import theme


def left_text(seconds: float) -> str:
    return translate("MainWindow", "{time} left").format(time=timefmt.clock(seconds))


class Header(QObject):
    """The header's widgets, children of the window, and its two lines (``lines``), a
    layout the window places at its top (a layout, not a widget of its own, so the
    window's layout settles in one pass when the words change)."""

    aboutRequested = Signal()
    compactRequested = Signal()
    settingsRequested = Signal()
    progressRequested = Signal()

    def __init__(
        self, audio: AudioPrefs, progress_texts: Callable[[], Iterable[str]], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._progress_texts = progress_texts  # every progress the routine can show
        self.progress_shown = False  # Progress only where a history is kept
        self.progress_label = QLabel(self._window)
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setAccessibleDescription(
            translate("MainWindow", "Where you are in the routine")
        )
        self.session_left_label = QLabel(self._window)
        self.session_left_label.setObjectName("sessionLeftLabel")
        self.session_left_label.setAccessibleDescription(
            translate("MainWindow", "Time left in the session")
        )
        self.session_left_label.setProperty("role", "muted")
        self.session_left_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.about_button = QPushButton(translate("MainWindow", "About back spasms"), self._window)
        self.about_button.setObjectName("aboutButton")
        self.about_button.setAccessibleName(translate("MainWindow", "About back spasms"))
        self.about_button.setToolTip(
            translate("MainWindow", "What back spasms are, how they are treated, staying safe (F1)")
        )
        self.about_button.setProperty("flat", True)
        self.about_button.clicked.connect(self.aboutRequested.emit)
        self.sound_button = SoundButton(audio, self._window)
        self.compact_button = self._link(
            "compactButton",
            translate("MainWindow", "Compact"),
            translate("MainWindow", "A small panel that stays on top (Ctrl+M)"),
        )
        self.compact_button.clicked.connect(self.compactRequested.emit)
        self.settings_button = self._link(
            "settingsButton",
            translate("MainWindow", "Settings"),
            translate("MainWindow", "Routine, sound, reminders and colours (Ctrl+,)"),
        )
        self.settings_button.clicked.connect(self.settingsRequested.emit)
        self.progress_button = self._link(
            "progressButton",
            translate("MainWindow", "Progress"),
            translate("MainWindow", "Sessions, streaks, pain over time, reports (Ctrl+P)"),
        )
        self.progress_button.clicked.connect(self.progressRequested.emit)
        self.progress_button.hide()  # until there is a history to show
        self.menu_button = self._build_menu_button()
        self._lay_out()

    def _lay_out(self) -> None:
        # The progress may wrap, on a line of its own (_first_line), only where the window
        # is too narrow for the header even with the links gathered into the menu.
        self.progress_label.setWordWrap(True)
        self._first_line = QHBoxLayout()
        self._line = QHBoxLayout()
        self.lines = lines = QVBoxLayout()
        lines.setSpacing(4)
        lines.addLayout(self._first_line)
        lines.addLayout(self._line)
        self._line.addWidget(self.progress_label, 1)
        self._line.addWidget(self.session_left_label)
        self._line.addSpacing(16)
        self._line.addWidget(self.sound_button)
        for button in self.links():
            self._line.addSpacing(8)
            self._line.addWidget(button)
        self._line.addWidget(self.menu_button)

    def links(self) -> tuple[QPushButton, ...]:
        return (self.progress_button, self.compact_button, self.settings_button, self.about_button)

    def _build_menu_button(self) -> QPushButton:
        """Progress, Compact, Settings and About in one menu, for a window too narrow
        (or text too large) to show them side by side; hidden otherwise."""
        button = self._link(
            "menuButton",
            translate("MainWindow", "Menu"),
            translate("MainWindow", "Progress, compact panel, settings and About"),
        )
        menu = QMenu(button)
        menu.setObjectName("headerMenu")
        for link in self.links():
            action = menu.addAction(link.accessibleName(), link.click)
            action.setToolTip(link.toolTip())
            action.setData(link.objectName())
        menu.aboutToShow.connect(self._menu_shows_what_is_there)
        button.setMenu(menu)
        button.hide()
        return button

    def _menu_shows_what_is_there(self) -> None:
        for action in self.menu_button.menu().actions():
            if action.data() == self.progress_button.objectName():
                action.setVisible(self.progress_shown)

    def _link(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self._window)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        button.setProperty("flat", True)
        return button

    # --- what it says ------------------------------------------------------------------

    def show_progress(self, text: str) -> bool:
        """Say where the person is; True if the words changed, and with them perhaps the
        room the header needs ("Stretch 3 of 7 · Left side" is longer than "Stretch 2 of 7",
        and longer still in German): then it is fitted again."""
        if text == self.progress_label.text():
            return False
        self.progress_label.setText(text)
        return True

    def show_left(self, seconds: float | None) -> None:
        self.session_left_label.setText("" if seconds is None else left_text(seconds))

    def set_scale(self, unit: float, base: QFont) -> None:
        self.progress_label.setFont(
            theme.scaled_font(base, unit * 1.1, weight=QFont.Weight.DemiBold)
        )
        self.session_left_label.setFont(theme.scaled_font(base, unit * 1.1))
        # Its text changes every second; at a fixed size that never re-lays-out the window
        # (which repainted the stretch's text each second).
        widest = QFontMetrics(self.session_left_label.font()).size(0, left_text(5999))
        margins = self.session_left_label.contentsMargins()
        self.session_left_label.setFixedSize(
            widest.width() + margins.left() + margins.right() + 2,
            widest.height() + margins.top() + margins.bottom(),
        )
        for button in (*self.links(), self.menu_button):
            button.setFont(theme.scaled_font(base, unit * 1.0))
        self.menu_button.menu().setFont(theme.scaled_font(base, unit * 1.0))
        self.sound_button.setFont(theme.scaled_font(base, unit * 1.0))

    # --- fitting it to the window's width ---------------------------------------------------

    def fit(self, room: int) -> None:
        """The header on one line if it can be: full words, else shorter ones, else the
        links gathered into one menu; else the progress on a line of its own (free to wrap).
        Two lines only where the routine's longest progress needs them, for every stretch:
        the page under the header, and the picture on it, keep one height."""
        self._level(short=True, gathered=True, two_lines=False)
        if self._width(longest=True) > room:
            self._level(short=True, gathered=True, two_lines=True)
            return
        for short, gathered in ((False, False), (True, False), (True, True)):
            self._level(short=short, gathered=gathered, two_lines=False)
            if gathered or self._width() <= room:
                return

    def _level(self, *, short: bool, gathered: bool, two_lines: bool) -> None:
        self.about_button.setText(
            translate("MainWindow", "About", "short for About back spasms, in a narrow window")
            if short
            else translate("MainWindow", "About back spasms")
        )
        self.sound_button.set_short(short)
        for link in (self.progress_button, self.compact_button, self.settings_button):
            link.setVisible(
                not gathered and (link is not self.progress_button or self.progress_shown)
            )
        self.about_button.setVisible(not gathered)
        self.menu_button.setVisible(gathered)
        self._progress_on_own_line(two_lines)

    def _progress_on_own_line(self, own: bool) -> None:
        if (self._first_line.indexOf(self.progress_label) >= 0) == own:
            return
        (self._line if own else self._first_line).removeWidget(self.progress_label)
        if own:
            self._first_line.addWidget(self.progress_label)
            self._line.insertStretch(0, 1)
        else:
            self._line.takeAt(0)  # the stretch that stood in for it
            self._line.insertWidget(0, self.progress_label, 1)

    def _width(self, *, longest: bool = False) -> int:
        """The header's width with the progress on one line (``longest``: the longest
        progress of the routine, not the one shown)."""
        self._line.invalidate()  # the fonts or words just changed: measure afresh
        width = 0
        for index in range(self._line.count()):
            item = self._line.itemAt(index)
            if item is None:
                continue
            widget = item.widget()
            if widget is self.progress_label:
                metrics = QFontMetrics(widget.font())
                texts = {widget.text()}
                if longest:
                    texts.update(self._progress_texts())
                text = max(metrics.horizontalAdvance(words) for words in texts)
                margins = widget.contentsMargins()
                width += text + margins.left() + margins.right() + 2
            elif widget is None or not widget.isHidden():
                width += item.sizeHint().width()
            if (widget is None or not widget.isHidden()) and index:
                width += self._line.spacing()
        return width
