"""The routine file: read, checked once, and made into a :class:`Routine`.

The schema is documented in ``assets/routine.toml``. Every mistake is refused with
a ContentError that names the file, the stretch and the line, so a person editing
their own routine finds it; what loads is valid, and the rest of the program never
re-checks it.

A routine may come from anyone (``--routine FILE``), so it is read by the hardened
reader (``core/untrusted.py``) and kept to what a real routine needs: at most
:data:`MAX_BYTES`, :data:`MAX_STRETCHES` stretches, :data:`MAX_LINES` instructions
or pace words to a stretch, ``toml_fields.MAX_TEXT`` characters to a text and
``MAX_SECONDS`` to a hold.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import MAX_SECONDS, Kind, Pace, Routine, Side, Stretch
from backspasm_gui.core.toml_fields import (
    Locator,
    check_count,
    check_keys,
    check_length,
    shown,
    whole_number,
)
from backspasm_gui.core.toml_fields import text as _text
from backspasm_gui.core.untrusted import read_toml, toml_error

__all__ = ["MAX_BYTES", "MAX_LINES", "MAX_STRETCHES", "load_routine", "parse_routine", "toml_error"]

SCHEMA_VERSION = 1
# The handout's file is 5 KB; fifty stretches with long instructions stay under 200 KB.
MAX_BYTES = 1024 * 1024
# The handout has seven stretches; a full session of fifty is already over an hour.
MAX_STRETCHES = 50
# The handout's longest stretch has three sentences, its movement two pace words.
MAX_LINES = 20
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def load_routine(path: Path) -> Routine:
    """Read and validate a routine file; ContentError says what is wrong and where."""
    data, text = read_toml(path, max_bytes=MAX_BYTES)
    return parse_routine(data, source=str(path), text=text)


def parse_routine(data: Mapping[str, Any], *, source: str, text: str = "") -> Routine:
    where = Locator(source, text)
    check_keys(data, {"schema", "title", "introduction", "stretch"}, {"schema", "title"}, where)
    schema = data["schema"]
    if type(schema) is not int or schema != SCHEMA_VERSION:
        raise where.error(
            #: Keep quoted words and braces ('{key}', "{hold}", {table}) as they are:
            #: they are the routine file's syntax.
            translate("Routine", "'{key}' must be {version}, got {value}").format(
                key="schema", version=SCHEMA_VERSION, value=shown(schema)
            ),
            key="schema",
        )
    title = _text(data, "title", where)
    introduction = _text(data, "introduction", where) if "introduction" in data else ""
    tables = data.get("stretch", [])
    if not isinstance(tables, list) or not tables:
        raise where.error(
            translate(
                "Routine", "the routine has no stretches; add at least one {table} table"
            ).format(table="[[stretch]]")
        )
    if len(tables) > MAX_STRETCHES:  # said at the first stretch too many
        first_extra = where.in_stretch(MAX_STRETCHES + 1, tables[MAX_STRETCHES])
        check_count(tables, "stretch", first_extra, MAX_STRETCHES)
    stretches: list[Stretch] = []
    seen: set[str] = set()
    for number, table in enumerate(tables, start=1):
        here = where.in_stretch(number, table)
        if not isinstance(table, dict):
            raise here.error(
                translate("Routine", "each stretch must be a {table} table").format(
                    table="[[stretch]]"
                )
            )
        stretch = _parse_stretch(table, here)
        if stretch.id in seen:
            raise here.error(
                translate("Routine", "the id '{id}' is used twice; ids must be unique").format(
                    id=stretch.id
                ),
                key="id",
            )
        seen.add(stretch.id)
        stretches.append(stretch)
    return Routine.of(tuple(stretches), title=title, introduction=introduction, source=source)


_STRETCH_KEYS = {
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
}
_OPTIONAL_KEYS = {"sides", "cue", "pace_seconds", "pace_words"}


def _parse_stretch(table: Mapping[str, Any], where: Locator) -> Stretch:
    check_keys(table, _STRETCH_KEYS, _STRETCH_KEYS - _OPTIONAL_KEYS, where)
    stretch_id = _text(table, "id", where)
    if not _ID_PATTERN.match(stretch_id):
        raise where.error(
            translate(
                "Routine", "'{key}' must be lowercase letters, digits and dashes, got {value}"
            ).format(key="id", value=shown(stretch_id)),
            key="id",
        )
    instructions = table["instructions"]
    if (
        not isinstance(instructions, list)
        or not instructions
        or not all(isinstance(line, str) and line.strip() for line in instructions)
    ):
        raise where.error(
            translate("Routine", "'{key}' must be a list of one or more sentences").format(
                key="instructions"
            ),
            key="instructions",
        )
    _check_lines(instructions, "instructions", where)
    seconds = whole_number(table, "seconds", where, 1, MAX_SECONDS)
    kind_value = table["kind"]
    try:
        kind = Kind(kind_value)
    except ValueError:
        raise where.error(
            translate("Routine", '\'{key}\' must be "{hold}" or "{movement}", got {value}').format(
                key="kind",
                hold=Kind.HOLD.value,
                movement=Kind.MOVEMENT.value,
                value=shown(kind_value),
            ),
            key="kind",
        ) from None
    lines = tuple(line.strip() for line in instructions)
    return Stretch(
        id=stretch_id,
        name=_text(table, "name", where),
        objective=_text(table, "objective", where),
        instructions=lines,
        seconds=seconds,
        sides=_sides(table.get("sides", []), where),
        kind=kind,
        cue=_cue(table, lines, where),
        pace=_pace(table, kind, seconds, where),
    )


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w']+", " ", text.casefold()).split())


def _check_lines(lines: list[str], key: str, where: Locator) -> None:
    check_count(lines, key, where, MAX_LINES)
    for line in lines:
        check_length(line, key, where)


def _cue(table: Mapping[str, Any], instructions: tuple[str, ...], where: Locator) -> str:
    """The spoken cue: the first instruction, or words taken from the instructions."""
    if "cue" not in table:
        return instructions[0]
    cue = _text(table, "cue", where)
    if _words(cue) not in _words(" ".join(instructions)):
        raise where.error(
            translate(
                "Routine", "'{key}' must be words taken from the instructions, got {value}"
            ).format(key="cue", value=shown(cue)),
            key="cue",
        )
    return cue


def _pace(table: Mapping[str, Any], kind: Kind, seconds: int, where: Locator) -> Pace | None:
    given = {"pace_seconds", "pace_words"} & set(table)
    if not given:
        return None
    if kind is not Kind.MOVEMENT:
        raise where.error(
            translate("Routine", "'{key}' is only for stretches of kind \"{movement}\"").format(
                key=min(given), movement=Kind.MOVEMENT.value
            ),
            key=min(given),
        )
    if len(given) == 1:
        missing = ({"pace_seconds", "pace_words"} - given).pop()
        raise where.error(
            translate("Routine", "'{key}' needs '{other}' as well").format(
                key=min(given), other=missing
            ),
            key=min(given),
        )
    pace_seconds = table["pace_seconds"]
    if type(pace_seconds) is not int or not 1 <= pace_seconds <= seconds:
        raise where.error(
            translate(
                "Routine", "'{key}' must be a whole number from 1 to {most}, got {value}"
            ).format(key="pace_seconds", most=seconds, value=shown(pace_seconds)),
            key="pace_seconds",
        )
    words = table["pace_words"]
    if (
        not isinstance(words, list)
        or not words
        or not all(isinstance(word, str) and word.strip() for word in words)
    ):
        raise where.error(
            translate("Routine", "'{key}' must be a list of one or more words, got {value}").format(
                key="pace_words", value=shown(words)
            ),
            key="pace_words",
        )
    _check_lines(words, "pace_words", where)
    return Pace(pace_seconds, tuple(word.strip() for word in words))


_SIDE_VALUES = tuple(side.value for side in Side)


def _sides(value: object, where: Locator) -> tuple[Side, ...]:
    if isinstance(value, list) and all(item in _SIDE_VALUES for item in value):
        sides = tuple(Side(item) for item in value)
        if len(set(sides)) == len(sides):
            return sides
    raise where.error(
        translate(
            "Routine",
            '\'{key}\' must be a list of "{left}" and "{right}", each at most once, got {value}',
        ).format(key="sides", left=Side.LEFT.value, right=Side.RIGHT.value, value=shown(value)),
        key="sides",
    )
