"""The main window: the stretch, the countdown ring, and the four controls.

It renders what the session driver says and forwards what the person does;
the rules live in core/session.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QFontMetrics,
    QHideEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backspasm_gui import APP_NAME
from backspasm_gui.core import timefmt
from backspasm_gui.core.about import Section
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.routine import Step
from backspasm_gui.core.session import State
from backspasm_gui.core.session_events import (
    Event,
    HoldStarted,
    LeadInStarted,
    Moved,
    Restarted,
    SideSwitched,
    Stalled,
    View,
)
from backspasm_gui.storage.settings import AudioPrefs
from backspasm_gui.ui.desk.reminder_bar import ReminderBar
from backspasm_gui.ui.session.about_dialog import AboutDialog
from backspasm_gui.ui.session.control_bar import ControlBar
from backspasm_gui.ui.session.countdown_ring import CountdownRing, ring_mode
from backspasm_gui.ui.session.done_view import DoneView
from backspasm_gui.ui.session.pain_scale import PainScale
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.session.session_page import SessionPage
from backspasm_gui.ui.session.sound_menu import SoundButton
from backspasm_gui.ui.session.stretch_view import StretchView
from backspasm_gui.ui.shared import theme
from backspasm_gui.ui.shared.notice_bar import NoticeBar
from backspasm_gui.ui.shared.scrolling import scrolling
from backspasm_gui.ui.shared.zoom import Zoom, system_factor

if TYPE_CHECKING:
    from backspasm_gui.core.poses import Demonstration as Pose

MIN_WIDTH, MIN_HEIGHT = 640, 480
BEFORE_QUESTION = QT_TRANSLATE_NOOP(
    "MainWindow", "Before you start: how much does your back hurt right now? (optional)"
)


SESSION_PAGE, DONE_PAGE = 0, 1


def scale_unit(width: int, height: int) -> float:
    """The body text size in pixels for a window size; everything else is a multiple."""
    return max(11.0, min(72.0, width / 56, height / 36))


class MainWindow(QMainWindow):
    hiddenToTray = Signal()  # closed while the app keeps running in the tray
    compactRequested = Signal()
    settingsRequested = Signal()
    progressRequested = Signal()
    painBeforeRated = Signal(int)
    painAfterRated = Signal(int)

    def __init__(
        self,
        driver: SessionDriver,
        about: tuple[Section, ...],
        poses: Mapping[str, Pose] | None = None,
        audio: AudioPrefs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        self.resize(1024, 700)
        self.driver = driver
        self._about_sections = about
        self._about: AboutDialog | None = None
        self._switching_sides = False
        self._unit = 0.0
        self._shown_once = False
        self._ask_pain = False  # only where there is a history to keep the answers in
        self._pain_before_done = False  # answered or skipped for the session at hand

        # Asked when the window is closed: True keeps the app running (in the tray).
        self.keep_running: Callable[[], bool] = lambda: False
        self._build_header(audio or AudioPrefs())
        self.notice = NoticeBar(self)
        self.reminder_bar = ReminderBar(self)
        self.ring = CountdownRing(self)
        self.poses = poses if poses is not None else {}  # the compact panel shows the same
        self.stretch_view = StretchView(self.poses, self)
        self.done_view = DoneView(driver.session.routine, self)
        self.done_view.againRequested.connect(driver.restart)
        self.pain_before = self._build_pain_scales()
        self.controls = self._build_controls()

        # The picture the largest part; the ring, the words and the pain question beside it.
        self.session_page = SessionPage(self.stretch_view, self.ring, self.pain_before, self)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.session_page)
        self.pages.addWidget(scrolling(self.done_view, "doneScroll"))

        central = QWidget(self)
        self._outer = QVBoxLayout(central)
        self._outer.addLayout(self._header_lines)
        self._outer.addWidget(self.notice)
        self._outer.addWidget(self.reminder_bar)
        self._outer.addWidget(self.pages, 1)
        self._outer.addWidget(self.controls)
        # Only where even the least room everything can take is more than the window has
        # (the largest text in the smallest window) does the whole window scroll.
        self.setCentralWidget(scrolling(central, "windowScroll"))

        self._frames = QTimer(self)  # moves the ring's sweep, only while it moves
        self._frames.setTimerType(Qt.TimerType.PreciseTimer)
        self._frames.timeout.connect(self._next_frame)

        self.zoom = Zoom(self)  # Ctrl+Plus, Ctrl+Minus, Ctrl+0; stored by remember_zoom
        self._keyboard()
        driver.changed.connect(self.refresh)
        driver.happened.connect(self._note_event)
        self._apply_scale()
        self.refresh()

    def _build_controls(self) -> ControlBar:
        controls = ControlBar(self)
        controls.previousRequested.connect(self.driver.previous)
        controls.toggleRequested.connect(self.driver.toggle)
        controls.nextRequested.connect(self.driver.next)
        controls.restartRequested.connect(self.driver.restart)
        return controls

    def _build_pain_scales(self) -> PainScale:
        """The 0-10 rating before (returned, placed under the stretch's words) and after a session
        (on the done page); hidden until :meth:`ask_pain`."""
        self.done_view.pain_after.rated.connect(self.painAfterRated.emit)
        before = PainScale(translate("MainWindow", BEFORE_QUESTION), "painBefore", self)
        before.rated.connect(self.painBeforeRated.emit)
        before.skipped.connect(self._pain_before_skipped)
        before.hide()
        return before

    def _build_header(self, audio: AudioPrefs) -> None:
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setAccessibleDescription(
            translate("MainWindow", "Where you are in the routine")
        )
        self.session_left_label = QLabel(self)
        self.session_left_label.setObjectName("sessionLeftLabel")
        self.session_left_label.setAccessibleDescription(
            translate("MainWindow", "Time left in the session")
        )
        self.session_left_label.setProperty("role", "muted")
        self.session_left_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.about_button = QPushButton(translate("MainWindow", "About back spasms"), self)
        self.about_button.setObjectName("aboutButton")
        self.about_button.setAccessibleName(translate("MainWindow", "About back spasms"))
        self.about_button.setToolTip(
            translate("MainWindow", "What back spasms are, how they are treated, staying safe (F1)")
        )
        self.about_button.setProperty("flat", True)
        self.about_button.clicked.connect(self.show_about)
        self.sound_button = SoundButton(audio, self)
        self.compact_button = self._header_button(
            "compactButton",
            translate("MainWindow", "Compact"),
            translate("MainWindow", "A small panel that stays on top (Ctrl+M)"),
        )
        self.compact_button.clicked.connect(self.compactRequested.emit)
        self.settings_button = self._header_button(
            "settingsButton",
            translate("MainWindow", "Settings"),
            translate("MainWindow", "Routine, sound, reminders and colours (Ctrl+,)"),
        )
        self.settings_button.clicked.connect(self.settingsRequested.emit)
        self.progress_button = self._header_button(
            "progressButton",
            translate("MainWindow", "Progress"),
            translate("MainWindow", "Sessions, streaks, pain over time, reports (Ctrl+P)"),
        )
        self.progress_button.clicked.connect(self.progressRequested.emit)
        self.progress_button.hide()  # until there is a history to show
        self.menu_button = self._build_menu_button()

        # The progress may wrap, on a line of its own (_first_line), only where the window
        # is too narrow for the header even with the links gathered into the menu.
        self.progress_label.setWordWrap(True)
        self._first_line = QHBoxLayout()
        self._header = QHBoxLayout()
        self._header_lines = QVBoxLayout()
        self._header_lines.setSpacing(4)
        self._header_lines.addLayout(self._first_line)
        self._header_lines.addLayout(self._header)
        self._header.addWidget(self.progress_label, 1)
        self._header.addWidget(self.session_left_label)
        self._header.addSpacing(16)
        self._header.addWidget(self.sound_button)
        for button in (
            self.progress_button,
            self.compact_button,
            self.settings_button,
            self.about_button,
        ):
            self._header.addSpacing(8)
            self._header.addWidget(button)
        self._header.addWidget(self.menu_button)

    def _build_menu_button(self) -> QPushButton:
        """Progress, Compact, Settings and About in one menu, for a window too narrow
        (or text too large) to show them side by side; hidden otherwise."""
        button = self._header_button(
            "menuButton",
            translate("MainWindow", "Menu"),
            translate("MainWindow", "Progress, compact panel, settings and About"),
        )
        menu = QMenu(button)
        menu.setObjectName("headerMenu")
        for link in (
            self.progress_button,
            self.compact_button,
            self.settings_button,
            self.about_button,
        ):
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
                action.setVisible(self._ask_pain)  # Progress only where a history is kept

    def _header_button(self, name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setToolTip(tip)
        button.setProperty("flat", True)
        return button

    # --- keyboard --------------------------------------------------------------------

    def _keyboard(self) -> None:
        self.zoom.changed.connect(self._zoomed)
        self._shortcuts()
        self._tab_order()

    def remember_zoom(self, settings: QSettings) -> None:
        """Take the stored text size, and store it as the zoom keys change it."""
        self.zoom.remember_in(settings)

    def _zoomed(self) -> None:
        self._unit = 0.0  # measure everything afresh
        self._apply_scale()

    def _tab_order(self) -> None:
        """Tab in reading order: along the top, the pain question, then the controls."""
        chain = [
            self.sound_button,
            self.progress_button,
            self.compact_button,
            self.settings_button,
            self.about_button,
            self.menu_button,
            self.pain_before.skip_button,
            *self.pain_before.buttons,
            self.controls.previous_button,
        ]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _shortcuts(self) -> None:
        bindings = {
            Qt.Key.Key_Space: self.driver.toggle,
            Qt.Key.Key_Left: self.driver.previous,
            Qt.Key.Key_Right: self.driver.next,
            Qt.Key.Key_R: self.driver.restart,
            Qt.Key.Key_F11: self.toggle_full_screen,
            Qt.Key.Key_Escape: self.leave_full_screen,
            Qt.Key.Key_F1: self.show_about,
            Qt.Key.Key_M: self.sound_button.toggle_mute,
        }
        keys = [(QKeySequence(key), slot) for key, slot in bindings.items()]
        keys += [
            (QKeySequence("Ctrl+M"), self.compactRequested.emit),
            (QKeySequence("Ctrl+,"), self.settingsRequested.emit),
            (QKeySequence("Ctrl+P"), self._request_progress),
        ]
        self.zoom.add_shortcuts(self)
        for digit in range(10):  # rate the pain shown with one key press
            keys.append((QKeySequence(str(digit)), partial(self._rate_by_key, digit)))
        for sequence, slot in keys:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

    def _rate_by_key(self, value: int) -> None:
        for scale in (self.pain_before, self.done_view.pain_after):
            if scale.isVisible():
                scale.buttons[value].click()
                return

    def _request_progress(self) -> None:
        if self.progress_button.isVisible():
            self.progressRequested.emit()

    def ask_pain(self, ask: bool = True) -> None:
        """Offer the 0-10 pain rating before and after sessions (and show Progress):
        there is a history that keeps the answers."""
        self._ask_pain = ask
        self._fit_header()  # shows Progress, or offers it in the menu
        self.refresh()

    def _pain_before_skipped(self) -> None:
        self._pain_before_done = True

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def notify(self, sentence: str) -> None:
        """Say in one line what is not working; the session carries on."""
        self.notice.add(sentence)

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def show_about(self) -> None:
        if self._about is None:
            self._about = AboutDialog(self._about_sections, self)
        self._about.set_scale(max(self._unit, 14.0))
        self._about.show()
        self._about.raise_()
        self._about.activateWindow()

    # --- rendering the session ---------------------------------------------------------

    def _note_event(self, event: Event) -> None:
        if isinstance(event, Stalled):
            self.notify(
                translate(
                    "MainWindow",
                    "Paused: the computer was asleep or busy for {gap}, so the session stopped"
                    " where you were. Press Resume to go on.",
                ).format(gap=timefmt.roughly(event.gap))
            )
        if isinstance(event, SideSwitched):
            self._switching_sides = True
        elif isinstance(event, LeadInStarted | HoldStarted | Moved | Restarted):
            self._switching_sides = False
        if isinstance(event, Restarted):  # a new session: ask again
            self._pain_before_done = False
            self.pain_before.reset()
            self.done_view.pain_after.reset()
        elif isinstance(event, HoldStarted):  # on the mat now: the question is in the way
            self._pain_before_done = True

    def refresh(self) -> None:
        view = self.driver.view()
        self.controls.show_state(view)
        self.controls.setVisible(view.state is not State.FINISHED)
        self.pain_before.setVisible(
            self._ask_pain
            and not self._pain_before_done
            and view.state is not State.FINISHED
            and view.phase is not State.HOLDING
        )
        if view.state is State.FINISHED:
            summary = self.driver.session.summary()
            self.done_view.show_summary(self.driver.session.routine, summary)
            self.done_view.pain_after.setVisible(self._ask_pain and bool(summary.completed))
            if self.pages.currentIndex() != DONE_PAGE:
                self.pages.setCurrentIndex(DONE_PAGE)
                self._focus_primary()
            self.setWindowTitle(translate("MainWindow", "Well done — {app}").format(app=APP_NAME))
            self._show_progress(translate("MainWindow", "Routine finished"))
            self.session_left_label.setText("")
        else:
            if self.pages.currentIndex() == DONE_PAGE:
                self.pages.setCurrentIndex(SESSION_PAGE)
                self._focus_primary()
            self.stretch_view.show_view(view, switching_sides=self._switching_sides)
            self.setWindowTitle(
                translate("MainWindow", "{stretch} — {app}").format(
                    stretch=view.step.title, app=APP_NAME
                )
            )
            self._show_progress(self._progress_text(view.step))
            self.session_left_label.setText(self._left_text(view.session_remaining))
        self._show_ring(view)
        self._update_frames(view)

    def _show_progress(self, text: str) -> None:
        if text != self.progress_label.text():
            self.progress_label.setText(text)
            # "Stretch 3 of 7 · Left side" is longer than "Stretch 2 of 7" (and longer
            # still in German): the header's words may have to be shorter now.
            self._fit_header()

    @staticmethod
    def _left_text(seconds: float) -> str:
        return translate("MainWindow", "{time} left").format(time=timefmt.clock(seconds))

    def _focus_primary(self) -> None:
        """Focus the one button that matters now: Start/Pause, or Again when done."""
        done = self.pages.currentIndex() == DONE_PAGE
        button = self.done_view.again_button if done else self.controls.toggle_button
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _progress_text(self, step: Step) -> str:
        stretches = len(self.driver.session.routine.stretches)
        if step.side:
            return translate("MainWindow", "Stretch {number} of {total} · {side}").format(
                number=step.stretch_number, total=stretches, side=step.side.label
            )
        return translate("MainWindow", "Stretch {number} of {total}").format(
            number=step.stretch_number, total=stretches
        )

    def _show_ring(self, view: View) -> None:
        self.ring.set_state(ring_mode(view), view.remaining, view.phase_seconds)

    def _next_frame(self) -> None:
        if self.driver.wakes_within(self._frames.interval() // 4):
            return  # the session's own wake-up is about to redraw it all: one paint, not two
        view = self.driver.view()
        self._show_ring(view)
        self.stretch_view.illustration.show_view(view)

    def _update_frames(self, view: View) -> None:
        moving = view.state in (State.GET_READY, State.HOLDING)
        seen = self.isVisible() and not self.isMinimized()
        self.driver.set_watched(seen)
        if moving and seen:
            interval = self.ring.frame_interval_ms()
            picture = self.stretch_view.illustration
            if picture.moves(view):
                # One cadence for both, the figure's: smooth while it moves into the
                # stretch, a slow beat or breath in the hold (the ring then moves a few
                # pixels a frame, still calm).
                interval = picture.frame_interval_ms(view)
            if interval != self._frames.interval() or not self._frames.isActive():
                self._frames.start(interval)
        else:
            self._frames.stop()

    @property
    def animating(self) -> bool:
        return self._frames.isActive()

    # --- window events -------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            self._update_frames(self.driver.view())
        elif event.type() == QEvent.Type.PaletteChange:
            self.controls.refresh_icons(force=True)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # the big button, not the first link, starts with focus
            self._shown_once = True
            # Polishing for the style sheet put the sound button back to the desktop's font.
            self.sound_button.setFont(theme.scaled_font(self.font(), self._unit * 1.0))
            self._focus_primary()
        self._update_frames(self.driver.view())
        self._fit_header()  # the style sheet's fonts are known only now

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._frames.stop()
        self.driver.set_watched(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_scale()
        self._fit_header()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._frames.stop()
        if self.keep_running():
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        super().closeEvent(event)

    def _apply_scale(self) -> None:
        unit = round(scale_unit(self.width(), self.height()) * self.text_factor(), 1)
        if unit == self._unit:
            return
        self._unit = unit
        margin = round(unit * 1.3)
        self._outer.setContentsMargins(margin, round(unit * 0.8), margin, margin)
        self._outer.setSpacing(round(unit * 0.9))
        base = self.font()
        self.progress_label.setFont(
            theme.scaled_font(base, unit * 1.1, weight=QFont.Weight.DemiBold)
        )
        self.session_left_label.setFont(theme.scaled_font(base, unit * 1.1))
        # Its text changes every second; at a fixed size that never re-lays-out the window
        # (which repainted the stretch's text each second).
        widest = QFontMetrics(self.session_left_label.font()).size(0, self._left_text(5999))
        margins = self.session_left_label.contentsMargins()
        self.session_left_label.setFixedSize(
            widest.width() + margins.left() + margins.right() + 2,
            widest.height() + margins.top() + margins.bottom(),
        )
        for button in (
            self.about_button,
            self.compact_button,
            self.settings_button,
            self.progress_button,
            self.menu_button,
        ):
            button.setFont(theme.scaled_font(base, unit * 1.0))
        self.menu_button.menu().setFont(theme.scaled_font(base, unit * 1.0))
        self.sound_button.setFont(theme.scaled_font(base, unit * 1.0))
        self.notice.label.setFont(theme.scaled_font(base, unit * 0.95))
        self.reminder_bar.set_scale(unit)
        self.stretch_view.set_scale(unit)
        self.session_page.set_scale(unit, self.text_factor())
        self.done_view.set_scale(unit)
        self.controls.set_scale(unit)
        self._fit_header()

    def text_factor(self) -> float:
        """The chosen zoom times the desktop's larger-than-usual font, if it is."""
        return self.zoom.factor * system_factor()

    def _fit_header(self) -> None:
        """The header on one line if it can be: full words, else shorter ones, else the
        links gathered into one menu; else the progress on a line of its own (free to wrap).
        Two lines only where the routine's longest progress needs them, for every stretch:
        the page under the header, and the picture on it, keep one height."""
        margins = self._outer.contentsMargins()
        room = self._room() - margins.left() - margins.right()
        self._header_level(short=True, gathered=True, two_lines=False)
        if self._header_width(longest=True) > room:
            self._header_level(short=True, gathered=True, two_lines=True)
            return
        for short, gathered in ((False, False), (True, False), (True, True)):
            self._header_level(short=short, gathered=gathered, two_lines=False)
            if gathered or self._header_width() <= room:
                return

    def _header_level(self, *, short: bool, gathered: bool, two_lines: bool) -> None:
        self.about_button.setText(
            translate("MainWindow", "About", "short for About back spasms, in a narrow window")
            if short
            else translate("MainWindow", "About back spasms")
        )
        self.sound_button.set_short(short)
        for link in (self.progress_button, self.compact_button, self.settings_button):
            link.setVisible(not gathered and (link is not self.progress_button or self._ask_pain))
        self.about_button.setVisible(not gathered)
        self.menu_button.setVisible(gathered)
        self._progress_on_own_line(two_lines)

    def _room(self) -> int:
        """The width inside the window, less a scroll bar the whole window may need."""
        area = self.centralWidget()
        if isinstance(area, QScrollArea) and area.verticalScrollBar().isVisible():
            return area.viewport().width()
        return self.width()

    def _progress_on_own_line(self, own: bool) -> None:
        if (self._first_line.indexOf(self.progress_label) >= 0) == own:
            return
        (self._header if own else self._first_line).removeWidget(self.progress_label)
        if own:
            self._first_line.addWidget(self.progress_label)
            self._header.insertStretch(0, 1)
        else:
            self._header.takeAt(0)  # the stretch that stood in for it
            self._header.insertWidget(0, self.progress_label, 1)

    def _header_width(self, *, longest: bool = False) -> int:
        """The header's width with the progress on one line (``longest``: the longest
        progress of the routine, not the one shown)."""
        self._header.invalidate()  # the fonts or words just changed: measure afresh
        width = 0
        for index in range(self._header.count()):
            item = self._header.itemAt(index)
            if item is None:
                continue
            widget = item.widget()
            if widget is self.progress_label:
                metrics = QFontMetrics(widget.font())
                texts = {widget.text()}
                if longest:
                    texts.update(map(self._progress_text, self.driver.session.steps))
                text = max(metrics.horizontalAdvance(words) for words in texts)
                margins = widget.contentsMargins()
                width += text + margins.left() + margins.right() + 2
            elif widget is None or not widget.isHidden():
                width += item.sizeHint().width()
            if (widget is None or not widget.isHidden()) and index:
                width += self._header.spacing()
        return width
