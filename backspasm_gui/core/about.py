"""The "About back spasms" text: the handout's education and the safety note."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.i18n import translate
from backspasm_gui.core.untrusted import toml_error


@dataclass(frozen=True, slots=True)
class Section:
    heading: str
    paragraphs: tuple[str, ...]
    safety: bool = False


def load_about(path: Path) -> tuple[Section, ...]:
    source = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(source, exc) from None
    except (OSError, UnicodeDecodeError) as exc:
        problem = translate("About", "the file cannot be read ({reason})")
        raise ContentError(source, problem.format(reason=exc)) from None
    sections = []
    for number, table in enumerate(data.get("section", []), start=1):
        heading = table.get("heading")
        paragraphs = table.get("paragraphs")
        if not isinstance(heading, str) or not isinstance(paragraphs, list):
            raise ContentError(
                source,
                translate("About", "each section needs a '{heading}' and '{paragraphs}'").format(
                    heading="heading", paragraphs="paragraphs"
                ),
                context=translate("About", "section {number}").format(number=number),
            )
        sections.append(Section(heading, tuple(paragraphs), bool(table.get("safety", False))))
    if not sections:
        raise ContentError(source, translate("About", "there are no sections"))
    return tuple(sections)


def localised(about: tuple[Section, ...]) -> tuple[Section, ...]:
    """The sections with their headings and paragraphs in the language loaded for the
    app, looked up in context "About" (``packaging/translations.py`` extracts them from
    ``assets/about.toml``); text without a translation stays as the file has it."""
    return tuple(
        replace(
            section,
            heading=_about_text(section.heading),
            paragraphs=tuple(_about_text(text) for text in section.paragraphs),
        )
        for section in about
    )


def _about_text(text: str) -> str:
    # The words come from the file: packaging/translations.py marks them for lupdate.
    return translate("About", text) if text else text
