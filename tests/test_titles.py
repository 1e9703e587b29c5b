"""Job titles: the role's title as a requirement, and titles that imply a skill."""

from __future__ import annotations

import pytest

from skillmatch.models import Document
from skillmatch.titles import core_title, role_title_line, title_implies_skill, title_matches


@pytest.mark.parametrize(
    "role_line, resume_line, same",
    [
        ("Senior Full Stack Engineer", "Full Stack Developer, Uber, San Francisco", True),
        ("Front End Engineer (2 Years of Experience)", "Front-End Developer", True),
        ("Backend Software Engineer II", "Senior Backend Engineer, Acme Logistics", True),
        ("Product Manager", "Software Development Engineer III, Amazon", False),
        ("Java Developer", "Python Developer", False),
    ],
)
def test_title_matches(role_line, resume_line, same):
    assert title_matches(core_title(role_line), resume_line) is same


def test_role_title_line_only_when_clean():
    assert role_title_line("Job Description: Product Manager (10+ Years of\nExperience)\n") == (
        "Product Manager"
    )
    assert role_title_line("We are a fast-growing company looking for people who care.") is None


@pytest.mark.parametrize(
    "title, skill, implied",
    [
        ("Product Manager, Google", "Product management", True),
        ("Senior Data Analyst", "Data analysis", True),
        ("Frontend Developer", "Frontend development", True),
        ("Product Manager", "Project management", False),
        ("Engineer", "Python", False),
    ],
)
def test_title_implies_skill(title, skill, implied):
    assert title_implies_skill(title, skill) is implied


def test_title_requirement_counts_double_and_is_met_by_an_entry(mini_analyzer):
    role = "Backend Engineer\n\nRequirements\n- Python.\n"
    resume = "Experience\nBackend Developer, Acme — Jan 2020 - Dec 2022\n- Python services.\n"
    facts = mini_analyzer.resume_facts(Document("r.txt", resume, "text"))
    report = mini_analyzer.compare(facts, mini_analyzer.role_profile(Document("j", role, "text")))
    title = report.results[0]
    assert title.requirement.kind == "title" and title.status == "matched"
    assert report.weights[0] == 2.0 and report.score == 100.0
    assert title.evidence[0].line == 2
