"""Every user-visible string goes through :func:`translate`, core included.

The core stays free of Qt: ``translate`` returns the English source text until
the app installs a backend (``QCoreApplication.translate``, which looks the text
up in the loaded ``.qm`` files). ``pyside6-lupdate`` finds the strings by their
calls, ``translate("context", "text")`` and, for text kept in a table before any
translator is loaded, ``QT_TRANSLATE_NOOP("context", "text")`` - which marks the
text and returns it unchanged; translate it where it is shown.

Placeholders are named (``"Hold {number} of {total}"``) and filled in with
``str.format`` after translating, so a translation may put them in any order.
"""

from __future__ import annotations

from collections.abc import Callable

# The languages the app ships, by their own names (never translated: a person
# looks for the name of their own language).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"

Backend = Callable[[str, str, "str | None"], str]

_backend: Backend | None = None


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the chosen language (the English source where none is loaded)."""
    if _backend is None:
        return text
    return _backend(context, text, disambiguation)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks ``text`` for translation and returns it as it is."""
    del context
    return text


def install(backend: Backend | None) -> None:
    """Route every :func:`translate` through ``backend`` (``None``: English again)."""
    global _backend  # noqa: PLW0603 - one process-wide language, as Qt has
    _backend = backend


def pick(wanted: str, preferred: list[str]) -> str:
    """The language to use: ``wanted`` if it is shipped, else the first shipped
    one of ``preferred`` (the system's ``en-GB``, ``es_MX``, ... in order),
    else English."""
    if wanted in LANGUAGES:
        return wanted
    for name in preferred:
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE
