"""A calm notice under the header: one sentence at a time.

Used for problems the session carries on through (no sound device, no speech
engine, a setting reset), for what just happened (a report saved, a pause after
sleep) and for an offer to undo. It shows one sentence, the newest; OK puts it away
and shows the one before, and "1 of 3" says more are waiting. The same sentence is
never queued twice, and a sentence given a ``key`` replaces the one before with that
key, so a state said twice over (the sound, first the voice, then no device at all)
is said once, as it now is.

A *passing* sentence is about a moment that is over (the computer slept): the
window takes it away itself once the session runs again (:meth:`clear_passing`).
A sentence may carry one action (Undo), a button beside OK.
Its buttons are in the words' font, whatever size the window gives them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from backspasm_gui.core.i18n import translate


@dataclass
class _Notice:
    sentence: str
    key: str | None
    passing: bool
    action: tuple[str, Callable[[], None]] | None


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(translate("NoticeBar", "Notice"))
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("noticeCount")
        self.count_label.setProperty("role", "muted")
        self.count_label.hide()
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("noticeAction")
        self.action_button.setAccessibleName(translate("NoticeBar", "Act on the notice"))
        self.action_button.hide()
        self.action_button.clicked.connect(self._act)
        self.dismiss_button = QPushButton(translate("NoticeBar", "OK"), self)
        self.dismiss_button.setObjectName("noticeDismiss")
        self.dismiss_button.setAccessibleName(translate("NoticeBar", "Dismiss the notice"))
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._notices: list[_Notice] = []  # oldest first; the last one shows
        self.label.installEventFilter(self)  # the window sizes the words; the buttons follow
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.FontChange:
            for widget in (self.dismiss_button, self.action_button, self.count_label):
                widget.setFont(self.label.font())
        return super().eventFilter(watched, event)

    @property
    def lines(self) -> tuple[str, ...]:
        """Every sentence waiting, oldest first (the last one is the one shown)."""
        return tuple(notice.sentence for notice in self._notices)

    @property
    def shown(self) -> str:
        return self._notices[-1].sentence if self._notices else ""

    def add(
        self,
        sentence: str,
        *,
        key: str | None = None,
        passing: bool = False,
        action: tuple[str, Callable[[], None]] | None = None,
    ) -> None:
        """Show ``sentence`` (on top of any before it). ``key``: it replaces the sentence
        with the same key; ``passing``: :meth:`clear_passing` takes it away; ``action``:
        a button's word and what it does (the notice goes with the press)."""
        if not sentence:
            return
        self._notices = [
            notice
            for notice in self._notices
            if notice.sentence != sentence and (key is None or notice.key != key)
        ]
        self._notices.append(_Notice(sentence, key, passing, action))
        self._update()

    def remove(self, key: str) -> None:
        """Take away the sentence with ``key``, if it is there."""
        self._keep(lambda notice: notice.key != key)

    def clear_passing(self) -> None:
        """The moment the passing sentences were about is over: they go."""
        self._keep(lambda notice: not notice.passing)

    def dismiss_current(self) -> None:
        """OK: the shown sentence goes and the one before it shows."""
        if self._notices:
            self._notices.pop()
        self._update()

    def dismiss(self) -> None:
        """Every sentence goes."""
        self._notices.clear()
        self._update()

    def _keep(self, wanted: Callable[[_Notice], bool]) -> None:
        kept = [notice for notice in self._notices if wanted(notice)]
        if len(kept) != len(self._notices):
            self._notices = kept
            self._update()

    def _act(self) -> None:
        action = self._notices[-1].action if self._notices else None
        if action is not None:
            self._notices.pop()
            self._update()
            action[1]()

    def _update(self) -> None:
        if not self._notices:
            self.label.clear()
            self.setAccessibleDescription("")
            self.hide()
            return
        current = self._notices[-1]
        self.label.setText(current.sentence)
        self.setAccessibleDescription(current.sentence)
        waiting = len(self._notices)
        #: How many notices wait, as "1 of 3": OK shows the next.
        count = translate("NoticeBar", "{shown} of {all}").format(shown=1, all=waiting)
        self.count_label.setText(count)
        self.count_label.setVisible(waiting > 1)
        if current.action is not None:
            self.action_button.setText(current.action[0])
            self.action_button.setAccessibleName(current.action[0])
        self.action_button.setVisible(current.action is not None)
        self.show()
