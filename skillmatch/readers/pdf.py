"""PDF reader on pypdfium2 (imported lazily: it loads a native library).

Per page: if the character boxes show a two-column layout, rebuild the text
column by column (``layout``); otherwise take pdfium's text in its own order,
which keeps its spacing and line breaks. pdfium is not thread-safe; the batch
runs readers in processes.
"""

from __future__ import annotations

import re

from ..errors import InputError
from ..models import Document
from .layout import Char, find_gutter, segments, two_column_text
from .limits import LITTLE_TEXT, ReadLimits, one_line

# pdfium marks a hyphen it joined across a line end with U+FFFE (older builds: 0x02).
_HYPHEN_MARKS = {"\ufffe": "-", "\x02": "-"}
_FPDF_ERR_PASSWORD = 4


def read_pdf(data: bytes, source: str, limits: ReadLimits, password: str | None = None) -> Document:
    """Read the text of a PDF held in ``data``; raise InputError with one clear line."""
    import pypdfium2 as pdfium

    truncated = b"%%EOF" not in data[-4096:]
    try:
        pdf = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise InputError(source, _load_problem(exc, password, truncated)) from None
    try:
        return _read_pages(pdf, source, limits, truncated)
    finally:
        pdf.close()


def _load_problem(exc: Exception, password: str | None, truncated: bool) -> str:
    if getattr(exc, "err_code", None) == _FPDF_ERR_PASSWORD:
        if password is None:
            return "encrypted PDF: pass --password"
        return "encrypted PDF: wrong password"
    if truncated:
        return "corrupt or truncated PDF (the file ends early: no %%EOF marker)"
    detail = one_line(exc).rstrip(".")
    return f"corrupt or truncated PDF ({detail})"


def _read_pages(pdf, source: str, limits: ReadLimits, truncated: bool) -> Document:
    import pypdfium2 as pdfium

    n_pages = len(pdf)
    if n_pages > limits.max_pages:
        raise InputError(
            source,
            f"{n_pages} pages, over the limit of {limits.max_pages} (raise it with --max-pages)",
        )
    if n_pages == 0:
        raise InputError(source, "corrupt PDF (it has no pages)")
    texts: list[str] = []
    columns: list[int] = []
    scanned: list[int] = []
    for i in range(n_pages):
        try:
            page = pdf[i]
        except pdfium.PdfiumError as exc:
            raise InputError(source, f"corrupt PDF (page {i + 1}: {one_line(exc)})") from None
        try:
            text, two_col, has_images = _page_text(page)
        finally:
            page.close()
        if two_col:
            columns.append(i + 1)
        if not text.strip() and has_images:
            scanned.append(i + 1)
        texts.append(text)
    full = "\n\n".join(t.strip("\n") for t in texts).strip("\n")
    if not full.strip():
        if scanned:
            raise InputError(source, "no text layer (scanned document; OCR is not supported)")
        raise InputError(source, "no text found (the PDF's pages are empty)")
    warnings: list[str] = []
    if truncated:
        warnings.append("the PDF has no %%EOF marker at its end; it may be truncated")
    if scanned:
        warnings.append(
            f"no text layer on {_pages(scanned)} (scanned?); OCR is not supported, "
            "their text is missing"
        )
    if columns:
        warnings.append(
            f"two-column layout detected on {_pages(columns)}; read left column, then right"
        )
    non_space = sum(1 for c in full if not c.isspace())
    if non_space < LITTLE_TEXT:
        warnings.append(f"little text ({non_space} characters); is this the right file?")
    return Document(source=source, text=full, format="pdf", pages=n_pages, warnings=tuple(warnings))


def _pages(numbers: list[int]) -> str:
    word = "page" if len(numbers) == 1 else "pages"
    return f"{word} {', '.join(map(str, numbers))}"


def _page_text(page) -> tuple[str, bool, bool]:
    """(text, read as two columns?, has image objects?) of one page."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        raw_text = textpage.get_text_range()
        segs = segments(_chars(textpage, raw_text))
        has_images = False
        if not segs:
            has_images = any(
                True for _ in page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE], max_depth=3)
            )
            return "", False, has_images
        left, _, right, _ = page.get_bbox()
        gutter = find_gutter(segs, left, right)
        if gutter is not None:
            return _clean(two_column_text(segs, gutter)), True, has_images
        return _clean(raw_text), False, has_images
    finally:
        textpage.close()


def _chars(textpage, text: str) -> list[Char | None]:
    """The page's words in stream order as boxes (``Char`` with a word of text);
    a space ``Char`` between words; None for a line break.

    A box costs one pdfium call, so a word is measured by its first and last
    characters; a word whose two ends do not sit on one line (rare) is measured
    character by character. Text comes from one call for the whole page when it
    has one UTF-16 unit per character (no surrogate pairs), the usual case.
    """
    import pypdfium2.raw as raw

    n = textpage.count_chars()
    handle = textpage.raw
    if len(text) != n:
        text = "".join(chr(raw.FPDFText_GetUnicode(handle, i)) for i in range(n))
    rect = raw.FS_RECTF()
    get_box = raw.FPDFText_GetLooseCharBox

    def box(i: int) -> tuple[float, float, float, float]:
        get_box(handle, i, rect)
        return rect.left, rect.bottom, rect.right, rect.top

    out: list[Char | None] = []
    space = Char(" ", 0.0, 0.0, 0.0, 0.0)
    for m in _TOKEN.finditer(text):
        tok = m.group()
        if tok[0] in "\r\n":
            if out and out[-1] is not None:
                out.append(None)
            continue
        if tok[0].isspace():
            out.append(space)
            continue
        i, j = m.start(), m.end() - 1
        l1, b1, r1, t1 = box(i)
        if i == j:
            out.append(Char(_unmark(tok), l1, b1, r1, t1))
            continue
        l2, b2, r2, t2 = box(j)
        h = max(t1 - b1, t2 - b2, 1.0)
        if abs((b1 + t1) - (b2 + t2)) <= h and l1 <= r2 <= l1 + 1.5 * h * (j - i + 1):
            out.append(Char(_unmark(tok), l1, min(b1, b2), r2, max(t1, t2)))
            continue
        for k in range(i, j + 1):  # the word's ends disagree: measure each character
            out.append(Char(_unmark(text[k]), *box(k)))
    return out


_TOKEN = re.compile(r"[\r\n]+|[^\S\r\n]+|[^\s\x00\ud800-\udfff]+")


def _unmark(word: str) -> str:
    for mark, repl in _HYPHEN_MARKS.items():
        word = word.replace(mark, repl)
    return word


def _clean(text: str) -> str:
    """pdfium text to plain text: ``\\n`` line ends, hyphen marks, no NULs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    for mark, repl in _HYPHEN_MARKS.items():
        text = text.replace(mark, repl)
    return text
