"""Recording a live session as it happens.

The :class:`Recorder` listens to a session and hands a fresh record to a store at
every moment worth keeping (the first hold done, every hold after, the end, a
rating), so a crash loses at most the hold in progress. Storing is someone else's
job (``storage.history_db``); nothing here knows SQLite or Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from backspasm_gui.core.history import HoldRecord, SessionRecord, Store, check_pain
from backspasm_gui.core.routine import Routine
from backspasm_gui.core.session import Session, State
from backspasm_gui.core.session_events import (
    HoldCompleted,
    LeadInStarted,
    Restarted,
    RestartUndone,
    RoutineChanged,
    SessionFinished,
)


@dataclass
class _Open:
    started: datetime
    holds: list[HoldRecord]
    routine: str  # its title
    record: SessionRecord | None = None  # as last stored
    pain_before: int | None = None


class Recorder:
    """Keeps the store up to date with the session it listens to.

    A session begins with its first lead-in (Start, or Restart) and is stored
    from its first completed hold on, so pressing Start by mistake leaves no
    record. It ends finished (SessionFinished) or stopped early: Restart
    mid-way, or :meth:`close` when the app quits. Ratings: :meth:`rate_before`
    goes with the session about to start (or just started);
    :meth:`rate_after` with the one just ended.
    """

    def __init__(
        self,
        session: Session,
        store: Store,
        now: Callable[[], datetime],
        on_saved: Callable[[SessionRecord], None] | None = None,
    ) -> None:
        self._store = store
        self._now = now
        self._on_saved = on_saved
        self._open: _Open | None = None
        self._last: SessionRecord | None = None  # the latest one ended
        self._pain_before: int | None = None  # given before Start
        # What a Restart ended, while it can still be taken back: (the session, _last).
        self._restarted: tuple[_Open, SessionRecord | None] | None = None
        self._session = session
        session.subscribe(self._hear)

    @property
    def last(self) -> SessionRecord | None:
        """The session that ended most recently (for the rating after it)."""
        return self._last

    def rate_before(self, value: int | None) -> None:
        value = check_pain(value)
        if self._open is None:
            self._pain_before = value
            return
        self._open.pain_before = value
        if self._open.record is not None:
            self._save(replace(self._open.record, pain_before=value))

    def rate_after(self, value: int | None) -> None:
        value = check_pain(value)
        if self._last is not None and self._last.id is not None:
            self._last = self._save(replace(self._last, pain_after=value))

    def close(self) -> None:
        """The app is quitting: a session under way ends here, stopped early."""
        self._end(finished=False)

    def _hear(self, event: object) -> None:
        if isinstance(event, RoutineChanged):
            # Hold lengths changed from the next hold on. Other holds come only with a
            # Restart, which ends this session: the next one is recorded with them.
            if self._open is not None and _same_holds(self._open.holds, event.routine):
                self._open.holds = [
                    old if self._held_already(i) else replace(old, seconds=step.seconds)
                    for i, (old, step) in enumerate(
                        zip(self._open.holds, event.routine.steps, strict=True)
                    )
                ]
        elif isinstance(event, Restarted):
            ended = self._open
            last = self._last
            self._end(finished=False)
            self._restarted = (ended, last) if ended is not None else None
        elif isinstance(event, RestartUndone):
            self._take_back_restart()
        elif isinstance(event, LeadInStarted) and self._open is None:
            holds = [HoldRecord.of(step) for step in self._session.steps]
            self._open = _Open(self._now(), holds, self._session.routine.title)
            self._open.pain_before, self._pain_before = self._pain_before, None
        elif isinstance(event, HoldCompleted) and self._open is not None:
            self._restarted = None  # a hold done since: no going back
            holds = self._open.holds
            if 0 <= event.index < len(holds):
                holds[event.index] = replace(holds[event.index], done=True)
            self._store_open(finished=False, in_progress=True)
        elif isinstance(event, SessionFinished):
            self._end(finished=True)

    def _take_back_restart(self) -> None:
        """The session a Restart ended goes on, in the same record: nothing was done in
        the new one, which is dropped."""
        if self._restarted is None:
            return
        self._open, self._last = self._restarted
        self._restarted = None
        if self._open.record is not None:
            self._store_open(finished=False, in_progress=True)

    def _held_already(self, index: int) -> bool:
        """Whether hold ``index`` is behind or under way (its length can no longer change)."""
        session = self._session
        return index < session.index or (
            index == session.index and session.view().phase is State.HOLDING
        )

    def _end(self, *, finished: bool) -> None:
        if self._open is None:
            return
        if any(hold.done for hold in self._open.holds):  # else nothing worth keeping
            self._last = self._store_open(finished=finished, in_progress=False)
        self._open = None

    def _store_open(self, *, finished: bool, in_progress: bool) -> SessionRecord:
        assert self._open is not None
        previous = self._open.record
        record = SessionRecord(
            started=self._open.started,
            ended=self._now(),
            holds=tuple(self._open.holds),
            finished=finished,
            in_progress=in_progress,
            pain_before=self._open.pain_before,
            id=previous.id if previous else None,
            routine=self._open.routine,
        )
        self._open.record = self._save(record)
        return self._open.record

    def _save(self, record: SessionRecord) -> SessionRecord:
        saved = self._store.save(record)
        if self._on_saved is not None:
            self._on_saved(saved)
        return saved


def _same_holds(holds: Sequence[HoldRecord], routine: Routine) -> bool:
    """Whether ``routine`` plans the same stretches and sides as ``holds``, in order."""
    return [(h.stretch_id, h.side) for h in holds] == [
        (h.stretch_id, h.side) for h in map(HoldRecord.of, routine.steps)
    ]
