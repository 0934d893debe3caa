"""The rows an import is building, with where each came from (file and row) for errors."""

from collections import defaultdict
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, TypeVar, cast

from pydantic_core import PydanticUndefined
from sqlmodel import SQLModel

from app.directory.hsds.cells import Cells
from app.directory.hsds.errors import ErrorLog
from app.directory.hsds.reader import Package, Table
from app.directory.hsds.summary import ImportSummary
from app.directory.mapping import DirectoryRows

T = TypeVar("T", bound=SQLModel)
_DEFAULTS: dict[type[Any], list[tuple[str, bool, Any]]] = {}


def make(model: type[T], **values: Any) -> T:
    """A light stand-in for a table row: the model's attributes and defaults, nothing more.

    Constructing SQLModel table instances costs 0.2-4 ms each (pydantic default-factory
    introspection, SQLAlchemy instrumentation). An import builds tens of thousands of rows
    that are only read and then bulk-inserted as dicts, never added to a session, so it
    builds these instead: a 2,000-service import drops from ~20 s to about a second.
    """
    defaults = _DEFAULTS.get(model)
    if defaults is None:
        defaults = [
            (name, info.default_factory is not None, info.default_factory or info.default)
            for name, info in model.model_fields.items()
        ]
        _DEFAULTS[model] = defaults
    row = SimpleNamespace()
    for name, is_factory, default in defaults:
        if name in values:
            setattr(row, name, values[name])
        elif is_factory:
            setattr(row, name, default())
        else:
            setattr(row, name, None if default is PydanticUndefined else default)
    return cast(T, row)


@dataclass
class Draft:
    """Everything read so far; nothing here has touched the database."""

    package: Package
    rows: DirectoryRows = field(default_factory=DirectoryRows)
    log: ErrorLog = field(default_factory=ErrorLog)
    summary: ImportSummary = field(default_factory=ImportSummary)
    # (rows attribute, id) -> (file, spreadsheet row): lets later checks name the cell at fault
    where: dict[tuple[str, str], tuple[str, int]] = field(default_factory=dict)
    # service id -> our extension values its row carried (present columns only)
    service_ext: dict[str, dict[str, Any]] = field(default_factory=dict)
    # service id -> texts that may say how it is delivered (HSDS 3.0 schedules.attending_type)
    delivery_hints: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # service_at_location id -> (service id, location id), to resolve rows linked only to it
    sal_links: dict[str, tuple[str, str]] = field(default_factory=dict)
    # rows attribute -> {row id -> service_at_location id} for rows that named one
    via_sal: dict[str, dict[str, str]] = field(default_factory=lambda: defaultdict(dict))

    def add(self, attribute: str, row: Any, cells: Cells) -> None:
        """Append a row to rows.<attribute> and remember its file and row number."""
        getattr(self.rows, attribute).append(row)
        self.where[(attribute, row.id)] = (cells.file, cells.row)

    def origin(self, attribute: str, row_id: str) -> tuple[str, int]:
        """The file and row a row came from."""
        return self.where.get((attribute, row_id), ("", 0))

    def error_at(self, attribute: str, row_id: str, column: str, msg: str) -> None:
        """Record an error against the row that produced this id."""
        file, row = self.origin(attribute, row_id)
        self.log.add(file, row, column, msg)

    def each(self, file: str) -> list[Cells]:
        """The rows of one file (none when the package lacks it)."""
        table: Table | None = self.package.table(file)
        if table is None:
            return []
        return [Cells(table, number, values, self.log) for number, values in table.numbered()]

    def child_id(self, cells: Cells, parent: str | None, table: str) -> str:
        """The row's id, or one made from its parent and row number (reported) when blank."""
        value = cells.text("id")
        if value:
            return value
        self.summary.repaired[f"{cells.file}: blank id, one made from its parent and row"] += 1
        return f"{parent or 'row'}-{table}-{cells.row}"

    def note_sal(self, attribute: str, row_id: str, cells: Cells) -> None:
        """Remember a row that names a service_at_location, to resolve its links later."""
        sal = cells.text("service_at_location_id")
        if sal:
            self.via_sal[attribute][row_id] = sal
