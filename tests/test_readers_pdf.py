"""PDF reader: text, pages, two-column order, warnings (fixtures made with fpdf2)."""

from __future__ import annotations

from readers_fixtures import make_pdf, make_two_column_pdf

from skillmatch.readers import read_document
from skillmatch.readers.layout import Char, find_gutter, segments, two_column_text

LINES = [
    "Jordan Example - Backend Engineer",
    "Skills: Python, Go, PostgreSQL, Redis, Docker, Kubernetes, AWS",
    "Experience: built REST APIs and gRPC services for logistics customers.",
    "Education: B.Sc. Computer Science, 2014 - 2018",
]


def test_pdf_text_and_lines_come_back(tmp_path):
    doc = read_document(make_pdf(tmp_path / "r.pdf", LINES * 2))
    assert doc.format == "pdf"
    assert doc.pages == 1
    lines = doc.text.splitlines()
    assert lines[:4] == LINES
    assert "\r" not in doc.text
    assert not any("two-column" in w for w in doc.warnings)


def test_pdf_page_count(tmp_path):
    doc = read_document(make_pdf(tmp_path / "r.pdf", LINES, pages=3))
    assert doc.pages == 3
    assert doc.text.count("Skills: Python") == 3


def test_pdf_little_text_warning(tmp_path):
    doc = read_document(make_pdf(tmp_path / "r.pdf", ["Python and Go"]))
    assert doc.text.strip() == "Python and Go"
    assert any(w.startswith("little text") for w in doc.warnings)


LEFT = [
    "EXPERIENCE",
    "Senior Engineer at Acme",
    "Built payment services",
    "in Go and PostgreSQL",
    "Led the Kafka migration",
    "Mentored four engineers",
    "Engineer at Globex",
    "Wrote Python batch jobs",
    "Ran the on-call rota",
    "Cut p99 latency in half",
]
RIGHT = [
    "SKILLS",
    "Python, Go, Rust",
    "PostgreSQL, Redis",
    "Docker, Kubernetes",
    "AWS, Terraform",
    "EDUCATION",
    "B.Sc. Computer Science",
]


def test_two_column_pdf_reads_left_column_then_right(tmp_path):
    path = make_two_column_pdf(tmp_path / "two.pdf", "Casey Sample - Resume", LEFT, RIGHT)
    doc = read_document(path)
    lines = doc.text.splitlines()
    assert lines == ["Casey Sample - Resume", *LEFT, *RIGHT]
    assert any("two-column layout detected on page 1" in w for w in doc.warnings)


def test_two_column_stream_order_really_is_mixed(tmp_path):
    """Guard for the test above: pdfium's own order interleaves the columns."""
    import pypdfium2 as pdfium

    path = make_two_column_pdf(tmp_path / "two.pdf", "Casey Sample - Resume", LEFT, RIGHT)
    pdf = pdfium.PdfDocument(str(path))
    raw = pdf[0].get_textpage().get_text_range()
    pdf.close()
    assert raw.index("SKILLS") < raw.index("Mentored four engineers")


def _line(text: str, x: float, y: float, w: float = 5.0) -> list[Char | None]:
    out: list[Char | None] = []
    for i, c in enumerate(text):
        if c == " ":
            out.append(Char(" ", 0, 0, 0, 0))
        else:
            out.append(Char(c, x + i * w, y, x + i * w + w - 1, y + 10))
    out.append(None)
    return out


def test_layout_single_column_with_right_aligned_dates_is_not_split():
    chars: list[Char | None] = []
    y = 800.0
    for k in range(8):
        chars += _line(f"Engineer {k}", 50, y)
        chars += _line("2019 - 2021", 480, y)
        y -= 12
        for _ in range(3):
            chars += _line("Did a long piece of work that spans the whole line width ok", 50, y)
            y -= 12
    segs = segments(chars)
    assert find_gutter(segs, 0, 595) is None


def test_layout_interleaved_columns_are_split():
    chars: list[Char | None] = _line("Full width title line across the page centre", 50, 820)
    for k in range(12):
        chars += _line(f"left {k}", 50, 800 - 12 * k)
        chars += _line(f"right {k}", 330, 800 - 12 * k)
    segs = segments(chars)
    gutter = find_gutter(segs, 0, 595)
    assert gutter is not None and 90 < gutter < 330
    text = two_column_text(segs, gutter).splitlines()
    assert text[0] == "Full width title line across the page centre"
    assert text[1:13] == [f"left {k}" for k in range(12)]
    assert text[13:] == [f"right {k}" for k in range(12)]


def test_scanned_page_inside_text_pdf_is_a_warning(tmp_path):
    from readers_fixtures import make_mixed_scan_pdf

    doc = read_document(make_mixed_scan_pdf(tmp_path / "mixed.pdf", LINES * 3))
    assert doc.pages == 2
    assert "Skills: Python, Go" in doc.text
    assert any(w.startswith("no text layer on page 2") for w in doc.warnings)


def test_blank_pdf_is_an_error(tmp_path):
    import pytest
    from readers_fixtures import make_blank_pdf

    from skillmatch.errors import InputError

    with pytest.raises(InputError, match=r"no text found \(the PDF's pages are empty\)"):
        read_document(make_blank_pdf(tmp_path / "blank.pdf"))
