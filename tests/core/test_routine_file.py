"""The routine file: a file of one's own loads, and every mistake is named precisely."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.routine_file import (
    MAX_BYTES,
    MAX_LINES,
    MAX_STRETCHES,
    load_routine,
    parse_routine,
)
from backspasm_gui.core.toml_fields import MAX_TEXT
from tests.core.fakes import said
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


# --- the caps: a routine of one's own is read as a stranger's file -------------------------


def stretch_named(number: int) -> str:
    return GOOD_STRETCH.replace('"knee-to-chest"', f'"stretch-{number}"')


def test_fifty_stretches_load_and_fifty_one_are_refused(tmp_path: Path) -> None:
    fifty = routine_text("".join(stretch_named(n) for n in range(MAX_STRETCHES)))
    assert len(load_routine(write(tmp_path, fifty)).stretches) == MAX_STRETCHES == 50
    with pytest.raises(ContentError) as caught:
        load_routine(write(tmp_path, fifty + stretch_named(50)))
    assert str(caught.value) == (
        f"{tmp_path / 'mine.toml'}, line 454, stretch 51 ('stretch-50'): "
        "'stretch' has 51 entries; it may have at most 50"
    )


def test_a_text_of_10000_characters_loads_and_one_more_is_refused(tmp_path: Path) -> None:
    def introduced(length: int) -> str:
        return routine_text(head=f'schema = 1\ntitle = "Mine"\nintroduction = "{"a" * length}"\n')

    assert len(load_routine(write(tmp_path, introduced(MAX_TEXT))).introduction) == 10_000
    with pytest.raises(ContentError) as caught:
        load_routine(write(tmp_path, introduced(MAX_TEXT + 1)))
    assert str(caught.value) == (
        f"{tmp_path / 'mine.toml'}, line 3: "
        "'introduction' is 10001 characters long; it may be at most 10000"
    )


def test_an_instruction_of_10001_characters_is_refused_naming_the_stretch(tmp_path: Path) -> None:
    text = routine_text(GOOD_STRETCH.replace("Lie on your back.", "a" * (MAX_TEXT + 1)))
    with pytest.raises(ContentError, match=r"line 9, stretch 1 \('knee-to-chest'\): 'instr"):
        load_routine(write(tmp_path, text))


def test_twenty_instructions_load_and_twenty_one_are_refused(tmp_path: Path) -> None:
    def lines(count: int) -> str:
        told = ", ".join(f'"Step {n}."' for n in range(count))
        return routine_text(GOOD_STRETCH.replace('["Lie on your back."]', f"[{told}]"))

    assert len(load_routine(write(tmp_path, lines(MAX_LINES))).stretches[0].instructions) == 20
    with pytest.raises(ContentError, match=r"line 9, .*'instructions' has 21 entries; it may have"):
        load_routine(write(tmp_path, lines(MAX_LINES + 1)))


def test_a_hold_of_an_hour_loads_and_a_second_more_is_refused(tmp_path: Path) -> None:
    hour = routine_text(GOOD_STRETCH.replace("seconds = 30", "seconds = 3600"))
    assert load_routine(write(tmp_path, hour)).stretches[0].seconds == 3600
    with pytest.raises(ContentError, match=r"line 10, .*between 1 and 3600, got 3601"):
        load_routine(write(tmp_path, hour.replace("3600", "3601")))


def test_a_file_of_one_megabyte_loads_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    text = routine_text() + "#"
    padded = text + "-" * (MAX_BYTES - len(text.encode()))
    assert load_routine(write(tmp_path, padded)).title == "Mine"
    with pytest.raises(ContentError, match=r"the file is 1.1 MB, more than the 1 MB"):
        load_routine(write(tmp_path, padded + "-"))


def test_500_deep_nesting_is_one_sentence_not_a_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "x = " + "[" * 500 + "]" * 500 + "\n")
    with pytest.raises(ContentError) as caught:
        load_routine(path)
    assert str(caught.value).startswith(f"{path}, line 1: the values are nested more than 6")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"this is a folder, not a file$"):
        load_routine(tmp_path)


@settings(max_examples=200, deadline=2000)
@given(st.binary(max_size=3000) | st.text(max_size=3000).map(str.encode))
def test_any_file_gives_a_routine_or_one_sentence(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mine.toml"
        path.write_bytes(data)
        assert "\n" not in said(lambda: load_routine(path))


GOOD_TABLE: dict[str, object] = {
    "id": "knee-to-chest",
    "name": "Knee to Chest",
    "kind": "movement",
    "objective": "Stretch.",
    "instructions": ["Lie on your back."],
    "seconds": 30,
    "sides": ["left", "right"],
    "pace_seconds": 5,
    "pace_words": ["In", "Out"],
}
STRETCH_KEYS = [
    "id",
    "name",
    "objective",
    "instructions",
    "seconds",
    "sides",
    "kind",
    "cue",
    "pace_seconds",
    "pace_words",
    "other",
]


def toml_values() -> st.SearchStrategy[object]:
    scalars = st.booleans() | st.integers() | st.text(max_size=20)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=12,
    )


@settings(max_examples=300, deadline=2000)
@given(
    st.dictionaries(
        st.sampled_from(["schema", "title", "introduction", "stretch", "other"]), toml_values()
    ),
    st.lists(
        st.dictionaries(st.sampled_from(STRETCH_KEYS), toml_values(), max_size=2).map(
            lambda changed: {**GOOD_TABLE, **changed}
        ),
        max_size=3,
    ),
)
def test_any_values_give_a_routine_or_one_sentence(
    top: dict[str, object], stretches: list[dict[str, object]]
) -> None:
    data = {"schema": 1, "title": "Mine", **top}
    if stretches:
        data["stretch"] = stretches
    assert "\n" not in said(lambda: parse_routine(data, source="mine.toml"))
