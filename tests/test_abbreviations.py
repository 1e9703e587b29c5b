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
        # no definition: not initials, no parentheses, a list, a colon before "(", parts
        ("Skills in analytics with cloud platforms (AWS) and more", "AWS", None),
        ("Worked with AWS and Azure", "AWS", None),
        ("Tools (AWS, GCP) in daily use", "AWS", None),
        ("Music in the Brain: (MIB)", "MIB", None),
        ("the LAMP (Linux, Apache, MySQL, PHP) stack", "LAMP", None),
        ("Linux, Apache, MySQL and PHP (LAMP)", "LAMP", None),
    ],
)
def test_the_spelled_out_words_are_found_only_as_initials_beside_the_parenthesis(
    text: str, acronym: str, long_form: str | None
) -> None:
    start = text.index(acronym)
    span = defined_long_form(text, start, start + len(acronym))
    if long_form is None:
        assert span is None
    else:
        assert span is not None and text[span[0] : span[1]] == long_form
