"""Helpers that make small PDF and DOCX files in a test's tmp_path.

Made in the suite (fpdf2, pikepdf, python-docx, zipfile) rather than committed, so
each fixture shows how it was built. Test-only dependencies: the ``test`` extra.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path


def make_pdf(path: Path, lines: list[str], *, pages: int = 1) -> Path:
    """A one-column PDF (Helvetica core font) with ``lines`` on each of ``pages`` pages."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_font("Helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def make_two_column_pdf(path: Path, title: str, left: list[str], right: list[str]) -> Path:
    """A full-width title over two columns, written INTERLEAVED line by line.

    The content stream alternates left line 1, right line 1, left line 2, ... so
    pdfium's stream order mixes the columns; only a gutter split reads them apart.
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(20, 20, title)
    pdf.set_font("Helvetica", size=10)
    for i in range(max(len(left), len(right))):
        y = 35 + 6 * i
        if i < len(left):
            pdf.text(20, y, left[i])
        if i < len(right):
            pdf.text(120, y, right[i])
    pdf.output(str(path))
    return path


def make_image_only_pdf(path: Path) -> Path:
    """A "scanned" page: one embedded image and no text objects."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    img = Image.new("L", (200, 100), 255)
    ImageDraw.Draw(img).rectangle((20, 20, 180, 80), outline=0)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=20, y=20, w=150)
    pdf.output(str(path))
    return path


def make_encrypted_pdf(path: Path, password: str, lines: list[str]) -> Path:
    """A PDF that needs ``password`` to open (AES-256 via pikepdf)."""
    import pikepdf

    plain = make_pdf(path.with_name(path.stem + "-plain.pdf"), lines)
    with pikepdf.open(plain) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(user=password, owner=password + "-owner"))
    plain.unlink()
    return path


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# A modern text box: the DrawingML copy (mc:Choice) plus the VML copy (mc:Fallback),
# as Word writes it. Both hold the same text; a reader must give it once.
_TEXTBOX = (
    '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/'
    'markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:wsp '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    "<wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape "
    'xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r>'
    "<w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>"
    "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
)


def make_docx(
    path: Path,
    *,
    paragraphs: list[str] = (),
    header: str | None = None,
    footer: str | None = None,
    table: list[list[str]] | None = None,
    nested: str | None = None,
    textbox: str | None = None,
) -> Path:
    """A DOCX with the parts asked for; a text box is added as raw XML after saving."""
    import docx

    d = docx.Document()
    if header:
        d.sections[0].header.paragraphs[0].text = header
    if footer:
        d.sections[0].footer.paragraphs[0].text = footer
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
        if nested:
            inner = t.cell(0, 0).add_table(rows=1, cols=1)
            inner.cell(0, 0).text = nested
    d.save(str(path))
    if textbox:
        _insert_into_body(path, _TEXTBOX.format(text=textbox))
    return path


def _insert_into_body(path: Path, xml: str) -> None:
    """Rewrite word/document.xml with ``xml`` inserted before the section properties."""
    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i.filename)) for i in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in items:
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<w:sectPr\b)", xml.replace("\\", r"\\") + r"\1", text, count=1)
                data = text.encode("utf-8")
            zf.writestr(info, data)


def make_zip_bomb(path: Path, unpacked_bytes: int) -> Path:
    """A .docx-named zip whose one member unpacks to ``unpacked_bytes`` of zeros."""
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w", force_zip64=True) as fh:
            left = unpacked_bytes
            while left > 0:
                fh.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
    return path


def make_declared_bomb(path: Path, declared_bytes: int) -> Path:
    """A small DOCX-like zip whose central directory claims ``declared_bytes`` unpacked.

    The reader trusts the declared sizes (zipfile never inflates a member past its
    declared size), so this tests the guard without compressing 200 MB in the suite.
    """
    import struct

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x01\x02")  # central header of the last member
    data[at + 24 : at + 28] = struct.pack("<I", min(declared_bytes, 0xFFFFFFFE))
    path.write_bytes(bytes(data))
    return path


OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def make_mixed_scan_pdf(path: Path, lines: list[str]) -> Path:
    """Page 1 has text; page 2 is only an image (a scanned page in a text PDF)."""
    import pikepdf

    img_pdf = make_image_only_pdf(path.with_name("img-" + path.name))
    text_pdf = make_pdf(path.with_name("txt-" + path.name), lines)
    with pikepdf.open(text_pdf) as out, pikepdf.open(img_pdf) as img:
        out.pages.extend(img.pages)
        out.save(path)
    return path


def make_blank_pdf(path: Path) -> Path:
    """A PDF with one empty page: no text and no images."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.output(str(path))
    return path
