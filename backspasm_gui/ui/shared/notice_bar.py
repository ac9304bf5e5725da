"""A calm one-line notice under the header: what is not working, in one sentence.

Used for problems the session carries on through (no sound device, no speech
engine, a setting reset). It stays until dismissed; a new sentence is added
below the ones already shown, and the same sentence is never shown twice.
Its button is in the words' font, whatever size the window gives them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from backspasm_gui.core.i18n import translate


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(translate("NoticeBar", "Notice"))
        self.label = QLabel(self)
        self.label.setObjectName("noticeText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QPushButton(translate("NoticeBar", "OK"), self)
        self.dismiss_button.setObjectName("noticeDismiss")
        self.dismiss_button.setAccessibleName(translate("NoticeBar", "Dismiss the notice"))
        self.dismiss_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._lines: list[str] = []
        self.label.installEventFilter(self)  # the window sizes the words; the button follows
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.FontChange:
            self.dismiss_button.setFont(self.label.font())
        return super().eventFilter(watched, event)

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(self._lines)

    def add(self, sentence: str) -> None:
        if not sentence or sentence in self._lines:
            return
        self._lines.append(sentence)
        self.label.setText("\n".join(self._lines))
        self.setAccessibleDescription(" ".join(self._lines))
        self.show()

    def dismiss(self) -> None:
        self._lines.clear()
        self.label.clear()
        self.hide()
