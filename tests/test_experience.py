"""Date ranges, experience entries, merged totals and months per skill."""

from __future__ import annotations

from datetime import date

import pytest

from skillmatch.experience import (
    DateRange,
    parse_date_ranges,
    parse_experience,
    resolve_today,
    scan_date_ranges,
    skill_experience,
)
from skillmatch.sections import find_sections

TODAY = date(2026, 11, 15)


def one(text: str) -> DateRange:
    ranges = parse_date_ranges(text, TODAY)
    assert len(ranges) == 1, ranges
    return ranges[0]


@pytest.mark.parametrize(
    "text, start, end, current, months",
    [
        ("Jan 2019 - Present", (2019, 1), (2026, 11), True, 95),
        ("January 2019 – Current", (2019, 1), (2026, 11), True, 95),
        ("Jan 2019 — Now", (2019, 1), (2026, 11), True, 95),
        ("Feb 2016 to Present", (2016, 2), (2026, 11), True, 130),
        ("Sept 2015 to date", (2015, 9), (2026, 11), True, 135),
        ("Nov 2011 - Till Sep 2012", (2011, 11), (2012, 9), False, 11),
        ("Jan 2019 until Mar 2020", (2019, 1), (2020, 3), False, 15),
        ("Sep. 2023 \u00ad Mar. 2024", (2023, 9), (2024, 3), False, 7),  # PDF soft hyphen
        ("2017-2020", (2017, 7), (2020, 6), False, 36),  # bare years: read as mid-year
        ("2017 – present", (2017, 7), (2026, 11), True, 113),
        ("2017 - 2017", (2017, 1), (2017, 12), False, 12),
        ("03/2018 to 11/2021", (2018, 3), (2021, 11), False, 45),
        ("3/2018 - 11/2021", (2018, 3), (2021, 11), False, 45),
        ("2018.03 - 2021.11", (2018, 3), (2021, 11), False, 45),
        ("2019-03 – 2021-11", (2019, 3), (2021, 11), False, 33),
        ("01/15/2019 - 03/20/2020", (2019, 1), (2020, 3), False, 15),
        ("Summer 2020", (2020, 6), (2020, 8), False, 3),
        ("Spring 2021", (2021, 3), (2021, 5), False, 3),
        ("Fall 2019 - Spring 2020", (2019, 9), (2020, 5), False, 9),
        ("Winter 2020", (2020, 1), (2020, 2), False, 2),
        ("Jun '19 - Aug '21", (2019, 6), (2021, 8), False, 27),
        ("Jun \u201919 - Aug \u201921", (2019, 6), (2021, 8), False, 27),
        ("since 2019", (2019, 7), (2026, 11), True, 89),
        ("since March 2020", (2020, 3), (2026, 11), True, 81),
        ("(September 2017 onwards)", (2017, 9), (2026, 11), True, 111),
        ("Jan - Mar 2019", (2019, 1), (2019, 3), False, 3),
        ("Nov - Feb 2015", (2014, 11), (2015, 2), False, 4),
        ("June 2020 –\nPresent", (2020, 6), (2026, 11), True, 78),  # split over two lines
        ("Jan 2019 to Mar 2019", (2019, 1), (2019, 3), False, 3),
        ("August 2014 Present", (2014, 8), (2026, 11), True, 148),  # dash lost in extraction
        ("Feb 2011/Now", (2011, 2), (2026, 11), True, 190),
        ("08 / 2008 - 09 / 2009", (2008, 8), (2009, 9), False, 14),
        ("Jan-2014 to Jun-2015", (2014, 1), (2015, 6), False, 18),
        ("May/2008 - May/2016", (2008, 5), (2016, 5), False, 97),
        ("from Dec' 2015 to Sept' 2016", (2015, 12), (2016, 9), False, 10),
        ("2005-06", (2005, 7), (2006, 6), False, 12),  # academic/fiscal year written short
        ("1999-01", (1999, 7), (2001, 6), False, 24),
    ],
)
def test_date_forms(
    text: str, start: tuple[int, int], end: tuple[int, int], current: bool, months: int
) -> None:
    dr = one(text)
    assert (dr.start, dr.end, dr.current, dr.months) == (start, end, current, months)


def test_offsets_point_into_the_text() -> None:
    text = "Engineer, Acme   Mar 2018 - Jun 2020\n"
    dr = one(text)
    assert text[dr.start_offset : dr.end_offset] == dr.text == "Mar 2018 - Jun 2020"


@pytest.mark.parametrize(
    "text",
    [
        "Phone 555-2019-2020",
        "In 2019 we grew. 5 engineers joined.",
        "Released 2019-03",  # one ISO month, not a range
        "Summary 2019",
        "May 2020",  # a single month is a date, not a range
        "2022 - AWS Community Builder",
    ],
)
def test_not_ranges(text: str) -> None:
    assert parse_date_ranges(text, TODAY) == []


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("13/2018 - 11/2021", "impossible date"),
        ("Jan 2027 - Present", "starts in the future"),
        ("Mar 2020 - Jan 2019", "ends before it starts"),
    ],
)
def test_impossible_ranges_warn_and_are_skipped(text: str, fragment: str) -> None:
    ranges, warnings = scan_date_ranges(text, TODAY)
    assert ranges == []
    assert len(warnings) == 1 and fragment in warnings[0]


def test_future_end_is_clamped_with_a_warning() -> None:
    ranges, warnings = scan_date_ranges("Jan 2024 - Dec 2028", TODAY)
    assert [(r.start, r.end) for r in ranges] == [((2024, 1), (2026, 11))]
    assert "ends in the future" in warnings[0]


def test_current_year_as_bare_end_is_not_a_future_date() -> None:
    ranges, warnings = scan_date_ranges("2024 - 2026", date(2026, 3, 1))
    assert warnings == [] and ranges[0].end == (2026, 3)


RESUME = """Jane Roe

Skills
Python, Go, Kafka

Experience
Senior Engineer, Acme Corp    Jan 2021 - Present
• Built payment services in Go and Kafka.
• Mentored two engineers.

Software Engineer, Beta Inc    Mar 2018 - Jun 2021
• Python APIs with Django.
• Kafka consumers.

Teaching Assistant, State University    Sep 2016 - May 2017
• Taught Python.

Education
B.S. Computer Science    2013 - 2017
"""


def test_entries_and_merged_total() -> None:
    profile = parse_experience(RESUME, find_sections(RESUME), TODAY)
    titles = [e.title for e in profile.entries]
    assert titles == [
        "Senior Engineer, Acme Corp",
        "Software Engineer, Beta Inc",
        "Teaching Assistant, State University",
    ]
    # Jan 2021-Nov 2026 (71) overlaps Mar 2018-Jun 2021 (40): union Mar 2018-Nov 2026 = 105
    assert profile.total_months == 105 + 9
    assert profile.years == 9.5
    assert profile.warnings == ()
    # the education range is not professional experience
    assert all(e.date_range.start != (2013, 7) for e in profile.entries)


def test_entry_spans_run_to_the_next_entry() -> None:
    profile = parse_experience(RESUME, find_sections(RESUME), TODAY)
    first, second, third = profile.entries
    assert RESUME[first.start :].startswith("Senior Engineer")
    assert first.end == second.start
    assert "Mentored" in RESUME[first.start : first.end]
    assert third.end == RESUME.index("Education")


def test_skill_months_merge_overlaps_and_last_year() -> None:
    profile = parse_experience(RESUME, find_sections(RESUME), TODAY)
    offsets = {
        "go": [RESUME.index("Go and Kafka")],
        "kafka": [RESUME.index("Kafka."), RESUME.index("Kafka consumers")],
        "python": [RESUME.index("Python APIs"), RESUME.index("Taught Python")],
        "django": [RESUME.index("Django")],
        "rust": [],
        "skills-only": [RESUME.index("Python, Go")],  # in Skills: no dated entry
    }
    got = skill_experience(profile, offsets)
    assert got["go"].months == 71 and got["go"].last_used_year == 2026
    assert got["kafka"].months == 105 and got["kafka"].entries == 2  # overlap counted once
    assert got["python"].months == 40 + 9 and got["python"].last_used_year == 2021
    assert got["django"].entries == 1
    assert got["rust"].months == 0 and got["rust"].last_used_year is None
    assert got["skills-only"].entries == 0


HEADER_ABOVE = """WORK EXPERIENCE

Java Developer

Initech -  Pune, Maharashtra -

February 2016 to Present

Built quoting services.

Java Intern

Initech -  Mysore, Karnataka -

June 2015 to November 2015

Internship in Core Java and SQL.

EDUCATION
Bachelor of Engineering
"""


def test_layout_with_title_and_company_above_the_dates() -> None:
    profile = parse_experience(HEADER_ABOVE, find_sections(HEADER_ABOVE), TODAY)
    assert [e.title for e in profile.entries] == ["Java Developer", "Java Intern"]
    intern = profile.entries[1]
    assert HEADER_ABOVE[intern.start :].startswith("Java Intern")
    assert profile.entries[0].end == intern.start
    assert intern.months == 6


DATES_FIRST = """Experience
June 2020 –
Present
Stack Developer, Acme, Springfield
Built Node.js services.
July 2015 –
May 2020
Full Stack Developer, Beta, Springfield
Built React apps.
"""


def test_layout_with_dates_before_the_title() -> None:
    profile = parse_experience(DATES_FIRST, find_sections(DATES_FIRST), TODAY)
    assert [e.title for e in profile.entries] == [
        "Stack Developer, Acme, Springfield",
        "Full Stack Developer, Beta, Springfield",
    ]
    react = DATES_FIRST.index("React")
    assert profile.entries[1].start <= react < profile.entries[1].end


def test_no_experience_section_uses_text_except_education() -> None:
    text = "Jane Roe\nEngineer at Acme, 2019 - 2021\n\nEducation\nB.A. History 2012 - 2016\n"
    profile = parse_experience(text, find_sections(text), TODAY)
    assert [e.date_range.start for e in profile.entries] == [(2019, 7)]
    assert profile.total_months == 24


def test_bad_dates_in_experience_become_warnings() -> None:
    text = "Experience\nEngineer, Acme  13/2018 - 11/2021\nIntern, Beta  Mar 2020 - Jan 2019\n"
    profile = parse_experience(text, find_sections(text), TODAY)
    assert profile.entries == ()
    assert profile.total_months == 0
    assert len(profile.warnings) == 2


def test_empty_text() -> None:
    profile = parse_experience("", [], TODAY)
    assert profile.entries == () and profile.total_months == 0


def test_today_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKILLMATCH_TODAY", "2030-02-03")
    assert resolve_today() == date(2030, 2, 3)
    assert resolve_today(TODAY) == TODAY
    profile = parse_experience("Experience\nEngineer  Jan 2030 - Present\n", [])
    assert profile.total_months == 2
    monkeypatch.setenv("SKILLMATCH_TODAY", "soon")
    with pytest.raises(ValueError, match="SKILLMATCH_TODAY"):
        resolve_today()
