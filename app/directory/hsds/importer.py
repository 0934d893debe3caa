"""import_datapackage: read, map, check, infer, then write everything in the caller's
transaction, or raise ImportRejectedError and write nothing.

Free of CLI and HTTP concerns so `referral-router import-hsds` and the admin API share it.
"""

from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app.directory import repository
from app.directory.hsds import legacy, v3
from app.directory.hsds.columns import HSDS_3_COLUMNS, HSDS_LEGACY_COLUMNS
from app.directory.hsds.draft import Draft
from app.directory.hsds.enrich import enrich
from app.directory.hsds.extensions import EXTENSION_COLUMNS
from app.directory.hsds.links import check_links, dedupe
from app.directory.hsds.reader import LAYOUT_3, read_package
from app.directory.hsds.summary import ImportSummary
from app.errors import ImportRejectedError
from app.routing.vocabulary import CRISIS_KINDS


def _report_unused(draft: Draft) -> None:
    """Say which files had no place in our model and which columns HSDS does not know."""
    package = draft.package
    layout_3 = package.layout == LAYOUT_3
    used = {file for file, _ in (v3.FILES if layout_3 else legacy.FILES)}
    known = HSDS_3_COLUMNS if layout_3 else HSDS_LEGACY_COLUMNS
    for name, table in package.tables.items():
        if name not in used:
            draft.summary.ignored_files[table.name] = len(table.rows)
            continue
        allowed = (
            known.get(name, frozenset())
            | HSDS_3_COLUMNS.get(name, frozenset())
            | set(EXTENSION_COLUMNS.get(name, {}))
        )
        unknown = [c for c in table.columns if c not in allowed]
        if unknown:
            draft.summary.ignored_columns[table.name] = unknown


def _service_ids(draft: Draft) -> list[str]:
    """The ids of the services the draft holds."""
    return [svc.id for svc in draft.rows.services]


def _protect_crisis_lines(draft: Draft, existing: dict[str, str]) -> None:
    """Refuse to turn a crisis line already in the directory into another kind of service.

    Ids are the upsert key, so a package reusing an id such as "svc-988" would silently
    replace the 988 Lifeline and take it out of every referral. Updates that keep the
    service a crisis line (re-importing our own export) are allowed.
    """
    for svc in draft.rows.services:
        kind = existing.get(svc.id)
        if kind is None:
            continue
        draft.summary.notes["services already in the directory, updated by id"] += 1
        if kind in CRISIS_KINDS and svc.kind != kind:
            draft.error_at(
                "services",
                svc.id,
                "id",
                f"'{svc.id}' is a {kind} already in the directory; an import may not replace "
                "it with another kind of service (use a different id)",
            )


def _keep_withheld_places(draft: Draft, session: Session) -> None:
    """Keep the address and coordinates our export withholds for a confidential place.

    Exporting, editing in a spreadsheet and importing back must not erase where a shelter
    is: a confidential location that arrives without coordinates keeps the ones (and the
    addresses) the directory already holds.
    """
    bare = {
        loc.id: loc
        for loc in draft.rows.locations
        if loc.confidential and loc.latitude is None and loc.longitude is None
    }
    if not bare:
        return
    held, addresses = repository.get_places(session=session, location_ids=bare)
    with_address = {a.location_id for a in draft.rows.addresses}
    for place in held:
        if place.latitude is not None and place.longitude is not None:
            bare[place.id].latitude, bare[place.id].longitude = place.latitude, place.longitude
            draft.summary.notes["confidential places: coordinates already held were kept"] += 1
    kept = [a for a in addresses if a.location_id not in with_address]
    draft.rows.addresses.extend(kept)
    if kept:
        draft.summary.notes["confidential places: addresses already held were kept"] += len(kept)


def import_datapackage(*, session: Session, path: Path) -> ImportSummary:
    """Import an HSDS package (folder or .zip) all-or-nothing and bump the directory version.

    Raises ImportRejectedError, with `errors` [{file, row, column, msg}], before anything is
    written when any row is bad. The caller's session scope commits.
    """
    package = read_package(path)
    draft = Draft(package=package)
    summary = draft.summary
    summary.layout, summary.source, summary.source_url = (
        package.layout,
        path.name,
        package.source_url,
    )
    for name, encoding in package.encodings.items():
        summary.notes[f"{name}: not UTF-8, read as {encoding}"] += 1
    (v3 if package.layout == LAYOUT_3 else legacy).read(draft)
    if not (draft.rows.services or draft.rows.organizations or draft.rows.locations):
        draft.log.raise_if_any()
        raise ImportRejectedError(
            f"{path.name} holds no organizations, services or locations to import."
        )
    _report_unused(draft)
    dedupe(draft)
    check_links(
        draft,
        lambda model, ids: repository.get_existing_ids(session=session, model=model, ids=ids),
    )
    draft.log.raise_if_any()
    enrich(draft)
    _keep_withheld_places(draft, session)
    _protect_crisis_lines(
        draft, repository.get_service_kinds(session=session, ids=_service_ids(draft))
    )
    draft.log.raise_if_any()
    try:
        summary.counts = repository.replace_directory_rows(session=session, rows=draft.rows)
    except IntegrityError as exc:  # a link our checks could not foresee; the caller rolls back
        reason = str(exc.orig).splitlines()[0][:200]
        raise ImportRejectedError(
            f"Import rejected, nothing was written: the package conflicts with rows already "
            f"in the directory ({reason}).",
            errors=[{"file": "", "row": 0, "column": "", "msg": reason}],
        ) from exc
    summary.directory_version = repository.bump_directory_version(session=session)
    return summary
