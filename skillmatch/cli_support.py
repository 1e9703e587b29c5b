"""Shared CLI plumbing: consoles, error reporting, atomic output.

Kept apart from ``cli.py`` so the command definitions stay readable. Rich is
imported lazily: ``--help`` and ``--version`` must not pay for it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import typer

from skillmatch.errors import ExitCode, InputError, ModelError, SkillmatchError, TaxonomyError

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class RunOptions:
    """Options every command shares."""

    debug: bool = False
    quiet: bool = False


OPTIONS = RunOptions()


def color_allowed() -> bool:
    return not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def stderr_console() -> Any:
    """Rich console for progress on stderr (colour follows NO_COLOR)."""
    from rich.console import Console

    return Console(stderr=True, no_color=not color_allowed(), highlight=False)


def message(text: str) -> None:
    """A note for humans on stderr (silenced by --quiet)."""
    if not OPTIONS.quiet:
        print(text, file=sys.stderr)


def error_line(text: str) -> None:
    """One-line error on stderr; never silenced."""
    print(f"error: {text}", file=sys.stderr)


def fail(text: str, code: ExitCode = ExitCode.USAGE) -> typer.Exit:
    error_line(text)
    return typer.Exit(int(code))


def handle_errors(func: F) -> F:
    """Turn library exceptions into one-line errors and exit code 2 (traceback with --debug)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except TaxonomyError as exc:
            if OPTIONS.debug:
                traceback.print_exc()
            error_line(str(exc))
            for problem in exc.problems[:50]:
                print(f"  {problem}", file=sys.stderr)
            if len(exc.problems) > 50:
                print(f"  ... and {len(exc.problems) - 50} more", file=sys.stderr)
            raise typer.Exit(int(ExitCode.USAGE)) from None
        except (InputError, ModelError, SkillmatchError) as exc:
            if OPTIONS.debug:
                traceback.print_exc()
            error_line(str(exc))
            raise typer.Exit(int(ExitCode.USAGE)) from None
        except KeyboardInterrupt:
            error_line("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            # "skillmatch ... | head": the reader left; stop quietly, as Unix tools do.
            # Point stdout at devnull so the interpreter's final flush does not fail again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise typer.Exit(int(ExitCode.OK)) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            if OPTIONS.debug:
                traceback.print_exc()
            error_line(
                f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)"
            )
            raise typer.Exit(int(ExitCode.USAGE)) from None

    return wrapper  # type: ignore[return-value]


def write_atomic(path: str | os.PathLike[str], content: str) -> None:
    """Write a whole file or nothing: temp file in the same folder, then rename."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def emit(content: str, output: Path | None) -> None:
    """Send the payload to --output (atomically) or stdout."""
    if output is not None:
        write_atomic(output, content)
        message(f"wrote {output}")
    else:
        sys.stdout.write(content)
        if content and not content.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
