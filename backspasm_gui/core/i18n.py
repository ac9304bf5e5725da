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
# The codes are Qt's locale names, the .ts files' suffixes (backspasm_pt_BR.ts). A new
# language is one .ts file and one line here.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
    "it": "Italiano",
    "pl": "Polski",
    "zh_CN": "简体中文",
    "ar": "العربية",
}
SOURCE_LANGUAGE = "en"
# Where the app ships one regional form, the language's other forms read it too: a
# Portuguese reader reads Brazilian Portuguese, a reader of Chinese in simplified
# characters (China, Singapore, "zh-Hans") the zh_CN translation. Chinese written in
# traditional characters (Taiwan, Hong Kong, Macao, "zh-Hant") does not.
_READ_AS = {"pt": "pt_BR", "zh": "zh_CN"}
_SIMPLIFIED = "hans"
_TRADITIONAL = {"hant", "tw", "hk", "mo"}

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
    one of ``preferred`` (the system's ``en-GB``, ``es_MX``, ``zh-Hans-CN``, ... in
    order), else English."""
    if wanted in LANGUAGES:
        return wanted
    # Qt ends the system's list with each language's bare code ("zh" after
    # "zh-Hant-TW"); a bare "zh" stands for simplified Chinese only if nothing in the
    # list asks for traditional.
    traditional = any(_is_traditional(_subtags(name)) for name in preferred)
    for name in preferred:
        code = _shipped(_subtags(name), traditional)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def _subtags(name: str) -> list[str]:
    """``"zh-Hans_CN"`` -> ``["zh", "hans", "cn"]``."""
    return [tag.lower() for tag in name.replace("_", "-").split("-") if tag]


def _is_traditional(subtags: list[str]) -> bool:
    chinese = subtags[:1] == ["zh"]
    return chinese and _SIMPLIFIED not in subtags and bool(_TRADITIONAL & set(subtags))


def _shipped(subtags: list[str], traditional_asked: bool) -> str | None:
    """The shipped language a system language name reads, if any."""
    if not subtags:
        return None
    language = subtags[0]
    if language in LANGUAGES:
        return language
    form = _READ_AS.get(language)
    if form is None or _is_traditional(subtags):
        return None
    if language == "zh" and len(subtags) == 1 and traditional_asked:
        return None
    return form
