"""The one exception type for content a person can fix (routine and text files)."""

from __future__ import annotations


class ContentError(Exception):
    """A file the app reads is wrong; the message names the file, the place and the fix.

    >>> str(ContentError("routine.toml", "'seconds' is zero", line=14, context="stretch 3"))
    "routine.toml, line 14, stretch 3: 'seconds' is zero"
    """

    def __init__(
        self, source: str, message: str, *, line: int | None = None, context: str = ""
    ) -> None:
        self.source = source
        self.message = message
        self.line = line
        self.context = context
        where = [source]
        if line is not None:
            where.append(f"line {line}")
        if context:
            where.append(context)
        super().__init__(f"{', '.join(where)}: {message}")
