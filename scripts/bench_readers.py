"""Reader throughput: PDF pages per second over the shared PDFs, time per DOCX/TXT.

    python scripts/bench_readers.py [--data ../shared/data] [--runs 7]

Each figure is the median CPU time of ``--runs`` runs in this one process (pdfium
loaded once, as in a batch worker); CPU time, not wall time, so other work on the
machine does not inflate it. "raw pdfium" is pypdfium2's plain text extraction
with no layout analysis: the floor that the two-column check adds to.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from skillmatch.readers import read_document  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"


def _median_time(fn, runs: int) -> float:
    """Median CPU time of this process (steadier than wall time on a busy machine)."""
    times = []
    for _ in range(runs):
        t = time.process_time()
        fn()
        times.append(time.process_time() - t)
    return statistics.median(times)


def _raw_pdfium(paths: list[Path]) -> None:
    import pypdfium2 as pdfium

    for p in paths:
        pdf = pdfium.PdfDocument(str(p))
        for page in pdf:
            page.get_textpage().get_text_range()
        pdf.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    pdfs = sorted((args.data / "resume-files").rglob("*.pdf"))
    if not pdfs:
        print(f"no PDFs under {args.data / 'resume-files'}", file=sys.stderr)
        return 2
    pages = sum(read_document(p).pages for p in pdfs)  # also warms up pdfium
    t = _median_time(lambda: [read_document(p) for p in pdfs], args.runs)
    t_raw = _median_time(lambda: _raw_pdfium(pdfs), args.runs)
    print(f"PDF  {len(pdfs)} files, {pages} pages")
    for label, secs in (("skillmatch reader", t), ("raw pdfium text", t_raw)):
        print(f"     {label:18} {pages / secs:6.0f} pages/s  ({1000 * secs / pages:.1f} ms/page)")
    for name in ("resume.docx", "resume.txt", "role.txt"):
        path = ROOT / "examples" / name
        read_document(path)
        t = _median_time(lambda path=path: read_document(path), max(args.runs, 50))
        print(f"{path.suffix[1:].upper():4} examples/{name}: {1000 * t:.2f} ms per file")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
