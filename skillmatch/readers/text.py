"""Plain-text reader (TXT, MD and anything else that decodes as text).

Order: BOM -> UTF-16/32 without BOM (NUL-byte pattern) -> strict UTF-8 ->
charset-normalizer restricted to a short list -> cp1252 with replacement.
Line endings become ``\\n``; nothing else changes, so offsets into the text are
offsets into the file's content.
"""

from __future__ import annotations

import codecs
import unicodedata

from ..errors import InputError
from ..models import Document

_BOMS = (  # UTF-32 before UTF-16: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# charset-normalizer may only choose among these. Unrestricted, it reads short
# cp1252 text as cp1250, cp775 or mac_latin2. cp1252 is what Windows "Save as
# text" writes in the West (latin-1's printable characters are a subset);
# cp1251, GB18030 and Shift-JIS cover the commonest non-Western legacy files.
DETECT_ENCODINGS = ("cp1252", "cp1251", "gb18030", "shift_jis")
_PREFER_CP1252_MARGIN = 0.02  # take cp1252 unless another is clearly less chaotic
_MAX_CONTROL_RATIO = 0.005


def decode(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding name) of ``data``; InputError if it is not text."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(enc), source), enc
            except UnicodeDecodeError:
                raise InputError(source, f"invalid {enc.upper()} text after its BOM") from None
    if b"\x00" in data:
        enc = _utf16_32_guess(data)
        if enc is None:
            raise InputError(source, "binary content, not text")
        try:
            return _checked(data.decode(enc), source), enc
        except UnicodeDecodeError:
            raise InputError(source, "binary content, not text") from None
    try:
        return _checked(data.decode("utf-8"), source), "utf-8"
    except UnicodeDecodeError:
        pass
    enc = _detect(data)
    if enc is not None:
        try:
            return _checked(data.decode(enc), source), enc
        except (UnicodeDecodeError, LookupError):
            pass
    return _checked(data.decode("cp1252", errors="replace"), source), "cp1252"


def _utf16_32_guess(data: bytes) -> str | None:
    """UTF-16/32 without a BOM: mostly-ASCII text puts NULs in a fixed lane."""
    head = data[:4096]
    n = len(head) - len(head) % 4
    if n < 4:
        return None
    lanes = [head[i:n:4].count(0) / (n // 4) for i in range(4)]
    if lanes[1] > 0.9 and lanes[2] > 0.9 and lanes[3] > 0.9 and lanes[0] < 0.1:
        return "utf-32-le"
    if lanes[0] > 0.9 and lanes[1] > 0.9 and lanes[2] > 0.9 and lanes[3] < 0.1:
        return "utf-32-be"
    even, odd = (lanes[0] + lanes[2]) / 2, (lanes[1] + lanes[3]) / 2
    if odd > 0.6 and even < 0.1:
        return "utf-16-le"
    if even > 0.6 and odd < 0.1:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    results = list(from_bytes(data, cp_isolation=list(DETECT_ENCODINGS)))
    if not results:
        return None
    best = min(results, key=lambda r: r.chaos)
    for r in results:
        if r.encoding == "cp1252" and r.chaos <= best.chaos + _PREFER_CP1252_MARGIN:
            return "cp1252"
    return best.encoding


def _checked(text: str, source: str) -> str:
    """Refuse text full of control characters: it was binary that happened to decode."""
    sample = text[:100_000]
    if not sample:
        return text
    controls = sum(1 for c in sample if c not in "\t\n\r\f\v" and unicodedata.category(c) == "Cc")
    if controls > max(2, _MAX_CONTROL_RATIO * len(sample)):
        raise InputError(source, "binary content, not text")
    return text


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(data: bytes, source: str) -> tuple[Document, str]:
    """A Document from text bytes, and the encoding used (for warnings and tests)."""
    text, enc = decode(data, source)
    text = normalise_newlines(text)
    warnings: list[str] = []
    if "\ufffd" in text and enc == "cp1252":
        warnings.append("some bytes were not valid in any expected encoding (shown as \ufffd)")
    return Document(source=source, text=text, format="text", pages=1, warnings=tuple(warnings)), enc
