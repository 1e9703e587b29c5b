"""Contact details: one definition of an address for extraction, the NER and redaction."""

from __future__ import annotations

import pytest

from skillmatch.addresses import ADDRESS, PHONE


@pytest.mark.parametrize(
    "text, address",
    [
        ("see https://github.com/jo/react-demo.", "https://github.com/jo/react-demo."),
        ("WWW.Example.org/jobs", "WWW.Example.org/jobs"),
        ("mail jo.doe+cv@mail.example.co.uk now", "jo.doe+cv@mail.example.co.uk"),
        ("portfolio: jo-doe.com/work", "jo-doe.com/work"),
        ("ASP.NET and Socket.IO", None),  # product names end like domains; they stay skills
        ("Node.js, Vue.js", None),
    ],
)
def test_address_covers_the_whole_address_and_no_product(text, address):
    found = [m.group() for m in ADDRESS.finditer(text)]
    assert found == ([address] if address else [])


@pytest.mark.parametrize(
    "text, phone",
    [
        ("Tel: +44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
        ("call 555-123-4567 today", "555-123-4567"),
        ("Python 3.11 since 2019", None),  # a release and a year: too short
    ],
)
def test_phone_needs_eight_characters(text, phone):
    match = PHONE.search(text)
    assert (match.group() if match else None) == phone
