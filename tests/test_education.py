"""Degree entries on resumes and degree requirements in role sentences."""

from __future__ import annotations

import pytest

from skillmatch.education import (
    LEVELS,
    DegreeRequirement,
    highest_level,
    level_rank,
    parse_degree_requirement,
    parse_education,
)
from skillmatch.sections import find_sections


def degrees(text: str) -> list[tuple[str, str | None]]:
    return [(e.level, e.field) for e in parse_education(text, find_sections(text))]


@pytest.mark.parametrize(
    "line, level, field",
    [
        ("B.S. in Computer Science, State University, 2015", "bachelor", "Computer Science"),
        ("BS Computer Science, 2014", "bachelor", "Computer Science"),
        ("B.Sc. Mathematics", "bachelor", "Mathematics"),
        ("BSc, Physics", "bachelor", "Physics"),
        ("BA Economics", "bachelor", "Economics"),
        ("B.A. in History", "bachelor", "History"),
        ("B.Eng Electrical Engineering", "bachelor", "Electrical Engineering"),
        ("BEng in Software Engineering", "bachelor", "Software Engineering"),
        ("B.Tech (Computer Science) 2015", "bachelor", "Computer Science"),
        ("B.E. in Electronics", "bachelor", "Electronics"),
        ("Bachelor's degree in Nursing", "bachelor", "Nursing"),
        ("Bachelor of Science in Computer Science", "bachelor", "Computer Science"),
        ("Bachelor of Engineering in Mechanical Engineering", "bachelor", "Mechanical Engineering"),
        ("Bachelor of Science, Computer Science", "bachelor", "Computer Science"),
        ("B.Sc (Hons) Physics, May 2010", "bachelor", "Physics"),
        ("Bachelor of Engineering in Digital Marketing", "bachelor", "Digital Marketing"),
        ("BA in Journalism, December 2012", "bachelor", "Journalism"),
        ("Master's in Data Science", "master", "Data Science"),
        ("Master of Science in Statistics", "master", "Statistics"),
        ("M.S. in Computer Science", "master", "Computer Science"),
        ("MS in Information Technology", "master", "Information Technology"),
        ("MSc Artificial Intelligence", "master", "Artificial Intelligence"),
        ("MBA, 2012", "master", "Business Administration"),
        ("Master of Business Administration (MBA)", "master", "Business Administration"),
        ("M.Eng in Civil Engineering", "master", "Civil Engineering"),
        ("MTech in Computer Science", "master", "Computer Science"),
        ("PhD in Computer Science, 2012", "phd", "Computer Science"),
        ("Ph.D. in Physics", "phd", "Physics"),
        ("Doctorate in Education", "phd", "Education"),
        ("Associate's degree in Nursing", "associate", "Nursing"),
        ("Associate of Applied Science", "associate", None),
        ("A.S. in Business", "associate", "Business"),
        ("AAS in Nursing", "associate", "Nursing"),
        ("High School Diploma, 2005", "high_school", None),
        ("GED", "high_school", None),
    ],
)
def test_degree_forms(line: str, level: str, field: str | None) -> None:
    assert degrees(f"Education\n{line}\n") == [(level, field)]


def test_entry_fields() -> None:
    text = "Jane Roe\n\nEducation\nState University\nB.S. in Physics, 2016\n"
    (entry,) = parse_education(text, find_sections(text))
    assert entry.line == 5
    assert entry.text == "B.S. in Physics, 2016"
    assert text[entry.start :].startswith("B.S.")
    assert entry.year == 2016


def test_several_degrees_in_order() -> None:
    text = (
        "Education\nPhD in Computer Science, 2012\nM.S. in Computer Science, 2009\n"
        "B.S. in Mathematics, 2007\n"
    )
    assert [lvl for lvl, _ in degrees(text)] == ["phd", "master", "bachelor"]
    assert highest_level(parse_education(text, find_sections(text))) == "phd"
    assert highest_level([]) is None


def test_one_entry_for_a_degree_written_two_ways() -> None:
    assert degrees("Education\nBachelor of Science (B.S.) in Physics\n") == [
        ("bachelor", "Physics")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Skills\nMS Excel, MS Office, MS-Word, MS SQL Server\n",
        "Experience\nCertified Scrum Master at Acme; Master Data Management rollout\n",
        "Education\nHarvard University, Cambridge, MA\n",
        "Summary\nI will BE there. AS needed.\n",
        "Skills\nGit: merged into master branch daily\n",
    ],
)
def test_not_degrees(text: str) -> None:
    assert degrees(text) == []


def test_ms_degree_outside_education_needs_context() -> None:
    text = "Summary\nEngineer with an MS in Computer Science and MS Excel skills.\n"
    assert degrees(text) == [("master", "Computer Science")]


def test_state_code_is_not_a_degree_but_the_mba_below_is() -> None:
    text = "Education\nHarvard University, Cambridge, MA\nMBA, 2012\n"
    assert degrees(text) == [("master", "Business Administration")]


def test_level_rank() -> None:
    assert [level_rank(lvl) for lvl in LEVELS] == [0, 1, 2, 3, 4]
    assert level_rank("master") > level_rank("bachelor")
    with pytest.raises(ValueError):
        level_rank("doctor")


def test_role_requirement_with_or_equivalent() -> None:
    req = parse_degree_requirement(
        "Bachelor's degree in Computer Science, Engineering, or a related field, "
        "or equivalent practical experience"
    )
    assert req == DegreeRequirement(
        level="bachelor",
        fields=("Computer Science", "Engineering", "related field"),
        or_equivalent=True,
        text=req.text if req else "",
    )


@pytest.mark.parametrize(
    "sentence, level, fields, equivalent",
    [
        (
            "Most positions require a Bachelor\u2019s degree in Computer Science, Engineering, "
            "or a related field, along with 2-5 years of professional experience.",
            "bachelor",
            ("Computer Science", "Engineering", "related field"),
            False,
        ),
        (
            "BS/MS degree in Computer Science, Engineering, or a related subject.",
            "bachelor",
            ("Computer Science", "Engineering", "related field"),
            False,
        ),
        (
            "BA/BS in Computer Science or related technical field",
            "bachelor",
            ("Computer Science", "related field"),
            False,
        ),
        (
            "Master's degree or PhD in Statistics or Mathematics preferred",
            "master",
            ("Statistics", "Mathematics"),
            False,
        ),
        (
            "Degree in Computer Science or equivalent experience",
            "bachelor",
            ("Computer Science",),
            True,
        ),
        ("High school diploma or GED required", "high_school", (), False),
        ("Four-year college degree required", "bachelor", (), False),
        (
            "Bachelor’s degree (B.S./B.A.) in Information Technology",
            "bachelor",
            ("Information Technology",),
            False,
        ),
        (
            "A degree in Computer Science, Mathematics, Physics or similar",
            "bachelor",
            ("Computer Science", "Mathematics", "Physics", "related field"),
            False,
        ),
        ("BS in CS/EE or equivalent", "bachelor", ("CS", "EE"), True),
        ("Associate's degree in Nursing", "associate", ("Nursing",), False),
        (
            "PhD in Machine Learning, Statistics, or a related quantitative field",
            "phd",
            ("Machine Learning", "Statistics", "related field"),
            False,
        ),
    ],
)
def test_role_requirements(
    sentence: str, level: str, fields: tuple[str, ...], equivalent: bool
) -> None:
    req = parse_degree_requirement(sentence)
    assert req is not None
    assert (req.level, req.fields, req.or_equivalent) == (level, fields, equivalent)


@pytest.mark.parametrize(
    "sentence",
    [
        "Experience with MS Excel and MS Office",
        "Proficiency in MS SQL Server",
        "5+ years of experience with Python",
        "You will master our deployment tooling.",
    ],
)
def test_role_sentences_without_degrees(sentence: str) -> None:
    assert parse_degree_requirement(sentence) is None


def test_all_caps_degrees_and_year_on_the_next_line() -> None:
    text = (
        "EDUCATION\nCORNELL UNIVERSITY\nMENG IN COMPUTER SCIENCE\nDec 2014 | Ithaca, NY\n"
        "BS IN COMPUTER SCIENCE\nMay 2013 | Ithaca, NY\n"
    )
    entries = parse_education(text, find_sections(text))
    assert [(e.level, e.field, e.year) for e in entries] == [
        ("master", "COMPUTER SCIENCE", 2014),
        ("bachelor", "COMPUTER SCIENCE", 2013),
    ]


def test_year_beside_the_school_above_the_degree() -> None:
    text = "EDUCATION\nUC Berkeley 2019\nBachelor of Science, Computer Science\n"
    (entry,) = parse_education(text, find_sections(text))
    assert (entry.level, entry.field, entry.year) == ("bachelor", "Computer Science", 2019)


@pytest.mark.parametrize(
    "text",
    [
        "Summary\nBuilt LLM agents and MSN integrations.\n",
        "Experience\nShipped an llm evaluation harness.\n",
    ],
)
def test_tech_acronyms_are_not_degrees(text: str) -> None:
    assert degrees(text) == []


def test_role_preference_in_parentheses_is_not_a_field() -> None:
    req = parse_degree_requirement("Bachelor\u2019s degree (MBA preferred).")
    assert req is not None and (req.level, req.fields) == ("bachelor", ())
