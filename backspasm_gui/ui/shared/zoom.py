"""The text size a person chooses: Ctrl+Plus, Ctrl+Minus, Ctrl+0, remembered.

The windows size their text from their own size (main_window.scale_unit);
this is the factor on top of that, times :func:`system_factor` for a person
who set a larger font for the whole desktop.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from backspasm_gui.storage.settings import load_zoom, save_zoom

STEPS = (0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)  # from and to ZOOM_RANGE

# The desktop's usual body font, in points: Windows' Segoe UI 9, macOS's system 13,
# GNOME's Cantarell 11 (KDE's 10 rounds to no change). A person whose desktop font
# is larger than that gets text as much larger; a smaller one does not shrink ours,
# whose sizes were chosen to be read from the floor.
BASELINE_POINTS = {"win32": 9.0, "darwin": 13.0}.get(sys.platform, 11.0)
SYSTEM_FACTOR_MAX = 2.0


def system_factor(font: QFont | None = None) -> float:
    """How much larger than usual the desktop's font is (the application font's size
    against :data:`BASELINE_POINTS`), from 1.0 to 2.0."""
    font = QApplication.font() if font is None else font
    points = font.pointSizeF()
    if points <= 0:  # set in pixels: at the usual 96 dots an inch
        points = font.pixelSize() * 72 / 96
    return max(1.0, min(SYSTEM_FACTOR_MAX, points / BASELINE_POINTS))


def clamp(factor: float) -> float:
    return max(STEPS[0], min(STEPS[-1], factor))


class Zoom(QObject):
    """One window's zoom factor; with :meth:`remember_in`, stored as it changes."""

    changed = Signal(float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factor = 1.0
        self._settings: QSettings | None = None

    @property
    def factor(self) -> float:
        return self._factor

    def remember_in(self, settings: QSettings) -> None:
        """Take the stored factor now, and store every change there."""
        self._settings = settings
        self._set(load_zoom(settings))

    def set_factor(self, factor: float) -> None:
        if self._set(factor) and self._settings is not None:
            save_zoom(self._settings, self._factor)

    def _set(self, factor: float) -> bool:
        factor = clamp(factor)
        if abs(factor - self._factor) < 1e-6:
            return False
        self._factor = factor
        self.changed.emit(factor)
        return True

    def zoom_in(self) -> None:
        self.set_factor(next((s for s in STEPS if s > self._factor + 1e-6), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_factor(next((s for s in reversed(STEPS) if s < self._factor - 1e-6), STEPS[0]))

    def reset(self) -> None:
        self.set_factor(1.0)

    def add_shortcuts(self, window: QWidget) -> None:
        """Ctrl+Plus (or Ctrl+=, unshifted on many keyboards), Ctrl+Minus and Ctrl+0."""
        for keys, slot in (
            ("Ctrl++", self.zoom_in),
            ("Ctrl+=", self.zoom_in),
            ("Ctrl+-", self.zoom_out),
            ("Ctrl+0", self.reset),
        ):
            shortcut = QShortcut(QKeySequence(keys), window)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
