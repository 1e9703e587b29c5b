"""Score the NER's contribution out of fold on SkillSpan *train*, leaving dev untouched.

Train two models, each on one half of the SkillSpan train documents (dotin as usual):

    python scripts/train_ner.py --out out/ner_half0 --skillspan-half 0 --no-score
    python scripts/train_ner.py --out out/ner_half1 --skillspan-half 1 --no-score
    python scripts/ner_out_of_fold.py out/ner_half0 out/ner_half1

``--skillspan-half H`` keeps the documents of parity 1-H for training, so the model of half
H has never seen the documents of parity H, which are the ones it is scored on here. For
every predicted item with an NER mention (an unlisted skill or a fuzzy resolution), each
document extracted as a job ad: how many items, how many are wrong (EVALUATION.md rules),
and how many gold items only that item finds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from datasets import DEFAULT_DATA, load_skillspan  # noqa: E402
from evaluate import extraction_items, judge_document  # noqa: E402
from train_ner import held_out_half  # noqa: E402

from skillmatch.extract import Extractor  # noqa: E402
from skillmatch.models import Document  # noqa: E402
from skillmatch.ner import SkillNER  # noqa: E402

NER_METHODS = ("ner", "fuzzy")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("models", nargs=2, type=Path, help="the models of half 0 and half 1")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = ap.parse_args(argv)
    docs = load_skillspan(args.data, "train")
    base = Extractor.create()
    items_n = wrong_n = gain_n = 0
    for half, model in enumerate(args.models):
        extractor = Extractor(base.taxonomy, base.matcher, SkillNER.load(model))
        for doc in held_out_half(docs, half):
            result = extractor.extract(Document(doc.doc_id, doc.text, "text"), kind="role")
            items = extraction_items(result)
            p_gold = [(s.start, s.end) for s in doc.gold(("knowledge", "skill"))]
            r_gold = [(s.start, s.end) for s in doc.gold(("knowledge",))]
            judged = judge_document(doc.text, items, p_gold, r_gold)
            wrong = {id(item) for item in judged.wrong}
            for k, (item, hit) in enumerate(zip(items, result.skills, strict=True)):
                if not any(m.method in NER_METHODS for m in hit.mentions):
                    continue
                without = judge_document(doc.text, items[:k] + items[k + 1:], p_gold, r_gold)
                items_n += 1
                wrong_n += id(item) in wrong
                gain_n += len(without.missed) - len(judged.missed)
    print(f"NER items {items_n}, wrong {wrong_n}, gold items only they find {gain_n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
