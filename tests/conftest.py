"""Shared fixtures: a small test taxonomy and analyzers built once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MINI_TAXONOMY = Path(__file__).parent / "fixtures" / "mini_taxonomy"
EXAMPLES = ROOT / "examples"

# Reproducible "Present" and report width for every test.
os.environ.setdefault("SKILLMATCH_TODAY", "2026-11-01")


@pytest.fixture(scope="session")
def mini_taxonomy():
    from skillmatch.taxonomy import check_paths

    taxonomy, problems = check_paths([MINI_TAXONOMY])
    assert not problems, problems
    return taxonomy


@pytest.fixture(scope="session")
def mini_extractor(mini_taxonomy):
    from skillmatch.extract import Extractor

    return Extractor.create(taxonomy=mini_taxonomy)


@pytest.fixture(scope="session")
def shipped_extractor():
    from skillmatch.extract import Extractor

    return Extractor.create(use_ner=False)


@pytest.fixture(scope="session")
def mini_analyzer(mini_taxonomy):
    from skillmatch.analysis import Analyzer, Settings

    return Analyzer(Settings(use_ner=False), taxonomy=mini_taxonomy)


@pytest.fixture(scope="session")
def shipped_analyzer():
    from skillmatch.analysis import Analyzer, Settings

    return Analyzer(Settings(use_ner=False))
