"""Sets of words (languages, populations, payments, ...) for many services at once, as bits.

Each distinct word a column holds gets one bit; a row's set becomes an integer with its
words' bits on, kept in 64-bit words (a second word only past 64 distinct words). Asking
"does this service share a word with the person?" for hundreds of candidates is then a
few array operations instead of hundreds of set intersections. A word the directory never
uses has no bit: it can match nothing, which is exactly what a set intersection would say.
"""

from collections.abc import Iterable, Sequence

import numpy as np
from numpy.typing import NDArray

WORD_BITS = 64
Rows = NDArray[np.intp]
Mask = NDArray[np.bool_]


class TagColumn:
    """One set of words per row, stored as bit masks."""

    def __init__(self, sets: Sequence[Iterable[str]]) -> None:
        sets = [frozenset(s) for s in sets]
        self.bit_of: dict[str, int] = {w: i for i, w in enumerate(sorted(set().union(*sets)))}
        words = max(1, -(-len(self.bit_of) // WORD_BITS))
        masks = [[0] * len(sets) for _ in range(words)]
        for row, words_of_row in enumerate(sets):
            for word in words_of_row:
                bit = self.bit_of[word]
                masks[bit // WORD_BITS][row] |= 1 << (bit % WORD_BITS)
        self._words = [np.array(m, dtype=np.uint64) for m in masks]

    def query(self, values: Iterable[str]) -> tuple[tuple[int, np.uint64], ...]:
        """The bits of `values` the column knows, per 64-bit word (unknown words dropped)."""
        wanted: dict[int, int] = {}
        for value in values:
            bit = self.bit_of.get(value)
            if bit is not None:
                wanted[bit // WORD_BITS] = wanted.get(bit // WORD_BITS, 0) | 1 << (bit % WORD_BITS)
        return tuple((word, np.uint64(bits)) for word, bits in sorted(wanted.items()))

    def any_of(self, rows: Rows, query: tuple[tuple[int, np.uint64], ...]) -> Mask:
        """Whether each row's set shares a word with the query."""
        result = np.zeros(len(rows), dtype=np.bool_)
        for word, bits in query:
            result |= (self._words[word][rows] & bits) != 0
        return result

    def count_of(self, rows: Rows, query: tuple[tuple[int, np.uint64], ...]) -> NDArray[np.int64]:
        """How many of the query's words each row's set holds."""
        result = np.zeros(len(rows), dtype=np.int64)
        for word, bits in query:
            result += np.bitwise_count(self._words[word][rows] & bits)
        return result

    def has(self, rows: Rows, value: str) -> Mask:
        """Whether each row's set holds `value`."""
        return self.any_of(rows, self.query((value,)))
