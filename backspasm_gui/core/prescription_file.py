"""The prescription's file: ``.stretches``, TOML inside, read and written.

The schema is published in ``docs/prescription.md``, with an example in
``docs/example.stretches``. Such a file arrives by e-mail, so it is read by the
hardened reader (``core/untrusted.py``, at most :data:`MAX_BYTES`) and everything in
it is checked once: a mistake is one sentence naming the file and the line, and what
loads is valid. :func:`dumps_prescription` writes the same format back by hand
(tomllib only reads), and ``parse_prescription(dumps_prescription(p)) == p``.

A file whose ``schema`` is newer than :data:`SCHEMA_VERSION` is refused with a
sentence saying so, before any of its keys is looked at: a newer app may add keys,
and never changes what a key of an older schema means.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping
from datetime import date, time
from itertools import pairwise
from pathlib import Path
from typing import Any

from backspasm_gui import APP_NAME
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.prescription import (
    MAX_HOLD,
    MAX_NAME,
    MAX_NOTE,
    MAX_REMINDERS,
    MAX_REPETITIONS,
    MAX_SESSIONS_PER_DAY,
    MIN_HOLD,
    PrescribedStretch,
    Prescription,
    Sides,
    control_character,
)
from backspasm_gui.core.routine import Routine, Stretch
from backspasm_gui.core.toml_fields import (
    Locator,
    check_count,
    check_keys,
    check_length,
    shown,
    whole_number,
)
from backspasm_gui.core.untrusted import parse_toml, read_toml, too_big

SCHEMA_VERSION = 1
EXTENSION = ".stretches"
MIME_TYPE = "application/x-backspasm-stretches"
# A usual prescription is under 2 KB. The largest the caps allow (eight notes and two
# names of four-byte characters: 12,400 characters) is 50 KB as the app writes it, so
# every prescription the app can make it can read; a file beyond 64 KB is not one.
MAX_BYTES = 64 * 1024

_TOP_KEYS = {
    "schema",
    "clinician",
    "patient",
    "date",
    "sessions_per_day",
    "reminders",
    "note",
    "stretch",
}
_STRETCH_KEYS = {"id", "seconds", "sides", "repetitions", "note"}
_HH_MM = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")

# --- reading ----------------------------------------------------------------------------


def load_prescription(path: Path, library: Routine) -> Prescription:
    """Read and check a prescription against the stretches of ``library``; a ContentError
    names the file, the line and what is wrong."""
    data, text = read_toml(path, max_bytes=MAX_BYTES, syntax=_not_a_prescription())
    return _parse(data, library, Locator(str(path), text))


def parse_prescription(text: str, library: Routine, *, source: str = "") -> Prescription:
    """A prescription from its text (``source`` names it in messages)."""
    source = source or translate("Prescription", "the prescription")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        raise too_big(source, size, MAX_BYTES)
    data = parse_toml(text, source=source, syntax=_not_a_prescription())
    return _parse(data, library, Locator(source, text))


def _not_a_prescription() -> str:
    return translate("Prescription", "this is not a prescription file, or it is damaged ({detail})")


def _parse(data: Mapping[str, Any], library: Routine, where: Locator) -> Prescription:
    _check_schema(data, where)
    check_keys(data, _TOP_KEYS, {"schema", "sessions_per_day", "stretch"}, where)
    by_id = {stretch.id: stretch for stretch in library.stretches}
    tables = data["stretch"]
    if not isinstance(tables, list) or not tables:
        raise where.error(
            translate(
                "Prescription", "the prescription has no stretches; add at least one {table} table"
            ).format(table="[[stretch]]"),
            key="stretch",
        )
    if len(tables) > len(by_id):
        raise where.in_stretch(len(by_id) + 1, tables[len(by_id)]).error(
            translate(
                "Prescription",
                "this prescription has {count} stretches, but the app has {most} and each "
                "may be prescribed once",
            ).format(count=len(tables), most=len(by_id))
        )
    stretches: list[PrescribedStretch] = []
    for number, table in enumerate(tables, start=1):
        here = where.in_stretch(number, table)
        if not isinstance(table, dict):
            raise here.error(
                translate("Prescription", "each stretch must be a {table} table").format(
                    table="[[stretch]]"
                )
            )
        stretch = _parse_stretch(table, by_id, here)
        if any(done.id == stretch.id for done in stretches):
            raise here.error(
                translate(
                    "Prescription", "'{id}' is prescribed twice; give each stretch once"
                ).format(id=stretch.id),
                key="id",
            )
        stretches.append(stretch)
    return Prescription(
        stretches=tuple(stretches),
        sessions_per_day=whole_number(data, "sessions_per_day", where, 1, MAX_SESSIONS_PER_DAY),
        reminders=_reminders(data, where),
        clinician=_text(data, "clinician", where, MAX_NAME, lines=False),
        patient=_text(data, "patient", where, MAX_NAME, lines=False),
        date=_date(data, where),
        note=_text(data, "note", where, MAX_NOTE, lines=True),
    )


def _check_schema(data: Mapping[str, Any], where: Locator) -> None:
    """First of all: a file from a newer app may hold keys this one does not know."""
    if "schema" not in data:
        raise where.error(
            translate(
                "Prescription", "this is not a prescription file: it does not begin with {line}"
            ).format(line=f"schema = {SCHEMA_VERSION}")
        )
    schema = data["schema"]
    if type(schema) is int and schema > SCHEMA_VERSION:
        raise where.error(
            translate(
                "Prescription",
                "this prescription is from a newer version of {app} (schema {found}; this "
                "version reads schema {known}); update the app to open it",
            ).format(app=APP_NAME, found=schema, known=SCHEMA_VERSION),
            key="schema",
        )
    if type(schema) is not int or schema != SCHEMA_VERSION:
        raise where.error(
            translate("Prescription", "'{key}' must be {version}, got {value}").format(
                key="schema", version=SCHEMA_VERSION, value=shown(schema)
            ),
            key="schema",
        )


def _parse_stretch(
    table: Mapping[str, Any], library: Mapping[str, Stretch], where: Locator
) -> PrescribedStretch:
    check_keys(table, _STRETCH_KEYS, {"id", "seconds"}, where)
    stretch_id = table["id"]
    if not isinstance(stretch_id, str) or stretch_id not in library:
        raise where.error(
            translate(
                "Prescription", "there is no stretch {id} in this app; the stretches are: {ids}"
            ).format(id=shown(stretch_id), ids=", ".join(library)),
            key="id",
        )
    sides = Sides.BOTH
    if "sides" in table:
        if len(library[stretch_id].sides) != 2:
            raise where.error(
                translate(
                    "Prescription",
                    "'{key}' is only for stretches done on each side, and {stretch} is not",
                ).format(key="sides", stretch=library[stretch_id].name),
                key="sides",
            )
        try:
            sides = Sides(table["sides"])
        except ValueError:
            raise where.error(
                translate(
                    "Prescription", '\'{key}\' must be "{both}", "{left}" or "{right}", got {value}'
                ).format(
                    key="sides",
                    both=Sides.BOTH.value,
                    left=Sides.LEFT.value,
                    right=Sides.RIGHT.value,
                    value=shown(table["sides"]),
                ),
                key="sides",
            ) from None
    return PrescribedStretch(
        id=stretch_id,
        seconds=whole_number(table, "seconds", where, MIN_HOLD, MAX_HOLD),
        sides=sides,
        repetitions=(
            whole_number(table, "repetitions", where, 1, MAX_REPETITIONS)
            if "repetitions" in table
            else 1
        ),
        note=_text(table, "note", where, MAX_NOTE, lines=True),
    )


def _text(table: Mapping[str, Any], key: str, where: Locator, most: int, *, lines: bool) -> str:
    """The optional text under ``key`` ("" when absent), exactly as written."""
    if key not in table:
        return ""
    value = table[key]
    if not isinstance(value, str):
        raise where.error(
            translate("Prescription", "'{key}' must be text, got {value}").format(
                key=key, value=shown(value)
            ),
            key=key,
        )
    value = value.replace("\r\n", "\n")
    check_length(value, key, where, most=most)
    found = control_character(value, lines=lines)
    if found is not None:
        if found == "\n":
            problem = translate("Prescription", "'{key}' must be one line")
        else:
            problem = translate(
                "Prescription", "'{key}' holds a control character ({code}), which text never needs"
            )
        raise where.error(problem.format(key=key, code=f"U+{ord(found):04X}"), key=key)
    return value


def _date(table: Mapping[str, Any], where: Locator) -> date | None:
    if "date" not in table:
        return None
    value = table["date"]
    if type(value) is not date:  # a datetime is a date too, and a time of day is not one
        raise where.error(
            translate(
                "Prescription", "'{key}' must be a day written as {example}, got {value}"
            ).format(key="date", example="2026-03-14", value=shown(value)),
            key="date",
        )
    return value


def _reminders(table: Mapping[str, Any], where: Locator) -> tuple[time, ...]:
    if "reminders" not in table:
        return ()
    values = table["reminders"]
    if not isinstance(values, list) or not all(
        isinstance(value, str) and _HH_MM.match(value) for value in values
    ):
        raise where.error(
            translate(
                "Prescription", "'{key}' must be a list of times written as {example}, got {value}"
            ).format(key="reminders", example='["08:30", "19:00"]', value=shown(values)),
            key="reminders",
        )
    check_count(values, "reminders", where, MAX_REMINDERS)
    times = tuple(time(int(value[:2]), int(value[3:])) for value in values)
    if not all(a < b for a, b in pairwise(times)):
        raise where.error(
            translate(
                "Prescription", "'{key}' must be in the order of the day, each time once"
            ).format(key="reminders"),
            key="reminders",
        )
    return times


# --- writing ----------------------------------------------------------------------------

_HEADER = (
    "# A prescription for Back Spasm Stretches: the stretches a clinician chose for one\n"
    "# person, how long and how often. Open it with the app. The format is described in\n"
    "# docs/prescription.md; 'seconds' is each hold, on each side.\n"
)


def dumps_prescription(prescription: Prescription) -> str:
    """The prescription as its file's text: stable (the same prescription, the same
    bytes), readable, and read back by :func:`parse_prescription` as it was."""
    p = prescription
    lines = [_HEADER.rstrip("\n"), f"schema = {SCHEMA_VERSION}"]
    if p.clinician:
        lines.append(f"clinician = {_string(p.clinician)}")
    if p.patient:
        lines.append(f"patient = {_string(p.patient)}")
    if p.date is not None:
        lines.append(f"date = {p.date.isoformat()}")
    lines.append(f"sessions_per_day = {p.sessions_per_day}")
    if p.reminders:
        times = ", ".join(f'"{t:%H:%M}"' for t in p.reminders)
        lines.append(f"reminders = [{times}]")
    if p.note:
        lines.append(f"note = {_string(p.note)}")
    for stretch in p.stretches:
        lines += ["", "[[stretch]]", f"id = {_string(stretch.id)}"]
        lines.append(f"seconds = {stretch.seconds}")
        if stretch.sides is not Sides.BOTH:
            lines.append(f"sides = {_string(stretch.sides.value)}")
        if stretch.repetitions != 1:
            lines.append(f"repetitions = {stretch.repetitions}")
        if stretch.note:
            lines.append(f"note = {_string(stretch.note)}")
    return "\n".join(lines) + "\n"


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\f": "\\f", "\r": "\\r"}


def _string(value: str) -> str:
    """A TOML string: one line, or three-quoted with its lines as they are."""
    multiline = "\n" in value
    out = []
    for ch in value:
        if ch == "\n":
            out.append("\n" if multiline else "\\n")
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif unicodedata.category(ch) == "Cc":
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    text = "".join(out)
    # A new line just after the opening quotes is not part of the text: one is added.
    return f'"""\n{text}"""' if multiline else f'"{text}"'


def save_prescription(prescription: Prescription, path: Path) -> None:
    """Write the file whole or not at all (a temporary file beside it, then renamed
    over it), readable by its owner only (0600: it holds health details).
    OSError if it cannot be written; a file already there is then left as it was."""
    data = dumps_prescription(prescription).encode("utf-8")
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as file:
            if hasattr(os, "fchmod"):
                os.fchmod(file.fileno(), 0o600)
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """The rename itself survives a power cut (POSIX; Windows has no folder to sync)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
