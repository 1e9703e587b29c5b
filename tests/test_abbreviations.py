"""Acronyms a document spells out for itself decide what they mean in it."""

from __future__ import annotations

import pytest

from skillmatch.abbreviations import defined_long_form


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        ("The Centre for Music in the Brain (MIB) studies", "MIB", "Music in the Brain"),
        ("for Music in the Brain ( MIB ) is", "MIB", "Music in the Brain"),
        (
            "Kenya Advanced Certificate of Education (KACE), 2004",
            "KACE",
            "Kenya Advanced Certificate of Education",
        ),
        ("uses Software as a Service (SaaS) tools", "SaaS", "Software as a Service"),
        ("tracked Key Performance Indicators (KPIs) weekly", "KPIs", "Key Performance Indicators"),
        ("built on Infrastructure-as-Code (IaC) at scale", "IaC", "Infrastructure-as-Code"),
        # the other order: the acronym first, its words in the parenthesis
        (
            "as part of LAMP (Learning Assessment Model Project)",
            "LAMP",
            "Learning Assessment Model Project",
        ),
    ],
)
def test_the_spelled_out_words_are_found(text: str, acronym: str, long_form: str) -> None:
    start = text.index(acronym)
    span = defined_long_form(text, start, start + len(acronym))
    assert span is not None and text[span[0] : span[1]] == long_form


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Skills in analytics with cloud platforms (AWS) and more", "AWS"),  # not initials
        ("Worked with AWS and Azure", "AWS"),  # no parentheses
        ("Tools (AWS, GCP) in daily use", "AWS"),  # a list in parentheses
        ("Music in the Brain: (MIB)", "MIB"),  # a colon between the words and "("
        ("the LAMP (Linux, Apache, MySQL, PHP) stack", "LAMP"),  # its parts, listed
        ("Linux, Apache, MySQL and PHP (LAMP)", "LAMP"),
    ],
)
def test_no_definition_without_initials_right_before_the_parenthesis(
    text: str, acronym: str
) -> None:
    start = text.index(acronym)
    assert defined_long_form(text, start, start + len(acronym)) is None
