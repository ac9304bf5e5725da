"""How long a real voice takes to say what a lead-in says, against the time the
script gives it (``core/script.py``'s ``speaking_seconds``).

Every heading ("Next: …", "Switch sides.") and every instruction of the handout,
in each language the app ships, is said by espeak-ng (the engine
speech-dispatcher uses on Debian) at the app's usual speed, into a WAV file whose
length sox reads. A sentence that needs longer than the script gives it would be
cut short, or run into the next; the last column says so.

    .venv/bin/python benchmarks/speech_timing.py     (needs espeak-ng and sox)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from backspasm_gui import resources
from backspasm_gui.core.routine import localised
from backspasm_gui.core.routine_file import load_routine
from backspasm_gui.core.script import heading, speaking_seconds
from backspasm_gui.storage.settings import AudioPrefs
from backspasm_gui.ui.shared import language

# speech-dispatcher's espeak-ng module says 170 words a minute at speed 0; the app's
# usual speed (AudioPrefs().rate, -0.1) is about 161.
WORDS_PER_MINUTE = round(170 * 2 ** AudioPrefs().rate)


def said_seconds(text: str, voice: str, wav: Path) -> float:
    subprocess.run(
        ["espeak-ng", "-v", voice, "-s", str(WORDS_PER_MINUTE), "-w", str(wav), text], check=True
    )
    out = subprocess.run(["soxi", "-D", str(wav)], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> int:
    if not (shutil.which("espeak-ng") and shutil.which("soxi")):
        print("speech_timing: needs espeak-ng and sox (apt-get install espeak-ng sox)")
        return 2
    app = QCoreApplication(sys.argv[:1])
    rate = AudioPrefs().rate
    print(f"espeak-ng at {WORDS_PER_MINUTE} words a minute against the script's times\n")
    print(f"{'language':<9}{'sentences':>10}{'said, s':>9}{'given, s':>10}{'cut short':>11}")
    with tempfile.TemporaryDirectory() as folder:
        wav = Path(folder) / "said.wav"
        for code in ("en", "es", "de"):
            language.install(app, code)
            routine = localised(load_routine(resources.path("routine.toml")))
            texts = [heading(step, False) for step in routine.steps]
            texts += [heading(routine.steps[3], True)]
            texts += [text for stretch in routine.stretches for text in stretch.instructions]
            said = given = 0.0
            short = 0
            texts = list(dict.fromkeys(texts))
            for text in texts:
                real, allowed = said_seconds(text, code, wav), speaking_seconds(text, rate)
                said, given = said + real, given + allowed
                short += real > allowed
            print(f"{code:<9}{len(texts):>10}{said:>9.1f}{given:>10.1f}{short:>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
