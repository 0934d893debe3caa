"""Sets of service rows as sorted integer arrays: what candidates, area lists and site
searches are made of. Row i is the i-th rankable service in id order, so ascending rows
are ascending ids.
"""

from collections.abc import Iterable

import numpy as np
from numpy.typing import NDArray

Rows = NDArray[np.intp]
Floats = NDArray[np.float64]
Mask = NDArray[np.bool_]

EMPTY_ROWS: Rows = np.zeros(0, dtype=np.intp)


def sorted_rows(values: Iterable[int]) -> Rows:
    """The values as a sorted row array."""
    return np.array(sorted(values), dtype=np.intp)


def union(rows: Rows) -> Rows:
    """Sorted and without repeats; the input is a few sorted lists end to end, which a
    stable sort (a merge of runs) orders in about linear time."""
    rows = np.sort(rows, kind="stable")
    return rows[np.concatenate(([True], rows[1:] != rows[:-1]))] if len(rows) else rows


def member(rows: Rows, sorted_set: Rows) -> tuple[Mask, Rows]:
    """Which rows are in the sorted set, and where (positions valid only where they are)."""
    at = np.minimum(np.searchsorted(sorted_set, rows), max(len(sorted_set) - 1, 0))
    if not len(sorted_set):
        return np.zeros(len(rows), dtype=np.bool_), at
    return sorted_set[at] == rows, at
