"""Plain-dict records of results: the one shape every machine format is made from.

Keys are a stable contract (DESIGN section 8): never renamed without bumping
``SCHEMA_VERSION``.
"""

from __future__ import annotations

from typing import Any

from skillmatch.models import Evidence, Extraction, MatchReport, RequirementResult, RoleProfile

SCHEMA_VERSION = 1


def extraction_record(extraction: Extraction) -> dict[str, Any]:
    document = extraction.document
    return {
        "schema_version": SCHEMA_VERSION,
        "source": document.source,
        "chars": len(document.text),
        "skills": [
            {
                "id": hit.skill_id,
                "name": hit.name,
                "category": hit.category,
                "origin": hit.origin,
                "mentions": [
                    {
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "line": m.line,
                        "section": m.section,
                        "method": m.method,
                        "confidence": m.confidence,
                        **({"reason": m.reason} if m.reason else {}),
                    }
                    for m in hit.mentions
                ],
            }
            for hit in extraction.skills
        ],
        "warnings": list(document.warnings),
    }


def _evidence(items: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [
        {"skill": e.skill_id, "name": e.name, "line": e.line, "section": e.section, "text": e.text}
        for e in items
    ]


def requirement_record(result: RequirementResult, weight: float) -> dict[str, Any]:
    req = result.requirement
    head: dict[str, Any]
    if req.kind == "any_of":
        head = {"any_of": list(req.skills)}
    elif req.kind == "skill":
        head = {"skill": req.skills[0]}
    elif req.kind == "title":
        head = {"title": req.text}
    elif req.kind == "years":
        head = {"years": req.years, "skill": req.skills[0] if req.skills else None}
    else:
        head = {"education": req.degree, "fields": list(req.fields)}
    return {
        **head,
        "label": req.label,
        "importance": req.importance,
        "status": result.status,
        "credit": round(result.credit, 3),
        "weight": weight,
        "via": result.via,
        "matched_skill": result.matched_skill,
        "detail": result.detail,
        "evidence": _evidence(result.evidence),
        "role_line": req.line,
    }


def report_record(report: MatchReport, explain: bool = False) -> dict[str, Any]:
    record: dict[str, Any] = {
        "source": report.source,
        "score": report.score,
        "confidence": report.confidence,
        "requirements": [
            requirement_record(res, w)
            for res, w in zip(report.results, report.weights, strict=True)
        ],
        "missing_required": missing(report, "required"),
        "missing_preferred": missing(report, "preferred"),
        "extra_skills": list(report.extra_skills),
        "total_years": report.total_years,
        "education": list(report.education),
        "suggestions": list(report.suggestions),
        "warnings": list(report.warnings),
        "error": report.error,
    }
    if explain:
        record["arithmetic"] = arithmetic(report)
        record["decisions"] = [
            {
                "label": r.requirement.label,
                "role_line": r.requirement.line,
                "reason": r.requirement.reason,
            }
            for r in report.results
        ]
    return record


def error_record(source: str, error: str) -> dict[str, Any]:
    return {
        "source": source,
        "score": None,
        "confidence": None,
        "requirements": [],
        "missing_required": [],
        "missing_preferred": [],
        "extra_skills": [],
        "total_years": None,
        "education": [],
        "suggestions": [],
        "warnings": [],
        "error": error,
    }


def role_record(role: RoleProfile) -> dict[str, Any]:
    return {"source": role.source, "title": role.title, "requirements": len(role.requirements)}


def missing(report: MatchReport, importance: str) -> list[str]:
    return [
        r.requirement.label
        for r in report.results
        if r.status == "missing" and r.requirement.importance == importance
    ]


def matched(report: MatchReport) -> list[str]:
    return [r.requirement.label for r in report.results if r.status == "matched"]


def arithmetic(report: MatchReport) -> str:
    """The score as a sum anyone can check."""
    if not report.results:
        return "no requirements found in the role: score 0"
    parts = [f"{w:g}×{r.credit:.2f}" for r, w in zip(report.results, report.weights, strict=True)]
    earned = sum(w * r.credit for r, w in zip(report.results, report.weights, strict=True))
    total = sum(report.weights)
    return f"({' + '.join(parts)}) / {total:g} = {earned:.2f} / {total:g} = {report.score:.1f}/100"
