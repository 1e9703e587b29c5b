"""Exceptions raised by library code and the exit codes the CLI maps them to.

Library code raises; only ``skillmatch.cli`` prints and exits.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit codes, as ruff, sqlfluff and yamllint use them."""

    OK = 0
    FAILED = 1  # ran; some resume below --fail-under, or a file in a batch failed
    USAGE = 2  # could not run: bad usage, invalid taxonomy, unreadable sole input


class SkillmatchError(Exception):
    """Base class of every error skillmatch raises on purpose."""


class InputError(SkillmatchError):
    """A document could not be read. ``str()`` gives one line naming the file."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class TaxonomyError(SkillmatchError):
    """A taxonomy file is invalid; ``problems`` lists every problem with its path."""

    def __init__(self, source: str, problems: list[str]) -> None:
        summary = f"{source}: invalid taxonomy ({len(problems)} problem(s))"
        super().__init__(summary)
        self.source = source
        self.problems = problems


class ModelError(SkillmatchError):
    """The bundled statistical NER model is missing or broken."""
