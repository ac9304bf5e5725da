"""Durations as people read them: one rounding rule for every countdown on screen."""

from __future__ import annotations

import math


def whole_seconds(seconds: float) -> int:
    """Rounded up, so a countdown shows 1 until the very end and never a negative."""
    return max(0, math.ceil(seconds - 1e-9))


def clock(seconds: float) -> str:
    """6:17 — the time left in a session."""
    whole = whole_seconds(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def countdown(seconds: float) -> str:
    """24, or 1:15 from a minute — the middle of the ring."""
    whole = whole_seconds(seconds)
    return clock(whole) if whole >= 60 else str(whole)


def duration(seconds: float) -> str:
    """5 min 30 s, 45 s, 2 min — in sentences."""
    minutes, secs = divmod(round(seconds), 60)
    if minutes and secs:
        return f"{minutes} min {secs} s"
    if minutes:
        return f"{minutes} min"
    return f"{secs} s"


def roughly(seconds: float) -> str:
    """8 seconds, about 2 minutes, about 3 hours — a gap as a person would say it."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} second{'s' * (whole != 1)}"
    minutes = round(seconds / 60)
    if minutes < 90:
        return f"about {minutes} minute{'s' * (minutes != 1)}"
    hours = round(seconds / 3600)
    return f"about {hours} hour{'s' * (hours != 1)}"
