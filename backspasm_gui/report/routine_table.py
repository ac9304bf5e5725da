"""The routine as it was really done: a row a stretch with the handout's hold, the
hold used and what happened, shortened to fit the page with a row saying how many
were left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from backspasm_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from backspasm_gui.core.timefmt import seconds_short
from backspasm_gui.report.content import Content
from backspasm_gui.report.page import (
    INK,
    LEFT,
    LEFT_TOP,
    RIGHT,
    RULE,
    WIDTH,
    ZEBRA,
    Page,
    draw_heading,
)

# The routine table: stretch, the handout's hold, the hold used, what happened.
HEADINGS = (
    QT_TRANSLATE_NOOP("Report", "Stretch"),
    QT_TRANSLATE_NOOP("Report", "Handout"),
    QT_TRANSLATE_NOOP("Report", "Hold used"),
    QT_TRANSLATE_NOOP("Report", "How it was done"),
)
TABLE_SIZE = 8.5
SMALLER_SIZES = (8.0, 7.5)  # before any row is left out for want of room
CELL_PAD = 4.0
COLUMN_GAP = 4.0  # more space after each of the narrow columns


@dataclass(frozen=True, slots=True)
class Table:
    rows: tuple[tuple[str, ...], ...]  # the headings first
    widths: tuple[float, ...]
    heights: tuple[float, ...]
    left_out: int = 0  # stretches not shown, for want of room (the last row says how many)
    size: float = TABLE_SIZE  # the text's, in points

    @property
    def height(self) -> float:
        return sum(self.heights)


NO_BREAK = "\u00a0"


def _unbroken(text: str) -> str:
    """``text`` with each number kept on one line with the word after it ("30 s", "96 of")."""
    return re.sub(r"(?<=\d) (?=\S)", NO_BREAK, text)


def _table_rows(c: Content) -> list[tuple[str, ...]]:
    known = {stretch.name: stretch for stretch in c.handout.stretches}
    rows: list[tuple[str, ...]] = []
    for row in c.routine:
        # The same comma as between settings' names: Chinese 、 Arabic ،
        comma = translate("Settings", ", ", "between the names in a list")
        used = comma.join(seconds_short(s) for s in sorted(row.seconds)) or "—"
        stretch = known.get(row.name)
        if stretch is None:  # done, but not one of the handout's
            rows.append((row.name, "—", _unbroken(used), _unbroken(row.note)))
            continue
        handout = seconds_short(stretch.seconds)
        if len(stretch.sides) > 1:
            #: The handout's hold for a stretch done on both sides: {seconds} as "30 s".
            handout = translate("Report", "{seconds} each side").format(seconds=handout)
        rows.append((row.name, *(_unbroken(cell) for cell in (handout, used, row.note))))
    return rows


def _column_widths(page: Page, rows: Sequence[Sequence[str]], size: float) -> list[float]:
    """The two narrow middle columns as wide as their widest cell; the stretch's name as
    wide as its widest too, unless narrower (its names wrapping) makes the table shorter,
    as long words in the last column need; the last column the rest."""

    def widest(i: int, *, words: bool = False) -> float:
        return max(
            page.width(part, size, bold=n == 0)
            for n, row in enumerate(rows)
            for part in (row[i].split(" ") if words else [row[i]])  # not at a NO_BREAK
        )

    widths = [widest(i) + 2 * CELL_PAD + COLUMN_GAP for i in range(len(HEADINGS) - 1)]
    last = len(HEADINGS) - 1
    fixed = sum(widths[1:])
    most = min(widths[0], WIDTH - fixed - widest(last, words=True) - 2 * CELL_PAD)
    least = widest(0, words=True) + 2 * CELL_PAD + COLUMN_GAP

    def height(first: float) -> float:
        chosen = (first, *widths[1:], WIDTH - fixed - first)
        return sum(_row_height(page, row, chosen, size, bold=n == 0) for n, row in enumerate(rows))

    if most >= least:
        candidates = [most - 2 * n for n in range(int((most - least) / 2) + 1)]
        widths[0] = min(candidates, key=lambda first: (round(height(first), 2), -first))
    widths.append(WIDTH - sum(widths))
    return widths


def _row_height(
    page: Page, row: Sequence[str], widths: Sequence[float], size: float, *, bold: bool = False
) -> float:
    cells = zip(row, widths, strict=True)
    tallest = max(page.wrapped_height(t, w - 2 * CELL_PAD, size, bold=bold) for t, w in cells)
    return tallest + 2 * CELL_PAD


def table(page: Page, c: Content, *, room: float, size: float = TABLE_SIZE) -> Table:
    """Columns as :func:`_column_widths` makes them; rows as tall as their wrapped cells.
    Rows that would not fit in ``room`` points become one last row saying how many were
    left out."""
    headings = tuple(translate("Report", heading) for heading in HEADINGS)
    rows = [headings, *_table_rows(c)]
    widths = _column_widths(page, rows, size)

    def height(row: Sequence[str]) -> float:
        return _row_height(page, row, widths, size, bold=row is headings)

    heights = [height(row) for row in rows]
    if sum(heights) > room:
        #: The routine table's last row when the page has no room for the others.
        more = translate("Report", "and {count} more stretches")
        line = height((more.format(count=99), "", "", ""))
        while len(rows) > 2 and sum(heights) + line > room:
            rows.pop()
            heights.pop()
        left_out = len(c.routine) - (len(rows) - 1)
        if left_out == 1:
            more = translate("Report", "and 1 more stretch")
        rows.append((more.format(count=left_out), "", "", ""))
        heights.append(line)
        return Table(tuple(rows), tuple(widths), tuple(heights), left_out, size)
    return Table(tuple(rows), tuple(widths), tuple(heights), size=size)


def draw_routine(page: Page, y: float, t: Table) -> None:
    y = draw_heading(page, y, translate("Report", "The routine as done"))
    for n, (row, h) in enumerate(zip(t.rows, t.heights, strict=True)):
        if n > 1 and n % 2 == 0:
            page.box(LEFT, y, WIDTH, h, fill=ZEBRA, edge=None)
        x = LEFT
        for text, w in zip(row, t.widths, strict=True):
            page.text(x + CELL_PAD, y + CELL_PAD, w - 2 * CELL_PAD, h - 2 * CELL_PAD, text,
                      size=t.size, bold=n == 0, align=LEFT_TOP, wrap=True)  # fmt: skip
            x += w
        y += h
        if n == 0:
            page.line(LEFT, y, RIGHT, y, color=INK, width=0.8)
    page.line(LEFT, y, RIGHT, y, color=RULE, width=0.5)
