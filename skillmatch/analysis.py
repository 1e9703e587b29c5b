"""The library entry point: documents in, reports out (no printing, no exiting).

``Analyzer`` builds the taxonomy, matcher and NER once; a resume is read and
extracted once however many roles it is compared with.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from skillmatch.education import parse_education
from skillmatch.experience import parse_experience
from skillmatch.extract import Extractor
from skillmatch.models import Document, Extraction, MatchReport, RoleProfile
from skillmatch.readers import ReadLimits, read_document
from skillmatch.requirements import analyze_role
from skillmatch.scoring import ResumeFacts, Weights, compare
from skillmatch.sections import find_sections
from skillmatch.taxonomy import Taxonomy

NER_BY_DEFAULT = True  # see docs/accuracy.md for the measurement behind this


def ner_default() -> bool:
    """NER on by default when the bundled model is installed."""
    from skillmatch.ner import model_available

    return NER_BY_DEFAULT and model_available()


@dataclass
class Settings:
    """What a run was asked for; picklable so batch workers can rebuild the Analyzer."""

    taxonomy_paths: tuple[str, ...] = ()
    use_ner: bool = True
    limits: ReadLimits = field(default_factory=ReadLimits)
    password: str | None = None
    weights: Weights = field(default_factory=Weights)
    today: date | None = None


class Analyzer:
    def __init__(self, settings: Settings | None = None, taxonomy: Taxonomy | None = None) -> None:
        self.settings = settings or Settings()
        self.extractor = Extractor.create(
            taxonomy=taxonomy,
            taxonomy_paths=self.settings.taxonomy_paths,
            use_ner=self.settings.use_ner,
        )

    @property
    def taxonomy(self) -> Taxonomy:
        return self.extractor.taxonomy

    def read(self, path: str | os.PathLike[str]) -> Document:
        return read_document(path, limits=self.settings.limits, password=self.settings.password)

    def extract(self, document: Document, kind: str = "auto") -> Extraction:
        """``kind``: "resume", "role" or "auto" (judged from the text)."""
        return self.extractor.extract(document, kind=kind)

    def resume_facts(self, document: Document) -> ResumeFacts:
        sections = find_sections(document.text, kind="resume")
        extraction = self.extractor.extract(document, sections, kind="resume")
        experience = parse_experience(document.text, sections, self.settings.today)
        # Years per skill are worked out per requirement (they include narrower skills).
        return ResumeFacts(
            extraction=extraction,
            experience=experience,
            education=tuple(parse_education(document.text, sections)),
        )

    def role_profile(self, document: Document) -> RoleProfile:
        sections = find_sections(document.text, kind="role")
        # Requirements come from taxonomy skills only, so the NER would be wasted here.
        extraction = self.extractor.extract(document, sections, use_ner=False, kind="role")
        return analyze_role(extraction, self.taxonomy, sections)

    def compare(self, facts: ResumeFacts, role: RoleProfile) -> MatchReport:
        return compare(facts, role, self.taxonomy, self.settings.weights)

    def match_files(
        self, resume: str | os.PathLike[str], roles: Sequence[RoleProfile]
    ) -> list[MatchReport]:
        facts = self.resume_facts(self.read(resume))
        return [self.compare(facts, role) for role in roles]
