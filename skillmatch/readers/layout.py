"""Reading order for PDF pages: find a two-column gutter and rebuild lines.

Pure Python on character boxes, so it can be tested without pdfium. pdfium returns
text in content-stream order; most generators write one column after the other,
but some interleave the columns line by line, which mixes two sentences into one
line. If a page has an empty vertical band near the middle that almost no line
crosses, we read the left column top to bottom, then the right one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

# A character as the layout code sees it: its text and its box in PDF points
# (origin bottom left, so larger y is higher on the page).


class Char(NamedTuple):
    """A character and its box (a NamedTuple: pages have thousands of them)."""

    text: str
    left: float
    bottom: float
    right: float
    top: float


@dataclass
class Segment:
    """A run of characters on one line with no wide horizontal gap inside."""

    text: str
    left: float
    bottom: float
    right: float
    top: float
    chars: int

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 0.0)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


# Tuning. Fractions are of the page width or of the total line-height "mass".
GUTTER_SEARCH = (0.2, 0.8)  # look for a gutter between 20% and 80% of the width
MAX_CROSSING = 0.08  # lines crossing the gutter: at most 8% of all line height
MIN_SIDE = 0.12  # each column holds at least 12% of the text
MIN_OVERLAP = 0.3  # the columns overlap vertically over 30% of the text span
MIN_GUTTER_WIDTH = 3.0  # points
WORD_GAP = 0.8  # a gap wider than 0.8 x line height starts a new segment


def segments(chars: list[Char | None]) -> list[Segment]:
    """Group characters (in stream order) into line segments.

    ``None`` marks a line break (pdfium's generated CR/LF); a ``Char`` whose text
    is a space marks a word gap and its box is not trusted. Written with local
    variables only: it runs once per character of every page.
    """
    out: list[Segment] = []
    parts: list[str] = []
    n = width = 0  # pieces and characters in the current segment
    sl = sb = sr = st = 0.0
    space = False

    def close() -> None:
        seg = Segment("".join(parts), sl, sb, sr, st, width)
        out.append(seg)

    for ch in chars:
        if ch is None:
            if n:
                close()
            parts, n, width, space = [], 0, 0, False
            continue
        text, x0, b, x1, t = ch
        if text.isspace():
            space = True
            continue
        if n:
            h = max(st - sb, t - b, 1.0)
            mid = (t + b) / 2
            gap = x0 - sr
            same_line = sb - 0.2 * h <= mid <= st + 0.2 * h
            # ligatures overlap, so allow a step back; a wide gap starts a new segment
            if not same_line or not (-2.0 * h <= gap <= WORD_GAP * h):
                close()
                parts, n, width, space = [], 0, 0, False
            elif gap > 0.5 * h:
                space = True
        if n:
            if space:
                parts.append(" ")
            parts.append(text)
            sl, sb, sr, st = min(sl, x0), min(sb, b), max(sr, x1), max(st, t)
        else:
            parts.append(text)
            sl, sb, sr, st = x0, b, x1, t
        n += 1
        width += len(text)
        space = False
    if n:
        close()
    return out


def find_gutter(segs: list[Segment], x0: float, x1: float) -> float | None:
    """The x of an empty vertical band that splits the page into two columns.

    ``x0``/``x1`` are the page's left and right edges in the characters' units.
    """
    width = x1 - x0
    if len(segs) < 6 or width <= 0:
        return None
    total = sum(s.height for s in segs) or 1.0
    lo, hi = int(x0 + width * GUTTER_SEARCH[0]), int(x0 + width * GUTTER_SEARCH[1])
    diff = [0.0] * (hi - lo + 2)
    for s in segs:
        a, b = max(int(s.left) + 1, lo), min(int(s.right), hi)
        if a <= b:
            diff[a - lo] += s.height
            diff[b - lo + 1] -= s.height
    blocked, run = [], 0.0
    for d in diff[:-1]:
        run += d
        blocked.append(run)
    # Runs of x where few lines cross; take the middle of each run as a candidate.
    best: tuple[float, float] | None = None  # (score, x)
    x = 0
    while x < len(blocked):
        if blocked[x] / total > MAX_CROSSING:
            x += 1
            continue
        start = x
        while x < len(blocked) and blocked[x] / total <= MAX_CROSSING:
            x += 1
        run_width = x - start
        if run_width < MIN_GUTTER_WIDTH:
            continue
        cx = lo + (start + x - 1) / 2
        score = _split_score(segs, cx)
        if score is not None and (best is None or score > best[0]):
            best = (score, cx)
    return None if best is None else best[1]


def _split_score(segs: list[Segment], x: float) -> float | None:
    """How good a column split at ``x`` is (balance of the sides), or None."""
    left = [s for s in segs if s.right <= x]
    right = [s for s in segs if s.left >= x]
    # Balance by characters, not lines: a column of right-aligned dates has many
    # lines but few characters, and is not a second column.
    lmass = sum(s.chars for s in left)
    rmass = sum(s.chars for s in right)
    if min(lmass, rmass) < MIN_SIDE * sum(s.chars for s in segs):
        return None
    top = max(s.top for s in segs)
    bottom = min(s.bottom for s in segs)
    span = max(top - bottom, 1.0)
    overlap = min(max(s.top for s in left), max(s.top for s in right)) - max(
        min(s.bottom for s in left), min(s.bottom for s in right)
    )
    if overlap < MIN_OVERLAP * span:
        return None
    return min(lmass, rmass)


def lines(segs: list[Segment]) -> list[str]:
    """Join segments into lines by y (top to bottom), left to right within a line."""
    rows: list[list[Segment]] = []
    for s in sorted(segs, key=lambda s: (-s.top, s.left)):
        for row in rows:
            first = row[0]
            if first.bottom <= s.middle <= first.top:
                row.append(s)
                break
        else:
            rows.append([s])
    rows.sort(key=lambda r: -max(s.top for s in r))
    return [" ".join(s.text for s in sorted(r, key=lambda s: s.left)) for r in rows]


def two_column_text(segs: list[Segment], gutter: float) -> str:
    """Text of a page read as full-width bands and, between them, left then right."""
    ordered = sorted(segs, key=lambda s: -s.top)
    blocks: list[tuple[str, list[Segment]]] = []  # ("full" | "cols", segments)
    for s in ordered:
        kind = "full" if s.left < gutter < s.right else "cols"
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(s)
        else:
            blocks.append((kind, [s]))
    out: list[str] = []
    for kind, group in blocks:
        if kind == "full":
            out.extend(lines(group))
        else:
            out.extend(lines([s for s in group if s.right <= gutter]))
            out.extend(lines([s for s in group if s.left >= gutter]))
    return "\n".join(out)
