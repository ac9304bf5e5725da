"""The app's translations: ``.ts`` sources in assets/translations/, ``.qm`` built from them.

    python packaging/translations.py update   # refresh the .ts files from the source
    python packaging/translations.py build    # compile them to .qm (the build does this)

``update`` runs ``pyside6-lupdate`` over ``backspasm_gui/`` and over the person-facing
text of ``assets/routine.toml`` (context "Routine") and ``assets/about.toml``
(context "About"), which it writes out as ``translate()`` calls for lupdate to read.
New strings arrive unfinished, removed ones are dropped, and locations are left out so
that moving code does not churn the files. A translator then fills them in, with Qt
Linguist (``pyside6-linguist``) or any editor.

``build`` runs ``pyside6-lrelease`` on each ``.ts`` into a ``.qm`` beside it; the
``.qm`` files are generated, never committed.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ASSETS = ROOT / "assets"
FOLDER = ASSETS / "translations"
SHIPPED = ("es", "de")  # besides English, the source language


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"backspasm_{language}.ts"


def qm_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"backspasm_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease``: beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found; it comes with PySide6-Essentials")
    return found


def content_strings(assets: Path = ASSETS) -> Iterator[tuple[str, str]]:
    """(context, text) for every person-facing string of the routine and About files."""
    routine = tomllib.loads((assets / "routine.toml").read_text(encoding="utf-8"))
    for key in ("title", "introduction"):
        if key in routine:
            yield "Routine", routine[key]
    for stretch in routine["stretch"]:
        for key in ("name", "objective", "cue"):
            if key in stretch:
                yield "Routine", stretch[key]
        for key in ("instructions", "pace_words"):
            for text in stretch.get(key, ()):
                yield "Routine", text
    about = tomllib.loads((assets / "about.toml").read_text(encoding="utf-8"))
    for section in about["section"]:
        yield "About", section["heading"]
        for text in section["paragraphs"]:
            yield "About", text


def content_source(assets: Path = ASSETS) -> str:
    """The content as Python that lupdate reads (json strings are Python strings)."""
    lines = ["from backspasm_gui.core.i18n import translate", ""]
    for context, text in content_strings(assets):
        lines.append(f"translate({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})")
    return "\n".join(lines) + "\n"


def update(ts_files: dict[str, Path], root: Path = ROOT) -> None:
    """Bring each language's ``.ts`` up to date with the source, dropping what is gone."""
    with tempfile.TemporaryDirectory() as scratch:
        content = Path(scratch) / "content.py"
        content.write_text(content_source(root / "assets"), encoding="utf-8")
        sources = sorted((root / "backspasm_gui").rglob("*.py"))
        for language, ts_file in ts_files.items():
            subprocess.run(
                [
                    tool("lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    *map(str, sources),
                    str(content),
                    "-ts",
                    str(ts_file),
                ],
                check=True,
            )


def build(folder: Path = FOLDER) -> list[Path]:
    built = []
    for language in SHIPPED:
        target = qm_path(language, folder)
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts_path(language, folder)), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    match argv:
        case ["update"]:
            update({language: ts_path(language) for language in SHIPPED})
        case ["build"]:
            for path in build():
                print(path.relative_to(ROOT))
        case _:
            print(__doc__, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
