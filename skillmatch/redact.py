"""Blind screening: strip a candidate's identity from result records.

``--redact`` removes the candidate's name, e-mail addresses, phone numbers and
links from every string a result carries (evidence lines, suggestions,
warnings, extra skills), and replaces the ``source`` path by a content hash
(``redacted-<12 hex>.<ext>``) because file names usually carry the name too.
The hash is the first 12 hex digits of the file's SHA-256, so a recruiter can
map a row back with ``sha256sum``.

The name is found by a heuristic: the first non-empty line of the document when
it looks like a name (2-4 capitalised words, no digits, not a heading such as
"Curriculum Vitae"). Every occurrence of the whole name, and of each of its
words of 3+ letters, is replaced.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from skillmatch import addresses

NAME = "[name]"
EMAIL = "[email]"
PHONE = "[phone]"
LINK = "[link]"

# Profile sites are redacted by name too: "github.com/jo" names its owner.
_PROFILE_LINK = re.compile(
    r"\b(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|twitter\.com|x\.com)/\S*",
    re.IGNORECASE,
)
_NOT_NAMES = {
    "resume",
    "résumé",
    "curriculum",
    "vitae",
    "cv",
    "profile",
    "summary",
    "contact",
    "experience",
    "skills",
    "education",
    "objective",
    "engineer",
    "developer",
    "manager",
    "senior",
    "software",
    "analyst",
    "designer",
    "consultant",
}


def _name_word(word: str) -> bool:
    """Capitalised letters with ' and - inside ("O'Neil", "Ramaswamy-Okafor", "Q.")."""
    core = word.rstrip(".")
    return bool(core) and core[0].isupper() and all(c.isalpha() or c in "'-’" for c in core)


def guess_name(text: str) -> str | None:
    """The candidate's name if the first non-empty line looks like one."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        # "Jane Doe | jane@x.com" or "Jane Doe, PhD": keep the part before a separator.
        head = re.split(r"\s*[|,•·\u2013\u2014]\s*|\s{3,}|\t", line)[0].strip()
        words = head.split()
        if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in head):
            return None
        if not all(_name_word(w) for w in words):
            return None
        if any(w.lower().strip(".") in _NOT_NAMES for w in words):
            return None
        return head
    return None


def _phone(match: re.Match[str]) -> str:
    digits = sum(ch.isdigit() for ch in match.group(0))
    text = match.group(0)
    # Year ranges ("2019 - 2023") and plain long numbers are not phone numbers.
    if digits < 8 or re.fullmatch(r"\d{4}\s*[-–]\s*\d{4}", text.strip()):
        return text
    return PHONE


def make_redactor(text: str) -> Callable[[str], str]:
    """A function that redacts strings taken from the document ``text``."""
    name = guess_name(text)
    name_re: re.Pattern[str] | None = None
    if name:
        words = {name, *(w.strip(".") for w in name.split() if len(w.strip(".")) >= 3)}
        words |= {w.title() for w in words if w.isupper()}  # "JANE DOE" heads, "Jane" below
        parts = sorted(
            words,
            key=len,
            reverse=True,
        )
        name_re = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in parts) + r")\b")

    def redact(value: str) -> str:
        value = addresses.EMAIL.sub(EMAIL, value)
        value = addresses.WEB_LINK.sub(LINK, value)
        value = _PROFILE_LINK.sub(LINK, value)
        value = addresses.PHONE.sub(_phone, value)
        if name_re is not None:
            value = name_re.sub(NAME, value)
        return value

    return redact


def redact_strings(value: Any, redact: Callable[[str], str], skip: frozenset[str]) -> Any:
    """Apply ``redact`` to every string inside ``value`` except the keys in ``skip``."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_strings(v, redact, skip) for v in value]
    if isinstance(value, dict):
        return {k: v if k in skip else redact_strings(v, redact, skip) for k, v in value.items()}
    return value


def redacted_source(path: str) -> str:
    """``redacted-<sha256 of the content, 12 hex>.<ext>`` (of the path if unreadable)."""
    suffix = Path(path).suffix.lower()
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        digest = hashlib.sha256(path.encode("utf-8", "surrogateescape"))
    return f"redacted-{digest.hexdigest()[:12]}{suffix}"


# Keys whose values are identifiers of the taxonomy or of the role, not resume text.
KEEP_KEYS = frozenset(
    {
        "source",
        "skill",
        "any_of",
        "importance",
        "status",
        "via",
        "matched_skill",
        "section",
        "confidence",
        "label",
        "role_line",
        "fields",
        "education",
    }
)


def redact_record(record: dict[str, Any], text: str | None, source: str) -> dict[str, Any]:
    """A copy of a result record with the candidate's identity removed."""
    redact = make_redactor(text or "")
    out = redact_strings(record, redact, KEEP_KEYS)
    out["source"] = redacted_source(source)
    if out.get("education"):
        out["education"] = [redact(e) for e in out["education"]]
    return out
