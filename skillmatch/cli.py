"""The ``skillmatch`` command line (Typer). Only this module prints and exits.

``skillmatch RESUME ROLE`` works without a subcommand word: the group falls back
to the ``match`` command when the first word is not a command name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import click
import typer
from typer.core import TyperGroup

from skillmatch import __version__
from skillmatch.cli_support import OPTIONS, emit, fail, handle_errors, message, stdout_console
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


# ----------------------------------------------------------------- main job


@app.command(DEFAULT_COMMAND)
@handle_errors
def match(
    resume: Annotated[str, typer.Argument(help="Resume file (PDF, DOCX, TXT/MD) or '-'.")],
    role: Annotated[str, typer.Argument(help="Role description file.")],
    debug: DebugOpt = False,
    quiet: QuietOpt = False,
) -> None:
    """Compare a resume with a role (the default command)."""
    _setup(debug, quiet)
    from skillmatch.readers import read_document

    console = stdout_console()
    for label, path in (("resume", resume), ("role", role)):
        document = read_document(path)
        words = len(document.text.split())
        console.print(
            f"{label}: {document.source} ({document.format}, {document.pages} page(s), "
            f"{len(document.text)} characters, {words} words)"
        )
        for warning in document.warnings:
            message(f"warning: {document.source}: {warning}")


def main() -> None:
    """Console-script entry point."""
    app(prog_name="skillmatch")


if __name__ == "__main__":
    main()
