"""The chimes the build makes: valid, calm, audible, click-free, and up to date."""

from __future__ import annotations

import itertools
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
    assert rate == synth.SAMPLE_RATE
    assert low <= seconds <= high
    assert resources.path(f"sounds/{sound.value}.wav").stat().st_size < 100_000


@pytest.mark.parametrize("sound", CHIMES, ids=lambda s: s.value)
def test_chimes_peak_near_minus_six_dbfs_and_are_not_silent(sound: Sound) -> None:
    values, _, _ = samples(sound)
    assert -8 <= dbfs(peak(values)) <= -4
    assert dbfs(rms(values)) > -30


def test_the_tick_is_at_least_six_db_softer_than_any_chime() -> None:
    tick = peak(samples(Sound.TICK)[0])
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


def pitch(values: list[float], rate: int, seconds: float = 0.1) -> float:
    """The rough pitch of the opening, from zero crossings."""
    start = values[: int(rate * seconds)]
    crossings = sum(1 for a, b in itertools.pairwise(start) if a < 0 <= b)
    return crossings / seconds


def test_the_chimes_are_told_apart_by_their_notes() -> None:
    openings = {s: pitch(*samples(s)[:2]) for s in CHIMES}
    assert openings[Sound.HOLD_START] == pytest.approx(523, rel=0.1)  # C5, rising to G5
    assert openings[Sound.SWITCH_SIDES] == pytest.approx(659, rel=0.1)  # E5 twice
    assert openings[Sound.HOLD_DONE] == pytest.approx(784, rel=0.1)  # G5, falling to C5
    files = {resources.path(f"sounds/{s.value}.wav").read_bytes() for s in Sound}
    assert len(files) == len(Sound)


def test_the_synthesis_is_deterministic() -> None:
    assert synth.render("hold-start") == synth.render("hold-start")


def test_the_files_the_build_made_match_the_synthesiser(tmp_path: Path) -> None:
    for path in synth.write_all(tmp_path):
        built = resources.path(f"sounds/{path.name}")
        assert built.read_bytes() == path.read_bytes(), f"{built} is stale: rebuild"


def test_every_cue_sound_has_a_synthesiser() -> None:
    assert set(synth.SOUNDS) == {s.value for s in Sound}
