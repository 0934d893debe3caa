"""The coverage report's fixed parts: state tile positions, colours, CSS and the table script.

Everything is inline so the report is one file that makes no network request.
"""

# (row, column) of each state on a tile-grid map of the US.
TILES: dict[str, tuple[int, int]] = {
    "AK": (0, 0), "ME": (0, 11), "VT": (1, 10), "NH": (1, 11),
    "WA": (2, 1), "ID": (2, 2), "MT": (2, 3), "ND": (2, 4), "MN": (2, 5), "IL": (2, 6),
    "WI": (2, 7), "MI": (2, 8), "NY": (2, 9), "RI": (2, 10), "MA": (2, 11),
    "OR": (3, 1), "NV": (3, 2), "WY": (3, 3), "SD": (3, 4), "IA": (3, 5), "IN": (3, 6),
    "OH": (3, 7), "PA": (3, 8), "NJ": (3, 9), "CT": (3, 10),
    "CA": (4, 1), "UT": (4, 2), "CO": (4, 3), "NE": (4, 4), "MO": (4, 5), "KY": (4, 6),
    "WV": (4, 7), "VA": (4, 8), "MD": (4, 9), "DE": (4, 10),
    "AZ": (5, 2), "NM": (5, 3), "KS": (5, 4), "AR": (5, 5), "TN": (5, 6), "NC": (5, 7),
    "SC": (5, 8), "DC": (5, 9),
    "OK": (6, 4), "LA": (6, 5), "MS": (6, 6), "AL": (6, 7), "GA": (6, 8),
    "HI": (7, 0), "GU": (7, 1), "TX": (7, 4), "FL": (7, 9), "VI": (7, 10), "PR": (7, 11),
}  # fmt: skip

# Gap-rate bins: (upper bound, colour, legend text). Light to dark: more places with gaps.
BINS: tuple[tuple[float, str, str], ...] = (
    (0.2, "#e8f1f8", "under 20%"),
    (0.4, "#b3cde3", "20-40%"),
    (0.6, "#8c96c6", "40-60%"),
    (0.8, "#8856a7", "60-80%"),
    (1.01, "#810f7c", "80% or more"),
)
NO_DATA = "#d9d9d9"

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 6px}
h2{font-size:19px;margin:28px 0 8px}
.lead{font-size:17px;margin:4px 0 12px}
.notice{background:#fff4ce;border:1px solid #e0b000;padding:10px 14px;border-radius:6px}
.note{color:#444;font-size:13px}
.legend{display:flex;gap:12px;flex-wrap:wrap;font-size:13px;margin:6px 0}
.legend span{display:inline-flex;align-items:center;gap:5px}
.legend i{width:14px;height:14px;display:inline-block;border:1px solid #999}
svg text{font-family:inherit}
table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #ddd;padding:5px 7px;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer}
th[aria-sort=ascending] button::after{content:" \\25B2"}
th[aria-sort=descending] button::after{content:" \\25BC"}
td.num{text-align:right}
.checks li{margin:2px 0}
"""

# Sorts the worst-gaps table when a column header is clicked (numbers as numbers).
SORT_JS = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th button").forEach(function (button, column) {
    button.addEventListener("click", function () {
      var th = button.parentElement;
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[column].getAttribute("data-sort");
        var y = b.cells[column].getAttribute("data-sort");
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return ascending ? c : -c;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
"""
