"""The fake clock the tests drive by hand."""

from backspasm_gui.core.clock import ManualClock as FakeClock

__all__ = ["FakeClock"]
