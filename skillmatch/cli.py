"""The ``skillmatch`` command line (Typer). Only this module prints and exits.

``skillmatch RESUME ROLE`` works without a subcommand word: the group falls back
to the ``match`` command when the first word is not a command name.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from typer.core import TyperGroup

from skillmatch import __version__
from skillmatch.cli_support import OPTIONS, emit, error_line, fail, handle_errors, message
from skillmatch.errors import ExitCode

DEFAULT_COMMAND = "match"


class DefaultCommandGroup(TyperGroup):
    """A group that runs ``match`` when the first argument is not a command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [DEFAULT_COMMAND, *(c for c in self.commands if c != DEFAULT_COMMAND)]


app = typer.Typer(
    cls=DefaultCommandGroup,
    help=(
        "Match a resume to a role: skills found, missing and partly met, with evidence.\n\n"
        "skillmatch RESUME ROLE is short for skillmatch match RESUME ROLE."
    ),
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
taxonomy_app = typer.Typer(
    help="Validate and inspect the skill taxonomy.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(taxonomy_app, name="taxonomy")


def _version(value: bool) -> None:
    if value:
        print(f"skillmatch {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Global options."""


# ----------------------------------------------------------------- shared options

DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="Only errors on stderr.")]
TaxonomyOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--taxonomy",
        help="Extra taxonomy YAML (adds or overrides skills; repeatable).",
    ),
]
OutputOpt = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write the result here (atomically).")
]


def _setup(debug: bool, quiet: bool) -> None:
    OPTIONS.debug = debug
    OPTIONS.quiet = quiet


# ----------------------------------------------------------------- taxonomy


@taxonomy_app.command("check")
@handle_errors
def taxonomy_check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="A taxonomy file (checked over the shipped one) or a folder."),
    ] = None,
    debug: DebugOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Validate a taxonomy and report every problem with its path (exit 0 clean, 2 invalid)."""
    _setup(debug, quiet)
    from skillmatch.taxonomy import check_paths

    taxonomy, problems = check_paths(paths or [])
    if problems:
        for problem in problems:
            print(problem)
        raise fail(f"{len(problems)} problem(s) found", ExitCode.USAGE)
    assert taxonomy is not None
    surfaces = sum(1 for _ in taxonomy.iter_surfaces())
    where = ", ".join(str(p) for p in paths) if paths else "shipped taxonomy"
    print(f"{where}: ok ({len(taxonomy)} skills, {surfaces} surfaces)")


@taxonomy_app.command("show")
@handle_errors
def taxonomy_show(
    skill: Annotated[str, typer.Argument(help="Skill id, name or alias.")],
    taxonomy_paths: TaxonomyOpt = None,
    debug: DebugOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Show a skill: name, aliases, category, parents, children, related, layer."""
    _setup(debug, quiet)
    from skillmatch.taxonomy import load_taxonomy

    taxonomy = load_taxonomy(taxonomy_paths or [])
    found = taxonomy.lookup(skill)
    if found is None:
        raise fail(f"no skill named '{skill}' in the taxonomy")
    rows: list[tuple[str, Any]] = [
        ("id", found.id),
        ("name", found.name),
        ("category", found.category),
        ("kind", found.kind),
        ("aliases", ", ".join(found.aliases) or "-"),
        ("parents", ", ".join(found.parents) or "-"),
        ("children", ", ".join(taxonomy.children(found.id)) or "-"),
        ("related", ", ".join(sorted(taxonomy.related(found.id))) or "-"),
        ("case sensitive", ", ".join(found.case_sensitive) or "-"),
        ("context", ", ".join(found.context) or "-"),
        ("exclude", ", ".join(found.exclude) or "-"),
        ("layer", f"{found.layer} ({found.source})"),
    ]
    width = max(len(k) for k, _ in rows)
    emit("\n".join(f"{k.ljust(width)}  {v}" for k, v in rows), None)


# ----------------------------------------------------------------- reading options

NerOpt = Annotated[
    bool | None,
    typer.Option(
        "--ner/--no-ner",
        help="Use the statistical skill NER for skills the taxonomy lacks (default: on when "
        "the bundled model is installed).",
    ),
]
PasswordOpt = Annotated[str | None, typer.Option("--password", help="Password for encrypted PDFs.")]
MaxBytesOpt = Annotated[
    int, typer.Option("--max-bytes", help="Refuse files larger than this.", min=1)
]
MaxPagesOpt = Annotated[
    int, typer.Option("--max-pages", help="Refuse PDFs with more pages.", min=1)
]
MaxCharsOpt = Annotated[
    int, typer.Option("--max-chars", help="Cut documents longer than this (with a warning).", min=1)
]


def _settings(
    taxonomy_paths: list[Path] | None,
    ner: bool | None,
    password: str | None,
    max_bytes: int,
    max_pages: int,
    max_chars: int = 2_000_000,
) -> Any:
    from skillmatch.analysis import Settings, ner_default
    from skillmatch.readers import ReadLimits

    use_ner = ner_default() if ner is None else ner
    if ner is None and not use_ner:
        message("note: statistical NER model not installed; using the taxonomy only")
    return Settings(
        taxonomy_paths=tuple(str(p) for p in taxonomy_paths or ()),
        use_ner=use_ner,
        limits=ReadLimits(max_bytes=max_bytes, max_pages=max_pages, max_chars=max_chars),
        password=password,
    )


def _warn(document: Any) -> None:
    for warning in document.warnings:
        message(f"warning: {document.source}: {warning}")


# ----------------------------------------------------------------- main job


class MatchFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


@app.command(DEFAULT_COMMAND)
@handle_errors
def match(
    resume: Annotated[
        str, typer.Argument(help="Resume file (PDF, DOCX, TXT/MD), '-' or a folder.")
    ],
    role: Annotated[str, typer.Argument(help="Role description file.")],
    output_format: Annotated[
        MatchFormat, typer.Option("--format", "-f", help="Output format.")
    ] = MatchFormat.table,
    output: OutputOpt = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show the arithmetic and how the role was read.")
    ] = False,
    fail_under: Annotated[
        float | None, typer.Option("--fail-under", help="Exit 1 when the score is below this.")
    ] = None,
    fail_on_missing_required: Annotated[
        bool,
        typer.Option("--fail-on-missing-required", help="Exit 1 when a required skill is missing."),
    ] = False,
    taxonomy_paths: TaxonomyOpt = None,
    ner: NerOpt = None,
    password: PasswordOpt = None,
    max_bytes: MaxBytesOpt = 20_000_000,
    max_pages: MaxPagesOpt = 50,
    max_chars: MaxCharsOpt = 2_000_000,
    debug: DebugOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Compare a resume with a role: score, matches with evidence, gaps, suggestions."""
    _setup(debug, quiet)
    settings = _settings(taxonomy_paths, ner, password, max_bytes, max_pages, max_chars)
    if resume != "-" and Path(resume).is_dir():
        from skillmatch.cli_rank import rank_from_match

        if explain:
            message(f"warning: {resume}: a folder is ranked; --explain applies to one resume")

        rank_from_match(
            resume,
            role,
            settings,
            output_format.value,
            output,
            fail_under,
            fail_on_missing_required,
        )
        return
    from skillmatch.analysis import Analyzer

    analyzer = Analyzer(settings)
    role_doc = analyzer.read(role)
    resume_doc = analyzer.read(resume)
    _warn(role_doc)
    _warn(resume_doc)
    role_profile = analyzer.role_profile(role_doc)
    if not role_profile.requirements:
        message(f"warning: {role}: no requirements found in the role text")
    report = analyzer.compare(analyzer.resume_facts(resume_doc), role_profile)
    if output_format is MatchFormat.json:
        from skillmatch.formatters.machine import match_json

        emit(match_json(role_profile, [report], explain), output)
    elif output_format is MatchFormat.markdown:
        from skillmatch.formatters.machine import report_markdown

        emit(report_markdown(report, explain), output)
    else:
        from skillmatch.formatters.human import report_text

        emit(report_text(report, explain), output)
    failed = fail_under is not None and report.score < fail_under
    if fail_on_missing_required:
        failed = failed or any(
            r.status == "missing" and r.requirement.importance == "required" for r in report.results
        )
    if failed:
        raise typer.Exit(int(ExitCode.FAILED))


# ----------------------------------------------------------------- extract


class ExtractFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class DocumentKind(str, Enum):
    auto = "auto"
    resume = "resume"
    role = "role"


@app.command("extract")
@handle_errors
def extract(
    files: Annotated[list[str], typer.Argument(help="Documents to read ('-' for stdin).")],
    output_format: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="Output format.")
    ] = ExtractFormat.table,
    kind: Annotated[
        DocumentKind,
        typer.Option(
            "--kind",
            help="What the documents are: a job ad's benefits, how-to-apply lines and "
            "description of the employer claim no skill, a resume's lines all do. "
            "'auto' judges each document by its text.",
        ),
    ] = DocumentKind.auto,
    output: OutputOpt = None,
    taxonomy_paths: TaxonomyOpt = None,
    ner: NerOpt = None,
    password: PasswordOpt = None,
    max_bytes: MaxBytesOpt = 20_000_000,
    max_pages: MaxPagesOpt = 50,
    max_chars: MaxCharsOpt = 2_000_000,
    debug: DebugOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """List the skills found in documents, each with its evidence."""
    _setup(debug, quiet)
    from skillmatch.analysis import Analyzer
    from skillmatch.errors import InputError
    from skillmatch.formatters.records import error_record

    analyzer = Analyzer(_settings(taxonomy_paths, ner, password, max_bytes, max_pages, max_chars))
    extractions = []
    errors: list[dict[str, Any]] = []
    for path in files:
        try:
            document = analyzer.read(path)
        except InputError as exc:
            if len(files) == 1:
                raise
            error_line(str(exc))
            errors.append(error_record(path, exc.problem))
            continue
        _warn(document)
        extractions.append(analyzer.extract(document, kind.value))
    if output_format is ExtractFormat.json:
        from skillmatch.formatters.machine import extraction_json

        errs = [{"source": e["source"], "error": e["error"]} for e in errors]
        emit(extraction_json(extractions, errs), output)
    elif output_format is ExtractFormat.csv:
        from skillmatch.formatters.machine import extraction_csv

        emit(extraction_csv(extractions, errors), output)
    else:
        from skillmatch.formatters.human import extraction_text

        emit("".join(extraction_text(e) for e in extractions), output)
    if errors:
        raise typer.Exit(int(ExitCode.FAILED))


from skillmatch.cli_rank import register as _register_rank  # noqa: E402

_register_rank(app)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="skillmatch")


if __name__ == "__main__":
    main()
