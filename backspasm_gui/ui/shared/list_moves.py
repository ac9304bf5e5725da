"""Moving the chosen row of a list up or down: the stretch lists in Settings and in
the clinician's "Make a routine for a patient" dialog, whose Move up / Move down
buttons do the same as dragging."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget


def move_current(view: QListWidget, step: int) -> bool:
    """Move the current row ``step`` rows (−1 up, 1 down) and keep it current; False
    when there is no current row or it is already at that end."""
    row = view.currentRow()
    target = row + step
    if row < 0 or not 0 <= target < view.count():
        return False
    item = view.takeItem(row)
    view.insertItem(target, item)
    view.setCurrentRow(target)
    return True
