"""Regenerate skillmatch/data/common_words.txt.

The taxonomy validator flags aliases that are common English words and carry no
case or context rule. The list is the 5,000 most frequent lowercase ASCII words
of spaCy's English lexeme probabilities (spacy-lookups-data, MIT) plus English
words that are also technology names.

Usage: pip install spacy-lookups-data==1.0.5 && python scripts/make_common_words.py
"""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

EXTRA = (
    "swift rust spark chef puppet excel agile hive ruby julia rails flask dart elm oracle "
    "crystal mercury vault consul helm flux glue athena lambda storm beam pig salt echo gin "
    "fiber rocket phoenix ember backbone meteor ionic pyramid bamboo jenkins ansible lean "
    "scala kafka express spring react access word go"
).split()
HEADER = (
    "# The 5,000 most frequent lowercase English words in spaCy lookups data (en_lexeme_prob,\n"
    "# spacy-lookups-data 1.0.5, MIT licence) plus English words that are also technology names.\n"
    "# Made by scripts/make_common_words.py. Used to flag taxonomy aliases that need a case or"
    " context rule.\n"
)


def main() -> None:
    data = resources.files("spacy_lookups_data") / "data" / "en_lexeme_prob.json.gz"
    with data.open("rb") as handle:
        probs: dict[str, float] = json.load(gzip.open(handle))
    ranked = sorted(probs.items(), key=lambda kv: (-kv[1], kv[0]))
    words = [w for w, _ in ranked if w.isalpha() and w.islower() and w.isascii()][:5000]
    out = Path(__file__).resolve().parents[1] / "skillmatch" / "data" / "common_words.txt"
    out.write_text(HEADER + "\n".join(sorted(set(words) | set(EXTRA))) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
