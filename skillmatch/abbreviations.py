"""Acronyms a document defines for itself: "Music in the Brain (MIB)".

An acronym in parentheses right after words whose initials spell it, or one followed by
such words in parentheses ("LAMP (Learning Assessment Model Project)"), means those words
in this document, whatever the taxonomy's reading of the acronym is: "(MIB)" after
"Music in the Brain" is not SNMP's Management Information Base, "(CPR)" after "Canada
Pacific Railways" is not first aid. The extractor keeps such an acronym only when the
words it stands for name the same skill.
"""

from __future__ import annotations

import re

# Words an acronym may skip ("Kenya Advanced Certificate of Education" -> KACE).
_FUNCTION_WORDS = frozenset("of the and for in on to a an as at by with & de".split())
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*")
_WORD = re.compile(r"[A-Za-z0-9&][A-Za-z0-9']*")
_OPEN_BEFORE = re.compile(r"\(\s*$")
_CLOSE_AFTER = re.compile(r"\s*s?\s*\)")
_PARENTHESIS_AFTER = re.compile(r"\s*\(\s*([^()\n]{3,120}?)\s*\)")
_LIST_MARK = re.compile(r"[,;/|]")
_LOOK_BACK = 160  # characters: enough for ten words


def defined_long_form(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the words that ``text[start:end]`` abbreviates in this document
    ("Music in the Brain" for "( MIB )"), or None when it is not defined here."""
    short = text[start:end]
    if not _ACRONYM.fullmatch(short) or len(short) > 10:
        return None
    letters = [c.casefold() for c in short if c.isalnum()]
    if short.endswith("s") and short[:-1].isupper():
        letters = letters[:-1]  # "KPIs", "SOPs": the plural of the acronym
    span = _long_form_before(text, start, end, letters) or _long_form_after(text, end, letters)
    if span is None or _LIST_MARK.search(text, span[0], span[1]):
        return None  # "LAMP (Linux, Apache, MySQL, PHP)": its parts, not another name
    return span


def _long_form_before(
    text: str, start: int, end: int, letters: list[str]
) -> tuple[int, int] | None:
    """ "Music in the Brain (MIB)": the words right before the parenthesis."""
    before = text[max(0, start - _LOOK_BACK) : start]
    opening = _OPEN_BEFORE.search(before)
    if opening is None or not _CLOSE_AFTER.match(text, end):
        return None
    offset = start - len(before)
    words = list(_WORD.finditer(before, 0, opening.start()))
    if not words:
        return None
    first = _match_initials(letters, [w.group() for w in words])
    if first is None:
        return None
    if before[words[-1].end() : opening.start()].strip():
        return None  # the long form must end right before "("
    return offset + words[first].start(), offset + words[-1].end()


def _long_form_after(text: str, end: int, letters: list[str]) -> tuple[int, int] | None:
    """ "LAMP (Learning Assessment Model Project)": the whole parenthesis spells it out."""
    inner = _PARENTHESIS_AFTER.match(text, end)
    if inner is None:
        return None
    words = list(_WORD.finditer(text, inner.start(1), inner.end(1)))
    if not words or _match_initials(letters, [w.group() for w in words]) != 0:
        return None
    return words[0].start(), words[-1].end()


def _match_initials(letters: list[str], words: list[str]) -> int | None:
    """Index of the first word of the shortest run of trailing ``words`` whose initials
    spell ``letters`` (function words may be skipped), or None."""
    i = len(letters) - 1
    w = len(words) - 1
    while i >= 0 and w >= 0:
        word = words[w].casefold()
        if word[:1] == letters[i]:
            i -= 1
        elif word not in _FUNCTION_WORDS:
            return None
        w -= 1
    if i >= 0:
        return None
    return w + 1
