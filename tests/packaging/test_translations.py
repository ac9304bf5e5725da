"""Every shipped language is whole: each string the app can show or say is translated,
none is left over from text that is gone, and each keeps its placeholders."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from backspasm_gui.core.i18n import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402 - packaging/ is not a package

SHIPPED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> the <translation> element of each message."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source", ""))] = translation
    return found


@pytest.fixture(scope="module")
def current(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each shipped .ts as `make translations` would leave it for today's source."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for code in SHIPPED:
        copies[code] = folder / translations.ts_path(code).name
        shutil.copy(translations.ts_path(code), copies[code])
    translations.update(copies)
    return copies


def test_the_app_lists_exactly_the_languages_the_build_compiles() -> None:
    """A new language is one .ts file and one line in core.i18n.LANGUAGES."""
    assert set(SHIPPED) == set(translations.SHIPPED)
    assert {path.name for path in translations.FOLDER.glob("*.ts")} == {
        translations.ts_path(code).name for code in SHIPPED
    }


@pytest.mark.parametrize("code", SHIPPED)
def test_every_string_is_translated(code: str) -> None:
    found = messages(translations.ts_path(code))
    assert len(found) > 300  # the app's words, the routine and the education text
    untranslated = [
        f"{context}: {source}"
        for (context, source), translation in found.items()
        if translation.get("type") or not (translation.text or "").strip()
    ]
    assert untranslated == []


@pytest.mark.parametrize("code", SHIPPED)
def test_the_translation_file_holds_exactly_what_the_source_says_today(
    code: str, current: dict[str, Path]
) -> None:
    """A string added to the code arrives unfinished and one removed disappears
    (lupdate -no-obsolete): both show up here until `make translations` and a
    translator have run."""
    committed, fresh = messages(translations.ts_path(code)), messages(current[code])
    assert sorted(set(fresh) - set(committed)) == [], "new strings: run `make translations`"
    assert sorted(set(committed) - set(fresh)) == [], "strings the app no longer has"
    unfinished = [key for key, element in fresh.items() if element.get("type")]
    assert unfinished == []


def _fields(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_every_placeholder(code: str) -> None:
    """``"{seconds} s"`` translated without ``{seconds}``, or with ``{secondes}``, would
    raise at run time when filled in. Every translation written is checked, finished
    or not: lrelease compiles an unfinished one too."""
    wrong = [
        f"{context}: {source!r} -> {translation.text!r}"
        for (context, source), translation in messages(translations.ts_path(code)).items()
        if (translation.text or "").strip() and _fields(source) != _fields(translation.text or "")
    ]
    assert wrong == []


def test_the_handout_text_is_offered_to_translators_word_for_word() -> None:
    """The routine and About contexts are the TOML text exactly, so each is found at run time."""
    found = messages(translations.ts_path("es"))
    for context, text in translations.content_strings():
        assert (context, text) in found


@pytest.mark.parametrize("code", SHIPPED)
def test_the_build_compiles_each_language(code: str, tmp_path: Path) -> None:
    shutil.copy(translations.ts_path(code), tmp_path / translations.ts_path(code).name)
    for other in translations.SHIPPED:
        shutil.copy(translations.ts_path(other), tmp_path / translations.ts_path(other).name)
    built = translations.build(tmp_path)
    assert translations.qm_path(code, tmp_path) in built
    assert translations.qm_path(code, tmp_path).stat().st_size > 10_000


def test_the_status_says_what_a_language_lacks_and_which_placeholders_are_wrong(
    tmp_path: Path,
) -> None:
    text = translations.ts_path("es").read_text(encoding="utf-8")
    assert (
        translations.status("es")
        == f"es: complete ({len(messages(translations.ts_path('es')))} messages)"
    )
    broken = text.replace(
        "<translation>Mantenga {seconds} segundos", "<translation>Mantenga {segundos} segundos", 1
    ).replace(
        "<translation>Comenzar</translation>", '<translation type="unfinished"></translation>', 1
    )
    assert broken != text
    translations.ts_path("es", tmp_path).write_text(broken, encoding="utf-8")
    said = translations.status("es", tmp_path).splitlines()
    assert said[0].startswith("es: 1 of ")
    assert said[0].endswith(" unfinished, 1 with wrong placeholders")
    assert "{segundos}" in said[1]
    assert translations.status("xx", tmp_path).startswith("xx: backspasm_xx.ts is missing")
