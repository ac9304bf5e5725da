"""The routine file: a file of one's own loads, and every mistake is named precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.routine_file import load_routine
from tests.samples import STRETCH as GOOD_STRETCH
from tests.samples import routine_text


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "mine.toml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_of_ones_own_loads(tmp_path: Path) -> None:
    routine = load_routine(write(tmp_path, routine_text()))
    assert routine.title == "Mine"
    assert [step.title for step in routine.steps] == [
        "Knee to Chest, left side",
        "Knee to Chest, right side",
    ]


BAD = [
    (
        "syntax",
        routine_text(GOOD_STRETCH.replace("seconds = 30", "seconds 30")),
        "line 10",
        "not valid TOML",
    ),
    (
        "missing field",
        routine_text(GOOD_STRETCH.replace('name = "Knee to Chest"\n', "")),
        "stretch 1 ('knee-to-chest')",
        "the required key 'name' is missing",
    ),
    (
        "wrong type",
        routine_text(GOOD_STRETCH.replace("seconds = 30", 'seconds = "30"')),
        "line 10",
        "'seconds' must be a whole number, got '30'",
    ),
    (
        "zero seconds",
        routine_text(GOOD_STRETCH.replace("seconds = 30", "seconds = 0")),
        "line 10",
        "'seconds' must be between 1 and 3600, got 0",
    ),
    (
        "negative seconds",
        routine_text(GOOD_STRETCH.replace("seconds = 30", "seconds = -5")),
        "line 10",
        "got -5",
    ),
    (
        "fractional seconds",
        routine_text(GOOD_STRETCH.replace("seconds = 30", "seconds = 30.5")),
        "line 10",
        "whole number",
    ),
    (
        "unknown key in a stretch",
        routine_text(GOOD_STRETCH + 'colour = "red"\n'),
        "line 12",
        "unknown key 'colour'",
    ),
    (
        "unknown top-level key",
        routine_text(head='schema = 1\ntitle = "M"\nauthor = "me"\n'),
        "line 3",
        "unknown key 'author'",
    ),
    ("empty routine", routine_text(stretch=""), "mine.toml", "no stretches"),
    ("empty stretch list", routine_text(stretch="stretch = []\n"), "mine.toml", "no stretches"),
    ("duplicate id", routine_text(GOOD_STRETCH + GOOD_STRETCH), "line 14, stretch 2", "used twice"),
    (
        "bad id",
        routine_text(GOOD_STRETCH.replace('"knee-to-chest"', '"Knee To Chest"')),
        "line 5",
        "'id' must be lowercase",
    ),
    (
        "bad kind",
        routine_text(GOOD_STRETCH.replace('kind = "hold"', 'kind = "wiggle"')),
        "line 7",
        '\'kind\' must be "hold" or "movement"',
    ),
    (
        "bad side",
        routine_text(GOOD_STRETCH.replace('["left", "right"]', '["up"]')),
        "line 11",
        "'sides'",
    ),
    (
        "repeated side",
        routine_text(GOOD_STRETCH.replace('["left", "right"]', '["left", "left"]')),
        "line 11",
        "at most once",
    ),
    (
        "sides not a list",
        routine_text(GOOD_STRETCH.replace('["left", "right"]', '"both"')),
        "line 11",
        "'sides'",
    ),
    (
        "no instructions",
        routine_text(GOOD_STRETCH.replace('["Lie on your back."]', "[]")),
        "line 9",
        "'instructions'",
    ),
    (
        "cue not from the instructions",
        routine_text(GOOD_STRETCH + 'cue = "Jump up and down"\n'),
        "line 12",
        "'cue' must be words taken from the instructions",
    ),
    (
        "pace on a still hold",
        routine_text(GOOD_STRETCH + 'pace_seconds = 5\npace_words = ["In", "Out"]\n'),
        "line 12",
        'only for stretches of kind "movement"',
    ),
    (
        "pace without words",
        routine_text(
            GOOD_STRETCH.replace('kind = "hold"', 'kind = "movement"') + "pace_seconds = 5\n"
        ),
        "line 12",
        "'pace_seconds' needs 'pace_words' as well",
    ),
    (
        "pace longer than the hold",
        routine_text(
            GOOD_STRETCH.replace('kind = "hold"', 'kind = "movement"')
            + 'pace_seconds = 31\npace_words = ["In", "Out"]\n'
        ),
        "line 12",
        "'pace_seconds' must be a whole number from 1 to 30, got 31",
    ),
    (
        "wrong schema",
        routine_text(head='schema = 2\ntitle = "M"\n'),
        "line 1",
        "'schema' must be 1",
    ),
]


@pytest.mark.parametrize(("text", "where", "what"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_a_bad_file_is_refused_naming_file_place_and_problem(
    tmp_path: Path, text: str, where: str, what: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ContentError) as caught:
        load_routine(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert where in message
    assert what in message
    assert "\n" not in message


def test_the_spoken_cue_defaults_to_the_first_instruction(tmp_path: Path) -> None:
    routine = load_routine(write(tmp_path, routine_text()))
    assert routine.stretches[0].cue == "Lie on your back."


def test_a_cue_may_take_words_from_the_instructions_in_any_case(tmp_path: Path) -> None:
    text = routine_text(GOOD_STRETCH + 'cue = "lie on your back"\n')
    assert load_routine(write(tmp_path, text)).stretches[0].cue == "lie on your back"


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="does not exist"):
        load_routine(tmp_path / "nowhere.toml")


def test_a_file_that_is_not_utf8_says_so(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="not UTF-8"):
        load_routine(write(tmp_path, b'schema = 1\ntitle = "caf\xe9"\n'))
