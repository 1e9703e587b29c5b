"""Read a resume or role description (PDF, DOCX, text, or stdin) into a Document.

The type is decided by content first (magic bytes), then by extension, so a PDF
named ``.txt`` is read as a PDF and binary junk named ``.txt`` is refused. Every
bad input raises ``InputError(path, problem)`` with a one-line problem; inputs
are only ever read.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import InputError
from ..models import Document
from .limits import LITTLE_TEXT, ReadLimits

__all__ = ["ReadLimits", "read_document", "sniff"]

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptionInfo".encode("utf-16-le")
_SIGNATURES = (  # (magic, what it is) for binary types we refuse by name
    (b"\x89PNG\r\n\x1a\n", "a PNG image (OCR is not supported)"),
    (b"\xff\xd8\xff", "a JPEG image (OCR is not supported)"),
    (b"GIF8", "a GIF image (OCR is not supported)"),
    (b"II*\x00", "a TIFF image (OCR is not supported)"),
    (b"MM\x00*", "a TIFF image (OCR is not supported)"),
    (b"{\\rtf", "an RTF document; save it as .docx or PDF"),
    (b"\x1f\x8b", "gzip-compressed; unpack it first"),
)


def read_document(
    path: str | os.PathLike[str],
    *,
    limits: ReadLimits = ReadLimits(),
    password: str | None = None,
) -> Document:
    """Read ``path`` (``"-"`` for stdin) into a Document; raise InputError if it can't be read.

    ``password`` opens an encrypted PDF. Limits: ``limits.max_bytes`` (file size),
    ``max_pages`` (PDF), ``max_chars`` (longer text is cut with a warning).
    """
    source = str(path)
    data = _stdin_bytes(limits) if source == "-" else _file_bytes(Path(path), source, limits)
    if not data.strip():
        raise InputError(source, "empty file")
    kind = sniff(data, "" if source == "-" else Path(path).suffix.lower(), source)
    if kind == "pdf":
        from .pdf import read_pdf

        doc = read_pdf(data, source, limits, password)
    elif kind == "docx":
        from .docx import read_docx

        doc = read_docx(data, source, limits)
    else:
        from .text import read_text

        doc, _ = read_text(data, source)
        if not doc.text.strip():
            raise InputError(source, "empty file")
    return _finish(doc, limits)


def _file_bytes(path: Path, source: str, limits: ReadLimits) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(source, "no such file") from None
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    if path.is_dir():
        raise InputError(source, "is a directory, expected a file")
    if not path.is_file():
        raise InputError(source, "not a regular file")
    if st.st_size > limits.max_bytes:
        raise InputError(source, _too_big(st.st_size, limits))
    try:
        with path.open("rb") as fh:
            data = fh.read(limits.max_bytes + 1)
    except OSError as exc:
        raise InputError(source, f"cannot read ({exc.strerror or exc})") from None
    if len(data) > limits.max_bytes:  # grew while we looked
        raise InputError(source, _too_big(len(data), limits))
    return data


def _stdin_bytes(limits: ReadLimits) -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("-", "stdin is not available")
    isatty = getattr(sys.stdin, "isatty", None)
    if isatty is not None and isatty():
        raise InputError("-", "stdin is a terminal; pipe a document in or give a file path")
    data = stream.read(limits.max_bytes + 1)
    if len(data) > limits.max_bytes:
        raise InputError("-", _too_big(len(data), limits, at_least=True))
    return data


def _too_big(size: int, limits: ReadLimits, at_least: bool = False) -> str:
    more = "over " if at_least else ""
    return (
        f"file is {more}{size:,} bytes, over the limit of {limits.max_bytes:,} "
        "(raise it with --max-bytes)"
    )


def sniff(data: bytes, suffix: str, source: str) -> str:
    """ "pdf", "docx" or "text" from the content (and the extension when content is silent)."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return "docx"  # the DOCX reader says what it is if it is another kind of zip
    if data.startswith(_OLE2):
        if _ENCRYPTED_OOXML in data[:200_000]:
            raise InputError(
                source,
                "password-protected Office file; remove the password and save it as .docx or PDF",
            )
        raise InputError(source, "legacy .doc is not supported; save it as .docx or PDF")
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise InputError(source, f"unsupported file type: {what}")
    if suffix == ".pdf":
        raise InputError(source, "not a PDF (no %PDF- header); is the file corrupt?")
    if suffix == ".docx":
        raise InputError(source, "corrupt DOCX (not a zip archive)")
    if suffix == ".doc":
        raise InputError(source, "legacy .doc is not supported; save it as .docx or PDF")
    return "text"  # any other extension: read it if it decodes as text


def _finish(doc: Document, limits: ReadLimits) -> Document:
    """Apply the character limit and the "little text" warning shared by all formats."""
    text = doc.text
    warnings = list(doc.warnings)
    if len(text) > limits.max_chars:
        cut = text.rfind("\n", 0, limits.max_chars + 1)
        text = text[: cut if cut > 0 else limits.max_chars]
        warnings.append(
            f"text cut to its first {len(text):,} characters, limit {limits.max_chars:,} "
            "(raise it with --max-chars)"
        )
    if doc.format != "pdf":  # the PDF reader words its own warning
        non_space = sum(1 for c in text if not c.isspace())
        if non_space < LITTLE_TEXT:
            warnings.append(f"little text ({non_space} characters); is this the right file?")
    if text is doc.text and tuple(warnings) == doc.warnings:
        return doc
    return Document(
        source=doc.source, text=text, format=doc.format, pages=doc.pages, warnings=tuple(warnings)
    )
