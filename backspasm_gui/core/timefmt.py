"""Durations as people read them: one rounding rule for every countdown on screen."""

from __future__ import annotations

import math

from backspasm_gui.core.i18n import translate


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
        return translate("Time", "{minutes} min {seconds} s").format(minutes=minutes, seconds=secs)
    if minutes:
        return translate("Time", "{minutes} min").format(minutes=minutes)
    return seconds_short(secs)


def seconds_short(seconds: int) -> str:
    """30 s — a hold's length, as the handout writes it."""
    #: s: seconds, abbreviated.
    return translate("Time", "{seconds} s").format(seconds=seconds)


def roughly(seconds: float) -> str:
    """8 seconds, about 2 minutes, about 3 hours — a gap as a person would say it."""
    whole = round(seconds)
    if whole < 60:
        if whole == 1:
            return translate("Time", "1 second")
        return translate("Time", "{count} seconds").format(count=whole)
    minutes = round(seconds / 60)
    if minutes < 90:
        if minutes == 1:
            return translate("Time", "about 1 minute")
        return translate("Time", "about {count} minutes").format(count=minutes)
    hours = round(seconds / 3600)
    if hours == 1:
        return translate("Time", "about 1 hour")
    return translate("Time", "about {count} hours").format(count=hours)
