"""The chimes the build makes: valid, calm, audible, click-free, and up to date."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

import pytest

from backspasm_gui import resources
from backspasm_gui.audio import synth
from backspasm_gui.core.cues import Sound

CHIMES = [s for s in Sound if s is not Sound.TICK]
DURATIONS = {
    Sound.HOLD_START: (0.6, 1.2),
    Sound.SWITCH_SIDES: (0.6, 1.2),
    Sound.TICK: (0.04, 0.15),
    Sound.HOLD_DONE: (0.7, 1.3),
    Sound.SESSION_DONE: (1.5, 2.5),
}


def samples(sound: Sound) -> tuple[list[float], int, float]:
    path = resources.path(f"sounds/{sound.value}.wav")
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        rate = wav.getframerate()
        frames = wav.readframes(wav.getnframes())
    values = [v / 32768 for v in struct.unpack(f"<{len(frames) // 2}h", frames)]
    return values, rate, len(values) / rate


def dbfs(value: float) -> float:
    return 20 * math.log10(max(value, 1e-9))


def peak(values: list[float]) -> float:
    return max(abs(v) for v in values)


def rms(values: list[float]) -> float:
    return math.sqrt(sum(v * v for v in values) / len(values))


@pytest.mark.parametrize("sound", list(Sound), ids=lambda s: s.value)
def test_each_sound_is_a_short_mono_wav_that_decodes(sound: Sound) -> None:
    _values, rate, seconds = samples(sound)
    low, high = DURATIONS[sound]
    assert rate == 22050
    assert low <= seconds <= high
    assert resources.path(f"sounds/{sound.value}.wav").stat().st_size < 100_000


@pytest.mark.parametrize("sound", CHIMES, ids=lambda s: s.value)
def test_chimes_peak_near_minus_six_dbfs_and_are_not_silent(sound: Sound) -> None:
    values, _, _ = samples(sound)
    assert -8 <= dbfs(peak(values)) <= -4
    assert dbfs(rms(values)) > -30


def test_the_tick_is_at_least_six_db_softer_than_any_chime() -> None:
    tick = peak(samples(Sound.TICK)[0])
    assert -20 <= dbfs(tick) <= -12  # about -16 dBFS
    assert dbfs(rms(samples(Sound.TICK)[0])) > -45  # soft, not silent
    for sound in CHIMES:
        assert dbfs(peak(samples(sound)[0])) - dbfs(tick) >= 6


@pytest.mark.parametrize("sound", list(Sound), ids=lambda s: s.value)
def test_no_sound_clips_or_clicks_at_its_ends(sound: Sound) -> None:
    values, _, _ = samples(sound)
    assert peak(values) < 0.99
    assert abs(values[0]) < 0.01
    assert values[-1] == 0.0
    assert max(abs(v) for v in values[-50:]) < 0.01


NOTES = {"C5": 523.25, "E5": 659.26, "G5": 783.99, "C6": 1046.5}
# The note heard first (first 0.12 s) and the note heard later (in the window given).
MELODY = {
    Sound.HOLD_START: ("C5", "G5", 0.5),  # rising: "begin"
    Sound.SWITCH_SIDES: ("E5", "E5", 0.5),  # the same note twice: "turn over"
    Sound.HOLD_DONE: ("G5", "C5", 0.5),  # falling: "done, rest"
    Sound.SESSION_DONE: ("C5", "C6", 1.0),  # up to the octave: "well done"
}


def strongest_note(values: list[float], rate: int, start: float) -> str:
    """Which of NOTES is loudest in the 0.12 s from ``start`` (Goertzel filters)."""
    window = values[int(start * rate) : int((start + 0.12) * rate)]

    def power(frequency: float) -> float:
        coeff = 2 * math.cos(2 * math.pi * frequency / rate)
        a = b = 0.0
        for x in window:
            a, b = x + coeff * a - b, a
        return a * a + b * b - coeff * a * b

    return max(NOTES, key=lambda note: power(NOTES[note]))


@pytest.mark.parametrize("sound", CHIMES, ids=lambda s: s.value)
def test_each_chime_plays_its_own_notes(sound: Sound) -> None:
    values, rate, _ = samples(sound)
    first, later, when = MELODY[sound]
    heard = (strongest_note(values, rate, 0.0), strongest_note(values, rate, when))
    assert heard == (first, later)


def test_the_chimes_are_told_apart() -> None:
    openings = {MELODY[s][:2] for s in CHIMES}
    assert len(openings) == len(CHIMES)
    files = {resources.path(f"sounds/{s.value}.wav").read_bytes() for s in Sound}
    assert len(files) == len(Sound)


@pytest.mark.parametrize("name", list(synth.SOUNDS))
def test_the_synthesis_is_deterministic(name: str) -> None:
    assert synth.render(name) == synth.render(name)


def test_the_files_the_build_made_match_the_synthesiser(tmp_path: Path) -> None:
    for path in synth.write_all(tmp_path):
        built = resources.path(f"sounds/{path.name}")
        assert built.read_bytes() == path.read_bytes(), f"{built} is stale: rebuild"


def test_every_cue_sound_has_a_synthesiser() -> None:
    assert set(synth.SOUNDS) == {s.value for s in Sound}
