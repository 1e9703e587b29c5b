"""Role analysis: importance, one-of groups, years, education, on our own role texts."""

from __future__ import annotations

import pytest

from skillmatch.models import Document


def requirements(analyzer, text):
    role = analyzer.role_profile(Document(source="role.txt", text=text, format="text"))
    return role.requirements


def skills_reqs(reqs):
    return {
        (r.kind, tuple(sorted(r.skills)), r.importance)
        for r in reqs
        if r.skills and r.kind != "years"
    }


@pytest.mark.parametrize(
    "sentence, members",
    [
        (
            "Proficiency in one or more of Java, Python, Go, C#, or C++.",
            ("cpp", "csharp", "go", "java", "python"),
        ),
        (
            "Experience with relational databases such as PostgreSQL, MySQL.",
            ("mysql", "postgresql"),
        ),
        (
            "Deploying to clusters like Kubernetes or Swarm, using Python or Java.",
            ("java", "python"),
        ),
        ("Hands-on with PostgreSQL or MySQL.", ("mysql", "postgresql")),
        ("Strong Java/Python skills.", ("java", "python")),
        (
            "Experience with container orchestration (Kubernetes, k8s) and databases "
            "(PostgreSQL, MySQL).",
            ("mysql", "postgresql"),
        ),
    ],
)
def test_one_of_groups(mini_analyzer, sentence, members):
    reqs = requirements(mini_analyzer, "Requirements\n- " + sentence + "\n")
    groups = [r for r in reqs if r.kind == "any_of"]
    assert any(tuple(sorted(g.skills)) == members for g in groups), [
        (r.kind, r.skills) for r in reqs
    ]


def test_and_stays_separate(mini_analyzer):
    reqs = requirements(mini_analyzer, "Requirements\n- Experience with Python and PostgreSQL.\n")
    assert skills_reqs(reqs) == {
        ("skill", ("python",), "required"),
        ("skill", ("postgresql",), "required"),
    }


@pytest.mark.parametrize(
    "text, importance",
    [
        ("Requirements\n- Python.\n", "required"),
        ("Nice to have\n- Python.\n", "preferred"),
        ("Bonus points\n- Python.\n", "preferred"),
        ("Responsibilities\n- Build services in Python.\n", "required"),
        ("You must know Python.", "required"),
        ("Python is a plus.", "preferred"),
        ("Familiarity with Python is highly valued.", "preferred"),
        ("Requirements\n- Experience with Kubernetes is a bonus.\n", "preferred"),
        ("Knowledge of Python is essential.", "required"),
        ("Experience with Python is increasingly common.", "preferred"),
    ],
)
def test_importance_from_section_and_cues(mini_analyzer, text, importance):
    reqs = [r for r in requirements(mini_analyzer, text) if r.kind in ("skill", "any_of")]
    assert len(reqs) == 1 and reqs[0].importance == importance, reqs
    assert reqs[0].reason


@pytest.mark.parametrize(
    "sentence, years, years_max, skill",
    [
        ("2-5 years of professional experience.", 2, 5, None),
        ("3+ years with Python.", 3, None, "python"),
        ("At least five years of experience in backend development.", 5, None, None),
        ("5+ years of experience with Java.", 5, None, "java"),
        ("Minimum of 4 years experience.", 4, None, None),
        ("1 to 3 years of hands-on experience using PostgreSQL.", 1, 3, "postgresql"),
    ],
)
def test_years(mini_analyzer, sentence, years, years_max, skill):
    reqs = [
        r for r in requirements(mini_analyzer, "Requirements\n- " + sentence) if r.kind == "years"
    ]
    assert len(reqs) == 1
    assert reqs[0].years == years and reqs[0].years_max == years_max
    assert (reqs[0].skills[0] if reqs[0].skills else None) == skill


def test_education_requirement(mini_analyzer):
    text = (
        "Requirements\n- Bachelor's degree in Computer Science, Engineering, or a related "
        "field, or equivalent practical experience.\n"
    )
    reqs = requirements(mini_analyzer, text)
    (req,) = [r for r in reqs if r.kind == "education"]
    assert req.degree == "bachelor" and req.or_equivalent
    assert "Computer Science" in req.fields
    # the taxonomy's degree skill is the same requirement, not a second one
    assert not [r for r in reqs if "bachelors_degree" in r.skills]


def test_required_wins_over_preferred_for_the_same_skill(mini_analyzer):
    text = "Requirements\n- Python.\n\nNice to have\n- More Python.\n"
    reqs = [r for r in requirements(mini_analyzer, text) if r.skills == ("python",)]
    assert len(reqs) == 1 and reqs[0].importance == "required" and reqs[0].line == 2


def test_benefits_section_ignored_and_lines_kept(mini_analyzer):
    text = "Requirements\n- Java.\n\nBenefits\n- Free Python course.\n"
    reqs = requirements(mini_analyzer, text)
    assert [(r.label, r.line) for r in reqs] == [("Java", 2)]


def test_prose_role_like_the_shared_examples(mini_analyzer):
    text = (
        "Typical skills include proficiency in one or more backend programming languages such "
        "as Java, Python, Go, C#, or C++. Experience with cloud platforms is increasingly "
        "common, as is familiarity with containerization (Kubernetes) and CI/CD pipelines. "
        "Most positions require a Bachelor's degree in Computer Science, along with 2-5 years "
        "of professional software engineering experience."
    )
    reqs = requirements(mini_analyzer, text)
    kinds = {(r.kind, tuple(sorted(r.skills)), r.importance) for r in reqs}
    assert ("any_of", ("cpp", "csharp", "go", "java", "python"), "required") in kinds
    assert ("skill", ("kubernetes",), "preferred") in kinds
    assert ("skill", ("ci_cd",), "preferred") in kinds
    years = [r for r in reqs if r.kind == "years"]
    assert years and years[0].years == 2 and years[0].years_max == 5
    assert any(r.kind == "education" and r.degree == "bachelor" for r in reqs)


def test_bundled_example_role(shipped_analyzer):
    from pathlib import Path

    role_path = Path(__file__).resolve().parents[1] / "examples" / "role.txt"
    role = shipped_analyzer.role_profile(shipped_analyzer.read(role_path))
    by_label = {r.label: r for r in role.requirements}
    group = by_label["programming: one of Java, Python, Go, C#, C++"]
    assert group.kind == "any_of" and group.importance == "required"
    assert by_label["Title: Backend Software Engineer II"].kind == "title"
    assert by_label["3+ years of experience"].years == 3
    kafka = next(r for r in role.requirements if "kafka" in r.skills)
    assert kafka.kind == "any_of" and set(kafka.skills) == {"kafka", "rabbitmq"}
    assert by_label["Terraform"].importance == "preferred"
    assert all(r.line >= 10 for r in role.requirements if r.kind != "title")  # not "About"
