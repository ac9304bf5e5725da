"""The pieces every settings page is made of: a muted note and a box for a number."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSpinBox, QWidget


def note() -> QLabel:
    """A sentence in muted words under a choice (a hint, or why a choice was not
    taken); it wraps rather than widening the dialog. Its page's form takes it in."""
    label = QLabel()
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


def spin(
    parent: QWidget, name: str, accessible: str, bounds: tuple[int, int], suffix: str
) -> QSpinBox:
    """A number box from ``bounds`` (lowest, highest) with its unit (" s", " h"), named
    for a screen reader.

    ``parent`` is the dialog, not the page: the page's form then moves the box into its
    row after the label it makes there, so a screen reader meets the label first; Tab
    still reaches the box in the order it was made."""
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    box.setRange(*bounds)
    box.setSuffix(suffix)
    return box
