"""How much of the labelled skill text does the taxonomy name? (issue 3, "Measure and report")

For SkillSpan ``tags_knowledge`` spans (``dev.json``) and dotin ``Tech Tools`` labels
(``dotin-resumes/train``), the share of span texts that are exactly a name or alias of
some skill (both sides normalised as EVALUATION.md does: NFKC, lower case, white space collapsed,
surrounding punctuation stripped, so a SkillSpan token such as "terraform )" counts as
"terraform"), for three surface sets:

  raw       every O*NET technology name and ESCO preferred/alternative label, unfiltered
  core      the curated core (``skills/core``) only
  shipped   core + generated layers, merged by ``skillmatch.taxonomy`` (extends applied)

and, beside the exact figure, the shipped set "as the matcher reads" text (the real matcher:
a glued hyphen as a space, "java-ee"; British spelling as American, "data visualisation";
typographic apostrophes as "'"; the regular plural of
a multi-word surface's last word, "relational databases"; a glued release number, "java8").

Both distinct texts and spans (with repeats) are reported, and the most frequent misses
are printed so the curators see which *kinds* of skills are missing. Do not paste the
misses into the taxonomy: the same figure is measured on test splits kept aside. To
study which kinds of skill are missing, read the misses of the *train* split
(``--split train``) and keep ``dev`` for the figure.

Usage: python scripts/taxonomy_coverage.py [--data DIR] [--split dev|train] [--misses N]
       [--counts]
"""

from __future__ import annotations

import argparse
import csv
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Container, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from datasets import DEFAULT_DATA, load_dotin, load_skillspan, normalise  # noqa: E402

from skillmatch.matcher import SurfaceMatcher  # noqa: E402
from skillmatch.taxonomy import (  # noqa: E402
    Surface,
    Taxonomy,
    check_paths,
    common_words,
    normalize_surface,
    taxonomy_files,
)
from skillmatch.tokens import tokenize  # noqa: E402

TARGETS = {"skillspan knowledge": 0.70, "dotin Tech Tools": 0.80}


# --------------------------------------------------------------------------- gold texts


def skillspan_texts(data: Path, split: str = "dev") -> list[str]:
    """Every ``tags_knowledge`` span text: B then I tokens joined by single spaces."""
    out = []
    for doc in load_skillspan(data, split):
        out += [doc.text[s.start : s.end] for s in doc.gold(["knowledge"])]
    return out


def dotin_texts(data: Path) -> list[str]:
    """Every ``Tech Tools`` label text of the dotin training resumes (entities unescaped)."""
    out = []
    for doc in load_dotin(data, "all"):
        out += [doc.text[s.start : s.end] for s in doc.gold(["Tech Tools"])]
    return out


# --------------------------------------------------------------------------- surface sets


def raw_label_surfaces(data: Path) -> set[str]:
    """O*NET ``Example`` names plus ESCO preferred and alternative labels, as they are."""
    surfaces: set[str] = set()
    with (data / "onet" / "Technology Skills.txt").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            surfaces.add(normalise(row["Example"]))
    with (data / "esco" / "skills_en.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            surfaces.add(normalise(row["preferredLabel"]))
            for alt in (row.get("altLabels") or "").split("\n"):
                if alt.strip():
                    surfaces.add(normalise(alt))
    return surfaces


def taxonomy_surfaces(taxonomy: Taxonomy) -> set[str]:
    out: set[str] = set()
    for skill in taxonomy.skills.values():
        out.update(normalise(s) for s in (*skill.surfaces, *skill.case_sensitive))
    return out


def load_layers(skills_dir: Path, core_only: bool) -> tuple[Taxonomy | None, list[str]]:
    """The loader's merge of ``skills_dir`` (or of its categories + core only)."""
    if not core_only:
        return check_paths([skills_dir])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for path in taxonomy_files(skills_dir):
            rel = path.relative_to(skills_dir)
            if rel.parts[0] == "generated":
                continue
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, root / rel)
        return check_paths([root])


def yaml_surfaces(skills_dir: Path, core_only: bool) -> set[str]:
    """Fallback while the taxonomy does not validate: names, aliases and extends aliases
    read straight from the YAML."""
    import yaml

    out: set[str] = set()
    for path in taxonomy_files(skills_dir):
        if core_only and path.relative_to(skills_dir).parts[0] == "generated":
            continue
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError:
            print(f"warning: {path.name} is not valid YAML; skipped", file=sys.stderr)
            continue
        for item in data.get("skills") or []:
            if not isinstance(item, dict):
                continue
            for key in ("name", "aliases", "case_sensitive"):
                value = item.get(key) or []
                for text in [value] if isinstance(value, str) else value:
                    out.add(normalise(str(text)))
    return out


def surfaces_for(skills_dir: Path, core_only: bool) -> tuple[set[str], str]:
    taxonomy, problems = load_layers(skills_dir, core_only)
    if taxonomy is not None:
        return taxonomy_surfaces(taxonomy), "skillmatch.taxonomy"
    return yaml_surfaces(skills_dir, core_only), f"raw YAML ({len(problems)} validation problems)"


# --------------------------------------------------------------------------- measuring


class MatcherReading:
    """Is a text named by the taxonomy *as the matcher reads it*? One surface must match the
    whole text in ``skillmatch.matcher`` (its spelling rules: a glued hyphen is a space,
    British spelling is American, typographic apostrophes are "'", the last word of a
    multi-word surface may be its regular plural, a one-word name may carry a glued release
    number); case-insensitive like the exact figure. Looser than the exact figure the issue
    defines; reported beside it, never instead of it."""

    def __init__(self, surfaces: set[str]) -> None:
        self.surfaces = surfaces
        self.matcher = SurfaceMatcher.from_surfaces(
            Surface(text, "named", "alias", False, False) for text in surfaces
        )

    def __contains__(self, text: str) -> bool:
        if text in self.surfaces:
            return True
        tokens = tokenize(text)
        last = len(tokens) - 1
        return any(c.first == 0 and c.last == last for c in self.matcher.find(tokens, text))


def coverage(
    texts: Iterable[str], surfaces: Container[str]
) -> tuple[float, float, Counter[str]]:
    """(share of distinct texts named, share of spans named, misses by frequency)."""
    counts = Counter(key for key in map(normalise, texts) if key)
    if not counts:
        return 0.0, 0.0, Counter()
    named = {t for t in counts if t in surfaces}
    hit_distinct = len(named)
    hit_spans = sum(n for t, n in counts.items() if t in named)
    misses = Counter({t: n for t, n in counts.items() if t not in named})
    return hit_distinct / len(counts), hit_spans / sum(counts.values()), misses


def miss_kind(text: str, common: frozenset[str]) -> str:
    """A rough class for a miss, so the analysis says which *kinds* of text are missing."""
    if re.search(r"[/,;&]| and | or |\(|\)", text):
        return "compound or list (a/b, a and b, parentheses)"
    if re.search(r"\d", text):
        return "with a version or number"
    if len(text.split()) > 4:
        return "long phrase (5+ words)"
    if len(text.split()) == 1 and text in common:
        return "common English word (needs a curated rule)"
    if len(text.split()) == 1:
        return "other single word (product, acronym, field)"
    return "other 2-4 word phrase"


def counts_report(skills_dir: Path) -> None:
    """Skills, aliases and patterns per layer, and the cold load time of the merge."""
    start = time.perf_counter()
    taxonomy, problems = check_paths([skills_dir])
    elapsed = time.perf_counter() - start
    if taxonomy is None:
        print(f"taxonomy does not validate ({len(problems)} problems); first: {problems[:3]}")
        return
    by_layer: dict[str, list[int]] = {}
    for skill in taxonomy.skills.values():
        row = by_layer.setdefault(skill.layer, [0, 0, 0])
        row[0] += 1
        row[1] += len(skill.surfaces) - 1
        row[2] += len({normalize_surface(s) for s in (*skill.surfaces, *skill.case_sensitive)})
    print("layer      skills   aliases  patterns   (aliases include ones added by extends)")
    for layer, (n, aliases, patterns) in sorted(by_layer.items()):
        print(f"{layer:9} {n:7,d} {aliases:9,d} {patterns:9,d}")
    total = [sum(v[i] for v in by_layer.values()) for i in range(3)]
    print(f"{'total':9} {total[0]:7,d} {total[1]:9,d} {total[2]:9,d}")
    print(f"merge + validation of every file, no cache: {elapsed:.2f} s")


NON_TECH = (
    "healthcare",
    "finance",
    "logistics",
    "business",
    "construction",
    "hospitality",
    "manufacturing",
    "legal",
    "education",
)


def categories_report(skills_dir: Path, samples: int = 10) -> None:
    """Generated skills per category and layer; as samples, the names with the most
    aliases (a rough proxy for how established a concept is), at most four words."""
    import yaml

    by_cat: dict[str, dict[str, list[tuple[int, str]]]] = {}
    for layer in ("onet", "esco"):
        data = yaml.safe_load((skills_dir / "generated" / f"{layer}.yaml").read_text("utf-8"))
        for item in data["skills"]:
            if "id" in item:
                entry = (len(item.get("aliases", [])), item["name"])
                by_cat.setdefault(item["category"], {}).setdefault(layer, []).append(entry)
    print("category        O*NET   ESCO")
    for cat in sorted(by_cat, key=lambda c: -sum(len(v) for v in by_cat[c].values())):
        row = by_cat[cat]
        print(f"{cat:14} {len(row.get('onet', [])):6d} {len(row.get('esco', [])):6d}")
    for cat in NON_TECH:
        pool = [e for v in by_cat.get(cat, {}).values() for e in v if len(e[1].split()) <= 4]
        best = sorted(pool, key=lambda e: (-e[0], e[1].casefold()))[:samples]
        print(f"\n{cat}: " + "; ".join(sorted(name for _, name in best)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--skills", type=Path, default=ROOT / "skills")
    parser.add_argument("--split", choices=("dev", "train"), default="dev",
                        help="SkillSpan split (dev: the reported figure)")
    parser.add_argument("--misses", type=int, default=40, help="how many misses to print")
    parser.add_argument("--counts", action="store_true", help="also print layer counts")
    parser.add_argument(
        "--categories", action="store_true", help="only print generated skills per category"
    )
    args = parser.parse_args(argv)
    if args.categories:
        categories_report(args.skills)
        return 0

    if args.counts:
        counts_report(args.skills)
        print()
    gold = {
        "skillspan knowledge": skillspan_texts(args.data, args.split),
        "dotin Tech Tools": dotin_texts(args.data),
    }
    core, core_how = surfaces_for(args.skills, core_only=True)
    shipped, shipped_how = surfaces_for(args.skills, core_only=False)
    sets: dict[str, Container[str]] = {
        "raw O*NET+ESCO labels": raw_label_surfaces(args.data),
        "core": core,
        "core + generated": shipped,
        "  as the matcher reads": MatcherReading(shipped),
    }
    print(f"core read via {core_how}; shipped read via {shipped_how}")
    print(f"{'dataset':22} {'surface set':24} {'distinct':>9} {'spans':>7}  (n distinct / spans)")
    shipped_misses: dict[str, Counter[str]] = {}
    for name, texts in gold.items():
        n_distinct = len({key for key in map(normalise, texts) if key})
        for set_name, surfaces in sets.items():
            distinct, spans, misses = coverage(texts, surfaces)
            print(
                f"{name:22} {set_name:24} {distinct:9.1%} {spans:7.1%}  "
                f"({n_distinct} / {len(texts)})"
            )
            if set_name == "core + generated":
                shipped_misses[name] = misses
            if set_name in ("core + generated", "  as the matcher reads"):
                flag = "OK" if spans >= TARGETS[name] else "BELOW"
                print(f"{'':22} target {TARGETS[name]:.0%} of spans: {flag}")
    if args.misses:
        for name, misses in shipped_misses.items():
            kinds: Counter[str] = Counter()
            for text, n in misses.items():
                kinds[miss_kind(text, common_words())] += n
            total = sum(misses.values())
            print(f"\nmisses by kind, {name} (spans, of {total} missed):")
            for kind, n in kinds.most_common():
                print(f"  {n:5d}  {n / total:6.1%}  {kind}")
            print(f"\nmost frequent misses, {name} (core + generated):")
            for text, n in misses.most_common(args.misses):
                print(f"  {n:4d}  {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
