"""Which predicted items are wrong and which gold items are missed, by frequency.

For curating rules and the taxonomy from *kinds* of errors: read the SkillSpan *train*
split (the figures in docs/accuracy.md come from dev) or the dotin files, never paste
the texts listed here into the taxonomy.

    python scripts/error_report.py --dataset skillspan --split train --no-ner
    python scripts/error_report.py --dataset dotin --split train --top 80

``--audit N`` prints N wrong items drawn at random (``--seed``), each with its context,
to be judged by hand: a skill the annotators skipped, or our error (docs/accuracy.md,
"Hand audit"). ``--tech`` measures dotin on Tech Tools with technology predictions only.

    python scripts/error_report.py --dataset skillspan --split dev --no-ner --audit 100
    python scripts/error_report.py --dataset dotin --split heldout --no-ner --tech --audit 100
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import DEFAULT_DATA, DOTIN_ALL, DOTIN_TECH, LabelledDoc, load_dotin, load_skillspan
from evaluate import extractor_predictor, judge_document

AUDIT_CONTEXT = 120  # characters before a wrong item (and 80 after) shown for judging


def gold_labels(dataset: str, tech: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(labels precision is measured against, labels recall is measured on)."""
    if dataset == "skillspan":
        return ("knowledge", "skill"), ("knowledge",)
    if tech:
        return DOTIN_TECH, DOTIN_TECH
    return DOTIN_ALL, DOTIN_ALL


def report(
    docs: list[LabelledDoc],
    dataset: str,
    use_ner: bool,
    top: int,
    tech: bool = False,
    audit: int = 0,
    seed: int = 0,
) -> None:
    p_labels, r_labels = gold_labels(dataset, tech)
    predictions = extractor_predictor(use_ner)(docs)
    wrong: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    in_context: list[str] = []
    for doc, items in zip(docs, predictions, strict=True):
        if tech:
            items = [item for item in items if item.tech]
        judged = judge_document(
            doc.text,
            items,
            [(s.start, s.end) for s in doc.gold(p_labels)],
            [(s.start, s.end) for s in doc.gold(r_labels)],
        )
        wrong.update(f"{item.name} <- {item.mentions[0][2]!r}" for item in judged.wrong)
        missed.update(judged.missed)
        for item in judged.wrong:
            start, end = item.mentions[0][:2]
            before = doc.text[max(0, start - AUDIT_CONTEXT) : start]
            shown = (
                f"{item.name}  ||  ...{before}[[{doc.text[start:end]}]]{doc.text[end : end + 80]}"
            )
            in_context.append(shown.replace("\n", " | "))
    if audit:
        sample = random.Random(seed).sample(in_context, min(audit, len(in_context)))
        print(f"{len(sample)} of {len(in_context)} wrong items, seed {seed}:")
        for i, row in enumerate(sample, 1):
            print(f"{i:3d}. {row}")
        return
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
    ap.add_argument("--tech", action="store_true", help="dotin: Tech Tools, technology items")
    ap.add_argument("--audit", type=int, default=0, help="print N random wrong items in context")
    ap.add_argument("--seed", type=int, default=20261124)
    args = ap.parse_args(argv)
    if args.dataset == "skillspan":
        docs = load_skillspan(args.data, args.split)
    else:
        docs = load_dotin(args.data, args.split)
    report(docs, args.dataset, not args.no_ner, args.top, args.tech, args.audit, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
