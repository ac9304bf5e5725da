"""What a screen reader hears: a few words at the moments that matter, never the seconds."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backspasm_gui.core.clock import ManualClock as FakeClock
from backspasm_gui.core.poses import Demonstration as Pose
from backspasm_gui.core.routine import Kind, Routine
from backspasm_gui.core.script import Scripts
from backspasm_gui.core.session import STALL_SECONDS
from backspasm_gui.core.session_events import TEN_SECONDS
from backspasm_gui.ui.session import announcer as announcer_module
from backspasm_gui.ui.session.announcer import Announcer
from backspasm_gui.ui.session.session_driver import SessionDriver
from tests.ui.conftest import Passing

Politeness = QAccessible.AnnouncementPoliteness
LEAD_IN = 5.0
SWITCH_LEAD_IN = 3.0


@pytest.fixture
def target(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def announcer(routine: Routine, driver: SessionDriver, target: QWidget) -> Announcer:
    announcer = Announcer(routine, target)
    announcer.listen(driver.happened)
    return announcer


@pytest.fixture
def heard(announcer: Announcer) -> list[str]:
    words: list[str] = []
    announcer.announced.connect(words.append)
    return words


@pytest.fixture
def sent(announcer: Announcer, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, Politeness]]:
    """What the announcer hands Qt's accessibility layer: words and politeness."""
    events: list[tuple[str, Politeness]] = []

    def update(event: QAccessibleAnnouncementEvent) -> None:
        events.append((event.message(), event.politeness()))

    class Recorder:
        AnnouncementPoliteness = Politeness
        updateAccessibility = staticmethod(update)

    monkeypatch.setattr(announcer_module, "QAccessible", Recorder)
    return events


def session_seconds(routine: Routine) -> float:
    steps = routine.steps
    lead_ins = [
        SWITCH_LEAD_IN if i and steps[i - 1].stretch == step.stretch else LEAD_IN
        for i, step in enumerate(steps)
    ]
    return sum(lead_ins) + routine.hold_seconds


def test_a_whole_session_is_told_at_its_turning_points_in_order(
    routine: Routine, driver: SessionDriver, elapse: Passing, heard: list[str]
) -> None:
    driver.toggle()
    elapse(session_seconds(routine) + 1)
    assert heard[:9] == [
        "Next: Cat Cow. Get ready.",
        "Keep moving. 30 seconds.",
        "Next: Back Extension. Get ready.",
        "Hold. 30 seconds.",
        "Ten seconds left.",
        "Next: Knee to Chest, left side. Get ready.",
        "Hold. 30 seconds.",
        "Ten seconds left.",
        "Switch sides: right side.",
    ]
    assert heard[-1] == "Routine complete. You did 11 of 11 holds."


def test_a_whole_session_makes_a_few_announcements_per_hold_not_one_per_second(
    routine: Routine, driver: SessionDriver, elapse: Passing, heard: list[str]
) -> None:
    holds = len(routine.steps)
    timed = sum(
        1
        for step in routine.steps
        if step.stretch.kind is Kind.HOLD and step.seconds >= TEN_SECONDS + 4
    )
    driver.toggle()
    elapse(session_seconds(routine) + 1)  # 1500-odd ticks, four a second
    starts = [text for text in heard if text.startswith(("Next:", "Switch sides"))]
    assert len(starts) == holds == 11
    assert sum(text.endswith(" 30 seconds.") for text in heard) == holds
    assert heard.count("Ten seconds left.") == timed == 10  # Cat Cow is a movement
    assert len(heard) == 2 * holds + timed + 1


def test_the_seconds_of_a_hold_are_not_announced(
    driver: SessionDriver, elapse: Passing, heard: list[str]
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 30 + 2 * LEAD_IN)  # Cat Cow's hold, Back Extension's lead-in and 5 s
    assert heard == [
        "Next: Cat Cow. Get ready.",
        "Keep moving. 30 seconds.",
        "Next: Back Extension. Get ready.",
        "Hold. 30 seconds.",
    ]


def test_pause_and_resume_are_announced(
    driver: SessionDriver, elapse: Passing, heard: list[str]
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 4)
    driver.toggle()
    elapse(20)  # paused: time passes, nothing is said
    driver.toggle()
    assert heard[-2:] == ["Paused.", "Resumed."]


def test_a_stall_is_told_once_and_urgently_not_followed_by_a_plain_paused(
    clock: FakeClock,
    driver: SessionDriver,
    elapse: Passing,
    announcer: Announcer,
    sent: list[tuple[str, Politeness]],
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 4)
    clock.advance(STALL_SECONDS + 60)  # the computer slept
    driver.woke()
    assert announcer.last.startswith("Paused: the computer was asleep or busy for about 1 minute")
    assert sent[-1] == (announcer.last, Politeness.Assertive)
    assert "Paused." not in [words for words, _politeness in sent]


def test_ordinary_announcements_are_polite_and_reach_qt_accessibility(
    driver: SessionDriver, sent: list[tuple[str, Politeness]]
) -> None:
    driver.toggle()
    assert sent == [("Next: Cat Cow. Get ready.", Politeness.Polite)]


def test_ending_early_says_how_many_holds_were_done_urgently(
    driver: SessionDriver, elapse: Passing, sent: list[tuple[str, Politeness]]
) -> None:
    driver.toggle()
    elapse(LEAD_IN + 30 + 1)  # Cat Cow done
    for _ in range(10):
        driver.next()
    assert sent[-1] == ("Session ended. You did 1 of 11 holds.", Politeness.Assertive)


def test_choosing_a_hold_before_starting_names_it(driver: SessionDriver, heard: list[str]) -> None:
    driver.next()
    driver.next()
    assert heard == ["Back Extension.", "Knee to Chest, left side."]


def test_the_announcement_comes_from_the_target_widget(
    routine: Routine, target: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources: list[object] = []

    class Recorder:
        AnnouncementPoliteness = Politeness

        @staticmethod
        def updateAccessibility(event: QAccessibleAnnouncementEvent) -> None:
            sources.append(event.object())

    monkeypatch.setattr(announcer_module, "QAccessible", Recorder)
    Announcer(routine, target).announce("Hold. 30 seconds.")
    assert sources == [target]


def test_announcing_for_real_needs_no_screen_reader(routine: Routine, target: QWidget) -> None:
    """With no assistive technology running, Qt takes the event and nothing breaks."""
    announcer = Announcer(routine, target)
    announcer.announce("Routine complete. You did 11 of 11 holds.", Politeness.Assertive)
    assert announcer.last == "Routine complete. You did 11 of 11 holds."


def test_while_the_apps_voice_speaks_a_screen_reader_is_not_told_the_same_moments(
    routine: Routine,
    driver: SessionDriver,
    elapse: Passing,
    heard: list[str],
    announcer: Announcer,
) -> None:
    """One voice at a time: the app's own voice says the next stretch, the sides and the
    time, so only the end's count (which it does not say) reaches the screen reader."""
    announcer.voiced = lambda: True
    driver.toggle()
    elapse(driver.view().session_remaining + 1.0, step=1.0)
    assert heard == ["Routine complete. You did 11 of 11 holds."]


def test_with_the_voice_off_the_screen_reader_is_told_again(
    driver: SessionDriver, elapse: Passing, heard: list[str], announcer: Announcer
) -> None:
    voice_on = [True]
    announcer.voiced = lambda: voice_on[0]
    driver.toggle()
    elapse(1.0)
    assert heard == []
    voice_on[0] = False  # turned off in the sound menu
    driver.next()
    assert heard[0] == "Next: Back Extension. Get ready."


def test_a_screen_reader_hears_the_handouts_steps_as_the_picture_shows_them(
    routine: Routine,
    driver: SessionDriver,
    elapse: Passing,
    heard: list[str],
    poses: dict[str, Pose],
) -> None:
    driver.use_scripts(Scripts(poses))
    for _ in range(8):  # Pigeon, left side
        driver.next()
    heard.clear()  # the holds passed on the way
    driver.toggle()
    elapse(driver.view().phase_seconds + 0.5)
    assert heard == [
        "Next: Gluteal Stretch (Pigeon Pose), left side. Get ready.",
        *routine.steps[8].stretch.instructions,
        "Hold. 30 seconds.",
    ]
