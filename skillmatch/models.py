"""Frozen dataclasses passed between the stages of the pipeline.

path -> Document -> [Mention] -> profiles -> MatchReport -> formatter
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """Plain text of one input file plus what the reader noticed about it.

    ``text`` offsets are what every Mention's ``start``/``end`` point into; for
    text files it is the file's content with line endings normalised to ``\\n``.
    """

    source: str  # the path as given by the user ("-" for stdin)
    text: str
    format: str  # "pdf" | "docx" | "text"
    pages: int = 1
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One occurrence of a skill in a document, with where and how it was found."""

    skill_id: str | None  # None: an unlisted skill proposed by the NER
    name: str  # canonical name (taxonomy name, or the NER text)
    start: int
    end: int
    text: str
    line: int  # 1-based line number of ``start``
    section: str | None  # "skills", "experience", "requirements", ... or None
    method: str  # "name" | "alias" (taxonomy surface) | "fuzzy" | "ner" (statistical NER)
    confidence: float
    reason: str = ""  # why an ambiguous surface was accepted (shown with --explain)
    pending: bool = False  # not held yet: "CKAD - in progress", "Currently learning: Rust"


@dataclass(frozen=True)
class SkillHit:
    """All mentions of one skill in a document (one item per taxonomy id)."""

    skill_id: str | None
    name: str
    category: str | None
    origin: str  # "taxonomy" | "ner"
    mentions: tuple[Mention, ...] = field(default_factory=tuple)

    @property
    def pending(self) -> bool:
        """Named only as in progress ("CKAD - in progress", "Currently learning: Rust")."""
        return bool(self.mentions) and all(m.pending for m in self.mentions)

    @property
    def label(self) -> str:
        """The name as reports list it: "(unlisted)" when the taxonomy lacks it (found by
        the NER), "(in progress)" when named only as not held yet."""
        unlisted = " (unlisted)" if self.origin != "taxonomy" else ""
        return self.name + unlisted + (" (in progress)" if self.pending else "")


@dataclass(frozen=True)
class Extraction:
    """The skills found in one document."""

    document: Document
    skills: tuple[SkillHit, ...]
    mentions: tuple[Mention, ...]


# --------------------------------------------------------------------------- roles


@dataclass(frozen=True)
class Requirement:
    """One thing a role asks for, with the line it came from and why it was read so.

    ``kind``: "skill" (one skill), "any_of" (a group met by any member), "years"
    (general experience, or experience with ``skills[0]``), "education".
    """

    kind: str
    importance: str  # "required" | "preferred"
    label: str
    skills: tuple[str, ...] = ()
    line: int = 0
    text: str = ""
    reason: str = ""  # importance and grouping decisions, shown by --explain
    years: float | None = None
    years_max: float | None = None
    degree: str | None = None
    fields: tuple[str, ...] = ()
    or_equivalent: bool = False


@dataclass(frozen=True)
class RoleProfile:
    source: str
    title: str
    requirements: tuple[Requirement, ...]
    warnings: tuple[str, ...] = ()


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Evidence:
    """Where the resume shows something: the line, its number and section."""

    skill_id: str | None
    name: str
    line: int
    section: str | None
    text: str  # the resume line, trimmed


@dataclass(frozen=True)
class RequirementResult:
    requirement: Requirement
    status: str  # "matched" | "partial" | "missing"
    credit: float
    # "exact" | "child" | "pending" | "parent" | "related" | "years" | "education" | "none"
    via: str
    detail: str  # human explanation ("via parent: SQL", "4.5 of 5 years")
    evidence: tuple[Evidence, ...] = ()
    matched_skill: str | None = None


@dataclass(frozen=True)
class MatchReport:
    """Everything a formatter needs; every number traces to evidence."""

    source: str
    role_source: str
    role_title: str
    score: float  # 0-100
    results: tuple[RequirementResult, ...]
    weights: tuple[float, ...]  # parallel to results
    extra_skills: tuple[str, ...]
    total_years: float | None
    education: tuple[str, ...]
    suggestions: tuple[str, ...]
    warnings: tuple[str, ...]
    confidence: str  # "high" | "medium" | "low" (parse quality)
    pages: int = 1
    error: str | None = None
