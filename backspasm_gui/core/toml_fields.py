"""Where a value sits in a TOML file a person wrote, and the checks every such file
shares: allowed and required keys, text, whole numbers in a range.

Both the routine file and the prescription are a few keys at the top and then
``[[stretch]]`` tables, so one :class:`Locator` finds the line of a value in either.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate

# The most characters one text field may hold: a long paragraph is 1,000, the
# handout's longest sentence 140. Text past this is not writing but an attack on the
# window (a 1 MB introduction took 19 s to lay out).
MAX_TEXT = 10_000


class Locator:
    """Builds errors that say which file, stretch and line a problem is on.

    tomllib gives no positions for values, so the line is found by a light scan
    of the text: the n-th ``[[stretch]]`` header, then the first ``key =`` below it.
    """

    def __init__(self, source: str, text: str, number: int = 0, stretch_id: object = None) -> None:
        self.source = source
        self.text = text
        self.number = number  # of the stretch, from 1; 0 for the file's top level
        self.stretch_id = stretch_id
        self._lines: list[str] | None = None

    def in_stretch(self, number: int, table: object) -> Locator:
        stretch_id = table.get("id") if isinstance(table, dict) else None
        inner = Locator(self.source, self.text, number, stretch_id)
        inner._lines = self._lines
        return inner

    @property
    def label(self) -> str:
        """Which stretch: "stretch 3 ('cat-cow')", or "" at the file's top level."""
        if not self.number:
            return ""
        stretch_id = self.stretch_id
        if isinstance(stretch_id, str) and 0 < len(stretch_id) <= 40 and stretch_id.isprintable():
            label = translate("Files", "stretch {number} ('{id}')")
        else:
            label = translate("Files", "stretch {number}")
        return label.format(number=self.number, id=self.stretch_id)

    def error(self, message: str, *, key: str | None = None) -> ContentError:
        return ContentError(self.source, message, line=self.line(key), context=self.label)

    def line(self, key: str | None) -> int | None:
        if self._lines is None:
            self._lines = self.text.splitlines()
        lines = self._lines
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
        return start + 1 if self.number else None  # in a stretch: its [[stretch]] line


def check_keys(
    table: Mapping[str, Any], allowed: set[str], required: set[str], where: Locator
) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        key = unknown[0] if len(unknown[0]) <= 40 else unknown[0][:40] + "…"
        raise where.error(
            translate("Files", "unknown key '{key}' (allowed: {allowed})").format(
                key=key, allowed=", ".join(sorted(allowed))
            ),
            key=unknown[0],
        )
    missing = sorted(required - set(table))
    if missing:
        raise where.error(
            translate("Files", "the required key '{key}' is missing").format(key=missing[0])
        )


def text(
    table: Mapping[str, Any],
    key: str,
    where: Locator,
    *,
    most: int = MAX_TEXT,
    empty: bool = False,
) -> str:
    """The text under ``key``, stripped; not empty unless ``empty``, at most ``most`` long."""
    value = table[key]
    if not isinstance(value, str) or not (empty or value.strip()):
        raise where.error(
            translate("Files", "'{key}' must be non-empty text, got {value}").format(
                key=key, value=shown(value)
            ),
            key=key,
        )
    check_length(value, key, where, most=most)
    return value.strip()


def check_length(value: str, key: str, where: Locator, *, most: int = MAX_TEXT) -> None:
    if len(value) > most:
        raise where.error(
            translate(
                "Files", "'{key}' is {count} characters long; it may be at most {most}"
            ).format(key=key, count=len(value), most=most),
            key=key,
        )


def whole_number(table: Mapping[str, Any], key: str, where: Locator, least: int, most: int) -> int:
    """The whole number under ``key``, from ``least`` to ``most``."""
    value = table[key]
    if type(value) is not int:
        raise where.error(
            translate("Files", "'{key}' must be a whole number, got {value}").format(
                key=key, value=shown(value)
            ),
            key=key,
        )
    if not least <= value <= most:
        raise where.error(
            translate("Files", "'{key}' must be between {least} and {most}, got {value}").format(
                key=key, least=least, most=most, value=value
            ),
            key=key,
        )
    return value


def check_count(items: list[Any], key: str, where: Locator, most: int) -> None:
    """At most ``most`` items under ``key``."""
    if len(items) > most:
        raise where.error(
            translate("Files", "'{key}' has {count} entries; it may have at most {most}").format(
                key=key, count=len(items), most=most
            ),
            key=key,
        )


def shown(value: object, most: int = 60) -> str:
    """A value as a message quotes it, cut short: a message is one readable sentence."""
    text = repr(value)
    return text if len(text) <= most else text[: most - 1] + "…"
