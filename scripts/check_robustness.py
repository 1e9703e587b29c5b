"""Reading robustness (EVALUATION.md): the same resume in several layouts or formats
must give the same skills.

- The four resume-matcher template PDFs (one resume, four layouts): Jaccard similarity
  of the extracted skill-id sets for every pair (target >= 0.95).
- examples/resume.pdf, .docx and .txt: Jaccard of skill-id sets (target 1.0).

Usage: python scripts/check_robustness.py [--data ../shared/data] [--no-ner]
Exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def skill_ids(analyzer, path: Path) -> set[str]:
    extraction = analyzer.extract(analyzer.read(path))
    return {h.skill_id for h in extraction.skills if h.skill_id}


def report(title: str, paths: list[Path], analyzer, target: float) -> bool:
    sets = {p.name: skill_ids(analyzer, p) for p in paths}
    print(f"## {title}")
    for name, ids in sets.items():
        print(f"  {name}: {len(ids)} skills")
    ok = True
    for (a, sa), (b, sb) in itertools.combinations(sets.items(), 2):
        score = jaccard(sa, sb)
        ok = ok and score >= target
        print(f"  {a} ~ {b}: Jaccard {score:.3f}")
        for name, extra in ((a, sa - sb), (b, sb - sa)):
            if extra:
                print(f"      only in {name}: {', '.join(sorted(extra))}")
    print(f"  target {target}: {'met' if ok else 'MISSED'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--no-ner", action="store_true")
    args = parser.parse_args()

    from skillmatch.analysis import Analyzer, Settings, ner_default

    analyzer = Analyzer(Settings(use_ner=ner_default() and not args.no_ner))
    templates = sorted(
        (args.data / "resume-files" / "resume-matcher" / "assets" / "pdf-templates").glob("*.pdf")
    )
    ok = True
    if templates:
        ok = report("resume-matcher templates (four layouts)", templates, analyzer, 0.95)
    else:
        print(f"no templates under {args.data}; skipped")
    examples = [ROOT / "examples" / f"resume.{ext}" for ext in ("txt", "pdf", "docx")]
    ok = report("examples/resume as TXT, PDF, DOCX", examples, analyzer, 1.0) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
