"""The real program as a screen reader meets it: its accessible tree over AT-SPI.

The app runs under Xvfb with a private session bus; the accessibility bus
(at-spi-bus-launcher, at-spi2-registryd) is started on it by D-Bus activation,
as on a desktop. The tree is read by ``atspi_tree.py`` in the system Python
(python3-pyatspi), since the venv cannot import gi.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))

import xwindow

from tests.e2e.running import running_app

pytestmark = pytest.mark.e2e

APP_NAME = "Back Spasm Stretches"
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
HELPER = Path(__file__).with_name("atspi_tree.py")
CONTROLS = ("Previous", "Start", "Next", "Restart")

Node = dict[str, Any]


def _missing() -> list[str]:
    missing = [tool for tool in (*xwindow.TOOLS, "dbus-daemon") if shutil.which(tool) is None]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    has_pyatspi = Path(SYSTEM_PYTHON).exists() and (
        subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
        == 0
    )
    if not has_pyatspi:
        missing.append("pyatspi for /usr/bin/python3 (python3-pyatspi, gir1.2-atspi-2.0)")
    return missing


@pytest.fixture
def display() -> Iterator[str]:
    missing = _missing()
    if missing:
        message = f"needs {', '.join(missing)} (make test installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI must run this test, never skip it
        pytest.skip(message)
    with xwindow.xvfb() as number:
        yield number


@pytest.fixture
def session_env(display: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    """One person's desktop session: display, private session bus, settings, runtime folder."""
    # The a11y bus's socket goes in the runtime folder: keep its path short.
    runtime = tempfile.mkdtemp(prefix="a11y-")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "XDG_RUNTIME_DIR": runtime, "DISPLAY": display},
    )
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        inherited = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DBUS_", "AT_SPI", "QT_", "XDG_"))
        }
        yield {
            **inherited,
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "XDG_RUNTIME_DIR": runtime,
            "XDG_STATE_HOME": str(tmp_path / "state"),
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
        }
    finally:
        bus.terminate()  # the a11y bus launcher and registry leave with it
        bus.wait(timeout=10)
        if bus.stdout is not None:
            bus.stdout.close()
        shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def app(session_env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    with running_app(session_env, "--theme", "light") as process:
        yield process


FIND_SECONDS = 45  # to appear on the bus; under load a start can take many seconds


def read_tree(env: dict[str, str], *steps: str) -> list[list[Node]]:
    """The app's accessible tree, then again after each ``wait:`` step."""
    return listen(env, *steps)[0]


def listen(
    env: dict[str, str], *steps: str, seconds: float = 90
) -> tuple[list[list[Node]], list[str]]:
    """The trees as read_tree gives them, and everything the app announced meanwhile.

    The helper waits up to FIND_SECONDS for the app to appear on the accessibility bus
    (a loaded machine starts it slowly) and each step has its own deadline; on any
    failure the test fails saying what the helper last saw, never with an error of its
    own."""
    try:
        result = subprocess.run(
            [SYSTEM_PYTHON, str(HELPER), APP_NAME, str(FIND_SECONDS), *steps],
            env=env,
            capture_output=True,
            text=True,
            timeout=seconds,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the AT-SPI reader was still going after {seconds:.0f} s: {exc.stderr!r}")
    lines = [json.loads(line) for line in result.stdout.splitlines() if line]
    trees = [line["nodes"] for line in lines if "nodes" in line]
    if result.returncode != 0:
        if trees:
            seen = [f"{n['role']}: {n['name']!r} {n['description']!r}" for n in showing(trees[-1])]
            last = "last tree read:\n" + "\n".join(seen)
        else:
            last = "no tree was read"
        pytest.fail(f"{result.stderr[-2000:]}\n{last}")
    heard = next((line["heard"] for line in lines if "heard" in line), [])
    return trees, heard


def showing(tree: list[Node], role: str | None = None) -> list[Node]:
    return [n for n in tree if n["showing"] and (role is None or n["role"] == role)]


def heard(tree: list[Node]) -> set[str]:
    """What a screen reader says for the showing nodes: their names."""
    return {n["name"] for n in showing(tree)}


def test_a_screen_reader_finds_the_app_its_window_and_the_controls_by_name(
    app: subprocess.Popen[str], session_env: dict[str, str]
) -> None:
    (tree,) = read_tree(session_env)
    assert tree[0]["role"] == "application"
    assert tree[0]["name"] == APP_NAME
    frames = [n for n in tree if n["role"] == "frame"]
    assert [frame["name"] for frame in frames] == [APP_NAME]
    buttons = {n["name"]: n for n in showing(tree, "push button")}
    assert set(CONTROLS) <= buttons.keys()
    assert not buttons["Previous"]["enabled"]  # nothing before the first hold
    assert not buttons["Restart"]["enabled"]  # nothing to start again yet
    assert all(buttons[name]["enabled"] for name in ("Start", "Next"))
    assert buttons["Start"]["description"] == "Start or pause the routine (Space)"
    assert "Countdown" in heard(tree)
    assert app.poll() is None


def test_pressing_next_through_at_spi_moves_on_and_enables_previous(
    app: subprocess.Popen[str], session_env: dict[str, str]
) -> None:
    # One press at a time: Qt presses through AT-SPI with animateClick, which ignores
    # a second press during its 100 ms.
    first, _back_extension, moved = read_tree(
        session_env, "press:Next", "wait:Back Extension", "press:Next", "wait:Knee to Chest"
    )
    pictures = [n["description"] for n in showing(moved) if n["name"] == "Picture of the stretch"]
    assert pictures
    assert pictures[0].startswith("Knee to Chest")
    previous = {n["name"]: n for n in showing(moved, "push button")}["Previous"]
    assert previous["enabled"]
    assert first != moved


def test_a_screen_reader_hears_the_stretch_side_and_progress_on_screen(
    app: subprocess.Popen[str], session_env: dict[str, str]
) -> None:
    first, _back_extension, moved = read_tree(
        session_env, "press:Next", "wait:Back Extension", "press:Next", "wait:Knee to Chest"
    )
    assert {"Cat Cow", "Stretch 1 of 7"} <= heard(first)
    assert {"Knee to Chest", "Left side", "Stretch 3 of 7 · Left side"} <= heard(moved)


SHORT_HOLDS = 1  # seconds: the whole routine in about a quarter of a minute


@pytest.fixture
def spanish_app(session_env: dict[str, str], tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """The handout's routine, every hold cut to a second so the test can do it all, in
    Spanish as the system asks (LANGUAGE), started the way a keyboard user would."""
    handout = (Path(__file__).resolve().parents[2] / "assets" / "routine.toml").read_text(
        encoding="utf-8"
    )
    short = re.sub(
        r"(?m)^(pace_)?seconds = \d+",
        lambda m: f"{m.group(0).split('=')[0]}= {SHORT_HOLDS}",
        handout,
    )
    routine = tmp_path / "routine.toml"
    routine.write_text(short, encoding="utf-8")
    # The app's own voice off, as a screen-reader user may keep it: the moments then come
    # from their screen reader (with it on, a voice would say them, once).
    settings = Path(session_env["XDG_CONFIG_HOME"]) / "backspasm" / f"{APP_NAME}.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[audio]\nvoice=false\n", encoding="utf-8")
    env = {**session_env, "LANGUAGE": "es_ES:es", "LANG": "es_ES.UTF-8"}
    args = (
        "--routine",
        str(routine),
        "--lead-in",
        "1",
        "--switch-lead-in",
        "1",
        "--theme",
        "light",
    )
    with running_app(env, *args) as process:
        yield process


def test_the_whole_routine_in_spanish_by_keyboard_and_screen_reader_alone(
    spanish_app: subprocess.Popen[str], session_env: dict[str, str]
) -> None:
    """Space starts it; a screen reader finds the stretch, the progress and the controls
    by their Spanish names and, unasked, hears every stretch, side and the end."""
    trees, heard = listen(
        session_env,
        "key:space",
        "hear:Rodilla al pecho",
        "hear:Rutina completada",
        seconds=120,
    )
    first, during, done = trees
    assert {"Anterior", "Comenzar", "Siguiente", "Reiniciar"} <= names(first, "push button")
    assert {"Gato-vaca", "Estiramiento 1 de 7"} <= names(first)
    assert {"Rodilla al pecho", "Lado izquierdo"} <= names(during)
    assert "Pausar" in names(during, "push button")
    assert "¡Muy bien! Rutina completada" in names(done)
    assert "Repetir" in names(done, "push button")
    spoken = "\n".join(heard)
    every_stretch = (
        "Gato-vaca",
        "Extensión de espalda",
        "Rodilla al pecho",
        "Rotación de tronco boca arriba",
    )
    for stretch in every_stretch:
        assert f"A continuación: {stretch}" in spoken
    assert "Cambie al lado derecho." in heard
    assert heard[-1] == "Rutina completada. Ha completado 11 de 11 pasos."
    assert not [line for line in heard if re.search(r"Next|Hold|Switch|Routine", line)]


def names(tree: list[Node], role: str | None = None) -> set[str]:
    return {n["name"] for n in showing(tree, role)}


@pytest.fixture
def arabic_app(session_env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """The app in Arabic, as an Egyptian system asks for it (LANGUAGE)."""
    env = {**session_env, "LANGUAGE": "ar_EG:ar", "LANG": "ar_EG.UTF-8"}
    with running_app(env, "--theme", "light", "--size", "1100x700") as process:
        yield process


GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
x, y, w, h = map(int, sys.argv[2:6])
app.primaryScreen().grabWindow(0, x, y, w, h).save(sys.argv[1])
"""


def inked_columns(env: dict[str, str], extents: list[int]) -> list[int]:
    """The columns of ``extents`` (x, y, width, height on the screen) where something
    darker than the background is drawn, from a grab of the real screen."""
    from PySide6.QtGui import QImage

    with tempfile.TemporaryDirectory() as folder:
        picture = Path(folder) / "grab.png"
        subprocess.run(
            [sys.executable, "-c", GRAB, str(picture), *map(str, extents)],
            env={**env, "QT_QPA_PLATFORM": "xcb"},
            check=True,
            timeout=30,
        )
        image = QImage(str(picture))
    background = image.pixelColor(0, 0).lightness()
    return [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() < background - 80 for y in range(image.height()))
    ]


def translated(context: str, source: str) -> str:
    """The Arabic translation of ``source``, as the .ts file has it ("" if unfinished)."""
    from translations import messages, ts_path

    for message in messages(ts_path("ar")):
        if (message["context"], message["source"]) == (context, source):
            return str(message["translation"])
    return ""


def test_in_arabic_the_window_reads_right_to_left_and_a_screen_reader_hears_arabic(
    arabic_app: subprocess.Popen[str], session_env: dict[str, str]
) -> None:
    """Next is left of Previous, the stretch's name is set from the right, and the names
    a screen reader reads are the Arabic ones."""
    (tree,) = read_tree(session_env)
    words = {name: translated("ControlBar", name) for name in CONTROLS}
    assert all(words.values()), f"the Arabic translation is unfinished: {words}"
    buttons = {n["name"]: n for n in showing(tree, "push button")}
    assert {words[name] for name in CONTROLS} <= buttons.keys()
    assert not set(CONTROLS) & buttons.keys()  # no English left among them
    next_x = buttons[words["Next"]]["extents"][0]
    previous_x = buttons[words["Previous"]]["extents"][0]
    assert next_x < previous_x, {n: b["extents"] for n, b in buttons.items()}
    stretch = translated("Routine", "Cat Cow")
    labels = [n for n in showing(tree) if n["name"] == stretch and n["extents"]]
    assert labels, f"no {stretch!r} on screen"
    ink = inked_columns(session_env, labels[0]["extents"])
    assert ink, "the stretch's name drew nothing"
    width = labels[0]["extents"][2]
    assert width - 1 - max(ink) < min(ink)  # nearer its right edge than its left
    arabic = [n["name"] for n in showing(tree) if re.search("[\u0600-\u06ff]", n["name"])]
    assert len(arabic) >= 8  # the controls, the stretch, its words, the header
