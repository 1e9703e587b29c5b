"""Read a role description into requirements: skills, one-of groups, years, education.

Each sentence (or bullet) is read on its own. Its importance comes from its
section (Requirements vs Nice to have) and then from cue words in the sentence
("must", "essential" vs "a plus", "familiarity with"). Skill mentions that sit in
one list are grouped when the list is a choice ("one or more of Java, Python or
Go", "such as", "like", "X or Y", "X/Y", "(X, Y)" after a noun) and kept apart when
it is a conjunction ("X and Y"). Every decision is written into ``reason`` so
``--explain`` can show it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from skillmatch.education import parse_degree_requirement
from skillmatch.models import Extraction, Mention, Requirement, RoleProfile
from skillmatch.sections import Section, find_sections, section_at
from skillmatch.taxonomy import DEGREE_CATEGORY, Taxonomy
from skillmatch.titles import core_title, role_title_line

REQUIRED, PREFERRED = "required", "preferred"

REQUIRED_SECTIONS = {"requirements", "responsibilities", "qualifications", "skills"}
PREFERRED_SECTIONS = {"preferred"}
IGNORED_SECTIONS = {"benefits"}

PREFERRED_CUES = (
    "nice to have",
    "nice-to-have",
    "a plus",
    "is a plus",
    "plus",
    "bonus",
    "preferred",
    "preferably",
    "familiarity",
    "familiar with",
    "highly valued",
    "valued",
    "increasingly common",
    "increasingly",
    "desirable",
    "desired",
    "ideally",
    "advantage",
    "advantageous",
    "good to have",
    "exposure to",
    "optional",
    "would be great",
    "appreciated",
)
REQUIRED_CUES = (
    "must",
    "required",
    "requires",
    "require",
    "essential",
    "strong proficiency",
    "proficiency in",
    "proficient",
    "critical",
    "need to",
    "needs to",
    "minimum",
    "at least",
    "mandatory",
    "standard requirement",
    "expert",
    "solid understanding",
    "deep knowledge",
)
GROUP_CUES = (
    "one or more of",
    "one or more",
    "one of",
    "any of",
    "either",
    "such as",
    "like",
    "e.g.",
    "eg.",
    "for example",
    "for instance",
    "including",
    "such",
)
SEPARATORS = {",", "/", "|", ";", "(", ")", "&", "or", "and", "and/or", "as", "well", "both"}
MAX_FILLER = 1  # non-skill words allowed between two members of one list

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
}
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(NUMBER_WORDS) + r")"
YEARS_PATTERN = re.compile(
    rf"(?:(at least|minimum of|min\.?|over|more than)\s+)?{_NUM}\s*(\+|plus)?"
    rf"(?:\s*(?:-|–|—|to)\s*{_NUM}\s*\+?)?\s*(?:\(\d+\)\s*)?(?:years?|yrs?)\b",
    re.IGNORECASE,
)
SKILL_YEARS_LINK = re.compile(
    r"^\s*(?:of\s+)?(?:(?:hands-on|professional|commercial|relevant|working|production|"
    r"practical|industry)\s+)*(?:experience\s+)?(?:with|in|using|of|developing\s+(?:in|with))\s+$",
    re.IGNORECASE,
)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"'“•\-*])|\n+")


@dataclass(frozen=True)
class Unit:
    """A sentence or bullet of the role text."""

    start: int
    end: int
    text: str
    line: int
    section: str | None


def split_units(text: str, sections: list[Section]) -> list[Unit]:
    """Sentences and bullets with their offsets, line and section."""
    units: list[Unit] = []
    position = 0
    for piece in SENTENCE_SPLIT.split(text):
        at = text.find(piece, position)
        if at < 0:
            continue
        position = at + len(piece)
        stripped = piece.strip()
        if not stripped:
            continue
        start = at + (len(piece) - len(piece.lstrip()))
        line = text.count("\n", 0, start) + 1
        units.append(
            Unit(start, start + len(stripped), stripped, line, section_at(sections, start))
        )
    return units


def role_title(text: str) -> str:
    """A short title for display: the stated job title, else the first line."""
    stated = role_title_line(text)
    if stated:
        return stated
    lines = [line.strip(" #*\t") for line in text.splitlines() if line.strip()]
    return lines[0][:80] if lines else ""


def importance_of(unit: Unit) -> tuple[str, str]:
    """(importance, reason) from the section first, then cue words."""
    lowered = f" {unit.text.casefold()} "
    preferred_cue = _first_cue(lowered, PREFERRED_CUES)
    required_cue = _first_cue(lowered, REQUIRED_CUES)
    if unit.section in PREFERRED_SECTIONS:
        return PREFERRED, f"in the '{unit.section}' section"
    if preferred_cue and not (
        required_cue and lowered.find(required_cue) < lowered.find(preferred_cue)
    ):
        return PREFERRED, f"cue '{preferred_cue}'"
    if unit.section in REQUIRED_SECTIONS:
        why = f"in the '{unit.section}' section"
        return REQUIRED, why + (f", cue '{required_cue}'" if required_cue else "")
    if required_cue:
        return REQUIRED, f"cue '{required_cue}'"
    return REQUIRED, "no preference cue (default: required)"


def _first_cue(lowered: str, cues: tuple[str, ...]) -> str:
    best = ""
    best_at = len(lowered) + 1
    for cue in cues:
        match = re.search(rf"(?<![a-z]){re.escape(cue)}(?![a-z])", lowered)
        if match and match.start() < best_at:
            best, best_at = cue, match.start()
    return best


# ----------------------------------------------------------------------- grouping


@dataclass
class Run:
    """Mentions written as one list, and the generic noun that introduced it, if any
    ("cloud platforms like AWS, Azure or GCP": head = cloud platforms)."""

    members: list[Mention]
    head: Mention | None = None


HEAD_GAP = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}(?:\(|such as|like|including|e\.g\.,?|for example,?|"
    r"especially|in particular|namely|one or more of|one of|any of|either|:)\s*$",
    re.IGNORECASE,
)


def _runs(unit: Unit, mentions: list[Mention], text: str) -> list[Run]:
    """Split a unit's mentions into runs: members of one written list."""
    runs: list[Run] = []
    for mention in mentions:
        if runs:
            last = runs[-1].members[-1]
            gap = text[last.end : mention.start]
            if HEAD_GAP.match(gap):
                runs[-1].members.pop()
                if not runs[-1].members:
                    runs.pop()
                runs.append(Run([mention], head=last))
                continue
            if _list_gap(gap):
                runs[-1].members.append(mention)
                continue
        runs.append(Run([mention]))
    return runs


def _list_gap(gap: str) -> bool:
    if "(" in gap or ")" in gap:
        return False  # a parenthesised list is a list of its own
    if re.search(
        r"(?<![a-z])(?:including|such as|like|e\.g\.|for example)(?![a-z])", gap.casefold()
    ):
        return False  # "..., including X" starts a new list
    words = re.findall(r"[A-Za-z]+(?:/[A-Za-z]+)?|[,/|;()&]", gap.casefold())
    filler = [w for w in words if w not in SEPARATORS]
    return len(filler) <= MAX_FILLER and len(gap) <= 40 and "." not in gap.strip(". ")


def _choice(run: Run, unit: Unit, text: str) -> tuple[bool, str]:
    """Is this list a choice (any member meets it)? With the reason."""
    members = run.members
    if len(members) < 2:
        return False, ""
    if run.head is not None:
        return True, f"examples of '{run.head.text}'"
    gaps = [text[a.end : b.start].casefold() for a, b in zip(members, members[1:], strict=False)]
    before = text[max(unit.start, members[0].start - 60) : members[0].start].casefold()
    for cue in GROUP_CUES:
        if re.search(rf"(?<![a-z]){re.escape(cue)}\s*(?:\w+\s+){{0,5}}$", before):
            return True, f"list introduced by '{cue}'"
    if re.search(r"\w[\w\s-]*\(\s*$", before):
        return True, "list in parentheses after a noun"
    tail = text[members[-1].end : members[-1].end + 30].casefold()
    if any(re.search(r"(?<![a-z])or(?![a-z])", gap) for gap in gaps) or re.match(
        r"^,?\s+(?:and/)?or\s", tail
    ):
        return True, "list joined by 'or'"
    if all("/" in gap and len(gap.strip()) <= 3 for gap in gaps):
        return True, "alternatives written X/Y"
    return False, ""


# ----------------------------------------------------------------------- years


def _years_requirements(
    unit: Unit, mentions: list[Mention], text: str, importance: str, why: str
) -> list[Requirement]:
    found: list[Requirement] = []
    for match in YEARS_PATTERN.finditer(unit.text):
        low = _number(match.group(2))
        high = _number(match.group(4)) if match.group(4) else None
        if low is None or low > 40:
            continue
        after_at = unit.start + match.end()
        skill = None
        for mention in mentions:
            if mention.start >= after_at and SKILL_YEARS_LINK.match(text[after_at : mention.start]):
                skill = mention
                break
        span = match.group(0).strip()
        if skill is not None and skill.skill_id:
            label = f"{span} with {skill.name}"
            skills: tuple[str, ...] = (skill.skill_id,)
        else:
            label = f"{span} of experience"
            skills = ()
        found.append(
            Requirement(
                kind="years",
                importance=importance,
                label=label,
                skills=skills,
                line=unit.line,
                text=unit.text,
                reason=f"{why}; years read from '{span}'",
                years=low,
                years_max=high,
            )
        )
    return found


def _is_degree(taxonomy: Taxonomy, skill_id: str) -> bool:
    skill = taxonomy.skills.get(skill_id)
    return skill is not None and skill.category == DEGREE_CATEGORY


def _number(token: str | None) -> float | None:
    if token is None:
        return None
    token = token.casefold()
    if token in NUMBER_WORDS:
        return float(NUMBER_WORDS[token])
    try:
        return float(token)
    except ValueError:
        return None


# ----------------------------------------------------------------------- main


def analyze_role(
    extraction: Extraction, taxonomy: Taxonomy, sections: list[Section] | None = None
) -> RoleProfile:
    """Requirements of a role from its text and the skills found in it."""
    document = extraction.document
    text = document.text
    if sections is None:
        sections = find_sections(text, kind="role")
    units = split_units(text, sections)
    by_unit: dict[int, list[Mention]] = {}
    starts = [u.start for u in units]
    for mention in extraction.mentions:
        if mention.skill_id is None or _is_degree(taxonomy, mention.skill_id):
            continue  # degrees become one education requirement (parse_degree_requirement)
        index = _unit_index(starts, units, mention.start)
        if index is not None:
            by_unit.setdefault(index, []).append(mention)

    structured = any(u.section in REQUIRED_SECTIONS | PREFERRED_SECTIONS for u in units)
    requirements: list[Requirement] = []
    for index, unit in enumerate(units):
        if unit.section in IGNORED_SECTIONS:
            continue
        if structured and unit.section not in REQUIRED_SECTIONS | PREFERRED_SECTIONS:
            continue  # "About us" prose when the role has real requirement sections
        mentions = sorted(by_unit.get(index, []), key=lambda m: m.start)
        importance, why = importance_of(unit)
        requirements.extend(_years_requirements(unit, mentions, text, importance, why))
        degree = parse_degree_requirement(unit.text)
        if degree is not None:
            fields = {f.casefold() for f in degree.fields}
            mentions = [m for m in mentions if m.text.casefold() not in fields]
            requirements.append(
                Requirement(
                    kind="education",
                    importance=importance,
                    label=_degree_label(degree.level, degree.fields, degree.or_equivalent),
                    line=unit.line,
                    text=unit.text,
                    reason=why,
                    degree=degree.level,
                    fields=tuple(degree.fields),
                    or_equivalent=degree.or_equivalent,
                )
            )
        for run in _runs(unit, mentions, text):
            requirements.extend(_run_requirements(run, unit, text, importance, why, taxonomy))
    title = role_title_line(text)
    if title and core_title(title):
        requirements.insert(
            0,
            Requirement(
                kind="title",
                importance=REQUIRED,
                label=f"Title: {title}",
                line=text.count("\n", 0, max(text.find(title), 0)) + 1,
                text=title,
                reason="the role's own title (first lines of the role text)",
            ),
        )
    return RoleProfile(
        source=document.source,
        title=role_title(text),
        requirements=tuple(_merge(requirements)),
        warnings=document.warnings,
    )


def _unit_index(starts: list[int], units: list[Unit], offset: int) -> int | None:
    index = bisect_right(starts, offset) - 1
    if index >= 0 and units[index].start <= offset < units[index].end:
        return index
    return None


def _run_requirements(
    run: Run, unit: Unit, text: str, importance: str, why: str, taxonomy: Taxonomy
) -> list[Requirement]:
    ids = list(dict.fromkeys(m.skill_id for m in run.members if m.skill_id))
    if run.head is not None and run.head.skill_id in ids:
        ids.remove(run.head.skill_id)
    is_choice, group_why = _choice(run, unit, text)
    if is_choice and len(ids) >= 2:
        names = ", ".join(taxonomy.skills[s].name for s in ids)
        label = f"one of {names}"
        if run.head is not None:
            label = f"{run.head.text.strip()}: {label}"
        return [
            Requirement(
                kind="any_of",
                importance=importance,
                label=label,
                skills=tuple(ids),
                line=unit.line,
                text=unit.text,
                reason=f"{why}; {group_why}",
            )
        ]
    return [
        Requirement(
            kind="skill",
            importance=importance,
            label=taxonomy.skills[s].name,
            skills=(s,),
            line=unit.line,
            text=unit.text,
            reason=why,
        )
        for s in ids
    ]


def _degree_label(level: str, fields: tuple[str, ...] | list[str], equivalent: bool) -> str:
    label = {
        "high_school": "High school diploma",
        "associate": "Associate degree",
        "bachelor": "Bachelor's degree",
        "master": "Master's degree",
        "phd": "PhD",
    }.get(level, level)
    if fields:
        label += " in " + ", ".join(fields)
    if equivalent:
        label += " (or equivalent experience)"
    return label


def _merge(requirements: list[Requirement]) -> list[Requirement]:
    """One requirement per skill (or group): the stronger importance, the first line."""
    merged: dict[tuple, Requirement] = {}
    for req in requirements:
        key = (req.kind, tuple(sorted(req.skills)), req.degree if req.kind == "education" else None)
        if req.kind == "years" and not req.skills:
            key = ("years", ())
        current = merged.get(key)
        if current is None:
            merged[key] = req
        elif current.importance == PREFERRED and req.importance == REQUIRED:
            merged[key] = replace(req, line=current.line, text=current.text)
        elif req.kind == "years" and (req.years or 0) > (current.years or 0):
            merged[key] = replace(
                current, years=req.years, years_max=req.years_max, label=req.label
            )
    singles = {r.skills[0] for r in merged.values() if r.kind == "skill"}
    out: list[Requirement] = []
    for req in merged.values():
        if req.kind == "any_of" and all(s in singles for s in req.skills):
            continue  # every member is already its own requirement
        out.append(req)
    order = {REQUIRED: 0, PREFERRED: 1}
    return sorted(out, key=lambda r: (order[r.importance], r.line))
