"""The screen reader's running commentary: a few words at the moments that matter.

It hears the session's events (``SessionDriver.happened``) and asks the screen
reader to say what a sighted person would glance at the screen for: the next
stretch, the hold beginning, the switch of sides, ten seconds left, a pause, a
stall and the end. Never the seconds themselves: those are on the ring for
whoever looks, and in the voice and chimes for whoever listens.

Announcements go through Qt's accessibility layer (``QAccessibleAnnouncementEvent``,
Qt 6.8 and newer), so Orca, NVDA and VoiceOver speak them without moving focus.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

from backspasm_gui.core import timefmt
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import Kind, Routine, Side, Step
from backspasm_gui.core.session_events import (
    Event,
    HoldStarted,
    Instruction,
    LeadInStarted,
    Moved,
    Paused,
    Resumed,
    RoutineChanged,
    SessionFinished,
    SideSwitched,
    Stalled,
    Summary,
    TenSecondsLeft,
)

Politeness = QAccessible.AnnouncementPoliteness


def lead_in_text(step: Step) -> str:
    return translate("Announcer", "Next: {stretch}. Get ready.").format(stretch=step.title)


def hold_text(step: Step) -> str:
    if step.stretch.kind is Kind.MOVEMENT:
        if step.seconds == 1:
            text = translate("Announcer", "Keep moving. 1 second.")
        else:
            text = translate("Announcer", "Keep moving. {seconds} seconds.")
    elif step.seconds == 1:
        text = translate("Announcer", "Hold. 1 second.")
    else:
        text = translate("Announcer", "Hold. {seconds} seconds.")
    return text.format(seconds=step.seconds)


def switch_text(step: Step) -> str:
    if step.side is Side.LEFT:
        return translate("Announcer", "Switch sides: left side.")
    if step.side is Side.RIGHT:
        return translate("Announcer", "Switch sides: right side.")
    return translate("Announcer", "Switch sides.")


def finished_text(summary: Summary) -> str:
    one = summary.planned == 1
    if summary.complete:
        if one:
            text = translate("Announcer", "Routine complete. You did {done} of 1 hold.")
        else:
            text = translate("Announcer", "Routine complete. You did {done} of {planned} holds.")
    elif one:
        text = translate("Announcer", "Session ended. You did {done} of 1 hold.")
    else:
        text = translate("Announcer", "Session ended. You did {done} of {planned} holds.")
    return text.format(done=len(summary.completed), planned=summary.planned)


def stalled_text(gap: float) -> str:
    return translate(
        "Announcer",
        "Paused: the computer was asleep or busy for {gap}. Press Resume to go on.",
    ).format(gap=timefmt.roughly(gap))


class Announcer(QObject):
    """Turns session events into screen-reader announcements on ``target``'s behalf."""

    announced = Signal(str)  # the words just handed to the screen reader

    def __init__(self, routine: Routine, target: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else target)
        self.target = target  # the window: the announcement comes from it
        self.steps = routine.steps
        self.last = ""
        self._stalled = False  # a stall's Paused follows it and is already told
        # True while the app's own voice says the session's moments aloud: a screen reader
        # then stays quiet for them, so nobody hears two voices say the same thing at once.
        # What the voice does not say (a stall, the end's count) is still announced.
        self.voiced: Callable[[], bool] = lambda: False

    def listen(self, happened: SignalInstance) -> None:
        """Follow a signal that carries session events (``SessionDriver.happened``)."""
        happened.connect(self.follow)

    def follow(self, event: Event) -> None:
        stalled, self._stalled = self._stalled, False
        if not isinstance(event, Stalled | SessionFinished | RoutineChanged) and self.voiced():
            return
        match event:
            case LeadInStarted(side_switch=False):
                self.announce(lead_in_text(event.step))
            case SideSwitched():
                self.announce(switch_text(event.step))
            case Instruction():  # the handout's step the picture now shows
                self.announce(event.words)
            case HoldStarted():
                self.announce(hold_text(event.step))
            case TenSecondsLeft():
                self.announce(translate("Announcer", "Ten seconds left."))
            case Stalled():
                self._stalled = True
                self.announce(stalled_text(event.gap), Politeness.Assertive)
            case Paused() if not stalled:
                self.announce(translate("Announcer", "Paused."))
            case Resumed():
                self.announce(translate("Announcer", "Resumed."))
            case Moved():
                self.announce(
                    translate("Announcer", "{stretch}.").format(
                        stretch=self.steps[event.index].title
                    )
                )
            case SessionFinished():
                self.announce(finished_text(event.summary), Politeness.Assertive)
            case RoutineChanged():
                self.steps = event.routine.steps

    def announce(self, text: str, politeness: Politeness = Politeness.Polite) -> None:
        event = QAccessibleAnnouncementEvent(self.target, text)
        event.setPoliteness(politeness)
        QAccessible.updateAccessibility(event)
        self.last = text
        self.announced.emit(text)
