"""Accuracy harness: skill extraction measured exactly as ``EVALUATION.md`` defines it.

Datasets (from ``../shared/data`` or ``--data``): dotin-resumes (all 310 files and the
held-out fifth; gold "tech" and "all skills"), SkillSpan dev (recall on knowledge spans,
precision against knowledge + skill spans) and Green 2022 (Skill spans).

    python scripts/evaluate.py                 # the library's extractor with the NER
    python scripts/evaluate.py --no-ner        # taxonomy only
    python scripts/evaluate.py --ner-only      # the bundled NER's spans alone
    python scripts/evaluate.py --json out.json # also write the figures as JSON
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from datasets import (  # noqa: E402
    DEFAULT_DATA,
    DOTIN_ALL,
    DOTIN_TECH,
    LabelledDoc,
    load_dotin,
    load_green,
    load_skillspan,
    normalise,
)

# --------------------------------------------------------------------------- metrics

@dataclass
class Item:
    """A predicted item: one skill (taxonomy id or unlisted text) with all its mentions."""

    name: str
    mentions: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, text)
    tech: bool = True  # a tool or technology (taxonomy category), or an unlisted NER span


@dataclass
class Counts:
    """Micro-average counters summed over documents."""

    documents: int = 0
    correct: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.documents += other.documents
        self.correct += other.correct
        self.predicted += other.predicted
        self.found += other.found
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_items(text: str, spans: Iterable[tuple[int, int]]) -> dict[str, list[tuple[int, int]]]:
    """Distinct normalised gold texts, each with all its spans."""
    items: dict[str, list[tuple[int, int]]] = {}
    for start, end in spans:
        key = normalise(text[start:end])
        if key:
            items.setdefault(key, []).append((start, end))
    return items


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Judgement:
    """One document judged: the predicted items that are wrong, the gold items missed."""

    predicted: int
    gold: int
    wrong: list[Item]
    missed: list[str]

    def counts(self) -> Counts:
        return Counts(
            1, self.predicted - len(self.wrong), self.predicted, self.gold - len(self.missed),
            self.gold,
        )


def judge_document(
    text: str,
    predicted: Sequence[Item],
    precision_gold: Iterable[tuple[int, int]],
    recall_gold: Iterable[tuple[int, int]] | None = None,
) -> Judgement:
    """Judge predicted items against ``precision_gold`` and gold items of ``recall_gold``
    (the same spans unless given), by EVALUATION.md's overlap and equal-text rules."""
    p_items = gold_items(text, precision_gold)
    r_items = p_items if recall_gold is None else gold_items(text, recall_gold)
    p_spans = [s for spans in p_items.values() for s in spans]
    mentions = [(m[0], m[1]) for item in predicted for m in item.mentions]
    pred_texts = {normalise(m[2]) for item in predicted for m in item.mentions}
    pred_texts |= {normalise(item.name) for item in predicted}
    wrong = []
    for item in predicted:
        names = {normalise(item.name)} | {normalise(m[2]) for m in item.mentions}
        if not names & p_items.keys() and not any(
            _overlaps((m[0], m[1]), g) for m in item.mentions for g in p_spans
        ):
            wrong.append(item)
    missed = [
        key
        for key, spans in r_items.items()
        if key not in pred_texts and not any(_overlaps(g, m) for g in spans for m in mentions)
    ]
    return Judgement(len(predicted), len(r_items), wrong, missed)


def score_document(
    text: str,
    predicted: Sequence[Item],
    precision_gold: Iterable[tuple[int, int]],
    recall_gold: Iterable[tuple[int, int]] | None = None,
) -> Counts:
    """Count one document: correct/predicted items and found/gold items."""
    return judge_document(text, predicted, precision_gold, recall_gold).counts()


# --------------------------------------------------------------------------- predictors

Predictor = Callable[[list[LabelledDoc]], list[list[Item]]]


def ner_items(text: str, spans: Iterable[tuple[int, int, float]]) -> list[Item]:
    """Group NER spans into items by normalised text (unlisted skills are one item per text)."""
    items: dict[str, Item] = {}
    for start, end, _conf in spans:
        surface = text[start:end]
        key = normalise(surface)
        if key:
            items.setdefault(key, Item(key)).mentions.append((start, end, surface))
    return list(items.values())


def ner_predictor(path: str | None = None) -> Predictor:
    """The bundled NER's spans alone (``--ner-only``), for tuning the model."""
    from skillmatch.ner import SkillNER

    ner = SkillNER.load(path)

    def predict(docs: list[LabelledDoc]) -> list[list[Item]]:
        spans = ner.spans_many([d.text for d in docs])
        return [ner_items(d.text, s) for d, s in zip(docs, spans, strict=True)]

    return predict


def extractor_predictor(use_ner: bool, kind: str | None = None) -> Predictor:
    """The library's extraction engine, one item per SkillHit. Each document is extracted
    as what its dataset holds (``LabelledDoc.kind``: job ads or resumes), as the CLI does
    for a resume and a role, unless ``kind`` says otherwise ("auto": judged from the text,
    as ``skillmatch extract`` does by default)."""
    from skillmatch.extract import Extractor

    ex = Extractor.create(use_ner=use_ner)

    def predict(docs: list[LabelledDoc]) -> list[list[Item]]:
        return [
            extraction_items(ex.extract_text(d.text, source=d.doc_id, kind=kind or d.kind))
            for d in docs
        ]

    return predict


def extraction_items(result: Any) -> list[Item]:
    """The predicted items of one ``skillmatch.models.Extraction``: one per SkillHit."""
    from skillmatch.taxonomy import TECH_CATEGORIES

    return [
        Item(
            hit.name,
            [(m.start, m.end, m.text) for m in hit.mentions],
            hit.category is None or hit.category in TECH_CATEGORIES,
        )
        for hit in result.skills
    ]


# --------------------------------------------------------------------------- harness


@dataclass
class Row:
    dataset: str
    labels: str
    documents: int
    precision: float
    recall: float
    f1: float
    seconds: float = 0.0  # prediction time of the dataset's documents


def _row(dataset: str, labels: str, counts: Counts, seconds: float) -> Row:
    return Row(dataset, labels, counts.documents, counts.precision, counts.recall, counts.f1,
               seconds)


def _spans(doc: LabelledDoc, labels: Iterable[str]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in doc.gold(labels)]


def _timed(predict: Predictor, docs: list[LabelledDoc]) -> tuple[list[list[Item]], float]:
    t0 = time.perf_counter()
    preds = predict(docs)
    return preds, time.perf_counter() - t0


def evaluate(
    predict: Predictor, data: Path = DEFAULT_DATA, datasets: Sequence[str] = ("all",)
) -> list[Row]:
    """Run ``predict`` over every dataset and return one row per dataset and label set."""
    want = set(datasets)
    rows: list[Row] = []
    if want & {"all", "dotin"}:
        docs = load_dotin(data)
        preds, secs = _timed(predict, docs)
        held = {d.doc_id for d in load_dotin(data, split="heldout")}
        for part, keep in (("dotin-resumes", None), ("dotin-resumes held-out fifth", held)):
            pairs = [(d, p) for d, p in zip(docs, preds, strict=True)
                     if keep is None or d.doc_id in keep]
            share = secs * len(pairs) / len(docs)
            for labels, name in ((DOTIN_TECH, "tech"), (DOTIN_ALL, "all skills")):
                c = Counts()
                for d, p in pairs:
                    c.add(score_document(d.text, p, _spans(d, labels)))
                rows.append(_row(part, name, c, share))
            # Tech Tools gold only labels tools and technologies: measured against it,
            # practices, soft skills and fields all count as wrong. This row keeps the
            # predictions of technology categories (TECH_CATEGORIES) and unlisted NER spans.
            c = Counts()
            for d, p in pairs:
                c.add(score_document(d.text, [i for i in p if i.tech], _spans(d, DOTIN_TECH)))
            rows.append(_row(part, "tech, technology predictions", c, share))
    if want & {"all", "skillspan"}:
        docs = load_skillspan(data, "dev")
        preds, secs = _timed(predict, docs)
        c = Counts()
        for d, p in zip(docs, preds, strict=True):
            c.add(score_document(d.text, p, _spans(d, ("knowledge", "skill")),
                                 _spans(d, ("knowledge",))))
        rows.append(_row("skillspan dev", "R: knowledge, P: knowledge+skill", c, secs))
    if want & {"all", "green"}:
        docs = load_green(data)
        preds, secs = _timed(predict, docs)
        c = Counts()
        for d, p in zip(docs, preds, strict=True):
            c.add(score_document(d.text, p, _spans(d, ("Skill",))))
        rows.append(_row("green2022", "Skill", c, secs))
    return rows


def print_table(rows: Sequence[Row], title: str) -> None:
    print(title)
    print(f"{'dataset':<30} {'labels':<34} {'docs':>5} {'P':>6} {'R':>6} {'F1':>6} {'sec':>6}")
    for r in rows:
        print(f"{r.dataset:<30} {r.labels:<34} {r.documents:>5} {r.precision:>6.3f} "
              f"{r.recall:>6.3f} {r.f1:>6.3f} {r.seconds:>6.1f}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--no-ner", action="store_true", help="taxonomy only")
    mode.add_argument("--ner-only", action="store_true", help="the bundled NER's spans alone")
    ap.add_argument("--model", default=None, help="NER model directory (with --ner-only)")
    ap.add_argument("--datasets", nargs="+", default=["all"],
                    choices=["all", "dotin", "skillspan", "green"])
    ap.add_argument("--json", type=Path, default=None, help="also write the rows as JSON here")
    ap.add_argument("--kind", choices=["auto", "resume", "role"], default=None,
                    help="extract every document as this kind (default: the dataset's own, "
                    "job ads or resumes)")
    args = ap.parse_args(argv)
    if args.ner_only:
        predict, title = ner_predictor(args.model), "NER only"
    else:
        predict = extractor_predictor(use_ner=not args.no_ner, kind=args.kind)
        title = "taxonomy only" if args.no_ner else "taxonomy + NER"
    rows = evaluate(predict, args.data, args.datasets)
    print_table(rows, title)
    if args.json:
        args.json.write_text(json.dumps({"mode": title, "rows": [asdict(r) for r in rows]},
                                        indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
