"""``skillmatch rank`` end to end (in-process CliRunner): inputs, formats, exit codes, output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import rank_fixtures
from typer.testing import CliRunner

from skillmatch.cli import app
from skillmatch.cli_rank import expand_inputs
from skillmatch.formatters.rank import CSV_COLUMNS

GOOD = ["b_strong.txt", "a_medium.txt", "c_weak.md"]

corpus = rank_fixtures.corpus  # fixtures shared with the other rank tests
mini_shipped = rank_fixtures.mini_shipped


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["rank", *args, "--no-ner"])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def role(corpus: Path) -> str:
    return str(corpus.parent / "role.txt")


# ------------------------------------------------------------------ inputs


def test_folder_recursion_is_sorted_and_skips_hidden_and_foreign(corpus: Path) -> None:
    paths = expand_inputs([str(corpus)])
    names = [Path(p).relative_to(corpus).as_posix() for p in paths]
    assert names == ["a_medium.txt", "b_strong.txt", "broken.pdf", "empty.txt", "nested/c_weak.md"]


def test_globs_are_expanded_without_a_shell(corpus: Path) -> None:
    paths = expand_inputs([f"{corpus}/**/*.md", f"{corpus}/b_*.txt", f"{corpus}/b_strong.txt"])
    assert [Path(p).name for p in paths] == ["c_weak.md", "b_strong.txt"]  # no duplicate


def test_glob_matching_nothing_is_no_input(
    mini_shipped: Path,
    corpus: Path,
    role: str,
) -> None:
    code, out, err = run(role, f"{corpus}/*.nothing")
    assert (code, out) == (2, "")
    assert "no file matches" in err and "no input files" in err


def test_missing_role_cannot_run(mini_shipped: Path, corpus: Path) -> None:
    code, out, err = run(str(corpus / "nope.txt"), str(corpus))
    assert (code, out) == (2, "")
    assert "nope.txt: no such file" in err


def test_no_resume_is_usage_error(mini_shipped: Path, role: str) -> None:
    code, out, err = run(role)
    assert (code, out) == (2, "")
    assert "no resume given" in err


# ------------------------------------------------------------------ formats and error rows


def test_csv_columns_order_and_error_rows(
    mini_shipped: Path,
    corpus: Path,
    role: str,
) -> None:
    code, out, err = run(role, str(corpus), "--format", "csv", "--jobs", "1")
    assert code == 1
    rows = list(csv.reader(io.StringIO(out)))
    assert tuple(rows[0]) == CSV_COLUMNS
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert [Path(r["source"]).name for r in body] == [*GOOD, "broken.pdf", "empty.txt"]
    assert [r["rank"] for r in body] == ["1", "2", "3", "", ""]
    scores = [float(r["score"]) for r in body[:3]]
    assert scores == sorted(scores, reverse=True) and scores[0] == 100.0
    assert body[1]["missing_required"] == "Kubernetes"
    assert "PostgreSQL" in body[0]["matched"].split(";")
    assert body[3]["error"] and body[3]["score"] == ""
    assert body[4]["error"] == "empty file"
    assert "empty.txt: empty file" in err and "2 could not be read" in err


def test_json_has_schema_role_results_and_error_rows(
    mini_shipped: Path,
    corpus: Path,
    role: str,
) -> None:
    code, out, _ = run(role, str(corpus), "-f", "json")
    assert code == 1
    payload = json.loads(out)
    assert payload["schema_version"] == 1
    assert payload["role"]["title"] == "Backend Engineer"
    results = payload["results"]
    assert [r["rank"] for r in results] == [1, 2, 3, None, None]
    assert results[0]["requirements"] and results[0]["error"] is None
    assert results[-1] == {**results[-1], "score": None, "error": "empty file"}


def test_jsonl_one_line_per_resume(mini_shipped: Path, corpus: Path, role: str) -> None:
    code, out, _ = run(role, str(corpus), "-f", "jsonl", "--jobs", "1")
    assert code == 1
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 5
    assert {Path(x["source"]).name for x in lines} == {*GOOD, "broken.pdf", "empty.txt"}
    assert all(x["schema_version"] == 1 and x["role"] == role for x in lines)


def test_markdown_and_table_show_errors(
    mini_shipped: Path,
    corpus: Path,
    role: str,
) -> None:
    code, md, _ = run(role, str(corpus), "-f", "markdown")
    assert code == 1
    assert md.startswith("## skillmatch ranking: Backend Engineer")
    assert "| 1 |" in md and "error: empty file" in md
    code, table, _ = run(role, str(corpus))
    assert code == 1
    assert "b_strong.txt" in table and "empty file" in table and "Kubernetes" in table


# ------------------------------------------------------------------ thresholds and filters


def test_all_good_exits_zero(mini_shipped: Path, corpus: Path, role: str) -> None:
    code, out, err = run(
        role, str(corpus / "b_strong.txt"), str(corpus / "a_medium.txt"), "-f", "csv"
    )
    assert code == 0
    assert len(out.splitlines()) == 3
    assert "scored 2 of 2" in err


def test_fail_under_and_exit_zero(mini_shipped: Path, corpus: Path, role: str) -> None:
    good = [str(corpus / n) for n in GOOD[:2]]
    assert run(role, *good, "-f", "csv", "--fail-under", "50")[0] == 0
    code, out, err = run(role, *good, "-f", "csv", "--fail-under", "95")
    assert code == 1 and "1 below 95" in err and len(out.splitlines()) == 3
    code, out2, _ = run(role, *good, "-f", "csv", "--fail-under", "95", "--exit-zero")
    assert (code, out2) == (0, out)
    code, _, err = run(role, *good, "-f", "csv", "--fail-on-missing-required")
    assert code == 1 and "1 missing a required skill" in err


def test_exit_zero_still_two_when_it_cannot_run(mini_shipped: Path, role: str) -> None:
    assert run(role, "--exit-zero")[0] == 2


def test_top_and_min_score_filter_but_keep_errors(
    mini_shipped: Path,
    corpus: Path,
    role: str,
) -> None:
    code, out, _ = run(role, str(corpus), "-f", "csv", "--top", "1")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 1
    assert [(Path(r["source"]).name, r["rank"]) for r in rows] == [
        ("b_strong.txt", "1"),
        ("broken.pdf", ""),
        ("empty.txt", ""),
    ]
    _, out, _ = run(role, str(corpus), "-f", "csv", "--min-score", "50")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [Path(r["source"]).name for r in rows if not r["error"]] == GOOD[:2]
    _, out, _ = run(role, str(corpus), "-f", "jsonl", "--top", "2")
    assert [json.loads(x).get("rank") for x in out.splitlines()] == [1, 2, None, None]


# ------------------------------------------------------------------ --output


def test_output_written_atomically(mini_shipped: Path, corpus: Path, role: str) -> None:
    target = corpus.parent / "out" / "rank.csv"
    target.parent.mkdir()
    code, out, err = run(role, str(corpus), "-f", "csv", "-o", str(target))
    assert (code, out) == (1, "")
    assert target.read_text().startswith("rank,source,score")
    assert f"wrote {target}" in err
    assert [p.name for p in target.parent.iterdir()] == ["rank.csv"]  # no temp file left


def test_no_output_file_when_the_run_fails(
    mini_shipped: Path,
    corpus: Path,
    role: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import skillmatch.batch

    calls = {"n": 0}
    real = skillmatch.batch.score_file

    def interrupted(path: str):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt
        return real(path)

    monkeypatch.setattr(skillmatch.batch, "score_file", interrupted)
    for fmt in ("jsonl", "csv"):
        calls["n"] = 0
        target = corpus.parent / f"rank.{fmt}"
        code, out, err = run(role, str(corpus), "-f", fmt, "-o", str(target), "--jobs", "1")
        assert (code, out) == (130, "")
        assert "interrupted" in err
        assert not target.exists()
        assert not list(corpus.parent.glob(f".rank.{fmt}.*"))


def test_no_output_file_when_taxonomy_invalid(
    mini_shipped: Path,
    corpus: Path,
    role: str,
) -> None:
    bad = corpus.parent / "bad.yaml"
    bad.write_text("skills:\n  - id: x\n    name: X\n    category: nope\n    parents: [zz]\n")
    target = corpus.parent / "rank.csv"
    code, out, err = run(role, str(corpus), "--taxonomy", str(bad), "-f", "csv", "-o", str(target))
    assert (code, out) == (2, "")
    assert "invalid taxonomy" in err
    assert not target.exists()


# ------------------------------------------------------------------ matrix and parallel


def test_matrix_of_two_roles(mini_shipped: Path, corpus: Path) -> None:
    roles = [str(corpus.parent / "role.txt"), str(corpus.parent / "role_java.txt")]
    good = [str(corpus / n) for n in ("b_strong.txt", "a_medium.txt", "nested/c_weak.md")]
    code, out, _ = run("--role", roles[0], "--role", roles[1], *good, "-f", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [*CSV_COLUMNS, "role"]
    assert [r["role"] for r in rows] == [roles[0]] * 3 + [roles[1]] * 3
    assert Path(rows[3]["source"]).name == "c_weak.md"  # best for the Java role
    code, out, _ = run("-r", roles[0], "-r", roles[1], *good, "-f", "json")
    payload = json.loads(out)
    assert [b["role"]["title"] for b in payload["roles"]] == ["Backend Engineer", "Java Engineer"]


def test_jobs_two_gives_the_same_output_as_jobs_one(
    mini_shipped: Path,
    corpus: Path,
    role: str,
) -> None:
    for fmt in ("csv", "json", "markdown"):
        one = run(role, str(corpus), "-f", fmt, "--jobs", "1")
        two = run(role, str(corpus), "-f", fmt, "--jobs", "2")
        assert one[:2] == two[:2]
    one = run(role, str(corpus), "-f", "jsonl", "--jobs", "1")
    two = run(role, str(corpus), "-f", "jsonl", "--jobs", "2")
    assert one[0] == two[0] == 1
    assert sorted(one[1].splitlines()) == sorted(two[1].splitlines())


def test_folder_as_resume_of_the_default_command(
    mini_shipped: Path,
    corpus: Path,
    role: str,
) -> None:
    result = CliRunner().invoke(app, [str(corpus), role, "--no-ner", "-f", "json"])
    assert result.exit_code == 1
    assert [r["rank"] for r in json.loads(result.stdout)["results"]] == [1, 2, 3, None, None]
    assert "--explain" not in result.stderr
    explained = CliRunner().invoke(app, [str(corpus), role, "--no-ner", "-f", "json", "--explain"])
    assert "--explain applies to one resume" in explained.stderr
    assert explained.stdout == result.stdout


def test_redact_removes_identity_from_every_format(
    mini_shipped: Path,
    corpus: Path,
    role: str,
) -> None:
    for fmt in ("csv", "json", "jsonl", "markdown", "table"):
        code, out, err = run(role, str(corpus), "-f", fmt, "--redact")
        assert code == 1
        for secret in ("Alice", "Walker", "Bob", "example.com", "7700", "github", "b_strong"):
            assert secret not in out, (fmt, secret)
            assert secret not in err, (fmt, secret)
        assert "redacted-" in out


def test_without_redact_the_identity_is_there(
    mini_shipped: Path,
    corpus: Path,
    role: str,
) -> None:
    _, out, _ = run(role, str(corpus), "-f", "json")
    assert "Alice" in out and "b_strong" in out


def test_ctrl_c_stops_the_pool_and_writes_nothing_half_done(tmp_path: Path) -> None:
    """A real process group gets SIGINT mid-run, as a terminal's Ctrl-C sends it."""
    import os
    import signal
    import subprocess
    import sys

    if not hasattr(os, "killpg"):
        pytest.skip("POSIX process groups needed")
    folder = tmp_path / "many"
    folder.mkdir()
    text = rank_fixtures.resume("Dana Scully", "Python, PostgreSQL, Kubernetes, Django")
    for i in range(1500):
        (folder / f"cv{i:04d}.txt").write_text(text if i else "", encoding="utf-8")
    (tmp_path / "role.txt").write_text(rank_fixtures.ROLE, encoding="utf-8")
    launcher = (
        "import sys, pathlib, skillmatch.taxonomy as t;"
        f"t.shipped_dir = lambda: pathlib.Path({str(rank_fixtures.MINI_TAXONOMY)!r});"
        "from skillmatch.cli import main; sys.argv[0] = 'skillmatch'; main()"
    )
    env = {**os.environ, "SKILLMATCH_CACHE_DIR": str(tmp_path / "cache")}

    def start(*extra: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                "-c",
                launcher,
                "rank",
                "role.txt",
                "many",
                "--no-ner",
                "--jobs",
                "2",
                *extra,
            ],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            # Unbuffered: readline() below must not pull bytes of the next lines into a
            # buffer that communicate() (reading the raw pipe) would then skip.
            bufsize=0,
            preexec_fn=lambda: (os.setsid(), signal.signal(signal.SIGINT, signal.SIG_DFL)),
        )

    # JSONL to stdout: wait for the first line, interrupt, every line printed is whole.
    proc = start("-f", "jsonl")
    assert proc.stdout is not None
    first = proc.stdout.readline()
    os.killpg(proc.pid, signal.SIGINT)
    rest, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"interrupted" in err and b"Traceback" not in err, err.decode()[-3000:]
    lines = (first + rest).decode().splitlines()
    bad = [x for x in lines if not x.startswith("{") or not x.endswith("}")]
    assert not bad, (bad[:3], err[-300:], len(lines))
    assert 1 <= len(lines) < 1500
    assert all(json.loads(line)["source"].startswith("many/") for line in lines)
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)  # no worker left behind

    # CSV to --output: no file, no temp file.
    proc = start("-f", "csv", "-o", "out.csv")
    assert proc.stderr is not None
    for line in iter(proc.stderr.readline, b""):
        if b"cv0000.txt: empty file" in line:  # the first file's error row: workers are busy
            break
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert not (tmp_path / "out.csv").exists()
    assert not list(tmp_path.glob(".out.csv*"))


def test_progress_console_builds():
    # The progress bar only shows on a terminal; its console must still build anywhere.
    from skillmatch.cli_support import stderr_console

    assert stderr_console().stderr is True
