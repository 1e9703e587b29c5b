"""Formats for a batch: ranked table, CSV, JSON, JSONL and Markdown.

All made from the result records of ``skillmatch.batch`` (the same records the
single-report JSON uses). Columns and keys are a stable contract
(docs/performance.md and the README list them).

CSV columns, one row per resume (per role):
``rank, source, score, matched, missing_required, missing_preferred, error``
and, when several roles are scored, a last column ``role`` (the role file).
Lists are joined with ``;``. An unreadable file has an empty rank and score and
its reason in ``error``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from skillmatch.formatters.records import SCHEMA_VERSION, role_record
from skillmatch.models import RoleProfile

CSV_COLUMNS = (
    "rank",
    "source",
    "score",
    "matched",
    "missing_required",
    "missing_preferred",
    "error",
)
ROLE_COLUMN = "role"
TOP_GAPS = 3


def summary(record: dict[str, Any]) -> dict[str, Any]:
    """The few fields the table and CSV show; idempotent."""
    if "requirements" not in record:
        return record
    reqs = record["requirements"]
    return {
        "source": record["source"],
        "score": record["score"],
        "confidence": record.get("confidence"),
        "matched": [r["label"] for r in reqs if r["status"] == "matched"],
        "partial": [r["label"] for r in reqs if r["status"] == "partial"],
        "missing_required": list(record.get("missing_required", [])),
        "missing_preferred": list(record.get("missing_preferred", [])),
        "warnings": list(record.get("warnings", [])),
        "error": record["error"],
    }


@dataclass(frozen=True)
class Row:
    """A ranked row: ``rank`` is None for a file that could not be scored."""

    rank: int | None
    record: dict[str, Any]


def ranked(
    results: Sequence[Any], top: int | None = None, min_score: float | None = None
) -> list[Row]:
    """Number the scored rows 1..n (input already sorted), then filter.

    ``top`` keeps the K best scored rows; ``min_score`` hides scored rows below it.
    Error rows are always kept (after the scored ones): a failure never hides.
    """
    rows: list[Row] = []
    errors: list[Row] = []
    position = 0
    for result in results:
        record = result.record
        if record["error"] is not None or record["score"] is None:
            errors.append(Row(None, record))
            continue
        position += 1
        if min_score is not None and record["score"] < min_score:
            continue
        if top is not None and position > top:
            continue
        rows.append(Row(position, record))
    return rows + errors


def _score_text(score: float | None) -> str:
    return "" if score is None else f"{score:.1f}"


def _gaps(record: dict[str, Any]) -> list[str]:
    s = summary(record)
    return [*s["missing_required"], *s["missing_preferred"], *(f"~{p}" for p in s["partial"])]


def _role_name(role: RoleProfile) -> str:
    return role.title or role.source


# ------------------------------------------------------------------ CSV


def rank_csv(roles: Sequence[RoleProfile], tables: Sequence[Sequence[Row]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    several = len(roles) > 1
    writer.writerow([*CSV_COLUMNS, *([ROLE_COLUMN] if several else [])])
    for role, rows in zip(roles, tables, strict=True):
        for row in rows:
            s = summary(row.record)
            line = [
                "" if row.rank is None else row.rank,
                s["source"],
                _score_text(s["score"]),
                ";".join(s["matched"]),
                ";".join(s["missing_required"]),
                ";".join(s["missing_preferred"]),
                s["error"] or "",
            ]
            if several:
                line.append(role.source)
            writer.writerow(line)
    return buffer.getvalue()


# ------------------------------------------------------------------ JSON / JSONL


def _with_rank(row: Row) -> dict[str, Any]:
    return {"rank": row.rank, **row.record}


def rank_json(roles: Sequence[RoleProfile], tables: Sequence[Sequence[Row]]) -> str:
    """One role: ``{"schema_version", "role", "results"}`` (as ``skillmatch RESUME ROLE``).

    Several roles: ``{"schema_version", "roles": [{"role", "results"}, ...]}``, one
    entry per ``--role`` in the order given.
    """
    blocks = [
        {"role": role_record(role), "results": [_with_rank(r) for r in rows]}
        for role, rows in zip(roles, tables, strict=True)
    ]
    payload: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    if len(blocks) == 1:
        payload.update(blocks[0])
    else:
        payload["roles"] = blocks
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def jsonl_line(role: RoleProfile, record: dict[str, Any], rank: int | None = None) -> str:
    """One result as one JSON line: ``schema_version``, ``role`` (its file), then the record."""
    head: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "role": role.source}
    if rank is not None:
        head["rank"] = rank
    return json.dumps({**head, **record}, ensure_ascii=False) + "\n"


def rank_jsonl(roles: Sequence[RoleProfile], tables: Sequence[Sequence[Row]]) -> str:
    return "".join(
        jsonl_line(role, row.record, row.rank)
        for role, rows in zip(roles, tables, strict=True)
        for row in rows
    )


# ------------------------------------------------------------------ Markdown


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rank_markdown(roles: Sequence[RoleProfile], tables: Sequence[Sequence[Row]]) -> str:
    lines: list[str] = []
    for role, rows in zip(roles, tables, strict=True):
        if lines:
            lines.append("")
        lines += [
            f"## skillmatch ranking: {_md(_role_name(role))}",
            "",
            "| rank | file | score | missing required | top gaps |",
            "|---:|---|---:|---|---|",
        ]
        for row in rows:
            s = summary(row.record)
            if s["error"] is not None:
                lines.append(f"| — | {_md(s['source'])} | — | — | error: {_md(s['error'])} |")
                continue
            lines.append(
                f"| {row.rank} | {_md(s['source'])} | {_score_text(s['score'])} | "
                f"{_md(', '.join(s['missing_required'])) or '—'} | "
                f"{_md(', '.join(_gaps(s)[:TOP_GAPS])) or '—'} |"
            )
        if not rows:
            lines.append("| | no resume passed the filters | | | |")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ table (Rich)


def rank_table(
    roles: Sequence[RoleProfile],
    tables: Sequence[Sequence[Row]],
    width: int | None = None,
    color: bool = False,
) -> str:
    """The ranked table for people, at ``width`` (else SKILLMATCH_WIDTH, else the
    terminal's, 80 off a terminal); ANSI colour only when ``color`` (never into a file)."""
    import os

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    fixed = os.environ.get("SKILLMATCH_WIDTH")
    console = Console(
        file=io.StringIO(),
        width=width or (int(fixed) if fixed else None),
        no_color=not color,
        force_terminal=color,
        highlight=False,
        emoji=False,
    )
    for index, (role, rows) in enumerate(zip(roles, tables, strict=True)):
        if index:
            console.print()
        table = Table(
            title=f"{_role_name(role)} ({role.source})",
            title_justify="left",
            show_lines=False,
            expand=False,
        )
        table.add_column("rank", justify="right")
        table.add_column("file", overflow="fold")
        table.add_column("score", justify="right")
        table.add_column("missing required", overflow="fold")
        table.add_column("top gaps", overflow="fold")
        for row in rows:
            s = summary(row.record)
            if s["error"] is not None:
                table.add_row(
                    "-", s["source"], Text("error", style="red"), "", Text(s["error"], style="red")
                )
                continue
            score = s["score"]
            style = "green" if score >= 80 else "yellow" if score >= 60 else "red"
            table.add_row(
                str(row.rank),
                s["source"],
                Text(_score_text(score), style=style),
                ", ".join(s["missing_required"]) or "-",
                ", ".join(_gaps(s)[:TOP_GAPS]) or "-",
            )
        console.print(table)
        if not rows:
            console.print("no resume passed the filters")
    return console.file.getvalue()
