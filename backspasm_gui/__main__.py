"""``python -m backspasm_gui``: the same as the ``backspasm-gui`` command."""

import sys

from backspasm_gui.cli.main import main

sys.exit(main())
