"""The main window: the stretch, the countdown ring, and the four controls.

It renders what the session driver says and forwards what the person does;
the rules live in core/session.py.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import SIGNAL, QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QMainWindow,
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
    Resumed,
    SideSwitched,
    Stalled,
    View,
)
from backspasm_gui.storage.settings import AudioPrefs, load_geometry, save_geometry
from backspasm_gui.ui.session import window_keys
from backspasm_gui.ui.session.control_bar import ControlBar
from backspasm_gui.ui.session.countdown_ring import CountdownRing, ring_mode
from backspasm_gui.ui.session.header import Header
from backspasm_gui.ui.session.pain_scale import PainScale
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.session.session_page import SessionPage
from backspasm_gui.ui.session.start_again import StartAgain
from backspasm_gui.ui.session.stretch_view import StretchView
from backspasm_gui.ui.shared import theme
from backspasm_gui.ui.shared.notice_bar import NoticeBar
from backspasm_gui.ui.shared.scrolling import scrolling
from backspasm_gui.ui.shared.zoom import Zoom, system_factor

if TYPE_CHECKING:
    from backspasm_gui.core.poses import Demonstration as Pose
    from backspasm_gui.ui.desk.reminder_bar import ReminderBar
    from backspasm_gui.ui.session.about_dialog import AboutDialog
    from backspasm_gui.ui.session.done_view import DoneView

MIN_WIDTH, MIN_HEIGHT = 640, 480
BEFORE_QUESTION = QT_TRANSLATE_NOOP(
    "MainWindow", "Before you start: how much does your back hurt right now? (optional)"
)


SESSION_PAGE, DONE_PAGE = 0, 1


# The first size on a new desk: large, since the words are read from the floor two
# metres away (every text size is a share of the window's), but not the whole screen of
# a work desk: the largest 16:10 window within this share of the screen, at most
# LARGEST; on a small screen, as large as the screen allows down to the window's least.
SCREEN_SHARE = 0.8
LARGEST_FIRST = QSize(1440, 900)


def first_size(screen: QSize) -> QSize:
    """The window's size at the first start on a screen of ``screen`` (its free area)."""
    width = min(screen.width() * SCREEN_SHARE, LARGEST_FIRST.width())
    height = min(screen.height() * SCREEN_SHARE, LARGEST_FIRST.height())
    width, height = min(width, height * 16 / 10), min(height, width * 10 / 16)
    return QSize(max(MIN_WIDTH, round(width)), max(MIN_HEIGHT, round(height)))


def scale_unit(width: int, height: int) -> float:
    """The body text size in pixels for a window size; everything else is a multiple."""
    return max(11.0, min(72.0, width / 56, height / 36))


class MainWindow(QMainWindow):
    hiddenToTray = Signal()  # closed while the app keeps running in the tray
    compactRequested = Signal()
    quitRequested = Signal()  # Ctrl+Q (Cmd+Q on macOS): the whole app, tray included
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
        self.resize(first_size(self.screen().availableGeometry().size()))
        self._settings: QSettings | None = None
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
        self.header = Header(audio or AudioPrefs(), self._progress_texts, self)
        self._name_header_parts()
        self.notice = NoticeBar(self)
        self._reminder_bar: ReminderBar | None = None  # built when the desk first asks
        self.ring = CountdownRing(self)
        self.poses = poses if poses is not None else {}  # the compact panel shows the same
        self.stretch_view = StretchView(self.poses, self)
        self._done: DoneView | None = None  # the end page, built the first time it shows
        self.pain_before = self._build_pain_scales()
        self.controls = self._build_controls()
        self.start_again = StartAgain(driver, self.notice, self.controls.restart_button, self)

        # The picture the largest part; the ring, the words and the pain question beside it.
        self.session_page = SessionPage(self.stretch_view, self.ring, self.pain_before, self)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.session_page)

        central = QWidget(self)
        self._outer = QVBoxLayout(central)
        self._outer.addLayout(self.header.lines)
        self._outer.addWidget(self.notice)
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

    def _name_header_parts(self) -> None:
        header = self.header
        self.progress_label = header.progress_label
        self.session_left_label = header.session_left_label
        self.sound_button = header.sound_button
        self.progress_button = header.progress_button
        self.compact_button = header.compact_button
        self.settings_button = header.settings_button
        self.about_button = header.about_button
        self.menu_button = header.menu_button
        header.aboutRequested.connect(self.show_about)
        header.compactRequested.connect(self.compactRequested.emit)
        header.settingsRequested.connect(self.settingsRequested.emit)
        header.progressRequested.connect(self.progressRequested.emit)

    def _progress_texts(self) -> list[str]:
        return [self._progress_text(step) for step in self.driver.session.steps]

    def _build_controls(self) -> ControlBar:
        controls = ControlBar(self)
        controls.previousRequested.connect(self.driver.previous)
        controls.toggleRequested.connect(self.driver.toggle)
        controls.nextRequested.connect(self.driver.next)
        controls.restartRequested.connect(self.restart)
        return controls

    @property
    def reminder_bar(self) -> ReminderBar:
        """The reminder inside the window, under the notice; the desk builds it with the
        reminders, just after the first paint (it stays hidden until one is due)."""
        if self._reminder_bar is None:
            from backspasm_gui.ui.desk.reminder_bar import ReminderBar  # noqa: PLC0415

            self._reminder_bar = ReminderBar(self)
            if self._unit:
                self._reminder_bar.set_scale(self._unit)
            self._outer.insertWidget(self._outer.indexOf(self.notice) + 1, self._reminder_bar)
        return self._reminder_bar

    @property
    def done_view(self) -> DoneView:
        """The end page: what was done, the pain question after, and Again. Nobody sees it
        for five minutes or more, so it is built then, not before the first paint."""
        if self._done is None:
            from backspasm_gui.ui.session.done_view import DoneView  # noqa: PLC0415

            self._done = DoneView(self)
            self._done.againRequested.connect(self.driver.restart)
            self._done.pain_after.rated.connect(self.painAfterRated.emit)
            if self._unit:
                self._done.set_scale(self._unit)
            self.pages.insertWidget(DONE_PAGE, scrolling(self._done, "doneScroll"))
        return self._done

    def _build_pain_scales(self) -> PainScale:
        """The 0-10 rating before a session, placed under the stretch's words (the one after
        is on the done page); hidden until :meth:`ask_pain`."""
        before = PainScale(translate("MainWindow", BEFORE_QUESTION), "painBefore", self)
        before.rated.connect(self.painBeforeRated.emit)
        before.skipped.connect(self._pain_before_skipped)
        before.hide()
        return before

    # --- keyboard --------------------------------------------------------------------

    def _keyboard(self) -> None:
        self.zoom.changed.connect(self._zoomed)
        window_keys.install(self)

    def remember_zoom(self, settings: QSettings) -> None:
        """Take the stored text size and window place, and store them as they change."""
        self.zoom.remember_in(settings)
        self._settings = settings
        geometry = load_geometry(settings)
        if geometry is not None:
            self.restoreGeometry(geometry)  # Qt keeps it on a screen there is now

    def _zoomed(self) -> None:
        self._unit = 0.0  # measure everything afresh
        self._apply_scale()

    def restart(self) -> None:
        """Restart, as the button does: at once, with an Undo offered."""
        self.start_again.now()

    def quit_asked(self) -> None:
        """The platform's quit key: the app (with its tray) if it listens, else the window."""
        if self.receivers(SIGNAL("quitRequested()")) > 0:
            self.quitRequested.emit()
        else:
            self.close()

    def pain_scales(self) -> list[PainScale]:
        """The pain questions there are (before; after, once the end page is built)."""
        return [self.pain_before] + ([self._done.pain_after] if self._done else [])

    def ask_pain(self, ask: bool = True) -> None:
        """Offer the 0-10 pain rating before and after sessions (and show Progress):
        there is a history that keeps the answers."""
        self._ask_pain = ask
        self.header.progress_shown = ask
        self._fit_header()  # shows Progress, or offers it in the menu
        self.refresh()

    def _pain_before_skipped(self) -> None:
        self._pain_before_done = True

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def notify(self, sentence: str, *, passing: bool = False) -> None:
        """Say in one sentence what is not working or what just happened; the session
        carries on. ``passing``: about a moment, taken away when the session runs again."""
        self.notice.add(sentence, passing=passing)

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def show_about(self) -> None:
        if self._about is None:
            from backspasm_gui.ui.session.about_dialog import AboutDialog  # noqa: PLC0415

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
                ).format(gap=timefmt.roughly(event.gap)),
                passing=True,  # goes once the session runs again
            )
        if isinstance(event, Resumed | LeadInStarted | HoldStarted):
            self.notice.clear_passing()  # "paused: the computer slept" is over now
        if isinstance(event, SideSwitched):
            self._switching_sides = True
        elif isinstance(event, LeadInStarted | HoldStarted | Moved | Restarted):
            self._switching_sides = False
        if isinstance(event, Restarted):  # a new session: ask again
            self._pain_before_done = False
            self.pain_before.reset()
            if self._done is not None:
                self._done.pain_after.reset()
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
            if summary.complete:
                title = translate("MainWindow", "Well done — {app}")
                said = translate("MainWindow", "Routine finished")
            else:  # what the page says: ended early, not finished
                title = translate("MainWindow", "Session ended — {app}")
                said = translate("MainWindow", "Session ended")
            self.setWindowTitle(title.format(app=APP_NAME))
            if self.header.show_progress(said):
                self._fit_header()
            self.header.show_left(None)
        else:
            if self.pages.currentIndex() == DONE_PAGE:
                self.pages.setCurrentIndex(SESSION_PAGE)
                self._focus_primary()
            self.stretch_view.set_steps(self.driver.session.steps)
            self.stretch_view.show_view(view, switching_sides=self._switching_sides)
            self.session_page.fit_words()
            self.setWindowTitle(
                translate("MainWindow", "{stretch} — {app}").format(
                    stretch=view.step.title, app=APP_NAME
                )
            )
            if self.header.show_progress(self._progress_text(view.step)):
                self._fit_header()
            self.header.show_left(view.session_remaining)
        self._show_ring(view)
        self._update_frames(view)

    def _focus_primary(self) -> None:
        """Focus the one button that matters now: Start/Pause, or Again when done."""
        done = self._done is not None and self.pages.currentIndex() == DONE_PAGE
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
        if self._settings is not None and not event.spontaneous():  # closed, not minimised
            save_geometry(self._settings, self.saveGeometry())
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
        self.header.set_scale(unit, base)
        self.notice.label.setFont(theme.scaled_font(base, unit * 0.95))
        if self._reminder_bar is not None:
            self._reminder_bar.set_scale(unit)
        self.stretch_view.set_scale(unit, self.text_factor())
        self.session_page.set_scale(unit, self.text_factor())
        if self._done is not None:
            self._done.set_scale(unit)
        self.controls.set_scale(unit)
        self._fit_header()

    def text_factor(self) -> float:
        """The chosen zoom times the desktop's larger-than-usual font, if it is."""
        return self.zoom.factor * system_factor()

    def _fit_header(self) -> None:
        if not self._shown_once:
            return  # measured once the style sheet's fonts are known, in the first showEvent
        margins = self._outer.contentsMargins()
        self.header.fit(self._room() - margins.left() - margins.right())

    def _room(self) -> int:
        """The width inside the window, less a scroll bar the whole window may need."""
        area = self.centralWidget()
        if isinstance(area, QScrollArea) and area.verticalScrollBar().isVisible():
            return area.viewport().width()
        return self.width()
