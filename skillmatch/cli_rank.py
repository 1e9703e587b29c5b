"""``skillmatch rank``: score many resumes against one or more roles.

For recruiters and CI: files, folders (recursive, sorted) and globs in; a ranked
table, CSV, JSON, JSONL or Markdown out; exit codes that gate a pipeline; one
bad file never stops the batch.

Exit codes: 0 every file scored and none below ``--fail-under``; 1 some resume
below ``--fail-under`` (or missing a required skill with
``--fail-on-missing-required``) or some file could not be read (its row says
why); 2 could not run (bad usage, invalid taxonomy, no input files, unreadable
role). ``--exit-zero`` turns 1 into 0.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from skillmatch.cli_support import OPTIONS, emit, error_line, fail, handle_errors, message
from skillmatch.errors import ExitCode

# Files a folder contributes. Old .doc and .rtf are listed so they show up as error
# rows that say how to convert them, rather than being skipped in silence.
RESUME_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md", ".markdown", ".text", ".doc", ".rtf"})
_GLOB_CHARS = frozenset("*?[")


class RankFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    markdown = "markdown"


# ----------------------------------------------------------------- inputs


def _folder_files(folder: Path) -> list[Path]:
    """Resume files under ``folder``, recursively, sorted; hidden files and folders skipped."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in RESUME_SUFFIXES:
                found.append(Path(root) / name)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def expand_inputs(items: Sequence[str], warn: Callable[[str], None] = message) -> list[str]:
    """Files as given, folders recursively, globs expanded here too (for shells that don't).

    Order: as given, each folder or glob sorted; duplicates dropped. A path that
    does not exist is kept (it becomes an error row) unless nothing exists at all.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            out.append(path)

    for item in items:
        path = Path(item)
        if path.is_dir():
            for found in _folder_files(path):
                add(str(found))
        elif path.exists():
            add(item)
        elif _GLOB_CHARS & set(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                warn(f"warning: {item}: no file matches")
            for match in matches:
                if Path(match).is_dir():
                    for found in _folder_files(Path(match)):
                        add(str(found))
                elif Path(match).suffix.lower() in RESUME_SUFFIXES or not Path(match).suffix:
                    add(match)
        else:
            add(item)
    if not any(Path(p).exists() for p in out):
        return []
    return out


# ----------------------------------------------------------------- output sinks


class _StreamSink:
    """JSONL written as each result arrives: to stdout, or to a temp file renamed at the end."""

    def __init__(self, output: Path | None) -> None:
        self.output = output
        self.tmp: Path | None = None
        if output is None:
            self.handle: Any = sys.stdout
        else:
            import tempfile

            folder = output.parent if str(output.parent) else Path(".")
            fd, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=folder)
            self.tmp = Path(name)
            self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, line: str) -> None:
        self.handle.write(line)
        self.handle.flush()

    def commit(self) -> None:
        if self.tmp is not None and self.output is not None:
            self.handle.close()
            os.replace(self.tmp, self.output)
            self.tmp = None
            message(f"wrote {self.output}")

    def abort(self) -> None:
        if self.tmp is not None:
            self.handle.close()
            self.tmp.unlink(missing_ok=True)
            self.tmp = None


class _Progress:
    """A Rich progress bar on stderr, only when stderr is a terminal (and not --quiet)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.bar: Any = None
        self.task: Any = None
        self.enabled = sys.stderr.isatty() and not OPTIONS.quiet and total > 1

    def advance(self) -> None:
        if not self.enabled:
            return
        if self.bar is None:  # started late: after the pool has forked its workers
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TimeRemainingColumn,
            )

            from skillmatch.cli_support import stderr_console

            self.bar = Progress(
                "scoring",
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=stderr_console(),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("scoring", total=self.total)
        self.bar.advance(self.task)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


# ----------------------------------------------------------------- the run


def run_rank(
    items: Sequence[str],
    role_paths: Sequence[str],
    settings: Any,
    output_format: str = "table",
    output: Path | None = None,
    *,
    top: int | None = None,
    min_score: float | None = None,
    fail_under: float | None = None,
    fail_on_missing_required: bool = False,
    exit_zero: bool = False,
    jobs: int | None = None,
    redact: bool = False,
) -> None:
    """Score, write, and set the exit code (raises ``typer.Exit`` for non-zero codes)."""
    from skillmatch import batch
    from skillmatch.analysis import Analyzer
    from skillmatch.formatters import rank as fmt

    paths = expand_inputs(items)
    if not paths:
        raise fail("no input files (give resume files, folders or globs)")
    analyzer = Analyzer(settings)
    roles = []
    for role_path in role_paths:
        document = analyzer.read(role_path)
        for warning in document.warnings:
            message(f"warning: {role_path}: {warning}")
        profile = analyzer.role_profile(document)
        if not profile.requirements:
            message(f"warning: {role_path}: no requirements found in the role text")
        roles.append(profile)

    jobs = batch.default_jobs() if jobs is None else jobs
    stream = output_format == "jsonl" and top is None
    sink = _StreamSink(output) if stream else None
    progress = _Progress(len(paths))
    failed_files = 0

    def on_result(path: str, records: list[dict[str, Any]]) -> None:
        nonlocal failed_files
        if records and records[0]["error"] is not None:
            failed_files += 1
            error_line(f"{records[0]['source']}: {records[0]['error']}")
        if sink is not None:
            for role, record in zip(roles, records, strict=True):
                if min_score is None or record["error"] is not None or record["score"] >= min_score:
                    sink.write(fmt.jsonl_line(role, record))
        progress.advance()

    try:
        result = batch.run(
            paths,
            roles,
            settings,
            jobs=jobs,
            redact=redact,
            analyzer=analyzer,
            keep_full=output_format == "json" or (output_format == "jsonl" and not stream),
            on_result=on_result,
        )
    except BaseException:
        if sink is not None:
            sink.abort()
        raise
    finally:
        progress.stop()

    tables = [fmt.ranked(rows, top, min_score) for rows in result.results]
    if sink is not None:
        sink.commit()
    else:
        render = {
            "csv": fmt.rank_csv,
            "json": fmt.rank_json,
            "jsonl": fmt.rank_jsonl,
            "markdown": fmt.rank_markdown,
        }.get(output_format, fmt.rank_table)
        if render is fmt.rank_table:
            from skillmatch.cli_support import color_allowed

            color = output is None and sys.stdout.isatty() and color_allowed()
            emit(fmt.rank_table(roles, tables, color=color), output)
        else:
            emit(render(roles, tables), output)

    scored = [r for rows in result.results for r in rows if r.error is None]
    below = [
        r for r in scored if fail_under is not None and r.score is not None and r.score < fail_under
    ]
    lacking = [r for r in scored if fail_on_missing_required and r.record["missing_required"]]
    message(
        f"scored {len(paths) - failed_files} of {len(paths)} file(s) against "
        f"{len(roles)} role(s)"
        + (f"; {failed_files} could not be read" if failed_files else "")
        + (f"; {len(below)} below {fail_under:g}" if fail_under is not None else "")
        + (f"; {len(lacking)} missing a required skill" if fail_on_missing_required else "")
    )
    if (failed_files or below or lacking) and not exit_zero:
        raise typer.Exit(int(ExitCode.FAILED))


def rank_from_match(
    resume_dir: str,
    role: str,
    settings: Any,
    output_format: str,
    output: Path | None,
    fail_under: float | None,
    fail_on_missing_required: bool,
) -> None:
    """``skillmatch FOLDER ROLE``: the same as ``skillmatch rank ROLE FOLDER``."""
    run_rank(
        [resume_dir],
        [role],
        settings,
        output_format if output_format in {f.value for f in RankFormat} else "table",
        output,
        fail_under=fail_under,
        fail_on_missing_required=fail_on_missing_required,
    )


# ----------------------------------------------------------------- the command


def rank(
    items: Annotated[
        list[str],
        typer.Argument(
            metavar="ROLE RESUME",
            help="The role file, then resume files, folders (recursive) or globs. "
            "With --role, every argument is a resume.",
        ),
    ],
    role: Annotated[
        list[str] | None,
        typer.Option(
            "--role",
            "-r",
            metavar="FILE",
            help="A role to score against (repeatable: a matrix of resumes x roles; "
            "each resume is read once).",
        ),
    ] = None,
    output_format: Annotated[
        RankFormat, typer.Option("--format", "-f", help="Output format.")
    ] = RankFormat.table,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the result here (atomically).")
    ] = None,
    top: Annotated[
        int | None, typer.Option("--top", min=1, help="Show only the K best per role.")
    ] = None,
    min_score: Annotated[
        float | None, typer.Option("--min-score", help="Hide resumes scoring below this.")
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", help="Exit 1 when any resume scores below this."),
    ] = None,
    fail_on_missing_required: Annotated[
        bool,
        typer.Option(
            "--fail-on-missing-required", help="Exit 1 when any resume misses a required skill."
        ),
    ] = False,
    exit_zero: Annotated[
        bool,
        typer.Option("--exit-zero", help="Exit 0 even when files failed or scores are low."),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: number of cores)."),
    ] = None,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help="Blind screening: remove names, e-mails, phones and links from the output "
            "and show files as redacted-<sha256 prefix>.",
        ),
    ] = False,
    taxonomy_paths: Annotated[
        list[Path] | None,
        typer.Option("--taxonomy", help="Extra taxonomy YAML (adds or overrides; repeatable)."),
    ] = None,
    ner: Annotated[
        bool | None,
        typer.Option(
            "--ner/--no-ner",
            help="Use the statistical skill NER (default: on when the model is installed).",
        ),
    ] = None,
    password: Annotated[
        str | None, typer.Option("--password", help="Password for encrypted PDFs.")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse files larger than this.", min=1)
    ] = 20_000_000,
    max_pages: Annotated[
        int, typer.Option("--max-pages", help="Refuse PDFs with more pages.", min=1)
    ] = 50,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")] = False,
) -> None:
    """Rank resumes against a role: files, folders and globs; table, CSV, JSON, JSONL, Markdown.

    Exit 0: all scored, none below --fail-under. Exit 1: a resume below
    --fail-under (or missing a required skill with --fail-on-missing-required),
    or a file could not be read. Exit 2: could not run.
    """
    from skillmatch.cli import _settings, _setup

    _setup(debug, quiet)
    if role:
        role_paths, resumes = list(role), list(items)
    else:
        role_paths, resumes = list(items[:1]), list(items[1:])
    if not resumes:
        raise fail("no resume given: skillmatch rank ROLE RESUME... (or --role ROLE RESUME...)")
    settings = _settings(taxonomy_paths, ner, password, max_bytes, max_pages)
    run_rank(
        resumes,
        role_paths,
        settings,
        output_format.value,
        output,
        top=top,
        min_score=min_score,
        fail_under=fail_under,
        fail_on_missing_required=fail_on_missing_required,
        exit_zero=exit_zero,
        jobs=jobs,
        redact=redact,
    )


def register(app: typer.Typer) -> None:
    """Add ``rank`` to the app (called from ``skillmatch.cli``)."""
    app.command("rank")(handle_errors(rank))
