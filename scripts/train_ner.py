"""Train skillmatch's statistical skill NER and write it into the package.

    python scripts/train_ner.py                       # reproduces skillmatch/models/skill_ner
    python scripts/train_ner.py --out out/m --max-steps 1500 --skillspan-labels knowledge skill

Data (from ``../shared/data`` or ``--data``), single label SKILL:
  * SkillSpan ``train.json`` sentences, ``tags_knowledge`` spans (``--skillspan-labels``);
  * dotin-resumes train minus the held-out fifth, split into lines, ``Tech Tools`` spans
    (``--dotin-labels``). Labels are incomplete (a skill is often tagged once), so each tagged
    text is also tagged at its other occurrences in the same resume (``--no-propagate`` to
    turn off), and only lines with at least one label of any type are kept (``--negatives``).
Evaluation: SkillSpan ``dev.json`` and the dotin held-out fifth, with the metrics of
``scripts/evaluate.py``; the scores go into ``meta.json`` with the data used and the commit.
CPU only, no pretrained vectors, fixed seeds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from datasets import DEFAULT_DATA, LabelledDoc, Span, load_dotin, load_skillspan  # noqa: E402

LABEL = "SKILL"
DEFAULT_OUT = ROOT / "skillmatch" / "models" / "skill_ner"
SEED = 0


def propagate(doc: LabelledDoc, labels: tuple[str, ...]) -> list[Span]:
    """Spans with ``labels`` plus every other occurrence of the same text in the document.

    Why: dotin labels a skill once and leaves its other mentions untagged, which would
    teach the model that those mentions are not skills.
    """
    spans = [s for s in doc.gold(labels)]
    taken = [(s.start, s.end) for s in doc.spans]
    seen = set()
    for s in list(spans):
        surface = doc.text[s.start : s.end]
        if len(surface) < 2 or surface.lower() in seen:
            continue
        seen.add(surface.lower())
        pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", re.I)
        for m in pattern.finditer(doc.text):
            if not any(m.start() < e and b < m.end() for b, e in taken):
                spans.append(Span(m.start(), m.end(), s.label))
                taken.append((m.start(), m.end()))
    return spans


def dotin_examples(
    docs: list[LabelledDoc], labels: tuple[str, ...], do_propagate: bool, negatives: str
) -> list[tuple[str, list[tuple[int, int]]]]:
    """Line chunks of resumes with the SKILL spans that fall inside each line."""
    out = []
    for doc in docs:
        spans = propagate(doc, labels) if do_propagate else doc.gold(labels)
        pos = 0
        for line in doc.text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            inside = [(s.start - start, s.end - start) for s in spans
                      if s.start >= start and s.end <= end]
            any_label = any(s.start < end and start < s.end for s in doc.spans)
            if inside or negatives == "all" or (negatives == "labelled" and any_label):
                out.append((line, inside))
    return out


def held_out_half(docs: list[LabelledDoc], half: int) -> list[LabelledDoc]:
    """The documents whose index has parity ``half``: a fold for out-of-fold scoring."""
    return [d for i, d in enumerate(docs) if i % 2 == half]


def skillspan_examples(
    docs: list[LabelledDoc], labels: tuple[str, ...]
) -> list[tuple[str, list[tuple[int, int]]]]:
    """SkillSpan sentences with their spans (the label layers given, overlaps resolved later)."""
    out = []
    for doc in docs:
        pos = 0
        for sent in doc.text.split("\n"):
            start, end = pos, pos + len(sent)
            pos = end + 1
            inside = [(s.start - start, s.end - start) for s in doc.gold(labels)
                      if s.start >= start and s.end <= end]
            out.append((sent, inside))
    return out


def to_docbin(nlp, examples, path: Path) -> int:
    """Write examples as a DocBin; overlapping spans: the shorter (more specific) wins."""
    from spacy.tokens import DocBin

    db = DocBin()
    dropped = 0
    for text, spans in examples:
        doc = nlp.make_doc(text)
        ents = []
        for s, e in sorted(set(spans), key=lambda x: (x[1] - x[0], x[0])):
            span = doc.char_span(s, e, label=LABEL, alignment_mode="expand")
            if span is None or any(span.start < o.end and o.start < span.end for o in ents):
                dropped += 1
                continue
            ents.append(span)
        doc.ents = sorted(ents, key=lambda x: x.start)
        db.add(doc)
    db.to_disk(path)
    return dropped


def prune_strings(model_dir: Path) -> None:
    """Keep only a blank English pipeline's strings plus the label in ``vocab/strings.json``.

    Why: spaCy stores every token string it saw in training; the model needs none of them
    (embeddings hash the features at run time), and the training texts must not ship.
    """
    import spacy

    strings = sorted(set(spacy.blank("en").vocab.strings) | {LABEL})
    (model_dir / "vocab" / "strings.json").write_text(json.dumps(strings), encoding="utf-8")


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def score(model_dir: Path, data: Path) -> dict:
    """Document-level NER-only scores on the evaluation data (EVALUATION.md metrics)."""
    import evaluate

    rows = evaluate.evaluate(evaluate.ner_predictor(str(model_dir)), data,
                             ("dotin", "skillspan"))
    keep = {}
    for r in rows:
        if r.dataset == "dotin-resumes":
            continue  # includes the training files
        keep[f"{r.dataset} / {r.labels}"] = {
            "documents": r.documents, "precision": round(r.precision, 4),
            "recall": round(r.recall, 4), "f1": round(r.f1, 4), "seconds": round(r.seconds, 2),
        }
    return keep


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="train the skill NER")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--config", type=Path, default=HERE / "ner_config.cfg")
    ap.add_argument("--skillspan-labels", nargs="*", default=["knowledge"],
                    choices=["knowledge", "skill"])
    ap.add_argument("--dotin-labels", nargs="*", default=["Tech Tools"],
                    choices=["Tech Tools", "Job Specific Skills", "Soft Skills"])
    ap.add_argument("--no-propagate", action="store_true")
    ap.add_argument("--negatives", choices=["all", "labelled", "none"], default="labelled")
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--no-score", action="store_true", help="skip the evaluation afterwards")
    ap.add_argument("--skillspan-half", type=int, choices=(0, 1), default=None,
                    help="train on the SkillSpan train documents whose index is not of this "
                    "parity, to score the other half out of fold (scripts/ner_out_of_fold.py)")
    args = ap.parse_args(argv)

    import spacy
    from spacy.cli.train import train as spacy_train

    random.seed(SEED)
    spacy.util.fix_random_seed(SEED)
    nlp = spacy.blank("en")
    ss_labels = tuple(args.skillspan_labels)
    dotin_labels = tuple(args.dotin_labels)
    train = []
    if ss_labels:
        ss_docs = load_skillspan(args.data, "train")
        if args.skillspan_half is not None:
            ss_docs = held_out_half(ss_docs, 1 - args.skillspan_half)
        train += skillspan_examples(ss_docs, ss_labels)
    if dotin_labels:
        train += dotin_examples(load_dotin(args.data, "train"), dotin_labels,
                                not args.no_propagate, args.negatives)
    random.Random(SEED).shuffle(train)
    # dev: only for spaCy's progress log; the kept model is the last one (fixed step count)
    dev = skillspan_examples(load_skillspan(args.data, "dev"), ("knowledge",))[:400]
    n_spans = sum(len(s) for _, s in train)
    n_words = sum(len(t.split()) for t, _ in train)
    print(f"train: {len(train)} chunks, {n_spans} spans, {n_words} words", flush=True)

    overrides = {"system.seed": SEED}
    if args.max_steps:
        overrides["training.max_steps"] = args.max_steps
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        dropped = to_docbin(nlp, train, tmpdir / "train.spacy")
        to_docbin(nlp, dev, tmpdir / "dev.spacy")
        overrides.update({"paths.train": str(tmpdir / "train.spacy"),
                          "paths.dev": str(tmpdir / "dev.spacy")})
        spacy_train(args.config, tmpdir / "out", overrides=overrides, use_gpu=-1)
        minutes = (time.perf_counter() - t0) / 60
        trained = spacy.load(tmpdir / "out" / "model-last")
    trained.meta.update({"name": "skill_ner", "version": "1.0.0",
                         "description": "skillmatch skill NER (single label SKILL)",
                         "license": "MIT", "author": "skillmatch developers"})
    trained.meta.pop("performance", None)
    info = {
        "label": LABEL,
        "data": {
            "skillspan": {"file": "skillspan/train.json", "labels": list(ss_labels)},
            "dotin-resumes": {"split": "train minus held-out fifth (sorted names, every 5th)",
                              "labels": list(dotin_labels),
                              "propagate": not args.no_propagate,
                              "negatives": args.negatives},
            "chunks": len(train), "spans": n_spans, "words": n_words,
            "dropped_overlapping_spans": dropped,
        },
        "config": "scripts/ner_config.cfg", "overrides": {k: v for k, v in overrides.items()
                                                          if not k.startswith("paths.")},
        "seed": SEED, "git_commit": git_commit(), "train_minutes": round(minutes, 1),
        "spacy_version": spacy.__version__,
    }
    trained.meta["skillmatch"] = info
    if args.out.exists():
        shutil.rmtree(args.out)
    trained.to_disk(args.out)
    prune_strings(args.out)
    forget_training_paths(args.out / "config.cfg")
    print(f"trained in {minutes:.1f} min -> {args.out}", flush=True)
    if not args.no_score:
        scores = score(args.out, args.data)
        info["scores_ner_only"] = scores
        held = scores.get("dotin-resumes held-out fifth / tech", {})
        info["confidence"] = held.get("precision", 0.6)  # constant: measured precision
        meta_path = args.out / "meta.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["skillmatch"] = info
        meta_path.write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        for k, v in scores.items():
            print(f"{k}: P {v['precision']:.3f} R {v['recall']:.3f} F1 {v['f1']:.3f}")
    return 0


def forget_training_paths(config: Path) -> None:
    """The saved config names the temporary training files; they are gone and would
    only leak a machine path, so reset them to null (loading never reads them)."""
    text = config.read_text(encoding="utf-8")
    text = re.sub(r'^(train|dev) = ".*"$', r"\1 = null", text, flags=re.MULTILINE)
    config.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
