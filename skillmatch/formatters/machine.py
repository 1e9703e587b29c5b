"""Machine and document formats: JSON, CSV and Markdown, all built from records."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from skillmatch.formatters.records import (
    SCHEMA_VERSION,
    arithmetic,
    extraction_record,
    report_record,
    role_record,
)
from skillmatch.models import Extraction, MatchReport, RoleProfile


def to_json(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def match_json(role: RoleProfile, reports: Sequence[MatchReport], explain: bool = False) -> str:
    return to_json(
        {
            "schema_version": SCHEMA_VERSION,
            "role": role_record(role),
            "results": [report_record(r, explain) for r in reports],
        }
    )


def extraction_json(extractions: Sequence[Extraction], errors: Sequence[dict] = ()) -> str:
    records: list[dict[str, Any]] = [extraction_record(e) for e in extractions]
    records.extend(errors)
    if len(records) == 1:
        return to_json(records[0])
    return to_json(records)


EXTRACT_CSV_COLUMNS = (
    "source",
    "skill_id",
    "name",
    "category",
    "origin",
    "count",
    "sections",
    "first_line",
    "error",
)


def extraction_csv(extractions: Sequence[Extraction], errors: Sequence[dict] = ()) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EXTRACT_CSV_COLUMNS)
    for extraction in extractions:
        for hit in extraction.skills:
            writer.writerow(
                [
                    extraction.document.source,
                    hit.skill_id or "",
                    hit.name,
                    hit.category or "",
                    hit.origin,
                    len(hit.mentions),
                    ";".join(sorted({m.section or "" for m in hit.mentions} - {""})),
                    hit.mentions[0].line,
                    "",
                ]
            )
    for error in errors:
        writer.writerow([error["source"], "", "", "", "", "", "", "", error["error"]])
    return buffer.getvalue()


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def report_markdown(report: MatchReport, explain: bool = False) -> str:
    """A report for a pull-request comment or an e-mail."""
    role = report.role_title or report.role_source
    lines = [
        f"## skillmatch: {_md_escape(report.source)} vs {_md_escape(role)}",
        "",
        f"**Score {report.score:.0f}/100** · confidence {report.confidence}"
        + (f" · warnings: {_md_escape('; '.join(report.warnings))}" if report.warnings else ""),
        "",
        "| requirement | importance | status | credit | evidence |",
        "|---|---|---|---:|---|",
    ]
    order = {"required": 0, "preferred": 1}
    status = {"missing": 0, "partial": 1, "matched": 2}
    for result in sorted(
        report.results,
        key=lambda r: (order[r.requirement.importance], status[r.status], r.requirement.line),
    ):
        evidence = "—"
        if result.evidence:
            e = result.evidence[0]
            evidence = f"{e.text} ({e.section or 'text'}, line {e.line})"
        if result.detail and result.via not in ("exact",):
            evidence = f"{result.detail}; {evidence}" if result.evidence else result.detail
        lines.append(
            f"| {_md_escape(result.requirement.label)} | {result.requirement.importance} | "
            f"{result.status} | {result.credit:.2f} | {_md_escape(evidence)} |"
        )
    lines.append("")
    if report.total_years is not None:
        lines.append(f"- Experience: {report.total_years:g} years in dated entries")
    if report.education:
        lines.append(f"- Education: {'; '.join(report.education)}")
    if report.extra_skills:
        lines.append(f"- Also on the resume: {', '.join(report.extra_skills[:20])}")
    if report.suggestions:
        lines += ["", "### Suggestions", ""]
        lines += [f"{i}. {s}" for i, s in enumerate(report.suggestions, 1)]
    if explain:
        lines += ["", "### Arithmetic", "", f"`{arithmetic(report)}`", "", "### Role reading", ""]
        lines += [
            f"- line {r.requirement.line}: {_md_escape(r.requirement.label)}: "
            f"{r.requirement.importance} ({_md_escape(r.requirement.reason)})"
            for r in report.results
        ]
    return "\n".join(lines) + "\n"
