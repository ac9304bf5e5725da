"""Reminder times as a clinician types them: "08:30, 13:00, 19:00"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time

from backspasm_gui.core.prescription import MAX_REMINDERS

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")


def read_times(text: str) -> tuple[time, ...] | None:
    """The times in ``text`` (commas, semicolons or spaces between them), in order and
    each once; None if one is not a time of day or there are more than a day takes."""
    found = set()
    for part in re.split(r"[,;\s]+", text.strip()):
        if not part:
            continue
        match = _TIME.match(part)
        if match is None:
            return None
        found.add(time(int(match.group(1)), int(match.group(2))))
    if len(found) > MAX_REMINDERS:
        return None
    return tuple(sorted(found))


def write_times(times: Iterable[time]) -> str:
    return ", ".join(f"{moment:%H:%M}" for moment in times)
