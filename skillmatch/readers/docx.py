"""DOCX reader on docx2txt (imported lazily), with a zip-bomb guard.

docx2txt reads headers, the body (tables, nested tables, text boxes) and footers
through the standard library's zip and XML modules. We open the zip ourselves
first to check its declared uncompressed size, and drop ``mc:Fallback`` blocks
(the VML copy of every modern text box) so text-box text is not read twice.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import InputError
from ..models import Document
from .limits import ReadLimits, one_line

_FALLBACK = re.compile(rb"<mc:Fallback\b.*?</mc:Fallback>", re.S)
_HEADER = re.compile(r"word/header[0-9]*\.xml$")
_FOOTER = re.compile(r"word/footer[0-9]*\.xml$")
_PAGES = re.compile(rb"<Pages>(\d+)</Pages>")


def read_docx(data: bytes, source: str, limits: ReadLimits) -> Document:
    """Read a DOCX held in ``data``; InputError with one clear line if it cannot be read."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError) as exc:
        problem = f"corrupt DOCX (not a readable zip archive: {one_line(exc)})"
        raise InputError(source, problem) from None
    with zf:
        infos = zf.infolist()
        unzipped = sum(i.file_size for i in infos)
        limit = limits.unzipped_limit
        if unzipped > limit:
            raise InputError(
                source,
                f"zip bomb suspected: it would unpack to {unzipped:,} bytes "
                f"(limit {limit:,}); not read",
            )
        names = [i.filename for i in infos]
        if "word/document.xml" not in names:
            raise InputError(source, "not a Word document (a zip without word/document.xml)")
        try:
            parts = [n for n in names if _HEADER.match(n)]
            parts.append("word/document.xml")
            parts += [n for n in names if _FOOTER.match(n)]
            text = "".join(_part_text(zf.read(n)) for n in parts)
            app = zf.read("docProps/app.xml") if "docProps/app.xml" in names else b""
        except (zipfile.BadZipFile, EOFError, OSError, ValueError, KeyError) as exc:
            raise InputError(source, f"corrupt DOCX ({one_line(exc)})") from None
        except Exception as exc:  # ElementTree.ParseError and friends
            raise InputError(source, f"corrupt DOCX (bad XML: {one_line(exc)})") from None
    text = tidy(text)
    if not text.strip():
        raise InputError(source, "empty document (no text in the DOCX)")
    m = _PAGES.search(app)
    pages = max(int(m.group(1)), 1) if m else 1
    return Document(source=source, text=text, format="docx", pages=pages)


def _part_text(xml: bytes) -> str:
    from docx2txt.docx2txt import xml2text

    return xml2text(_join_cells(_FALLBACK.sub(b"", xml)))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _join_cells(xml: bytes) -> bytes:
    """Keep a table row on one line, its cells separated by a tab.

    docx2txt starts a new paragraph for every cell, so a row "Languages | Python, Go"
    would read as two lines and "Languages" alone could look like a heading. The first
    paragraph of every cell after the first is renamed (docx2txt then starts no new
    line for it) and given a leading ``w:tab``.
    """
    if b"<w:tc" not in xml:
        return xml
    import xml.etree.ElementTree as ET

    root = ET.fromstring(xml)
    for row in root.iter(_W + "tr"):
        for cell in [c for c in row if c.tag == _W + "tc"][1:]:
            first = next((c for c in cell if c.tag == _W + "p"), None)
            if first is not None:
                first.tag = _W + "pJoined"
                first.insert(0, ET.Element(_W + "tab"))
    return ET.tostring(root)


def tidy(text: str) -> str:
    """docx2txt's blank lines to plain lines.

    docx2txt writes ``\\n\\n`` before every paragraph (table cells too) and
    ``\\n`` for a line break. One paragraph break becomes one line end; two or
    more (an empty paragraph between) become one blank line. Trailing spaces on
    lines are dropped; text inside a line is unchanged.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", re.sub(r"(?<!\n)\n\n(?!\n)", "\n", text))
    return text.strip("\n")
