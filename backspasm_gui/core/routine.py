"""The routine: stretches in order, each split into the holds a session leads.

Read from a TOML file and checked there (``core/routine_file.py``), once, so the
rest of the program never re-checks it. The file's text is English;
:func:`localised` gives the routine in the language loaded for the app, and
:func:`customised` the stretches, order and hold length the settings choose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from backspasm_gui.core.i18n import translate

MAX_SECONDS = 3600


class Side(Enum):
    LEFT = "left"
    RIGHT = "right"

    @property
    def label(self) -> str:
        """The side as a label on its own: "Left side" or "Right side"."""
        if self is Side.LEFT:
            return translate("Routine", "Left side")
        return translate("Routine", "Right side")


class Kind(Enum):
    HOLD = "hold"  # stay still in the stretch
    MOVEMENT = "movement"  # keep moving for the whole time (Cat Cow)


@dataclass(frozen=True, slots=True)
class Pace:
    """A movement's rhythm: say each word in turn, one every ``seconds``."""

    seconds: int
    words: tuple[str, ...]

    def beat(self, elapsed: float) -> int:
        """Which beat (0, 1, 2, …) of the movement ``elapsed`` seconds falls in."""
        return int(elapsed // self.seconds)

    def word(self, beat: int) -> str:
        return self.words[beat % len(self.words)]


@dataclass(frozen=True, slots=True)
class Stretch:
    id: str
    name: str
    objective: str
    instructions: tuple[str, ...]
    seconds: int
    sides: tuple[Side, ...]
    kind: Kind
    cue: str = ""  # one line of the instructions, spoken as the stretch comes up
    pace: Pace | None = None  # movements only
    note: str = ""  # a clinician's word for this person ("stop if the pain goes down your leg")
    repetitions: int = 1  # times through the stretch in a session, each of its sides each time

    @property
    def timing(self) -> str:
        """The handout's closing line for this stretch, from the data, and how many
        times it is done where that is more than once."""
        if self.repetitions == 1:
            return self._one_time
        return " ".join(
            (
                self._one_time,
                translate("Routine", "Do this {count} times.").format(count=self.repetitions),
            )
        )

    @property
    def _one_time(self) -> str:
        one = self.seconds == 1
        if self.kind is Kind.MOVEMENT:
            if one:
                return translate("Routine", "Perform for 1 second.")
            text = translate("Routine", "Perform for {seconds} seconds.")
        elif len(self.sides) > 1:
            if one:
                return translate("Routine", "Hold for 1 second on each side.")
            text = translate("Routine", "Hold for {seconds} seconds on each side.")
        else:
            if one:
                return translate("Routine", "Hold for 1 second.")
            text = translate("Routine", "Hold for {seconds} seconds.")
        return text.format(seconds=self.seconds)


@dataclass(frozen=True, slots=True)
class Step:
    """One hold: a stretch, on one side where it has sides, one of the times it is done."""

    stretch: Stretch
    side: Side | None
    stretch_number: int  # 1-based position of the stretch in the routine
    repetition: int = 1  # which time through the stretch, from 1

    @property
    def seconds(self) -> int:
        return self.stretch.seconds

    @property
    def repetitions(self) -> int:
        return self.stretch.repetitions

    @property
    def name(self) -> str:
        """The stretch's name, and which time it is where it is done more than once:
        "Cat Cow", "Cat Cow, 2 of 3"."""
        if self.repetitions == 1:
            return self.stretch.name
        #: A stretch done more than once: "Cat Cow, 2 of 3".
        return translate("Routine", "{stretch}, {repetition} of {repetitions}").format(
            stretch=self.stretch.name, repetition=self.repetition, repetitions=self.repetitions
        )

    @property
    def title(self) -> str:
        """The name, and the side where it has one: "Knee to Chest, left side"."""
        if self.side is None:
            return self.name
        if self.side is Side.LEFT:
            text = translate("Routine", "{stretch}, left side")
        else:
            text = translate("Routine", "{stretch}, right side")
        return text.format(stretch=self.name)


@dataclass(frozen=True, slots=True)
class Routine:
    title: str
    introduction: str
    stretches: tuple[Stretch, ...]
    steps: tuple[Step, ...]
    source: str  # the file it came from, for messages

    @classmethod
    def of(
        cls,
        stretches: tuple[Stretch, ...],
        *,
        title: str = "",
        introduction: str = "",
        source: str = "",
    ) -> Routine:
        # A stretch done more than once is done on each side in turn each time
        # (left, right, left, right), as a physiotherapist counts "twice on each side".
        steps = tuple(
            Step(stretch, side, number, repetition)
            for number, stretch in enumerate(stretches, start=1)
            for repetition in range(1, stretch.repetitions + 1)
            for side in (stretch.sides or (None,))
        )
        return cls(title, introduction, stretches, steps, source)

    @property
    def hold_seconds(self) -> int:
        """Seconds of stretching in the whole routine, every repetition (lead-ins not counted)."""
        return sum(step.seconds for step in self.steps)


def customised(
    routine: Routine, order: Sequence[str] | None = None, hold_seconds: int | None = None
) -> Routine:
    """The routine with only the stretches in ``order`` (by id, in that order; unknown ids
    are ignored) and every hold ``hold_seconds`` long; None keeps the file's choice.

    Raises ValueError if nothing would be left to do.
    """
    by_id = {stretch.id: stretch for stretch in routine.stretches}
    chosen = routine.stretches if order is None else tuple(by_id[i] for i in order if i in by_id)
    if not chosen:
        raise ValueError("a routine needs at least one stretch")
    if hold_seconds is not None:
        if not 1 <= hold_seconds <= MAX_SECONDS:
            raise ValueError(f"a hold is 1 to {MAX_SECONDS} seconds, not {hold_seconds}")
        chosen = tuple(replace(stretch, seconds=hold_seconds) for stretch in chosen)
    if chosen == routine.stretches:
        return routine
    return Routine.of(
        chosen, title=routine.title, introduction=routine.introduction, source=routine.source
    )


def localised(routine: Routine) -> Routine:
    """``routine`` with every text a person reads or hears (title, introduction, and
    each stretch's name, objective, instructions, cue and pace words) in the language
    loaded for the app, looked up in context "Routine" (``packaging/translations.py``
    extracts them from ``assets/routine.toml``). Ids, seconds, sides and order stay;
    text without a translation stays as the file has it.
    """
    done: dict[Stretch, Stretch] = {}

    def local(stretch: Stretch) -> Stretch:  # each stretch once: its steps share it
        if stretch not in done:
            done[stretch] = _localised_stretch(stretch)
        return done[stretch]

    return replace(
        routine,
        title=_routine_text(routine.title),
        introduction=_routine_text(routine.introduction),
        stretches=tuple(local(stretch) for stretch in routine.stretches),
        steps=tuple(replace(step, stretch=local(step.stretch)) for step in routine.steps),
    )


def _routine_text(text: str) -> str:
    # The words come from the file: packaging/translations.py marks them for lupdate.
    return translate("Routine", text) if text else text


def _localised_stretch(stretch: Stretch) -> Stretch:
    pace = stretch.pace
    if pace is not None:
        pace = replace(pace, words=tuple(_routine_text(word) for word in pace.words))
    return replace(
        stretch,
        name=_routine_text(stretch.name),
        objective=_routine_text(stretch.objective),
        instructions=tuple(_routine_text(line) for line in stretch.instructions),
        cue=_routine_text(stretch.cue),
        pace=pace,
    )
