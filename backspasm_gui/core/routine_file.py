"""The routine file: read, checked once, and made into a :class:`Routine`.

The schema is documented in ``assets/routine.toml``. Every mistake is refused with
a ContentError that names the file, the stretch and the line, so a person editing
their own routine finds it; what loads is valid, and the rest of the program never
re-checks it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.routine import MAX_SECONDS, Kind, Pace, Routine, Side, Stretch

SCHEMA_VERSION = 1
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def load_routine(path: Path) -> Routine:
    """Read and validate a routine file; ContentError says what is wrong and where."""
    text = _read_text(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(str(path), exc) from None
    return parse_routine(data, source=str(path), text=text)


def toml_error(source: str, exc: tomllib.TOMLDecodeError) -> ContentError:
    """A TOML syntax error, with the line tomllib reports moved to the front."""
    detail = str(exc)
    match = re.search(r"\(at line (\d+), column \d+\)$", detail)
    line = int(match.group(1)) if match else None
    if match:
        detail = detail[: match.start()].rstrip()
    problem = translate("Routine", "this is not valid TOML ({detail})").format(detail=detail)
    return ContentError(source, problem, line=line)


def parse_routine(data: Mapping[str, Any], *, source: str, text: str = "") -> Routine:
    where = _Locator(source, text)
    _check_keys(data, {"schema", "title", "introduction", "stretch"}, {"schema", "title"}, where)
    schema = data["schema"]
    if type(schema) is not int or schema != SCHEMA_VERSION:
        raise where.error(
            #: Keep quoted words and braces ('{key}', "{hold}", {table}) as they are:
            #: they are the routine file's syntax.
            translate("Routine", "'{key}' must be {version}, got {value}").format(
                key="schema", version=SCHEMA_VERSION, value=repr(schema)
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


def _parse_stretch(table: Mapping[str, Any], where: _Locator) -> Stretch:
    _check_keys(table, _STRETCH_KEYS, _STRETCH_KEYS - _OPTIONAL_KEYS, where)
    stretch_id = _text(table, "id", where)
    if not _ID_PATTERN.match(stretch_id):
        raise where.error(
            translate(
                "Routine", "'{key}' must be lowercase letters, digits and dashes, got {value}"
            ).format(key="id", value=repr(stretch_id)),
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
    seconds = table["seconds"]
    if type(seconds) is not int:
        raise where.error(
            translate("Routine", "'{key}' must be a whole number, got {value}").format(
                key="seconds", value=repr(seconds)
            ),
            key="seconds",
        )
    if not 1 <= seconds <= MAX_SECONDS:
        raise where.error(
            translate("Routine", "'{key}' must be between 1 and {most}, got {value}").format(
                key="seconds", most=MAX_SECONDS, value=seconds
            ),
            key="seconds",
        )
    kind_value = table["kind"]
    try:
        kind = Kind(kind_value)
    except ValueError:
        raise where.error(
            translate("Routine", '\'{key}\' must be "{hold}" or "{movement}", got {value}').format(
                key="kind",
                hold=Kind.HOLD.value,
                movement=Kind.MOVEMENT.value,
                value=repr(kind_value),
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


def _cue(table: Mapping[str, Any], instructions: tuple[str, ...], where: _Locator) -> str:
    """The spoken cue: the first instruction, or words taken from the instructions."""
    if "cue" not in table:
        return instructions[0]
    cue = _text(table, "cue", where)
    if _words(cue) not in _words(" ".join(instructions)):
        raise where.error(
            translate(
                "Routine", "'{key}' must be words taken from the instructions, got {value}"
            ).format(key="cue", value=repr(cue)),
            key="cue",
        )
    return cue


def _pace(table: Mapping[str, Any], kind: Kind, seconds: int, where: _Locator) -> Pace | None:
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
            ).format(key="pace_seconds", most=seconds, value=repr(pace_seconds)),
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
                key="pace_words", value=repr(words)
            ),
            key="pace_words",
        )
    return Pace(pace_seconds, tuple(word.strip() for word in words))


_SIDE_VALUES = tuple(side.value for side in Side)


def _sides(value: object, where: _Locator) -> tuple[Side, ...]:
    if isinstance(value, list) and all(item in _SIDE_VALUES for item in value):
        sides = tuple(Side(item) for item in value)
        if len(set(sides)) == len(sides):
            return sides
    raise where.error(
        translate(
            "Routine",
            '\'{key}\' must be a list of "{left}" and "{right}", each at most once, got {value}',
        ).format(key="sides", left=Side.LEFT.value, right=Side.RIGHT.value, value=repr(value)),
        key="sides",
    )


def _text(table: Mapping[str, Any], key: str, where: _Locator) -> str:
    value = table[key]
    if not isinstance(value, str) or not value.strip():
        raise where.error(
            translate("Routine", "'{key}' must be non-empty text, got {value}").format(
                key=key, value=repr(value)
            ),
            key=key,
        )
    return value.strip()


def _check_keys(
    table: Mapping[str, Any], allowed: set[str], required: set[str], where: _Locator
) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise where.error(
            translate("Routine", "unknown key '{key}' (allowed: {allowed})").format(
                key=unknown[0], allowed=", ".join(sorted(allowed))
            ),
            key=unknown[0],
        )
    missing = sorted(required - set(table))
    if missing:
        raise where.error(
            translate("Routine", "the required key '{key}' is missing").format(key=missing[0])
        )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(str(path), translate("Routine", "the file does not exist")) from None
    except UnicodeDecodeError:
        raise ContentError(str(path), translate("Routine", "the file is not UTF-8 text")) from None
    except OSError as exc:
        problem = translate("Routine", "the file cannot be read ({reason})")
        raise ContentError(str(path), problem.format(reason=exc.strerror)) from None


class _Locator:
    """Builds errors that say which file, stretch and line a problem is on.

    tomllib gives no positions for values, so the line is found by a light scan
    of the text: the n-th ``[[stretch]]`` header, then the first ``key =`` below it.
    """

    def __init__(
        self, source: str, text: str, number: int = 0, stretch_id: str | None = None
    ) -> None:
        self.source = source
        self.text = text
        self.number = number  # of the stretch, from 1; 0 for the file's top level
        self.stretch_id = stretch_id

    def in_stretch(self, number: int, table: object) -> _Locator:
        stretch_id = table.get("id") if isinstance(table, dict) else None
        return _Locator(self.source, self.text, number, stretch_id)

    @property
    def label(self) -> str:
        """Which stretch: "stretch 3 ('cat-cow')", or "" at the file's top level."""
        if not self.number:
            return ""
        if isinstance(self.stretch_id, str) and self.stretch_id:
            label = translate("Routine", "stretch {number} ('{id}')")
        else:
            label = translate("Routine", "stretch {number}")
        return label.format(number=self.number, id=self.stretch_id)

    def error(self, message: str, *, key: str | None = None) -> ContentError:
        return ContentError(self.source, message, line=self._line(key), context=self.label)

    def _line(self, key: str | None) -> int | None:
        lines = self.text.splitlines()
        start = 0
        if self.number:
            headers = [i for i, line in enumerate(lines) if line.strip() == "[[stretch]]"]
            if len(headers) < self.number:
                return None
            start = headers[self.number - 1]
            if key is None:
                return start + 1
        if key is None:
            return None
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(start, len(lines)):
            if i > start and self.number and lines[i].strip().startswith("[["):
                break
            if not self.number and lines[i].strip().startswith("[["):
                break
            if pattern.match(lines[i]):
                return i + 1
        return None
