"""A certification in progress, or a skill being learnt, is shown but not scored as held."""

from __future__ import annotations

import pytest

from skillmatch.models import Document
from skillmatch.pending import not_held_marker


@pytest.mark.parametrize(
    "text, name, certification, marker",
    [
        ("CKAD - in progress", "CKAD", True, "in progress"),
        (
            "Certified Kubernetes Application Developer (CKAD) - in progress",
            "Developer",
            True,
            "in progress",
        ),
        ("CKA (expected May 2025)", "CKA", True, "expected"),
        ("PMP: ongoing", "PMP", True, "ongoing"),
        ("CISSP candidate", "CISSP", True, "candidate"),
        ("Currently pursuing the PMP certification", "PMP", True, "pursuing"),
        (
            "Working towards AWS Certified Developer",
            "AWS Certified Developer",
            True,
            "Working towards",
        ),
        ("AWS Certified Solutions Architect (2021)", "Architect", True, ""),  # held, its year
        ("PMP, 2019; CISSP", "PMP", True, ""),
        ("pursuing a career in IT\nPMP", "PMP", True, ""),  # the line before says nothing
        ("Kubernetes - in progress", "Kubernetes", False, ""),  # only a credential is pending
        # a line that says its skills are being learnt, whatever they are
        ("Currently learning: Rust, Go", "Go", False, "learning"),
        ("* Learning Kotlin and Swift", "Swift", False, "Learning"),
        ("Studying Terraform", "Terraform", False, "Studying"),
        ("Learning management systems: Moodle", "Moodle", False, ""),  # a field, not a verb
        ("Learning and Development: Workday", "Workday", False, ""),
        ("Machine learning with PyTorch", "PyTorch", False, ""),
        ("Python\nLearning: Rust", "Python", False, ""),  # the next line does not reach back
    ],
)
def test_not_held_marker(text, name, certification, marker):
    start = text.index(name)
    assert not_held_marker(text, start, start + len(name), certification) == marker


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
