"""What the author is still working towards: a certification ("CKAD - in progress",
"pursuing the PMP", "AWS Solutions Architect (expected 2025)") or skills on a line that
says they are being learnt ("Currently learning: Rust, Go").

Recruiters' first complaint about matchers is a pending credential scored as held. The
mention is kept (it is real evidence of study) but marked, and scoring gives it part of
the credit of a held one (``Weights.pending``).
"""

from __future__ import annotations

import re

# Right after the name (and its acronym in brackets), on its line: "- in progress",
# "(expected May 2025)", "(CKAD): ongoing".
PENDING_AFTER = re.compile(
    r"(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*\)?[ \t]*[-\u2013\u2014:,(\[]?[ \t]*"
    r"(?P<marker>in[ -]progress|ongoing|pursuing|expected|anticipated|planned|scheduled|"
    r"in preparation|currently studying|studying|not yet (?:taken|completed)|"
    r"to be completed|candidate)\b",
    re.IGNORECASE,
)
# Right before it: "pursuing the PMP", "working towards CISSP", "preparing for the CKA exam".
PENDING_BEFORE = re.compile(
    r"\b(?P<marker>pursuing|working (?:towards?|on)|studying for|preparing for|candidate for|"
    r"enrolled in|currently completing|in progress:?)[ \t]+(?:(?:the|an?|my)[ \t]+)?$",
    re.IGNORECASE,
)
BEFORE_REACH = 40  # characters of the same line searched before the name
# A line that opens by saying its skills are being learnt: "Currently learning: Rust",
# "Learning Kotlin and Swift". Not a field named "learning" ("Learning and Development",
# "Learning management systems", "Learning & Teaching").
LEARNING_LINE = re.compile(
    r"[ \t\u2022*>-]*(?:(?:currently|now|actively|also)[ \t]+)?(?P<marker>learning|studying)\b"
    r"(?![ \t]*(?:and|&|management|development|design|technolog|platform|system|experience|"
    r"analytic|object|outcome|material|resource|support|difficult|disabilit|environment))",
    re.IGNORECASE,
)


def _certification_marker(text: str, start: int, end: int) -> str:
    """The words that say the credential at ``text[start:end]`` is not held yet, or ""."""
    after = PENDING_AFTER.match(text, end)
    if after:
        return after.group("marker")
    line_start = text.rfind("\n", 0, start) + 1
    before = PENDING_BEFORE.search(text[max(line_start, start - BEFORE_REACH) : start])
    return before.group("marker") if before else ""


def _learning_marker(text: str, start: int) -> str:
    """The words opening the line of ``start`` that say its skills are being learnt, or ""."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = LEARNING_LINE.match(text, line_start)
    return opening.group("marker") if opening and opening.end() <= start else ""


def not_held_marker(text: str, start: int, end: int, certification: bool) -> str:
    """Why the skill at ``text[start:end]`` is not held yet: its line is being learnt, or
    (a certification) it is in progress; "" when nothing says so."""
    marker = _learning_marker(text, start)
    if not marker and certification:
        marker = _certification_marker(text, start, end)
    return marker
