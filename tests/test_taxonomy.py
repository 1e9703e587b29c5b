"""Taxonomy loading, merging and validation: one broken fixture per rule."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from skillmatch.errors import TaxonomyError
from skillmatch.taxonomy import check_paths, load_taxonomy, needs_rule

MINI = Path(__file__).parent / "fixtures" / "mini_taxonomy"


def write_taxonomy(folder: Path, body: str) -> Path:
    """A standalone taxonomy folder: the shipped categories plus one skills file."""
    (folder / "core").mkdir(parents=True, exist_ok=True)
    (folder / "categories.yaml").write_text((MINI / "categories.yaml").read_text())
    (folder / "core" / "skills.yaml").write_text(textwrap.dedent(body))
    return folder


def problems_of(folder: Path, body: str) -> list[str]:
    taxonomy, problems = check_paths([write_taxonomy(folder, body)])
    assert (taxonomy is None) == bool(problems)
    return problems


def test_mini_taxonomy_is_valid():
    taxonomy, problems = check_paths([MINI])
    assert problems == []
    assert taxonomy is not None and taxonomy.get("go").name == "Go"


def test_duplicate_id(tmp_path):
    problems = problems_of(
        tmp_path,
        """
        skills:
          - {id: python, name: Python, category: language}
          - {id: python, name: Python 3, category: language}
        """,
    )
    assert len(problems) == 1
    assert "skills[1].id: duplicate id 'python' (first at" in problems[0]


def test_alias_claimed_twice(tmp_path):
    problems = problems_of(
        tmp_path,
        """
        skills:
          - {id: postgresql, name: PostgreSQL, category: database, aliases: [postgres]}
          - {id: postgis, name: PostGIS, category: database, aliases: [Postgres]}
        """,
    )
    assert len(problems) == 1
    assert problems[0].endswith(
        "skills[1].aliases: 'Postgres' is already a name or alias of 'postgresql'"
    )


def test_alias_claimed_twice_in_another_spelling(tmp_path):
    """The matcher reads "call-centre" as "call center": two skills cannot both own it."""
    problems = problems_of(
        tmp_path,
        """
        skills:
          - {id: call_center, name: Call center operations, category: business}
          - {id: contact_centre, name: Contact centre, category: business,
             aliases: [call-centre operations]}
        """,
    )
    assert len(problems) == 1
    assert problems[0].endswith(
        "skills[1].aliases: 'call-centre operations' is already a name or alias of 'call_center'"
    )


def test_unknown_parent_with_suggestion(tmp_path):
    problems = problems_of(
        tmp_path,
        """
        skills:
          - {id: postgresql, name: PostgreSQL, category: database}
          - {id: postgis, name: PostGIS, category: database, parents: [postgre]}
        """,
    )
    assert len(problems) == 1
    assert problems[0].endswith(
        "skills[1].parents: unknown id 'postgre' (did you mean 'postgresql'?)"
    )


def test_unknown_related_and_category(tmp_path):
    problems = problems_of(
        tmp_path,
        """
        skills:
          - {id: mysql, name: MySQL, category: databse, related: [mariadb]}
        """,
    )
    assert any(
        "category: unknown category 'databse' (did you mean 'database'?)" in p for p in problems
    )
    assert any("related: unknown id 'mariadb'" in p for p in problems)


def test_parent_cycle(tmp_path):
    problems = problems_of(
        tmp_path,
        """
        skills:
          - {id: alpha, name: Alphaskill, category: tool, parents: [beta]}
          - {id: beta, name: Betaskill, category: tool, parents: [alpha]}
        """,
    )
    assert any("cycle alpha -> beta -> alpha" in p for p in problems)


def test_common_word_alias_needs_rule(tmp_path):
    problems = problems_of(
        tmp_path,
        """
        skills:
          - {id: spring, name: Spring, category: framework}
        """,
    )
    assert len(problems) == 1
    assert "'Spring' is a common word; list it in case_sensitive" in problems[0]


def test_short_alias_needs_rule_and_rule_fixes_it(tmp_path):
    problems = problems_of(
        tmp_path,
        """
        skills:
          - {id: javascript, name: JavaScript, category: language, aliases: [JS]}
        """,
    )
    assert len(problems) == 1 and "'JS' is shorter than 3 letters" in problems[0]
    fixed = problems_of(
        tmp_path,
        """
        skills:
          - {id: javascript, name: JavaScript, category: language, aliases: [JS],
             case_sensitive: [JS]}
        """,
    )
    assert fixed == []


def test_unknown_keys_are_errors(tmp_path):
    problems = problems_of(
        tmp_path,
        """
        colour: blue
        skills:
          - {id: rust, name: Rust, category: language, case_sensitive: [Rust], aliasses: [x]}
        """,
    )
    assert any("unknown key 'colour'" in p for p in problems)
    assert any("skills[0]: unknown key 'aliasses'" in p for p in problems)


def test_invalid_id_and_yaml_syntax(tmp_path):
    problems = problems_of(
        tmp_path,
        """
        skills:
          - {id: Not-Valid, name: Something Long, category: tool}
        """,
    )
    assert any("'Not-Valid' is not a valid id" in p for p in problems)
    bad = write_taxonomy(tmp_path / "syntax", "skills: [ {id: x\n")
    _, problems = check_paths([bad])
    assert len(problems) == 1 and "YAML syntax error" in problems[0]


def test_every_problem_reported_at_once(tmp_path):
    problems = problems_of(
        tmp_path,
        """
        skills:
          - {id: a_one, name: Alpha One, category: nope, parents: [zzz]}
          - {id: a_one, name: Alpha Two, category: tool}
          - {id: b_two, name: Go, category: language}
        """,
    )
    assert len(problems) >= 4


def test_needs_rule():
    assert needs_rule("R") and needs_rule("go") and needs_rule("access")
    assert not needs_rule("PostgreSQL") and not needs_rule("Kubernetes")


def test_user_layer_adds_overrides_and_extends(tmp_path, monkeypatch):
    monkeypatch.setenv("SKILLMATCH_NO_CACHE", "1")
    user = tmp_path / "mine.yaml"
    user.write_text(
        textwrap.dedent(
            """
            skills:
              - id: zorblax
                name: Zorblax
                category: framework
                parents: [python]
              - extends: kubernetes
                aliases: [kube cluster manager]
            """
        )
    )
    base = load_taxonomy(use_cache=False)
    taxonomy = load_taxonomy([user], use_cache=False)
    assert taxonomy.get("zorblax").layer == "user"
    assert "zorblax" in taxonomy.children("python")
    assert taxonomy.lookup("kube cluster manager").id == "kubernetes"
    assert len(taxonomy) == len(base) + 1


def test_user_layer_problem_raises_with_all_problems(tmp_path):
    user = tmp_path / "broken.yaml"
    user.write_text("skills:\n  - {id: x1, name: Xylophonics, category: tool, parents: [nope]}\n")
    with pytest.raises(TaxonomyError) as info:
        load_taxonomy([user], use_cache=False)
    assert any("unknown id 'nope'" in p for p in info.value.problems)
    assert "broken.yaml" in str(info.value)


def test_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("SKILLMATCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SKILLMATCH_NO_CACHE", raising=False)
    first = load_taxonomy()
    assert list((tmp_path / "cache").glob("taxonomy-*.pickle"))
    second = load_taxonomy()
    assert second.digest == first.digest and len(second) == len(first)


def test_hierarchy_lookups():
    taxonomy, _ = check_paths([MINI])
    assert taxonomy.ancestors("spring_boot") == ["spring", "java"]
    assert taxonomy.descendants("java") == ["spring", "spring_boot"]
    assert taxonomy.related("mysql") == frozenset({"postgresql"})
    assert taxonomy.lookup("POSTGRES").id == "postgresql"
