"""Job titles: the role's own title and whether the resume has held it.

A recruiter reads the title first: a Product Manager resume for a Product Manager
role is a different match from a developer who lists the same keywords. The role's
title becomes one requirement, met when the resume's headline or one of its
experience entries carries the same core title (seniority and "engineer" vs
"developer" ignored).
"""

from __future__ import annotations

import re

TITLE_NOUNS = re.compile(
    r"\b(engineer|developer|programmer|manager|analyst|scientist|designer|nurse|accountant|"
    r"architect|specialist|administrator|consultant|director|coordinator|technician|"
    r"representative|officer|assistant|associate|clerk|driver|teacher|lead)\b",
    re.IGNORECASE,
)
SENIORITY = {
    "senior",
    "sr",
    "junior",
    "jr",
    "lead",
    "principal",
    "staff",
    "head",
    "chief",
    "mid",
    "level",
    "entry",
    "intern",
    "trainee",
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "1",
    "2",
    "3",
}
SAME_ROLE = {"developer": "engineer", "programmer": "engineer"}
OPTIONAL = {
    "software",
    "application",
    "applications",
}  # "Backend Engineer" is a "Backend Software Engineer"
PREFIXES = re.compile(
    r"^\s*(?:(?:job\s+description|position|role|job\s+title|title)\s*[:\-–]|about\s+the)\s*",
    re.IGNORECASE,
)
SUFFIXES = re.compile(r"\s+(?:role|position|job|opening|vacancy)\s*$", re.IGNORECASE)
MAX_TITLE_WORDS = 8


def _words(text: str) -> list[str]:
    text = text.casefold().replace("front-end", "front end").replace("back-end", "back end")
    text = text.replace("frontend", "front end").replace("backend", "back end")
    text = text.replace("full-stack", "full stack").replace("fullstack", "full stack")
    return re.findall(r"[a-z0-9+#.]+", text)


def core_title(line: str) -> tuple[str, ...]:
    """The words that make a title, seniority dropped and synonyms merged."""
    line = PREFIXES.sub("", line)
    line = re.sub(r"\(.*?(?:\)|$)|\[.*?(?:\]|$)", " ", line)
    line = re.split(r"\s[-–—|@]\s|,|\bat\b", line)[0]
    words = [SAME_ROLE.get(w, w) for w in _words(line) if w not in SENIORITY]
    return tuple(words)


def role_title_line(text: str) -> str | None:
    """The role's title when its first lines state one cleanly, else None."""
    for raw in [line.strip(" #*\t") for line in text.splitlines() if line.strip()][:3]:
        cleaned = PREFIXES.sub("", raw)
        cleaned = SUFFIXES.sub("", re.sub(r"\(.*?(?:\)|$)", "", cleaned).strip())
        if TITLE_NOUNS.search(cleaned) and len(cleaned.split()) <= MAX_TITLE_WORDS:
            return cleaned
    return None


def title_matches(wanted: tuple[str, ...], candidate_line: str) -> bool:
    """Every core word of the role's title appears in the resume's title line."""
    have = set(core_title(candidate_line))
    needed = set(wanted) - OPTIONAL
    return bool(needed) and needed <= have


ROLE_FORMS = {
    "management": "manager",
    "development": "engineer",
    "engineering": "engineer",
    "design": "designer",
    "analysis": "analyst",
    "analytics": "analyst",
    "administration": "administrator",
    "consulting": "consultant",
    "accounting": "accountant",
    "nursing": "nurse",
    "architecture": "architect",
    "teaching": "teacher",
    "science": "scientist",
}


def title_implies_skill(title: str, skill_name: str) -> bool:
    """A job title that is the practice of a skill: "Product Manager" does product
    management, "Data Analyst" data analysis, "Frontend Developer" frontend development."""
    words = _words(skill_name)
    if len(words) < 2 or words[-1] not in ROLE_FORMS:
        return False
    wanted = {*words[:-1], ROLE_FORMS[words[-1]]}
    return wanted <= set(core_title(title))
