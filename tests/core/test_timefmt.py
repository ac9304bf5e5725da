"""Every countdown on screen rounds the same way."""

from __future__ import annotations

import pytest

from backspasm_gui.core.timefmt import clock, countdown, duration, roughly


@pytest.mark.parametrize(
    ("remaining", "shown"),
    [(30.0, "30"), (29.999, "30"), (29.0, "29"), (0.01, "1"), (0.0, "0"), (75.0, "1:15")],
)
def test_the_ring_shows_whole_seconds_rounded_up(remaining: float, shown: str) -> None:
    assert countdown(remaining) == shown


@pytest.mark.parametrize(("seconds", "shown"), [(376.2, "6:17"), (377.0, "6:17"), (0.0, "0:00")])
def test_the_session_clock_rounds_up_too(seconds: float, shown: str) -> None:
    assert clock(seconds) == shown


@pytest.mark.parametrize(("seconds", "said"), [(330, "5 min 30 s"), (120, "2 min"), (45, "45 s")])
def test_durations_in_sentences(seconds: float, said: str) -> None:
    assert duration(seconds) == said


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (1, "1 second"),
        (8.4, "8 seconds"),
        (60, "about 1 minute"),
        (119, "about 2 minutes"),
        (5340, "about 89 minutes"),
        (5400, "about 2 hours"),
        (3 * 3600 + 100, "about 3 hours"),
    ],
)
def test_a_gap_is_said_roughly(seconds: float, said: str) -> None:
    assert roughly(seconds) == said
