"""The get-ready as a script: the handout's sentences, said one by one as the figure
moves through the steps they describe.

Someone lying on the mat follows by ear. So a lead-in names the stretch, then says each
of the handout's sentences for getting into it just as the figure begins that step.
It lasts as long as the words take to say, at the voice's speed, and never less than
the moves need. Both the session (when to say what, how long the lead-in is) and the
figure (where it is at each moment) read the same script, so words and picture stay
together. Nothing here knows about Qt or about the body: a demonstration is reduced
to which sentence each of its steps shows and how many moves it makes.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import Side, Step

if TYPE_CHECKING:
    from backspasm_gui.core.poses import Demonstration

# How long a voice takes to say a sentence: measured with espeak-ng (the voice
# speech-dispatcher uses on Debian) saying every heading and instruction in English,
# Spanish and German at the app's usual speed: 0.84 s + 1 s per 18.9 characters,
# within a second. Rounded towards more time, and a pause after it.
VOICE_START = 0.9  # seconds
CHARACTERS_PER_SECOND = 18.0  # at speed 0
SENTENCE_PAUSE = 0.5  # seconds between one sentence and the next
STILL_SECONDS = 1.5  # the start position, shown before the first move
MOVE_SECONDS = 2.0  # the least time a move of the figure takes
SETTLE_SECONDS = 1.5  # in the stretch, still, before the hold begins


def speaking_seconds(text: str, rate: float = 0.0) -> float:
    """About how long ``text`` takes to say at ``rate`` (-1 slow … 1 fast), with the
    pause after it. Generous: a sentence cut short is worse than a moment of quiet."""
    if not text.strip():
        return 0.0
    # Chinese and Japanese say about four or five characters a second.
    wide = sum(1 for ch in text if "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")
    characters = len(text) + 3 * wide
    speed = CHARACTERS_PER_SECOND * math.pow(2.0, max(-1.0, min(1.0, rate)))
    return VOICE_START + characters / speed + SENTENCE_PAUSE


def heading(step: Step, switch: bool) -> str:
    """What is said as a lead-in begins, before the handout's sentences."""
    if switch:
        return translate("Cues", "Switch sides.")
    if step.side is Side.LEFT:
        return translate("Cues", "Next: {stretch}, left side.").format(stretch=step.name)
    if step.side is Side.RIGHT:
        return translate("Cues", "Next: {stretch}, right side.").format(stretch=step.name)
    return translate("Cues", "Next: {stretch}.").format(stretch=step.name)


@dataclass(frozen=True, slots=True)
class Line:
    """A sentence of the handout, said ``at`` seconds into the lead-in, as the figure
    begins demonstration step ``step``."""

    at: float
    step: int
    words: str


@dataclass(frozen=True, slots=True)
class Script:
    """A lead-in: the heading said at its start, then ``lines``; demonstration step
    ``i`` is shown from ``steps[i][0]`` to ``steps[i][1]`` seconds into it."""

    intro: str
    lines: tuple[Line, ...]
    steps: tuple[tuple[float, float], ...]
    seconds: float  # the whole lead-in, the figure settled in the stretch at its end

    def step_at(self, elapsed: float) -> int:
        """The demonstration step shown ``elapsed`` seconds into the lead-in."""
        for i, (_begin, end) in enumerate(self.steps):
            if elapsed < end:
                return i
        return len(self.steps) - 1


def write_script(intro: str, steps: Sequence[tuple[str, int]], rate: float = 0.0) -> Script:
    """The lead-in for a demonstration whose steps each show a sentence and make some
    moves (``(sentence, moves)``; the first step is the start position, no moves).

    Steps in a row that show the same sentence share it: it is said once, as the first
    of them begins, and they take as long as it does, or as their moves need.
    """
    t = speaking_seconds(intro, rate)
    lines: list[Line] = []
    windows: list[tuple[float, float]] = []
    i = 0
    while i < len(steps):
        sentence = steps[i][0]
        group = [i]
        while group[-1] + 1 < len(steps) and steps[group[-1] + 1][0] == sentence:
            group.append(group[-1] + 1)
        need = [STILL_SECONDS if n == 0 else MOVE_SECONDS * max(1, steps[n][1]) for n in group]
        length = max(speaking_seconds(sentence, rate), sum(need))
        lines.append(Line(t, group[0], sentence))
        begin = 0.0 if group[0] == 0 else t  # the start position shows from the heading on
        for seconds in need:
            end = t + length * seconds / sum(need)
            windows.append((begin, end))
            begin = t = end
        i = group[-1] + 1
    # Whole seconds, as the ring counts them: the extra is more time to settle.
    return Script(intro, tuple(lines), tuple(windows), math.ceil(t + SETTLE_SECONDS))


def fitted(script: Script, seconds: float) -> Script:
    """``script`` sped up or slowed down to last ``seconds`` (a lead-in of fixed length,
    where nothing is said: the pictures for the README, a session without scripts)."""
    if script.seconds <= 0 or seconds <= 0:
        return script
    f = seconds / script.seconds
    return Script(
        script.intro,
        tuple(Line(line.at * f, line.step, line.words) for line in script.lines),
        tuple((begin * f, end * f) for begin, end in script.steps),
        seconds,
    )


def demonstrated(
    step: Step, demo: Demonstration, *, switch: bool = False, rate: float = 0.0
) -> Script:
    """The lead-in into ``step`` that ``demo`` shows, each of its steps with the
    stretch's instruction it names (in the app's language, as the stretch is)."""
    instructions = step.stretch.instructions
    steps = [
        (instructions[min(s.words, len(instructions) - 1)], len(s.keys) if n else 0)
        for n, s in enumerate(demo.steps)
    ]
    return write_script(heading(step, switch), steps, rate)


class Scripts:
    """The lead-ins of a routine, from its demonstrations, at the voice's speed: what
    the session asks for each lead-in it begins (None: a stretch without one)."""

    def __init__(self, demonstrations: Mapping[str, Demonstration], rate: float = 0.0) -> None:
        self.demonstrations = demonstrations
        self.rate = rate
        self._made: dict[tuple[object, ...], Script] = {}

    def __call__(self, step: Step, switch: bool) -> Script | None:
        demo = self.demonstrations.get(step.stretch.id)
        if demo is None or not demo.steps:
            return None
        key = (step.stretch, step.side, step.repetition, switch, self.rate)
        if key not in self._made:
            self._made[key] = demonstrated(step, demo, switch=switch, rate=self.rate)
        return self._made[key]
