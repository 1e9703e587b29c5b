"""Show that the PDF reader gives the skills of one resume in the same order from
four layouts (single, two-column, modern single, modern two-column), and print the
reading order of the other two-column PDFs in the shared data.

    python scripts/check_pdf_order.py [--data ../shared/data] [--show]

Exit status 0 if the four skills sections give the same word sequence, else 1.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skillmatch.readers import read_document  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
TEMPLATES = "resume-files/resume-matcher/assets/pdf-templates"
LAYOUTS = ("single-column", "two-column", "modern-single-column", "modern-two-column")
OTHERS = (
    "resume-files/deedy-resume/OpenFonts/deedy_resume-openfont.pdf",
    "resume-files/altacv/sample.pdf",
    "resume-files/altacv/mmayer.pdf",
)
HEADINGS = re.compile(r"^(LINKS|EDUCATION|EXPERIENCE|PROJECTS|SUMMARY|AWARDS)\b", re.M)


def skills_words(text: str) -> list[str]:
    """Words of the SKILLS section, without its heading, label and commas."""
    start = text.index("SKILLS")
    body = text[start:].split("\n", 1)[1]
    end = HEADINGS.search(body)
    body = body[: end.start()] if end else body
    body = body.replace("Technical Skills:", " ")
    return re.findall(r"[^\s,]+", body)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--show", action="store_true", help="print the text of the other PDFs")
    args = ap.parse_args()
    seqs = {}
    for name in LAYOUTS:
        doc = read_document(args.data / TEMPLATES / f"{name}.pdf")
        seqs[name] = skills_words(doc.text)
        print(f"{name:22} {len(seqs[name]):3} words  warnings={list(doc.warnings)}")
        print("   ", " ".join(seqs[name]))
    same = len({tuple(s) for s in seqs.values()}) == 1
    print("skills order identical across the four layouts:", "yes" if same else "NO")
    for rel in OTHERS:
        path = args.data / rel
        if not path.exists():
            continue
        doc = read_document(path)
        print(f"\n== {rel}: {doc.pages} pages, {len(doc.text)} chars")
        print(f"   warnings={list(doc.warnings)}")
        lines = doc.text.splitlines()
        print("\n".join(lines if args.show else lines[:25]))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
