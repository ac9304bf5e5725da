"""The chimes are heard on a computer that has sound: played through a real PulseAudio
server into a null sink, recorded from its monitor, and measured.

On a machine without a sound device Qt says "QSoundEffect: playback of this format is
not supported on the selected audio device" for every chime; this proves the files are
not the cause: with a device, every one of them sounds.
"""

from __future__ import annotations

import array
import os
import subprocess
import sys
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from backspasm_gui.core.cues import Sound
from tests.conftest import ROOT
from tests.tools import require_tools

TOOLS = ("pulseaudio", "parec", "pactl")
RATE = 44100
RECORD = ("parec", "-d", "rec.monitor", "--file-format=wav", "--rate", str(RATE))
GAP_MS = 2600  # between chimes: the longest (the end of a session) lasts 2 s


@pytest.fixture
def sound_server(tmp_path: Path) -> Iterator[str]:
    """A private PulseAudio server whose only output is a null sink, "rec"."""
    require_tools(TOOLS, "pulseaudio, pulseaudio-utils")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path)}
    started = subprocess.run(
        [
            "pulseaudio",
            "--daemonize=yes",
            "--exit-idle-time=-1",
            "-n",
            "--load=module-null-sink sink_name=rec",
            "--load=module-native-protocol-unix",
            "--disallow-exit=no",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert started.returncode == 0, started.stderr
    subprocess.run(["pactl", "set-default-sink", "rec"], env=env, timeout=10, check=True)
    try:
        yield str(runtime)
    finally:
        subprocess.run(["pulseaudio", "--kill"], env=env, timeout=10, check=False)


def bursts(path: Path, threshold: float = 0.02, quiet_ms: int = 200) -> list[float]:
    """The loudest sample (0-1) of each burst of sound in the recording: runs of 10 ms
    windows louder than ``threshold``, apart by at least ``quiet_ms`` of quiet."""
    with wave.open(str(path)) as recording:
        frames = recording.readframes(recording.getnframes())
        channels = recording.getnchannels()
    samples = array.array("h", frames)
    window = RATE * channels // 100
    levels = [
        max((abs(s) for s in samples[i : i + window]), default=0) / 32768
        for i in range(0, len(samples), window)
    ]
    found: list[float] = []
    quiet = quiet_ms // 10
    for level in levels:
        if level > threshold:
            if quiet >= quiet_ms // 10:
                found.append(level)
            else:
                found[-1] = max(found[-1], level)
            quiet = 0
        else:
            quiet += 1
    return found


def test_every_chime_is_heard_through_a_real_sound_server(
    sound_server: str, tmp_path: Path
) -> None:
    env = {**os.environ, "XDG_RUNTIME_DIR": sound_server, "QT_QPA_PLATFORM": "offscreen"}
    recorded = tmp_path / "chimes.wav"
    with subprocess.Popen(
        [sys.executable, "-m", "tests.audio.chime_player", str(GAP_MS)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as player:
        assert player.stdin is not None
        assert player.stdout is not None
        try:
            assert player.stdout.readline().strip() == "ready"  # it found the server's sink
            recorder = subprocess.Popen(
                [*RECORD, str(recorded)],
                env=env,
            )
            try:
                time.sleep(0.4)  # the recorder, another process, connected to the monitor
                player.stdin.write("go\n")
                player.stdin.flush()
                said = player.stdout.read()
                assert player.wait(timeout=60) == 0, said
            finally:
                recorder.terminate()
                recorder.wait(timeout=10)
        finally:
            if player.poll() is None:
                player.kill()
    heard = bursts(recorded)
    assert len(heard) == len(Sound), f"heard {len(heard)} chimes, peaks {heard}"
    assert all(peak > 0.05 for peak in heard), heard
