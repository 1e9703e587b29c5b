"""``--redact``: names, e-mails, phones and links leave; skills, dates and scores stay."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from skillmatch.redact import guess_name, make_redactor, redact_record, redacted_source

RESUME = """
Jane Q. Doe
Senior Engineer | jane.doe+jobs@mail.example.org | +1 (415) 555-0134 | linkedin.com/in/janedoe

Experience
Backend Engineer, Acme — 2019 - 2023
Doe rewrote the billing service in Go; see https://janedoe.dev/billing for details.
Jane mentored 4 engineers. Call 020 7946 0958.
"""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (RESUME, "Jane Q. Doe"),
        ("Priya Ramaswamy-Okafor\nBackend Engineer", "Priya Ramaswamy-Okafor"),
        ("José Álvarez | jose@x.com\n", "José Álvarez"),
        ("\n  JANE O'NEIL  \nEngineer", "JANE O'NEIL"),
        ("Curriculum Vitae\nJane Doe", None),
        ("Senior Software Engineer\nJane Doe", None),
        ("RESUME 2024\n", None),
        ("Python, Go, SQL\n", None),
    ],
)
def test_name_guess(text: str, name: str | None) -> None:
    assert guess_name(text) == name


def test_redactor_removes_contact_details_and_name_everywhere() -> None:
    redact = make_redactor(RESUME)
    out = redact(RESUME)
    for secret in ("Jane", "Doe", "jane.doe", "555-0134", "7946", "linkedin", "janedoe.dev"):
        assert secret not in out, secret
    for kept in ("Go", "billing service", "2019 - 2023", "4 engineers", "Backend Engineer, Acme"):
        assert kept in out, kept
    assert out.count("[name]") >= 3 and "[email]" in out and "[phone]" in out and "[link]" in out


def test_record_is_redacted_but_ids_and_numbers_stay(tmp_path: Path) -> None:
    path = tmp_path / "jane_doe_cv.txt"
    path.write_text(RESUME, encoding="utf-8")
    record = {
        "source": str(path),
        "score": 70.0,
        "requirements": [
            {
                "skill": "go",
                "label": "Go",
                "status": "matched",
                "evidence": [
                    {
                        "skill": "go",
                        "name": "Go",
                        "line": 6,
                        "section": "experience",
                        "text": "Doe rewrote the billing service in Go; see https://janedoe.dev",
                    }
                ],
            }
        ],
        "extra_skills": ["Jane Q. Doe"],
        "suggestions": ["Mention jane.doe+jobs@mail.example.org"],
        "warnings": [],
        "education": ["BSc, University of Doe"],
        "error": None,
    }
    out = redact_record(record, RESUME, str(path))
    expected = hashlib.sha256(path.read_bytes()).hexdigest()[:12]
    assert out["source"] == f"redacted-{expected}.txt"
    evidence = out["requirements"][0]["evidence"][0]
    assert evidence["text"] == "[name] rewrote the billing service in Go; see [link]"
    assert evidence["skill"] == "go" and evidence["line"] == 6
    assert out["extra_skills"] == ["[name]"]
    assert out["suggestions"] == ["Mention [email]"]
    assert out["education"] == ["BSc, University of [name]"]
    assert out["score"] == 70.0 and record["source"] == str(path)  # the input is untouched


def test_unreadable_file_still_gets_a_stable_hash() -> None:
    assert redacted_source("missing/x.pdf") == redacted_source("missing/x.pdf")
    assert redacted_source("missing/x.pdf").endswith(".pdf")


def test_capitalised_heading_name_is_found_in_title_case_too() -> None:
    redact = make_redactor("JANE O'NEIL\nEngineer\n")
    assert (
        redact("Jane shipped it; O'Neil and JANE too") == "[name] shipped it; [name] and [name] too"
    )
