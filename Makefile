# Two commands do everything on a fresh machine with Python 3.11+:
#   make run    create .venv, install, start the app
#   make test   the same set-up, then lint, types and the whole suite, headless
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test check lint typecheck pytest screenshots timeline clean

SOUNDS := assets/sounds/.made

run: $(STAMP) $(SOUNDS)
	$(BIN)/backspasm-gui

test: $(STAMP) $(SOUNDS) check pytest

check: lint typecheck

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(SOUNDS)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# The chimes are synthesised by the build (hatch_build.py) and again here
# whenever the synthesiser changes; they are never committed.
$(SOUNDS): backspasm_gui/audio/synth.py | $(STAMP)
	$(BIN)/python backspasm_gui/audio/synth.py assets/sounds
	@touch $@

# Every cue of a whole session with its time, from the real state machine.
timeline: $(STAMP)
	$(BIN)/backspasm-gui --timeline

# The README's pictures, rendered by the app itself.
screenshots: $(STAMP)
	$(BIN)/backspasm-gui --screenshot docs/window-light.png --step 3 --size 1100x700 --theme light
	$(BIN)/backspasm-gui --screenshot docs/window-dark.png --step 6 --size 1100x700 --theme dark
	$(BIN)/backspasm-gui --export-poses docs/poses

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
