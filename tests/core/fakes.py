"""The fake clock the tests drive by hand, and what a loader said of a file."""

from collections.abc import Callable

from backspasm_gui.core.clock import ManualClock as FakeClock
from backspasm_gui.core.errors import ContentError

__all__ = ["FakeClock", "said"]


def said(load: Callable[[], object]) -> str:
    """The sentence ``load`` refused its file with, or "" if it loaded (any other
    exception propagates: a traceback is never an answer)."""
    try:
        load()
    except ContentError as exc:
        return str(exc)
    return ""
