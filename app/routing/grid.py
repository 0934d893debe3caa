"""Sites filed by grid cell, and which cells hold any, so a nearest-first search skips
empty land cheaply.

A search reads rings of cells outward from the person. Small cells keep a dense city
cheap (few sites per cell to measure), but a ring of small cells around a small town is
mostly empty, and visiting every empty cell one by one cost more than the sites in it.
Here each row and each column of the grid keeps its occupied cells sorted, so a ring's
occupied cells come from four binary searches, whatever the ring's size.
"""

from bisect import bisect_left, bisect_right
from collections import defaultdict
from math import floor
from typing import Generic, TypeVar

Cell = tuple[int, int]
Entry = TypeVar("Entry")


def _within(sorted_values: list[int] | None, low: int, high: int) -> list[int]:
    if not sorted_values:
        return []
    return sorted_values[bisect_left(sorted_values, low) : bisect_right(sorted_values, high)]


def _interleaved(first: list[int], second: list[int]) -> list[tuple[int, bool]]:
    """Positions from both sides in order, the first side's before the second's at a tie."""
    return sorted([(p, False) for p in first] + [(p, True) for p in second])


class OccupiedCells:
    """The grid's non-empty cells by row and by column; fill with `add`, then `finish`."""

    def __init__(self) -> None:
        self._cells: set[Cell] = set()
        self._rows: dict[int, list[int]] = defaultdict(list)
        self._columns: dict[int, list[int]] = defaultdict(list)

    def add(self, cell: Cell) -> None:
        if cell not in self._cells:
            self._cells.add(cell)
            self._rows[cell[0]].append(cell[1])
            self._columns[cell[1]].append(cell[0])

    def finish(self) -> None:
        for line in (*self._rows.values(), *self._columns.values()):
            line.sort()

    def ring(self, ci: int, cj: int, k: int) -> list[Cell]:
        """The occupied cells exactly k steps (Chebyshev) from (ci, cj): the top and bottom
        rows by column, then the left and right columns by row, as a full scan meets them."""
        if k == 0:
            return [(ci, cj)] if (ci, cj) in self._cells else []
        top = _within(self._rows.get(ci - k), cj - k, cj + k)
        bottom = _within(self._rows.get(ci + k), cj - k, cj + k)
        left = _within(self._columns.get(cj - k), ci - k + 1, ci + k - 1)
        right = _within(self._columns.get(cj + k), ci - k + 1, ci + k - 1)
        cells = [(ci + k if low else ci - k, j) for j, low in _interleaved(top, bottom)]
        cells += [(i, cj + k if east else cj - k) for i, east in _interleaved(left, right)]
        return cells


class SiteGrid(Generic[Entry]):
    """Entries filed by the cell of their point, for cells `degrees` on a side."""

    def __init__(self, degrees: float) -> None:
        self.degrees = degrees
        self.cells: dict[Cell, list[Entry]] = defaultdict(list)
        self.occupied = OccupiedCells()
        self.count = 0

    def cell(self, latitude: float, longitude: float) -> Cell:
        return floor(latitude / self.degrees), floor(longitude / self.degrees)

    def add(self, latitude: float, longitude: float, entry: Entry) -> None:
        cell = self.cell(latitude, longitude)
        self.cells[cell].append(entry)
        self.occupied.add(cell)
        self.count += 1

    def finish(self) -> None:
        self.occupied.finish()

    def around(self, latitude: float, longitude: float) -> int:
        """How many entries lie in the point's cell and the eight cells around it."""
        ci, cj = self.cell(latitude, longitude)
        cells = self.cells
        return sum(
            len(cells.get((i, j), ())) for i in (ci - 1, ci, ci + 1) for j in (cj - 1, cj, cj + 1)
        )
