"""What a prescription would change, in words for the patient, before they accept it.

Who prescribed it and when, for whom, each change against the routine followed now
(a stretch left out or added, a hold of 30 s becoming 20 s, only the right side,
twice, a new order), the sessions a day and reminder times, how long a session
takes, and the clinician's notes. The acceptance view shows it;
``--check-prescription`` prints it (:meth:`Summary.text`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.plan import session_seconds
from backspasm_gui.core.prescription import Prescription, routine_from
from backspasm_gui.core.routine import Routine, Side, Stretch
from backspasm_gui.core.session import Scripts
from backspasm_gui.core.timefmt import duration, seconds_short


@dataclass(frozen=True, slots=True)
class Summary:
    """A prescription against the routine followed now, each part ready to show."""

    clinician: str
    patient: str
    date: date | None
    prescribed_by: str  # "Prescribed by Dr. Ana Ruiz on 2026-03-14."
    prescribed_for: str  # "For Sam Lee.", or "" when the file names nobody
    changes: tuple[str, ...]  # one sentence each; one saying so when nothing changes
    sessions_per_day: int
    reminders: tuple[time, ...]
    how_often: str  # "2 sessions a day, reminders at 08:30 and 19:00."
    session_seconds: float  # lead-ins included
    current_seconds: float  # the same, for the routine followed now
    how_long: str  # "Each session takes 5 min 2 s (now 6 min 17 s)."
    note: str  # the clinician's note to show before the first session ("" for none)
    stretch_notes: tuple[tuple[str, str], ...]  # (stretch name, its note), in order

    def text(self) -> str:
        """The whole summary as lines of plain text, for the terminal."""
        lines = [self.prescribed_by]
        if self.prescribed_for:
            lines.append(self.prescribed_for)
        lines += ["", translate("Prescription", "What changes:")]
        lines += [f"  - {change}" for change in self.changes]
        lines += ["", self.how_often, self.how_long]
        if self.note:
            lines += ["", translate("Prescription", "Note from your clinician:")]
            lines += [f"  {line}" for line in self.note.splitlines()]
        if self.stretch_notes:
            lines += ["", translate("Prescription", "Notes on the stretches:")]
            for name, note in self.stretch_notes:
                first, *rest = note.splitlines() or [""]
                lines.append(f"  {name}: {first}")
                lines += [f"    {line}" for line in rest]
        return "\n".join(lines)


def summary(
    prescription: Prescription,
    library: Routine,
    current: Routine,
    *,
    lead_in: float = 5.0,
    switch_lead_in: float = 3.0,
    scripts: Scripts | None = None,
) -> Summary:
    """``prescription`` (checked against ``library``) said against ``current``, the
    routine followed now; session lengths with these lead-ins and scripts, as the
    session would run them."""
    p = prescription
    new = routine_from(p, library)
    seconds, now = (
        session_seconds(r, lead_in=lead_in, switch_lead_in=switch_lead_in, scripts=scripts)
        for r in (new, current)
    )
    return Summary(
        clinician=p.clinician,
        patient=p.patient,
        date=p.date,
        prescribed_by=_prescribed_by(p),
        prescribed_for=(
            translate("Prescription", "For {patient}.").format(patient=p.patient)
            if p.patient
            else ""
        ),
        changes=changes(new, current),
        sessions_per_day=p.sessions_per_day,
        reminders=p.reminders,
        how_often=_how_often(p),
        session_seconds=seconds,
        current_seconds=now,
        how_long=translate("Prescription", "Each session takes {new} (now {now}).").format(
            new=duration(seconds), now=duration(now)
        ),
        note=p.note,
        stretch_notes=tuple((s.name, s.note) for s in new.stretches if s.note),
    )


def changes(new: Routine, current: Routine) -> tuple[str, ...]:
    """Each difference of ``new`` from ``current``, one sentence each, in the new order."""
    before = {stretch.id: stretch for stretch in current.stretches}
    after = {stretch.id: stretch for stretch in new.stretches}
    said = [
        translate("Prescription", "Left out: {stretch}.").format(stretch=stretch.name)
        for stretch in current.stretches
        if stretch.id not in after
    ]
    for stretch in new.stretches:
        if stretch.id not in before:
            said.append(
                translate("Prescription", "Added: {stretch} ({how}).").format(
                    stretch=stretch.name, how=", ".join(_how(stretch, None))
                )
            )
        elif differences := _how(stretch, before[stretch.id]):
            said.append(
                translate("Prescription", "{stretch}: {changes}.").format(
                    stretch=stretch.name, changes=", ".join(differences)
                )
            )
    kept_before = [stretch.id for stretch in current.stretches if stretch.id in after]
    kept_after = [stretch.id for stretch in new.stretches if stretch.id in before]
    if kept_before != kept_after:
        said.append(
            translate("Prescription", "The order changes to: {stretches}.").format(
                stretches=", ".join(stretch.name for stretch in new.stretches)
            )
        )
    if not said:
        said.append(translate("Prescription", "The same stretches, holds and order as now."))
    return tuple(said)


def _how(stretch: Stretch, was: Stretch | None) -> list[str]:
    """How ``stretch`` is done, where it differs from how it ``was`` (None: newly added,
    said from its hold on)."""
    parts = []
    if was is None:
        parts.append(
            translate("Prescription", "hold {seconds}").format(
                seconds=seconds_short(stretch.seconds)
            )
        )
        if len(stretch.sides) == 1:
            parts.append(_sides(stretch.sides))
        if stretch.repetitions != 1:
            parts.append(_times(stretch.repetitions))
        return parts
    if stretch.seconds != was.seconds:
        #: A hold's length changing: "hold 30 s → 20 s".
        parts.append(
            translate("Prescription", "hold {before} → {after}").format(
                before=seconds_short(was.seconds), after=seconds_short(stretch.seconds)
            )
        )
    if stretch.sides != was.sides:
        parts.append(_sides(stretch.sides))
    if stretch.repetitions != was.repetitions:
        parts.append(_times(stretch.repetitions))
    return [part for part in parts if part]


def _sides(sides: tuple[Side, ...]) -> str:
    if sides == (Side.LEFT,):
        return translate("Prescription", "only the left side")
    if sides == (Side.RIGHT,):
        return translate("Prescription", "only the right side")
    if len(sides) == 2:
        return translate("Prescription", "both sides")
    return ""


def _times(repetitions: int) -> str:
    if repetitions == 1:
        return translate("Prescription", "once")
    if repetitions == 2:
        return translate("Prescription", "twice")
    return translate("Prescription", "{count} times").format(count=repetitions)


def _prescribed_by(p: Prescription) -> str:
    day = p.date.isoformat() if p.date is not None else ""
    if p.clinician and day:
        text = translate("Prescription", "Prescribed by {clinician} on {date}.")
    elif p.clinician:
        text = translate("Prescription", "Prescribed by {clinician}.")
    elif day:
        text = translate("Prescription", "Prescribed on {date}.")
    else:
        text = translate("Prescription", "The prescription does not say who wrote it.")
    return text.format(clinician=p.clinician, date=day)


def _how_often(p: Prescription) -> str:
    if p.sessions_per_day == 1:
        sessions = translate("Prescription", "1 session a day")
    else:
        sessions = translate("Prescription", "{count} sessions a day").format(
            count=p.sessions_per_day
        )
    if not p.reminders:
        return translate("Prescription", "{sessions}, with no reminder times.").format(
            sessions=sessions
        )
    times = [f"{t:%H:%M}" for t in p.reminders]
    if len(times) == 1:
        text = translate("Prescription", "{sessions}, a reminder at {time}.")
        return text.format(sessions=sessions, time=times[0])
    #: {times} is all the times but the last, separated by commas: "08:30, 13:00".
    text = translate("Prescription", "{sessions}, reminders at {times} and {last}.")
    return text.format(sessions=sessions, times=", ".join(times[:-1]), last=times[-1])
