"""Turn a document into the skills it shows, each mention with its evidence.

Rule layer (taxonomy surfaces, ``skillmatch.matcher``) first; ambiguous short
names (Go, R, C, Swift, Spark, Excel, ...) are decided by their context and the
reason is kept on the mention; longest span wins on overlaps; then, optionally,
the statistical NER proposes spans the taxonomy lacks, which are resolved to the
taxonomy with rapidfuzz when close and otherwise reported as unlisted skills.
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from skillmatch.abbreviations import defined_long_form
from skillmatch.addresses import ADDRESS
from skillmatch.claims import DocumentCues, inside, language_not_spoken, not_a_claim
from skillmatch.matcher import Candidate, SurfaceMatcher
from skillmatch.models import Document, Extraction, Mention, SkillHit
from skillmatch.pending import not_held_marker
from skillmatch.sections import Section, check_kind, find_sections, section_at
from skillmatch.taxonomy import (
    SPOKEN_LANGUAGE_CATEGORY,
    TECH_CATEGORIES,
    Skill,
    Taxonomy,
    load_taxonomy,
    normalize_surface,
)
from skillmatch.tokens import Token, tokenize

CONTEXT_WINDOW = 10  # tokens either side searched for context words
EXCLUDE_WINDOW = 40  # characters either side searched for exclude phrases
LIST_SEPARATORS = {",", "/", "|", ";", "•", "·", "(", ")", "&", "-", "–", "*"}
CONNECTORS = {"and", "or", "&", "as", "well"}
SENTENCE_ENDS = {".", "!", "?", ":"}
MAX_LIST_ITEM = 3  # words an item of a list may have between separators
LEAD_WORDS = {"in", "using", "with", "of", "like", "including", "and", "or", "use", "via"}
SKILLS_SECTIONS = {"skills"}
LIST_CONFIDENCE = 1.0
PROSE_CONFIDENCE = 0.85
FUZZY_CUTOFF = 90.0
FUZZY_MIN_LENGTH = 4
SAME_LONG_FORM = 85.0  # an acronym's spelled-out words this close to a name: the same skill
NER_CONFIDENCE_SCALE = 0.8
CODE_CATEGORIES = frozenset({"language", "framework", "library"})
# Before a table row's label: only indentation and bullets; between the label and its first
# value: a colon, a plural "'s", a "/Tools" or white space on the same line.
LINE_OPENING = re.compile(r"[ \t\u2022\u00b7\u25aa\u27a2\uf0a7*>-]*")
LABEL_TAIL = re.compile(
    r"(?:'s|s)?(?:[ \t]*/[ \t]*(?:tools|utilities|platforms))?[ \t]*:?[ \t]*", re.I
)
KIND_NAME = re.compile(r"[A-Z][a-z]+(?: [a-z]+)*s")  # "Operating systems", "Databases"
# A name glued by a hyphen to a long number is an identifier: a grant ("NSF IIS-9874747"),
# a ticket or a part number, not the product. Release numbers are short ("Java-8").
IDENTIFIER_AFTER = re.compile(r"-\d{5,}\b")
# A level of command after "Python:" ("expert", "advanced", "3 years", "5/5", "★★★★"):
# the label is the skill being rated, not a list's heading.
LEVEL_AFTER = re.compile(
    r"[ \t]*(?:(?:very[ \t]+)?(?:expert|advanced|intermediate|beginner|basic|proficient|"
    r"fluent|native|good|strong|excellent|working[ \t]+knowledge|familiar|novice|"
    r"professional|elementary)\b|\d+(?:\.\d+)?[ \t]*(?:\+[ \t]*)?(?:years?|yrs?)\b|"
    r"\d+(?:\.\d+)?[ \t]*(?:/|out[ \t]+of)[ \t]*\d+|"
    r"[\u2605\u2606\u25cf\u25cb\u2022]{2,}|\d+(?:\.\d+)?[ \t]*%)"
    r"(?=[ \t]*(?:$|[,;|.()/\n]|(?:level|knowledge|proficiency|user|experience|of)\b))",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class _Accepted:
    candidate: Candidate
    reason: str


class Extractor:
    """Taxonomy, compiled matcher and (optionally) the NER, built once and reused."""

    def __init__(
        self, taxonomy: Taxonomy, matcher: SurfaceMatcher, ner: object | None = None
    ) -> None:
        self.taxonomy = taxonomy
        self.matcher = matcher
        self.ner = ner
        self._choices: tuple[list[str], list[str]] | None = None

    @classmethod
    def create(
        cls,
        taxonomy: Taxonomy | None = None,
        taxonomy_paths: Sequence[str | os.PathLike[str]] = (),
        use_ner: bool = False,
        ner: object | None = None,
    ) -> Extractor:
        """Build from the shipped taxonomy (plus user files); load the NER when asked."""
        taxonomy = taxonomy or load_taxonomy(taxonomy_paths)
        matcher = SurfaceMatcher.for_taxonomy(taxonomy)
        if use_ner and ner is None:
            from skillmatch.ner import SkillNER

            ner = SkillNER.load()
        return cls(taxonomy, matcher, ner)

    # ------------------------------------------------------------------ public

    def extract_text(self, text: str, source: str = "-", kind: str = "auto") -> Extraction:
        return self.extract(Document(source=source, text=text, format="text"), kind=kind)

    def extract(
        self,
        document: Document,
        sections: list[Section] | None = None,
        use_ner: bool = True,
        kind: str = "auto",
    ) -> Extraction:
        """Skills of a document; ``use_ner=False`` skips the NER for this one document.
        ``kind``: "resume", "role" or "auto"; a job ad's benefits, how-to-apply lists and
        description of the employer claim no skill, a resume's such lines do."""
        check_kind(kind)
        text = document.text
        if sections is None:
            sections = find_sections(text, kind)
        tokens = tokenize(text)
        lines = _line_starts(text)
        cues = DocumentCues(text, kind)  # read only when a candidate needs them
        accepted, refused = self._rule_mentions(text, tokens, sections, cues)
        mentions = [self._mention(a, text, lines, sections, cues) for a in accepted]
        if self.ner is not None and use_ner:
            taken = sorted([(m.start, m.end) for m in mentions] + refused)
            mentions.extend(self._ner_mentions(text, taken, lines, sections, cues))
        mentions.sort(key=lambda m: (m.start, m.end))
        return Extraction(document, self._group(mentions), tuple(mentions))

    # ------------------------------------------------------------------ rules

    def _rule_mentions(
        self, text: str, tokens: list[Token], sections: list[Section], cues: DocumentCues
    ) -> tuple[list[_Accepted], list[tuple[int, int]]]:
        """The taxonomy names that claim a skill, and the spans of those found but refused
        (a list's label, a benefit, the job's title), which the NER must not re-propose."""
        candidates = self.matcher.find(tokens, text)
        links = [m.span() for m in ADDRESS.finditer(text)]
        if links:
            candidates = [c for c in candidates if not inside(links, c.start, c.end)]
        refused: list[tuple[int, int]] = []  # names that claim nothing here, whoever finds them
        named: list[Candidate] = []
        for c in candidates:
            if IDENTIFIER_AFTER.match(text, c.end):
                refused.append((c.start, c.end))
            else:
                named.append(c)
        candidates = named
        plain = [c for c in candidates if not c.pattern.ambiguous]
        accepted: list[_Accepted] = [_Accepted(c, "") for c in plain]
        pending = [c for c in candidates if c.pattern.ambiguous]
        # Decide ambiguous names until nothing changes: one accepted name can vouch
        # for its neighbour in a list ("C#/.NET").
        lowered = [t.lower for t in tokens] if pending else []
        while pending:
            known = _spans([a.candidate for a in accepted])
            tools = self._technical(known)  # the neighbours that vouch for a tool
            undecided = []
            for cand in pending:
                reason = self._decide(cand, text, tokens, sections, known, tools, lowered)
                if reason:
                    accepted.append(_Accepted(cand, reason))
                else:
                    undecided.append(cand)
            if len(undecided) == len(pending):
                accepted += self._listed_languages(undecided, text, tokens)
                break
            pending = undecided
        # An excluded reading vetoes the words inside it too: in "public transportation
        # card" neither Public transport nor "transportation" is a skill.
        vetoed = [
            (a.candidate.start, a.candidate.end)
            for a in accepted
            if self._excluded(a.candidate, text)
        ]
        if vetoed:
            accepted = [
                a for a in accepted if not inside(vetoed, a.candidate.start, a.candidate.end)
            ]
        kept = _longest_first(accepted)
        labels = self._line_labels(kept, text)
        claimed: list[_Accepted] = []
        redefined = self._acronyms_defined_as_another(text, kept)
        for a in kept:
            cand = a.candidate
            if (
                id(a) not in labels
                and not self._not_a_claim(cand, text, sections, cues)
                and (text[cand.start : cand.end], cand.pattern.skill_id) not in redefined
            ):
                claimed.append(a)
            else:
                refused.append((a.candidate.start, a.candidate.end))
        return claimed, refused

    def _line_labels(self, kept: list[_Accepted], text: str) -> set[int]:
        """Skills that open a line and are followed at once by one of their own kind
        ("Operating Systems  Windows Server 2003, Win 7", "IDE's/Tools Eclipse"): the
        label of a table row whose colon was lost, not a skill of its own."""
        ordered = sorted(kept, key=lambda a: a.candidate.start)
        labels = set()
        for label, member in pairwise(ordered):
            start, end = label.candidate.start, label.candidate.end
            line_start = text.rfind("\n", 0, start) + 1
            if not LINE_OPENING.fullmatch(text, line_start, start):
                continue
            if not LABEL_TAIL.fullmatch(text, end, member.candidate.start):
                continue
            label_id = label.candidate.pattern.skill_id
            if not _names_a_kind(self.taxonomy.skills[label_id]):
                continue  # "Vue.js Nuxt.js", "Python Django": a product before its own
            if label_id in self.taxonomy.ancestors(member.candidate.pattern.skill_id):
                labels.add(id(label))
        return labels

    def _listed_languages(
        self, undecided: list[Candidate], text: str, tokens: list[Token]
    ) -> list[_Accepted]:
        """Language names that only list each other ("Languages known: English, Tamil"):
        each vouches for the other, as no other kind of word is listed that way."""
        skills = self.taxonomy.skills
        languages = [
            c
            for c in undecided
            if skills[c.pattern.skill_id].category == SPOKEN_LANGUAGE_CATEGORY
            and not language_not_spoken(text, c.start, c.end)
        ]
        if len(languages) < 2:
            return []
        spans = _spans(languages)
        out = []
        for cand in languages:
            if not _is_list_item(cand, tokens, text):
                continue
            neighbour = _list_neighbour(cand, tokens, text, spans, self.taxonomy)
            if neighbour:
                out.append(_Accepted(cand, f"in a list with {neighbour}"))
        return out

    def _not_a_claim(
        self, cand: Candidate, text: str, sections: list[Section], cues: DocumentCues
    ) -> bool:
        """A surface that names a skill without claiming it (``skillmatch.claims``), or a
        label of a list ("Operating Systems: Windows, Linux")."""
        skill = self.taxonomy.skills[cand.pattern.skill_id]
        if text.startswith(":", cand.end) and self._labels_a_list(skill, text, cand.end):
            return True
        return not_a_claim(skill, cand.pattern.surface, cand.start, cand.end, sections, cues)

    def _acronyms_defined_as_another(
        self, text: str, kept: list[_Accepted]
    ) -> set[tuple[str, str]]:
        """(acronym, skill id) pairs the document spells out as something else: "Music in
        the Brain (MIB)" makes every "MIB" of that document not SNMP's. An acronym stays
        when its spelled-out words name the same skill, found by the matcher or close to
        one of its names ("Java Messaging Service")."""
        redefined: set[tuple[str, str]] = set()
        for a in kept:
            cand = a.candidate
            span = defined_long_form(text, cand.start, cand.end)
            if span is None:
                continue
            skill_id = cand.pattern.skill_id
            if not self._same_skill_spelled_out(skill_id, text, span, kept):
                redefined.add((text[cand.start : cand.end], skill_id))
        return redefined

    def _same_skill_spelled_out(
        self, skill_id: str, text: str, span: tuple[int, int], kept: list[_Accepted]
    ) -> bool:
        for other in kept:
            found = other.candidate
            if found.pattern.skill_id == skill_id and found.start < span[1] and found.end > span[0]:
                return True
        from rapidfuzz import fuzz

        long_form = normalize_surface(text[span[0] : span[1]])
        surfaces = self.taxonomy.skills[skill_id].surfaces
        return any(fuzz.ratio(long_form, normalize_surface(s)) >= SAME_LONG_FORM for s in surfaces)

    def _labels_a_list(self, skill: Skill, text: str, colon: int) -> bool:
        """ "Operating systems: Windows, Linux", "Python: Django, Flask": a kind or a
        parent before a colon labels the list of its own kind that follows. Not before
        a level ("Python: expert", "Excel: advanced"), where it is the skill itself."""
        if not (skill.covers or self.taxonomy.children(skill.id)):
            return False
        if _names_a_kind(skill) or skill.covers:
            return True
        return not LEVEL_AFTER.match(text, colon + 1)

    def _excluded(self, cand: Candidate, text: str) -> bool:
        skill = self.taxonomy.skills[cand.pattern.skill_id]
        if not skill.exclude:
            return False
        lo = max(0, cand.start - EXCLUDE_WINDOW)
        window = text[lo : cand.end + EXCLUDE_WINDOW].casefold()
        window = " ".join(window.split()) if "\n" not in window else window
        for phrase in skill.exclude:
            needle = phrase.casefold()
            at = window.find(needle)
            while at >= 0:
                if lo + at < cand.end and lo + at + len(needle) > cand.start:
                    return True
                at = window.find(needle, at + 1)
        return False

    def _decide(
        self,
        cand: Candidate,
        text: str,
        tokens: list[Token],
        sections: list[Section],
        plain_spans: list[tuple[int, int, str]],
        tools: list[tuple[int, int, str]],
        lowered: list[str],
    ) -> str:
        """Why an ambiguous surface counts here, or "" when it does not. ``plain_spans``:
        the skills accepted so far; ``tools``: those of them that are technologies."""
        if _middle_initial(cand, tokens):
            return ""  # "John R. Smith" names a person, even near "statistics"
        skill = self.taxonomy.skills[cand.pattern.skill_id]
        # A programming name among only non-technical skills ("Assembly, forklift, welding")
        # is another trade's word: the list and the Skills heading do not vouch for it.
        # (Office and design tools are listed by everyone: "Excel, communication" stays.)
        off_topic = skill.category in CODE_CATEGORIES and self._non_technical_line(
            cand, text, tokens, plain_spans
        )
        listed = _is_list_item(cand, tokens, text) and not off_topic
        if cand.pattern.listed_only:
            if LEVEL_AFTER.match(text, cand.start) and _after_colon(text, cand.start):
                return ""  # "SAS: basic": a level of command, not the BASIC language
            return self._among_tools(cand, tokens, text, sections, tools, listed)
        if section_at(sections, cand.start) in SKILLS_SECTIONS and not off_topic:
            return "in the Skills section"
        neighbour = ""
        if listed:
            neighbour = _list_neighbour(cand, tokens, text, plain_spans, self.taxonomy)
        if neighbour:
            return f"in a list with {neighbour}"
        if skill.category in TECH_CATEGORIES and not off_topic:
            beside = _tag_run_neighbour(cand, tokens, text, tools)
            if beside:
                return f"beside {self.taxonomy.skills[beside].name}"
        word = _context_word(cand, lowered, skill.context)
        if word:
            return f"context word '{word}' nearby"
        lead = tokens[cand.first - 1].lower if cand.first > 0 else ""
        single_letter = len(cand.pattern.surface.strip()) == 1
        if (
            lead in LEAD_WORDS
            and cand.pattern.case_sensitive
            and not single_letter
            and not _sentence_start(tokens, cand.first, text)
        ):
            return f"named after '{lead}' with its exact casing"
        return ""

    def _among_tools(
        self,
        cand: Candidate,
        tokens: list[Token],
        text: str,
        sections: list[Section],
        tools: list[tuple[int, int, str]],
        listed: bool,
    ) -> str:
        """Why a lower-case everyday word counts as a tool ("java, spring, hibernate";
        "django go docker"), or "": only as an item of a Skills list or beside other tools."""
        if listed and section_at(sections, cand.start) in SKILLS_SECTIONS:
            return "in the Skills section"
        if listed:
            neighbour = _list_neighbour(cand, tokens, text, tools, self.taxonomy)
            if neighbour:
                return f"in a list with {neighbour}"
        beside = _tag_run_neighbour(cand, tokens, text, tools)
        return f"beside {self.taxonomy.skills[beside].name}" if beside else ""

    def _technical(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The spans of technology skills among ``spans``."""
        skills = self.taxonomy.skills
        return [span for span in spans if skills[span[2]].category in TECH_CATEGORIES]

    def _non_technical_line(
        self,
        cand: Candidate,
        text: str,
        tokens: list[Token],
        plain_spans: list[tuple[int, int, str]],
    ) -> bool:
        """The other skills on the candidate's line are all non-technical (and there are some)."""
        line_start = text.rfind("\n", 0, cand.start) + 1
        line_end = text.find("\n", cand.end)
        line_end = len(text) if line_end < 0 else line_end
        categories = [
            self.taxonomy.skills[sid].category
            for first, last, sid in plain_spans
            if line_start <= tokens[first].start < line_end and not cand.first <= first <= cand.last
        ]
        return bool(categories) and not any(c in TECH_CATEGORIES for c in categories)

    # ------------------------------------------------------------------ NER

    def _ner_mentions(
        self,
        text: str,
        taken: list[tuple[int, int]],
        lines: list[int],
        sections: list[Section],
        cues: DocumentCues,
    ) -> list[Mention]:
        """NER spans clear of every taxonomy name (``taken``, sorted), claimed or refused."""
        spans = self.ner.spans(text)  # type: ignore[attr-defined]
        fresh = [
            (s, e, c)
            for s, e, c in spans
            if not _overlaps(taken, s, e) and not cues.names_no_skill_at(s, e)
        ]
        if not fresh:
            return []
        resolved = self._resolve([text[s:e] for s, e, _ in fresh])
        out: list[Mention] = []
        for (start, end, conf), (skill_id, score) in zip(fresh, resolved, strict=True):
            surface = text[start:end]
            line = _line_of(lines, start)
            section = section_at(sections, start)
            if skill_id is not None:
                skill = self.taxonomy.skills[skill_id]
                out.append(
                    Mention(
                        skill_id,
                        skill.name,
                        start,
                        end,
                        surface,
                        line,
                        section,
                        "fuzzy",
                        round(conf * score / 100.0, 3),
                        f"NER span resolved to {skill.name} ({score:.0f}% similar)",
                    )
                )
            else:
                out.append(
                    Mention(
                        None,
                        normalize_name(surface),
                        start,
                        end,
                        surface,
                        line,
                        section,
                        "ner",
                        round(conf * NER_CONFIDENCE_SCALE, 3),
                        "statistical NER; not in the taxonomy",
                    )
                )
        return out

    def _resolve(self, texts: list[str]) -> list[tuple[str | None, float]]:
        """Exact name/alias first, then batched fuzzy match against every surface."""
        results: list[tuple[str | None, float]] = []
        pending: list[int] = []
        for i, raw in enumerate(texts):
            skill = self.taxonomy.lookup(raw)
            if skill is not None and not skill.context:
                results.append((skill.id, 100.0))
            else:
                results.append((None, 0.0))
                if len(raw.strip()) >= FUZZY_MIN_LENGTH:
                    pending.append(i)
        if not pending:
            return results
        from rapidfuzz import fuzz, process

        names, ids = self._fuzzy_choices()
        queries = [normalize_name(texts[i]) for i in pending]
        scores = process.cdist(queries, names, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        for row, i in enumerate(pending):
            best = int(scores[row].argmax())
            value = float(scores[row][best])
            if value >= FUZZY_CUTOFF:
                results[i] = (ids[best], value)
        return results

    def _fuzzy_choices(self) -> tuple[list[str], list[str]]:
        if self._choices is None:
            names: list[str] = []
            ids: list[str] = []
            for surface in self.taxonomy.iter_surfaces():
                if surface.ambiguous or len(surface.text) < FUZZY_MIN_LENGTH:
                    continue
                names.append(normalize_name(surface.text))
                ids.append(surface.skill_id)
            self._choices = (names, ids)
        return self._choices

    # ------------------------------------------------------------------ assembly

    def _mention(
        self,
        acc: _Accepted,
        text: str,
        lines: list[int],
        sections: list[Section],
        cues: DocumentCues,
    ) -> Mention:
        cand = acc.candidate
        skill = self.taxonomy.skills[cand.pattern.skill_id]
        section = section_at(sections, cand.start)
        in_list = section in SKILLS_SECTIONS or acc.reason.startswith("in a list")
        confidence = LIST_CONFIDENCE if in_list else PROSE_CONFIDENCE
        if cand.pattern.ambiguous and not in_list:
            confidence = round(confidence - 0.1, 3)
        reason = acc.reason
        certification = skill.kind == "certification"
        marker = not_held_marker(text, cand.start, cand.end, certification)
        if marker and cues.is_job_ad:
            marker = ""  # "CKA certification expected" in a job ad asks for it
        if marker:
            reason = f"not held yet ('{marker}')" + (f"; {reason}" if reason else "")
        return Mention(
            skill.id,
            skill.name,
            cand.start,
            cand.end,
            text[cand.start : cand.end],
            _line_of(lines, cand.start),
            section,
            cand.pattern.method,
            confidence,
            reason,
            pending=bool(marker),
        )

    def _group(self, mentions: list[Mention]) -> tuple[SkillHit, ...]:
        order: dict[str, list[Mention]] = {}
        for mention in mentions:
            key = mention.skill_id or f"ner:{mention.name.casefold()}"
            order.setdefault(key, []).append(mention)
        hits: list[SkillHit] = []
        for items in order.values():
            first = items[0]
            skill = self.taxonomy.skills.get(first.skill_id) if first.skill_id else None
            hits.append(
                SkillHit(
                    first.skill_id,
                    skill.name if skill else first.name,
                    skill.category if skill else None,
                    "taxonomy" if skill else "ner",
                    tuple(items),
                )
            )
        return tuple(hits)


# ---------------------------------------------------------------------- helpers


def normalize_name(text: str) -> str:
    """NFKC, collapsed white space, surrounding punctuation stripped."""
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    return text.strip(" .,;:!?\"'()[]{}<>-–—*•·").casefold() or text.casefold()


def _after_colon(text: str, start: int) -> bool:
    """Only spaces between a colon and ``start`` ("SAS: basic")."""
    return text[max(0, start - 4) : start].rstrip(" \t").endswith(":")


def _names_a_kind(skill: Skill) -> bool:
    """A technology umbrella named by a plural common noun ("Operating systems",
    "Reporting tools"), as a table row's label is; not a product or language."""
    return skill.category in TECH_CATEGORIES and bool(KIND_NAME.fullmatch(skill.name))


def _line_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset)


def _spans(cands: list[Candidate]) -> list[tuple[int, int, str]]:
    return sorted((c.first, c.last, c.pattern.skill_id) for c in cands)


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_right(taken, (start, 10**12))
    for s, e in taken[max(0, index - 3) : index + 3]:
        if s < end and start < e:
            return True
    return False


def _longest_first(accepted: list[_Accepted]) -> list[_Accepted]:
    """Keep non-overlapping spans, longer first, then earlier."""
    ordered = sorted(
        accepted,
        key=lambda a: (
            -(a.candidate.end - a.candidate.start),
            a.candidate.start,
            a.candidate.pattern.ambiguous,
            a.candidate.pattern.skill_id,
        ),
    )
    used: set[int] = set()  # token indices already covered
    kept: list[_Accepted] = []
    for acc in ordered:
        c = acc.candidate
        span = range(c.first, c.last + 1)
        if any(i in used for i in span):
            continue
        used.update(span)
        kept.append(acc)
    kept.sort(key=lambda a: a.candidate.start)
    return kept


def _list_neighbour(
    cand: Candidate,
    tokens: list[Token],
    text: str,
    plain: list[tuple[int, int, str]],
    taxonomy: Taxonomy,
) -> str:
    """Name of a skill in the same list as this one ("Go, Rust and Python"), or ""."""
    starts = {first: sid for first, _, sid in plain}
    ends = {last: sid for _, last, sid in plain}
    for direction, index, table in ((-1, cand.first - 1, ends), (1, cand.last + 1, starts)):
        separators = 0
        since = 0
        lower_item = False  # an item passed over that starts in lower case: no skill name
        previous = tokens[cand.first if direction < 0 else cand.last]
        while 0 <= index < len(tokens) and since <= MAX_LIST_ITEM:
            token = tokens[index]
            left, right = (token, previous) if direction < 0 else (previous, token)
            if right.space_before and "\n" in text[left.end : right.start]:
                break
            word = token.lower
            if separators and since == 0 and index in table:
                skill = taxonomy.skills.get(table[index])
                return skill.name if skill else table[index]
            if word in SENTENCE_ENDS:
                break
            if word in LIST_SEPARATORS or word in CONNECTORS:
                if lower_item:
                    break  # "Design, build and operate backend": verbs are no list of skills
                separators += 1
                since = 0
            else:
                since += 1
                lower_item = lower_item or token.text[:1].islower()
            previous = token
            index += direction
    return ""


def _tag_run_neighbour(
    cand: Candidate, tokens: list[Token], text: str, technical: list[tuple[int, int, str]]
) -> str:
    """A tool written right beside this word, with no separator, and on its other side
    another tool, a list separator or the line's edge: a tag line that lost its commas
    ("django go docker", "Gerrit Eclipse and Jenkins", "java spring" ending a line).
    The neighbour's id, or ""."""
    before, after = cand.first - 1, cand.last + 1

    def joined(left: int, right: int) -> bool:
        """Tokens ``left`` and ``right`` exist and share a line."""
        if left < 0 or right >= len(tokens):
            return False
        return "\n" not in text[tokens[left].end : tokens[right].start]

    def open_side(index: int, inside: int) -> bool:
        """Nothing but a separator (or the line's edge) at ``index``, beside the candidate."""
        left, right = (index, inside) if index < inside else (inside, index)
        if not joined(left, right):
            return True
        word = tokens[index].lower
        return word in LIST_SEPARATORS or word in CONNECTORS

    tool_before = {last: sid for _, last, sid in technical}.get(before, "")
    tool_after = {first: sid for first, _, sid in technical}.get(after, "")
    if tool_before and joined(before, cand.first):
        if (tool_after and joined(cand.last, after)) or open_side(after, cand.last):
            return tool_before
    if tool_after and joined(cand.last, after) and open_side(before, cand.first):
        return tool_after
    return ""


def _is_list_item(cand: Candidate, tokens: list[Token], text: str) -> bool:
    """A whole item of a list: separators (or the line's ends) on both sides.

    "Go, Rust and Python" and "Languages: Python, Go" qualify; "in Go and gRPC, serving
    40 million requests" does not make "serving" an item.
    """
    if cand.first > 0:
        before = tokens[cand.first - 1]
        same_line = "\n" not in text[before.end : tokens[cand.first].start]
        if same_line and before.lower not in LIST_SEPARATORS | CONNECTORS | {":"}:
            return False
    if cand.last + 1 < len(tokens):
        after = tokens[cand.last + 1]
        same_line = "\n" not in text[tokens[cand.last].end : after.start]
        if same_line and after.lower not in LIST_SEPARATORS | CONNECTORS | SENTENCE_ENDS:
            return False
    return True


def _context_word(cand: Candidate, lowered: list[str], context: tuple[str, ...]) -> str:
    """A context word (or phrase) of the skill within CONTEXT_WINDOW tokens, or ""."""
    if not context:
        return ""
    lo = max(0, cand.first - CONTEXT_WINDOW)
    hi = min(len(lowered), cand.last + 1 + CONTEXT_WINDOW)
    others = lowered[lo : cand.first] + lowered[cand.last + 1 : hi]
    words = set(others)
    joined = ""
    for word in context:
        needle = word.casefold()
        if needle in words:
            return word
        if needle.isalnum():
            continue
        joined = joined or f" {' '.join(others)} "
        if (" " in needle and needle in joined) or f" {_token_text(needle)} " in joined:
            return word
    return ""


@lru_cache(maxsize=8192)
def _token_text(phrase: str) -> str:
    """A context phrase as the lower-case tokens the window is compared with ("ci/cd" ->
    "ci / cd"); cached, as the same few phrases are looked up for every candidate."""
    return " ".join(t.lower for t in tokenize(phrase))


def _middle_initial(cand: Candidate, tokens: list[Token]) -> bool:
    """A capital letter between two capitalised words, with a full stop: "John R. Smith"."""
    if cand.first != cand.last or cand.first == 0 or cand.last + 2 >= len(tokens):
        return False
    letter, before = tokens[cand.first], tokens[cand.first - 1]
    dot, after = tokens[cand.last + 1], tokens[cand.last + 2]
    return (
        len(letter.text) == 1
        and letter.text.isupper()
        and before.text.istitle()
        and len(before.text) > 1
        and dot.text == "."
        and not dot.space_before
        and after.space_before
        and after.text.istitle()
        and len(after.text) > 1
    )


def _sentence_start(tokens: list[Token], index: int, text: str) -> bool:
    if index == 0:
        return True
    if "\n" in text[tokens[index - 1].end : tokens[index].start]:
        return True
    previous = tokens[index - 1].text
    return previous in {".", "!", "?", "•", "-", "*", ":"}
