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
    method: str  # "name" | "alias" | "context" | "ner" | "fuzzy"
    confidence: float
    reason: str = ""  # why an ambiguous surface was accepted (shown with --explain)


@dataclass(frozen=True)
class SkillHit:
    """All mentions of one skill in a document (one item per taxonomy id)."""

    skill_id: str | None
    name: str
    category: str | None
    origin: str  # "taxonomy" | "ner"
    mentions: tuple[Mention, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Extraction:
    """The skills found in one document."""

    document: Document
    skills: tuple[SkillHit, ...]
    mentions: tuple[Mention, ...]
