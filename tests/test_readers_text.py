"""Text reader: encodings, BOMs, line endings, limits, stdin."""

from __future__ import annotations

import io
import sys

import pytest

from skillmatch.readers import ReadLimits, read_document
from skillmatch.readers.text import decode

SAMPLE = (
    "José Müller-Øster — Senior Engineer\n"
    "Skills: Python, Go, PostgreSQL, “Kubernetes”, €-billing\n"
    "Experience: naïve café ordering system, 2019 – 2023\n"
) * 3


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_utf8(tmp_path):
    doc = read_document(_write(tmp_path, "r.txt", SAMPLE.encode("utf-8")))
    assert doc.text == SAMPLE
    assert doc.format == "text"
    assert doc.warnings == ()


def test_cp1252(tmp_path):
    doc = read_document(_write(tmp_path, "r.txt", SAMPLE.encode("cp1252")))
    assert doc.text == SAMPLE


def test_short_cp1252_is_not_read_as_cyrillic():
    assert decode("Résumé\n".encode("cp1252"), "x") == ("Résumé\n", "cp1252")


def test_cp1251_cyrillic():
    text = "Опыт работы: Python, Go и PostgreSQL. Образование: инженер-программист.\n" * 3
    assert decode(text.encode("cp1251"), "x") == (text, "cp1251")


@pytest.mark.parametrize("enc", ["utf-16", "utf-32", "utf-8-sig"])
def test_bom(tmp_path, enc):
    doc = read_document(_write(tmp_path, "r.txt", SAMPLE.encode(enc)))
    assert doc.text == SAMPLE  # BOM removed, nothing else changed


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(tmp_path, enc):
    doc = read_document(_write(tmp_path, "r.txt", SAMPLE.encode(enc)))
    assert doc.text == SAMPLE


def test_line_endings_normalised_and_nothing_else(tmp_path):
    raw = "A  line\twith tabs  \r\nsecond\rthird\n\n  indented\r\n"
    doc = read_document(_write(tmp_path, "r.md", raw.encode()))
    assert doc.text == "A  line\twith tabs  \nsecond\nthird\n\n  indented\n"


def test_offsets_match_content(tmp_path):
    raw = "Summary\nI write Go.\nSkills: Python, Go\n" * 10
    doc = read_document(_write(tmp_path, "r.txt", raw.encode()))
    i = doc.text.index("Python")
    assert raw[i : i + 6] == "Python"


def test_unknown_extension_with_text_is_read(tmp_path):
    doc = read_document(_write(tmp_path, "role.description", SAMPLE.encode()))
    assert doc.format == "text"
    assert doc.text == SAMPLE


def test_little_text_warning(tmp_path):
    doc = read_document(_write(tmp_path, "r.txt", b"Python, Go"))
    assert any(w.startswith("little text") for w in doc.warnings)


def test_max_chars_cuts_at_line_end_with_warning(tmp_path):
    raw = "".join(f"line {i:04d} Python\n" for i in range(100))
    doc = read_document(_write(tmp_path, "r.txt", raw.encode()), limits=ReadLimits(max_chars=170))
    assert doc.text == raw[: raw.rfind("\n", 0, 171)]
    assert any("--max-chars" in w for w in doc.warnings)


def test_stdin_text(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SAMPLE.encode("cp1252"))))
    doc = read_document("-")
    assert doc.source == "-"
    assert doc.text == SAMPLE


def test_stdin_pdf(monkeypatch, tmp_path):
    from readers_fixtures import make_pdf

    data = make_pdf(tmp_path / "r.pdf", ["Skills: Python, Go, Rust"] * 10).read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    doc = read_document("-")
    assert doc.format == "pdf"
    assert doc.text.startswith("Skills: Python, Go, Rust")


def test_stdin_empty(monkeypatch):
    from skillmatch.errors import InputError

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(InputError, match="empty file"):
        read_document("-")


def test_stdin_terminal_is_refused_not_waited_on(monkeypatch):
    from skillmatch.errors import InputError

    class Tty(io.TextIOWrapper):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Tty(io.BytesIO(b"never read")))
    with pytest.raises(InputError, match="stdin is a terminal"):
        read_document("-")
