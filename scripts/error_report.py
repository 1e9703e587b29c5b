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

from datasets import DEFAULT_DATA, DOTIN_ALL, LabelledDoc, load_dotin, load_skillspan
from evaluate import extractor_predictor, judge_document


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
        judged = judge_document(
            doc.text,
            items,
            [(s.start, s.end) for s in doc.gold(p_labels)],
            [(s.start, s.end) for s in doc.gold(r_labels)],
        )
        wrong.update(f"{item.name} <- {item.mentions[0][2]!r}" for item in judged.wrong)
        missed.update(judged.missed)
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
