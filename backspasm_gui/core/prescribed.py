"""A clinician's prescription as the history and the report need to know it.

Plain data, no file format: the prescription file's reader makes one from what it
read, and the clinician's report takes one to name the routine and to measure the
sessions against its sessions per day instead of the goal in Settings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Prescribed:
    """Who prescribed the routine, for whom and when, and how often a day it is done."""

    title: str  # the routine's title as sessions record it: "Prescribed by Dr Ana Ruiz, ..."
    clinician: str = ""  # "" when the file does not say
    patient: str = ""
    date: dt.date | None = None  # the day it was written, when the file says
    sessions_per_day: int = 1

    def __post_init__(self) -> None:
        spd = self.sessions_per_day
        if isinstance(spd, bool) or not isinstance(spd, int) or spd < 1:
            raise ValueError(f"sessions per day is a whole number from 1, got {spd!r}")
