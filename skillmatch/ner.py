"""Runtime wrapper of the bundled statistical skill NER (``skillmatch/models/skill_ner``).

The taxonomy only sees what it lists; this model proposes skill spans it lacks. It is run
only on lines that can hold skills (contact details, URLs and date-only lines are masked or
skipped), line by line, and its spans are mapped back to offsets in the full text.
spaCy is imported lazily so ``skillmatch --help`` stays fast.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from skillmatch.addresses import ADDRESS, PHONE
from skillmatch.errors import ModelError

DEFAULT_CONFIDENCE = 0.6  # used when meta.json records no calibrated confidence

_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|"
    r"\b(?:present|current|till date|to date|now)\b|\d+",
    re.I,
)
_LETTER = re.compile(r"[^\W\d_]")
_STOP = frozenset(
    "a an and as at be by for from in into is it of on or the to with our your we you i my "
    "using use used etc e.g. i.e. also other others various either neither both each any "
    "some such per via particular "
    # nouns of competence, never a skill alone ("Knowledge and experiences with ...")
    "experience experiences knowledge skill skills expertise ability abilities understanding "
    "familiarity proficiency".split()
)
# Trimmed from either end of a span: "MS or" is MS, "agile and/or" is agile.
_EDGE_WORDS = frozenset("and or nor and/or with of in on for to the a an".split())
# A span that opens with one is the employer's or reader's thing ("Our technology"), not a
# skill named.
_POSSESSIVES = frozenset("our your their my his her its".split())
MAX_CHUNK = 1500  # characters; longer lines are cut at a space so the NER stays fast


def model_path() -> Path:
    """Where the packaged model lives (inside the installed package)."""
    return Path(__file__).resolve().parent / "models" / "skill_ner"


def model_available() -> bool:
    """True when the packaged model directory looks complete."""
    path = model_path()
    return (path / "meta.json").is_file() and (path / "ner").is_dir()


def _mask(line: str) -> str:
    """Blank out e-mails, URLs and phone numbers (same length, so offsets hold)."""
    for pattern in (ADDRESS, PHONE):
        line = pattern.sub(lambda m: " " * len(m.group(0)), line)
    return line


def _worth_reading(masked: str) -> bool:
    """A line can hold a skill when letters remain once dates and numbers are removed."""
    rest = _DATE.sub(" ", masked)
    return len(_LETTER.findall(rest)) >= 2


def chunks(text: str) -> Iterator[tuple[int, str]]:
    """Yield (offset, chunk) for the lines of ``text`` the NER should read, masked."""
    pos = 0
    for line in text.split("\n"):
        start = pos
        pos += len(line) + 1
        masked = _mask(line)
        if not _worth_reading(masked):
            continue
        while len(masked) > MAX_CHUNK:
            cut = masked.rfind(" ", 0, MAX_CHUNK)
            cut = cut if cut > 0 else MAX_CHUNK
            yield start, masked[:cut]
            start += cut
            masked = masked[cut:]
        if _worth_reading(masked):
            yield start, masked


_STRIP = " \t\r\n.,;:!?'\"()[]{}|•·*-–—/\\"
_LSTRIP = _STRIP.replace(".", "")  # keep the dot of ".NET"


def _strip_punctuation(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim surrounding punctuation, keeping the marks that belong to a name (".NET", "C++")."""
    while start < end and text[start] in _LSTRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP and not text[start:end].endswith(("++", "#")):
        end -= 1
    return start, end


def _strip_edge_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop conjunctions and prepositions the model took in at either end ("MS or")."""
    while True:
        words = text[start:end].split()
        if len(words) > 1 and words[0].lower() in _EDGE_WORDS:
            start = text.index(words[1], start + len(words[0]))
        elif len(words) > 1 and words[-1].lower() in _EDGE_WORDS:
            end = text.rindex(words[-2], start, end - len(words[-1])) + len(words[-2])
        else:
            return _strip_punctuation(text, start, end)


def _stop_word(word: str) -> bool:
    """A function word or noun of competence, alone or joined by "/" ("and/or")."""
    return not word or all(part in _STOP for part in word.split("/"))  # "and/or"


def _clean_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim surrounding punctuation and conjunctions; drop junk (no letters, a lone
    lower-case letter, only stop words, an opening possessive)."""
    start, end = _strip_edge_words(text, *_strip_punctuation(text, start, end))
    piece = text[start:end]
    if not _LETTER.search(piece) or ". " in piece:
        return None
    words = [w.strip(_STRIP) for w in piece.lower().split()]
    if all(_stop_word(w) for w in words) or words[0] in _POSSESSIVES:  # ".The" is "the"
        return None
    if len(piece) == 1 and not piece.isupper():
        return None
    return start, end


class SkillNER:
    """A loaded skill NER; build once per process and reuse (loading takes ~0.3 s)."""

    def __init__(self, nlp: Any, confidence: float, path: Path) -> None:
        self.nlp = nlp
        self.confidence = confidence
        self.path = path

    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> SkillNER:
        """Load the model at ``path`` (default: the packaged one); ModelError if unusable."""
        target = Path(path) if path is not None else model_path()
        if not (target / "meta.json").is_file() or not (target / "ner").is_dir():
            raise ModelError(
                f"skill NER model not found at {target}; reinstall skillmatch or run with --no-ner"
            )
        try:
            import spacy

            nlp = spacy.load(target, exclude=["parser", "tagger", "lemmatizer"])
        except Exception as exc:  # spaCy raises many types for a damaged model
            raise ModelError(
                f"skill NER model at {target} could not be loaded ({exc.__class__.__name__}: "
                f"{exc}); reinstall skillmatch or run with --no-ner"
            ) from exc
        if "ner" not in nlp.pipe_names:
            raise ModelError(f"skill NER model at {target} has no 'ner' component")
        info = nlp.meta.get("skillmatch", {}) if isinstance(nlp.meta, dict) else {}
        confidence = float(info.get("confidence", DEFAULT_CONFIDENCE))
        return cls(nlp, confidence, target)

    def spans(self, text: str) -> list[tuple[int, int, float]]:
        """Skill spans in ``text`` as (start, end, confidence), offsets into ``text``."""
        return self.spans_many([text])[0]

    def spans_many(self, texts: list[str]) -> list[list[tuple[int, int, float]]]:
        """Like :meth:`spans` for many texts, batching every chunk through ``nlp.pipe``."""
        owners: list[tuple[int, int]] = []  # (text index, chunk offset)
        pieces: list[str] = []
        for i, text in enumerate(texts):
            for offset, chunk in chunks(text):
                owners.append((i, offset))
                pieces.append(chunk)
        results: list[list[tuple[int, int, float]]] = [[] for _ in texts]
        for (i, offset), doc in zip(owners, self.nlp.pipe(pieces, batch_size=64), strict=True):
            for ent in doc.ents:
                cleaned = _clean_span(texts[i], offset + ent.start_char, offset + ent.end_char)
                if cleaned:
                    results[i].append((cleaned[0], cleaned[1], self.confidence))
        return results
