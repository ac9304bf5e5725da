"""The app's translations: ``.ts`` sources in assets/translations/, ``.qm`` built from them.

    python packaging/translations.py update   # refresh the .ts files from the source
    python packaging/translations.py build    # compile them to .qm (the build does this)
    python packaging/translations.py status   # what each language still lacks
    python packaging/translations.py export fr > fr.json   # its messages, to fill in
    python packaging/translations.py fill fr fr.json       # write the filled ones back

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

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from backspasm_gui.core.i18n import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402 - plain Python

ASSETS = ROOT / "assets"
FOLDER = ASSETS / "translations"
# Besides English, the source: the app's list (one line there and one .ts file here
# make a new language).
SHIPPED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)


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


_MESSAGE = re.compile(
    r"(<message>\s*<source>(?P<source>[^<]*)</source>\s*"
    r"(?:<comment>(?P<comment>[^<]*)</comment>\s*)?"
    r"(?:<extracomment>(?P<note>[^<]*)</extracomment>\s*)?)"
    r"<translation(?P<unfinished> type=\"unfinished\")?>(?P<translation>[^<]*)</translation>",
    re.S,
)
_CONTEXT = re.compile(r"<context>\s*<name>(?P<name>[^<]*)</name>(?P<body>.*?)</context>", re.S)


def messages(ts_file: Path) -> Iterator[dict[str, str | bool]]:
    """Each message of a ``.ts`` file: context, source, comment, note, translation, done."""
    for context in _CONTEXT.finditer(ts_file.read_text(encoding="utf-8")):
        for found in _MESSAGE.finditer(context["body"]):
            yield {
                "context": html.unescape(context["name"]),
                "source": html.unescape(found["source"]),
                "comment": html.unescape(found["comment"] or ""),
                "note": html.unescape(found["note"] or ""),
                "translation": html.unescape(found["translation"]),
                "done": found["unfinished"] is None,
            }


def unfinished(ts_file: Path) -> list[dict[str, str | bool]]:
    return [message for message in messages(ts_file) if not message["done"]]


_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def wrong_placeholders(ts_file: Path) -> list[dict[str, str | bool]]:
    """The messages whose translation (finished or not: lrelease compiles both) names
    other ``{placeholders}`` than the source: filling them in would fail at run time."""
    return [
        message
        for message in messages(ts_file)
        if str(message["translation"]).strip()
        and sorted(_PLACEHOLDER.findall(str(message["source"])))
        != sorted(_PLACEHOLDER.findall(str(message["translation"])))
    ]


def status(language: str, folder: Path = FOLDER) -> str:
    """One line on what ``language`` lacks, then one for each message that is wrong."""
    ts_file = ts_path(language, folder)
    if not ts_file.exists():
        return f"{language}: {ts_file.name} is missing (add it with `make translations`)"
    total = sum(1 for _message in messages(ts_file))
    left, wrong = unfinished(ts_file), wrong_placeholders(ts_file)
    if not left and not wrong:
        return f"{language}: complete ({total} messages)"
    lines = [f"{language}: {len(left)} of {total} unfinished, {len(wrong)} with wrong placeholders"]
    lines += [
        f"  {message['context']}: {message['source']!r} -> {message['translation']!r}"
        for message in wrong
    ]
    return "\n".join(lines)


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&apos;")
        .replace('"', "&quot;")
    )


def fill(ts_file: Path, filled: list[dict[str, str]]) -> int:
    """Write each non-empty ``translation`` of ``filled`` (as :func:`export` gives them)
    into ``ts_file`` as finished, matched by context, source and comment; the count."""
    table = {
        (item["context"], item["source"], item.get("comment", "")): item["translation"]
        for item in filled
        if item.get("translation")
    }
    written = 0

    def one_context(context: re.Match[str]) -> str:
        name = html.unescape(context["name"])

        def one_message(found: re.Match[str]) -> str:
            nonlocal written
            key = (name, html.unescape(found["source"]), html.unescape(found["comment"] or ""))
            if key not in table:
                return found[0]
            written += 1
            return f"{found[1]}<translation>{_escape(table[key])}</translation>"

        body = _MESSAGE.sub(one_message, context["body"])
        return context[0].replace(context["body"], body, 1)

    text = _CONTEXT.sub(one_context, ts_file.read_text(encoding="utf-8"))
    ts_file.write_text(text, encoding="utf-8")
    return written


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
        case ["status"]:
            for language in SHIPPED:
                print(status(language))
        case ["export", language]:
            items = [
                {key: value for key, value in message.items() if key != "done" and value != ""}
                | {"translation": message["translation"]}
                for message in messages(ts_path(language))
            ]
            print(json.dumps(items, ensure_ascii=False, indent=1))
        case ["fill", language, filled]:
            count = fill(ts_path(language), json.loads(Path(filled).read_text(encoding="utf-8")))
            print(f"{language}: {count} written; {len(unfinished(ts_path(language)))} unfinished")
        case ["build"]:
            for path in build():
                print(path.relative_to(ROOT))
        case _:
            print(__doc__, file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
