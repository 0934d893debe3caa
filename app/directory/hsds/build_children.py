"""Build phone, schedule, cost, language, area, taxonomy, eligibility and payment rows."""

from app.directory import models as m
from app.directory.hsds.cells import Cells
from app.directory.hsds.draft import Draft, make
from app.directory.hsds.extensions import DESCRIBED_AREA, read_extensions
from app.directory.hsds.values import (
    PHONE_TYPES_SKIPPED,
    area_from_text,
    language_code,
    payment,
    phone_type,
)


def _parent(cells: Cells) -> str | None:
    return cells.text("service_id", "location_id", "organization_id", "service_at_location_id")


def phone(draft: Draft, cells: Cells) -> None:
    """One phones.csv row; fax and pager numbers are skipped (no one seeks help by fax)."""
    published = cells.text("type")
    kind = phone_type(published)
    if kind is None:
        label = (published or "").lower()
        reason = label if label in PHONE_TYPES_SKIPPED else "unknown type"
        draft.summary.skipped[f"{cells.file}: {reason} numbers"] += 1
        return
    if cells.text("number") is None:
        draft.summary.skipped[f"{cells.file}: rows without a number"] += 1
        return
    ext = read_extensions(cells, "phones.csv")
    languages = ext.get("languages")
    if languages is None:
        languages = [code for v in cells.listing("language") if (code := language_code(v))]
    row = make(
        m.Phone,
        id=draft.child_id(cells, _parent(cells), "phone"),
        service_id=cells.text("service_id"),
        organization_id=cells.text("organization_id"),
        location_id=cells.text("location_id"),
        number=cells.required("number").strip('"').strip(),
        extension=cells.text("extension"),
        type=kind,
        description=cells.text("description"),
        text_keyword=ext.get("text_keyword"),
        press=ext.get("press"),
        languages=list(languages),
        populations=list(ext.get("populations") or []),
        position=ext.get("position") or 0,
    )
    draft.note_sal("phones", row.id, cells)
    draft.add("phones", row, cells)


def cost_option(draft: Draft, cells: Cells) -> None:
    """One cost_options.csv row; without our cost_type column the type is read from it."""
    ext = read_extensions(cells, "cost_options.csv")
    amount = cells.number("amount")
    words = " ".join(filter(None, [cells.text("option"), cells.text("amount_description")]))
    cost_type = ext.get("cost_type")
    if cost_type is None:
        cost_type = (
            "free" if amount == 0 else ("sliding_scale" if "sliding" in words.lower() else "fixed")
        )
    service_id = cells.required("service_id")
    row = make(
        m.CostOption,
        id=draft.child_id(cells, service_id, "cost"),
        service_id=service_id,
        option=cells.text("option"),
        currency=(cells.text("currency") or "USD").upper(),
        amount=amount,
        amount_description=cells.text("amount_description"),
        cost_type=cost_type,
        amount_max=ext.get("amount_max"),
    )
    draft.add("cost_options", row, cells)


def language(draft: Draft, cells: Cells) -> None:
    """One languages.csv row (3.0 name + code; 1.x a `language` name or code)."""
    name = cells.text("name", "language")
    code = cells.text("code")
    if code is None and name:
        code = language_code(name)
        if code is None:
            draft.summary.notes[f"{cells.file}: language '{name}' has no code we know"] += 1
    row = make(
        m.Language,
        id=draft.child_id(cells, _parent(cells), "language"),
        service_id=cells.text("service_id"),
        location_id=cells.text("location_id"),
        phone_id=cells.text("phone_id"),
        name=name,
        code=code.lower() if code else None,
        note=cells.text("note"),
    )
    draft.add("languages", row, cells)


def service_area(draft: Draft, cells: Cells) -> None:
    """One service_areas.csv row; words we cannot read as a place are kept as words only."""
    ext = read_extensions(cells, "service_areas.csv")
    name = cells.text("name", "service_area")
    fields: dict[str, object] = {k: v for k, v in ext.items() if v not in (None, [])}
    if "area_type" not in ext:
        understood = area_from_text(name) if name else None
        fields = dict(understood or {"area_type": DESCRIBED_AREA})
        label = (
            f"read as {understood['area_type']}"
            if understood
            else "not a place we can read, kept as words (routing ignores it)"
        )
        draft.summary.notes[f"{cells.file}: area text {label}"] += 1
    service_id = cells.required("service_id")
    row = make(
        m.ServiceArea,
        id=draft.child_id(cells, service_id, "area"),
        service_id=service_id,
        name=name,
        description=cells.text("description"),
        extent=cells.text("extent"),
        extent_type=cells.text("extent_type"),
        **fields,
    )
    draft.add("service_areas", row, cells)


def taxonomy_term(draft: Draft, cells: Cells) -> None:
    """One taxonomy_terms.csv (3.0) or taxonomy.csv (1.x) row."""
    row = make(
        m.TaxonomyTerm,
        id=cells.required("id"),
        code=cells.text("code"),
        name=cells.required("name"),
        description=cells.text("description"),
        parent_id=cells.text("parent_id"),
        taxonomy=cells.text("taxonomy", "vocabulary"),
        language=cells.text("language"),
        term_uri=cells.text("term_uri"),
    )
    draft.add("taxonomy_terms", row, cells)


def attribute(draft: Draft, cells: Cells) -> None:
    """One attributes.csv (3.0) or services_taxonomy.csv (1.x) row."""
    # 3.0 attributes.csv names link_id/taxonomy_term_id; 1.x services_taxonomy.csv does not.
    link_id = cells.required("link_id" if cells.has("link_id") else "service_id")
    term = "taxonomy_term_id" if cells.has("taxonomy_term_id") else "taxonomy_id"
    row = make(
        m.Attribute,
        id=draft.child_id(cells, link_id, "attribute"),
        link_id=link_id,
        link_type=cells.text("link_type"),
        link_entity=cells.text("link_entity") or "service",
        taxonomy_term_id=cells.required(term),
        value=cells.text("value", "taxonomy_detail"),
    )
    draft.add("attributes", row, cells)


def eligibility(draft: Draft, cells: Cells) -> None:
    """One eligibility.csv row (1.x); blank ones are skipped."""
    text = cells.text("eligibility")
    if text is None:
        draft.summary.skipped[f"{cells.file}: blank eligibility rows"] += 1
        return
    service_id = cells.required("service_id")
    row = make(
        m.Eligibility,
        id=draft.child_id(cells, service_id, "eligibility"),
        service_id=service_id,
        eligibility=text,
    )
    draft.add("eligibilities", row, cells)


def payment_accepted(draft: Draft, cells: Cells) -> None:
    """One payments_accepted.csv row (1.x), as our payment code where we know it."""
    text = cells.text("payment")
    if text is None:
        draft.summary.skipped[f"{cells.file}: blank payment rows"] += 1
        return
    code = payment(text)
    if code != text.strip().lower():
        draft.summary.repaired[f"{cells.file}: '{text.strip().lower()}' recorded as {code}"] += 1
    service_id = cells.required("service_id")
    row = make(
        m.PaymentAccepted,
        id=draft.child_id(cells, service_id, "payment"),
        service_id=service_id,
        payment=code,
    )
    draft.add("payments", row, cells)
