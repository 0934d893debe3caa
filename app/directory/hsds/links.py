"""Tidy the draft before writing: one row per id, and every link pointing at a real row.

Policy (see docs/hsds.md):
- duplicate ids in a file: the later row wins (it is what an upsert would do), reported;
- a required link to nothing (a service's organization, an address's location, a cost's
  service, ...) is an error that rejects the import, naming the row and column;
- an optional link to nothing (a location's organization, a phone's second link) is
  dropped and reported; a phone or language left linked to nothing is skipped;
- rows linked only through a service_at_location get its service and location.
Targets may be in the package or already in the database (`lookup`).
"""

from collections.abc import Callable
from typing import Any

from app.directory import models as m
from app.directory.hsds.draft import Draft

Lookup = Callable[[type[Any], set[str]], set[str]]

_ALIASES = {
    "services_taxonomy.csv": {"taxonomy_term_id": "taxonomy_id", "link_id": "service_id"},
    "service_attributes.csv": {"link_id": "service_id"},
    "services.csv": {"taxonomy_term_id": "taxonomy_ids"},
}
_LISTS = (
    "organizations", "taxonomy_terms", "locations", "addresses", "services",
    "service_at_locations", "phones", "schedules", "cost_options", "languages",
    "service_areas", "payments", "eligibilities", "attributes",
)  # fmt: skip


def dedupe(draft: Draft) -> None:
    """Keep one row per id in each table, the later one."""
    for attribute in _LISTS:
        rows = getattr(draft.rows, attribute)
        latest = {row.id: row for row in rows}
        if len(latest) < len(rows):
            file = draft.origin(attribute, rows[0].id)[0]
            draft.summary.repaired[f"{file}: duplicate ids, the later row kept"] += len(rows) - len(
                latest
            )
            setattr(draft.rows, attribute, list(latest.values()))


def _error(draft: Draft, attribute: str, row_id: str, column: str, msg: str) -> None:
    file = draft.origin(attribute, row_id)[0]
    draft.error_at(attribute, row_id, _ALIASES.get(file, {}).get(column, column), msg)


class _Known:
    """Ids present in the package or the database, per model."""

    def __init__(self, draft: Draft, lookup: Lookup) -> None:
        self.draft, self.lookup = draft, lookup
        self.cache: dict[type[Any], set[str]] = {}

    def ids(self, attribute: str, model: type[Any], wanted: set[str | None]) -> set[str]:
        have = self.cache.setdefault(model, {r.id for r in getattr(self.draft.rows, attribute)})
        missing = {w for w in wanted if w and w not in have}
        if missing:
            have |= self.lookup(model, missing)
        return have


def _resolve_sal(draft: Draft, attribute: str) -> None:
    for row in getattr(draft.rows, attribute):
        sal = draft.via_sal[attribute].get(row.id)
        if sal is None or row.service_id is not None:
            continue
        if sal in draft.sal_links:
            row.service_id, location_id = draft.sal_links[sal]
            row.location_id = row.location_id or location_id
        elif not (row.location_id or getattr(row, "organization_id", None)):
            _error(draft, attribute, row.id, "service_at_location_id", f"'{sal}' is not known")


_MODELS: dict[str, type[Any]] = {
    "services": m.Service,
    "organizations": m.Organization,
    "locations": m.Location,
    "phones": m.Phone,
    "taxonomy_terms": m.TaxonomyTerm,
}


def _required(draft: Draft, known: _Known, attribute: str, column: str, target: str) -> None:
    rows = getattr(draft.rows, attribute)
    ids = known.ids(target, _MODELS[target], {getattr(r, column) for r in rows})
    for row in rows:
        value = getattr(row, column)
        if value and value not in ids:
            _error(draft, attribute, row.id, column, f"'{value}' is not in the package")


def _optional(
    draft: Draft, known: _Known, attribute: str, links: dict[str, str], *, keep_unlinked: bool
) -> None:
    """Drop dangling optional links (a dangling service_id is an error); maybe skip orphans."""
    rows = getattr(draft.rows, attribute)
    for column, target in links.items():
        ids = known.ids(target, _MODELS[target], {getattr(r, column) for r in rows})
        for row in rows:
            value = getattr(row, column)
            if not value or value in ids:
                continue
            if column == "service_id":
                _error(draft, attribute, row.id, column, f"'{value}' is not in the package")
                continue
            setattr(row, column, None)
            file = draft.origin(attribute, row.id)[0]
            draft.summary.repaired[f"{file}: {column} not found, link dropped"] += 1
    if keep_unlinked:
        return
    kept = []
    for row in rows:
        if any(getattr(row, column) for column in links):
            kept.append(row)
        else:
            file = draft.origin(attribute, row.id)[0]
            draft.summary.skipped[f"{file}: rows linked to nothing we import"] += 1
    setattr(draft.rows, attribute, kept)


def _one_address_per_place(draft: Draft) -> None:
    physical = {a.location_id for a in draft.rows.addresses if a.address_type == "physical"}
    kept = []
    for row in draft.rows.addresses:
        if row.address_type != "physical" and row.location_id in physical:
            file = draft.origin("addresses", row.id)[0]
            draft.summary.skipped[f"{file}: other addresses of places with a physical one"] += 1
        else:
            kept.append(row)
    draft.rows.addresses = kept


def _one_payment_each(draft: Draft) -> None:
    seen, kept = set(), []
    for row in draft.rows.payments:
        if (row.service_id, row.payment) not in seen:
            seen.add((row.service_id, row.payment))
            kept.append(row)
    draft.rows.payments = kept


def check_links(draft: Draft, lookup: Lookup) -> None:
    """Apply the link policy above; errors go to draft.log."""
    known = _Known(draft, lookup)
    _required(draft, known, "services", "organization_id", "organizations")
    _optional(draft, known, "locations", {"organization_id": "organizations"}, keep_unlinked=True)
    _required(draft, known, "addresses", "location_id", "locations")
    _required(draft, known, "service_at_locations", "service_id", "services")
    _required(draft, known, "service_at_locations", "location_id", "locations")
    for attribute in ("phones", "schedules"):
        _resolve_sal(draft, attribute)
    phone_links = {"service_id": "services", "location_id": "locations"}
    _optional(
        draft,
        known,
        "phones",
        phone_links | {"organization_id": "organizations"},
        keep_unlinked=False,
    )
    _optional(draft, known, "schedules", phone_links, keep_unlinked=False)
    _optional(draft, known, "languages", phone_links | {"phone_id": "phones"}, keep_unlinked=False)
    for attribute in ("cost_options", "service_areas", "payments", "eligibilities"):
        _required(draft, known, attribute, "service_id", "services")
    _required(draft, known, "attributes", "taxonomy_term_id", "taxonomy_terms")
    _one_address_per_place(draft)
    _one_payment_each(draft)
