"""Every choice the person makes, remembered with QSettings.

A stored value that is missing takes its default silently; one that is there
but unreadable or out of range takes its default too, is removed, and its
human name is returned (in English) so the app can say which setting it reset:
:func:`reset_sentence` says so in the app's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import time
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from backspasm_gui.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.reminders import Mode, ReminderPlan

THEMES = ("system", "light", "dark")
COMPACT_KEY = "window/compact"  # the compact panel instead of the window
MAX_LEAD_IN = 30.0
HOLD_RANGE = (10, 120)  # seconds a hold may be set to; the handout says 30
GOAL_RANGE = (1, 6)  # sessions a day; the handout says 2-3
ZOOM_KEY = "appearance/zoom"
GEOMETRY_KEY = "window/geometry"
LANGUAGE_KEY = "appearance/language"
ZOOM_RANGE = (0.75, 2.0)  # the text size, times the size the window gives it


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


# The names a person knows the settings by; reset_sentence() translates them.
_LABELS = {
    "sound": QT_TRANSLATE_NOOP("Settings", "chimes on or off"),
    "volume": QT_TRANSLATE_NOOP("Settings", "volume"),
    "voice": QT_TRANSLATE_NOOP("Settings", "spoken guidance on or off"),
    "rate": QT_TRANSLATE_NOOP("Settings", "speaking rate"),
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


@dataclass(frozen=True, slots=True)
class RoutinePrefs:
    hold_seconds: int | None = None  # None: as the routine file says (the handout: 30)
    lead_in: float = 5.0  # before each new stretch
    switch_lead_in: float = 3.0  # between the two sides
    order: tuple[str, ...] | None = None  # stretch ids to do, in order; None: all, as listed


@dataclass(frozen=True, slots=True)
class Prefs:
    routine: RoutinePrefs = field(default_factory=RoutinePrefs)
    audio: AudioPrefs = field(default_factory=AudioPrefs)
    reminders: ReminderPlan = field(default_factory=ReminderPlan)
    quiet_when_goal_met: bool = True  # no reminder once today's goal is met
    goal: int = 3  # sessions a day
    theme: str = "system"
    language: str = "system"  # "system" or a code of core.i18n.LANGUAGES; used from the next start
    # The text size is read (load_zoom) and written (save_zoom) by the zoom keys alone;
    # load_prefs only checks it, to say so if it had to be reset.

    @property
    def rest_days(self) -> frozenset[int]:
        """Days off that do not break a streak: those without reminders (weekends by default)."""
        return frozenset(range(7)) - self.reminders.weekdays


def _int(low: int, high: int) -> Callable[[object], int | None]:
    def read(value: object) -> int | None:
        try:
            number = int(str(value).strip())
        except ValueError:
            return None
        return number if low <= number <= high else None

    return read


def _seconds(value: object) -> float | None:
    return _number(value, 0.0, MAX_LEAD_IN)


def _clock_time(text: str) -> time | None:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text)
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    return time(hours, minutes) if hours < 24 and minutes < 60 else None


def _time(value: object) -> time | None:
    return _clock_time(str(value))


def _texts(value: object) -> list[str]:
    """A list as QSettings may give it back: a list, one string, or comma-joined text."""
    items = value if isinstance(value, list) else str(value).split(",")
    return [str(item).strip() for item in items if str(item).strip()]


def _times(value: object) -> tuple[time, ...] | None:
    parsed = [_clock_time(text) for text in _texts(value)]
    if not parsed or any(t is None for t in parsed) or len(parsed) > 8:
        return None
    return tuple(sorted({t for t in parsed if t is not None}))


def _weekdays(value: object) -> frozenset[int] | None:
    try:
        days = frozenset(int(text) for text in _texts(value))
    except ValueError:
        return None
    return days if days <= set(range(7)) else None


def _ids(value: object) -> tuple[str, ...] | None:
    ids = _texts(value)
    if not ids or len(set(ids)) != len(ids) or not all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids):
        return None
    return tuple(ids)


def _mode(value: object) -> Mode | None:
    try:
        return Mode(str(value))
    except ValueError:
        return None


def _theme(value: object) -> str | None:
    text = str(value)
    return text if text in THEMES else None


def _language(value: object) -> str | None:
    text = str(value)
    return text if text == "system" or text in LANGUAGES else None


def load_language(settings: QSettings) -> str:
    """The chosen language, quietly "system" where it is missing or unusable
    (load_prefs is the one that reports and removes an unusable one)."""
    return _language(settings.value(LANGUAGE_KEY, "system")) or "system"


def _zoom(value: object) -> float | None:
    return _number(value, *ZOOM_RANGE)


def load_zoom(settings: QSettings) -> float:
    """The stored text size, quietly 1.0 where it is missing or unusable
    (load_prefs is the one that reports and removes an unusable one)."""
    if not settings.contains(ZOOM_KEY):
        return 1.0
    zoom = _zoom(settings.value(ZOOM_KEY))
    return 1.0 if zoom is None else zoom


def save_zoom(settings: QSettings, zoom: float) -> None:
    settings.setValue(ZOOM_KEY, round(zoom, 3))
    settings.sync()


def load_geometry(settings: QSettings) -> QByteArray | None:
    """The main window's place and size as it was last closed (QWidget.saveGeometry);
    None where none is stored or it is not Qt's (restoreGeometry refuses a bad one)."""
    value = settings.value(GEOMETRY_KEY)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_geometry(settings: QSettings, geometry: QByteArray) -> None:
    settings.setValue(GEOMETRY_KEY, geometry)
    settings.sync()


# key: (reader, the name a person knows it by)
_READERS: dict[str, tuple[Callable[[object], Any], str]] = {
    "routine/holdSeconds": (_int(*HOLD_RANGE), QT_TRANSLATE_NOOP("Settings", "hold length")),
    "routine/leadIn": (_seconds, QT_TRANSLATE_NOOP("Settings", "get-ready time")),
    "routine/switchLeadIn": (_seconds, QT_TRANSLATE_NOOP("Settings", "switch-sides time")),
    "routine/stretches": (_ids, QT_TRANSLATE_NOOP("Settings", "choice of stretches")),
    "reminders/enabled": (_bool, QT_TRANSLATE_NOOP("Settings", "reminders on or off")),
    "reminders/mode": (_mode, QT_TRANSLATE_NOOP("Settings", "kind of reminders")),
    "reminders/times": (_times, QT_TRANSLATE_NOOP("Settings", "reminder times")),
    "reminders/everyHours": (_int(1, 8), QT_TRANSLATE_NOOP("Settings", "hours between reminders")),
    "reminders/dayStart": (_time, QT_TRANSLATE_NOOP("Settings", "start of the working day")),
    "reminders/dayEnd": (_time, QT_TRANSLATE_NOOP("Settings", "end of the working day")),
    "reminders/weekdays": (_weekdays, QT_TRANSLATE_NOOP("Settings", "reminder days")),
    "reminders/quietWhenGoalMet": (
        _bool,
        QT_TRANSLATE_NOOP("Settings", "quiet once the goal is met"),
    ),
    "progress/goal": (_int(*GOAL_RANGE), QT_TRANSLATE_NOOP("Settings", "daily goal")),
    "appearance/theme": (_theme, QT_TRANSLATE_NOOP("Settings", "colour theme")),
    LANGUAGE_KEY: (_language, QT_TRANSLATE_NOOP("Settings", "language")),
    ZOOM_KEY: (_zoom, QT_TRANSLATE_NOOP("Settings", "text size")),
}
WORKING_HOURS = QT_TRANSLATE_NOOP("Settings", "working hours")


_PLAN_FIELDS = {
    "reminders/enabled": "enabled",
    "reminders/mode": "mode",
    "reminders/times": "times",
    "reminders/everyHours": "every_hours",
    "reminders/dayStart": "day_start",
    "reminders/dayEnd": "day_end",
    "reminders/weekdays": "weekdays",
}


def load_prefs(settings: QSettings) -> tuple[Prefs, list[str]]:
    """Every stored choice, and the human names of any that were unusable and reset."""
    audio, reset = load_audio(settings)
    values: dict[str, Any] = {}
    for key, (read, label) in _READERS.items():
        if not settings.contains(key):
            continue
        value = read(settings.value(key))
        if value is None:
            reset.append(label)
            settings.remove(key)
        else:
            values[key] = value
    defaults = Prefs()
    routine = RoutinePrefs(
        hold_seconds=values.get("routine/holdSeconds"),
        lead_in=values.get("routine/leadIn", defaults.routine.lead_in),
        switch_lead_in=values.get("routine/switchLeadIn", defaults.routine.switch_lead_in),
        order=values.get("routine/stretches"),
    )
    plan_values = {name: values[key] for key, name in _PLAN_FIELDS.items() if key in values}
    try:
        plan = ReminderPlan(**plan_values)
    except ValueError:  # each value was fine, together they are not (a day ending at 8:00)
        reset.append(WORKING_HOURS)
        for key in ("reminders/dayStart", "reminders/dayEnd"):
            settings.remove(key)
            plan_values.pop(_PLAN_FIELDS[key], None)
        plan = ReminderPlan(**plan_values)
    prefs = Prefs(
        routine=routine,
        audio=audio,
        reminders=plan,
        quiet_when_goal_met=values.get("reminders/quietWhenGoalMet", True),
        goal=values.get("progress/goal", defaults.goal),
        theme=values.get("appearance/theme", defaults.theme),
        language=values.get(LANGUAGE_KEY, defaults.language),
    )
    return prefs, reset


def _hhmm(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def _joined(items: Iterable[object]) -> str:
    return ",".join(str(item) for item in items)


def save_prefs(settings: QSettings, prefs: Prefs) -> None:
    routine, plan = prefs.routine, prefs.reminders
    stored: dict[str, object | None] = {
        "routine/holdSeconds": routine.hold_seconds,
        "routine/leadIn": routine.lead_in,
        "routine/switchLeadIn": routine.switch_lead_in,
        "routine/stretches": None if routine.order is None else _joined(routine.order),
        "reminders/enabled": plan.enabled,
        "reminders/mode": plan.mode.value,
        "reminders/times": _joined(_hhmm(t) for t in plan.times),
        "reminders/everyHours": plan.every_hours,
        "reminders/dayStart": _hhmm(plan.day_start),
        "reminders/dayEnd": _hhmm(plan.day_end),
        "reminders/weekdays": _joined(sorted(plan.weekdays)),
        "reminders/quietWhenGoalMet": prefs.quiet_when_goal_met,
        "progress/goal": prefs.goal,
        "appearance/theme": prefs.theme,
        LANGUAGE_KEY: prefs.language,
    }
    for key, value in stored.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)
    save_audio(settings, prefs.audio)


def reset_sentence(names: list[str]) -> str:
    """One sentence, in the app's language, naming the settings (as load_prefs and
    load_audio return them) that were reset; "" for none."""
    if not names:
        return ""
    said = [translate("Settings", name) for name in names]
    if len(said) == 1:
        text = translate(
            "Settings", "The saved {setting} could not be read, so the default is used again."
        )
        return text.format(setting=said[0])
    #: {settings} is a list of settings' names joined by commas; {last} the last name.
    text = translate(
        "Settings",
        "The saved {settings} and {last} could not be read, so the default is used again.",
    )
    #: Between the names of a list ("hold length, get-ready time"): Chinese 、 Arabic ،
    comma = translate("Settings", ", ", "between the names in a list")
    return text.format(settings=comma.join(said[:-1]), last=said[-1])
