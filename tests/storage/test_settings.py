"""Every setting survives a restart; a damaged one falls back to its default and is named."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from backspasm_gui.core import i18n
from backspasm_gui.core.reminders import Mode, ReminderPlan
from backspasm_gui.storage.settings import (
    AudioPrefs,
    Prefs,
    RoutinePrefs,
    load_prefs,
    reset_sentence,
    save_prefs,
)


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def store(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_nothing_stored_gives_the_handouts_defaults(ini: Path) -> None:
    prefs, reset = load_prefs(store(ini))
    assert prefs == Prefs()
    assert reset == []
    assert prefs.goal == 3
    assert prefs.reminders.times == (time(10, 30), time(13, 30), time(16, 0))
    assert prefs.reminders.weekdays == frozenset(range(5))
    assert prefs.routine.hold_seconds is None  # the handout's 30 s


def test_every_choice_round_trips_through_the_file(ini: Path) -> None:
    chosen = Prefs(
        routine=RoutinePrefs(
            hold_seconds=45, lead_in=8.0, switch_lead_in=0.0, order=("childs-pose", "cat-cow")
        ),
        audio=AudioPrefs(sound=False, volume=0.35, voice=True, rate=0.2),
        reminders=ReminderPlan(
            enabled=True,
            mode=Mode.INTERVAL,
            times=(time(9, 5), time(15, 0)),
            every_hours=3,
            day_start=time(8, 30),
            day_end=time(18, 0),
            weekdays=frozenset({0, 2, 4, 5}),
        ),
        quiet_when_goal_met=False,
        goal=2,
        theme="dark",
    )
    settings = store(ini)
    save_prefs(settings, chosen)
    settings.sync()
    del settings
    assert load_prefs(store(ini)) == (chosen, [])


def test_going_back_to_the_files_stretches_forgets_the_stored_choice(ini: Path) -> None:
    settings = store(ini)
    save_prefs(settings, Prefs(routine=RoutinePrefs(order=("cat-cow",), hold_seconds=20)))
    save_prefs(settings, Prefs())
    assert not settings.contains("routine/stretches")
    assert load_prefs(settings)[0].routine == RoutinePrefs()


def test_a_single_stretch_or_reminder_time_reads_back_as_a_list(ini: Path) -> None:
    settings = store(ini)
    chosen = Prefs(
        routine=RoutinePrefs(order=("cat-cow",)),
        reminders=ReminderPlan(times=(time(12, 0),)),
    )
    save_prefs(settings, chosen)
    settings.sync()
    assert load_prefs(store(ini))[0] == chosen


def test_damaged_values_fall_back_and_are_named(ini: Path) -> None:
    ini.write_text(
        "[routine]\nholdSeconds=-5\nleadIn=lots\nstretches=Cat Cow!!\n"
        "[reminders]\ntimes=25:00,10:30\nmode=sometimes\neveryHours=0\nweekdays=1,9\n"
        "[progress]\ngoal=40\n[appearance]\ntheme=purple\n"
        "[audio]\nvolume=7\n",
        encoding="utf-8",
    )
    prefs, reset = load_prefs(store(ini))
    assert prefs == Prefs()
    assert sorted(reset) == sorted(
        [
            "volume",
            "hold length",
            "get-ready time",
            "choice of stretches",
            "reminder times",
            "kind of reminders",
            "hours between reminders",
            "reminder days",
            "daily goal",
            "colour theme",
        ]
    )
    assert reset_sentence(["daily goal"]) == (
        "The saved daily goal could not be read, so the default is used again."
    )


def test_the_reset_sentence_names_the_settings_in_the_apps_language() -> None:
    i18n.install(lambda context, text, disambiguation: f"«{text}»")
    try:
        one = reset_sentence(["daily goal"])
        three = reset_sentence(["volume", "daily goal", "working hours"])
    finally:
        i18n.install(None)
    assert one == "«The saved {setting} could not be read, so the default is used again.»".format(
        setting="«daily goal»"
    )
    # The comma between them too: Chinese writes 、 and Arabic ، there.
    assert three.startswith("«The saved «volume»«, »«daily goal» and «working hours» could not")


def test_damaged_values_are_removed_so_the_next_start_is_quiet(ini: Path) -> None:
    ini.write_text("[progress]\ngoal=zero\n", encoding="utf-8")
    load_prefs(store(ini))
    assert load_prefs(store(ini)) == (Prefs(), [])


def test_a_working_day_that_ends_before_it_starts_resets_the_hours(ini: Path) -> None:
    ini.write_text("[reminders]\ndayStart=17:00\ndayEnd=08:00\neveryHours=3\n", encoding="utf-8")
    prefs, reset = load_prefs(store(ini))
    assert reset == ["working hours"]
    assert (prefs.reminders.day_start, prefs.reminders.day_end) == (time(9), time(17))
    assert prefs.reminders.every_hours == 3  # the good value is kept


def test_a_file_that_is_not_ini_at_all_gives_defaults(ini: Path) -> None:
    ini.write_bytes(b"\x00\xff\xfe garbage \x89PNG\r\n\x1a\n" * 50)
    prefs, _reset = load_prefs(store(ini))
    assert prefs == Prefs()
