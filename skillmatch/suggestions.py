"""Concrete, honest advice from a scored comparison: what to add or reword.

Suggestions never invent experience: they say what the role asks for, what the
resume shows, and where a real skill should be named if the candidate has it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skillmatch.models import RequirementResult
from skillmatch.taxonomy import Taxonomy

if TYPE_CHECKING:
    from skillmatch.scoring import ResumeFacts

MAX_SUGGESTIONS = 5


def _names(result: RequirementResult, taxonomy: Taxonomy) -> str:
    names = [taxonomy.skills[s].name for s in result.requirement.skills if s in taxonomy.skills]
    if len(names) <= 1:
        return names[0] if names else result.requirement.label
    return ", ".join(names[:-1]) + " or " + names[-1]


def _where(facts: ResumeFacts) -> str:
    entries = facts.experience.entries
    if entries:
        title = entries[0].title or "your latest role"
        return f"in the Experience entry where you used it (e.g. {title})"
    return "in an Experience entry with dates"


def suggest(
    results: tuple[RequirementResult, ...], facts: ResumeFacts, taxonomy: Taxonomy
) -> list[str]:
    """Three to five suggestions, the most valuable first."""
    ranked: list[tuple[int, str]] = []
    for res in results:
        req = res.requirement
        level = 0 if req.importance == "required" else 2
        if req.kind in ("skill", "any_of") and res.status == "missing":
            what = _names(res, taxonomy)
            either = "any of them" if req.kind == "any_of" else "it"
            ranked.append(
                (
                    level,
                    f"The role asks for {what} ({req.importance}); the resume does not mention "
                    f"{either}. If you have used {either}, name it {_where(facts)}.",
                )
            )
        elif req.kind in ("skill", "any_of") and res.status == "partial" and res.matched_skill:
            have = taxonomy.skills[res.matched_skill].name
            asked = _names(res, taxonomy)
            if res.via == "pending" and taxonomy.skills[res.matched_skill].kind == "certification":
                shown = f"{have} is in progress (credit {res.credit:.1f})"
                advice = (
                    "once you hold it, give the month it was awarded; until then, name the "
                    "work where you used the skill."
                )
            elif res.via == "pending":
                shown = f"the resume says you are learning {have} (credit {res.credit:.1f})"
                advice = "once you have used it in a job or a project, name it there."
            else:
                shown = f"you show {have} ({res.via} skill, credit {res.credit:.1f})"
                advice = f"mention any direct {asked} work."
            ranked.append((level + 1, f"{asked} is {req.importance}; {shown}: {advice}"))
        elif req.kind == "years" and res.credit < 1.0:
            ranked.append(
                (
                    level + 1,
                    f"The role asks for {req.label}; {res.detail.split(';')[0]}. Give every "
                    "experience entry a date range (e.g. 'Jan 2019 - Present') so it counts.",
                )
            )
        elif req.kind == "title" and res.status == "missing":
            ranked.append(
                (
                    level + 1,
                    f"The role is titled '{req.text}' and no headline or entry on the resume "
                    "carries that title; if a past role was the same job under another name, "
                    "say so in its description.",
                )
            )
        elif req.kind == "education" and res.credit < 1.0:
            ranked.append(
                (
                    level + 1,
                    f"The role asks for {req.label}; {res.detail}. List your degree "
                    "with its level and field in an Education section.",
                )
            )
    ranked.extend(_skills_only_in_list(results, facts, taxonomy))
    ranked.sort(key=lambda item: item[0])
    return [text for _, text in ranked[:MAX_SUGGESTIONS]]


def _skills_only_in_list(
    results: tuple[RequirementResult, ...], facts: ResumeFacts, taxonomy: Taxonomy
) -> list[tuple[int, str]]:
    """Required skills the resume only lists: show them at work."""
    out: list[tuple[int, str]] = []
    for res in results:
        if res.requirement.importance != "required" or res.via != "exact" or not res.matched_skill:
            continue
        sections = {e.section for e in res.evidence}
        hit = next((h for h in facts.extraction.skills if h.skill_id == res.matched_skill), None)
        if hit is None:
            continue
        all_sections = {m.section for m in hit.mentions}
        if all_sections <= {"skills", None} and sections:
            name = taxonomy.skills[res.matched_skill].name
            # a resume without headings has no skills list to speak of
            where = (
                "only in your skills list"
                if all_sections == {"skills"}
                else "under no Experience or Projects heading"
            )
            out.append(
                (
                    4,
                    f"{name} is required and appears {where}: show it in an "
                    "Experience or Projects entry (what you built with it, and the result).",
                )
            )
    return out[:2]
