"""The chimes, synthesised: soft bells made of a few decaying partials.

The build makes the WAV files from this module (``hatch_build.py`` writes them
into ``assets/sounds/``); they are generated, never committed. To hear or
measure them by hand: ``python backspasm_gui/audio/synth.py DIR``.

* hold-start    — two notes rising (C5, G5): "begin"
* switch-sides  — the same note twice (E5, E5): "turn over"
* tick          — a short soft blip, each of the last three seconds
* hold-done     — two notes falling (G5, C5): "done, rest"
* session-done  — C5 E5 G5 C6 rising slowly: "well done"

Pure standard library and deterministic: the same bytes on every build.
Mono, 16-bit PCM at 22,050 Hz keeps each file small.
"""

from __future__ import annotations

import io
import math
import struct
import sys
import wave
from collections.abc import Callable
from pathlib import Path

SAMPLE_RATE = 22050
CHIME_PEAK = 0.5  # -6 dBFS
TICK_PEAK = 0.16  # about -16 dBFS
FADE_SECONDS = 0.03
ATTACK_SECONDS = 0.005  # a soft strike: quick enough to ring, too slow to click

# A bell: partials at these multiples of the note, each quieter and shorter-lived.
PARTIALS = ((1.0, 1.0, 1.0), (2.0, 0.42, 0.55), (3.01, 0.2, 0.35), (4.2, 0.1, 0.22))

C5, E5, G5, C6 = 523.25, 659.26, 783.99, 1046.5


def _bell(samples: list[float], start: float, frequency: float, decay: float) -> None:
    """Add one bell note starting at ``start`` seconds, in place."""
    first = int(start * SAMPLE_RATE)
    attack = ATTACK_SECONDS * SAMPLE_RATE
    for n in range(first, len(samples)):
        t = (n - first) / SAMPLE_RATE
        envelope = min(1.0, (n - first) / attack)
        value = 0.0
        for ratio, level, life in PARTIALS:
            wave_ = math.sin(2 * math.pi * frequency * ratio * t)
            value += level * math.exp(-t / (decay * life)) * wave_
        samples[n] += envelope * value


def _finish(samples: list[float], peak: float) -> list[float]:
    """Scale to the peak wanted and fade the tail to exactly zero (no click)."""
    top = max(abs(s) for s in samples) or 1.0
    fade = int(FADE_SECONDS * SAMPLE_RATE)
    out = [s * peak / top for s in samples]
    for i in range(fade):
        out[len(out) - 1 - i] *= i / fade
    return out


def _notes(seconds: float, notes: list[tuple[float, float]], decay: float) -> list[float]:
    samples = [0.0] * int(seconds * SAMPLE_RATE)
    for start, frequency in notes:
        _bell(samples, start, frequency, decay)
    return _finish(samples, CHIME_PEAK)


def hold_start() -> list[float]:
    return _notes(0.9, [(0.0, C5), (0.16, G5)], 0.28)


def switch_sides() -> list[float]:
    return _notes(0.8, [(0.0, E5), (0.22, E5)], 0.22)


def hold_done() -> list[float]:
    return _notes(1.0, [(0.0, G5), (0.2, C5)], 0.32)


def session_done() -> list[float]:
    return _notes(2.0, [(0.0, C5), (0.22, E5), (0.44, G5), (0.66, C6)], 0.45)


def tick() -> list[float]:
    samples = [0.0] * int(0.08 * SAMPLE_RATE)
    attack = 0.003 * SAMPLE_RATE
    for n in range(len(samples)):
        t = n / SAMPLE_RATE
        samples[n] = min(1.0, n / attack) * math.exp(-t / 0.018) * math.sin(2 * math.pi * 1000 * t)
    return _finish(samples, TICK_PEAK)


SOUNDS: dict[str, Callable[[], list[float]]] = {
    "hold-start": hold_start,
    "switch-sides": switch_sides,
    "tick": tick,
    "hold-done": hold_done,
    "session-done": session_done,
}


def render(name: str) -> bytes:
    """The WAV file of one sound, as bytes."""
    samples = SOUNDS[name]()
    frames = struct.pack(f"<{len(samples)}h", *(round(s * 32767) for s in samples))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(frames)
    return buffer.getvalue()


def write_all(directory: Path) -> list[Path]:
    """Write every sound into ``directory``, leaving files that are already right alone."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SOUNDS:
        path = directory / f"{name}.wav"
        data = render(name)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    default = Path(__file__).resolve().parents[2] / "assets" / "sounds"
    directory = Path(argv[0]) if argv else default
    for path in write_all(directory):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
