"""Where a line of text may break, as Qt lays it out: the widths the clipping checks of
the window and the report compare with their room (the app's own measure)."""

from __future__ import annotations

from backspasm_gui.ui.shared.line_breaks import unbreakable

__all__ = ["unbreakable"]
