"""Loaders for the labelled datasets in ``../shared/data``, exactly as EVALUATION.md defines them.

Every loader returns :class:`LabelledDoc` objects: a plain text plus gold spans given as
character offsets into that text, so training, the NER tuning and the accuracy harness all
see the same documents. Nothing here is imported by the package (the data never ships).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

DOTIN_TECH = ("Tech Tools",)
DOTIN_ALL = ("Tech Tools", "Job Specific Skills", "Soft Skills")
HELDOUT_EVERY = 5  # dotin held-out split: files sorted by name, every 5th (index % 5 == 4)


_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC, lower case, collapse white space, strip surrounding punctuation."""
    text = _WS.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip()
    start, end = 0, len(text)
    while start < end and _is_punct_or_space(text[start]):
        start += 1
    while end > start and _is_punct_or_space(text[end - 1]):
        end -= 1
    return text[start:end]


def _is_punct_or_space(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch).startswith("P")


@dataclass(frozen=True)
class Span:
    """A gold span: ``text[start:end]`` carries label ``label``."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class LabelledDoc:
    """One evaluation document: its id, plain text and gold spans (all labels kept)."""

    doc_id: str
    text: str
    spans: tuple[Span, ...] = field(default_factory=tuple)
    kind: str = "auto"  # what the document is: "resume" or "role" (a job ad)

    def gold(self, labels: Iterable[str]) -> list[Span]:
        """The spans whose label is in ``labels``."""
        wanted = set(labels)
        return [s for s in self.spans if s.label in wanted]


# --------------------------------------------------------------------------- dotin-resumes

_TAG = re.compile(r"<\?xml[^>]*\?>|</?cv>|<label\s+type=\"([^\"]*)\"\s*>|</label>")


def parse_dotin(raw: str, doc_id: str = "") -> LabelledDoc:
    """Strip the XML declaration, ``<cv>`` and label tags, unescape entities, keep offsets.

    A regex walk rather than an XML parser because some files are not well-formed.
    Entities are unescaped piecewise so offsets stay exact.
    """
    out: list[str] = []
    pos = 0  # length of text emitted so far
    stack: list[tuple[str, int]] = []
    spans: list[Span] = []
    last = 0
    for m in _TAG.finditer(raw):
        chunk = html.unescape(raw[last : m.start()])
        out.append(chunk)
        pos += len(chunk)
        last = m.end()
        tag = m.group(0)
        if tag.startswith("<label"):
            stack.append((m.group(1), pos))
        elif tag == "</label>" and stack:
            label, start = stack.pop()
            if pos > start:
                spans.append(Span(start, pos, label))
    chunk = html.unescape(raw[last:])
    out.append(chunk)
    text = "".join(out)
    spans = [_trim(text, s) for s in spans]
    return LabelledDoc(doc_id, text, tuple(s for s in spans if s.end > s.start), "resume")


def _trim(text: str, span: Span) -> Span:
    """Drop surrounding white space from a span (labels sometimes include it)."""
    start, end = span.start, span.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, span.label)


def dotin_files(data: Path = DEFAULT_DATA) -> list[Path]:
    """The dotin training files, sorted by name (the order the held-out split uses)."""
    return sorted((data / "dotin-resumes" / "train").glob("*.xml"), key=lambda p: p.name)


def load_dotin(data: Path = DEFAULT_DATA, split: str = "all") -> list[LabelledDoc]:
    """dotin resumes. ``split``: "all" (310 files), "heldout" (every 5th), "train" (the rest)."""
    if split not in ("all", "heldout", "train"):
        raise ValueError(f"unknown split {split!r}")
    docs = []
    for i, path in enumerate(dotin_files(data)):
        held = i % HELDOUT_EVERY == HELDOUT_EVERY - 1
        if split == "heldout" and not held or split == "train" and held:
            continue
        docs.append(parse_dotin(path.read_text(encoding="utf-8"), path.name))
    return docs


# --------------------------------------------------------------------------- BIO helpers


def _bio_spans(offsets: list[tuple[int, int]], tags: list[str], label: str) -> Iterator[Span]:
    """Turn BIO tags over tokens (with char offsets) into spans named ``label``."""
    start = end = None
    for (s, e), tag in zip(offsets, tags, strict=True):
        if tag.startswith("B"):
            if start is not None:
                yield Span(start, end, label)
            start, end = s, e
        elif tag.startswith("I"):
            if start is None:  # I without B: start a span anyway
                start = s
            end = e
        else:
            if start is not None:
                yield Span(start, end, label)
            start = end = None
    if start is not None:
        yield Span(start, end, label)


def _join(tokens: list[str], base: int) -> tuple[str, list[tuple[int, int]]]:
    """Tokens joined by single spaces, with each token's offsets shifted by ``base``."""
    offsets = []
    pos = base
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens), offsets


# --------------------------------------------------------------------------- skillspan


def load_skillspan(data: Path = DEFAULT_DATA, split: str = "dev") -> list[LabelledDoc]:
    """SkillSpan: a document = lines with the same (source, idx) in one file, in file order.

    Sentences are tokens joined by single spaces, joined by ``\\n``. Labels: "knowledge"
    (``tags_knowledge``) and "skill" (``tags_skill``).
    """
    path = data / "skillspan" / f"{split}.json"
    groups: dict[tuple[str, int], list[dict]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                groups.setdefault((row["source"], row["idx"]), []).append(row)
    docs = []
    for (source, idx), rows in groups.items():
        parts: list[str] = []
        spans: list[Span] = []
        pos = 0
        for row in rows:
            sent, offsets = _join(row["tokens"], pos)
            spans += _bio_spans(offsets, row["tags_knowledge"], "knowledge")
            spans += _bio_spans(offsets, row["tags_skill"], "skill")
            parts.append(sent)
            pos += len(sent) + 1
        docs.append(
            LabelledDoc(f"{split}:{source}:{idx}", "\n".join(parts), tuple(spans), "role")
        )
    return docs


# --------------------------------------------------------------------------- green2022


def load_green(data: Path = DEFAULT_DATA) -> list[LabelledDoc]:
    """Green 2022 test set: one document per sentence, tokens joined by spaces, all labels."""
    docs: list[LabelledDoc] = []
    tokens: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if not tokens:
            return
        text, offsets = _join(tokens, 0)
        spans: list[Span] = []
        for label in {t[2:] for t in tags if len(t) > 2}:
            own = [t if t[2:] == label else "O" for t in tags]
            spans += _bio_spans(offsets, own, label)
        docs.append(LabelledDoc(f"green:{len(docs)}", text, tuple(spans), "role"))
        tokens.clear()
        tags.clear()

    path = data / "green2022" / "testset.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            flush()
            continue
        tokens.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    flush()
    return docs


if __name__ == "__main__":  # quick summary of what the loaders see
    for name, docs in [
        ("dotin all", load_dotin()),
        ("dotin heldout", load_dotin(split="heldout")),
        ("skillspan train", load_skillspan(split="train")),
        ("skillspan dev", load_skillspan(split="dev")),
        ("green2022", load_green()),
    ]:
        labels: dict[str, int] = {}
        for d in docs:
            for s in d.spans:
                labels[s.label] = labels.get(s.label, 0) + 1
        print(f"{name}: {len(docs)} docs, {labels}")
