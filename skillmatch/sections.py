"""Find the sections of a resume or role text from their headings.

Pure text, no spaCy: a heading is a short line, alone on its line (or followed by
``:`` and content), whose words name a known section. Each section runs from its
heading line to the next heading, so every offset after the first heading belongs
to exactly one section and the mentions found there can say where they were found.

Why a phrase table and not a classifier: headings are a small closed vocabulary,
and a wrong heading silently moves evidence between sections, so matching is strict
(whole line, known words only) and a sentence that merely starts with "Experience"
is never a heading.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "DOCUMENT_KINDS",
    "RESUME_SECTIONS",
    "ROLE_SECTIONS",
    "Section",
    "check_kind",
    "find_sections",
    "guess_kind",
    "section_at",
]


@dataclass(frozen=True)
class Section:
    """One section of a document.

    ``[start, end)`` covers the heading line too (so sections tile the text from the
    first heading to the end); ``body_start`` is where the content begins: after the
    heading line, or after the colon of an inline heading such as ``Skills: Python``.
    ``line`` is the 1-based line number of the heading.
    """

    name: str
    heading: str
    start: int
    end: int
    line: int
    body_start: int = -1

    def __post_init__(self) -> None:
        if self.body_start < 0:
            object.__setattr__(self, "body_start", self.start)


# Canonical name -> heading phrases (normalised: lowercase, "&" "/" "+" read as "and").
RESUME_SECTIONS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary",
        "profile",
        "about me",
        "about",
        "objective",
        "career objective",
        "professional summary",
        "career summary",
        "summary of qualifications",
        "overview",
        "personal statement",
        "executive summary",
        "professional profile",
    ),
    "skills": (
        "skills",
        "technical skills",
        "core competencies",
        "competencies",
        "technologies",
        "tools",
        "tech stack",
        "technology stack",
        "expertise",
        "technical expertise",
        "areas of expertise",
        "skill set",
        "skillset",
        "key skills",
        "technical proficiency",
        "proficiencies",
        "skills and tools",
        "tools and technologies",
        "technical skill set",
        "it skills",
        "computer skills",
        "skills summary",
        "technical summary",
        "programming languages",
        "software",
        "knowledge",
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment history",
        "work history",
        "career history",
        "employment",
        "relevant experience",
        "experience summary",
        "professional background",
        "internships",
        "internship",
        "internship experience",
        "industry experience",
        "technical experience",
        "working experience",
        "career",
        "positions held",
    ),
    "education": (
        "education",
        "academic background",
        "academic qualifications",
        "academics",
        "educational qualifications",
        "educational qualification",
        "education and training",
        "educational background",
        "qualifications",
        "academic history",
        "coursework",
        "relevant coursework",
        "academic details",
        "scholastic profile",
    ),
    "projects": (
        "projects",
        "project",
        "personal projects",
        "academic projects",
        "key projects",
        "selected projects",
        "project experience",
        "project details",
        "side projects",
        "open source",
        "open source projects",
        "portfolio",
    ),
    "certifications": (
        "certifications",
        "certification",
        "licenses and certifications",
        "certifications and licenses",
        "certificates",
        "licenses",
        "training",
        "trainings",
        "courses",
        "certifications and training",
        "training and certifications",
        "professional development",
    ),
    "publications": ("publications", "papers", "research", "selected publications"),
    "awards": (
        "awards",
        "honors",
        "honours",
        "honors and awards",
        "awards and honors",
        "achievements",
        "accomplishments",
        "key achievements",
        "awards and achievements",
    ),
    "languages": ("languages", "language skills", "spoken languages", "languages known"),
    "volunteering": (
        "volunteering",
        "volunteer experience",
        "volunteer work",
        "volunteer",
        "community service",
        "community",
        "leadership",
        "activities",
        "extracurricular activities",
        "extracurricular activity",
        "extracurricular",
        "extra curricular activities",
        "leadership and activities",
        "affiliations",
    ),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests"),
    "references": ("references", "referees"),
    "other": (
        "additional information",
        "links",
        "contact",
        "contact information",
        "personal details",
        "personal information",
        "personal dossier",
        "declaration",
        "strengths",
        "key strengths",
    ),
}

ROLE_SECTIONS: dict[str, tuple[str, ...]] = {
    "about": (
        "about the role",
        "about the job",
        "about the position",
        "about this role",
        "about this job",
        "about this position",
        "about us",
        "about the company",
        "about the team",
        "company",
        "overview",
        "job overview",
        "company overview",
        "role overview",
        "position overview",
        "job description",
        "description",
        "job summary",
        "summary",
        "who we are",
        "the team",
        "the company",
        "our team",
        "position summary",
        "role summary",
    ),
    "responsibilities": (
        "responsibilities",
        "key responsibilities",
        "job responsibilities",
        "your responsibilities",
        "main responsibilities",
        "roles and responsibilities",
        "what you'll do",
        "what you will do",
        "what you'll be doing",
        "what you will be doing",
        "your role",
        "the role",
        "duties",
        "job duties",
        "duties and responsibilities",
        "day to day",
        "your impact",
        "what you'll work on",
        "in this role you will",
        "the opportunity",
        "your mission",
    ),
    "requirements": (
        "requirements",
        "job requirements",
        "qualifications",
        "minimum qualifications",
        "basic qualifications",
        "required qualifications",
        "required skills",
        "must have",
        "must haves",
        "what you'll need",
        "what you will need",
        "what we're looking for",
        "what we are looking for",
        "who you are",
        "you have",
        "about you",
        "skills and experience",
        "experience and skills",
        "experience",
        "skills",
        "education",
        "required experience",
        "what you bring",
        "what you'll bring",
        "your profile",
        "your skills",
        "ideal candidate",
        "the ideal candidate",
        "key skills",
        "technical skills",
        "essential skills",
        "essential",
        "essential requirements",
        "minimum requirements",
        "you should have",
        "knowledge skills and abilities",
        "requirements and qualifications",
        "qualifications and requirements",
        "who you'll be",
        "what it takes",
    ),
    "preferred": (
        "nice to have",
        "nice to haves",
        "preferred qualifications",
        "preferred skills",
        "preferred",
        "bonus points",
        "bonus",
        "pluses",
        "plus",
        "desired",
        "desired skills",
        "desired qualifications",
        "desirable",
        "good to have",
        "extra credit",
        "it's a plus",
        "even better if",
        "bonus if you have",
        "additional qualifications",
        "preferred experience",
        "nice to have skills",
        "bonus points if you have",
        "it would be great if you have",
    ),
    "benefits": (
        "benefits",
        "perks",
        "perks and benefits",
        "benefits and perks",
        "what we offer",
        "compensation",
        "salary",
        "compensation and benefits",
        "why join us",
        "why you'll love working here",
        "what's in it for you",
        "we offer",
    ),
    "other": (
        "how to apply",
        "location",
        "equal opportunity",
        "equal opportunity employer",
        "eeo statement",
        "application process",
        "additional information",
        "apply",
    ),
}

# Words that may wrap a known phrase ("Key Technical Skills", "Work Experience Details").
_PREFIXES = frozenset(
    {
        "relevant",
        "professional",
        "technical",
        "key",
        "core",
        "selected",
        "additional",
        "academic",
        "other",
        "personal",
        "notable",
        "recent",
        "industry",
        "related",
        "my",
        "work",
        "previous",
        "prior",
        "full",
        "detailed",
    }
)
_SUFFIXES = frozenset({"summary", "details", "history", "overview", "highlights", "section"})

# Labels that also appear *inside* an experience entry or a skills block
# ("Responsibilities:", "Tools: Git", "Languages: Java"): there they are sub-labels,
# not section headings, unless styled as headings (ALL CAPS or markdown).
_SUBLABELS = frozenset(
    {
        "achievements",
        "key achievements",
        "accomplishments",
        "tools",
        "technologies",
        "tech stack",
        "technology stack",
        "environment",
        "languages",
        "programming languages",
        "software",
        "knowledge",
        "expertise",
        "training",
        "description",
        "project",
        "project details",
        "skills",
        "technical skills",
        "key skills",
        "competencies",
        "community",
        "leadership",
        "activities",
        "research",
        "courses",
        "coursework",
        "relevant coursework",
        "career",
        "employment",
        "summary",
        "overview",
        "contact",
        "links",
        "strengths",
        "papers",
        "portfolio",
        "volunteer",
        "internship",
    }
)

_HUMAN_LANGUAGES = re.compile(
    r"\b(english|spanish|french|german|italian|portuguese|dutch|russian|mandarin|chinese|"
    r"cantonese|japanese|korean|hindi|arabic|bengali|urdu|tamil|telugu|marathi|kannada|"
    r"malayalam|gujarati|punjabi|turkish|polish|swedish|norwegian|danish|finnish|greek|"
    r"hebrew|persian|farsi|vietnamese|thai|indonesian|malay|tagalog|swahili|ukrainian|"
    r"czech|romanian|hungarian|native|fluent|bilingual|mother tongue|conversational)\b",
    re.IGNORECASE,
)

_MAX_WORDS = 6
_SPACED = re.compile(r"[A-Za-z](?: {1,3}[A-Za-z&]){3,}")
_BULLETS = frozenset("•-*●▪◦·✓➢■□–—>")
_FUNCTION_WORDS = frozenset(
    {
        "and",
        "or",
        "of",
        "in",
        "with",
        "the",
        "a",
        "an",
        "to",
        "for",
        "on",
        "as",
        "at",
        "by",
        "strong",
        "excellent",
        "good",
        "our",
        "your",
        "their",
        "his",
        "her",
    }
)


def _build_table(*tables: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for table in tables:
        for name, phrases in table.items():
            for phrase in phrases:
                out.setdefault(phrase, name)
    return out


_TABLES = {
    "resume": _build_table(RESUME_SECTIONS),
    "role": _build_table(ROLE_SECTIONS),
}
_RESUME_ONLY = frozenset(
    {
        "experience",
        "education",
        "projects",
        "certifications",
        "publications",
        "awards",
        "languages",
        "volunteering",
        "interests",
        "references",
        "skills",
    }
)
_ROLE_ONLY = frozenset({"responsibilities", "requirements", "preferred", "benefits"})

_MARKUP = re.compile(r"^\s*(?:#{1,6}\s*|[*_]{1,3})|[*_]{1,3}\s*$")
_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_SPACES = re.compile(r"\s+")


def _normalise(label: str) -> str:
    """Lowercase, curly quotes straight, ``& / + -`` read as words, punctuation dropped."""
    s = label.lower().replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"\s*[&/+]\s*", " and ", s)
    s = s.replace("-", " ")
    s = _NON_WORD.sub(" ", s)
    s = _SPACES.sub(" ", s).strip()
    s = re.sub(r"\band( and)+\b", "and", s)
    return s


def _lookup(phrase: str, table: dict[str, str]) -> str | None:
    """The canonical name of a normalised phrase, allowing a few wrapper words."""
    if not phrase:
        return None
    if phrase in table:
        return table[phrase]
    words = phrase.split()
    lo = 0
    while lo < len(words) - 1 and words[lo] in _PREFIXES:
        lo += 1
    hi = len(words)
    while hi > 1 and words[hi - 1] in _SUFFIXES:
        hi -= 1
    for i in range(lo + 1):
        for j in range(len(words), hi - 1, -1):
            cand = " ".join(words[i:j])
            if cand and cand in table:
                return table[cand]
    # "Education and Certifications": the first part names the section
    if " and " in phrase:
        return _lookup(phrase.split(" and ", 1)[0], table)
    return None


@dataclass(frozen=True)
class _Candidate:
    name: str
    heading: str
    start: int
    body_start: int
    line: int
    styled: bool  # ALL CAPS or markdown: unmistakably a heading
    inline: bool  # "Skills: Python, ..." (content after the colon)
    colon: bool
    sublabel: bool


def _continues(prev: str, nxt: str | None) -> bool:
    """Whether a line between ``prev`` and ``nxt`` looks like the middle of a sentence."""
    p = prev.rstrip()
    if not p or p.lstrip()[:1] in _BULLETS:
        return False
    if p[-1] in ",(-&/" or p.rsplit(None, 1)[-1].lower() in _FUNCTION_WORDS:
        return True
    return p[-1].islower() and nxt is not None and nxt.strip()[:1].islower()


def _candidate(
    raw: str,
    start: int,
    line_no: int,
    prev: str | None,
    nxt: str | None,
    table: dict[str, str],
) -> _Candidate | None:
    """Decide whether one line is a heading; None for sentences and body lines."""
    stripped = raw.strip()
    if not stripped or len(stripped) > 80:
        return None
    markdown = bool(_MARKUP.search(stripped))
    label = _MARKUP.sub("", stripped).strip()
    label = label.strip("*_ ").strip()
    if not label or not label[0].isalpha():
        return None  # bullets, numbers, symbols: body lines
    colon = False
    content = ""
    if ":" in label:
        label, content = label.split(":", 1)
        label = label.strip().strip("*_ ").strip()
        content = content.strip().strip("*_ ").strip()
        colon = True
    if not label or label[-1] in ".,;!?":
        return None
    if len(label.split()) > _MAX_WORDS and not _SPACED.fullmatch(label):
        return None
    if not (label[0].isupper() or markdown):
        return None
    if _SPACED.fullmatch(label):  # "E X P E R I E N C E", "W O R K  H I S T O R Y"
        label = " ".join(w.replace(" ", "") for w in re.split(r"\s{2,}", label))
    letters = [c for c in label if c.isalpha()]
    all_caps = len(letters) > 1 and all(c.isupper() for c in letters)
    phrase = _normalise(label)
    name = _lookup(phrase, table)
    if name is None:
        return None
    # A wrapped sentence ("... strong communication and\nLeadership\n") is no heading.
    if prev is not None and not (all_caps or markdown or colon) and _continues(prev, nxt):
        return None
    lead = len(raw) - len(raw.lstrip())
    if colon and content:
        body_start = start + raw.index(":", lead) + 1
    else:
        body_start = start + len(raw) + 1
    return _Candidate(
        name=name,
        heading=label,
        start=start,
        body_start=body_start,
        line=line_no,
        styled=all_caps or markdown,
        inline=bool(colon and content),
        colon=colon,
        sublabel=phrase in _SUBLABELS or phrase.split(" and ")[0] in _SUBLABELS,
    )


def _scan(text: str, table: dict[str, str]) -> list[_Candidate]:
    out: list[_Candidate] = []
    lines = text.split("\n")
    start = 0
    for i, raw in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        cand = _candidate(raw, start, i + 1, prev, nxt, table)
        if cand is not None:
            out.append(cand)
        start += len(raw) + 1
    return out


@lru_cache(maxsize=4)
def guess_kind(text: str) -> str:
    """ "resume" or "role", by which kind's distinctive headings the text has more of.
    (Cached: an "auto" extraction asks it for the sections and again for the claim rules.)"""
    resume = {c.name for c in _scan(text, _TABLES["resume"]) if c.name in _RESUME_ONLY}
    role = {c.name for c in _scan(text, _TABLES["role"]) if c.name in _ROLE_ONLY}
    return "role" if len(role) > len(resume) else "resume"


_MAJOR = frozenset({"education", "experience", "certifications", "publications", "references"})


def _accept(cand: _Candidate, current: str | None, text: str, next_start: int) -> bool:
    """Context rules: sub-labels inside an entry or a skills block are not headings.

    ALL-CAPS and markdown headings always count. Otherwise, inside an experience or
    project entry, "Responsibilities:", "Tools: Git", "Achievements" and any other
    colon label are part of the entry unless they name a major section; inside a
    skills block, "Languages: Java" is a skills line unless human languages follow.
    """
    if cand.styled:
        return True
    if cand.name == "languages" and (current == "skills" or cand.inline):
        body = text[cand.body_start : min(next_start, cand.body_start + 200)]
        return bool(_HUMAN_LANGUAGES.search(body))
    if current in ("experience", "projects", "volunteering"):
        if cand.sublabel:
            return False
        if cand.colon and cand.name not in _MAJOR:
            return False
    if current == "skills" and cand.name == "skills" and (cand.inline or cand.sublabel):
        return False
    return True


DOCUMENT_KINDS = ("auto", "resume", "role")  # a resume, a role (job ad) or judged from text


def check_kind(kind: str) -> None:
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"kind must be one of {', '.join(DOCUMENT_KINDS)}, not {kind!r}")


def find_sections(text: str, kind: str = "auto") -> list[Section]:
    """The sections of ``text``, ordered and non-overlapping, from the first heading on.

    ``kind`` picks the heading vocabulary: ``"resume"`` (summary, skills, experience,
    education, projects, ...), ``"role"`` (about, responsibilities, requirements,
    preferred, benefits; on a role page "Skills", "Experience" and "Education"
    headings are requirements), or ``"auto"`` (whichever kind's distinctive headings
    the text has more of; ties go to resume). The vocabularies differ because the
    same word means different things: "Responsibilities:" inside a resume job entry
    is a sub-label, on a role page a section.
    """
    check_kind(kind)
    if kind == "auto":
        kind = guess_kind(text)
    cands = _scan(text, _TABLES[kind])
    accepted: list[_Candidate] = []
    current: str | None = None
    for i, cand in enumerate(cands):
        next_start = cands[i + 1].start if i + 1 < len(cands) else len(text)
        if _accept(cand, current, text, next_start):
            accepted.append(cand)
            current = cand.name
    sections: list[Section] = []
    for i, cand in enumerate(accepted):
        end = accepted[i + 1].start if i + 1 < len(accepted) else len(text)
        sections.append(
            Section(
                name=cand.name,
                heading=cand.heading,
                start=cand.start,
                end=end,
                line=cand.line,
                body_start=min(cand.body_start, end),
            )
        )
    return sections


def section_at(sections: list[Section], offset: int) -> str | None:
    """The name of the section containing ``offset`` (None before the first heading)."""
    if not sections:
        return None
    i = bisect_right([s.start for s in sections], offset) - 1
    if i < 0:
        return None
    sec = sections[i]
    return sec.name if sec.start <= offset < sec.end else None
