"""What an import did: rows per table, what was inferred, repaired, skipped or ignored.

Every decision the importer takes on the data's behalf is counted here, so a person can
read the summary and see exactly how their directory was interpreted.
"""

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class ImportSummary:
    """The report of one import, built while mapping and printed by the CLI."""

    layout: str = ""
    source: str = ""
    source_url: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    # heading ("services had no kind") -> what was inferred ("counseling from name") -> count
    inferred: dict[str, Counter[str]] = field(default_factory=dict)
    # heading -> how many records it applied to (a service may get several topics)
    subjects: Counter[str] = field(default_factory=Counter)
    repaired: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)
    ignored_files: dict[str, int] = field(default_factory=dict)
    ignored_columns: dict[str, list[str]] = field(default_factory=dict)
    directory_version: int | None = None

    def infer(self, heading: str, *whats: str) -> None:
        """Count one record under a heading and each thing inferred for it."""
        self.subjects[heading] += 1
        counter = self.inferred.setdefault(heading, Counter())
        for what in whats:
            counter[what] += 1

    def lines(self) -> list[str]:
        """Render the summary as lines of plain text."""
        out = [f"HSDS {self.layout} package: {self.source}"]
        out.append("Written: " + ", ".join(f"{table} {n}" for table, n in self.counts.items() if n))
        for heading, what in self.inferred.items():
            parts = ", ".join(f"{text} ({n})" for text, n in what.most_common())
            count = self.subjects[heading]
            subject = heading.replace("services", "service", 1) if count == 1 else heading
            out.append(f"{count} {subject}: inferred {parts}")
        for label, counter in (
            ("Repaired", self.repaired),
            ("Skipped", self.skipped),
            ("Note", self.notes),
        ):
            out.extend(f"{label}: {text} ({n})" for text, n in counter.most_common())
        if self.ignored_files:
            files = ", ".join(
                f"{name} ({n} rows)" for name, n in sorted(self.ignored_files.items())
            )
            out.append(f"Not imported (no place in our model): {files}")
        for name, columns in sorted(self.ignored_columns.items()):
            out.append(f"Unknown columns ignored in {name}: {', '.join(columns)}")
        if self.directory_version is not None:
            out.append(f"Directory version is now {self.directory_version}.")
        return out

    def as_dict(self) -> dict[str, Any]:
        """Return a JSON-ready form (for the admin API)."""
        return {
            "layout": self.layout,
            "source_url": self.source_url,
            "counts": dict(self.counts),
            "inferred": {
                h: {"records": self.subjects[h], "values": dict(c)}
                for h, c in self.inferred.items()
            },
            "repaired": dict(self.repaired),
            "skipped": dict(self.skipped),
            "notes": dict(self.notes),
            "ignored_files": dict(self.ignored_files),
            "ignored_columns": {k: list(v) for k, v in self.ignored_columns.items()},
            "directory_version": self.directory_version,
        }
