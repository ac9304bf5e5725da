"""The prescription's file: the published example loads, and every bad file a patient
might be sent is refused in one sentence naming the file and the line, changing nothing."""

from __future__ import annotations

import os
import threading
import time
from datetime import date
from datetime import time as clock_time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.prescription import PrescribedStretch, Prescription, Sides
from backspasm_gui.core.prescription_file import (
    MAX_BYTES,
    load_prescription,
    parse_prescription,
)
from backspasm_gui.core.routine import Routine
from tests.conftest import ROOT
from tests.core.fakes import said

EXAMPLE = ROOT / "docs" / "example.stretches"
IDS = (
    "cat-cow, back-extension, knee-to-chest, lying-trunk-rotation, "
    "seated-hamstring-stretch, gluteal-stretch, childs-pose"
)

HEAD = "schema = 1\nsessions_per_day = 2\n"  # lines 1 and 2
# After HEAD: [[stretch]] on line 4, its id on line 5, its seconds on line 6.
KNEE = '\n[[stretch]]\nid = "knee-to-chest"\nseconds = 20\n'


def prescription_text(*stretches: str, head: str = HEAD) -> str:
    return head + "".join(stretches or (KNEE,))


def write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "sam.stretches"
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def refused(tmp_path: Path, content: str | bytes, library: Routine) -> str:
    """What the loader says of ``content``; the file and the library stay as they were."""
    path = write(tmp_path, content)
    before = path.read_bytes()
    steps = library.steps
    with pytest.raises(ContentError) as caught:
        load_prescription(path, library)
    assert path.read_bytes() == before
    assert library.steps == steps
    message = str(caught.value)
    assert message.startswith(f"{path}")
    assert "\n" not in message
    return message.removeprefix(f"{path}")


def test_the_published_example_loads(routine: Routine) -> None:
    p = load_prescription(EXAMPLE, routine)
    assert p.clinician == "Dr. Ana Ruiz"
    assert p.patient == "Sam Lee"
    assert p.date == date(2026, 3, 14)
    assert p.sessions_per_day == 2
    assert p.reminders == (clock_time(8, 30), clock_time(19, 0))
    assert p.note.startswith("Start gently")
    assert p.stretches[:2] == (
        PrescribedStretch("cat-cow", 60, repetitions=2),
        PrescribedStretch(
            "knee-to-chest", 20, Sides.RIGHT, note="Stop if the pain goes down your leg."
        ),
    )
    assert "gluteal-stretch" not in [s.id for s in p.stretches]


def test_only_what_is_required_loads_with_the_defaults(routine: Routine) -> None:
    p = parse_prescription(prescription_text(), routine)
    assert p == Prescription((PrescribedStretch("knee-to-chest", 20),), sessions_per_day=2)


def test_a_file_from_a_windows_editor_loads(tmp_path: Path, routine: Routine) -> None:
    text = prescription_text(KNEE + 'note = """\nOne.\nTwo."""\n').replace("\n", "\r\n")
    path = write(tmp_path, b"\xef\xbb\xbf" + text.encode())
    assert load_prescription(path, routine).stretches[0].note == "One.\nTwo."


BAD = {
    "a picture renamed": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        ", line 1: the file is not UTF-8 text",
    ),
    "a letter renamed": (
        "Dear Sam,\nhere are your stretches.\n",
        ", line 1: this is not a prescription file, or it is damaged "
        "(Expected '=' after a key in a key/value pair)",
    ),
    "a TOML file of another kind": (
        'title = "My notes"\n',
        ": this is not a prescription file: it does not begin with schema = 1",
    ),
    "a newer schema": (
        prescription_text(head="schema = 2\nsessions_per_day = 2\nvideo = true\n"),
        ", line 1: this prescription is from a newer version of Back Spasm Stretches "
        "(schema 2; this version reads schema 1); update the app to open it",
    ),
    "schema zero": (
        prescription_text(head="schema = 0\nsessions_per_day = 2\n"),
        ", line 1: 'schema' must be 1, got 0",
    ),
    "an unknown stretch": (
        prescription_text(KNEE.replace("knee-to-chest", "pilates-roll-up")),
        f", line 5, stretch 1 ('pilates-roll-up'): there is no stretch 'pilates-roll-up' in "
        f"this app; the stretches are: {IDS}",
    ),
    "a hold of 0": (
        prescription_text(KNEE.replace("seconds = 20", "seconds = 0")),
        ", line 6, stretch 1 ('knee-to-chest'): 'seconds' must be between 5 and 600, got 0",
    ),
    "a hold of 3 hours": (
        prescription_text(KNEE.replace("seconds = 20", "seconds = 10800")),
        ", line 6, stretch 1 ('knee-to-chest'): 'seconds' must be between 5 and 600, got 10800",
    ),
    "a hold as text": (
        prescription_text(KNEE.replace("seconds = 20", 'seconds = "20 s"')),
        ", line 6, stretch 1 ('knee-to-chest'): 'seconds' must be a whole number, got '20 s'",
    ),
    "500 stretches": (
        prescription_text(*[KNEE] * 500),
        ", line 32, stretch 8 ('knee-to-chest'): this prescription has 500 stretches, but "
        "the app has 7 and each may be prescribed once",
    ),
    "the same stretch twice": (
        prescription_text(KNEE, KNEE),
        ", line 9, stretch 2 ('knee-to-chest'): 'knee-to-chest' is prescribed twice; give "
        "each stretch once",
    ),
    "bytes that are not UTF-8 in a note": (
        prescription_text(KNEE).encode() + b'note = "caf\xe9"\n',
        ", line 7: the file is not UTF-8 text",
    ),
    "a side for a stretch done once": (
        prescription_text('\n[[stretch]]\nid = "cat-cow"\nseconds = 30\nsides = "left"\n'),
        ", line 7, stretch 1 ('cat-cow'): 'sides' is only for stretches done on each side, "
        "and Cat Cow is not",
    ),
    "a side that is none": (
        prescription_text(KNEE + 'sides = "middle"\n'),
        ", line 7, stretch 1 ('knee-to-chest'): 'sides' must be \"both\", \"left\" or "
        "\"right\", got 'middle'",
    ),
    "an unknown key": (
        prescription_text(KNEE + "weight_kg = 2\n"),
        ", line 7, stretch 1 ('knee-to-chest'): unknown key 'weight_kg' (allowed: id, note, "
        "repetitions, seconds, sides)",
    ),
    "no sessions a day": (
        prescription_text(head="schema = 1\n"),
        ": the required key 'sessions_per_day' is missing",
    ),
    "no stretches": (
        HEAD + "stretch = []\n",
        ", line 3: the prescription has no stretches; add at least one [[stretch]] table",
    ),
    "reminders out of order": (
        prescription_text(head=HEAD + 'reminders = ["19:00", "08:30"]\n'),
        ", line 3: 'reminders' must be in the order of the day, each time once",
    ),
    "a reminder that is no time": (
        prescription_text(head=HEAD + 'reminders = ["8.30"]\n'),
        ', line 3: \'reminders\' must be a list of times written as ["08:30", "19:00"], '
        "got ['8.30']",
    ),
    "a date with a time": (
        prescription_text(head=HEAD + "date = 2026-03-14T10:00:00\n"),
        ", line 3: 'date' must be a day written as 2026-03-14, got "
        "datetime.datetime(2026, 3, 14, 10, 0)",
    ),
    "a name on two lines": (
        prescription_text(head=HEAD + 'patient = "Sam\\nLee"\n'),
        ", line 3: 'patient' must be one line",
    ),
    "a terminal escape in a note": (
        prescription_text(head=HEAD + 'note = "\\u001b[2J gone"\n'),
        ", line 3: 'note' holds a control character (U+001B), which text never needs",
    ),
}


@pytest.mark.parametrize(("content", "said"), BAD.values(), ids=BAD.keys())
def test_a_bad_file_is_one_sentence_naming_the_line(
    tmp_path: Path, routine: Routine, content: str | bytes, said: str
) -> None:
    assert refused(tmp_path, content, routine) == said


def test_a_50_megabyte_file_is_refused_at_once(tmp_path: Path, routine: Routine) -> None:
    path = tmp_path / "big.stretches"
    with path.open("wb") as file:
        file.truncate(50 * 1024 * 1024)  # sparse: made at once
    began = time.perf_counter()
    with pytest.raises(ContentError) as caught:
        load_prescription(path, routine)
    assert time.perf_counter() - began < 0.1
    assert str(caught.value) == f"{path}: the file is 50 MB, more than the 64 KB such a file may be"


def test_500_deep_nesting_is_one_sentence(tmp_path: Path, routine: Routine) -> None:
    text = HEAD + "note = " + "[" * 500 + "]" * 500 + "\n"
    assert refused(tmp_path, text, routine) == (
        ", line 3: the values are nested more than 6 levels deep, which no file of ours needs"
    )


def test_a_folder_is_refused(tmp_path: Path, routine: Routine) -> None:
    folder = tmp_path / "sam.stretches"
    folder.mkdir()
    with pytest.raises(ContentError, match=r"sam\.stretches: this is a folder, not a file$"):
        load_prescription(folder, routine)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once(tmp_path: Path, routine: Routine) -> None:
    fifo = tmp_path / "sam.stretches"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def load() -> None:
        try:
            load_prescription(fifo, routine)
        except BaseException as exc:
            outcome.append(exc)

    loader = threading.Thread(target=load, daemon=True)
    loader.start()
    loader.join(timeout=5)
    if loader.is_alive():
        with open(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK), "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert [type(exc) for exc in outcome] == [ContentError]
    assert "not an ordinary file" in str(outcome[0])


# --- each cap at the cap and one past it --------------------------------------------------


def test_a_file_of_64_kb_loads_and_one_byte_more_is_refused(
    tmp_path: Path, routine: Routine
) -> None:
    text = prescription_text() + "#"
    padded = text + "-" * (MAX_BYTES - len(text))
    assert load_prescription(write(tmp_path, padded), routine).sessions_per_day == 2
    assert refused(tmp_path, padded + "-", routine) == (
        ": the file is 65 KB, more than the 64 KB such a file may be"
    )


def test_all_seven_stretches_load_and_an_eighth_is_refused(routine: Routine) -> None:
    every = [f'\n[[stretch]]\nid = "{s.id}"\nseconds = 30\n' for s in routine.stretches]
    assert len(parse_prescription(prescription_text(*every), routine).stretches) == 7
    with pytest.raises(ContentError, match="has 8 stretches, but the app has 7"):
        parse_prescription(prescription_text(*every, KNEE), routine)


@pytest.mark.parametrize(
    ("key", "at_cap", "past", "most"),
    [
        ("seconds", 5, 4, "between 5 and 600, got 4"),
        ("seconds", 600, 601, "between 5 and 600, got 601"),
        ("repetitions", 5, 6, "between 1 and 5, got 6"),
        ("repetitions", 1, 0, "between 1 and 5, got 0"),
    ],
)
def test_a_stretch_number_at_its_cap_loads_and_one_past_is_refused(
    routine: Routine, key: str, at_cap: int, past: int, most: str
) -> None:
    def text(value: int) -> str:
        numbers = {"seconds": 20, "repetitions": 1, key: value}
        return prescription_text(
            f'\n[[stretch]]\nid = "knee-to-chest"\nseconds = {numbers["seconds"]}\n'
            f"repetitions = {numbers['repetitions']}\n"
        )

    stretch = parse_prescription(text(at_cap), routine).stretches[0]
    assert getattr(stretch, key) == at_cap
    with pytest.raises(ContentError, match=f"'{key}' must be {most}$"):
        parse_prescription(text(past), routine)


def test_six_sessions_a_day_load_and_seven_are_refused(routine: Routine) -> None:
    six = prescription_text(head="schema = 1\nsessions_per_day = 6\n")
    assert parse_prescription(six, routine).sessions_per_day == 6
    with pytest.raises(ContentError, match="line 2: 'sessions_per_day' must be between 1 and 6"):
        parse_prescription(six.replace("= 6", "= 7"), routine)


def test_six_reminders_load_and_seven_are_refused(routine: Routine) -> None:
    times = [f'"{hour:02d}:00"' for hour in range(8, 15)]
    six = prescription_text(head=HEAD + f"reminders = [{', '.join(times[:6])}]\n")
    assert len(parse_prescription(six, routine).reminders) == 6
    seven = prescription_text(head=HEAD + f"reminders = [{', '.join(times)}]\n")
    with pytest.raises(ContentError, match="line 3: 'reminders' has 7 entries; it may have at"):
        parse_prescription(seven, routine)


@pytest.mark.parametrize(("key", "most"), [("clinician", 200), ("patient", 200), ("note", 1500)])
def test_a_text_at_its_cap_loads_and_one_character_more_is_refused(
    routine: Routine, key: str, most: int
) -> None:
    at_cap = prescription_text(head=HEAD + f'{key} = "{"é" * most}"\n')
    assert getattr(parse_prescription(at_cap, routine), key) == "é" * most
    with pytest.raises(
        ContentError,
        match=f"line 3: '{key}' is {most + 1} characters long; it may be at most {most}$",
    ):
        parse_prescription(at_cap.replace("é", "éé", 1), routine)


def test_a_stretch_note_at_its_cap_loads_and_one_character_more_is_refused(
    routine: Routine,
) -> None:
    at_cap = prescription_text(KNEE + f'note = "{"a" * 1500}"\n')
    assert len(parse_prescription(at_cap, routine).stretches[0].note) == 1500
    with pytest.raises(ContentError, match=r"line 7, stretch 1 \('knee-to-chest'\): 'note' is"):
        parse_prescription(at_cap.replace('"a', '"aa', 1), routine)


def values() -> st.SearchStrategy[str]:
    """A TOML value of any kind, as text."""
    return st.sampled_from(
        [
            "0", "4", "5", "600", "601", "-1", "1.5", "true", '""', '"both"', '"left"',
            '"cat-cow"', '"knee-to-chest"', '"08:30"', '["08:30", "07:00"]', '["25:00"]',
            "2026-03-14", "2026-03-14T10:00:00", "10:00:00", "[]", "[[1]]", "{a = 1}",
            '"\\u0007"', '"x\\ny"', '"""\nlines\n"""',
        ]
    )  # fmt: skip


KEYS = ["schema", "clinician", "patient", "date", "sessions_per_day", "reminders", "note"]
STRETCH_KEYS = ["id", "seconds", "sides", "repetitions", "note", "other"]


@settings(max_examples=300, deadline=2000)
@given(
    st.dictionaries(st.sampled_from(KEYS), values(), max_size=4),
    st.lists(st.dictionaries(st.sampled_from(STRETCH_KEYS), values(), max_size=4), max_size=3),
)
def test_any_values_give_a_prescription_or_one_sentence(
    routine: Routine, top: dict[str, str], stretches: list[dict[str, str]]
) -> None:
    head = {"schema": "1", "sessions_per_day": "2", **top}
    text = "".join(f"{key} = {value}\n" for key, value in head.items())
    for table in stretches:
        given = {"id": '"cat-cow"', "seconds": "30", **table}
        text += "\n[[stretch]]\n" + "".join(f"{k} = {v}\n" for k, v in given.items())
    assert "\n" not in said(lambda: parse_prescription(text, routine, source="sam.stretches"))


@settings(max_examples=200, deadline=2000)
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(str.encode))
def test_any_bytes_give_a_prescription_or_one_sentence(routine: Routine, data: bytes) -> None:
    assert "\n" not in said(
        lambda: parse_prescription(data.decode("utf-8", "replace"), routine, source="f")
    )
