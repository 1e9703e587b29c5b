"""The committed examples: the PDF and DOCX hold the same content as resume.txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from skillmatch.readers import read_document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TABLE_LABELS = ("Languages: ", "Frameworks: ", "Data: ", "Infrastructure: ", "Practices: ")


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", ["resume.pdf", "resume.docx"])
def test_example_resume_formats_hold_the_text(name):
    txt = read_document(EXAMPLES / "resume.txt").text
    other = read_document(EXAMPLES / name)
    assert other.warnings == ()
    got = _squash(other.text)
    for line in txt.splitlines():
        line = line.strip().removeprefix("- ")
        for label in TABLE_LABELS:  # the DOCX puts label and items in two table cells
            line = line.removeprefix(label)
        assert _squash(line) in got, line


def test_example_role_reads_cleanly():
    doc = read_document(EXAMPLES / "role.txt")
    assert doc.format == "text"
    assert doc.warnings == ()
    assert "one or more of Java, Python, Go, C#, or C++" in doc.text
