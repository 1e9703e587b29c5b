"""Refresh the example output in README.md (between the example-output markers).

Runs the README's first command as a user would (NER on by default), at a fixed
width with colour off, and pastes its stdout into the README.

Usage: python scripts/update_readme_example.py
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- example-output:start -->", "<!-- example-output:end -->"


def main() -> None:
    env = {**os.environ, "SKILLMATCH_WIDTH": "100", "NO_COLOR": "1"}
    command = ["skillmatch", "examples/resume.pdf", "examples/role.txt"]
    result = subprocess.run(
        [sys.executable, "-m", "skillmatch", *command[1:]],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    block = f"{START}\n```text\n$ {' '.join(command)}\n{result.stdout.rstrip()}\n```\n{END}"
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(START) + ".*?" + re.escape(END), re.DOTALL)
    readme.write_text(pattern.sub(lambda _: block, text), encoding="utf-8")
    print(f"updated {readme}")


if __name__ == "__main__":
    main()
