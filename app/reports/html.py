"""One self-contained HTML coverage report: a tile map, a tier chart and a sortable table.

Inline CSS, SVG and script only: the file makes no network request, so it can be mailed
or opened offline. Every value from the data (ids, labels, states) is escaped.
"""

from html import escape

from app.reports.html_assets import BINS, CSS, NO_DATA, SORT_JS, TILES
from app.reports.table import ReportTotals

TIER_LABELS = {
    "all": "any cost",
    "free": "free",
    "sliding_scale": "sliding scale",
    "insurance": "insurance or Medicaid",
}
TILE, GAP = 46, 4


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def _colour(rate: float) -> str:
    return next(colour for bound, colour, _ in BINS if rate < bound)


def _map(totals: ReportTotals) -> str:
    tiles = []
    for state, (row, col) in TILES.items():
        n = totals.state_locations.get(state, 0)
        gaps = totals.state_with_gap.get(state, 0)
        fill = _colour(gaps / n) if n else NO_DATA
        tip = f"{state}: {_pct(gaps, n)} of {n:,} places have a gap" if n else f"{state}: no data"
        x, y = col * (TILE + GAP), row * (TILE + GAP)
        tiles.append(
            f'<g class="tile" data-state="{escape(state)}" data-rate="{gaps / n if n else -1:.3f}">'
            f"<title>{escape(tip)}</title>"
            f'<rect x="{x}" y="{y}" width="{TILE}" height="{TILE}" rx="4" fill="{fill}"/>'
            f'<text x="{x + TILE / 2}" y="{y + TILE / 2 + 5}" text-anchor="middle" '
            f'font-size="13" fill="{"#fff" if fill in (BINS[3][1], BINS[4][1]) else "#222"}">'
            f"{escape(state)}</text></g>"
        )
    width, height = 12 * (TILE + GAP), 8 * (TILE + GAP)
    legend = "".join(
        f'<span><i style="background:{colour}"></i>{escape(text)}</span>'
        for _, colour, text in BINS
    )
    legend += f'<span><i style="background:{NO_DATA}"></i>no places checked</span>'
    return (
        f'<svg id="map" role="img" aria-label="US states coloured by share of places with a gap" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">{"".join(tiles)}</svg>'
        f'<div class="legend" aria-label="legend">Share of places with at least one gap: '
        f"{legend}</div>"
    )


def _chart(totals: ReportTotals) -> str:
    header, checked, ok = totals.header, totals.in_person_checked, totals.ok
    bar_x, bar_w, row_h = 170, 380, 17
    rows, y = [], 0
    for kind in header["kinds"]:
        rows.append(
            f'<text x="0" y="{y + 13}" font-weight="600" font-size="14">'
            f"{escape(header['kind_labels'].get(kind, kind)).capitalize()}</text>"
        )
        y += row_h + 4
        for tier in header["tiers"]:
            near = totals.in_person[(kind, tier)] / checked if checked else 0.0
            either = totals.either[(kind, tier)] / ok if ok else 0.0
            figures = f"{near:.0%} in person, {either:.0%} counting telehealth"
            rows.append(
                f'<g class="bar" data-kind="{escape(kind)}" data-tier="{escape(tier)}">'
                f'<text x="12" y="{y + 12}" font-size="12">'
                f"{escape(TIER_LABELS.get(tier, tier))}</text>"
                f'<rect x="{bar_x}" y="{y + 2}" width="{bar_w}" height="{row_h - 4}" '
                'fill="#f2f2f2"/>'
                f'<rect x="{bar_x}" y="{y + 2}" width="{bar_w * either:.1f}" '
                f'height="{row_h - 4}" fill="#b3cde3"/>'
                f'<rect x="{bar_x}" y="{y + 2}" width="{bar_w * near:.1f}" '
                f'height="{row_h - 4}" fill="#2c7fb8"/>'
                f'<text x="{bar_x + bar_w + 8}" y="{y + 12}" font-size="12">'
                f"{escape(figures)}</text></g>"
            )
            y += row_h
        y += 8
    width = bar_x + bar_w + 260
    return (
        f'<svg id="chart" role="img" aria-label="Share of places with each kind and cost tier" '
        f'viewBox="0 0 {width} {y}" width="{width}" height="{y}">{"".join(rows)}</svg>'
        '<div class="legend"><span><i style="background:#2c7fb8"></i>in person within the radius'
        '</span><span><i style="background:#b3cde3"></i>in person or by telehealth</span></div>'
    )


def _table(totals: ReportTotals) -> str:
    cells, reach = [], totals.header["nearest_reach_miles"]
    for r in totals.worst_rows():
        nearest = r["nearest"]
        near_text = f"{nearest:g}" if nearest is not None else f"over {reach:g}"
        values = [
            (r["id"], r["id"]),
            (r["zip"] or "", r["zip"] or ""),
            (r["state"], r["state"]),
            (r["county"] or "", (r["county"] or "").title()),
            (len(r["gaps"]), len(r["gaps"])),
            (nearest if nearest is not None else 9999, near_text),
            ("; ".join(r["gaps"]), "; ".join(r["gaps"])),
        ]
        tds = "".join(
            f'<td data-sort="{escape(str(key))}"{" class=num" if i in (4, 5) else ""}>'
            f"{escape(str(text))}</td>"
            for i, (key, text) in enumerate(values)
        )
        cells.append(f"<tr>{tds}</tr>")
    heads = (
        "Place id",
        "ZIP",
        "State",
        "County",
        "Gaps",
        "Nearest counselling (miles)",
        "What is missing",
    )
    ths = "".join(f'<th scope="col"><button type="button">{escape(h)}</button></th>' for h in heads)
    return (
        f'<table id="worst" class="sortable"><thead><tr>{ths}</tr></thead>'
        f"<tbody>{''.join(cells)}</tbody></table>"
    )


def render_report(totals: ReportTotals, title: str = "Where are the gaps?") -> str:
    """Render the whole report as one HTML document."""
    h = totals.header
    miles = f"{h['radius_miles']:g}"
    top = totals.gap_counts.most_common(1)
    labels = {c["code"]: c["label"] for c in h["gap_checks"]}
    summary = (
        f"Of {totals.ok:,} places checked, {_pct(totals.with_gap, totals.ok)} lack at least one "
        f"kind of help within {miles} miles or by telehealth"
    )
    if top:
        code, count = top[0]
        summary += f"; the most common gap is “{labels.get(code, code)}” ({_pct(count, totals.ok)})"
    summary += "."
    notice = f'<p class="notice" role="note">{escape(h["notice"])}</p>' if h.get("notice") else ""
    errors = (
        f'<p class="note">{totals.errors:,} input row{"s" if totals.errors > 1 else ""} '
        "could not be used (see the CSV).</p>"
        if totals.errors
        else ""
    )
    checks = "".join(
        f"<li>{escape(c['label'])}: {_pct(totals.gap_counts.get(c['code'], 0), totals.ok)} "
        f"of places</li>"
        for c in h["gap_checks"]
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{CSS}</style></head>
<body><main>
<h1>{escape(title)}</h1>
<p class="lead" id="summary">{escape(summary)}</p>
{notice}
<p class="note">Counted: local mental-health and social-care services a person could use, by kind,
cost and delivery, within {escape(miles)} miles in person or by telehealth licensed in the
state. {escape(h["crisis_lines"]["note"])}
Directory version {escape(str(h["directory_version"]))}.</p>
{errors}
<h2>Share of places with a gap, by state</h2>
{_map(totals)}
<h2>Coverage by kind and cost</h2>
<p class="note">Share of places with at least one such service.</p>
{_chart(totals)}
<h2>Gaps checked</h2>
<ul class="checks">{checks}</ul>
<h2>Places with the most gaps</h2>
<p class="note">Click a column heading to sort.</p>
{_table(totals)}
</main><script>{SORT_JS}</script></body></html>
"""
