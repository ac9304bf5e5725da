"""The get-ready, said and shown step by step: the script, the session that follows it,
the voice's cues and the figure, all on a fake clock."""

from __future__ import annotations

import pytest

from backspasm_gui import resources
from backspasm_gui.core.cues import Cues
from backspasm_gui.core.poses import Demonstration, load_demonstrations
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.script import (
    Scripts,
    demonstrated,
    fitted,
    speaking_seconds,
    write_script,
)
from backspasm_gui.core.session import Session, State
from backspasm_gui.core.session_events import Event, HoldStarted, Instruction, LeadInStarted
from backspasm_gui.core.staging import Stager
from tests.core.fakes import FakeClock

PIGEON_LEFT = 8  # the hold index of Pigeon's left side in the handout's routine


@pytest.fixture(scope="module")
def demos() -> dict[str, Demonstration]:
    return load_demonstrations(resources.path("poses.toml"))


def test_a_longer_sentence_or_a_slower_voice_takes_longer() -> None:
    short, long = (
        "Start on your hands and knees.",
        (
            "Bring one knee forward and place it behind your opposite hand, "
            "while extending the other leg straight back."
        ),
    )
    assert speaking_seconds(long) > speaking_seconds(short) > 2.0
    assert speaking_seconds(long, -1.0) > speaking_seconds(long) > speaking_seconds(long, 1.0)
    assert speaking_seconds("   ") == 0.0


def test_sentences_follow_each_other_each_as_its_step_begins() -> None:
    script = write_script("Next: Pigeon.", [("One.", 0), ("Two two two two.", 1), ("Three.", 2)])
    assert [line.words for line in script.lines] == ["One.", "Two two two two.", "Three."]
    assert script.lines[0].at == pytest.approx(speaking_seconds("Next: Pigeon."))
    for line, following in zip(script.lines, script.lines[1:], strict=False):
        # The next sentence waits until this one is said.
        assert following.at >= line.at + speaking_seconds(line.words) - 1e-9
    for line in script.lines:
        assert script.steps[line.step][0] == pytest.approx(line.at) or line.step == 0
        assert script.step_at(line.at + 0.01) == line.step
    assert script.steps[0][0] == 0.0  # the start position shows from the heading on
    assert script.seconds == int(script.seconds)
    assert script.seconds > script.steps[-1][1]  # settled in the stretch before the hold


def test_steps_that_share_a_sentence_say_it_once_and_share_its_time() -> None:
    sentence = "Start on your hands and knees, then sit back on your heels."
    script = write_script("", [(sentence, 0), (sentence, 1), ("Rest.", 1)])
    assert [(line.step, line.words) for line in script.lines] == [(0, sentence), (2, "Rest.")]
    (_, first_end), (second_begin, second_end) = script.steps[:2]
    assert first_end == second_begin
    assert second_end == pytest.approx(script.lines[1].at)


def test_a_script_fitted_to_a_fixed_lead_in_keeps_its_order() -> None:
    script = write_script("Next.", [("One.", 0), ("Two.", 1)])
    short = fitted(script, 5.0)
    assert short.seconds == 5.0
    assert [line.step for line in short.lines] == [0, 1]
    assert short.steps[-1][1] < 5.0


def test_pigeon_says_the_handouts_three_sentences_in_its_order(
    routine: Routine, demos: dict[str, Demonstration]
) -> None:
    step = routine.steps[PIGEON_LEFT]
    script = demonstrated(step, demos["gluteal-stretch"])
    assert script.intro == "Next: Gluteal Stretch (Pigeon Pose), left side."
    assert [line.words for line in script.lines] == list(step.stretch.instructions)
    switched = demonstrated(routine.steps[PIGEON_LEFT + 1], demos["gluteal-stretch"], switch=True)
    assert switched.intro == "Switch sides."


def heard_lead_in(session: Session, clock: FakeClock, index: int) -> list[Event]:
    heard: list[Event] = []
    for _ in range(index):
        session.next()
    session.subscribe(heard.append)
    session.start()
    while not any(isinstance(e, HoldStarted) for e in heard):
        clock.advance(0.25)
        session.tick()
    return heard


def test_the_session_says_each_sentence_as_the_figure_begins_its_step(
    routine: Routine, demos: dict[str, Demonstration]
) -> None:
    clock = FakeClock()
    scripts = Scripts(demos)
    session = Session(routine, clock, scripts=scripts)
    heard = heard_lead_in(session, clock, PIGEON_LEFT)
    lead_in = next(e for e in heard if isinstance(e, LeadInStarted))
    assert lead_in.script is not None
    assert lead_in.seconds == lead_in.script.seconds > 5.0  # as long as the words take
    said = [e for e in heard if isinstance(e, Instruction)]
    assert [e.words for e in said] == list(routine.steps[PIGEON_LEFT].stretch.instructions)
    stager = Stager(demos["gluteal-stretch"])
    for event in said:
        # Said on time (to the tick), and the figure is then in the step it describes.
        assert event.at - lead_in.at == pytest.approx(lead_in.script.lines[event.step].at)
        elapsed = event.at - lead_in.at + 0.01
        assert stager.demonstration(elapsed, lead_in.script).step == event.step
    hold = next(e for e in heard if isinstance(e, HoldStarted))
    assert hold.at - lead_in.at == lead_in.seconds


def test_a_paused_lead_in_says_the_rest_after_resume_and_not_before(
    routine: Routine, demos: dict[str, Demonstration]
) -> None:
    clock = FakeClock()
    session = Session(routine, clock, scripts=Scripts(demos))
    heard: list[Event] = []
    session.subscribe(heard.append)
    session.start()
    clock.advance(3.0)
    session.tick()
    session.pause()
    said_before = sum(isinstance(e, Instruction) for e in heard)
    clock.advance(60.0)
    session.tick()
    assert sum(isinstance(e, Instruction) for e in heard) == said_before
    session.resume()
    while session.state is State.GET_READY:
        # The app wakes when the session next says something, not only on whole seconds.
        wait = session.next_change()
        assert wait is not None
        clock.advance(wait)
        session.tick()
    assert [e.step for e in heard if isinstance(e, Instruction)] == [0, 1]


def test_a_longer_lead_in_setting_still_applies(
    routine: Routine, demos: dict[str, Demonstration]
) -> None:
    session = Session(routine, FakeClock(), lead_in=40.0, scripts=Scripts(demos))
    session.start()
    assert session.view().phase_seconds == 40.0


def test_the_voice_names_the_stretch_then_says_the_sentences_without_cutting_them(
    routine: Routine, demos: dict[str, Demonstration]
) -> None:
    clock = FakeClock()
    session = Session(routine, clock, scripts=Scripts(demos))
    cues = Cues(routine)
    heard = heard_lead_in(session, clock, PIGEON_LEFT)
    said = [(cue.speech, cue.after) for e in heard for cue in cues.for_event(e) if cue.speech]
    instructions = routine.steps[PIGEON_LEFT].stretch.instructions
    assert said == [
        ("Next: Gluteal Stretch (Pigeon Pose), left side.", False),
        *((sentence, True) for sentence in instructions),
    ]


def test_the_session_time_left_counts_the_spoken_lead_ins(
    routine: Routine, demos: dict[str, Demonstration]
) -> None:
    plain = Session(routine, FakeClock()).view().session_remaining
    scripts = Scripts(demos)
    scripted = Session(routine, FakeClock(), scripts=scripts).view().session_remaining
    lead_ins = sum(
        max(5.0 if i == 0 or routine.steps[i - 1].stretch != step.stretch else 3.0, script.seconds)
        for i, step in enumerate(routine.steps)
        if (script := scripts(step, i > 0 and routine.steps[i - 1].stretch == step.stretch))
    )
    assert scripted == pytest.approx(routine.hold_seconds + lead_ins)
    assert scripted > plain


def test_the_app_wakes_for_a_sentence_between_whole_seconds(
    routine: Routine, demos: dict[str, Demonstration]
) -> None:
    clock = FakeClock()
    session = Session(routine, clock, scripts=Scripts(demos))
    session.start()
    script = session.view().script
    assert script is not None
    first = script.lines[0].at
    assert first != int(first)
    clock.advance(int(first))
    session.tick()
    assert session.next_change() == pytest.approx(first - int(first))
