"""Reading a file a stranger may have made: a routine of one's own, a clinician's
prescription that came by e-mail.

One reader for all of them, so each guard is written and tested once:

* only a regular file is read. It is opened without blocking and looked at before a
  byte is read, so a FIFO, a device or a folder is refused at once instead of hanging
  the app or reading forever;
* at most ``max_bytes`` are read: the size is checked from the open file's own
  record and again while reading (a file may grow, or say it is empty and not be);
* the bytes must be UTF-8 (a byte-order mark at the start is allowed and dropped);
* the TOML may nest at most :data:`MAX_DEPTH` levels, the document itself being the
  first. Deep nesting is found by a scan of the brackets before the text reaches
  ``tomllib``, which recurses and would otherwise end in ``RecursionError`` on a
  1 KB file, and checked again on what was parsed (tables nest without brackets).

Every failure is a :class:`ContentError`: one sentence naming the file and, where it
is known, the line. The caps on what is inside (stretches, text per field, seconds)
belong to each kind of file and are checked by its own loader.
"""

from __future__ import annotations

import math
import os
import re
import stat
import tomllib
from pathlib import Path
from typing import Any

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate

# The most levels a file's values may nest: the document is the first, a
# [[stretch]] list the second, a stretch the third and its instructions the
# fourth. Two to spare, and far below where tomllib's recursion breaks (~300).
MAX_DEPTH = 6

_KB = 1024
_MB = 1024 * 1024
_CHUNK = 64 * _KB
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a FIFO opens at once instead of waiting for a writer
    | getattr(os, "O_NOCTTY", 0)  # a terminal device never becomes ours
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)  # Windows: the bytes as they are
)


def read_toml(
    path: Path, *, max_bytes: int, max_depth: int = MAX_DEPTH, syntax: str | None = None
) -> tuple[dict[str, Any], str]:
    """The parsed contents of ``path`` and its text, read under every guard above.

    ``syntax`` is the sentence for a TOML syntax error, with ``{detail}`` for
    tomllib's words (default: "this is not valid TOML (...)").
    """
    text = read_text(path, max_bytes=max_bytes)
    return parse_toml(text, source=str(path), max_depth=max_depth, syntax=syntax), text


def read_text(path: Path, *, max_bytes: int) -> str:
    """The text of the regular file ``path``, at most ``max_bytes`` of UTF-8."""
    source = str(path)
    data = _read_bytes(path, source, max_bytes)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ContentError(
            source, translate("Files", "the file is not UTF-8 text"), line=line
        ) from None
    return text.removeprefix("\ufeff")  # a byte-order mark, as Windows editors write it


def parse_toml(
    text: str, *, source: str, max_depth: int = MAX_DEPTH, syntax: str | None = None
) -> dict[str, Any]:
    """``text`` parsed as TOML, nested at most ``max_depth`` levels deep."""
    if max_depth < 3:
        raise ValueError("a [[table]] alone is 3 levels deep")
    deep = _bracket_depth_line(text, max_depth - 1)
    if deep is not None:
        raise too_deep(source, max_depth, line=deep)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(source, exc, syntax, text=text) from None
    except RecursionError:  # pragma: no cover - the scan above refuses it first
        raise too_deep(source, max_depth) from None
    field = _too_deep_field(data, max_depth)
    if field is not None:
        raise too_deep(source, max_depth, field=field)
    return data


def toml_error(
    source: str, exc: tomllib.TOMLDecodeError, syntax: str | None = None, *, text: str = ""
) -> ContentError:
    """A TOML syntax error, with the line tomllib reports moved to the front (the last
    line where it reports the end of the document and ``text`` is given)."""
    detail = str(exc)
    line = None
    match = re.search(r"\((?:at line (\d+), column \d+|at end of document)\)$", detail)
    if match:
        detail = detail[: match.start()].rstrip()
        if match.group(1):
            line = int(match.group(1))
        elif text:
            line = len(text.splitlines()) or 1
    if syntax is None:
        syntax = translate("Files", "this is not valid TOML ({detail})")
    return ContentError(source, syntax.format(detail=detail), line=line)


def too_deep(
    source: str, max_depth: int, *, line: int | None = None, field: str = ""
) -> ContentError:
    problem = translate(
        "Files", "the values are nested more than {most} levels deep, which no file of ours needs"
    ).format(most=max_depth)
    return ContentError(source, problem, line=line, context=f"'{field}'" if field else "")


def amount(size: int) -> str:
    """A number of bytes as people read it, rounded up: 812 bytes, 65 KB, 1.1 MB."""
    if size < 10 * _KB:
        return translate("Files", "{count} bytes").format(count=size)
    if size < _MB:
        return translate("Files", "{count} KB").format(count=math.ceil(size / _KB))
    tenths = math.ceil(size * 10 / _MB)
    whole, tenth = divmod(tenths, 10)
    count = str(whole) if tenth == 0 else f"{whole}.{tenth}"
    #: MB: megabytes. The decimal point stays a point.
    return translate("Files", "{count} MB").format(count=count)


# --- the file ---------------------------------------------------------------------------


def _read_bytes(path: Path, source: str, max_bytes: int) -> bytes:
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise ContentError(source, translate("Files", "the file does not exist")) from None
    except IsADirectoryError:
        raise _a_folder(source) from None
    except OSError as exc:
        if path.is_dir():  # Windows will not open a folder at all
            raise _a_folder(source) from None
        raise _unreadable(source, exc) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise _a_folder(source)
        if not stat.S_ISREG(info.st_mode):
            raise ContentError(
                source,
                translate(
                    "Files",
                    "this is not an ordinary file (it is a pipe, a device or a socket), "
                    "so it is not read",
                ),
            )
        if info.st_size > max_bytes:
            raise too_big(source, info.st_size, max_bytes)
        chunks: list[bytes] = []
        got = 0
        while got <= max_bytes:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > max_bytes:  # it grew while we read, or its size was not told
            raise too_big(source, got, max_bytes)
        return b"".join(chunks)
    except OSError as exc:
        raise _unreadable(source, exc) from None
    finally:
        os.close(fd)


def _a_folder(source: str) -> ContentError:
    return ContentError(source, translate("Files", "this is a folder, not a file"))


def _unreadable(source: str, exc: OSError) -> ContentError:
    problem = translate("Files", "the file cannot be read ({reason})")
    return ContentError(source, problem.format(reason=exc.strerror or exc))


def too_big(source: str, size: int, most: int) -> ContentError:
    """More than ``most`` bytes, said as people read sizes."""
    problem = translate("Files", "the file is {size}, more than the {most} such a file may be")
    return ContentError(source, problem.format(size=amount(size), most=amount(most)))


# --- nesting ----------------------------------------------------------------------------

_TOKEN = re.compile(r"\"\"\"|'''|[\"'#\[\]{}]")
_IN_BASIC = re.compile(r'[\\"\n]')
_IN_MULTILINE_BASIC = re.compile(r'[\\"]')


def _bracket_depth_line(text: str, most: int) -> int | None:
    """The line where brackets outside strings and comments first nest deeper than
    ``most``, or None.

    Value brackets ``k`` deep put a value at least ``k + 1`` levels deep, and a table
    header nests two at most, so this never refuses a file the parsed check would
    pass. Where the text is not valid TOML the scan stops and tomllib says why.
    """
    depth = 0
    pos = 0
    while (match := _TOKEN.search(text, pos)) is not None:
        token, pos = match.group(), match.end()
        if token in "[{":
            depth += 1
            if depth > most:
                return text.count("\n", 0, match.start()) + 1
        elif token in "]}":
            depth = max(0, depth - 1)
        elif token == "#":
            end = text.find("\n", pos)
            pos = len(text) if end < 0 else end
        else:
            closed = _string_end(text, pos, token)
            if closed is None:
                return None
            pos = closed
    return None


def _string_end(text: str, pos: int, quote: str) -> int | None:
    """Where the string opened by ``quote`` just before ``pos`` ends (None: it does not)."""
    if quote == "'":
        end = text.find("'", pos)
        newline = text.find("\n", pos)
        return None if end < 0 or 0 <= newline < end else end + 1
    if quote == "'''":
        end = text.find("'''", pos)
        return None if end < 0 else _past_quotes(text, end + 3, "'")
    pattern = _IN_BASIC if quote == '"' else _IN_MULTILINE_BASIC
    while (match := pattern.search(text, pos)) is not None:
        found = match.group()
        if found == "\n":
            return None
        if found == "\\":
            pos = match.end() + 1
        elif quote == '"':
            return match.end()
        elif text.startswith('"""', match.start()):
            return _past_quotes(text, match.start() + 3, '"')
        else:
            pos = match.end()
    return None


def _past_quotes(text: str, pos: int, quote: str) -> int:
    """A multi-line string may end with one or two of its quotes before the closing three."""
    for _ in range(2):
        if text.startswith(quote, pos):
            pos += 1
    return pos


def _too_deep_field(data: dict[str, Any], most: int) -> str | None:
    """The dotted name of a table or list nested deeper than ``most`` levels, or None."""
    stack: list[tuple[object, int, str]] = [(data, 1, "")]
    while stack:
        value, level, name = stack.pop()
        if isinstance(value, dict | list) and level > most:
            return name
        if isinstance(value, dict):
            for key, inner in value.items():
                stack.append((inner, level + 1, f"{name}.{key}" if name else str(key)))
        elif isinstance(value, list):
            stack.extend((inner, level + 1, name) for inner in value)
    return None
