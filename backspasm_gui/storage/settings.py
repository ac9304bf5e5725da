"""The sound and voice choices, remembered with QSettings.

A stored value that is missing takes its default silently; one that is there
but unreadable or out of range takes its default too, and its name is returned
so the app can say which setting it reset.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSettings


@dataclass(frozen=True, slots=True)
class AudioPrefs:
    sound: bool = True  # chimes on
    volume: float = 0.8  # 0–1, chimes and voice
    voice: bool = True  # spoken guidance on
    rate: float = -0.1  # speaking rate, -1 (slow) to 1 (fast); a little slower than normal


_BOOLS = {"true": True, "1": True, "false": False, "0": False}


def _bool(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    return _BOOLS.get(str(value).strip().lower())


def _number(value: object, low: float, high: float) -> float | None:
    try:
        number = float(str(value))
    except ValueError:
        return None
    return number if low <= number <= high else None


def _volume(value: object) -> float | None:
    return _number(value, 0.0, 1.0)


def _rate(value: object) -> float | None:
    return _number(value, -1.0, 1.0)


_LABELS = {
    "sound": "chimes on or off",
    "volume": "volume",
    "voice": "spoken guidance on or off",
    "rate": "speaking rate",
}


def load_audio(settings: QSettings) -> tuple[AudioPrefs, list[str]]:
    """The stored choices, and the human names of any that were unusable and reset."""
    defaults = AudioPrefs()
    reset: list[str] = []
    values: dict[str, bool | float] = {}
    readers: dict[str, Callable[[object], bool | float | None]] = {
        "sound": _bool,
        "volume": _volume,
        "voice": _bool,
        "rate": _rate,
    }
    for name, read in readers.items():
        key = f"audio/{name}"
        if not settings.contains(key):
            continue
        value = read(settings.value(key))
        if value is None:
            reset.append(_LABELS[name])
            settings.remove(key)
        else:
            values[name] = value
    prefs = AudioPrefs(
        sound=bool(values.get("sound", defaults.sound)),
        volume=float(values.get("volume", defaults.volume)),
        voice=bool(values.get("voice", defaults.voice)),
        rate=float(values.get("rate", defaults.rate)),
    )
    return prefs, reset


def save_audio(settings: QSettings, prefs: AudioPrefs) -> None:
    settings.setValue("audio/sound", prefs.sound)
    settings.setValue("audio/volume", round(prefs.volume, 3))
    settings.setValue("audio/voice", prefs.voice)
    settings.setValue("audio/rate", round(prefs.rate, 3))
    settings.sync()


def reset_sentence(names: list[str]) -> str:
    if not names:
        return ""
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"The saved {listed} could not be read, so the default is used again."
