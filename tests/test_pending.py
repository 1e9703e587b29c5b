"""A certification in progress, or a skill being learnt, is shown but not scored as held."""

from __future__ import annotations

import pytest

from skillmatch.models import Document
from skillmatch.pending import learning_marker, pending_marker


@pytest.mark.parametrize(
    "text, name, marker",
    [
        ("CKAD - in progress", "CKAD", "in progress"),
        (
            "Certified Kubernetes Application Developer (CKAD) - in progress",
            "Developer",
            "in progress",
        ),
        ("CKA (expected May 2025)", "CKA", "expected"),
        ("PMP: ongoing", "PMP", "ongoing"),
        ("CISSP candidate", "CISSP", "candidate"),
        ("Currently pursuing the PMP certification", "PMP", "pursuing"),
        ("Working towards AWS Certified Developer", "AWS Certified Developer", "Working towards"),
        ("AWS Certified Solutions Architect (2021)", "Architect", ""),  # held, with its year
        ("PMP, 2019; CISSP", "PMP", ""),
        ("pursuing a career in IT\nPMP", "PMP", ""),  # the line before says nothing of it
    ],
)
def test_pending_marker(text, name, marker):
    start = text.index(name)
    assert pending_marker(text, start, start + len(name)) == marker


@pytest.mark.parametrize(
    "text, name, marker",
    [
        ("Currently learning: Rust, Go", "Go", "learning"),
        ("* Learning Kotlin and Swift", "Swift", "Learning"),
        ("Studying Terraform", "Terraform", "Studying"),
        ("Learning management systems: Moodle", "Moodle", ""),  # a field, not a verb
        ("Learning and Development: Workday", "Workday", ""),
        ("Machine learning with PyTorch", "PyTorch", ""),
        ("Python\nLearning: Rust", "Python", ""),  # the next line does not reach back
    ],
)
def test_learning_marker(text, name, marker):
    assert learning_marker(text, text.index(name)) == marker


def test_resume_marks_a_pending_certification_and_a_job_ad_does_not(shipped_extractor):
    text = "Certifications\nCKA - in progress\nPMP (2019)\n"
    mentions = {m.skill_id: m for m in shipped_extractor.extract_text(text, kind="resume").mentions}
    assert mentions["cka"].pending and "not held yet" in mentions["cka"].reason
    assert not mentions["pmp"].pending
    ad = "Requirements\n- CKA certification expected\n\nBenefits\n- Pension\n"
    for kind in ("role", "auto"):  # a job ad judged by itself too
        (mention,) = [m for m in shipped_extractor.extract_text(ad, kind=kind).mentions]
        assert mention.skill_id == "cka" and not mention.pending


def _report(analyzer, resume: str, role: str):
    facts = analyzer.resume_facts(Document("resume.txt", resume, "text"))
    profile = analyzer.role_profile(Document("role.txt", role, "text"))
    return analyzer.compare(facts, profile)


@pytest.mark.parametrize(
    "certifications, asked, credit, via",
    [
        ("CKA - in progress", "Kubernetes", 0.5, "pending"),  # not the 0.9 of a held child
        ("CKA - in progress", "CKA certification", 0.5, "pending"),
        ("CKA (2023)", "Kubernetes", 0.9, "child"),
        ("CKA (2023)", "CKA certification", 1.0, "exact"),
        ("Currently learning: Kotlin", "Kotlin", 0.5, "pending"),
    ],
)
def test_what_is_in_progress_earns_part_credit(
    shipped_analyzer, certifications, asked, credit, via
):
    report = _report(
        shipped_analyzer, f"Certifications\n{certifications}\n", f"Requirements\n- {asked}\n"
    )
    (result,) = report.results
    assert (result.credit, result.via) == (credit, via)
    if via == "pending":
        assert result.status == "partial" and "in progress" in result.detail
        shown = "in progress" if "CKA" in certifications else "you are learning Kotlin"
        assert any(f"{shown} (credit 0.5)" in s for s in report.suggestions)
