"""DOCX reader: header, footer, tables, nested tables, text boxes, blank lines."""

from __future__ import annotations

from readers_fixtures import make_docx

from skillmatch.readers import read_document
from skillmatch.readers.docx import tidy


def test_docx_reads_every_part(tmp_path):
    p = make_docx(
        tmp_path / "cv.docx",
        paragraphs=["Summary", "Backend engineer who likes Go.", "", "Skills"],
        header="Alex Fictional - alex@example.com",
        footer="Page footer: references on request",
        table=[["Languages", "Python, Go"], ["Datastores", "PostgreSQL, Redis"]],
        nested="Nested cell: Kubernetes",
        textbox="Text box: Terraform",
    )
    doc = read_document(p)
    assert doc.format == "docx"
    t = doc.text
    for needle in (
        "Alex Fictional - alex@example.com",
        "Page footer: references on request",
        "Backend engineer who likes Go.",
        "Languages",
        "Python, Go",
        "PostgreSQL, Redis",
        "Nested cell: Kubernetes",
        "Text box: Terraform",
    ):
        assert needle in t, needle
    assert t.count("Text box: Terraform") == 1  # not also from the VML fallback copy
    assert "Datastores\tPostgreSQL, Redis" in t.splitlines()  # a table row is one line
    assert t.index("Alex Fictional") < t.index("Summary") < t.index("Page footer")


def test_docx_paragraphs_are_lines_and_empty_paragraph_is_blank_line(tmp_path):
    p = make_docx(tmp_path / "cv.docx", paragraphs=["One", "Two", "", "Three"] * 20)
    lines = read_document(p).text.splitlines()
    assert lines[:5] == ["One", "Two", "", "Three", "One"]


def test_tidy_keeps_paragraph_breaks():
    raw = "\n\nHeading\n\nFirst para\n\n\n\nAfter blank\nsoft break  \n\nEnd"
    assert tidy(raw) == "Heading\nFirst para\n\nAfter blank\nsoft break\nEnd"


def test_docx_named_txt_is_read_as_docx(tmp_path):
    p = make_docx(tmp_path / "cv.docx", paragraphs=["Go and Python engineer"] * 20)
    q = tmp_path / "cv.txt"
    q.write_bytes(p.read_bytes())
    doc = read_document(q)
    assert doc.format == "docx"
    assert doc.text.startswith("Go and Python engineer")


def test_docx_without_text_is_refused(tmp_path):
    import pytest

    from skillmatch.errors import InputError

    p = make_docx(tmp_path / "blank.docx", paragraphs=[""])
    with pytest.raises(InputError, match="empty document"):
        read_document(p)
