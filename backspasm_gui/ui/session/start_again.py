"""Restart, made hard to hit by accident and easy to take back.

Starting again throws away where the person is in the routine, so: the Restart
button is quieter than the three controls it stands apart from, and disabled when
there is nothing to start again (ControlBar); the R key restarts only when pressed
twice within a few seconds (a knee on the keyboard is not a decision); and after a
restart the notice offers Undo, for as long as it can be taken back, that is until a
hold of the new start is done (``Session.undo_restart``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.session_events import Event, HoldCompleted, RestartUndone
from backspasm_gui.ui.session.session_driver import SessionDriver
from backspasm_gui.ui.shared.notice_bar import NoticeBar

NOTICE_KEY = "restart"  # "press R again", then "started again: Undo"
KEY_SECONDS = 4.0  # how long a first R waits for the second


class StartAgain(QObject):
    def __init__(
        self, driver: SessionDriver, notice: NoticeBar, button: QPushButton, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._driver = driver
        self._notice = notice
        self._button = button
        self._armed_until = 0.0  # R pressed once: a second press before this restarts
        driver.happened.connect(self._heard)

    def now(self) -> None:
        """Start again from the first stretch, with Undo in the notice."""
        self._armed_until = 0.0
        self._driver.restart()
        if self._driver.session.can_undo_restart:
            self._notice.add(
                translate("MainWindow", "Started again from the first stretch."),
                key=NOTICE_KEY,
                action=(translate("MainWindow", "Undo"), self._driver.undo_restart),
            )

    def key_pressed(self) -> None:
        """R: the second press within KEY_SECONDS starts again; the first says so."""
        if not self._button.isEnabled():
            return
        now = self._driver.clock()  # the session's clock: a fake one in tests
        if now < self._armed_until:
            self.now()
            return
        self._armed_until = now + KEY_SECONDS
        self._notice.add(
            translate("MainWindow", "Press R again to start over from the first stretch."),
            key=NOTICE_KEY,
            passing=True,
        )

    def _heard(self, event: Event) -> None:
        if isinstance(event, HoldCompleted | RestartUndone) and not (
            self._driver.session.can_undo_restart
        ):
            self._notice.remove(NOTICE_KEY)  # nothing left to take back
