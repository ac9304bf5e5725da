"""Text a widget is not given room for: each visible label and button whose text needs
more than its size (a wrapped label: more height for its width, or a word wider than it)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics, Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from tests.line_breaks import unbreakable

SLACK = 1  # pixels of rounding


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _plain(label: QLabel) -> str:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _label(label: QLabel) -> str:
    text, room = label.text(), label.contentsRect()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return ""
    metrics = QFontMetrics(label.font())
    if label.wordWrap():
        words = unbreakable(_plain(label))
        widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        need = label.heightForWidth(label.width())
        if widest > room.width() + SLACK:
            return f"a word {widest} px wide in {room.width()} px"
        if need > label.height() + SLACK:
            return f"needs {need} px of height, has {label.height()}"
        return ""
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK or hint.height() > label.height() + SLACK:
        return f"needs {hint.width()}x{hint.height()}, has {label.width()}x{label.height()}"
    return ""


def _button(button: QAbstractButton) -> str:
    if not button.text():
        return ""
    if isinstance(button, QPushButton):
        # The room inside the button's bevel and padding, as its style draws it.
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        need = QFontMetrics(button.font()).horizontalAdvance(button.text().replace("&", ""))
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        if need > room.width() + SLACK:
            return f"its words need {need} px, it has {room.width()} px inside"
        return ""
    hint = button.sizeHint()
    if hint.width() > button.width() + SLACK or hint.height() > button.height() + SLACK:
        return f"needs {hint.width()}x{hint.height()}, has {button.width()}x{button.height()}"
    return ""


def _scrolls_up_and_down(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.verticalScrollBar().isVisible():
            return True
        parent = parent.parentWidget()
    return False


def _out_of_sight(widget: QWidget) -> str:
    """Part of it outside what its window shows: across (nothing here scrolls sideways),
    or up and down where no scroll bar can bring it into view."""
    seen = widget.visibleRegion().boundingRect()
    if seen.isEmpty() and _scrolls_up_and_down(widget):
        return ""
    if seen.width() < widget.width() - SLACK:
        return f"{widget.width() - seen.width()} px of it out of the window at the side"
    if seen.height() < widget.height() - SLACK and not _scrolls_up_and_down(widget):
        return f"{widget.height() - seen.height()} px of it out of the window"
    return ""


def clipped(window: QWidget) -> list[str]:
    """'objectName "text": why' for each visible label or button that clips its text."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            why = _label(widget)
        elif isinstance(widget, QAbstractButton):
            why = _button(widget)
        else:
            continue
        why = why or _out_of_sight(widget)
        if why:
            found.append(f"{_name(widget)} {widget.text()[:40]!r}: {why}")
    return found
