"""Score every resume-matcher resume against every job description (EVALUATION.md, Matching).

Each fictional resume whose role is among the job descriptions should score its
own role highest: barry_allen_fe -> front end, bruce_wayne_fullstack -> full
stack, alfred_pennyworth_pm -> product manager.

Usage: python scripts/match_matrix.py [--data ../shared/data] [--no-ner] [--markdown]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EXPECTED = {
    "barry_allen_fe": "job_desc_front_end_engineer",
    "bruce_wayne_fullstack": "job_desc_full_stack_engineer",
    "alfred_pennyworth_pm": "job_desc_product_manager",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--no-ner", action="store_true")
    parser.add_argument("--markdown", action="store_true", help="print a markdown table")
    args = parser.parse_args()

    from skillmatch.analysis import Analyzer, Settings, ner_default

    base = args.data / "resume-files" / "resume-matcher" / "Data"
    analyzer = Analyzer(Settings(use_ner=ner_default() and not args.no_ner))
    roles = {
        p.stem: analyzer.role_profile(analyzer.read(p))
        for p in sorted((base / "JobDescription").glob("*.pdf"))
    }
    names = list(roles)
    short = [n.replace("job_desc_", "") for n in names]
    rows: list[tuple[str, list[float]]] = []
    for resume in sorted((base / "Resumes").glob("*.pdf")):
        facts = analyzer.resume_facts(analyzer.read(resume))
        rows.append((resume.stem, [analyzer.compare(facts, roles[n]).score for n in names]))

    ok = True
    if args.markdown:
        print("| resume | " + " | ".join(short) + " | own role highest |")
        print("|---|" + "---:|" * len(short) + "---|")
    else:
        print(f"{'resume':24}" + "".join(f"{s:>22}" for s in short))
    for stem, scores in rows:
        verdict = "-"
        if stem in EXPECTED:
            best = names[scores.index(max(scores))]
            verdict = "yes" if best == EXPECTED[stem] else f"NO (best: {best})"
            ok = ok and best == EXPECTED[stem]
        if args.markdown:
            cells = " | ".join(f"{s:.1f}" for s in scores)
            print(f"| {stem} | {cells} | {verdict} |")
        else:
            print(f"{stem:24}" + "".join(f"{s:>22.1f}" for s in scores) + f"   {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
