"""The one exception type for content a person can fix (routine and text files)."""

from __future__ import annotations

from backspasm_gui.core.i18n import translate


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
        pattern = _pattern(line, context)
        super().__init__(pattern.format(file=source, line=line, place=context, problem=message))


def _pattern(line: int | None, context: str) -> str:
    """The message's shape: the file, then the line and the place where they are known."""
    if line is not None and context:
        #: {place} is where in the file ("stretch 3 ('cat-cow')"); {problem} says what is wrong.
        return translate("Errors", "{file}, line {line}, {place}: {problem}")
    if line is not None:
        return translate("Errors", "{file}, line {line}: {problem}")
    if context:
        return translate("Errors", "{file}, {place}: {problem}")
    return translate("Errors", "{file}: {problem}")
