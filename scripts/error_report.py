"""Which predicted items are wrong and which gold items are missed, by frequency.

For curating rules and the taxonomy from *kinds* of errors: read the SkillSpan *train*
split (the figures in docs/accuracy.md come from dev) or the dotin files, never paste
the texts listed here into the taxonomy.

    python scripts/error_report.py --dataset skillspan --split train --no-ner
    python scripts/error_report.py --dataset dotin --split train --top 80
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import DEFAULT_DATA, DOTIN_ALL, LabelledDoc, load_dotin, load_skillspan, normalise
from evaluate import _overlaps, extractor_predictor, gold_items


def gold_labels(dataset: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(labels precision is measured against, labels recall is measured on)."""
    if dataset == "skillspan":
        return ("knowledge", "skill"), ("knowledge",)
    return DOTIN_ALL, DOTIN_ALL


def report(docs: list[LabelledDoc], dataset: str, use_ner: bool, top: int) -> None:
    p_labels, r_labels = gold_labels(dataset)
    predictions = extractor_predictor(use_ner)(docs)
    wrong: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for doc, items in zip(docs, predictions, strict=True):
        p_items = gold_items(doc.text, [(s.start, s.end) for s in doc.gold(p_labels)])
        r_items = gold_items(doc.text, [(s.start, s.end) for s in doc.gold(r_labels)])
        p_spans = [s for spans in p_items.values() for s in spans]
        mentions = [(m[0], m[1]) for item in items for m in item.mentions]
        texts = {normalise(m[2]) for item in items for m in item.mentions}
        texts |= {normalise(item.name) for item in items}
        for item in items:
            names = {normalise(item.name)} | {normalise(m[2]) for m in item.mentions}
            if not (names & p_items.keys()) and not any(
                _overlaps((m[0], m[1]), g) for m in item.mentions for g in p_spans
            ):
                wrong[f"{item.name} <- {item.mentions[0][2]!r}"] += 1
        for key, spans in r_items.items():
            if key not in texts and not any(_overlaps(g, m) for g in spans for m in mentions):
                missed[key] += 1
    for title, counter in (("wrong predicted items", wrong), ("missed gold items", missed)):
        print(f"\n{title} ({sum(counter.values())}):")
        for text, n in counter.most_common(top):
            print(f"  {n:4d}  {text}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--dataset", choices=("skillspan", "dotin"), default="skillspan")
    ap.add_argument("--split", default="train", help="skillspan: train|dev; dotin: all|heldout")
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args(argv)
    if args.dataset == "skillspan":
        docs = load_skillspan(args.data, args.split)
    else:
        docs = load_dotin(args.data, args.split)
    report(docs, args.dataset, not args.no_ner, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
