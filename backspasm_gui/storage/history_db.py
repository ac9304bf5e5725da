"""The session history in a SQLite file: the :class:`~backspasm_gui.core.history.Store`.

One file (``history.sqlite3`` in the app's data folder, readable by its owner
alone, as are its ``-wal`` and ``-shm``), in WAL mode with
``synchronous=NORMAL``: every save is one transaction, and a committed one
survives the process being killed (only a power cut may lose the last few).

The schema is versioned with ``PRAGMA user_version``; :data:`MIGRATIONS` holds
every step from an empty file on, each run in its own transaction, so a file
from any earlier version is brought up to date when it is opened.

Opening never fails and never shows a traceback. What went wrong is returned
as one sentence for the person, and the store still works:

* a file that is not a database or is damaged is moved aside (with its
  ``-wal`` and ``-shm``) as ``history-unreadable-<date>-<time>.sqlite3`` and a
  new one is started;
* a file from a newer version of the app is left alone, and so is one that
  cannot be opened for another reason (locked, a folder that cannot be
  written): history is then kept in memory for this run only.

Sessions the app was killed during (``in_progress``) become stopped early on
open, ending when their last hold was done.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from types import TracebackType

from backspasm_gui.core.history import HoldRecord, SessionRecord
from backspasm_gui.core.i18n import translate
from backspasm_gui.private import create_private, private_file, private_folder

log = logging.getLogger(__name__)

# Every schema from the first on: MIGRATIONS[n] turns version n into version n + 1.
# Never edit a step once released; add one.
MIGRATIONS: tuple[str, ...] = (
    # 1: sessions and their planned holds
    """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,  -- ISO 8601 with the UTC offset of the moment
        ended TEXT NOT NULL,
        finished INTEGER NOT NULL DEFAULT 0 CHECK (finished IN (0, 1))
    );
    CREATE INDEX sessions_started ON sessions (started);
    CREATE TABLE holds (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        stretch_id TEXT NOT NULL,
        stretch_name TEXT NOT NULL,
        side TEXT CHECK (side IN ('left', 'right')),
        seconds INTEGER NOT NULL,
        done INTEGER NOT NULL CHECK (done IN (0, 1)),
        PRIMARY KEY (session_id, position)
    ) WITHOUT ROWID;  -- stored in key order: a session's holds together, no second index
    """,
    # 2: pain ratings around a session, and sessions still running
    """
    ALTER TABLE sessions ADD COLUMN pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10);
    ALTER TABLE sessions ADD COLUMN pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10);
    ALTER TABLE sessions ADD COLUMN in_progress INTEGER NOT NULL DEFAULT 0
        CHECK (in_progress IN (0, 1));
    """,
    # 3: the title of the routine each session followed ('' before: the handout's)
    """
    ALTER TABLE sessions ADD COLUMN routine TEXT NOT NULL DEFAULT '';
    """,
)
VERSION = len(MIGRATIONS)
BUSY_MS = 2000  # wait this long for another connection's write before giving up

# SQLite's primary result codes for a file that is not (or no longer) a database.
_DAMAGED = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB

_SESSION_COLUMNS = "id, started, ended, finished, in_progress, pain_before, pain_after, routine"


class _UnreadableError(Exception):
    """The file is not a database, or a damaged one (internal to opening)."""


class _NewerError(Exception):
    """The file has a schema from a newer version of the app (internal to opening)."""

    def __init__(self, found: int) -> None:
        super().__init__(found)
        self.found = found


def local_now() -> datetime:
    return datetime.now().astimezone()


class HistoryDB:
    """The history store. Make one with :meth:`open`."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None,
        problem: Callable[[str], None] | None = None,
    ) -> None:
        self._db: sqlite3.Connection | None = connection
        self._path = path
        self._problem = problem
        self._reported = False

    @classmethod
    def open(
        cls,
        path: Path,
        now: Callable[[], datetime] = local_now,
        problem: Callable[[str], None] | None = None,
    ) -> tuple[HistoryDB, str]:
        """The store in ``path``, and a sentence for the person if something was wrong
        ("" if not). ``now`` names a damaged file moved aside; ``problem`` hears,
        once, if saving fails later."""
        path = Path(path)
        db, sentence = _open_or_replace(path, now)
        if db is None:
            db = sqlite3.connect(":memory:", isolation_level=None)
            db.execute("PRAGMA foreign_keys = ON")
            _migrate(db)
            return cls(db, None, problem), sentence
        return cls(db, path, problem), sentence

    @property
    def path(self) -> Path | None:
        """The file, or None when history is kept in memory for this run only."""
        return self._path

    @property
    def persistent(self) -> bool:
        return self._path is not None

    # --- the Store -----------------------------------------------------------------

    def save(self, record: SessionRecord) -> SessionRecord:
        """Insert ``record`` (no id: returned with its new id) or replace the stored one
        with its id, with its holds, in one transaction. Never raises: on failure it
        logs, tells ``problem`` the first time, and returns ``record`` as given."""
        db = self._db
        if db is None:
            self._report(
                translate(
                    "HistoryStore", "A session could not be saved because the history was closed."
                )
            )
            return record
        values = (
            record.started.isoformat(),
            record.ended.isoformat(),
            int(record.finished),
            int(record.in_progress),
            record.pain_before,
            record.pain_after,
            record.routine,
        )
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                if record.id is None:
                    cursor = db.execute(
                        "INSERT INTO sessions (started, ended, finished, in_progress,"
                        " pain_before, pain_after, routine) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        values,
                    )
                    key = cursor.lastrowid
                    assert key is not None
                else:
                    key = record.id
                    db.execute(
                        "INSERT INTO sessions (id, started, ended, finished, in_progress,"
                        " pain_before, pain_after, routine) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (id) DO UPDATE SET started = excluded.started,"
                        " ended = excluded.ended, finished = excluded.finished,"
                        " in_progress = excluded.in_progress,"
                        " pain_before = excluded.pain_before, pain_after = excluded.pain_after,"
                        " routine = excluded.routine",
                        (key, *values),
                    )
                    db.execute("DELETE FROM holds WHERE session_id = ?", (key,))
                db.executemany(
                    "INSERT INTO holds (session_id, position, stretch_id, stretch_name, side,"
                    " seconds, done) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (key, n, h.stretch_id, h.stretch_name, h.side, h.seconds, int(h.done))
                        for n, h in enumerate(record.holds)
                    ],
                )
                db.execute("COMMIT")
            except BaseException:
                _rollback(db)
                raise
        except (sqlite3.Error, OverflowError) as exc:  # OverflowError: an int over 64 bits
            log.exception("saving session %s failed", record.id)
            self._report(
                translate(
                    "HistoryStore",
                    "A session could not be saved to your history ({reason}), "
                    "so it may be missing from your progress.",
                ).format(reason=_reason(exc))
            )
            return record
        return record if record.id == key else replace(record, id=key)

    def records(self, first: date | None = None, last: date | None = None) -> list[SessionRecord]:
        """The sessions whose day (local start date) is in ``first``..``last``, both
        included, oldest first. Never raises: on failure it logs, tells ``problem``
        the first time, and returns what it could read."""
        db = self._db
        if db is None:
            return []
        where, params = _day_filter(first, last)
        try:
            sessions = db.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions {where}", params
            ).fetchall()
            holds: dict[int, list[HoldRecord]] = {row[0]: [] for row in sessions}
            # Sessions repeat the same few holds: one (frozen) object for each, shared.
            made: dict[tuple[object, ...], HoldRecord] = {}
            for key, *hold in db.execute(
                "SELECT session_id, stretch_id, stretch_name, side, seconds, done FROM holds"
                f" WHERE session_id IN (SELECT id FROM sessions {where})"
                " ORDER BY session_id, position",
                params,
            ):
                shape = tuple(hold)
                record = made.get(shape)
                if record is None:
                    stretch_id, name, side, seconds, done = hold
                    record = HoldRecord(stretch_id, name, side, seconds, bool(done))
                    made[shape] = record
                holds[key].append(record)
        except sqlite3.Error as exc:
            log.exception("reading the history failed")
            self._report(
                translate(
                    "HistoryStore", "Your session history could not be read ({reason})."
                ).format(reason=_reason(exc))
            )
            return []
        result = []
        for key, started, ended, finished, in_progress, before, after, routine in sessions:
            try:
                result.append(
                    SessionRecord(
                        started=datetime.fromisoformat(started),
                        ended=datetime.fromisoformat(ended),
                        holds=tuple(holds[key]),
                        finished=bool(finished),
                        in_progress=bool(in_progress),
                        pain_before=before,
                        pain_after=after,
                        id=key,
                        routine=routine,
                    )
                )
            except (TypeError, ValueError):
                log.exception("session %s in the history is unreadable; left out", key)
                self._report(
                    translate(
                        "HistoryStore",
                        "A session in your history could not be read and is left out.",
                    )
                )
        result.sort(key=lambda record: (record.started, record.id or 0))
        return result

    def sessions_on(self, day: date) -> list[SessionRecord]:
        """The sessions started on ``day`` (local date), oldest first."""
        return self.records(day, day)

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                log.warning("closing the history failed", exc_info=True)
            self._db = None

    def __enter__(self) -> HistoryDB:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _report(self, sentence: str) -> None:
        if self._reported or self._problem is None:
            return
        self._reported = True
        try:
            self._problem(sentence)
        except Exception:
            log.exception("reporting a history problem failed")


# --- opening ------------------------------------------------------------------------


def _open_or_replace(
    path: Path, now: Callable[[], datetime]
) -> tuple[sqlite3.Connection | None, str]:
    """A connection to ``path`` (a new file in place of an unreadable one), or None
    when history must be off for this run; and the sentence saying what happened."""
    folder = path.parent
    try:
        private_folder(folder, tighten=False)  # new: the owner's alone; existing: theirs to set
        if not os.access(folder, os.W_OK):
            raise PermissionError(f"{folder} is not writable")
    except OSError:
        log.warning("cannot write to the history folder %s", folder, exc_info=True)
        return None, translate(
            "HistoryStore",
            "The folder {folder} cannot be written to, so history is off: "
            "this run's sessions will be forgotten when the app closes.",
        ).format(folder=folder)
    try:
        return _connect(path), ""
    except _NewerError as newer:
        log.warning("%s has schema version %d; this app knows %d", path, newer.found, VERSION)
        return None, translate(
            "HistoryStore",
            "Your session history at {path} was written by a newer version of the app, "
            "so it was left as it is and history is off: "
            "this run's sessions will be forgotten when the app closes.",
        ).format(path=path)
    except (sqlite3.Error, OSError) as exc:
        log.warning("cannot open %s", path, exc_info=True)
        return None, translate(
            "HistoryStore",
            "Your session history at {path} could not be opened ({reason}), so history is off: "
            "this run's sessions will be forgotten when the app closes.",
        ).format(path=path, reason=_reason(exc))
    except _UnreadableError:
        log.warning("%s is unreadable; moving it aside", path, exc_info=True)
    try:
        moved = _move_aside(path, now())
        return _connect(path), translate(
            "HistoryStore",
            "Your session history could not be read, so it was moved to {moved} "
            "and a new one was started.",
        ).format(moved=moved)
    except (sqlite3.Error, OSError, _UnreadableError, _NewerError):
        log.warning("cannot replace the unreadable %s", path, exc_info=True)
        return None, translate(
            "HistoryStore",
            "Your session history at {path} could not be read or replaced, so history is off: "
            "this run's sessions will be forgotten when the app closes.",
        ).format(path=path)


def _connect(path: Path) -> sqlite3.Connection:
    """An open, checked, up-to-date connection to ``path``; raises :class:`_UnreadableError`
    for a damaged file, :class:`_NewerError` for one from a newer app, which it leaves as
    it found it.

    The file is made (or left) readable by its owner alone before SQLite opens it:
    SQLite gives its ``-wal`` and ``-shm`` the database's own permissions."""
    create_private(path)
    for extra in ("-wal", "-shm"):
        private_file(Path(f"{path}{extra}"))
    db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_MS / 1000)
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        found = _pragma(db, "user_version")
        if found > VERSION:
            raise _NewerError(found)
        checked = [row[0] for row in db.execute("PRAGMA quick_check")]
        if checked != ["ok"]:
            raise _UnreadableError("; ".join(str(line) for line in checked[:5]))
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        _migrate(db)
        _close_interrupted(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        if _code(exc) in _DAMAGED:
            raise _UnreadableError(str(exc)) from exc
        raise
    except BaseException:
        db.close()
        raise
    return db


def _migrate(db: sqlite3.Connection) -> None:
    """Bring ``db`` to :data:`VERSION`, one transaction per step."""
    for version in range(_pragma(db, "user_version"), VERSION):
        log.info("history: migrating schema %d -> %d", version, version + 1)
        try:
            db.executescript(
                f"BEGIN IMMEDIATE;\n{MIGRATIONS[version]};\nPRAGMA user_version = {version + 1};\n"
                "COMMIT;"
            )
        except BaseException:
            _rollback(db)
            raise


def _rollback(db: sqlite3.Connection) -> None:
    """End a failed transaction (if SQLite has not ended it already)."""
    if db.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            db.execute("ROLLBACK")


def _close_interrupted(db: sqlite3.Connection) -> None:
    """Sessions the app was killed during end stopped early, at their last hold done."""
    closed = db.execute(
        "UPDATE sessions SET in_progress = 0, finished = 0 WHERE in_progress = 1"
    ).rowcount
    if closed:
        log.info("history: %d interrupted session(s) kept as stopped early", closed)


def _pragma(db: sqlite3.Connection, name: str) -> int:
    row = db.execute(f"PRAGMA {name}").fetchone()
    return int(row[0])


def _move_aside(path: Path, when: datetime) -> Path:
    """Move ``path`` (and its ``-wal``, ``-shm``) to an unused name beside it."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    stem = path.name.removesuffix(path.suffix)
    for n in range(1, 1000):
        suffix = "" if n == 1 else f"-{n}"
        target = path.with_name(f"{stem}-unreadable-{stamp}{suffix}{path.suffix}")
        if not any(Path(f"{target}{extra}").exists() for extra in ("", "-wal", "-shm")):
            break
    else:
        raise FileExistsError(f"no free name beside {path}")
    for extra in ("-wal", "-shm", ""):  # the database itself last: it is what matters
        source = Path(f"{path}{extra}")
        if source.exists():
            os.replace(source, f"{target}{extra}")
    log.warning("history: moved the unreadable %s to %s", path, target)
    return target


def _day_filter(first: date | None, last: date | None) -> tuple[str, tuple[str, ...]]:
    """A WHERE clause on the local start date. ``started`` begins with that date
    ("2026-11-30T14:25:01+01:00"), so text comparison is date comparison."""
    clauses, params = [], []
    if first is not None:
        clauses.append("started >= ?")
        params.append(first.isoformat())
    if last is not None:
        clauses.append("started < ?")
        params.append((last + timedelta(days=1)).isoformat())
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


def _code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc``, if it has one."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__
