"""Row errors: collected across the whole package, then raised once as ImportRejectedError.

A user fixing a published directory wants every problem at once, not one per run, so
mapping code records errors and keeps going; `raise_if_any` ends the import before any write.
"""

from dataclasses import dataclass, field
from typing import Any

from app.errors import ImportRejectedError

MAX_ERRORS = 20


@dataclass(frozen=True, slots=True)
class RowError:
    """One bad cell: row is the spreadsheet row (the header is row 1)."""

    file: str
    row: int
    column: str
    msg: str

    def as_dict(self) -> dict[str, Any]:
        """Return the {file, row, column, msg} shape the problem+json `errors` list carries."""
        return {"file": self.file, "row": self.row, "column": self.column, "msg": self.msg}

    def __str__(self) -> str:
        where = f"{self.file} row {self.row}" if self.row else self.file
        return (
            f"{where}, column {self.column}: {self.msg}" if self.column else f"{where}: {self.msg}"
        )


@dataclass
class ErrorLog:
    """Collect row errors up to a cap; count the ones past it."""

    cap: int = MAX_ERRORS
    errors: list[RowError] = field(default_factory=list)
    overflow: int = 0

    def add(self, file: str, row: int, column: str, msg: str) -> None:
        """Record one bad cell."""
        if len(self.errors) < self.cap:
            self.errors.append(RowError(file, row, column, msg))
        else:
            self.overflow += 1

    def __bool__(self) -> bool:
        return bool(self.errors)

    def raise_if_any(self) -> None:
        """Refuse the whole import when any row was bad."""
        if not self.errors:
            return
        total = len(self.errors) + self.overflow
        more = f" (showing the first {len(self.errors)})" if self.overflow else ""
        detail = (
            f"Import rejected, nothing was written: {total} problem(s){more}. "
            f"First: {self.errors[0]}."
        )
        raise ImportRejectedError(detail, errors=[e.as_dict() for e in self.errors])
