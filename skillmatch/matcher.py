"""The rule layer: every taxonomy surface as a token pattern, matched in one pass.

Patterns are indexed by their first lower-case token; at each document token the
few candidates are compared token by token (same text, same spacing). Case
-sensitive surfaces also compare the original casing. The last word of a surface of
two words or more may be its regular plural ("relational databases"); single words
may not ("Chefs", "Excels" and "Sparks" are rarely the products). The compiled index is a
plain dict, cheap to pickle, so it is cached by the taxonomy's content hash and a
cold start does not rebuild 100,000 patterns.
"""

from __future__ import annotations

import marshal
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from skillmatch import cache
from skillmatch.taxonomy import Surface, Taxonomy, common_words
from skillmatch.tokens import (
    Token,
    match_view,
    match_words,
    plural_of,
    singulars,
    surface_key,
    versionless,
)

MATCHER_FORMAT = 7
KEY_JOIN = "\x00"


class Pattern(NamedTuple):
    """One surface as tokens; stored as a plain tuple so the cache loads fast."""

    tokens: tuple[str, ...]
    spaces: tuple[bool, ...]
    surface: str
    skill_id: str
    method: str  # "name" | "alias"
    case_sensitive: bool
    ambiguous: bool
    listed_only: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """A surface found at tokens [first, last]; validity is decided later."""

    first: int
    last: int
    start: int
    end: int
    pattern: Pattern


class SurfaceMatcher:
    """All taxonomy surfaces, indexed by first token.

    ``index`` maps a first token to plain tuples in Pattern field order: the
    structure is marshalled as is, which loads several times faster than pickled
    objects (the cache key includes the Python version for that reason).
    """

    def __init__(self, index: dict[str, list[tuple]], size: int) -> None:
        self.index = index
        self.size = size

    @classmethod
    def build(cls, taxonomy: Taxonomy) -> SurfaceMatcher:
        return cls.from_surfaces(taxonomy.iter_surfaces())

    @classmethod
    def from_surfaces(cls, surfaces: Iterable[Surface]) -> SurfaceMatcher:
        """The index of any surfaces (a taxonomy's, or a bare list a script measures)."""
        index: dict[str, list[tuple]] = {}
        seen: set[tuple] = set()
        for surface in surfaces:
            tokens, spaces = surface_key(surface.text)
            if not tokens:
                continue
            row = (
                tokens,
                spaces,
                surface.text,
                surface.skill_id,
                surface.method,
                surface.case_sensitive,
                surface.ambiguous,
                surface.listed_only,
            )
            key = (tokens, spaces, surface.skill_id, surface.case_sensitive, surface.text)
            if key in seen:
                continue
            seen.add(key)
            index.setdefault(_key(tokens), []).append(row)
        for rows in index.values():
            rows.sort(key=lambda r: (-len(r[0]), r[3], r[2]))
        return cls(index, len(seen))

    @classmethod
    def for_taxonomy(cls, taxonomy: Taxonomy) -> SurfaceMatcher:
        """Build, or load from the cache when the taxonomy digest is known."""
        if not taxonomy.digest:
            return cls.build(taxonomy)
        name = (
            f"matcher-{MATCHER_FORMAT}-{sys.version_info[0]}{sys.version_info[1]}-{taxonomy.digest}"
        )
        folder = cache.cache_dir()
        path = folder / f"{name}.marshal" if folder else None
        if path is not None:
            try:
                index, size = marshal.loads(path.read_bytes())
                return cls(index, size)
            except (OSError, ValueError, EOFError, TypeError):
                pass
        matcher = cls.build(taxonomy)
        if path is not None:
            cache.store_bytes(path, marshal.dumps((matcher.index, matcher.size)))
        return matcher

    def find(self, tokens: list[Token], text: str) -> list[Candidate]:
        """Every surface occurrence (overlaps included); token indices refer to ``tokens``."""
        found: list[Candidate] = []
        view, origin = match_view(tokens)
        lowered = match_words(view)
        count = len(view)
        index = self.index
        for i, first in enumerate(lowered):
            rows = index.get(first)
            if i + 1 < count:
                second = lowered[i + 1]
                longer = index.get(f"{first}{KEY_JOIN}{second}")
                if longer:
                    rows = longer + rows if rows else longer
                for base in singulars(second):  # "design patterns" finds "design pattern"
                    plural = index.get(f"{first}{KEY_JOIN}{base}")
                    if plural:
                        rows = plural + rows if rows else plural
            if not rows:
                found.extend(self._versioned(tokens, view, origin, i, text))
                continue
            for row in rows:
                row_tokens = row[0]
                n = len(row_tokens)
                if i + n > count:
                    continue
                if n > 1 and not _same(lowered, view, i, row_tokens, row[1], not row[5]):
                    continue
                start, end = view[i].start, view[i + n - 1].end
                if row[5] and not _same_case(text[start:end], row[2]):
                    continue
                first_at, last_at = origin[i], origin[i + n - 1]
                if not _clean_edges(tokens, first_at, last_at):
                    continue
                last_at = release_end(tokens, last_at)
                end = tokens[last_at].end
                found.append(Candidate(first_at, last_at, start, end, Pattern(*row)))
        return found

    def _versioned(
        self, tokens: list[Token], view: list[Token], origin: list[int], i: int, text: str
    ) -> list[Candidate]:
        """A one-word surface with a release number glued on ("Java8", "PHP7", "Oracle11g").
        An everyday word only in a case-sensitive surface's own casing ("Windows10", not
        "windows10")."""
        base = versionless(view[i].lower)
        if not base:
            return []
        everyday = base in common_words()
        token, at = view[i], origin[i]
        if not _clean_edges(tokens, at, at):
            return []
        out = []
        for row in self.index.get(base, ()):
            if len(row[0]) != 1 or (everyday and not row[5]):
                continue
            if row[5] and not _same_case(text[token.start : token.start + len(base)], row[2]):
                continue
            last = release_end(tokens, at)
            out.append(Candidate(at, last, token.start, tokens[last].end, Pattern(*row)))
        return out


def _key(tokens: tuple[str, ...]) -> str:
    """Index key: the first token, or the first two for longer patterns (fewer to try)."""
    return tokens[0] if len(tokens) == 1 else f"{tokens[0]}{KEY_JOIN}{tokens[1]}"


def _same(
    lowered: list[str],
    tokens: list[Token],
    i: int,
    pattern_tokens: tuple[str, ...],
    spaces: tuple[bool, ...],
    plural_last: bool,
) -> bool:
    """Same tokens and spacing; with ``plural_last``, the last word may be its plural."""
    last = len(pattern_tokens) - 1
    for k in range(1, len(pattern_tokens)):
        word = lowered[i + k]
        if word != pattern_tokens[k] and not (
            plural_last and k == last and plural_of(pattern_tokens[k], word)
        ):
            return False
        if tokens[i + k].space_before != spaces[k - 1]:
            return False
    return True


def _same_case(found: str, surface: str) -> bool:
    """Same letters and casing; white space and glued hyphens count as one separator."""
    return found.replace("-", " ").split() == surface.replace("-", " ").split()


def release_end(tokens: list[Token], last: int) -> int:
    """The last token of a mention ending in a release number, with the rest of that
    number: "Python 3" of "Python 3.11", "Spring Boot 2" of "Spring Boot 2.7", "Java8" of
    "Java8.1". Evidence shows what the document wrote, not a cut-off "Python-3"."""
    if not tokens[last].text[-1].isdigit():
        return last
    while (
        last + 2 < len(tokens)
        and tokens[last + 1].text == "."
        and not tokens[last + 1].space_before
        and not tokens[last + 2].space_before
        and tokens[last + 2].text.isdigit()
    ):
        last += 2
    return last


def _clean_edges(tokens: list[Token], first: int, last: int) -> bool:
    """Refuse matches that cut a compound: ".NET" in "ASP.NET", "C" in "C++", "js" in "Node.js"."""
    head = tokens[first]
    if first >= 1 and not head.space_before:
        before = tokens[first - 1]
        if not head.text[0].isalnum() and before.text[-1].isalnum():
            return False
        if (
            before.text in ".#+@"
            and first >= 2
            and not before.space_before
            and tokens[first - 2].text[-1].isalnum()
        ):
            return False
    if last + 1 < len(tokens):
        after = tokens[last + 1]
        if not after.space_before and after.text in "+#":
            return False
        if (
            not after.space_before
            and after.text == "."
            and last + 2 < len(tokens)
            and not tokens[last + 2].space_before
            and tokens[last + 2].text[0].isalnum()
            and not tokens[last + 2].text.isdigit()  # "Python3.8": a release, not "Node.js"
        ):
            return False
    return True
