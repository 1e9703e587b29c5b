"""Golden outputs of the main command on the bundled examples (table, JSON, markdown).

The table is rendered at a fixed width with colour off and "today" pinned, so any
change in extraction, scoring or layout shows up as a diff. After an intended change,
regenerate with: SKILLMATCH_UPDATE_GOLDEN=1 pytest tests/test_golden.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden"
ENV = {
    "SKILLMATCH_WIDTH": "100",
    "NO_COLOR": "1",
    "SKILLMATCH_TODAY": "2026-11-01",
}
CASES = {
    "match_table.txt": ["examples/resume.pdf", "examples/role.txt"],
    "match.json": ["examples/resume.txt", "examples/role.txt", "--format", "json"],
    "match.md": ["examples/resume.docx", "examples/role.txt", "--format", "markdown"],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_output(name):
    args = [sys.executable, "-m", "skillmatch", *CASES[name], "--no-ner"]
    result = subprocess.run(
        args, capture_output=True, cwd=ROOT, env={**os.environ, **ENV}, timeout=120
    )
    assert result.returncode == 0, result.stderr.decode()
    produced = result.stdout.decode("utf-8")
    target = GOLDEN / name
    if os.environ.get("SKILLMATCH_UPDATE_GOLDEN"):
        target.parent.mkdir(exist_ok=True)
        target.write_text(produced, encoding="utf-8")
    expected = target.read_text(encoding="utf-8")
    assert produced == expected, f"{name} differs from the golden file; see the module docstring"
