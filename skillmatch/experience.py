"""Dated experience entries, total professional months and months per skill.

Pure text, no spaCy. A resume's Experience section is a list of entries, each with a
date range ("Jan 2019 - Present", "2017-2020", "03/2018 to 11/2021"). An entry runs
from its heading lines to the next entry, so a skill mentioned inside it was used
for that entry's months. Overlapping ranges are merged before counting, so two jobs
held at once are not counted twice.

Reading rules worth knowing (each is a choice among several reasonable ones):

- Months are inclusive: "Jan 2019 - Mar 2019" is 3 months.
- A bare year is read as its middle: July as a start, June as an end, so
  "2017-2020" is 36 months (the usual reading: three years) and "2017 - 2017" is the
  whole year. Seasons: Winter = Jan-Feb, Spring = Mar-May, Summer = Jun-Aug,
  Fall/Autumn = Sep-Nov.
- "Present", "Current", "Now", "to date", "onwards", "since 2019" end at ``today``.
- Future starts and ends before starts are skipped with a warning; a future end is
  clamped to ``today`` with a warning; an impossible month ("13/2018") is skipped
  with a warning. Nothing here raises on odd dates.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from skillmatch.addresses import EMAIL, WEB_OPENING
from skillmatch.sections import Section

__all__ = [
    "DateRange",
    "ExperienceEntry",
    "ExperienceProfile",
    "SkillExperience",
    "parse_date_ranges",
    "parse_experience",
    "resolve_today",
    "scan_date_ranges",
    "skill_experience",
]

YearMonth = tuple[int, int]


@dataclass(frozen=True)
class DateRange:
    """One date range found in the text; ``start``/``end`` are inclusive (year, month).

    ``text`` is the matched text and ``[start_offset, end_offset)`` where it is.
    ``current`` is True for "Present"-like ends (``end`` is then today's month).
    """

    start: YearMonth
    end: YearMonth
    current: bool
    text: str
    start_offset: int
    end_offset: int

    @property
    def months(self) -> int:
        """Inclusive length in months ("Jan 2019 - Mar 2019" is 3)."""
        return _index(self.end) - _index(self.start) + 1


@dataclass(frozen=True)
class ExperienceEntry:
    """One job: its title line, its date range and its text span ``[start, end)``."""

    title: str
    date_range: DateRange
    start: int
    end: int
    months: int


@dataclass(frozen=True)
class ExperienceProfile:
    """All dated entries of a resume and the merged total (overlaps counted once)."""

    entries: tuple[ExperienceEntry, ...]
    total_months: int
    warnings: tuple[str, ...]

    @property
    def years(self) -> float:
        """``total_months`` in years, one decimal."""
        return round(self.total_months / 12, 1)


@dataclass(frozen=True)
class SkillExperience:
    """How long and how recently a skill was used, from the entries that mention it."""

    months: int
    last_used_year: int | None
    entries: int


# --------------------------------------------------------------------------- today


def resolve_today(today: date | None = None) -> date:
    """``today`` if given, else ``SKILLMATCH_TODAY`` (YYYY-MM-DD) if set, else the date.

    The variable exists so golden tests and reproducible reports can pin "Present".
    """
    if today is not None:
        return today
    pinned = os.environ.get("SKILLMATCH_TODAY", "").strip()
    if pinned:
        try:
            return date.fromisoformat(pinned)
        except ValueError as exc:
            raise ValueError(
                f"SKILLMATCH_TODAY must be a date as YYYY-MM-DD, not {pinned!r}"
            ) from exc
    return date.today()


# --------------------------------------------------------------------------- date grammar

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_SEASONS = {
    "winter": (1, 2), "spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11),
}  # fmt: skip

_MON = (
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_Y4 = r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)"
_Y2 = r"['\u2019]\d\d(?!\d)"
_SEASON = r"(?:winter|spring|summer|fall|autumn)"
_POINT = (
    r"(?:"
    rf"{_SEASON}\s+(?:{_Y4}|{_Y2})"
    rf"|{_MON}[,'\u2019\-/]?\s*(?:{_Y4}|{_Y2})"
    rf"|(?<![\d/.])\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]{_Y4}"
    rf"|(?<![\d/.])\d{{1,2}}(?:[/.\-]|[ \t]/[ \t]){_Y4}"
    rf"|{_Y4}[./]\d{{1,2}}(?![\d/.])"
    rf"|{_Y4}-(?:0[1-9]|1[0-2])(?![\d/.\-])"
    rf"|{_Y4}"
    r")"
)
_DASH = r"[\-\u00ad\u2010-\u2015\u2212~]+"
_WS = r"[ \t\u00a0]*(?:\n[ \t\u00a0]*)?"
_SEP = (
    rf"(?:{_DASH}(?:{_WS}(?:to|till|until)\b)?|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b"
    r"|/(?=\s*(?:now|present|current)))"
)
_NOW = (
    r"(?:present|current(?:ly)?|now|today|ongoing|continuing|date|the\s+present|"
    r"till\s+(?:date|now)|to\s+date)\b"
)

_RANGE = re.compile(
    rf"(?P<a>{_POINT}){_WS}{_SEP}{_WS}(?:(?P<now>{_NOW})|(?P<b>{_POINT}))",
    re.IGNORECASE,
)
# "Jan - Mar 2019": two months sharing one year
_MONTH_PAIR = re.compile(
    rf"(?P<m1>{_MON}){_WS}{_SEP}{_WS}(?P<m2>{_MON}),?\s*(?P<y>{_Y4}|{_Y2})",
    re.IGNORECASE,
)
_SINCE = re.compile(rf"\bsince\s+(?P<a>{_POINT})", re.IGNORECASE)
# "2016 onwards", and "August 2014 Present" where a PDF lost the dash
_ONWARDS = re.compile(
    rf"(?P<a>{_POINT})[ \t]*(?:onwards?|to\s+date|till\s+date|till\s+now|present|current)\b",
    re.IGNORECASE,
)
# "2005-06": an academic or fiscal year written short
_SHORT_YEARS = re.compile(rf"(?P<a>{_Y4})[ \t]*[\-\u2013][ \t]*(?P<yy>\d\d)(?![\d/.\-])")
# "2019 -" with nothing after it on the line: an open range
_OPEN = re.compile(rf"(?P<a>{_POINT})[ \t]*{_DASH}(?=[ \t]*(?:\n|\Z))", re.IGNORECASE)
_SEASON_ALONE = re.compile(rf"\b(?P<a>{_SEASON}\s+(?:{_Y4}|{_Y2}))", re.IGNORECASE)

_P_SEASON = re.compile(rf"^({_SEASON})\s+(\d{{4}}|{_Y2})$", re.IGNORECASE)
_P_MON = re.compile(rf"^({_MON})[,'\u2019\-/]?\s*(\d{{4}}|{_Y2})$", re.IGNORECASE)
_P_MDY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_P_MY = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")  # also "08 / 2008"
_P_YM = re.compile(r"^(\d{4})\s*[./\-]\s*(\d{1,2})$")
_P_Y = re.compile(r"^(\d{4})$")


class _BadDate(ValueError):
    """A date-shaped text that names no real month."""


def _year(token: str, today: date) -> int:
    token = token.strip()
    if token[0] in "'\u2019":
        yy = int(token[1:])
        return 2000 + yy if yy <= today.year % 100 + 1 else 1900 + yy
    return int(token)


def _point(text: str, today: date) -> tuple[YearMonth, YearMonth, bool]:
    """(first month, last month, year_only) covered by one date point."""
    t = " ".join(text.split())
    if m := _P_SEASON.match(t):
        lo, hi = _SEASONS[m.group(1).lower()]
        y = _year(m.group(2), today)
        return (y, lo), (y, hi), False
    if m := _P_MON.match(t):
        mon = _MONTHS[m.group(1).lower()[:3]]
        y = _year(m.group(2), today)
        return (y, mon), (y, mon), False
    if m := _P_MDY.match(t):
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        mon = a if 1 <= a <= 12 else b  # US month/day first, else day/month
        if not 1 <= mon <= 12 or not 1 <= (b if mon == a else a) <= 31:
            raise _BadDate(text)
        return (y, mon), (y, mon), False
    if m := _P_MY.match(t):
        mon, y = int(m.group(1)), int(m.group(2))
    elif m := _P_YM.match(t):
        y, mon = int(m.group(1)), int(m.group(2))
    elif m := _P_Y.match(t):
        y = int(m.group(1))
        return (y, 1), (y, 12), True
    else:  # pragma: no cover - the scanning regexes only hand over these shapes
        raise _BadDate(text)
    if not 1 <= mon <= 12:
        raise _BadDate(text)
    return (y, mon), (y, mon), False


def _index(ym: YearMonth) -> int:
    return ym[0] * 12 + ym[1] - 1


def _fmt(ym: YearMonth) -> str:
    return f"{ym[0]:04d}-{ym[1]:02d}"


def _make_range(
    a_text: str,
    b_text: str | None,
    current: bool,
    match_text: str,
    start: int,
    end: int,
    today: date,
    warnings: list[str],
) -> DateRange | None:
    """Build one DateRange from its end points, or None (with a warning) if impossible."""
    shown = " ".join(match_text.split())
    try:
        a_lo, a_hi, a_year = _point(a_text, today)
        if b_text is not None:
            b_lo, b_hi, b_year = _point(b_text, today)
    except _BadDate:
        warnings.append(f"impossible date {shown!r}: skipped")
        return None
    now = (today.year, today.month)
    silent_clamp = False  # a bare current year as an end is not "in the future"
    if b_text is None and not current:  # a single point standing for itself
        first, last = a_lo, a_hi
    else:
        first = (a_lo[0], 7) if a_year else a_lo
        if a_year and _index(first) > _index(now) >= _index(a_lo):
            first = a_lo  # "since <this year>" early in the year
        if current:
            last = now
        elif b_year:
            last = (b_hi[0], 6)
            if _index(last) < _index(first) and b_hi[0] == first[0]:
                first, last = (a_lo if a_year else first), b_hi  # "2017 - 2017"
            silent_clamp = b_hi[0] == now[0]
        else:
            last = b_hi
    if silent_clamp and _index(last) > _index(now):
        last = now
    if _index(first) > _index(now):
        warnings.append(f"date range {shown!r} starts in the future: skipped")
        return None
    if _index(last) < _index(first):
        warnings.append(f"date range {shown!r} ends before it starts: skipped")
        return None
    if _index(last) > _index(now):
        warnings.append(f"date range {shown!r} ends in the future: counted up to {_fmt(now)}")
        last = now
    return DateRange(
        start=first,
        end=last,
        current=current,
        text=match_text.strip(),
        start_offset=start,
        end_offset=end,
    )


def _glued(text: str, start: int, end: int) -> bool:
    """Part of a longer number ("555-2019-2020", "2019-2020-2021"): not a date range."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (len(before) == 2 and before[0].isdigit() and before[1] in "-/.") or (
        len(after) == 2 and after[0] in "-/" and after[1].isdigit()
    )


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text that can hold a date: each line with a digit plus the line
    before and after it (a range may wrap: "June 2020 –\nPresent"). Every date has a
    digit, so the patterns need not be tried anywhere else, which saves most of the time."""
    windows: list[tuple[int, int]] = []
    for match in re.finditer(r"\d", text):
        at = match.start()
        if windows and at < windows[-1][1]:
            continue
        lo = text.rfind("\n", 0, max(text.rfind("\n", 0, at), 0)) + 1
        hi = text.find("\n", at)
        hi = len(text) if hi < 0 else text.find("\n", hi + 1)
        hi = len(text) if hi < 0 else hi
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def scan_date_ranges(text: str, today: date) -> tuple[list[DateRange], list[str]]:
    """Every date range in ``text`` in order, plus warnings for the impossible ones."""
    found: list[tuple[int, int, str, str | None, bool]] = []  # start, end, a, b, current
    windows = _digit_windows(text)

    def scan(rx: re.Pattern[str]) -> Iterator[re.Match[str]]:
        for lo, hi in windows:
            yield from rx.finditer(text, lo, hi)

    for m in scan(_RANGE):
        found.append((m.start(), m.end(), m.group("a"), m.group("b"), m.group("now") is not None))
    for m in scan(_MONTH_PAIR):
        y = m.group("y")
        m1, m2 = m.group("m1"), m.group("m2")
        y1 = y
        if _MONTHS[m1.lower()[:3]] > _MONTHS[m2.lower()[:3]]:  # "Nov - Feb 2015"
            y1 = str(_year(y, today) - 1)
        found.append((m.start(), m.end(), f"{m1} {y1}", f"{m2} {y}", False))
    for rx in (_SINCE, _ONWARDS, _OPEN):
        for m in scan(rx):
            found.append((m.start(), m.end(), m.group("a"), None, True))
    for m in scan(_SHORT_YEARS):
        a, yy = int(m.group("a")), int(m.group("yy"))
        b = a - a % 100 + yy + (100 if yy < a % 100 else 0)
        if 0 < b - a <= 10:
            found.append((m.start(), m.end(), m.group("a"), str(b), False))
    for m in scan(_SEASON_ALONE):
        found.append((m.start(), m.end(), m.group("a"), None, False))
    # earliest first, longest first; drop anything overlapping an accepted match
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    ranges: list[DateRange] = []
    warnings: list[str] = []
    taken_until = -1
    for start, end, a, b, current in found:
        if start < taken_until or _glued(text, start, end):
            continue
        taken_until = end
        dr = _make_range(a, b, current, text[start:end], start, end, today, warnings)
        if dr is not None:
            ranges.append(dr)
    return ranges, warnings


def parse_date_ranges(text: str, today: date) -> list[DateRange]:
    """Every valid date range in ``text`` (see :func:`scan_date_ranges` for warnings)."""
    return scan_date_ranges(text, today)[0]


# --------------------------------------------------------------------------- merging


def _merged_months(ranges: Iterable[DateRange]) -> int:
    """Months covered by the union of ``ranges`` (overlaps counted once)."""
    spans = sorted((_index(r.start), _index(r.end)) for r in ranges)
    total = 0
    cur_lo = cur_hi = None
    for lo, hi in spans:
        if cur_hi is None or lo > cur_hi + 1:
            if cur_hi is not None:
                total += cur_hi - cur_lo + 1
            cur_lo, cur_hi = lo, hi
        else:
            cur_hi = max(cur_hi, hi)
    if cur_hi is not None:
        total += cur_hi - cur_lo + 1
    return total


# --------------------------------------------------------------------------- entries

# Sections whose dates are not employment (used when there is no Experience section).
_NOT_EMPLOYMENT = frozenset({
    "education", "projects", "publications", "awards", "certifications", "volunteering",
    "references", "interests", "languages",
})  # fmt: skip
_BULLET = re.compile(r"^\s*(?:[•\-*●▪◦·✓➢■□>–—o]\s|[•●▪◦·✓➢■□]|\d+[.)]\s)")
_HEADER_MAX_WORDS = 14
_ENTRY_MAX_WORDS = 20
_MAX_HEADER_LINES = 3


def _scopes(text: str, sections: list[Section]) -> list[tuple[int, int]]:
    """The [start, end) spans whose dates are professional experience."""
    exp = [(s.body_start, s.end) for s in sections if s.name == "experience"]
    if exp:
        return exp
    spans: list[tuple[int, int]] = []
    pos = 0
    for s in sections:
        if s.name in _NOT_EMPLOYMENT:
            if s.start > pos:
                spans.append((pos, s.start))
            pos = s.end
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _line_bounds(text: str, offset: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, offset) + 1
    hi = text.find("\n", offset)
    return lo, len(text) if hi < 0 else hi


def _is_entry_line(line: str) -> bool:
    """A line whose date range heads an entry (not a date inside a bullet or sentence)."""
    return not _BULLET.match(line) and len(line.split()) <= _ENTRY_MAX_WORDS


def _is_header_line(line: str) -> bool:
    s = line.strip()
    return (
        bool(s)
        and not _BULLET.match(line)
        and len(s.split()) <= _HEADER_MAX_WORDS
        and not s.endswith((".", ";"))
    )


_NOISE = re.compile(rf"{WEB_OPENING}|{EMAIL.pattern}|^\s*(?:page\s+)?\d+\s*(?:/\s*\d+)?\s*$", re.I)
_TITLE_STRIP = " \t|,;:()[]-\u2013\u2014\u00ad\u2022·@"


def _clean_title(s: str) -> str:
    s = " ".join(s.split()).strip(_TITLE_STRIP)
    return s[:120]


_PLACE = re.compile(
    r"(?:^|\s|,)(?:location|remote|hybrid|on-?site)\b"
    r"|,\s*(?:[A-Z]{2}|USA|U\.S\.A\.?|US|UK|India|Canada|Germany|France|Australia|"
    r"Singapore|Netherlands|Ireland|Spain|Israel|China|Japan|Korea|S\.Korea|Brazil)\.?$",
    re.IGNORECASE,
)
_LABEL_WORDS = frozenset({"date", "dates", "period", "duration", "from", "tenure", "since"})
_LABEL = re.compile(r"^(?:date|dates|period|duration)\s*:\s*", re.IGNORECASE)


def _looks_like_place(s: str) -> bool:
    """ "New York, NY", "Location: Sunnyvale, CA", "Remote": a location, not a job title."""
    return len(s.split()) <= 6 and bool(_PLACE.search(s))


def _title(
    text: str, dr: DateRange, header_start: int, line_lo: int, line_hi: int, stop: int
) -> str:
    """The entry's name: the date line without the date, else a header line, else the next."""
    own = _clean_title(text[line_lo : dr.start_offset] + " " + text[dr.end_offset : line_hi])
    own = _clean_title(_LABEL.sub("", own))
    if own.lower() in _LABEL_WORDS:
        own = ""
    own_ok = _is_entry_line(text[line_lo:line_hi]) and not _looks_like_place(own)
    if sum(c.isalpha() for c in own) >= 2 and own_ok:
        return own
    above = text[header_start:line_lo].split("\n")
    below = text[max(line_hi, dr.end_offset) : stop].split("\n")
    for line in above + below:
        if _clean_title(line) and not _NOISE.search(line):
            return _clean_title(line)
    return own


def _entries_in(text: str, lo: int, hi: int, ranges: list[DateRange]) -> list[ExperienceEntry]:
    """Cut ``text[lo:hi]`` into entries, one per heading date range."""
    heads = [r for r in ranges if _is_entry_line(text[slice(*_line_bounds(text, r.start_offset))])]
    if not heads:
        heads = list(ranges)
    # one entry per line: a second range on the same line belongs to the first
    deduped: list[DateRange] = []
    last_line = -1
    for r in heads:
        line_lo = _line_bounds(text, r.start_offset)[0]
        if line_lo != last_line:
            deduped.append(r)
            last_line = line_lo
    heads = deduped
    if not heads:
        return []
    # How many header lines sit above a date line? Learn it from the first entry.
    first_lo = _line_bounds(text, heads[0].start_offset)[0]
    above = [ln for ln in text[lo:first_lo].split("\n") if ln.strip()]
    n_header = min(len(above), _MAX_HEADER_LINES)

    starts: list[int] = []
    prev_line_hi = lo
    for i, r in enumerate(heads):
        line_lo, line_hi = _line_bounds(text, r.start_offset)
        if i == 0:
            start = lo if n_header else line_lo
        else:
            start = line_lo
            taken = 0
            cursor = line_lo
            while taken < n_header and cursor > prev_line_hi:
                p_lo, _ = _line_bounds(text, cursor - 1)
                line = text[p_lo : cursor - 1]
                if not line.strip() or _NOISE.search(line):  # blank, or a page-break URL
                    cursor = p_lo
                    continue
                if not _is_header_line(line) or p_lo < prev_line_hi:
                    break
                start = p_lo
                cursor = p_lo
                taken += 1
        starts.append(max(start, lo))
        prev_line_hi = max(line_hi, r.end_offset)
    entries: list[ExperienceEntry] = []
    for i, r in enumerate(heads):
        end = starts[i + 1] if i + 1 < len(heads) else hi
        line_lo, line_hi = _line_bounds(text, r.start_offset)
        title = _title(text, r, starts[i], line_lo, line_hi, end)
        entries.append(
            ExperienceEntry(title=title, date_range=r, start=starts[i], end=end, months=r.months)
        )
    return entries


def parse_experience(
    text: str, sections: list[Section], today: date | None = None
) -> ExperienceProfile:
    """Dated entries of the Experience section(s) and the merged total months.

    Without an Experience section the whole text counts except sections whose dates
    are not jobs (education, projects, certifications, awards, ...). ``today``
    defaults to :func:`resolve_today`.
    """
    now = resolve_today(today)
    entries: list[ExperienceEntry] = []
    warnings: list[str] = []
    for lo, hi in _scopes(text, sections):
        ranges, warns = scan_date_ranges(text[lo:hi], now)
        warnings.extend(warns)
        shifted = [
            DateRange(r.start, r.end, r.current, r.text, r.start_offset + lo, r.end_offset + lo)
            for r in ranges
        ]
        entries.extend(_entries_in(text, lo, hi, shifted))
    total = _merged_months(e.date_range for e in entries)
    return ExperienceProfile(entries=tuple(entries), total_months=total, warnings=tuple(warnings))


def skill_experience(
    profile: ExperienceProfile, offsets_by_skill: dict[str, list[int]]
) -> dict[str, SkillExperience]:
    """Months, last year used and entry count per skill, from the entries mentioning it.

    A skill mentioned in two overlapping jobs counts the overlap once. Skills with no
    mention inside any entry get ``SkillExperience(0, None, 0)``.
    """
    out: dict[str, SkillExperience] = {}
    for skill, offsets in offsets_by_skill.items():
        hits = [e for e in profile.entries if any(e.start <= o < e.end for o in offsets)]
        if not hits:
            out[skill] = SkillExperience(months=0, last_used_year=None, entries=0)
            continue
        out[skill] = SkillExperience(
            months=_merged_months(e.date_range for e in hits),
            last_used_year=max(e.date_range.end[0] for e in hits),
            entries=len(hits),
        )
    return out
