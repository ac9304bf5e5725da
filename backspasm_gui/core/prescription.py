"""The clinician's prescription: the handout's routine adapted to one patient.

It names stretches of the app's library by id (so the words and pictures stay the
handout's) and says, for each, how long to hold, on which sides and how many times,
with an optional note; then how many sessions a day, at what times to remind, and a
note to show before the first session. This module is the model, checked when it is
made, and the routine it makes (:func:`routine_from`). The ``.stretches`` file that
carries it is read and written by ``core/prescription_file.py``; what it changes, in
words for the patient, is ``core/prescription_summary.py``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from datetime import date, time
from enum import Enum
from itertools import pairwise

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.prescribed import Prescribed
from backspasm_gui.core.routine import Routine, Side, Stretch

# The caps, from what a clinician writes (the file's size is capped where it is read).
MIN_HOLD, MAX_HOLD = 5, 600  # seconds on each side: under 5 is no stretch, 10 minutes is plenty
MAX_REPETITIONS = 5
MAX_SESSIONS_PER_DAY = 6  # the handout says 2-3; every waking 2-3 hours at most
MAX_REMINDERS = 6  # one for each session
MAX_NAME = 200  # characters of the clinician's or the patient's name
MAX_NOTE = 1500  # characters of a note: a long paragraph (about 250 words)


class Sides(Enum):
    """Which sides of a stretch done on each side: both (the handout's), or only one."""

    BOTH = "both"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class PrescribedStretch:
    """One stretch of the library, as prescribed."""

    id: str
    seconds: int  # each hold, on each side
    sides: Sides = Sides.BOTH  # LEFT or RIGHT only for stretches done on each side
    repetitions: int = 1
    note: str = ""

    def __post_init__(self) -> None:
        if type(self.seconds) is not int or not MIN_HOLD <= self.seconds <= MAX_HOLD:
            raise ValueError(f"a hold is {MIN_HOLD} to {MAX_HOLD} seconds, not {self.seconds!r}")
        if type(self.repetitions) is not int or not 1 <= self.repetitions <= MAX_REPETITIONS:
            raise ValueError(f"repetitions are 1 to {MAX_REPETITIONS}, not {self.repetitions!r}")
        _check_text(self.note, MAX_NOTE, lines=True)


@dataclass(frozen=True, slots=True)
class Prescription:
    """A routine for one patient; checked when made, so a saved file always loads."""

    stretches: tuple[PrescribedStretch, ...]
    sessions_per_day: int
    reminders: tuple[time, ...] = ()  # local wall times, in order
    clinician: str = ""
    patient: str = ""
    date: date | None = None
    note: str = ""  # shown before the first session

    def __post_init__(self) -> None:
        if not self.stretches:
            raise ValueError("a prescription needs at least one stretch")
        ids = [stretch.id for stretch in self.stretches]
        if len(set(ids)) != len(ids):
            raise ValueError(f"each stretch at most once: {ids}")
        if type(self.sessions_per_day) is not int or not (
            1 <= self.sessions_per_day <= MAX_SESSIONS_PER_DAY
        ):
            raise ValueError(f"sessions a day are 1 to {MAX_SESSIONS_PER_DAY}")
        if len(self.reminders) > MAX_REMINDERS:
            raise ValueError(f"at most {MAX_REMINDERS} reminders")
        if any(t.tzinfo or t.second or t.microsecond for t in self.reminders):
            raise ValueError("reminders are hours and minutes of the local day")
        if not all(a < b for a, b in pairwise(self.reminders)):
            raise ValueError("reminder times in order, each once")
        if type(self.date) not in (date, type(None)):
            raise ValueError("the date is a day, without a time")
        _check_text(self.clinician, MAX_NAME, lines=False)
        _check_text(self.patient, MAX_NAME, lines=False)
        _check_text(self.note, MAX_NOTE, lines=True)


def _check_text(value: str, most: int, *, lines: bool) -> None:
    if len(value) > most or control_character(value, lines=lines) is not None:
        raise ValueError(f"text of at most {most} characters without control characters")


def control_character(value: str, *, lines: bool) -> str | None:
    """The first control character in ``value`` (a terminal or a window might act on
    it); new lines and tabs are text where ``lines``."""
    allowed = "\n\t" if lines else ""
    for ch in value:
        if unicodedata.category(ch) == "Cc" and ch not in allowed:
            return ch
    return None


def routine_from(prescription: Prescription, library: Routine) -> Routine:
    """The routine the prescription makes: the library's words and pictures, in the
    prescription's order, with its holds, sides, repetitions and notes.

    ValueError if a stretch is not in ``library`` or has sides it cannot have (a
    prescription loaded against the same library never does).
    """
    by_id = {stretch.id: stretch for stretch in library.stretches}
    stretches = []
    for prescribed in prescription.stretches:
        if prescribed.id not in by_id:
            raise ValueError(f"no stretch {prescribed.id!r} in the library")
        stretch = by_id[prescribed.id]
        stretches.append(
            replace(
                stretch,
                seconds=prescribed.seconds,
                sides=_sides(stretch, prescribed.sides),
                repetitions=prescribed.repetitions,
                note=prescribed.note,
            )
        )
    return Routine.of(
        tuple(stretches),
        title=prescription_title(prescription),
        introduction=library.introduction,
        source=library.source,
    )


def prescription_title(prescription: Prescription) -> str:
    """The routine's name as the history and the report show it: who prescribed it
    and when ("Prescribed by Dr Ana Ruiz, 2026-12-01")."""
    who, day = prescription.clinician, prescription.date
    if who and day is not None:
        text = translate("Prescription", "Prescribed by {clinician}, {date}")
    elif who:
        text = translate("Prescription", "Prescribed by {clinician}")
    elif day is not None:
        text = translate("Prescription", "Prescribed routine, {date}")
    else:
        text = translate("Prescription", "Prescribed routine")
    return text.format(clinician=who, date=day.isoformat() if day else "")


def as_prescribed(prescription: Prescription) -> Prescribed:
    """What the history and the clinician's report need to know of ``prescription``:
    its title as sessions record it, who, for whom, when, and how often a day."""
    return Prescribed(
        title=prescription_title(prescription),
        clinician=prescription.clinician,
        patient=prescription.patient,
        date=prescription.date,
        sessions_per_day=prescription.sessions_per_day,
    )


def _sides(stretch: Stretch, sides: Sides) -> tuple[Side, ...]:
    if sides is Sides.BOTH:
        return stretch.sides
    if len(stretch.sides) != 2:
        raise ValueError(f"{stretch.id!r} is not done on each side")
    return (Side(sides.value),)
