"""Typed reading of one CSV row: each reader records a RowError naming file, row and column."""

import json
import re
from datetime import UTC, date, datetime

from app.directory.hsds.errors import ErrorLog
from app.directory.hsds.reader import Table

_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})(?:[ T].*)?$")
_AGE_WORDS = re.compile(r"\s*(?:\+|years?(?: old)?|yrs?)\s*$", re.IGNORECASE)
_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0"}


class Cells:
    """One row of one table, read column by column."""

    def __init__(self, table: Table, row: int, values: dict[str, str | None], log: ErrorLog):
        self.table, self.row, self.values, self.log = table, row, values, log

    @property
    def file(self) -> str:
        return self.table.name

    def has(self, column: str) -> bool:
        """Say whether the file has this column at all (even if this cell is blank)."""
        return column in self.values or column in self.table.columns

    def error(self, column: str, msg: str) -> None:
        """Record a problem with this row's cell."""
        self.log.add(self.file, self.row, column, msg)

    def text(self, *columns: str) -> str | None:
        """The first non-blank cell among these columns."""
        for column in columns:
            value = self.values.get(column)
            if value is not None:
                return value
        return None

    def required(self, column: str) -> str:
        """A cell that must not be blank."""
        value = self.values.get(column)
        if value is None:
            self.error(column, "is required but blank or missing")
            return ""
        return value

    def number(self, column: str) -> float | None:
        """A decimal number ('1,234.5' and '$20' are read too)."""
        value = self.values.get(column)
        return None if value is None else self._float(column, value)

    def _float(self, column: str, value: str) -> float | None:
        try:
            return float(value.replace(",", "").lstrip("$"))
        except ValueError:
            self.error(column, "is not a number")
            return None

    def integer(self, column: str, *, low: int, high: int, what: str = "value") -> int | None:
        """A whole number within [low, high] ('12.0', '18+' and '18 years' count)."""
        raw = self.values.get(column)
        number = self._float(column, _AGE_WORDS.sub("", raw) or raw) if raw is not None else None
        if number is None:
            return None
        if number != int(number) or not low <= number <= high:
            self.error(column, f"is not a valid {what} (a whole number from {low} to {high})")
            return None
        return int(number)

    def date(self, column: str) -> date | None:
        """An ISO date ('2024-05-01', a timestamp's date part) or a US date ('5/1/2024')."""
        value = self.values.get(column)
        if value is None:
            return None
        us = _US_DATE.match(value)
        try:
            if us:
                return date(int(us.group(3)), int(us.group(1)), int(us.group(2)))
            return date.fromisoformat(value[:10])
        except ValueError:
            self.error(column, "is not a date (expected YYYY-MM-DD)")
            return None

    def datetime(self, column: str) -> datetime | None:
        """An ISO timestamp ('2023-03-15T10:30:45.123Z') or a date; UTC when no zone is given."""
        value = self.values.get(column)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            day = self.date(column)
            if day is None:
                return None
            moment = datetime(day.year, day.month, day.day)
        # Timestamps are stored with a zone; one published without is taken as UTC.
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def boolean(self, column: str) -> bool | None:
        """true/false, yes/no, 1/0."""
        value = self.values.get(column)
        if value is None:
            return None
        if value.lower() in _TRUE:
            return True
        if value.lower() in _FALSE:
            return False
        self.error(column, "is not true or false")
        return None

    def listing(self, column: str) -> list[str]:
        """A list written as a JSON array or separated by ';' or ','."""
        value = self.values.get(column)
        if value is None:
            return []
        if value.startswith("["):
            try:
                items = json.loads(value)
            except json.JSONDecodeError:
                items = None
            if isinstance(items, list):
                return [str(i).strip() for i in items if str(i).strip()]
        separator = ";" if ";" in value else ","
        return [part.strip() for part in value.split(separator) if part.strip()]
