"""What a session sounds like: the chimes and words each session event calls for.

One mapping serves the app (``audio/guide.py`` plays it) and ``--timeline``
(which runs the real state machine on a simulated clock and prints it), so
what the timeline shows is what the app does. The words are in the language
loaded for the app (context "Cues"); the timeline's own labels stay English.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from typing import Any

from backspasm_gui.core.clock import ManualClock
from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.routine import Routine, Side, Step
from backspasm_gui.core.session import Scripts, Session, State
from backspasm_gui.core.session_events import (
    Beat,
    Event,
    FinalSecond,
    HoldCompleted,
    HoldStarted,
    Instruction,
    LeadInStarted,
    Moved,
    Paused,
    Resumed,
    RoutineChanged,
    SessionFinished,
    TenSecondsLeft,
)
from backspasm_gui.core.timefmt import duration


class Sound(Enum):
    """The chimes; each value is the name of its file in ``assets/sounds/``."""

    HOLD_START = "hold-start"
    SWITCH_SIDES = "switch-sides"
    TICK = "tick"
    HOLD_DONE = "hold-done"
    SESSION_DONE = "session-done"


# Said at the end; translate("Cues", ...) them where they are said.
COMPLETE = QT_TRANSLATE_NOOP("Cues", "Well done — routine complete.")
ENDED = QT_TRANSLATE_NOOP("Cues", "Session ended.")


@dataclass(frozen=True, slots=True)
class Cue:
    """A chime to play and/or words to say, ``at`` a clock time."""

    at: float
    sound: Sound | None = None
    speech: str = ""
    after: bool = False  # said once what is being said is finished, not cutting it short


def announce(step: Step) -> str:
    """What the voice says as a stretch comes up: its name, its side, one line of how."""
    if step.side is Side.LEFT:
        #: {how} is the stretch's spoken cue: one line of its instructions.
        text = translate("Cues", "Next: {stretch}, left side. {how}")
    elif step.side is Side.RIGHT:
        text = translate("Cues", "Next: {stretch}, right side. {how}")
    else:
        text = translate("Cues", "Next: {stretch}. {how}")
    return text.format(stretch=step.name, how=_sentence(step.stretch.cue))


# What ends a sentence, in the scripts the app speaks: Latin, Chinese (full-width) and
# Arabic. A sentence ending in none gets the full stop of its script.
_ENDS = (".", "!", "?", "\u3002", "\uff01", "\uff1f", "\u061f")


def _sentence(text: str) -> str:
    if text.endswith(_ENDS):
        return text
    wide = any("\u3000" <= character <= "\u9fff" for character in text)
    return text + ("\u3002" if wide else ".")


class Cues:
    """Turns session events into cues for one routine."""

    def __init__(self, routine: Routine) -> None:
        self.steps = routine.steps

    def for_event(self, event: Event) -> tuple[Cue, ...]:  # noqa: PLR0911, PLR0912 - one case per event
        match event:
            case LeadInStarted(side_switch=True):
                return (Cue(event.at, Sound.SWITCH_SIDES, translate("Cues", "Switch sides.")),)
            case LeadInStarted(script=None):
                return (Cue(event.at, speech=announce(event.step)),)
            case LeadInStarted(script=script) if script is not None:
                # its sentences follow, each as the figure shows it
                return (Cue(event.at, speech=script.intro),)
            case Instruction():
                return (Cue(event.at, speech=event.words, after=True),)
            case HoldStarted():
                return (Cue(event.at, Sound.HOLD_START),)
            case Beat():
                #: A movement's word ("Cat", already translated) drawn out as it is said.
                return (Cue(event.at, speech=translate("Cues", "{word}…").format(word=event.word)),)
            case TenSecondsLeft():
                return (Cue(event.at, speech=translate("Cues", "Ten seconds.")),)
            case FinalSecond():
                return (Cue(event.at, Sound.TICK),)
            case HoldCompleted() if event.index < len(self.steps) - 1:
                return (Cue(event.at, Sound.HOLD_DONE),)
            case SessionFinished():
                words = translate("Cues", COMPLETE if event.summary.complete else ENDED)
                return (Cue(event.at, Sound.SESSION_DONE, words),)
            case Paused():
                return (Cue(event.at, speech=translate("Cues", "Paused.")),)
            case Resumed():
                return (Cue(event.at, speech=translate("Cues", "Resuming.")),)
            case Moved():
                return (Cue(event.at, speech=_sentence(self.steps[event.index].title)),)
            case RoutineChanged():
                self.steps = event.routine.steps
        return ()


# --- the timeline ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the timeline: seconds from the start, what, and its detail."""

    t: float
    what: str
    detail: str


def _entries_for(event: Event, t: float) -> list[Entry]:  # noqa: PLR0911 - one case per event
    match event:
        case LeadInStarted():
            what = "switch-sides" if event.side_switch else "get-ready"
            return [Entry(t, what, f"{event.step.title} ({event.seconds:g} s lead-in)")]
        case Instruction():
            return [Entry(t, "step", f"step {event.step + 1}")]
        case HoldStarted():
            return [Entry(t, "hold", f"{event.step.title}, {event.step.seconds} s")]
        case Beat():
            return [Entry(t, "beat", f"{event.beat}: {event.word}")]
        case TenSecondsLeft():
            return [Entry(t, "ten-seconds", "10 s left")]
        case FinalSecond():
            return [Entry(t, "last-seconds", f"{event.seconds_left} s left")]
        case HoldCompleted():
            return [Entry(t, "hold-done", event.step.title)]
        case SessionFinished():
            summary = event.summary
            return [Entry(t, "finish", f"{len(summary.completed)} of {summary.planned} holds")]
    return []


def timeline(
    routine: Routine,
    *,
    lead_in: float = 5.0,
    switch_lead_in: float = 3.0,
    scripts: Scripts | None = None,
) -> list[Entry]:
    """Every event and cue of a whole session, run by the real state machine on a
    simulated clock that jumps straight to each moment the session would wake."""
    clock = ManualClock(0.0)
    session = Session(
        routine, clock, lead_in=lead_in, switch_lead_in=switch_lead_in, scripts=scripts
    )
    cues = Cues(routine)
    entries: list[Entry] = []

    def hear(event: Event) -> None:
        t = round(event.at, 6)
        entries.extend(_entries_for(event, t))
        for cue in cues.for_event(event):
            if cue.sound is not None:
                entries.append(Entry(t, "chime", cue.sound.value))
            if cue.speech:
                entries.append(Entry(t, "speech", cue.speech))

    session.subscribe(hear)
    session.start()
    while session.state is not State.FINISHED:
        wait = session.next_change()
        if wait is None:  # pragma: no cover - a running session always has a next change
            raise RuntimeError("the session stopped by itself")
        clock.advance(wait)
        session.tick()
    return entries


def timeline_text(entries: list[Entry]) -> str:
    end = entries[-1].t if entries else 0.0
    holds = sum(1 for e in entries if e.what == "hold")
    lines = [f"Session timeline: {holds} holds, {duration(end)} from Start to the end.", ""]
    for entry in entries:
        minutes, seconds = divmod(entry.t, 60)
        detail = f"“{entry.detail}”" if entry.what == "speech" else entry.detail
        lines.append(f"{int(minutes):3d}:{seconds:04.1f}  {entry.what:<13} {detail}")
    return "\n".join(lines) + "\n"


def timeline_json(entries: list[Entry]) -> str:
    data: dict[str, Any] = {
        "seconds": entries[-1].t if entries else 0.0,
        "cues": [{"t": e.t, "what": e.what, "detail": e.detail} for e in entries],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
