# Two commands do everything on a fresh machine with Python 3.11+:
#   make run    check the system packages (packaging/system-packages.txt), create .venv,
#               install, start the app
#   make test   the same set-up, then lint, types and the whole suite, headless
PYTHON ?= python3
VENV   := .venv
ifeq ($(OS),Windows_NT)
BIN    := $(VENV)/Scripts
SYSTEM := Windows
else
BIN    := $(VENV)/bin
SYSTEM := $(shell uname -s)
endif
STAMP  := $(VENV)/.installed
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)

.PHONY: system-check translations run test check lint typecheck pytest screenshots gallery timeline clean sample-report \
	dist bundle installer icons dist-check measure-dist bench

SOUNDS := assets/sounds/.made
# The .qm files Qt loads, compiled from the .ts sources (never committed).
QM := $(patsubst %.ts,%.qm,$(wildcard assets/translations/backspasm_*.ts))

# Before anything else, the system packages of packaging/system-packages.txt that the
# goals asked for need: installed with apt-get as root or with sudo, else named with the
# command that installs them (exit 2). BACKSPASM_SKIP_SYSTEM_CHECK=1 skips it.
SYSTEM_GROUPS := run
ifneq ($(filter test check lint typecheck pytest dist bundle installer dist-check measure-dist bench,$(MAKECMDGOALS)),)
SYSTEM_GROUPS += test
endif
ifneq ($(filter dist bundle installer dist-check measure-dist,$(MAKECMDGOALS)),)
SYSTEM_GROUPS += dist
endif
ifneq ($(filter bench,$(MAKECMDGOALS)),)
SYSTEM_GROUPS += bench
endif

system-check:
	@$(PYTHON) packaging/system_check.py $(SYSTEM_GROUPS)

run: system-check $(STAMP) $(SOUNDS) $(QM)
	$(BIN)/backspasm-gui

test: system-check $(STAMP) $(SOUNDS) $(QM) check pytest

check: lint typecheck

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) $(SOUNDS) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# The chimes are synthesised by the build (hatch_build.py) and again here
# whenever the synthesiser changes; they are never committed.
$(SOUNDS): backspasm_gui/audio/synth.py | $(STAMP)
	$(BIN)/python backspasm_gui/audio/synth.py assets/sounds
	@touch $@

assets/translations/%.qm: assets/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing a user-visible string: refresh the .ts files, then translate what
# arrived unfinished (pyside6-linguist, or any editor; docs/translations/README.md);
# it ends by saying what each language still lacks. tests/packaging/test_translations.py
# checks they are whole.
translations: $(STAMP)
	$(BIN)/python packaging/translations.py update
	$(BIN)/python packaging/translations.py status

# Every cue of a whole session with its time, from the real state machine.
timeline: $(STAMP)
	$(BIN)/backspasm-gui --timeline

# The README's pictures, rendered by the app itself.
screenshots: $(STAMP) $(QM)
	$(BIN)/backspasm-gui --screenshot docs/window-light.png --step 3 --size 1100x700 --theme light
	$(BIN)/backspasm-gui --screenshot docs/window-dark.png --step 6 --size 1100x700 --theme dark
	$(BIN)/backspasm-gui --screenshot docs/window-es.png --step 9 --size 1100x700 --theme light \
		--language es
	$(BIN)/backspasm-gui --screenshot docs/window-de-large.png --step 4 --size 640x480 --theme dark \
		--language de --zoom 2
	$(BIN)/backspasm-gui --screenshot docs/window-ar.png --step 3 --size 1100x700 --theme light \
		--language ar
	$(BIN)/backspasm-gui --screenshot docs/window-zh_CN.png --step 9 --size 1100x700 --theme light \
		--language zh_CN
	$(BIN)/backspasm-gui --export-poses docs/poses

# Every screen a person meets, in every language at 1280x800 and 640x480, to look at one
# by one: build/gallery/ (tests/gallery.py).
gallery: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.gallery build/gallery

# A month of simulated use (tests/simulated.py: real sessions on a fake clock) and
# the app's own report and CSV of it, to look at: build/sample/report.png.
sample-report: $(STAMP) $(QM)
	$(BIN)/python -m tests.simulated build/sample
	QT_QPA_PLATFORM=offscreen $(BIN)/backspasm-gui --data-dir build/sample \
		--report build/sample/report.pdf --from 2026-10-26 --to 2026-11-22 --name "Sample Patient"
	QT_QPA_PLATFORM=offscreen $(BIN)/backspasm-gui --data-dir build/sample \
		--export-csv build/sample/sessions.csv
	pdftoppm -r 100 -png -singlefile build/sample/report.pdf build/sample/report

# ---- Installers (packaging/README.md) ------------------------------------
# `make dist` builds the installer of this OS into dist/:
#   Linux   dist/backspasm-gui_$(VERSION)_amd64.deb
#   Windows dist/backspasm-gui-$(VERSION)-setup.exe  (needs Inno Setup's iscc)
#   macOS   dist/Back-Spasm-Stretches-$(VERSION).dmg
DIST_STAMP := $(VENV)/.dist-installed
BUNDLE     := build/bundle/backspasm-gui
DEB        := dist/backspasm-gui_$(VERSION)_amd64.deb
ISCC       ?= iscc
WINDIR_ROOT = $(shell cygpath -m "$(CURDIR)" 2>/dev/null || echo "$(CURDIR)")

icons: build/icons/.made

build/icons/.made: assets/icon.svg packaging/icons.py | $(STAMP)
	$(BIN)/python packaging/icons.py build/icons
	@touch $@

bundle: $(DIST_STAMP) $(SOUNDS) $(QM) build/icons/.made
	rm -rf build/bundle
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath build/bundle --workpath build/pyinstaller packaging/backspasm-gui.spec

# The bundle, rebuilt only when the app or its assets changed (for make bench).
build/.bundle-made: $(shell find backspasm_gui assets -type f -not -name '*.pyc' 2>/dev/null) \
		packaging/backspasm-gui.spec pyproject.toml
	$(MAKE) bundle
	@touch $@

# ---- Benchmarks (benchmarks/bench.py) --------------------------------------
# Start time, CPU per state, memory over 100 sessions and timer accuracy under
# load, against their budgets; about 12 minutes. Prints a table, writes
# build/bench.json. BENCH_ARGS=--quick for a short run while trying changes.
bench: system-check $(STAMP) $(SOUNDS) build/.bundle-made
	@# Byte-compiled, as an installed copy is: a start from source must not pay for
	@# compiling (PYTHONDONTWRITEBYTECODE in the caller's shell would make it do so).
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m compileall -q backspasm_gui
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

dist: system-check bundle
	$(MAKE) installer

# The installer from the bundle already built (CI signs the bundle in between).
installer:
	@test -d $(BUNDLE) || { echo "$(BUNDLE) is missing: run make bundle"; exit 1; }
ifeq ($(SYSTEM),Linux)
	$(BIN)/python packaging/linux/build_deb.py $(BUNDLE) build/icons dist
else ifeq ($(SYSTEM),Darwin)
	packaging/macos/make_dmg.sh "build/bundle/Back Spasm Stretches.app" \
		"dist/Back-Spasm-Stretches-$(VERSION).dmg"
else
	# Git Bash would rewrite iscc's /D options as paths; give it Windows paths itself.
	MSYS2_ARG_CONV_EXCL='*' "$(ISCC)" /Qp /DAppVersion=$(VERSION) \
		/DBundleDir="$(WINDIR_ROOT)/$(BUNDLE)" /DIconsDir="$(WINDIR_ROOT)/build/icons" \
		/O"$(WINDIR_ROOT)/dist" packaging/windows/backspasm-gui.iss
endif

# Proof that the .deb works as a user gets it: lintian, the two validators,
# the unpacked app in a real X window; with root or sudo also apt-get install
# and a start from the menu entry, then removal.
dist-check: system-check $(STAMP)
	@test -f $(DEB) || { echo "$(DEB) is missing: run make dist"; exit 1; }
	$(BIN)/python packaging/linux/check_deb.py $(DEB) \
		$$( [ "$$(id -u)" = 0 ] || command -v sudo >/dev/null && echo --install )

# Sizes and start time of the .deb against their budgets.
measure-dist: $(STAMP)
	@test -f $(DEB) || { echo "$(DEB) is missing: run make dist"; exit 1; }
	$(BIN)/python packaging/measure_dist.py $(DEB)

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	@touch $@

$(STAMP): pyproject.toml | system-check
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
