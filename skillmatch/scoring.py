"""Compare a resume with a role's requirements: pure functions, transparent arithmetic.

Score = 100 x sum(weight x credit) / sum(weight). Weights: required 1.0,
preferred 0.5. Credit for a skill: 1.0 the skill itself, 0.9 a child (Django for
Python), 0.5 a parent or a skill in progress (a certification not held yet, a skill being
learnt), 0.4 a related skill; a group takes its best member; years and education give
partial credit (3 of 5 years = 0.6). All of it configurable through ``Weights``; every
result says ``via`` what it got its credit.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from skillmatch.education import EducationEntry, level_rank
from skillmatch.experience import ExperienceProfile, skill_experience
from skillmatch.models import (
    Evidence,
    Extraction,
    MatchReport,
    Mention,
    Requirement,
    RequirementResult,
    RoleProfile,
)
from skillmatch.taxonomy import Taxonomy
from skillmatch.titles import core_title, title_implies_skill, title_matches

MATCHED_AT = 0.9  # credit from which a requirement counts as matched
HEADLINE_LINES = 4  # the name and headline lines at the top of a resume
EVIDENCE_PER_RESULT = 2
EVIDENCE_CHARS = 72


@dataclass(frozen=True)
class Weights:
    required: float = 1.0
    preferred: float = 0.5
    exact: float = 1.0
    child: float = 0.9
    parent: float = 0.5
    related: float = 0.4
    pending: float = 0.5  # in progress: a certification not held yet, a skill being learnt
    soft_factor: float = 0.5  # soft skills weigh half: resumes show them more than name them
    title_factor: float = 2.0  # the role's title sums up the role: having held it counts double
    equivalent_experience_years: float = 4.0  # "or equivalent experience" for a degree
    degree_one_level_below: float = 0.5
    degree_other_field: float = 0.75

    def of(self, requirement: Requirement, taxonomy: Taxonomy) -> float:
        weight = self.required if requirement.importance == "required" else self.preferred
        if requirement.kind == "title":
            return weight * self.title_factor
        kinds = {taxonomy.skills[s].kind for s in requirement.skills if s in taxonomy.skills}
        if requirement.kind in ("skill", "any_of") and kinds == {"soft"}:
            weight *= self.soft_factor
        return weight


@dataclass(frozen=True)
class ResumeFacts:
    """What scoring needs from a resume, built once per resume (and reused per role)."""

    extraction: Extraction
    experience: ExperienceProfile
    education: tuple[EducationEntry, ...]

    # Cached: every requirement of every role asks for them (a frozen dataclass keeps a
    # cached_property in its __dict__).
    @cached_property
    def skill_ids(self) -> frozenset[str]:
        """Skills the resume shows as held (one named only as in progress is not)."""
        hits = self.extraction.skills
        return frozenset(h.skill_id for h in hits if h.skill_id and not h.pending)

    @cached_property
    def pending_ids(self) -> frozenset[str]:
        """Skills named only as in progress (``SkillHit.pending``)."""
        return frozenset(h.skill_id for h in self.extraction.skills if h.skill_id and h.pending)


def _evidence(mentions: list[Mention], text: str) -> tuple[Evidence, ...]:
    """The resume lines that show a skill, skills-section and distinct lines first."""
    # Skills lists and experience first; the name-and-contact lines at the top last.
    ordered = sorted(mentions, key=lambda m: (-m.confidence, m.section is None, m.start))
    seen: set[int] = set()
    out: list[Evidence] = []
    for mention in ordered:
        if mention.line in seen:
            continue
        seen.add(mention.line)
        out.append(
            Evidence(
                mention.skill_id,
                mention.name,
                mention.line,
                mention.section,
                _line_text(text, mention.start),
            )
        )
        if len(out) >= EVIDENCE_PER_RESULT:
            break
    return tuple(out)


def _clip(line: str) -> str:
    """A whole short line as evidence: white space collapsed, cut to the evidence width."""
    return " ".join(line.split())[:EVIDENCE_CHARS]


def _education_evidence(entry: EducationEntry) -> Evidence:
    return Evidence(None, entry.level, entry.line, "education", _clip(entry.text))


def _line_text(text: str, offset: int) -> str:
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset)
    line = " ".join(text[lo : hi if hi >= 0 else len(text)].split())
    if len(line) <= EVIDENCE_CHARS:
        return line
    column = offset - lo
    start = max(0, min(column - EVIDENCE_CHARS // 3, len(line) - EVIDENCE_CHARS))
    if start and " " in line[start:column]:
        start = line.index(" ", start) + 1  # begin at a word
    snippet = line[start : start + EVIDENCE_CHARS]
    return ("…" if start else "") + snippet + ("…" if start + EVIDENCE_CHARS < len(line) else "")


def _skill_credit(
    skill_id: str, facts: ResumeFacts, taxonomy: Taxonomy, weights: Weights
) -> tuple[float, str, str, str | None]:
    """(credit, via, detail, resume skill id) for one required skill."""
    have = facts.skill_ids
    if skill_id in have:
        return weights.exact, "exact", "", skill_id
    entry = _degree_field_for(skill_id, facts, taxonomy)
    if entry is not None:
        return weights.exact, "education", f"via degree field: {entry.field}", None
    descendants = taxonomy.descendants(skill_id)
    for child in descendants:
        if child in have:
            return weights.child, "child", f"via child skill: {_name(taxonomy, child)}", child
    pending = facts.pending_ids
    for shown in (skill_id, *descendants):
        if shown in pending:
            detail = f"via {_name(taxonomy, shown)}, in progress (not held yet)"
            return weights.pending, "pending", detail, shown
    skill = taxonomy.get(skill_id)
    if skill is not None and skill.covers:
        for hit in facts.extraction.skills:
            if hit.skill_id and hit.category in skill.covers:
                detail = f"via {hit.name} (a {hit.category} skill)"
                return weights.child, "child", detail, hit.skill_id
    for parent in taxonomy.ancestors(skill_id):
        if parent in have:
            return weights.parent, "parent", f"via parent skill: {_name(taxonomy, parent)}", parent
    for other in sorted(taxonomy.related(skill_id)):
        if other in have:
            return weights.related, "related", f"via related skill: {_name(taxonomy, other)}", other
    return 0.0, "none", "not found in the resume", None


def _degree_field_for(
    skill_id: str, facts: ResumeFacts, taxonomy: Taxonomy
) -> EducationEntry | None:
    """A degree whose field is this skill ("B.Sc. Computer Science" for computer science)."""
    for entry in facts.education:
        if entry.field:
            field_skill = taxonomy.lookup(entry.field)
            if field_skill is not None and field_skill.id == skill_id:
                return entry
    return None


def _name(taxonomy: Taxonomy, skill_id: str) -> str:
    skill = taxonomy.get(skill_id)
    return skill.name if skill else skill_id


def _mentions_of(facts: ResumeFacts, skill_id: str) -> list[Mention]:
    for hit in facts.extraction.skills:
        if hit.skill_id == skill_id:
            return list(hit.mentions)
    return []


def _status(credit: float) -> str:
    if credit >= MATCHED_AT:
        return "matched"
    return "partial" if credit > 0 else "missing"


def score_requirement(
    req: Requirement, facts: ResumeFacts, taxonomy: Taxonomy, weights: Weights
) -> RequirementResult:
    text = facts.extraction.document.text
    if req.kind in ("skill", "any_of"):
        best = (0.0, "none", "not found in the resume", None)
        for skill_id in req.skills:
            candidate = _skill_credit(skill_id, facts, taxonomy, weights)
            if candidate[0] > best[0]:
                best = candidate
        credit, via, detail, found = best
        if req.kind == "any_of" and found is not None and via == "exact":
            detail = f"{_name(taxonomy, found)} meets the group"
        evidence = _evidence(_mentions_of(facts, found), text) if found else ()
        if via == "education":
            evidence = tuple(
                _education_evidence(e)
                for e in facts.education
                if any(_degree_field_for(s, facts, taxonomy) is e for s in req.skills)
            )[:1]
        return RequirementResult(req, _status(credit), credit, via, detail, evidence, found)
    if req.kind == "years":
        return _score_years(req, facts, taxonomy, text)
    if req.kind == "education":
        return _score_education(req, facts, weights)
    if req.kind == "title":
        return _score_title(req, facts, text)
    raise ValueError(f"unknown requirement kind {req.kind!r}")


def _score_years(
    req: Requirement, facts: ResumeFacts, taxonomy: Taxonomy, text: str
) -> RequirementResult:
    needed = req.years or 0.0
    if req.skills:
        skill_id = req.skills[0]
        # Years with a skill count the entries that mention it or a narrower skill
        # (Django work is Python work).
        family = [skill_id, *taxonomy.descendants(skill_id)]
        offsets = [m.start for sid in family for m in _mentions_of(facts, sid)]
        name = _name(taxonomy, skill_id)
        offsets += [e.start for e in facts.experience.entries if title_implies_skill(e.title, name)]
        stats = skill_experience(facts.experience, {skill_id: offsets}).get(skill_id)
        have = (stats.months / 12.0) if stats else 0.0
        what = f"{have:.1f} years with {_name(taxonomy, skill_id)} in dated entries"
        mentions = [m for sid in family for m in _mentions_of(facts, sid)]
        evidence = _evidence(
            [m for m in mentions if _in_entries(facts.experience, m.start)] or mentions, text
        )
    else:
        have = facts.experience.total_months / 12.0
        what = f"{have:.1f} years of dated experience"
        evidence = tuple(
            Evidence(
                None,
                entry.title,
                text.count("\n", 0, entry.start) + 1,
                "experience",
                _line_text(text, entry.date_range.start_offset),
            )
            for entry in facts.experience.entries[:EVIDENCE_PER_RESULT]
        )
    credit = 1.0 if needed <= 0 else min(1.0, have / needed)
    credit = round(credit, 3)
    detail = f"{what}; {needed:g} asked"
    return RequirementResult(req, _status(credit), credit, "years", detail, evidence, None)


def _score_title(req: Requirement, facts: ResumeFacts, text: str) -> RequirementResult:
    """Has the resume held this title: its headline or an experience entry."""
    wanted = core_title(req.text)
    lines = text.splitlines()
    candidates: list[tuple[int, str, str]] = [
        (number, line, "text")
        for number, line in enumerate(lines[:HEADLINE_LINES], 1)
        if line.strip()
    ]
    entries = [
        (text.count("\n", 0, entry.start) + 1, entry.title, "experience")
        for entry in facts.experience.entries
    ]
    candidates = entries + candidates  # a job held is better evidence than a headline
    for number, line, section in candidates:
        if title_matches(wanted, line):
            evidence = Evidence(None, req.text, number, section, _clip(line))
            return RequirementResult(req, "matched", 1.0, "title", "same title", (evidence,))
    return RequirementResult(req, "missing", 0.0, "none", "no entry with this title", ())


def _in_entries(profile: ExperienceProfile, offset: int) -> bool:
    return any(e.start <= offset < e.end for e in profile.entries)


def _score_education(req: Requirement, facts: ResumeFacts, weights: Weights) -> RequirementResult:
    best: EducationEntry | None = None
    for entry in facts.education:
        if best is None or level_rank(entry.level) > level_rank(best.level):
            best = entry
    needed = level_rank(req.degree or "bachelor")
    credit, detail = 0.0, "no degree found in the resume"
    if best is not None:
        gap = needed - level_rank(best.level)
        if gap <= 0:
            credit, detail = 1.0, f"{best.level} degree"
            if req.fields and best.field and not _field_fits(best.field, req.fields):
                credit = weights.degree_other_field
                detail += f" in {best.field} (asked: {', '.join(req.fields)})"
            elif best.field:
                detail += f" in {best.field}"
        elif gap == 1:
            credit, detail = (
                weights.degree_one_level_below,
                f"{best.level} degree (one level below)",
            )
    years = facts.experience.total_months / 12.0
    if req.or_equivalent and credit < 1.0 and years >= weights.equivalent_experience_years:
        credit, detail = 1.0, f"equivalent experience: {years:.1f} years"
    evidence = (_education_evidence(best),) if best else ()
    return RequirementResult(req, _status(credit), credit, "education", detail, evidence, None)


def _field_fits(field: str, wanted: tuple[str, ...]) -> bool:
    have = field.casefold()
    for item in wanted:
        item = item.casefold()
        if "related" in item or item in have or have in item:
            return True
    return False


def compare(
    facts: ResumeFacts,
    role: RoleProfile,
    taxonomy: Taxonomy,
    weights: Weights | None = None,
) -> MatchReport:
    """Score one resume against one role."""
    weights = weights or Weights()
    results = tuple(score_requirement(r, facts, taxonomy, weights) for r in role.requirements)
    w = tuple(weights.of(r, taxonomy) for r in role.requirements)
    total = sum(w)
    earned = sum(wi * res.credit for wi, res in zip(w, results, strict=True))
    score = round(100.0 * earned / total, 1) if total else 0.0
    asked = {s for r in role.requirements for s in r.skills}
    used = {res.matched_skill for res in results if res.matched_skill}
    extras = tuple(
        hit.label
        for hit in facts.extraction.skills
        if hit.skill_id not in asked and hit.skill_id not in used
    )
    document = facts.extraction.document
    warnings = tuple(dict.fromkeys((*document.warnings, *facts.experience.warnings)))
    education = tuple(f"{e.level}" + (f" in {e.field}" if e.field else "") for e in facts.education)
    from skillmatch.suggestions import suggest

    return MatchReport(
        source=document.source,
        role_source=role.source,
        role_title=role.title,
        score=score,
        results=results,
        weights=w,
        extra_skills=extras,
        total_years=round(facts.experience.total_months / 12.0, 1),
        education=education,
        suggestions=tuple(suggest(results, facts, taxonomy)),
        warnings=warnings,
        confidence=_confidence(document.text, warnings),
        pages=document.pages,
    )


def _confidence(text: str, warnings: tuple[str, ...]) -> str:
    """How far to trust the score given the parse: fewer words or warnings lower it."""
    words = len(text.split())
    if words < 80 or any("scanned" in w or "little text" in w for w in warnings):
        return "low"
    if warnings:
        return "medium"
    return "high"
