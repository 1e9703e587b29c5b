"""Degrees on a resume and degree requirements in a role text.

Pure text, no spaCy. Degree names are a closed vocabulary, but several are also
ordinary tokens: "MS" is Microsoft in "MS Excel", "MA" is Massachusetts in
"Boston, MA", "BE" is a verb. The bare upper-case abbreviations (BS, MS, BA, MA, BE,
AAS) therefore count only with a degree context: "in <field>", a field name right
after them ("MS Computer Science"), "degree", "(", a slash pair ("BS/MS"), or, inside
an Education section, standing alone. Dotted and spelled-out forms (B.S., M.Sc.,
Bachelor's, Master of Science, PhD) need no context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from skillmatch.sections import Section

__all__ = [
    "LEVELS",
    "DegreeRequirement",
    "EducationEntry",
    "highest_level",
    "level_rank",
    "parse_degree_requirement",
    "parse_education",
]

LEVELS = ("high_school", "associate", "bachelor", "master", "phd")  # ordered, lowest first


@dataclass(frozen=True)
class EducationEntry:
    """One degree on a resume: its level, field if stated, and the line it is on.

    ``text`` is that line (stripped), ``line`` its 1-based number, ``start`` the offset
    of the degree name; ``year`` the latest plausible year on the line, if any.
    """

    level: str
    field: str | None
    text: str
    line: int
    start: int
    year: int | None = None


@dataclass(frozen=True)
class DegreeRequirement:
    """A role's degree requirement: the lowest level it accepts and the fields named."""

    level: str
    fields: tuple[str, ...]
    or_equivalent: bool
    text: str


def level_rank(level: str) -> int:
    """Position of ``level`` in :data:`LEVELS` (0 = high school); ValueError if unknown."""
    try:
        return LEVELS.index(level)
    except ValueError:
        raise ValueError(f"unknown degree level {level!r}; expected one of {LEVELS}") from None


def highest_level(entries: list[EducationEntry]) -> str | None:
    """The highest degree level among ``entries`` (None when there are none)."""
    if not entries:
        return None
    return max((e.level for e in entries), key=level_rank)


# --------------------------------------------------------------------------- degree names

_APOS = r"['\u2019]"
_B = r"(?<![A-Za-z0-9.])"  # left boundary
_E = r"(?![A-Za-z0-9])"  # right boundary
_OF = (
    r"(?:[ \t]+(?:of|in)[ \t]+(?P<of>(?:(?:Applied|Fine|Liberal|Computer|Business|Public|"
    r"Information|Engineering)[ \t]+)?[A-Z][A-Za-z]+(?:[ \t]+(?:Administration|"
    r"Applications|Technology|Science|Sciences|Arts|Engineering|Management|Health|Policy))?))?"
)

# (level, pattern, needs_context, default field)
_DEGREES: tuple[tuple[str, str, bool, str | None], ...] = (
    (
        "phd",
        rf"{_B}(?i:Ph\.?\s?D\.?|D\.\s?Phil\.?|DPhil|Doctor\s+of\s+Philosophy|"
        rf"Doctorate|Doctoral\s+degree){_E}",
        False,
        None,
    ),
    ("master", rf"{_B}(?i:MBA|M\.B\.A\.?){_E}", False, "Business Administration"),
    (
        "master",
        rf"{_B}(?i:master)(?:{_APOS}s|s{_APOS}?|{_APOS})?(?:\s+(?i:degree))?{_OF}",
        False,
        None,
    ),
    (
        "master",
        rf"{_B}(?i:M\.\s?S\.?|M\.\s?Sc\.?|MSc|M\.\s?A\.|M\.\s?Eng\.?|MEng|"
        rf"M\.\s?Tech\.?|MTech|M\.\s?E\.|MCA|M\.C\.A\.?|M\.\s?Com\.?|M\.\s?Phil\.?|MPhil|"
        rf"PGDM|Post\s?-?\s?graduate(?:\s+degree|\s+diploma)?){_E}",
        False,
        None,
    ),
    # bare, case-sensitive, need a degree context: "MS Excel", "Boston, MA", "MSN Messenger"
    ("master", rf"{_B}(?:MS|MA|MPH|MFA|MSN){_E}", True, None),
    (
        "bachelor",
        rf"{_B}(?i:bachelor)(?:{_APOS}s|s{_APOS}?|{_APOS})?(?:\s+(?i:degree))?{_OF}",
        False,
        None,
    ),
    (
        "bachelor",
        rf"{_B}(?i:B\.\s?S\.?|B\.\s?Sc\.?|BSc|B\.\s?A\.|B\.\s?Eng\.?|BEng|"
        rf"B\.\s?Tech\.?|BTech|B\.\s?E\.?|BCA|B\.C\.A\.?|B\.\s?Com\.?|BBA|B\.B\.A\.?|"
        rf"B\.\s?Arch\.?|(?:four|4)[\s-]year\s+(?:college\s+|university\s+|bachelor'?s\s+)?"
        rf"degree|undergraduate\s+degree){_E}",
        False,
        None,
    ),
    ("bachelor", rf"{_B}(?:BS|BA|BE|BFA|BSN|LLB){_E}", True, None),
    (
        "associate",
        rf"{_B}(?:(?i:Associates?{_APOS}?s?\s+degree)|Associate{_APOS}s|"
        rf"(?i:Associate\s+of\s+(?:Applied\s+)?(?:Arts|Science))|A\.\s?A\.\s?S\.|A\.\s?S\.|"
        rf"A\.\s?A\.){_E}",
        False,
        None,
    ),
    ("associate", rf"{_B}AAS{_E}", True, None),
    (
        "high_school",
        rf"{_B}(?:(?i:high\s+school(?:\s+diploma)?)|GED|"
        rf"(?i:(?:higher\s+)?secondary\s+school(?:\s+certificate)?)|"
        rf"HSC|SSC|SSLC|(?i:higher\s+secondary)|Class\s+XII|Class\s+X|12th|10th|"
        rf"(?i:matriculation)){_E}",
        False,
        None,
    ),
)
_COMPILED = tuple((lvl, re.compile(p), ctx, dflt) for lvl, p, ctx, dflt in _DEGREES)

# Words that start a field of study ("MS Computer Science"), for the bare abbreviations.
_FIELD_START = frozenset(
    """
computer engineering electrical mechanical civil chemical information data mathematics math
maths physics chemistry biology statistics economics business finance accounting management
marketing software electronics nursing psychology english history political communication
communications industrial aerospace biomedical applied computational cognitive operations
supply human health public education physical environmental architecture design journalism
philosophy sociology linguistics law analytics artificial machine cyber cybersecurity
telecommunications instrumentation biotechnology pharmacy agriculture geology actuarial
international liberal fine music art arts science sciences technology systems it cs ece ee
""".split()
)
_NOT_DEGREE_NEXT = frozenset(
    """
office excel word powerpoint access outlook project visio sql teams dynamics windows azure
exchange sharepoint paint dos crm power edge navision publisher onenote forms intune defender
""".split()
)
_CTX_AFTER = re.compile(
    r"^\s*(?:/\s*(?:BS|MS|BA|MA|PhD|Ph\.D|M\.S|B\.S)|\(|(?i:in)\s+\S|(?i:of)\s+[A-Z]|(?i:degree)|"
    r"-\s*[A-Z]|,\s*[A-Z][a-z]|:\s*[A-Z])"
)
_CTX_BEFORE = re.compile(r"(?:BS|MS|BA|MA|PhD|[Dd]egree)\s*/\s*$|[Dd]egree\s*[:(]?\s*$")
_STATE_BEFORE = re.compile(r",\s*$")


_WORD_FORM = re.compile(r"(?i:master|bachelor)")
_NOT_DEGREE_BEFORE = frozenset(
    """
scrum web certified quiz grand band post toast dungeon concert chess product data
""".split()
)


def _word_form_ok(text: str, start: int, end: int, has_of: bool) -> bool:
    """ "Master's", "Masters", "Master of X", "Master degree", "Master, 2019": a degree;
    "Scrum Master", "Master Data Management", "master branch": not."""
    before = re.search(r"([A-Za-z]+)\s*$", text[max(0, start - 20) : start])
    if before and before.group(1).lower() in _NOT_DEGREE_BEFORE:
        return False
    word = text[start:end]
    if has_of or re.search(r"['\u2019]|s\b|degree", word[6:], re.I):
        return True
    after = text[end : end + 40]
    return bool(re.match(r"\s*(?:[(,:\-\u2013]|in\s+[A-Z]|\n|$)", after))


def _bare_ok(text: str, start: int, end: int, in_education: bool) -> bool:
    """Whether a bare "MS"/"BS"/"BA"/... at ``text[start:end]`` is a degree."""
    after = text[end : end + 60]
    nxt = re.match(r"[\s\-/]*([A-Za-z]+)", after)
    if nxt and nxt.group(1).lower() in _NOT_DEGREE_NEXT:
        return False
    if _CTX_AFTER.match(after) or _CTX_BEFORE.search(text[max(0, start - 20) : start]):
        return True
    if nxt and after[: nxt.start(1)].strip() == "" and nxt.group(1).lower() in _FIELD_START:
        return True
    if in_education:
        line_end = after.split("\n", 1)[0].strip()
        before = text[max(0, start - 3) : start]
        if _STATE_BEFORE.search(before):
            return False  # "Boston, MA"
        return line_end == "" or line_end[:1] in ",|-\u2013(" or bool(re.match(r"\d{4}", line_end))
    return False


# --------------------------------------------------------------------------- fields

_FIELD_LEAD = re.compile(
    r"^[ \t]*(?:\(?(?:hons|honou?rs)\.?\)?[ \t]*)?(?:\([ \t]*)?(?:degree\s+)?"
    r"(?:(?:in|of|with\s+a\s+major\s+in|major(?:ing)?\s+in)\s+|"
    r"[:,\-\u2013]\s*|-\s+|\(\s*)?",
    re.IGNORECASE,
)
_FIELD_STOP = re.compile(
    r"[,;|()\n\u2022]|\s[\-\u2013\u2014]\s|\s(?:from|at|with|along|and/or|or\s+equivalent|"
    r"or\s+a\s+related|19\d\d|20\d\d|GPA|CGPA|expected|is|are|plus|preferred|required)\b|"
    r"\s\d|\.\s|\.$|(?-i:\sand\s+(?=[a-z]|[A-Z]{2}))|\s{2,}|"
    r"\s(?:summa|magna|cum\s+laude|with\s+honou?rs|hons|minor|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"\b(?:university|college|institute|school|academy|polytechnic|iit|nit)\b", re.I
)
_IN_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:in|with\s+a\s+major\s+in)[ \t]+[A-Za-z]")
_NOT_FIELD_START = frozenset(
    """
degree and or from at in hons honours honors required preferred is are a an plus strongly
desired must with
""".split()
)
_PAREN = re.compile(r"[ \t]*\(([^()\n]{1,12})\)")
_GENERIC_OF = frozenset({"science", "arts", "sciences", "art"})
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")


def marks_an_education_entry(text: str) -> bool:
    """An institution and a year on one line ("Pune University, 2012"): the marks of an
    education entry, found even where no Education heading was."""
    return any(_INSTITUTION.search(line) and _YEAR.search(line) for line in text.split("\n"))


def _is_degree(word: str) -> bool:
    return any(rx.fullmatch(word) for _, rx, _, _ in _COMPILED)


def _field_after(text: str, end: int) -> str | None:
    """The field of study right after a degree name, or None."""
    rest = text[end : end + 160]
    paren = _PAREN.match(rest)
    if paren and any(rx.fullmatch(paren.group(1)) for _, rx, _, _ in _COMPILED):
        rest = rest[paren.end() :]  # "Bachelor of Science (B.S.) in Physics"
    lead = _FIELD_LEAD.match(rest)
    if lead is None or (lead.end() == 0 and not re.match(r"[ \t]+[A-Z]", rest)):
        return None
    rest = rest[lead.end() :]
    cut = _FIELD_STOP.search(rest)
    chunk = (rest[: cut.start()] if cut else rest).strip(" .:-")
    if not chunk or not chunk[0].isalpha() or len(chunk.split()) > 8:
        return None
    if _INSTITUTION.search(chunk) or _is_degree(chunk.split()[0]):
        return None
    first = chunk.split()[0].lower()
    if first in _NOT_FIELD_START:
        return None
    return chunk


# --------------------------------------------------------------------------- resumes


@dataclass(frozen=True)
class _Hit:
    level: str
    start: int
    end: int
    field: str | None


def _degree_hits(text: str, lo: int, hi: int, in_education: bool) -> list[_Hit]:
    hits: list[_Hit] = []
    for level, rx, needs_ctx, default in _COMPILED:
        for m in rx.finditer(text, lo, hi):
            if needs_ctx and not _bare_ok(text, m.start(), m.end(), in_education):
                continue
            of = m.groupdict().get("of")
            if level in ("master", "bachelor") and _WORD_FORM.match(m.group(0)):
                if not _word_form_ok(text, m.start(), m.end(), of is not None):
                    continue
            field = _field_after(text, m.end())
            if of and of.lower() not in _GENERIC_OF and not _IN_AFTER.match(text, m.end()):
                field = of  # "Master of Business Administration (MBA)"
            if level == "high_school":
                field = None  # "12th Major Project", "High School, Springfield": no field
            hits.append(_Hit(level, m.start(), m.end(), field or default))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[_Hit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue  # overlapping forms of one degree
        out.append(h)
    return out


def _line_of(text: str, offset: int) -> tuple[int, int, int]:
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset)
    hi = len(text) if hi < 0 else hi
    return lo, hi, text.count("\n", 0, offset) + 1


def _nearby_years(text: str, line_lo: int, line_hi: int, lo: int, hi: int) -> list[int]:
    """Years on the next two or the previous non-blank line of an Education block.

    Layouts put the date on its own line ("Dec 2014 | Ithaca, NY") or beside the
    school above the degree ("UC Berkeley 2019"). Lines naming another degree are
    skipped, so one degree never takes another's year.
    """
    below = [ln for ln in text[line_hi:hi].split("\n") if ln.strip()][:2]
    above = [ln for ln in text[lo:line_lo].split("\n") if ln.strip()][-1:]
    for line in below + above:
        if _degree_hits(line, 0, len(line), True):
            continue
        years = [int(y) for y in _YEAR.findall(line)]
        if years:
            return years
    return []


def parse_education(text: str, sections: list[Section]) -> list[EducationEntry]:
    """Degrees in the Education section(s), or in the whole text if there is none.

    One entry per degree and line: "Bachelor of Science (B.S.) in Physics" is one
    entry. Ordered by position.
    """
    scopes = [(s.body_start, s.end, True) for s in sections if s.name == "education"]
    if not scopes:
        scopes = [(0, len(text), False)]
    entries: list[EducationEntry] = []
    seen: set[tuple[int, str]] = set()
    for lo, hi, in_edu in scopes:
        for h in _degree_hits(text, lo, hi, in_edu):
            line_lo, line_hi, line_no = _line_of(text, h.start)
            key = (line_no, h.level)
            if key in seen:
                if h.field:  # a later form on the same line may name the field
                    for i, e in enumerate(entries):
                        if (e.line, e.level) == key and e.field is None:
                            entries[i] = EducationEntry(
                                e.level, h.field, e.text, e.line, e.start, e.year
                            )
                continue
            seen.add(key)
            line = text[line_lo:line_hi]
            years = [int(y) for y in _YEAR.findall(line)]
            if not years and in_edu:
                years = _nearby_years(text, line_lo, line_hi, lo, hi)
            entries.append(
                EducationEntry(
                    level=h.level,
                    field=h.field,
                    text=line.strip(),
                    line=line_no,
                    start=h.start,
                    year=max(years) if years else None,
                )
            )
    return entries


# --------------------------------------------------------------------------- roles

_GENERIC_DEGREE = re.compile(
    r"\b(?:(?:university|college|academic|tertiary)\s+degree|degree\s+(?:in|from)\b|"
    r"degree\s+or\s+equivalent|bachelor|graduate\s+degree)",
    re.IGNORECASE,
)
_EQUIVALENT = re.compile(
    r"\bor\s+(?:an?\s+)?equivalent\b|\bequivalent\s+(?:\w+\s+){0,2}experience\b|"
    r"\bor\s+(?:\w+\s+){0,2}(?:related|relevant)\s+(?:\w+\s+)?experience\b|"
    r"\bin\s+lieu\s+of\b|\bor\s+comparable\b",
    re.IGNORECASE,
)
_FIELDS_LEAD = re.compile(
    r"\b(?:degree|diploma|Ph\.?D\.?|MBA|Master|Bachelor)\S*\s+(?:in|of)\s+", re.IGNORECASE
)
_AFTER_DEGREE = re.compile(
    r"(?:\s*/\s*[A-Za-z.']+)*\s*(?:(?:degree|diploma)s?\s+)?(?:\([^()]{1,20}\)\s*)?"
    r"(?:in|of)\s+",
    re.IGNORECASE,
)
_FIELDS_STOP = re.compile(
    r"[.;:()\n]|\b(?:along|with|plus|and/or|preferred|required|is|are|from|who|that|"
    r"and\s+\d|or\s+(?:an?\s+)?equivalent|or\s+(?:\w+\s+){0,2}(?:related|relevant)\s+"
    r"(?:\w+\s+)?experience|\d+\+?\s+years?)\b",
    re.IGNORECASE,
)
_RELATED = re.compile(r"\brelated\b|\bsimilar\b|\bquantitative\b|\btechnical\b", re.IGNORECASE)


def _split_fields(chunk: str) -> tuple[str, ...]:
    parts = re.split(r",\s*(?:and\s+|or\s+)?|\s+or\s+|/", chunk)
    out: list[str] = []
    for part in parts:
        p = re.sub(r"^(?:an?|the|any|other)\s+", "", part.strip(" ,.-"), flags=re.I)
        p = re.sub(
            r"\s+(?:degree|field|fields|discipline|disciplines|subject|subjects)$",
            " field" if _RELATED.search(p) else "",
            p,
            flags=re.I,
        ).strip()
        if not p or not p[0].isalpha():
            continue
        if re.search(r"\brelated\b", p, re.I) or p.lower() in ("similar", "related"):
            p = "related field"
        if p.lower() in ("equivalent", "equivalent experience"):
            continue
        if p not in out:
            out.append(p)
    return tuple(out)


def parse_degree_requirement(sentence: str) -> DegreeRequirement | None:
    """The degree a role sentence asks for, or None if it names no degree.

    ``level`` is the lowest level the sentence accepts ("BS/MS" -> bachelor; "a degree
    in X" -> bachelor); ``fields`` the fields in the order named, any "related field"
    normalised to ``"related field"``; ``or_equivalent`` for "or equivalent (practical)
    experience" and similar escapes.
    """
    hits = _degree_hits(sentence, 0, len(sentence), in_education=False)
    levels = [h.level for h in hits]
    if not levels and _GENERIC_DEGREE.search(sentence):
        levels = ["bachelor"]
    if not levels:
        return None
    level = min(levels, key=level_rank)
    fields: tuple[str, ...] = ()
    lead = None
    for h in hits:
        lead = _AFTER_DEGREE.match(sentence, h.end)
        if lead:
            break
    lead = lead or _FIELDS_LEAD.search(sentence)
    if lead:
        rest = sentence[lead.end() :]
        stop = _FIELDS_STOP.search(rest)
        fields = _split_fields(rest[: stop.start()] if stop else rest)
    elif hits and hits[0].field:
        fields = (hits[0].field,)
    return DegreeRequirement(
        level=level,
        fields=fields,
        or_equivalent=bool(_EQUIVALENT.search(sentence)),
        text=" ".join(sentence.split()),
    )
