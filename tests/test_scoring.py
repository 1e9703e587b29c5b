"""Scoring: each credit rule, groups, years, education, weights and the arithmetic."""

from __future__ import annotations

import pytest

from skillmatch.formatters.records import arithmetic
from skillmatch.models import Document


def report(analyzer, resume, role):
    facts = analyzer.resume_facts(Document("resume.txt", resume, "text"))
    profile = analyzer.role_profile(Document("role.txt", role, "text"))
    return analyzer.compare(facts, profile)


def result_for(rep, label):
    return next(r for r in rep.results if r.requirement.label == label)


@pytest.mark.parametrize(
    "resume_skill, role_skill, credit, via",
    [
        ("Python", "Python", 1.0, "exact"),
        ("Django", "Python", 0.9, "child"),
        ("Spring Boot", "Java", 0.9, "child"),
        ("Spring", "Spring Boot", 0.5, "parent"),
        ("MySQL", "PostgreSQL", 0.4, "related"),
        ("Kubernetes", "Python", 0.0, "none"),
    ],
)
def test_credit_rules(mini_analyzer, resume_skill, role_skill, credit, via):
    rep = report(mini_analyzer, f"Skills\n{resume_skill}\n", f"Requirements\n- {role_skill}\n")
    (result,) = rep.results
    assert (result.credit, result.via) == (credit, via)
    assert result.status == ("matched" if credit >= 0.9 else "partial" if credit else "missing")
    if credit:
        assert result.evidence and result.evidence[0].line == 2
        assert result.evidence[0].text == resume_skill


def test_group_takes_best_member_and_python_alone_meets_it(mini_analyzer):
    rep = report(
        mini_analyzer,
        "Skills\nPython\n",
        "Requirements\n- Proficiency in one or more of Java, Python, Go, C#, or C++.\n",
    )
    (result,) = rep.results
    assert result.requirement.kind == "any_of"
    assert (result.status, result.credit, result.matched_skill) == ("matched", 1.0, "python")
    assert rep.score == 100.0


def test_required_and_preferred_weights(mini_analyzer):
    rep = report(
        mini_analyzer,
        "Skills\nPython\n",
        "Requirements\n- Python.\n- Java.\n\nNice to have\n- Kubernetes.\n",
    )
    assert rep.weights == (1.0, 1.0, 0.5)
    assert rep.score == round(100 * 1.0 / 2.5, 1)
    assert arithmetic(rep) == "(1×1.00 + 1×0.00 + 0.5×0.00) / 2.5 = 1.00 / 2.5 = 40.0/100"


RESUME_WITH_DATES = """Jane Doe

Experience
Backend Engineer, Acme — Jan 2020 - Dec 2022
- Built services in Python and PostgreSQL.

Junior Developer, Beta — Jan 2019 - Dec 2019
- Java maintenance.

Education
B.Sc. Computer Science, Example University, 2015 - 2018
"""


def test_years_partial_credit(mini_analyzer):
    rep = report(mini_analyzer, RESUME_WITH_DATES, "Requirements\n- 5+ years of experience.\n")
    (result,) = rep.results
    assert result.requirement.kind == "years"
    assert result.credit == 0.8  # 4 of 5 years
    assert result.status == "partial"
    assert "4.0 years" in result.detail


def test_years_per_skill(mini_analyzer):
    rep = report(mini_analyzer, RESUME_WITH_DATES, "Requirements\n- 6+ years with Python.\n")
    # The skill itself is a requirement too; the years come on top.
    kinds = sorted(r.requirement.kind for r in rep.results)
    assert kinds == ["skill", "years"]
    result = next(r for r in rep.results if r.requirement.kind == "years")
    assert result.requirement.skills == ("python",)
    assert result.credit == 0.5  # 3 of 6 years


def test_education_levels(mini_analyzer):
    role = "Requirements\n- Master's degree in Computer Science.\n"
    rep = report(mini_analyzer, RESUME_WITH_DATES, role)
    (result,) = rep.results
    assert (result.via, result.credit) == ("education", 0.5)  # bachelor: one level below
    rep = report(mini_analyzer, RESUME_WITH_DATES, "Requirements\n- Bachelor's degree.\n")
    assert rep.results[0].credit == 1.0
    rep = report(mini_analyzer, "Skills\nPython\n", "Requirements\n- Bachelor's degree.\n")
    assert rep.results[0].status == "missing"


def test_extras_and_suggestions(mini_analyzer):
    rep = report(
        mini_analyzer,
        "Skills\nPython, Kubernetes\n",
        "Requirements\n- Python.\n- Java.\n",
    )
    assert rep.extra_skills == ("Kubernetes",)
    assert rep.suggestions and "Java (required)" in rep.suggestions[0]


@pytest.mark.parametrize(
    "resume, where",
    [
        ("Skills\nPython, Kubernetes\n", "only in your skills list"),
        # no headings at all: there is no skills list to speak of
        ("Jane Roe\nBuilt Python services on Kubernetes.\n", "under no Experience or Projects"),
    ],
)
def test_required_skill_outside_experience_is_said_where_it_is(mini_analyzer, resume, where):
    rep = report(mini_analyzer, resume, "Requirements\n- Python.\n")
    advice = [s for s in rep.suggestions if s.startswith("Python is required")]
    assert advice and where in advice[0]


def test_deterministic(mini_analyzer):
    a = report(mini_analyzer, RESUME_WITH_DATES, "Requirements\n- Python or Java.\n- 3+ years.\n")
    b = report(mini_analyzer, RESUME_WITH_DATES, "Requirements\n- Python or Java.\n- 3+ years.\n")
    assert a == b


def test_little_text_lowers_confidence(mini_analyzer):
    rep = report(mini_analyzer, "Skills\nPython\n", "Requirements\n- Python.\n")
    assert rep.confidence == "low"


def test_soft_skills_weigh_half(mini_analyzer):
    role = "Requirements\n- Python.\n- Written communication.\n"
    rep = report(mini_analyzer, "Skills\nPython\n", role)
    assert rep.weights == (1.0, 0.5)
    assert rep.score == round(100 * 1.0 / 1.5, 1)


def test_umbrella_skill_met_by_any_skill_of_its_category(mini_analyzer):
    rep = report(mini_analyzer, "Skills\nMySQL\n", "Requirements\n- Databases.\n")
    (result,) = rep.results
    assert (result.via, result.credit, result.matched_skill) == ("child", 0.9, "mysql")
    assert "a database skill" in result.detail


def test_programming_languages_met_by_any_language(shipped_analyzer):
    role = "Requirements\n- Strong experience with programming languages.\n"
    rep = report(shipped_analyzer, "Skills\nGo, Docker\n", role)
    (result,) = rep.results
    assert (result.status, result.matched_skill) == ("matched", "go")


def test_distinct_lab_techniques_are_not_one_skill(shipped_analyzer):
    resume = "Skills\nPCR, ELISA, cell culture\n"
    (hplc,) = report(shipped_analyzer, resume, "Requirements\n- HPLC.\n").results
    assert hplc.credit < 1.0 and hplc.matched_skill != "pcr"
    role = "Requirements\n- Laboratory techniques.\n"
    (lab,) = report(shipped_analyzer, resume, role).results
    assert (lab.status, lab.via) == ("matched", "child")


@pytest.mark.parametrize(
    "asked, shown",
    [
        ("Paychex", "Gusto"),
        ("Allscripts", "Meditech"),
        ("HealthKit", "MapKit"),
        ("MRI", "ultrasound"),
        ("TS/SCI clearance", "SC clearance"),
        ("ISO 13485", "CE marking"),
    ],
)
def test_sibling_products_and_methods_do_not_meet_each_other(shipped_analyzer, asked, shown):
    (result,) = report(
        shipped_analyzer, f"Skills\n{shown}\n", f"Requirements\n- {asked}.\n"
    ).results
    assert result.credit < 1.0


def test_degree_field_meets_a_field_skill(shipped_analyzer):
    resume = "Education\nB.Sc. Computer Science, Example University, 2014 - 2018\n"
    rep = report(shipped_analyzer, resume, "Requirements\n- Solid computer science fundamentals.\n")
    result = next(r for r in rep.results if r.requirement.skills == ("computer_science",))
    assert (result.status, result.via) == ("matched", "education")
    assert result.evidence and result.evidence[0].section == "education"


def test_degree_field_is_not_extracted_as_a_skill(shipped_analyzer):
    resume = "Education\nB.Sc. Computer Science, Example University, 2014 - 2018\n"
    facts = shipped_analyzer.resume_facts(Document("r.txt", resume, "text"))
    assert "computer_science" not in facts.skill_ids
