"""A small, exact tokenizer shared by documents and taxonomy surfaces.

Letters and digits form runs; every other visible character is its own token, and
each token remembers whether white space came before it. Surfaces are tokenized
the same way, so "C++", "C#", ".NET", "Node.js", "CI/CD" and "Objective-C" need
no hand-written special cases: they match when the same tokens appear with the
same spacing. "Java/Kotlin" and "HTML5/CSS3" split at the slash because "/" is a
token of its own. Nothing is ever dropped (no stop words).

For matching, a hyphen glued between two words reads as a space (:func:`match_view`):
"java-ee", "micro-service" and "Objective C" find "Java EE", "microservice"'s
"micro service" spelling and "Objective-C", as writers use both spellings. Typographic
apostrophes read as "'" (word processors turn "Bachelor's" into "Bachelor’s"), and
invisible separators (zero-width space, word joiner, byte-order mark) as white space.
The last word of a surface also matches its regular plural (:func:`plural_of`), so
"relational databases" and "REST APIs" need no second spelling in the taxonomy, and a
one-word name with a glued release number ("Java8", "Oracle11g") reads as the name
(:func:`versionless`).

Why not spaCy's tokenizer here: ``import spacy`` alone costs about 1 s, which
would double the cold start of a run that does not use the statistical NER. The
NER (``skillmatch.ner``) still runs spaCy; both report character offsets.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from skillmatch.spelling import american

# Invisible characters that web and PDF text carry between words: never a token.
INVISIBLE = "\u200b\u2060\ufeff"
TOKEN_PATTERN = re.compile(rf"[^\W_]+|[^\s{INVISIBLE}]", re.UNICODE)
# Typographic apostrophes and primes compare as the ASCII apostrophe.
APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'"}
# A plural ending is only read on a word at least this long ("APIs" yes, "Cs" no).
PLURAL_MIN_LENGTH = 3
SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh")
# A release number glued to a name: "Java8", "PHP7", "Oracle11g", "iOS14" (lower case).
GLUED_VERSION = re.compile(r"([^\W\d_]{3,})(\d{1,4}[a-z]?)")


class Token(NamedTuple):
    """One token; ``lower`` is computed once, as matching and context checks read it often."""

    text: str
    start: int
    end: int
    space_before: bool
    lower: str


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    previous_end = -1
    for match in TOKEN_PATTERN.finditer(text):
        start = match.start()
        word = match.group()
        lower = APOSTROPHES.get(word) or word.casefold()
        tokens.append(Token(word, start, match.end(), start != previous_end, lower))
        previous_end = match.end()
    return tokens


def surface_key(text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Lower-case tokens of a surface and the spacing between them (first is ignored), as
    the matcher compares them (glued hyphens read as spaces, British spellings as American)."""
    tokens, _ = match_view(tokenize(text))
    lowered = tuple(match_words(tokens))
    spaces = tuple(t.space_before for t in tokens[1:])
    return lowered, spaces


def _glued_hyphen(tokens: list[Token], i: int) -> bool:
    """A "-" with a word directly before and after it ("java-ee", not "A - B" or "-x")."""
    token = tokens[i]
    return (
        token.text == "-"
        and not token.space_before
        and 0 < i < len(tokens) - 1
        and not tokens[i + 1].space_before
        and tokens[i - 1].text[-1].isalnum()
        and tokens[i + 1].text[0].isalnum()
    )


def match_words(view: list[Token]) -> list[str]:
    """The words the matcher compares, for surfaces and documents alike: lower case, in
    American spelling ("Modelling" -> "modeling")."""
    return [american(token.lower) for token in view]


def match_view(tokens: list[Token]) -> tuple[list[Token], list[int]]:
    """The tokens the matcher compares: glued hyphens dropped, the word after one marked as
    spaced. Returns the view and, for each of its tokens, its index in ``tokens``."""
    view: list[Token] = []
    origin: list[int] = []
    after_hyphen = False
    for i, token in enumerate(tokens):
        if _glued_hyphen(tokens, i):
            after_hyphen = True
            continue
        if after_hyphen:
            token = token._replace(space_before=True)
            after_hyphen = False
        view.append(token)
        origin.append(i)
    return view, origin


def plural_of(word: str, candidate: str) -> bool:
    """Is ``candidate`` the regular plural of the lower-case ``word``? ("database" ->
    "databases", "process" -> "processes", "technology" -> "technologies").

    Only alphabetic words of :data:`PLURAL_MIN_LENGTH` letters or more: "C" is never
    "Cs", and a version number has no plural."""
    if len(word) < PLURAL_MIN_LENGTH or not word.isalpha():
        return False
    sibilant = word.endswith(SIBILANT_ENDINGS)
    consonant_y = word.endswith("y") and word[-2] not in "aeiou"
    if candidate == word + "s":
        return not sibilant and not consonant_y
    if candidate == word + "es":
        return sibilant or word.endswith("o")
    return consonant_y and candidate == word[:-1] + "ies"


def singulars(candidate: str) -> tuple[str, ...]:
    """The words ``candidate`` may be the regular plural of (the inverse of :func:`plural_of`),
    for looking a pluralised document word up in an index of surfaces."""
    if len(candidate) <= PLURAL_MIN_LENGTH or not candidate.endswith("s"):
        return ()
    out = [candidate[:-1]]
    if candidate.endswith("es"):
        out.append(candidate[:-2])
    if candidate.endswith("ies"):
        out.append(candidate[:-3] + "y")
    return tuple(w for w in out if plural_of(w, candidate))


def versionless(word: str) -> str:
    """The name in a lower-case word with a glued release number ("java8" -> "java",
    "oracle11g" -> "oracle"), or "" when the word is not one. The matcher asks this of
    every word no surface starts with, so most words leave at the cheap first test."""
    if not (word[-1:].isdigit() or word[-2:-1].isdigit()):
        return ""
    match = GLUED_VERSION.fullmatch(word)
    return match.group(1) if match else ""
