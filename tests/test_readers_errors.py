"""Every bad input gives InputError with one line naming the file and the problem."""

from __future__ import annotations

import hashlib
import io
import sys
import zipfile

import pytest
from readers_fixtures import (
    OLE2_MAGIC,
    make_declared_bomb,
    make_docx,
    make_encrypted_pdf,
    make_image_only_pdf,
    make_pdf,
    make_zip_bomb,
)

from skillmatch.errors import InputError
from skillmatch.readers import ReadLimits, read_document

RESUME = ["Robin Placeholder", "Skills: Python, Go, PostgreSQL, Docker", "Experience: APIs"]


def _problem(path, **kw) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, **kw)
    err = info.value
    assert err.path == str(path)
    assert "\n" not in str(err)
    assert str(err).startswith(f"{path}: ")
    return err.problem


def test_missing_file(tmp_path):
    assert _problem(tmp_path / "nope.pdf") == "no such file"


def test_directory(tmp_path):
    assert _problem(tmp_path) == "is a directory, expected a file"


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert _problem(p) == "empty file"


def test_whitespace_only_file(tmp_path):
    p = tmp_path / "blank.md"
    p.write_bytes(b"  \r\n\n\t \n")
    assert _problem(p) == "empty file"


def test_image_only_pdf(tmp_path):
    p = make_image_only_pdf(tmp_path / "scan.pdf")
    assert _problem(p) == "no text layer (scanned document; OCR is not supported)"


def test_encrypted_pdf_needs_password(tmp_path):
    p = make_encrypted_pdf(tmp_path / "locked.pdf", "s3cret", RESUME)
    assert _problem(p) == "encrypted PDF: pass --password"
    assert _problem(p, password="wrong") == "encrypted PDF: wrong password"


def test_encrypted_pdf_opens_with_password(tmp_path):
    p = make_encrypted_pdf(tmp_path / "locked.pdf", "s3cret", RESUME)
    doc = read_document(p, password="s3cret")
    assert "Skills: Python, Go" in doc.text


@pytest.mark.parametrize("keep", [0.25, 0.6, 0.95])
def test_truncated_pdf(tmp_path, keep):
    full = make_pdf(tmp_path / "full.pdf", RESUME).read_bytes()
    p = tmp_path / "cut.pdf"
    p.write_bytes(full[: int(len(full) * keep)])
    assert _problem(p).startswith("corrupt or truncated PDF (")


def test_corrupt_pdf_body(tmp_path):
    p = tmp_path / "junk.pdf"
    p.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n")
    assert _problem(p).startswith("corrupt or truncated PDF (")


def test_too_many_pages(tmp_path):
    p = make_pdf(tmp_path / "long.pdf", RESUME, pages=4)
    problem = _problem(p, limits=ReadLimits(max_pages=3))
    assert problem == "4 pages, over the limit of 3 (raise it with --max-pages)"


def test_too_many_bytes(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Python developer\n" * 100)
    problem = _problem(p, limits=ReadLimits(max_bytes=1000))
    assert problem == "file is 1,700 bytes, over the limit of 1,000 (raise it with --max-bytes)"


def test_corrupt_docx(tmp_path):
    good = make_docx(tmp_path / "good.docx", paragraphs=RESUME).read_bytes()
    p = tmp_path / "bad.docx"
    p.write_bytes(good[: len(good) // 2])
    assert _problem(p).startswith("corrupt DOCX (")


def test_docx_extension_but_not_zip(tmp_path):
    p = tmp_path / "fake.docx"
    p.write_text("just some words, not a zip")
    assert _problem(p) == "corrupt DOCX (not a zip archive)"


def test_zip_without_document_xml(tmp_path):
    p = tmp_path / "other.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    assert _problem(p) == "not a Word document (a zip without word/document.xml)"


def test_legacy_doc(tmp_path):
    p = tmp_path / "old.doc"
    p.write_bytes(OLE2_MAGIC + b"\0" * 1000)
    assert _problem(p) == "legacy .doc is not supported; save it as .docx or PDF"


def test_ole2_named_docx_is_still_legacy(tmp_path):
    p = tmp_path / "renamed.docx"
    p.write_bytes(OLE2_MAGIC + b"\0" * 1000)
    assert _problem(p).startswith("legacy .doc is not supported")


def test_password_protected_docx(tmp_path):
    p = tmp_path / "locked.docx"
    p.write_bytes(OLE2_MAGIC + b"\0" * 100 + "EncryptionInfo".encode("utf-16-le") + b"\0" * 100)
    assert _problem(p).startswith("password-protected Office file")


def test_zip_bomb_small_limit(tmp_path):
    p = make_zip_bomb(tmp_path / "bomb.docx", 5_000_000)
    assert p.stat().st_size < 50_000
    problem = _problem(p, limits=ReadLimits(max_unzipped_bytes=1_000_000))
    assert problem.startswith("zip bomb suspected: it would unpack to 5,000,0")


def test_zip_bomb_default_limit(tmp_path):
    p = make_declared_bomb(tmp_path / "bomb.docx", 250_000_000)
    assert _problem(p) == (
        "zip bomb suspected: it would unpack to 250,000,008 bytes (limit 200,000,000); not read"
    )


def test_binary_junk_named_txt(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_bytes(hashlib.sha512(b"seed").digest() * 64)
    assert _problem(p) == "binary content, not text"


def test_binary_without_nul_named_txt(tmp_path):
    p = tmp_path / "ctrl.txt"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"text")
    assert _problem(p) == "binary content, not text"


def test_pdf_named_txt_is_read_as_pdf(tmp_path):
    pdf = make_pdf(tmp_path / "r.pdf", RESUME * 4)
    p = tmp_path / "actually-a-pdf.txt"
    p.write_bytes(pdf.read_bytes())
    doc = read_document(p)
    assert doc.format == "pdf"
    assert "Skills: Python, Go, PostgreSQL" in doc.text
    assert "%PDF" not in doc.text


def test_pdf_extension_without_pdf_content(tmp_path):
    p = tmp_path / "notes.pdf"
    p.write_text("I am text pretending to be a PDF")
    assert _problem(p) == "not a PDF (no %PDF- header); is the file corrupt?"


def test_png_image_is_refused(tmp_path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    assert _problem(p) == "unsupported file type: a PNG image (OCR is not supported)"


def test_inputs_are_not_modified(tmp_path):
    files = [
        make_pdf(tmp_path / "a.pdf", RESUME),
        make_docx(tmp_path / "b.docx", paragraphs=RESUME),
        make_encrypted_pdf(tmp_path / "c.pdf", "pw", RESUME),
    ]
    before = {f: (f.read_bytes(), f.stat().st_mtime_ns) for f in files}
    for f in files:
        try:
            read_document(f)
        except InputError:
            pass
    assert {f: (f.read_bytes(), f.stat().st_mtime_ns) for f in files} == before


def test_stdin_too_big(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 50)))
    with pytest.raises(InputError) as info:
        read_document("-", limits=ReadLimits(max_bytes=10))
    assert info.value.path == "-"
    assert "--max-bytes" in info.value.problem
