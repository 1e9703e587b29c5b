"""Print, as markdown, the requirements skillmatch derives from role descriptions.

Used to write docs/roles.md and to check role analysis by reading.

Usage: python scripts/role_requirements.py ROLE_FILE... [--no-ner]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("roles", nargs="+", type=Path)
    parser.add_argument("--no-ner", action="store_true")
    args = parser.parse_args()

    from skillmatch.analysis import Analyzer, Settings, ner_default

    analyzer = Analyzer(Settings(use_ner=ner_default() and not args.no_ner))
    for path in args.roles:
        role = analyzer.role_profile(analyzer.read(path))
        print(f"### {path.name}\n")
        print("| # | requirement | kind | importance | role line | why |")
        print("|---|---|---|---|---|---|")
        for number, req in enumerate(role.requirements, 1):
            label = req.label.replace("|", "\\|")
            print(
                f"| {number} | {label} | {req.kind} | {req.importance} | {req.line} | "
                f"{req.reason.replace('|', '/')} |"
            )
        print()


if __name__ == "__main__":
    main()
