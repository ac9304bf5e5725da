"""The reminder inside the window: what the notification says, with its three answers.

Shown when a reminder comes, whether or not the desktop could show a
notification, so someone looking at the window can answer it there. The
answers stand beside the words where all fit on one line, else under them
(on as many lines as they need): long words or large text never squeeze the
words into a narrow column or cut a button off.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QLayoutItem, QPushButton, QWidget

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.reminders import Reminder
from backspasm_gui.ui.shared import theme

TITLE = QT_TRANSLATE_NOOP("ReminderBar", "Time for your back stretches — 5 minutes")
SPACING = 6


def reminder_text(reminder: Reminder, done_today: int, goal: int) -> tuple[str, str]:
    """The notification's title and body."""
    if goal == 1:
        progress = translate("ReminderBar", "{done} of 1 session done today.")
    else:
        progress = translate("ReminderBar", "{done} of {goal} sessions done today.")
    progress = progress.format(done=done_today, goal=goal)
    title = translate("ReminderBar", TITLE)
    if reminder.missed:
        body = translate("ReminderBar", "{title}. {body}").format(title=title, body=progress)
        return translate("ReminderBar", "You missed one"), body
    return title, translate("ReminderBar", "Click to start. {progress}").format(progress=progress)


class WordsThenButtons(QLayout):
    """The first item (the words), then the others (buttons): on one line, the buttons
    at its end, where the words fit beside them unwrapped; else the buttons under the
    words, left to right, starting a new line where one has no room."""

    def __init__(self, parent: QWidget, words_width: Callable[[], int]) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._words_width = words_width  # the words on one line, in pixels
        self.setSpacing(SPACING)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def _shown(self) -> tuple[QLayoutItem | None, list[QLayoutItem]]:
        if not self._items:
            return None, []
        return self._items[0], [item for item in self._items[1:] if not item.isEmpty()]

    def _row_width(self, buttons: list[QLayoutItem]) -> int:
        widths = [item.sizeHint().width() for item in buttons]
        return sum(widths) + self.spacing() * max(0, len(widths) - 1)

    def sizeHint(self) -> QSize:
        _words, buttons = self._shown()
        margins = self.contentsMargins()
        width = margins.left() + margins.right() + self._words_width()
        if buttons:
            width += self.spacing() + self._row_width(buttons)
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:
        words, buttons = self._shown()
        margins = self.contentsMargins()
        widest = max(
            [item.minimumSize().width() for item in buttons]
            + ([words.minimumSize().width()] if words is not None else [0])
        )
        width = margins.left() + margins.right() + widest
        return QSize(width, self.heightForWidth(self.sizeHint().width()))

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in ``rect`` (if ``place``); the height that takes."""
        words, buttons = self._shown()
        margins = self.contentsMargins()
        room = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        if words is None:
            return margins.top() + margins.bottom()
        gap = self.spacing()
        row = self._row_width(buttons)
        if buttons and self._words_width() + gap + row <= room.width():
            words_width = room.width() - gap - row
            words_height = words.heightForWidth(words_width)
            height = max([words_height] + [item.sizeHint().height() for item in buttons])
            if place:
                top = room.top() + (height - words_height) // 2
                words.setGeometry(QRect(room.left(), top, words_width, words_height))
                x = room.left() + words_width + gap
                for item in buttons:
                    hint = item.sizeHint()
                    top = room.top() + (height - hint.height()) // 2
                    item.setGeometry(QRect(x, top, hint.width(), hint.height()))
                    x += hint.width() + gap
            return margins.top() + height + margins.bottom()
        words_height = words.heightForWidth(room.width())
        if place:
            words.setGeometry(QRect(room.left(), room.top(), room.width(), words_height))
        y = room.top() + words_height
        x, line = room.left(), 0
        for index, item in enumerate(buttons):
            hint = item.sizeHint()
            width = min(hint.width(), room.width())
            if index == 0 or x + width > room.left() + room.width():
                y += line + gap
                x, line = room.left(), 0
            if place:
                item.setGeometry(QRect(x, y, width, hint.height()))
            x += width + gap
            line = max(line, hint.height())
        return y + line - room.top() + margins.top() + margins.bottom()


class ReminderBar(QFrame):
    startRequested = Signal()
    snoozeRequested = Signal()
    skipRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        self.setAccessibleName(translate("ReminderBar", "Reminder"))
        self._title = ""
        self._body = ""
        self.label = QLabel(self)
        self.label.setObjectName("reminderText")
        self.label.setWordWrap(True)
        self.start_button = self._button(
            "reminderStart", translate("ReminderBar", "Start now"), self.startRequested
        )
        self.start_button.setProperty("primary", True)
        self.snooze_button = self._button(
            "reminderSnooze", translate("ReminderBar", "Snooze 10 minutes"), self.snoozeRequested
        )
        self.skip_button = self._button(
            "reminderSkip", translate("ReminderBar", "Skip"), self.skipRequested
        )
        layout = WordsThenButtons(self, self._words_width)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label)
        for button in (self.start_button, self.snooze_button, self.skip_button):
            layout.addWidget(button)
        self.hide()

    def _button(self, name: str, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(self.hide)
        button.clicked.connect(signal.emit)
        return button

    def set_scale(self, unit: float) -> None:
        """Text sized from the main window's unit (as its notice's)."""
        base = self.font()
        self.label.setFont(theme.scaled_font(base, unit * 0.95))
        for button in (self.snooze_button, self.skip_button):
            button.setFont(theme.scaled_font(base, unit * 0.95))
        # Measured in the weight the style sheet draws it in.
        self.start_button.setFont(
            theme.scaled_font(base, unit * 0.95, weight=QFont.Weight.DemiBold)
        )
        self._relayout()

    def _words_width(self) -> int:
        """The title and the body each on one line: the room the words ask for."""
        bold = QFont(self.label.font())
        bold.setBold(True)
        widest = max(
            QFontMetrics(bold).horizontalAdvance(self._title),
            QFontMetrics(self.label.font()).horizontalAdvance(self._body),
        )
        margins = self.label.contentsMargins()
        return widest + margins.left() + margins.right() + 2

    def _relayout(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
        self.updateGeometry()

    def show_reminder(self, title: str, body: str) -> None:
        self._title, self._body = title, body
        shown = html.escape(title, quote=False), html.escape(body, quote=False)
        self.label.setText("<b>{}</b><br>{}".format(*shown))
        self.setAccessibleDescription(
            translate("ReminderBar", "{title}. {body}").format(title=title, body=body)
        )
        self._relayout()
        self.show()
