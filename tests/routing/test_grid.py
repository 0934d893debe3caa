"""OccupiedCells: a ring's non-empty cells, found without visiting the empty ones."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.routing.grid import Cell, OccupiedCells


def full_scan(ci: int, cj: int, k: int) -> list[Cell]:
    """Every cell exactly k steps away, in the order a cell-by-cell scan meets them."""
    if k == 0:
        return [(ci, cj)]
    cells = []
    for j in range(cj - k, cj + k + 1):
        cells += [(ci - k, j), (ci + k, j)]
    for i in range(ci - k + 1, ci + k):
        cells += [(i, cj - k), (i, cj + k)]
    return cells


def occupied(cells: set[Cell]) -> OccupiedCells:
    grid = OccupiedCells()
    for cell in cells:
        grid.add(cell)
    grid.finish()
    return grid


cells = st.sets(st.tuples(st.integers(-6, 6), st.integers(-6, 6)), max_size=60)


class TestRing:
    @settings(max_examples=300)
    @given(cells, st.integers(-3, 3), st.integers(-3, 3), st.integers(0, 8))
    def test_it_gives_the_occupied_cells_of_the_ring_in_scan_order(
        self, filled: set[Cell], ci: int, cj: int, k: int
    ) -> None:
        expected = [cell for cell in full_scan(ci, cj, k) if cell in filled]
        assert occupied(filled).ring(ci, cj, k) == expected

    def test_an_empty_ring_far_from_everything_is_empty(self) -> None:
        grid = occupied({(0, 0), (0, 1)})
        assert grid.ring(0, 0, 40) == []
        assert grid.ring(0, 0, 1) == [(0, 1)]

    def test_a_cell_added_twice_is_listed_once(self) -> None:
        grid = OccupiedCells()
        grid.add((2, 3))
        grid.add((2, 3))
        grid.finish()
        assert grid.ring(2, 2, 1) == [(2, 3)]
