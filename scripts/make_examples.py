"""Render examples/resume.txt as examples/resume.pdf and examples/resume.docx.

    python scripts/make_examples.py [--check]

The three files hold the same content: the PDF keeps the text file's lines (fpdf2,
one column, Helvetica core font with the Windows-1252 encoding so dashes survive);
the DOCX uses headings, bullet paragraphs and puts the Skills section in a
two-column table (label | skills) so the examples exercise DOCX tables.
With ``--check`` the script reads the outputs back and fails if a line is lost.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FIXED_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)
HEADINGS = {"Summary", "Skills", "Experience", "Education", "Certifications", "Other"}


def parse(text: str) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(header lines, [(heading, body lines)]) with wrapped bullet lines joined."""
    header: list[str] = []
    sections: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if line in HEADINGS:
            sections.append((line, []))
        elif not sections:
            if line.strip():
                header.append(line)
        elif line.startswith("  ") and sections[-1][1]:
            sections[-1][1][-1] += " " + line.strip()
        else:
            sections[-1][1].append(line)
    return header, sections


def make_pdf(text: str, out: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_creation_date(FIXED_DATE)  # same bytes on every run
    pdf.set_title("Resume - Priya Ramaswamy-Okafor (fictional)")
    pdf.add_page()
    for i, line in enumerate(text.splitlines()):
        if i == 0:
            pdf.set_font("Helvetica", "B", 16)
            pdf.cell(0, 9, line, new_x="LMARGIN", new_y="NEXT")
        elif line in HEADINGS:
            pdf.ln(1.5)
            pdf.set_font("Helvetica", "B", 12)
            pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        elif not line.strip():
            pdf.ln(2.5)
        else:
            bold = " — " in line and not line.startswith(("-", " "))
            pdf.set_font("Helvetica", "B" if bold else "", 9.5)
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


def make_docx(text: str, out: Path) -> None:
    import docx
    from docx.shared import Pt

    header, sections = parse(text)
    d = docx.Document()
    d.core_properties.title = "Resume - Priya Ramaswamy-Okafor (fictional)"
    d.core_properties.created = d.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    d.add_heading(header[0], level=0)
    for line in header[1:]:
        d.add_paragraph(line)
    for heading, body in sections:
        d.add_heading(heading, level=1)
        if heading == "Skills":
            rows = [line.split(": ", 1) for line in body if line.strip()]
            table = d.add_table(rows=len(rows), cols=2)
            table.style = "Table Grid"
            for r, (label, items) in enumerate(rows):
                table.cell(r, 0).text = label + ":"
                table.cell(r, 1).text = items
            continue
        for line in body:
            if not line.strip():
                continue
            if line.startswith("- "):
                d.add_paragraph(line[2:], style="List Bullet")
            else:
                p = d.add_paragraph()
                run = p.add_run(line)
                run.bold = " — " in line
                run.font.size = Pt(10.5)
    d.save(str(out))


def check(text: str) -> list[str]:
    """Lines of the text file (bullet marks and wrapping aside) missing from an output."""
    sys.path.insert(0, str(ROOT))
    from skillmatch.readers import read_document

    problems = []
    header, sections = parse(text)
    wanted = header + [h for h, _ in sections]
    for _, body in sections:
        wanted += [line.removeprefix("- ") for line in body if line.strip() and ": " not in line]
    for name in ("resume.pdf", "resume.docx"):
        got = " ".join(read_document(EXAMPLES / name).text.split())
        for line in wanted:
            if " ".join(line.split()) not in got:
                problems.append(f"{name}: missing {line!r}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only read the outputs back")
    args = ap.parse_args()
    text = (EXAMPLES / "resume.txt").read_text(encoding="utf-8")
    if not args.check:
        make_pdf(text, EXAMPLES / "resume.pdf")
        make_docx(text, EXAMPLES / "resume.docx")
    problems = check(text)
    print("\n".join(problems) or "resume.pdf and resume.docx hold every line of resume.txt")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
