"""Reading order for PDF pages: find a two-column gutter and rebuild lines.

Pure Python on character boxes, so it can be tested without pdfium. pdfium returns
text in content-stream order; most generators write one column after the other,
but some interleave the columns line by line, which mixes two sentences into one
line. If a page has an empty vertical band near the middle that almost no line
crosses, we read the left column top to bottom, then the right one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# A character as the layout code sees it: its text and its box in PDF points
# (origin bottom left, so larger y is higher on the page).


@dataclass(frozen=True)
class Char:
    text: str
    left: float
    bottom: float
    right: float
    top: float


@dataclass
class Segment:
    """A run of characters on one line with no wide horizontal gap inside."""

    text: str = ""
    left: float = float("inf")
    bottom: float = float("inf")
    right: float = float("-inf")
    top: float = float("-inf")
    chars: int = 0
    pending_space: bool = field(default=False, repr=False)

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 0.0)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2

    def add(self, ch: Char) -> None:
        if self.pending_space and self.text:
            self.text += " "
        self.pending_space = False
        self.text += ch.text
        self.left = min(self.left, ch.left)
        self.right = max(self.right, ch.right)
        self.bottom = min(self.bottom, ch.bottom)
        self.top = max(self.top, ch.top)
        self.chars += 1


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
    is a space marks a word gap and its box is not trusted.
    """
    out: list[Segment] = []
    cur = Segment()
    for ch in chars:
        if ch is None:
            if cur.chars:
                out.append(cur)
            cur = Segment()
            continue
        if ch.text.isspace():
            cur.pending_space = True
            continue
        if cur.chars and not _continues(cur, ch):
            out.append(cur)
            cur = Segment()
        elif cur.chars and ch.left - cur.right > 0.5 * max(cur.height, 1.0):
            cur.pending_space = True
        cur.add(ch)
    if cur.chars:
        out.append(cur)
    return out


def _continues(seg: Segment, ch: Char) -> bool:
    """True if ``ch`` sits on the same line as ``seg`` and close after it."""
    h = max(seg.height, ch.top - ch.bottom, 1.0)
    mid = (ch.top + ch.bottom) / 2
    if not (seg.bottom - 0.2 * h <= mid <= seg.top + 0.2 * h):
        return False
    gap = ch.left - seg.right
    return -2.0 * h <= gap <= WORD_GAP * h  # ligatures overlap: allow backward steps


def find_gutter(segs: list[Segment], x0: float, x1: float) -> float | None:
    """The x of an empty vertical band that splits the page into two columns.

    ``x0``/``x1`` are the page's left and right edges in the characters' units.
    """
    width = x1 - x0
    if len(segs) < 6 or width <= 0:
        return None
    total = sum(s.height for s in segs) or 1.0
    lo, hi = int(x0 + width * GUTTER_SEARCH[0]), int(x0 + width * GUTTER_SEARCH[1])
    blocked = [0.0] * (hi - lo + 1)
    for s in segs:
        a, b = max(int(s.left) + 1, lo), min(int(s.right), hi)
        for x in range(a, b + 1):
            blocked[x - lo] += s.height
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
