"""The "About back spasms" text: the handout's education and the safety note."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.routine import toml_error


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
        raise ContentError(source, f"the file cannot be read ({exc})") from None
    sections = []
    for number, table in enumerate(data.get("section", []), start=1):
        heading = table.get("heading")
        paragraphs = table.get("paragraphs")
        if not isinstance(heading, str) or not isinstance(paragraphs, list):
            raise ContentError(
                source,
                "each section needs a 'heading' and 'paragraphs'",
                context=f"section {number}",
            )
        sections.append(Section(heading, tuple(paragraphs), bool(table.get("safety", False))))
    if not sections:
        raise ContentError(source, "there are no sections")
    return tuple(sections)
