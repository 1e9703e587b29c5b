"""How dotin's labelling density bounds the precision it can measure (docs/accuracy.md).

dotin labels a skill once at most, and some resumes not at all: a technology the
extractor finds in a resume with no ``Tech Tools`` label can only count as wrong. This
groups the resumes by how many distinct Tech Tools texts they label and prints, per
group, the technology predictions and how many the labels confirm. A diagnostic of the
data, not a score: the reported figures stay those of ``scripts/evaluate.py``.

    python scripts/dotin_label_density.py [--no-ner] [--split all|heldout]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import DEFAULT_DATA, DOTIN_ALL, DOTIN_TECH, LabelledDoc, load_dotin, normalise
from evaluate import extractor_predictor, judge_document

GROUPS = ("no Tech Tools label", "1-4 labelled tech texts", "5 or more")


def density_group(doc: LabelledDoc) -> str:
    """Which group a resume falls in, by its distinct labelled Tech Tools texts."""
    texts = {normalise(doc.text[s.start : s.end]) for s in doc.gold(DOTIN_TECH)}
    if not texts:
        return GROUPS[0]
    return GROUPS[1] if len(texts) < 5 else GROUPS[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="all", choices=("all", "heldout"))
    parser.add_argument("--no-ner", action="store_true")
    args = parser.parse_args(argv)
    docs = load_dotin(args.data, args.split)
    predictions = extractor_predictor(not args.no_ner)(docs)
    tally: Counter[tuple[str, str]] = Counter()
    for doc, items in zip(docs, predictions, strict=True):
        group = density_group(doc)
        tech = [item for item in items if item.tech]
        gold = [(s.start, s.end) for s in doc.gold(DOTIN_TECH)]
        judged = judge_document(doc.text, tech, gold, gold)
        tally[group, "documents"] += 1
        tally[group, "without any skill label"] += not doc.gold(DOTIN_ALL)
        tally[group, "predicted"] += len(tech)
        tally[group, "wrong"] += len(judged.wrong)
    print(f"dotin ({args.split}), technology predictions against Tech Tools labels")
    print(f"{'group':26} {'docs':>5} {'no label':>8} {'predicted':>9} {'wrong':>6} {'P':>6}")
    for group in GROUPS:
        predicted, wrong = tally[group, "predicted"], tally[group, "wrong"]
        precision = (predicted - wrong) / predicted if predicted else 0.0
        print(
            f"{group:26} {tally[group, 'documents']:5d} "
            f"{tally[group, 'without any skill label']:8d} {predicted:9d} {wrong:6d} "
            f"{precision:6.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
