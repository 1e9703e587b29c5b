"""Section headings: what counts as a heading, what does not, and how sections tile text."""

from __future__ import annotations

import pytest

from skillmatch.sections import Section, find_sections, section_at

RESUME = """Jane Roe
Backend Engineer · jane@example.com

PROFESSIONAL SUMMARY
Backend engineer with six years of Python.

Technical Skills
Python, Go, PostgreSQL, Kafka

Work Experience
Senior Engineer, Acme Corp    Jan 2021 - Present
• Built payment APIs in Go.
Responsibilities:
• Ran the on-call rotation.
Tools: Docker, Terraform

## Education
B.S. in Computer Science, State University, 2016

**Certifications**
AWS Certified Developer

Languages
English (native), Spanish (fluent)
"""

ROLE = """Backend Engineer

About the role
You will build the services behind our checkout.

What you'll do
- Design REST APIs.

Requirements:
- 3+ years of Python.

Nice to have
- Kafka.

Benefits
Remote work.
"""


def names(text: str, kind: str = "auto") -> list[tuple[str, str]]:
    return [(s.name, s.heading) for s in find_sections(text, kind)]


def test_resume_headings_in_order() -> None:
    assert names(RESUME) == [
        ("summary", "PROFESSIONAL SUMMARY"),
        ("skills", "Technical Skills"),
        ("experience", "Work Experience"),
        ("education", "Education"),
        ("certifications", "Certifications"),
        ("languages", "Languages"),
    ]


def test_sub_labels_inside_an_entry_stay_in_experience() -> None:
    secs = find_sections(RESUME)
    for needle in ("Responsibilities:", "Ran the on-call", "Tools: Docker"):
        assert section_at(secs, RESUME.index(needle)) == "experience"


def test_role_headings() -> None:
    assert names(ROLE) == [
        ("about", "About the role"),
        ("responsibilities", "What you'll do"),
        ("requirements", "Requirements"),
        ("preferred", "Nice to have"),
        ("benefits", "Benefits"),
    ]


def test_sections_tile_the_text_from_the_first_heading() -> None:
    secs = find_sections(RESUME)
    assert secs[0].start == RESUME.index("PROFESSIONAL SUMMARY")
    for a, b in zip(secs, secs[1:], strict=False):
        assert a.end == b.start
    assert secs[-1].end == len(RESUME)
    assert section_at(secs, 0) is None  # the contact block comes before any heading
    assert section_at(secs, len(RESUME) - 1) == "languages"


def test_line_numbers_and_body_start() -> None:
    secs = find_sections(RESUME)
    skills = secs[1]
    assert skills.line == RESUME[: skills.start].count("\n") + 1
    assert RESUME[skills.body_start :].startswith("Python, Go")


def test_inline_heading_with_content() -> None:
    text = "Summary\nEngineer.\nSkills: Python, SQL\nEducation: B.S. Physics\n"
    secs = find_sections(text)
    assert [s.name for s in secs] == ["summary", "skills", "education"]
    assert text[secs[1].body_start :].startswith(" Python, SQL")
    assert section_at(secs, text.index("SQL")) == "skills"


@pytest.mark.parametrize(
    "line, name",
    [
        ("EXPERIENCE", "experience"),
        ("Professional Experience", "experience"),
        ("Employment History:", "experience"),
        ("Career History", "experience"),
        ("# Skills", "skills"),
        ("**Tech Stack**", "skills"),
        ("Core Competencies", "skills"),
        ("Academic Background", "education"),
        ("Licenses & Certifications", "certifications"),
        ("CERTIFICATIONS/LICENSES", "certifications"),
        ("About Me", "summary"),
        ("Objective", "summary"),
        ("Projects", "projects"),
        ("Publications", "publications"),
        ("Honors & Awards", "awards"),
        ("Volunteer Experience", "volunteering"),
        ("Interests", "interests"),
        ("References", "references"),
    ],
)
def test_resume_heading_forms(line: str, name: str) -> None:
    text = f"Jane Roe\n\n{line}\nsome content here\n"
    assert [s.name for s in find_sections(text, "resume")] == [name]


@pytest.mark.parametrize(
    "line, name",
    [
        ("Responsibilities", "responsibilities"),
        ("What You’ll Do", "responsibilities"),
        ("Your role", "responsibilities"),
        ("Minimum Qualifications", "requirements"),
        ("Basic Qualifications:", "requirements"),
        ("Must have", "requirements"),
        ("What we're looking for", "requirements"),
        ("Who you are", "requirements"),
        ("Skills & Experience", "requirements"),
        ("Preferred Qualifications", "preferred"),
        ("Bonus points", "preferred"),
        ("Pluses", "preferred"),
        ("Good to have", "preferred"),
        ("Extra credit", "preferred"),
        ("Perks", "benefits"),
        ("What we offer", "benefits"),
        ("About us", "about"),
        ("Overview", "about"),
    ],
)
def test_role_heading_forms(line: str, name: str) -> None:
    text = f"Acme is hiring.\n\n{line}\n- some content here\n"
    assert [s.name for s in find_sections(text, "role")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Experience with cloud platforms like AWS is a plus.\n",
        "Skills in Python and Go are required for this position.\n",
        "Education is important to us and we fund courses.\n",
        "We value strong communication and\nskills\nthat help teams.\n",
        "Our engineers need strong\nExperience\nwith distributed systems.\n",
        "• Skills\n",
        "Summary of the quarterly results was presented to the board today.\n",
    ],
)
def test_sentences_are_not_headings(text: str) -> None:
    assert find_sections(text, "resume") == []
    assert find_sections(text, "role") == []


def test_languages_inside_skills_is_a_sub_label_unless_human_languages() -> None:
    text = "SKILLS\nLanguages: Java, Python\nFrameworks: Django\n\nLanguages\nEnglish, German\n"
    secs = find_sections(text)
    assert [s.name for s in secs] == ["skills", "languages"]
    assert section_at(secs, text.index("Java")) == "skills"
    assert section_at(secs, text.index("German")) == "languages"


def test_auto_kind_picks_role_vocabulary_for_role_texts() -> None:
    # "Responsibilities" is a sub-label on a resume but a section on a role page
    assert "responsibilities" in [s.name for s in find_sections(ROLE)]
    assert "responsibilities" not in [s.name for s in find_sections(RESUME)]


def test_role_skills_heading_means_requirements() -> None:
    text = "About us\nWe build things.\n\nSkills\n- Python\n\nNice to have\n- Go\n"
    assert [s.name for s in find_sections(text, "role")] == ["about", "requirements", "preferred"]


def test_no_headings_no_sections() -> None:
    assert find_sections("") == []
    assert find_sections("just one paragraph about a backend job\n") == []
    assert section_at([], 5) is None


def test_bad_kind_raises() -> None:
    with pytest.raises(ValueError):
        find_sections("Skills\nPython\n", kind="cv")


def test_section_defaults_body_start_to_start() -> None:
    assert Section("skills", "Skills", 10, 20, 2).body_start == 10


def test_letter_spaced_headings() -> None:
    text = "Jane Roe\nE X P E R I E N C E\nEngineer\nW O R K  H I S T O R Y\nMore\n"
    assert names(text) == [("experience", "EXPERIENCE"), ("experience", "WORK HISTORY")]
