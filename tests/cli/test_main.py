"""The dispatch: the version, the routine file and its mistakes, the help in a language."""

from __future__ import annotations

import os
import sys
import time
from importlib import metadata
from pathlib import Path

import pytest

from backspasm_gui.core.i18n import LANGUAGES, SOURCE_LANGUAGE
from tests.cli.command import cli
from tests.samples import GOOD, STRETCH, routine_text


def test_version_is_the_installed_version(tmp_path: Path) -> None:
    result = cli("--version", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"backspasm-gui {metadata.version('backspasm-gui')}"


def test_another_routine_file_is_used(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(GOOD, encoding="utf-8")
    result = cli("--routine", str(path), "--print-routine", tmp_path=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("Mine\n2 holds")


BAD = {
    "syntax": (GOOD.replace("seconds = 30", "seconds 30"), ["line 10", "not valid TOML"]),
    "missing field": (GOOD.replace('name = "Knee to Chest"\n', ""), ["'name' is missing"]),
    "wrong type": (GOOD.replace("seconds = 30", 'seconds = "30"'), ["line 10", "'seconds'"]),
    "zero seconds": (GOOD.replace("seconds = 30", "seconds = 0"), ["line 10", "got 0"]),
    "negative seconds": (GOOD.replace("seconds = 30", "seconds = -5"), ["line 10", "got -5"]),
    "unknown key": (GOOD + 'colour = "red"\n', ["line 12", "unknown key 'colour'"]),
    "empty routine": (routine_text(stretch=""), ["no stretches"]),
    "duplicate id": (routine_text(STRETCH + STRETCH), ["line 14", "used twice"]),
}


@pytest.mark.parametrize(("text", "expected"), BAD.values(), ids=BAD.keys())
@pytest.mark.parametrize("mode", ["--print-routine", "window"])
def test_a_bad_routine_ends_with_one_sentence_and_exit_code_2(
    tmp_path: Path, text: str, expected: list[str], mode: str
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(text, encoding="utf-8")
    extra = [mode] if mode != "window" else []
    result = cli("--routine", str(path), *extra, tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"backspasm-gui: {path}")
    for part in expected:
        assert part in lines[0]
    assert "Traceback" not in result.stderr


def test_a_missing_routine_file_is_one_sentence_and_exit_code_2(tmp_path: Path) -> None:
    result = cli("--routine", str(tmp_path / "nowhere.toml"), tmp_path=tmp_path)
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"backspasm-gui: {tmp_path / 'nowhere.toml'}: the file does not exist"
    )


def test_a_routine_file_that_is_not_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_bytes(b"\xff\xfe\x00garbage")
    result = cli("--routine", str(path), "--print-routine", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "not UTF-8" in result.stderr


def test_the_help_and_its_mistakes_are_in_the_chosen_language(tmp_path: Path) -> None:
    spanish = cli("--language", "es", "--help", tmp_path=tmp_path)
    assert spanish.returncode == 0
    assert spanish.stdout.startswith("uso: backspasm-gui")
    assert "muestra esta ayuda y termina" in spanish.stdout
    assert "guarda el historial en DIR" in spanish.stdout
    german = cli("--language", "de", "--size", "3x3", tmp_path=tmp_path)
    assert german.returncode == 2
    assert "Fehler: argument --size: 3x3 liegt außerhalb von 320x240 bis 8192x8192" in german.stderr


def test_a_routine_nested_500_deep_is_one_sentence_and_exit_code_2(tmp_path: Path) -> None:
    path = tmp_path / "n.toml"
    path.write_text("x = " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    result = cli("--routine", str(path), "--print-routine", tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"backspasm-gui: {path}, line 1: the values are nested more than 6 levels deep, "
        "which no file of ours needs\n"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_given_as_the_routine_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    result = cli("--routine", str(fifo), "--print-routine", tmp_path=tmp_path, timeout=20)
    assert result.returncode == 2
    assert "not an ordinary file (it is a pipe, a device or a socket)" in result.stderr


def test_a_5_megabyte_introduction_is_refused_clearly_within_a_second(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It once took 94 s to show: the entry point itself, timed in this process so the
    interpreter's own start does not count."""
    from backspasm_gui.cli.main import main

    path = tmp_path / "big.toml"
    path.write_text(f'schema = 1\ntitle = "Big"\nintroduction = "{"a" * 5_000_000}"\n')
    began = time.perf_counter()
    code = main(["--routine", str(path)])
    took = time.perf_counter() - began
    assert (code, capsys.readouterr().err) == (
        2,
        f"backspasm-gui: {path}: the file is 4.8 MB, more than the 1 MB such a file may be\n",
    )
    assert took < 1.0


@pytest.mark.parametrize("mode", ["--print-routine", "window"])
def test_10000_stretches_are_refused_at_the_51st(tmp_path: Path, mode: str) -> None:
    """Under the 1 MB cap (short stretches), so the count itself is what is refused."""
    short = '\n[[stretch]]\nid = "s{n}"\nname = "S"\nkind = "hold"\nobjective = "o"\n'
    many = "".join(
        (short + 'instructions = ["i"]\nseconds = 30\n').format(n=n) for n in range(10_000)
    )
    path = tmp_path / "many.toml"
    path.write_text(routine_text(many), encoding="utf-8")
    assert path.stat().st_size < 1024 * 1024
    result = cli("--routine", str(path), *([mode] if mode != "window" else []), tmp_path=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"backspasm-gui: {path}, line 404, stretch 51 ('s50'): "
        "'stretch' has 10000 entries; it may have at most 50\n"
    )


def _translation(code: str, context: str, source: str) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
    import translations  # packaging/ is not a package

    for message in translations.messages(translations.ts_path(code)):
        if (message["context"], message["source"]) == (context, source):
            return str(message["translation"])
    return ""


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != SOURCE_LANGUAGE])
def test_the_command_line_speaks_every_language(code: str, tmp_path: Path) -> None:
    """Its help and the routine it prints, as that language's .ts file words them."""
    usage = _translation(code, "CommandLine", "usage: ")
    helps = _translation(code, "CommandLine", "show this help message and exit")
    cat_cow = _translation(code, "Routine", "Cat Cow")
    assert all((usage, helps, cat_cow)), f"the {code} translation is unfinished"
    shown = cli("--language", code, "--help", tmp_path=tmp_path)
    assert shown.returncode == 0
    assert shown.stdout.startswith(f"{usage}backspasm-gui")
    assert helps in shown.stdout
    printed = cli("--language", code, "--print-routine", tmp_path=tmp_path)
    assert printed.returncode == 0
    assert cat_cow in printed.stdout
