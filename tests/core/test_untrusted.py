"""The hardened reader: a file a stranger hands us is refused in one sentence, at once,
whatever it is: a pipe, a folder, 50 MB, bytes that are not text, 500-deep nesting."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.untrusted import MAX_DEPTH, amount, parse_toml, read_text, read_toml
from tests.core.fakes import said


def refusal(path: Path, max_bytes: int = 1000) -> str:
    with pytest.raises(ContentError) as caught:
        read_toml(path, max_bytes=max_bytes)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert "\n" not in message
    return message


def test_a_good_file_gives_its_values_and_its_text(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('schema = 1\nname = "x"\n', encoding="utf-8")
    data, text = read_toml(path, max_bytes=1000)
    assert data == {"schema": 1, "name": "x"}
    assert text == 'schema = 1\nname = "x"\n'


def test_a_byte_order_mark_from_a_windows_editor_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_bytes(b'\xef\xbb\xbfschema = 1\nname = "x"\n')
    assert read_toml(path, max_bytes=1000)[0] == {"schema": 1, "name": "x"}


def test_a_fifo_is_refused_at_once_instead_of_waiting_for_a_writer(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_text(fifo, max_bytes=1000)
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=5)
    if reader.is_alive():  # let the blocked reader go before failing
        with open(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK), "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert len(outcome) == 1
    assert isinstance(outcome[0], ContentError)
    assert str(outcome[0]) == (
        f"{fifo}: this is not an ordinary file (it is a pipe, a device or a socket), "
        "so it is not read"
    )


def test_a_device_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    with pytest.raises(ContentError, match="not an ordinary file"):
        read_text(Path("/dev/zero"), max_bytes=1000)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    assert refusal(tmp_path) == f"{tmp_path}: this is a folder, not a file"


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    assert refusal(tmp_path / "gone.toml") == f"{tmp_path / 'gone.toml'}: the file does not exist"


def test_a_file_at_the_size_cap_is_read_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    head = b"x = 1\n#"
    path.write_bytes(head + b"-" * (1000 - len(head)))
    assert read_toml(path, max_bytes=1000)[0] == {"x": 1}
    path.write_bytes(head + b"-" * (1001 - len(head)))
    assert refusal(path) == (
        f"{path}: the file is 1001 bytes, more than the 1000 bytes such a file may be"
    )


def test_50_megabytes_are_refused_before_any_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    with path.open("wb") as file:  # sparse: made at once, takes no room
        file.truncate(50 * 1024 * 1024)
    began = time.perf_counter()
    message = refusal(path, max_bytes=64 * 1024)
    assert time.perf_counter() - began < 0.1
    assert message == f"{path}: the file is 50 MB, more than the 64 KB such a file may be"


def test_bytes_that_are_not_utf8_are_refused_naming_their_line(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_bytes(b'schema = 1\n\ntitle = "caf\xe9"\n')
    assert refusal(path) == f"{path}, line 3: the file is not UTF-8 text"


def test_a_picture_renamed_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert refusal(path) == f"{path}, line 1: the file is not UTF-8 text"


def test_a_syntax_error_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text("a = 1\nb 2\n", encoding="utf-8")
    assert refusal(path).startswith(f"{path}, line 2: this is not valid TOML (")


def test_500_deep_lists_are_refused_in_one_sentence_naming_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text("a = 1\nx = " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    assert refusal(path, 10_000) == (
        f"{path}, line 2: the values are nested more than {MAX_DEPTH} levels deep, "
        "which no file of ours needs"
    )


def test_500_deep_inline_tables_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text("x = " + "{a = " * 500 + "1" + "}" * 500 + "\n", encoding="utf-8")
    assert "line 1: the values are nested more than" in refusal(path, 10_000)


def nested(levels: int) -> str:
    """A value at the top of the document whose lists make ``levels`` levels with it."""
    return "x = " + "[" * (levels - 1) + "1" + "]" * (levels - 1) + "\n"


def test_nesting_at_the_cap_is_read_and_one_level_more_is_refused() -> None:
    assert parse_toml(nested(MAX_DEPTH), source="f") == {"x": [[[[[1]]]]]}
    with pytest.raises(ContentError, match=r"^f, line 1: the values are nested more than 6"):
        parse_toml(nested(MAX_DEPTH + 1), source="f")


def test_tables_nested_by_their_names_count_too() -> None:
    deep = "[a.b.c.d.e]\nx = 1\n"  # the document, a, b, c, d, e: six levels
    assert parse_toml(deep, source="f")["a"]["b"]["c"]["d"]["e"] == {"x": 1}
    with pytest.raises(ContentError, match=r"^f, 'a\.b\.c\.d\.e\.f': the values are nested"):
        parse_toml("[a.b.c.d.e.f]\nx = 1\n", source="f")


def test_brackets_in_strings_and_comments_are_not_nesting() -> None:
    text = (
        'a = "[[[[[[[[[["\n'
        "b = '[[[[[[[[[['\n"
        'c = """\n[[[[[[[[[[ \\" \\\\ ""\n"""\n'
        "d = '''[[[[[[[[[[''''\n"
        "# [[[[[[[[[[\n"
        'e = ["]]]]", [1]]\n'
    )
    data = parse_toml(text, source="f")
    assert data["e"] == ["]]]]", [1]]
    assert data["d"] == "[[[[[[[[[['"


def test_5_megabytes_of_introduction_are_refused_in_well_under_a_second(tmp_path: Path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('schema = 1\nintroduction = "' + "a" * 5_000_000 + '"\n', encoding="utf-8")
    began = time.perf_counter()
    message = refusal(path, max_bytes=1024 * 1024)
    assert time.perf_counter() - began < 0.2
    assert message == f"{path}: the file is 4.8 MB, more than the 1 MB such a file may be"


@pytest.mark.parametrize(
    ("size", "said"),
    [
        (812, "812 bytes"),
        (10 * 1024, "10 KB"),
        (64 * 1024 + 1, "65 KB"),
        (1024 * 1024, "1 MB"),
        (1024 * 1024 + 1, "1.1 MB"),
        (50 * 1024 * 1024, "50 MB"),
    ],
)
def test_sizes_are_said_rounded_up_so_one_past_a_cap_never_reads_as_the_cap(
    size: int, said: str
) -> None:
    assert amount(size) == said


@settings(max_examples=300, deadline=2000)
@given(st.binary(max_size=2000))
def test_any_bytes_give_values_or_one_sentence(data: bytes) -> None:
    assert "\n" not in said(lambda: parse_toml(data.decode("utf-8", "replace"), source="f"))
