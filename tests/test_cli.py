"""The command line as a user runs it: (exit code, stdout, stderr) asserted together."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

RESUME_TXT = EXAMPLES / "resume.txt"
RESUME_PDF = EXAMPLES / "resume.pdf"
RESUME_DOCX = EXAMPLES / "resume.docx"
ROLE = EXAMPLES / "role.txt"
OLE2_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc (and other OLE2 files)


def run(*args: str, stdin: bytes | None = None, env: dict | None = None, cwd=None):
    """Run ``python -m skillmatch`` in a subprocess (a real process: exit codes, streams)."""
    full_env = {**os.environ, "SKILLMATCH_WIDTH": "120", "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "skillmatch", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=120,
    )


def out(result) -> str:
    return result.stdout.decode("utf-8")


def err(result) -> str:
    return result.stderr.decode("utf-8")


def test_version_and_help():
    version = run("--version")
    assert version.returncode == 0 and out(version).startswith("skillmatch ")
    helped = run("--help")
    assert helped.returncode == 0
    for command in ("match", "rank", "extract", "taxonomy"):
        assert command in out(helped)


def test_default_command_without_subcommand_word():
    result = run(str(RESUME_TXT), str(ROLE), "--no-ner", "--format", "json")
    assert result.returncode == 0, err(result)
    payload = json.loads(out(result))
    assert payload["schema_version"] == 1
    (report,) = payload["results"]
    assert 0 <= report["score"] <= 100
    assert report["error"] is None
    assert {"skill", "any_of", "years", "education"} & set().union(*report["requirements"])


def test_same_report_from_txt_pdf_docx():
    scores = {}
    for resume in (RESUME_TXT, RESUME_PDF, RESUME_DOCX):
        result = run("match", str(resume), str(ROLE), "--no-ner", "--format", "json")
        assert result.returncode == 0, err(result)
        report = json.loads(out(result))["results"][0]
        scores[resume.suffix] = (
            report["score"],
            sorted(r["status"] for r in report["requirements"]),
        )
    assert scores[".txt"] == scores[".pdf"] == scores[".docx"]


def test_table_output_is_the_payload_and_messages_go_to_stderr():
    result = run(str(RESUME_PDF), str(ROLE), "--no-ner")
    assert result.returncode == 0, err(result)
    text = out(result)
    assert "Score" in text and "Required" in text and "Suggestions" in text
    assert "\x1b[" not in text  # NO_COLOR respected
    assert "Traceback" not in err(result)


def test_markdown_and_explain():
    result = run(str(RESUME_TXT), str(ROLE), "--no-ner", "--format", "markdown", "--explain")
    assert result.returncode == 0
    text = out(result)
    assert text.startswith("## skillmatch:")
    assert "| requirement | importance | status | credit | evidence |" in text
    assert "### Arithmetic" in text and "/100" in text


@pytest.mark.parametrize(
    "flags, code",
    [
        (("--fail-under", "101"), 1),
        (("--fail-under", "1"), 0),
        (("--fail-on-missing-required",), None),
    ],
)
def test_exit_codes_gate_a_pipeline(flags, code):
    result = run(str(RESUME_TXT), str(ROLE), "--no-ner", "--format", "json", *flags)
    report = json.loads(out(result))["results"][0]
    if code is None:
        missing = [
            r
            for r in report["requirements"]
            if r["status"] == "missing" and r["importance"] == "required"
        ]
        code = 1 if missing else 0
    assert result.returncode == code


def test_output_written_atomically(tmp_path):
    target = tmp_path / "report.json"
    result = run(str(RESUME_TXT), str(ROLE), "--no-ner", "-f", "json", "--output", str(target))
    assert result.returncode == 0
    assert out(result) == ""
    assert json.loads(target.read_text())["results"][0]["source"].endswith("resume.txt")
    assert not list(tmp_path.glob(".report.json.*"))


@pytest.mark.parametrize(
    "make, needle",
    [
        (lambda d: d / "missing.pdf", "no such file"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
        (lambda d: _write(d / "junk.txt", bytes(range(256)) * 20), "binary"),
        (
            lambda d: _write(d / "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600),
            ".doc",
        ),
        (lambda d: _write(d / "cut.pdf", RESUME_PDF.read_bytes()[:400]), "PDF"),
    ],
)
def test_bad_resume_is_one_clear_line_and_exit_2(tmp_path, make, needle):
    path = make(tmp_path)
    result = run(str(path), str(ROLE), "--no-ner")
    assert result.returncode == 2
    lines = err(result).strip().splitlines()
    assert len(lines) == 1, err(result)
    assert str(path) in lines[0] and needle.lower() in lines[0].lower()
    assert "Traceback" not in err(result) and out(result) == ""


def test_directory_as_role_is_one_clear_line(tmp_path):
    result = run(str(RESUME_TXT), str(tmp_path), "--no-ner")
    assert result.returncode == 2
    assert err(result).strip() == f"error: {tmp_path}: is a directory, expected a file"


def test_empty_folder_of_resumes_cannot_run(tmp_path):
    result = run(str(tmp_path), str(ROLE), "--no-ner")
    assert result.returncode == 2 and "no input files" in err(result)


def test_debug_shows_traceback(tmp_path):
    result = run(str(tmp_path / "nope.txt"), str(ROLE), "--no-ner", "--debug")
    assert result.returncode == 2 and "Traceback" in err(result)


def test_stdin_resume():
    result = run("-", str(ROLE), "--no-ner", "-f", "json", stdin=RESUME_TXT.read_bytes())
    assert result.returncode == 0, err(result)
    assert json.loads(out(result))["results"][0]["source"] == "-"


def test_extract_json_contract():
    result = run("extract", str(RESUME_TXT), "--no-ner", "--format", "json")
    assert result.returncode == 0, err(result)
    payload = json.loads(out(result))
    assert set(payload) == {"schema_version", "source", "chars", "skills", "warnings"}
    text = RESUME_TXT.read_text(encoding="utf-8")
    assert payload["chars"] == len(text)
    ids = {s["id"] for s in payload["skills"]}
    assert {"python", "postgresql", "docker"} <= ids
    for skill in payload["skills"]:
        assert set(skill) == {"id", "name", "category", "origin", "mentions"}
        for m in skill["mentions"]:
            assert {"start", "end", "text", "line", "section", "method", "confidence"} <= set(m)
            assert text[m["start"] : m["end"]] == m["text"]


def test_extract_kind_says_what_the_document_is(tmp_path):
    # a "Benefits" list is what a job ad offers, but an HR resume's own experience
    doc = _write(tmp_path / "doc.txt", b"Benefits\nBenefits administration and payroll\n")
    as_role = run("extract", str(doc), "--no-ner", "--format", "csv", "--kind", "role")
    as_resume = run("extract", str(doc), "--no-ner", "--format", "csv", "--kind", "resume")
    assert as_role.returncode == 0 and as_resume.returncode == 0, err(as_resume)
    assert ",payroll," not in out(as_role) and ",payroll," in out(as_resume)
    bad = run("extract", str(doc), "--kind", "letter")
    assert bad.returncode == 2 and "letter" in err(bad)


def test_extract_several_files_one_bad(tmp_path):
    bad = _write(tmp_path / "empty.txt", b"")
    result = run("extract", str(RESUME_TXT), str(bad), "--no-ner", "--format", "csv")
    assert result.returncode == 1
    rows = out(result).strip().splitlines()
    assert rows[0].startswith("source,skill_id,name")
    assert any("empty" in row and row.startswith(str(bad)) for row in rows)
    assert sum(row.startswith(str(RESUME_TXT)) for row in rows) > 5
    assert "empty" in err(result)


def test_extract_warns_once_on_stderr_not_in_the_table(tmp_path):
    short = _write(tmp_path / "short.txt", b"Skills: Python, SQL")
    result = run("extract", str(short), "--no-ner")
    assert result.returncode == 0
    assert "Python" in out(result) and "warning" not in out(result)
    assert err(result).count("warning:") == 1 and f"{short}: little text" in err(result)


def test_extract_table_says_a_certification_is_in_progress(tmp_path):
    resume = _write(tmp_path / "cv.txt", b"Certifications\nCKA - in progress\nPMP (2019)\n")
    result = run("extract", str(resume), "--no-ner", "--kind", "resume")
    assert result.returncode == 0
    rows = out(result).splitlines()
    assert any("Certified Kubernetes Administrator (in progress)" in r for r in rows)
    assert any(r.startswith("PMP ") and "in progress" not in r for r in rows)


def test_taxonomy_check_and_show(tmp_path):
    ok = run("taxonomy", "check")
    assert ok.returncode == 0 and "ok (" in out(ok)
    broken = tmp_path / "mine.yaml"
    broken.write_text(
        "skills:\n  - {id: x1, name: Xylophonics, category: tool, parents: [pythn]}\n"
    )
    bad = run("taxonomy", "check", str(broken))
    assert bad.returncode == 2
    assert "unknown id 'pythn' (did you mean 'python'?)" in out(bad)
    shown = run("taxonomy", "show", "k8s")
    assert shown.returncode == 0
    assert "Kubernetes" in out(shown) and "children" in out(shown)


def test_user_taxonomy_adds_a_skill_without_rebuild(tmp_path):
    mine = tmp_path / "mine.yaml"
    mine.write_text("skills:\n  - {id: zorblax, name: Zorblax, category: framework}\n")
    doc = _write(tmp_path / "cv.txt", b"Skills\nZorblax, Python\n")
    result = run("extract", str(doc), "--no-ner", "-f", "json", "--taxonomy", str(mine))
    assert result.returncode == 0, err(result)
    assert "zorblax" in {s["id"] for s in json.loads(out(result))["skills"]}


def test_help_runs_from_any_directory(tmp_path):
    result = run("--version", cwd=tmp_path)
    assert result.returncode == 0


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_closed_pipe_stops_quietly():
    """`skillmatch ... | head`: the reader leaves early; no "internal error", exit 0."""
    script = (
        "import sys\n"
        "from skillmatch.cli_support import handle_errors\n"
        "@handle_errors\n"
        "def job():\n"
        "    for _ in range(100000):\n"
        "        print('skill,line,' + 'x' * 60)\n"
        "try:\n"
        "    job()\n"
        "except SystemExit as exc:\n"
        "    sys.exit(exc.code)\n"
        "except BaseException as exc:\n"
        "    sys.exit(getattr(exc, 'exit_code', 3))\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # what `head -1` does after its line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "internal error" not in err and "Traceback" not in err
