"""Rich rendering of reports for people: the gap report and the extract table.

Rendered into a string (the CLI decides where it goes) at the terminal width, or
at ``SKILLMATCH_WIDTH`` for reproducible output; colour follows ``NO_COLOR``.
"""

from __future__ import annotations

import io
import os
from collections import Counter
from typing import Any

from skillmatch.formatters.records import arithmetic
from skillmatch.models import Extraction, MatchReport, RequirementResult

STATUS_ORDER = {"missing": 0, "partial": 1, "matched": 2}
STATUS_STYLE = {"matched": "green", "partial": "yellow", "missing": "red"}
BAR_WIDTH = 20


def _console(width: int | None = None) -> Any:
    from rich.console import Console

    fixed = os.environ.get("SKILLMATCH_WIDTH")
    no_color = bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    return Console(
        file=io.StringIO(),
        width=width or (int(fixed) if fixed else None),
        no_color=no_color,
        highlight=False,
        force_terminal=not no_color and _stdout_is_tty(),
        emoji=False,
    )


def _stdout_is_tty() -> bool:
    import sys

    return sys.stdout.isatty()


def _render(console: Any) -> str:
    return console.file.getvalue()


def band(score: float) -> str:
    if score >= 80:
        return "strong match"
    if score >= 60:
        return "good match"
    if score >= 40:
        return "partial match"
    return "weak match"


def bar(score: float, width: int = BAR_WIDTH) -> str:
    filled = score / 100.0 * width
    full = int(filled)
    half = "▌" if filled - full >= 0.5 and full < width else ""
    return "█" * full + half + "·" * (width - full - len(half))


def _evidence_cell(result: RequirementResult) -> str:
    if not result.evidence:
        return result.detail if result.status != "missing" else "—"
    first = result.evidence[0]
    where = f"{(first.section or 'top').title()}, line {first.line}"
    lead = f"{result.detail} · " if result.detail and result.via not in ("exact", "title") else ""
    return f'{lead}"{_clip(first.text)}" — {where}'


def _clip(text: str, limit: int = 76) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def report_text(report: MatchReport, explain: bool = False, width: int | None = None) -> str:
    from rich.table import Table
    from rich.text import Text

    console = _console(width)
    role = report.role_title or report.role_source
    console.print(
        Text.assemble(
            (" skillmatch ", "bold reverse"),
            f"  {report.source}  vs  ",
            (role, "bold"),
            f" ({report.role_source})" if report.role_title else "",
        )
    )
    quality = ", ".join(report.warnings) if report.warnings else "no warnings"
    console.print(
        Text.assemble(
            (f" Score {report.score:.0f}/100 ", "bold"),
            (bar(report.score), _score_style(report.score)),
            f"  {band(report.score)} · {report.pages} page(s) read, {quality}"
            f" · confidence {report.confidence}",
        )
    )
    console.print()
    for importance in ("required", "preferred"):
        rows = [
            (r, w)
            for r, w in zip(report.results, report.weights, strict=True)
            if r.requirement.importance == importance
        ]
        if not rows:
            continue
        rows.sort(key=lambda rw: (STATUS_ORDER[rw[0].status], rw[0].requirement.line))
        table = Table(
            title=_block_title(importance, rows),
            title_justify="left",
            title_style="bold",
            show_edge=False,
            expand=False,
            pad_edge=False,
        )
        table.add_column("requirement", overflow="fold", ratio=3)
        table.add_column("status", no_wrap=True)
        table.add_column("credit", justify="right", no_wrap=True)
        table.add_column("evidence", overflow="fold", ratio=5)
        for result, _ in rows:
            table.add_row(
                result.requirement.label,
                Text(result.status, style=STATUS_STYLE[result.status]),
                f"{result.credit:.2f}",
                _evidence_cell(result),
            )
        console.print(table)
        console.print()
    if not report.results:
        console.print("No requirements were found in the role text.")
    facts = []
    if report.total_years is not None:
        facts.append(f"Experience: {report.total_years:g} years in dated entries")
    if report.education:
        facts.append("Education: " + "; ".join(report.education))
    for line in facts:
        console.print(line)
    if report.extra_skills:
        console.print("Also on the resume, not asked for: " + ", ".join(report.extra_skills[:20]))
    if report.suggestions:
        console.print()
        console.print(Text("Suggestions", style="bold"))
        for number, suggestion in enumerate(report.suggestions, 1):
            console.print(f" {number}. {suggestion}")
    if explain:
        console.print()
        console.print(Text("How the score was computed", style="bold"))
        console.print(" " + arithmetic(report))
        console.print(Text("How the role was read", style="bold"))
        for result in report.results:
            req = result.requirement
            console.print(
                f" line {req.line}: {req.label} → {req.importance} ({req.reason}); "
                f"{result.status} via {result.via}"
            )
    return _render(console)


def _block_title(importance: str, rows: list[tuple[RequirementResult, float]]) -> str:
    """ "Required (weight 1; the title counts 2, soft skills 0.5)"."""
    weights = [w for r, w in rows if r.requirement.kind not in ("title",)]
    base = Counter(weights).most_common(1)[0][0] if weights else rows[0][1]
    notes = []
    title = next((w for r, w in rows if r.requirement.kind == "title"), None)
    if title is not None:
        notes.append(f"the title counts {title:g}")
    if any(w < base for w in weights):
        notes.append(f"soft skills {base / 2:g}")
    return f"{importance.title()} (weight {base:g}" + (f"; {', '.join(notes)})" if notes else ")")


def _score_style(score: float) -> str:
    return "green" if score >= 60 else "yellow" if score >= 40 else "red"


def extraction_text(extraction: Extraction, width: int | None = None) -> str:
    from rich.table import Table

    console = _console(width)
    document = extraction.document
    table = Table(
        title=f"{document.source}: {len(extraction.skills)} skills",
        title_justify="left",
        show_edge=False,
        pad_edge=False,
    )
    for column in ("skill", "category", "count", "sections", "first evidence"):
        table.add_column(column, overflow="fold")
    text = document.text
    for hit in extraction.skills:
        first = hit.mentions[0]
        lo = text.rfind("\n", 0, first.start) + 1
        hi = text.find("\n", first.start)
        line = _clip(" ".join(text[lo : hi if hi >= 0 else len(text)].split()), 50)
        sections = sorted({m.section or "-" for m in hit.mentions})
        table.add_row(
            hit.label,
            hit.category or "-",
            str(len(hit.mentions)),
            ", ".join(sections),
            f"line {first.line}: {line}",
        )
    console.print(table)  # warnings go to stderr, once, naming the file (cli._warn)
    return _render(console)
