"""Shared helpers for the rank tests: a small role, resumes of known strength, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

MINI_TAXONOMY = Path(__file__).parent / "fixtures" / "mini_taxonomy"

ROLE = """Backend Engineer

Requirements
- Strong programming skills in Python.
- Experience with PostgreSQL.
- Experience with Kubernetes.

Nice to have
- Django.
"""

ROLE_JAVA = """Java Engineer

Requirements
- Strong programming skills in Java.
- Experience with Spring Boot.
"""


def resume(name: str, skills: str) -> str:
    return (
        f"{name}\n"
        f"Backend developer · {name.split()[0].lower()}@example.com · +44 7700 900123\n"
        "https://github.com/someone-example\n\n"
        "Skills\n"
        f"{skills}\n\n"
        "Experience\n"
        f"Backend Engineer, Acme Ltd — Jan 2020 - Present\n"
        f"Built services; {name.split()[0]} led the migration using {skills}.\n"
    )


@pytest.fixture
def mini_shipped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Make the small test taxonomy the 'shipped' one (forked workers inherit the patch)."""
    import skillmatch.taxonomy as taxonomy

    monkeypatch.setattr(taxonomy, "shipped_dir", lambda: MINI_TAXONOMY)
    monkeypatch.setenv("SKILLMATCH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SKILLMATCH_WIDTH", "200")
    monkeypatch.setenv("NO_COLOR", "1")
    return MINI_TAXONOMY


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder: three good resumes (one nested), an empty file, a corrupt PDF, a stray image."""
    root = tmp_path / "cvs"
    (root / "nested").mkdir(parents=True)
    (root / "b_strong.txt").write_text(
        resume("Alice Walker", "Python, Django, PostgreSQL, Kubernetes"), encoding="utf-8"
    )
    (root / "a_medium.txt").write_text(
        resume("Bob Stone", "Python, PostgreSQL, Java"), encoding="utf-8"
    )
    (root / "nested" / "c_weak.md").write_text(
        resume("Carol Jones", "Java, Spring Boot, Excel"), encoding="utf-8"
    )
    (root / "empty.txt").write_text("", encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not really a pdf \x00\x01\x02")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n....")  # not a resume suffix: skipped
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "role.txt").write_text(ROLE, encoding="utf-8")
    (tmp_path / "role_java.txt").write_text(ROLE_JAVA, encoding="utf-8")
    return root
