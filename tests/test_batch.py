"""``skillmatch.batch``: one read per resume, stable order, error rows, crash isolation."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import rank_fixtures
from rank_fixtures import ROLE, ROLE_JAVA

from skillmatch import batch
from skillmatch.analysis import Analyzer, Settings
from skillmatch.models import Document

corpus = rank_fixtures.corpus  # fixtures shared with the other rank tests
mini_shipped = rank_fixtures.mini_shipped


@pytest.fixture
def setup(mini_taxonomy):
    analyzer = Analyzer(Settings(use_ner=False), taxonomy=mini_taxonomy)
    roles = [
        analyzer.role_profile(Document("role.txt", ROLE, "text")),
        analyzer.role_profile(Document("role_java.txt", ROLE_JAVA, "text")),
    ]
    return analyzer, roles


def _paths(corpus: Path) -> list[str]:
    from skillmatch.cli_rank import expand_inputs

    return expand_inputs([str(corpus)])


def test_matrix_reads_and_extracts_each_resume_once(
    setup,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    analyzer, roles = setup
    reads: list[str] = []
    facts: list[str] = []
    real_read, real_facts = analyzer.read, analyzer.resume_facts
    monkeypatch.setattr(analyzer, "read", lambda p: reads.append(str(p)) or real_read(p))
    monkeypatch.setattr(analyzer, "resume_facts", lambda d: facts.append(d.source) or real_facts(d))
    paths = [str(corpus / "b_strong.txt"), str(corpus / "a_medium.txt")]
    result = batch.run(paths, roles, analyzer.settings, jobs=1, analyzer=analyzer)
    assert sorted(reads) == sorted(paths) and sorted(facts) == sorted(paths)
    assert [len(rows) for rows in result.results] == [2, 2]
    assert [Path(r.source).name for r in result.results[0]] == ["b_strong.txt", "a_medium.txt"]


def test_rank_order_then_path_errors_last(setup, corpus: Path) -> None:
    analyzer, roles = setup
    twin = corpus / "a_twin.txt"
    twin.write_text((corpus / "b_strong.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = batch.run(_paths(corpus), roles[:1], analyzer.settings, jobs=1, analyzer=analyzer)
    rows = result.results[0]
    names = [Path(r.source).name for r in rows]
    assert names[:2] == ["a_twin.txt", "b_strong.txt"]  # same score: by path
    assert names[-2:] == ["broken.pdf", "empty.txt"]
    assert [r.error is not None for r in rows] == [False] * 4 + [True] * 2
    assert result.failed_files == sorted([str(corpus / "broken.pdf"), str(corpus / "empty.txt")])


def test_unexpected_exception_becomes_an_error_row(
    setup,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    analyzer, roles = setup
    real = analyzer.resume_facts

    def flaky(document):
        if document.source.endswith("a_medium.txt"):
            raise RuntimeError("boom")
        return real(document)

    monkeypatch.setattr(analyzer, "resume_facts", flaky)
    paths = [str(corpus / "a_medium.txt"), str(corpus / "b_strong.txt")]
    rows = batch.run(paths, roles[:1], analyzer.settings, jobs=1, analyzer=analyzer).results[0]
    assert rows[0].score is not None
    assert rows[1].error == "internal error: RuntimeError: boom"


def test_slim_records_keep_only_the_summary(setup, corpus: Path) -> None:
    analyzer, roles = setup
    rows = batch.run(
        _paths(corpus), roles, analyzer.settings, jobs=1, analyzer=analyzer, keep_full=False
    ).results[0]
    assert all("requirements" not in r.record for r in rows)
    assert rows[0].record["matched"] and "missing_required" in rows[0].record


def test_pool_gives_the_same_results_as_one_process(setup, corpus: Path) -> None:
    analyzer, roles = setup
    one = batch.run(_paths(corpus), roles, analyzer.settings, jobs=1, analyzer=analyzer)
    two = batch.run(_paths(corpus), roles, analyzer.settings, jobs=2, analyzer=analyzer)
    assert [[r.record for r in rows] for rows in one.results] == [
        [r.record for r in rows] for rows in two.results
    ]


def crash_on_medium(path: str):
    """Kills its worker process on one file (as a native crash in a reader would)."""
    if path.endswith("a_medium.txt"):
        os._exit(1)
    return REAL_SCORE_FILE(path)


REAL_SCORE_FILE = batch.score_file


def test_a_crashing_worker_costs_only_its_own_file(
    setup,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not batch._fork_available():
        pytest.skip("needs fork: the patched function must reach the workers")
    analyzer, roles = setup
    monkeypatch.setattr(batch, "score_file", crash_on_medium)
    rows = batch.run(_paths(corpus), roles[:1], analyzer.settings, jobs=2, analyzer=analyzer)
    by_name = {Path(r.source).name: r for r in rows.results[0]}
    assert by_name["a_medium.txt"].error == batch.WORKER_CRASHED
    assert by_name["b_strong.txt"].score == 100.0
    assert by_name["c_weak.md"].score is not None
    assert len(by_name) == 5
