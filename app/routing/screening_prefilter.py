"""Keyword prefilter for the risk screener: which rules a sentence can wake up, and where.

Running every regex of `app.routing.screening_patterns` over 2,000 characters costs ~20 ms.
Instead, each top-level alternative of a rule gets "keys", derived automatically from its parsed
regex, such that EVERY match contains a word equal to an exact key ("dead " - the trailing space
marks a whole word) or starting with a prefix key (<= KEY_LEN chars: "myself" for "... myself\\b"
is exact, "suicid" a prefix). An alternative runs only on sentences with one of its keys, and
only within the words a match and its guards can reach around a key, so the filter never drops a
match; alternatives whose keys cannot be derived simply always run.

Fallback
    The keys come from CPython's regex parser, `re._parser`, a private module. When it is
    missing, or deriving the keys of a regex fails in any way, that regex gets no keys and always
    runs: screening finds exactly the same, only slower (tests force this path).
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

from app.routing.screening_patterns import COMMON_WORDS

__all__ = ["KEY_LEN", "KeyIndex", "alternatives", "keys_for", "spans"]

KEY_LEN = 6
_STOPWORDS = frozenset(COMMON_WORDS.split())
_Lits = frozenset[str] | None
_Keys = tuple[frozenset[str], tuple[int, int] | None]
_ALWAYS_RUN: _Keys = (frozenset(), None)
_sre: Any
try:  # private API: without it, every rule simply always runs
    _sre = importlib.import_module("re._parser")
    _REPEATS: tuple[Any, ...] = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):
    _sre, _REPEATS = None, ()

_END = "\x00"  # in a derived literal: a word boundary follows


def _fires(key: str) -> int:
    """Rough relative count of how often a key fires: common words and short prefixes often."""
    word = key.strip()
    if key.endswith(" "):  # a whole word: x2 per letter under 4
        return (100 if word in _STOPWORDS else 1) << max(0, 4 - len(word))
    weak = any(w.startswith(word) for w in _STOPWORDS)  # a prefix: x4 per letter under 5
    return (100 if weak else 2) << 2 * max(0, 5 - len(word))


def _key(literal: str) -> str:
    """The best word known to start inside `literal` (after a space): exact ("word ") when the
    word is known to end there too, else a prefix cut to KEY_LEN; "" if there is none."""
    parts = literal.split(" ")
    keys = [
        f"{word} " if i < len(parts) - 1 or part.endswith(_END) else word[:KEY_LEN]
        for i, part in enumerate(parts[1:], 1)
        if (word := part.removesuffix(_END)) and _END not in word
    ]
    return min(keys, key=lambda k: (_fires(k), -len(k))) if keys else ""


def _score(lits: frozenset[str]) -> int:
    """Higher is better: minus how often the keys of `lits` would fire together."""
    keys = [_key(lit) for lit in lits]
    return -sum(map(_fires, keys)) if all(keys) else -(10**9)


def _lead(items: Any) -> str:
    """The literal characters every match of `items` starts with."""
    lead = ""
    for op, av in items:
        if op is not _sre.LITERAL:
            break
        lead += chr(av)
    return lead


def _derive(items: Any, anchored: bool, word_end: bool = False) -> tuple[_Lits, bool, range]:
    """Best literal set that every match of `items` contains, whether a match always ends at a
    word start, and which items the literals come from. `anchored`: the match starts at a word
    start (marked by a leading " "); `word_end`: a word boundary follows (marked by _END)."""
    c = _sre
    best: _Lits = None
    where, run, run_from = range(len(items)), "", 0

    def consider(lits: _Lits, first: int, last: int) -> None:
        nonlocal best, where
        if lits and (best is None or _score(lits) > _score(best)):
            best, where = lits, range(first, last + 1)

    for i, (op, av) in enumerate(items):
        nxt = items[i + 1] if i + 1 < len(items) else None
        ends = word_end if nxt is None else nxt in ((c.AT, c.AT_BOUNDARY), (c.LITERAL, 32))
        if op is c.LITERAL:
            run_from = i if not run else run_from
            run = (run or (" " if anchored else "")) + chr(av)
            anchored = av == 32
            continue
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: the run stays contiguous
            if op is c.AT and av is c.AT_BOUNDARY:
                run += _END if run and not run.endswith((" ", _END)) else ""
                anchored = True
            continue
        consider(frozenset({run}) if run.strip(" " + _END) else None, run_from, i - 1)
        if op is c.BRANCH and run and not run.endswith(_END):  # "to(?:night|day)": "tonight"...
            consider(frozenset(run + _lead(alt) for alt in av[1]), run_from, i)
        run = ""
        if op is c.SUBPATTERN:
            lits, anchored, _ = _derive(av[-1], anchored, ends)
            consider(lits, i, i)
        elif op is c.BRANCH:
            alts = [_derive(alt, anchored, ends) for alt in av[1]]
            if all(lits for lits, _, _ in alts):
                consider(frozenset().union(*(lits for lits, _, _ in alts if lits)), i, i)
            anchored = all(end for _, end, _ in alts)
        elif op in _REPEATS:
            lits, end, _ = _derive(av[2], anchored, ends and av[1] == 1)
            consider(lits if av[0] >= 1 else None, i, i)
            anchored = end and (anchored or av[0] >= 1)
        else:  # a class or wildcard: unknown character
            anchored = False
    if word_end and run and not run.endswith((" ", _END)):
        run += _END
    consider(frozenset({run}) if run.strip(" " + _END) else None, run_from, len(items) - 1)
    return best, anchored, where


def _max_spaces(items: Any) -> int | None:
    """Most spaces a match (lookarounds included) can span; None if unbounded. The normalised
    text has exactly one space between words, so this bounds the words around a key a match
    (and what its guards inspect) can reach."""
    c, total = _sre, 0
    for op, av in items:
        if op is c.LITERAL:
            total += av == 32
        elif op is c.IN and all(o in (c.LITERAL, c.RANGE, c.CATEGORY) for o, _ in av):
            word = all(a in (c.CATEGORY_WORD, c.CATEGORY_DIGIT) for o, a in av if o is c.CATEGORY)
            if not word or any(
                (o is c.LITERAL and a == 32) or (o is c.RANGE and a[0] <= 32 <= a[1]) for o, a in av
            ):
                return None
        elif op in (c.SUBPATTERN, c.ASSERT, c.ASSERT_NOT, c.BRANCH, *_REPEATS):
            parts = av[1] if op is c.BRANCH else [av[-1]]
            counts = [_max_spaces(part) for part in parts]
            if None in counts:
                return None
            most = max(n for n in counts if n is not None)
            if op in _REPEATS and most:
                if av[1] is c.MAXREPEAT:
                    return None
                most *= av[1]
            total += most
        elif op is not c.AT:
            return None
    return total


def keys_for(regex: str) -> _Keys:
    """Prefilter keys of a (fragment-expanded) regex, empty meaning "always run"; and how many
    words before and after a key word a match, guards included, can reach (None: unbounded)."""
    if _sre is None:
        return _ALWAYS_RUN
    try:
        items = _sre.parse(regex).data
        lits, _, where = _derive(items, True)
        if not lits or _score(lits) <= -(10**9):
            return _ALWAYS_RUN
        before, after = _max_spaces(items[: where[-1] + 1]), _max_spaces(items[where[0] :])
    except Exception:  # a changed private parser may cost speed, never a missed match
        return _ALWAYS_RUN
    reach = None if before is None or after is None else (before, after)
    return frozenset(_key(lit) for lit in lits), reach


def alternatives(regex: str) -> list[str]:
    """Split a regex at its top-level `|`: each alternative gets its own, sharper keys."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(regex):
        char = regex[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(regex[start:i])
            start = i + 1
        i += 1
    return [*parts, regex[start:]]


class KeyIndex:
    """Alternatives by key word: the ones a word wakes up, and the ones that always run."""

    __slots__ = ("_by_key", "_key_lens", "_words", "always")

    def __init__(self, keys: Sequence[frozenset[str]]) -> None:
        """Index the keys of alternatives 0, 1, ...; one with no keys always runs."""
        self.always = frozenset(i for i, alt_keys in enumerate(keys) if not alt_keys)
        self._by_key: dict[str, tuple[int, ...]] = {}
        for i, alt_keys in enumerate(keys):
            for key in alt_keys:
                self._by_key[key] = (*self._by_key.get(key, ()), i)
        self._key_lens = tuple(sorted({len(k) for k in self._by_key if not k.endswith(" ")}))
        self._words: dict[str, tuple[int, ...]] = {}  # cache: vocabulary repeats a lot

    def alts_for(self, word: str) -> tuple[int, ...]:
        """Alternatives with a key that starts `word`."""
        found = self._words.get(word)
        if found is None:
            hits = set(self._by_key.get(word + " ", ()))
            for n in self._key_lens:
                if n > len(word):
                    break
                hits.update(self._by_key.get(word[:n], ()))
            found = tuple(sorted(hits))
            if len(self._words) >= 50_000:  # bound the memory an adversarial stream could take
                self._words.clear()
            self._words[word] = found
        return found


def spans(at: list[int], reach: tuple[int, int], starts: list[int]) -> list[tuple[int, int]]:
    """Merged character spans around the key words at word indexes `at` that any match
    containing one of them, plus what its guards look at, must lie in."""
    merged: list[tuple[int, int]] = []
    for j in at:
        lo = starts[max(0, j - reach[0] - 1)]
        hi = starts[min(len(starts) - 1, j + reach[1] + 2)] - 1
        if merged and lo <= merged[-1][1]:
            lo = merged.pop()[0]
        merged.append((lo, hi))
    return merged
