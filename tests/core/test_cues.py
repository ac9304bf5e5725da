"""The cue schedule: what a whole session sounds like, from the real state machine."""

from __future__ import annotations

import json

import pytest

from backspasm_gui.core.cues import (
    COMPLETE,
    ENDED,
    Cue,
    Cues,
    Entry,
    Sound,
    _sentence,
    announce,
    timeline,
    timeline_json,
)
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session import Session
from backspasm_gui.core.session_events import Event
from tests.core.fakes import FakeClock


@pytest.fixture(scope="module")
def entries(routine: Routine) -> list[Entry]:
    return timeline(routine)


def what(entries: list[Entry], kind: str) -> list[Entry]:
    return [e for e in entries if e.what == kind]


def chimes(entries: list[Entry], sound: Sound) -> list[float]:
    return [e.t for e in entries if e.what == "chime" and e.detail == sound.value]


def test_the_whole_session_takes_377_seconds_and_ends_with_praise(entries: list[Entry]) -> None:
    assert entries[-1] == Entry(377.0, "speech", COMPLETE)
    assert chimes(entries, Sound.SESSION_DONE) == [377.0]


def test_every_hold_starts_with_a_chime_on_its_deadline(entries: list[Entry]) -> None:
    starts = chimes(entries, Sound.HOLD_START)
    assert starts == [e.t for e in what(entries, "hold")]
    assert starts[:4] == [5.0, 40.0, 75.0, 108.0]


def test_three_soft_ticks_end_every_hold(entries: list[Entry]) -> None:
    ticks = chimes(entries, Sound.TICK)
    assert len(ticks) == 33
    assert ticks[:3] == [32.0, 33.0, 34.0]


def test_the_last_hold_ends_with_the_session_chime_not_the_hold_chime(
    entries: list[Entry],
) -> None:
    assert len(chimes(entries, Sound.HOLD_DONE)) == 10
    assert 377.0 not in chimes(entries, Sound.HOLD_DONE)


def test_each_new_stretch_is_announced_with_its_side_and_a_line_of_how(
    entries: list[Entry],
) -> None:
    spoken = {e.t: e.detail for e in what(entries, "speech")}
    assert spoken[0.0] == "Next: Cat Cow. Start on your hands and knees."
    assert spoken[70.0] == (
        "Next: Knee to Chest, left side. Lie on your back, pull one knee toward your chest."
    )


def test_the_second_side_is_called_with_switch_sides_and_its_own_chime(
    entries: list[Entry],
) -> None:
    switches = chimes(entries, Sound.SWITCH_SIDES)
    assert len(switches) == 4
    spoken = {e.t: e.detail for e in what(entries, "speech")}
    assert all(spoken[t] == "Switch sides." for t in switches)


def test_cat_cow_is_paced_cat_then_cow_every_five_seconds(entries: list[Entry]) -> None:
    beats = [(e.t, e.detail) for e in what(entries, "speech") if e.detail in ("Cat…", "Cow…")]
    assert beats == [
        (5.0, "Cat…"),
        (10.0, "Cow…"),
        (15.0, "Cat…"),
        (20.0, "Cow…"),
        (25.0, "Cat…"),
        (30.0, "Cow…"),
    ]


def test_ten_seconds_is_called_in_every_still_hold_but_not_in_the_movement(
    entries: list[Entry],
) -> None:
    ten = [e.t for e in what(entries, "speech") if e.detail == "Ten seconds."]
    assert len(ten) == 10
    assert ten[0] == 60.0  # Back Extension: its hold runs 40–70


def test_the_timeline_is_in_time_order(entries: list[Entry]) -> None:
    times = [e.t for e in entries]
    assert times == sorted(times)


def test_lead_ins_move_the_timeline(routine: Routine) -> None:
    short = timeline(routine, lead_in=2, switch_lead_in=1)
    assert short[-1].t == 330 + 7 * 2 + 4 * 1


def test_the_json_timeline_lists_every_cue(entries: list[Entry]) -> None:
    data = json.loads(timeline_json(entries))
    assert data["seconds"] == 377.0
    assert len(data["cues"]) == len(entries)
    assert data["cues"][1] == {
        "t": 0.0,
        "what": "speech",
        "detail": "Next: Cat Cow. Start on your hands and knees.",
    }


@pytest.fixture
def heard(routine: Routine, session: Session, events: list[Event]) -> list[Cue]:
    cues = Cues(routine)
    out: list[Cue] = []
    session.subscribe(lambda event: out.extend(cues.for_event(event)))
    return out


def test_pausing_and_resuming_are_said_aloud(
    session: Session, clock: FakeClock, heard: list[Cue]
) -> None:
    session.start()
    session.pause()
    session.resume()
    assert [c.speech for c in heard[-2:]] == ["Paused.", "Resuming."]


def test_a_session_ended_early_is_not_praised_as_complete(
    session: Session, heard: list[Cue]
) -> None:
    session.start()
    for _ in range(11):
        session.next()
    assert heard[-1] == Cue(heard[-1].at, Sound.SESSION_DONE, ENDED)


def test_moving_while_paused_names_the_hold_moved_to(session: Session, heard: list[Cue]) -> None:
    session.next()
    session.next()
    assert heard[-1].speech == "Knee to Chest, left side."


def test_a_late_tick_calls_only_the_latest_beat(
    session: Session, clock: FakeClock, heard: list[Cue]
) -> None:
    session.start()
    clock.advance(5.0)
    session.tick()  # the hold starts: "Cat…"
    clock.advance(12.0)  # the app was stalled across two beats
    session.tick()
    assert [c.speech for c in heard if c.speech.endswith("…")] == ["Cat…", "Cat…"]


def test_the_announcement_ends_with_a_full_stop(routine: Routine) -> None:
    pigeon_left = next(s for s in routine.steps if s.stretch.id == "gluteal-stretch")
    assert announce(pigeon_left) == (
        "Next: Gluteal Stretch (Pigeon Pose), left side. "
        "Bring one knee forward and place it behind your opposite hand."
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Hold", "Hold."),
        ("Hold.", "Hold."),
        ("保持", "保持。"),  # Chinese: its own full stop, never "保持."
        ("保持。", "保持。"),
        ("هل أنت مستعد؟", "هل أنت مستعد؟"),  # Arabic's question mark ends it already
    ],
)
def test_a_spoken_line_ends_once_with_its_own_scripts_full_stop(line: str, said: str) -> None:
    assert _sentence(line) == said
