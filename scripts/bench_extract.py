"""In-process extraction speed: pipeline load (cold and cached) and warm extraction.

Prints the median of several runs of:
- building the pipeline with an empty cache (YAML parse, validation, matcher build),
- loading it from the cache (what every later run pays),
- extracting a 600-word document warm (no NER), and with the NER if installed.

Usage: python scripts/bench_extract.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def words_600() -> str:
    """A 600-word resume-like text made from the bundled example."""
    base = (ROOT / "examples" / "resume.txt").read_text(encoding="utf-8")
    words = base.split(" ")
    text = base
    while len(text.split()) < 600:
        text += "\n" + " ".join(words[: 600 - len(text.split())])
    return text


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as cache:
        os.environ["SKILLMATCH_CACHE_DIR"] = cache
        from skillmatch.extract import Extractor
        from skillmatch.taxonomy import load_taxonomy

        def cold() -> None:
            for item in Path(cache).iterdir():
                item.unlink()
            Extractor.create(taxonomy=load_taxonomy(), use_ner=False)

        def cached() -> None:
            Extractor.create(taxonomy=load_taxonomy(), use_ner=False)

        cold_runs = max(3, args.runs // 2)
        cold_ms = median_ms(cold, cold_runs)
        cached()
        cached_ms = median_ms(cached, args.runs)
        extractor = Extractor.create(use_ner=False)
        text = words_600()
        extractor.extract_text(text)
        warm_ms = median_ms(lambda: extractor.extract_text(text), args.runs * 5)
        skills = len(extractor.extract_text(text).skills)
        print(f"taxonomy: {len(extractor.taxonomy)} skills, {extractor.matcher.size} patterns")
        print(f"pipeline build, empty cache : {cold_ms:8.1f} ms (median of {cold_runs})")
        print(f"pipeline load, cached       : {cached_ms:8.1f} ms (median of {args.runs})")
        print(f"extract 600 words, warm     : {warm_ms:8.2f} ms ({skills} skills, no NER)")

        from skillmatch.ner import model_available

        if model_available():
            start = time.perf_counter()
            with_ner = Extractor.create(use_ner=True)
            load_ms = (time.perf_counter() - start) * 1000
            with_ner.extract_text(text)
            ner_ms = median_ms(lambda: with_ner.extract_text(text), args.runs)
            print(f"pipeline + NER model load   : {load_ms:8.1f} ms")
            print(f"extract 600 words, with NER : {ner_ms:8.2f} ms")


if __name__ == "__main__":
    main()
