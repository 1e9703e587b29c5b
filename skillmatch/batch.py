"""Score many resumes against one or more roles in a process pool.

Why a process pool: PDF text extraction (pdfium is not thread-safe) and the NER
are CPU-bound. Each worker builds the ``Analyzer`` once (initializer); roles are
read and analysed once in the parent and sent along; each resume is read and
extracted once and compared with every role. Workers return small plain-dict
records, never documents, and at most ``2 x jobs + 4`` files are in flight, so
memory stays flat on 10,000 files.

A file that cannot be read (or that trips an unexpected bug) becomes an error
row and the batch goes on. Library code: raises, never prints or exits.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from skillmatch.analysis import Analyzer, Settings
from skillmatch.errors import InputError
from skillmatch.formatters.records import error_record, report_record
from skillmatch.models import RoleProfile

WORKER_CRASHED = "the worker process reading this file crashed"


@dataclass(frozen=True)
class Result:
    """One resume against one role: the record every format is made from."""

    source: str  # the path as found (before any redaction): the tie-breaker
    role_index: int
    record: dict[str, Any]

    @property
    def score(self) -> float | None:
        return self.record["score"]

    @property
    def error(self) -> str | None:
        return self.record["error"]

    def sort_key(self) -> tuple[int, float, str]:
        """Best score first, errors last, ties by path: stable whatever the scheduling."""
        if self.error is not None or self.score is None:
            return (1, 0.0, self.source)
        return (0, -self.score, self.source)


@dataclass
class BatchResult:
    """Every result, grouped per role in rank order."""

    roles: list[RoleProfile]
    results: list[list[Result]] = field(default_factory=list)  # parallel to roles

    @property
    def failed_files(self) -> list[str]:
        return sorted({r.source for rows in self.results for r in rows if r.error is not None})


def slim(record: dict[str, Any]) -> dict[str, Any]:
    """Only what the table and CSV need (keeps memory small on big batches)."""
    from skillmatch.formatters.rank import summary

    return summary(record)


# --------------------------------------------------------------------- worker side

_STATE: dict[str, Any] = {}


def _init_worker(
    settings: Settings,
    roles: Sequence[RoleProfile],
    redact: bool,
    analyzer: Analyzer | None = None,
    ignore_sigint: bool = True,
) -> None:
    """Build the pipeline once per process (or adopt the parent's one after fork)."""
    if ignore_sigint:
        # The parent alone handles Ctrl-C and stops the pool; workers must not print tracebacks.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    _STATE["analyzer"] = analyzer if analyzer is not None else Analyzer(settings)
    _STATE["roles"] = list(roles)
    _STATE["redact"] = redact


def score_file(path: str) -> list[dict[str, Any]]:
    """Read and extract one resume once; one record per role (error records if unreadable)."""
    analyzer: Analyzer = _STATE["analyzer"]
    roles: list[RoleProfile] = _STATE["roles"]
    text: str | None = None
    try:
        document = analyzer.read(path)
        text = document.text
        facts = analyzer.resume_facts(document)
        records = [report_record(analyzer.compare(facts, role)) for role in roles]
        if document.warnings:
            for record in records:
                extra = [w for w in document.warnings if w not in record["warnings"]]
                record["warnings"] = [*extra, *record["warnings"]]
    except InputError as exc:
        records = [error_record(path, exc.problem) for _ in roles]
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        problem = f"internal error: {type(exc).__name__}: {exc}"
        records = [error_record(path, problem) for _ in roles]
    if _STATE["redact"]:
        from skillmatch.redact import redact_record

        records = [redact_record(r, text, path) for r in records]
    return records


# --------------------------------------------------------------------- parent side


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not on Linux
        return max(1, os.cpu_count() or 1)


def _fork_available() -> bool:
    """Fork on Linux (workers inherit the loaded pipeline); elsewhere the platform default.

    macOS and Windows spawn: each worker then builds its Analyzer from Settings
    (the taxonomy and matcher come from the on-disk cache). An explicitly chosen
    start method is respected.
    """
    import multiprocessing
    import sys

    chosen = multiprocessing.get_start_method(allow_none=True)
    if chosen is not None:
        return chosen == "fork"
    return sys.platform.startswith("linux")


def iter_scored(
    paths: Sequence[str],
    roles: Sequence[RoleProfile],
    settings: Settings,
    *,
    jobs: int = 1,
    redact: bool = False,
    analyzer: Analyzer | None = None,
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Yield ``(path, records)`` for every path as each finishes (completion order).

    ``jobs == 1`` runs in this process. Otherwise a process pool whose workers
    build their own ``Analyzer`` from ``settings`` (or, where processes are
    forked, inherit ``analyzer`` from the parent without pickling it). Closing
    the generator (or Ctrl-C in the consumer) terminates the workers.
    """
    if jobs <= 1 or len(paths) <= 1:
        saved = dict(_STATE)
        _init_worker(settings, roles, redact, analyzer, ignore_sigint=False)
        try:
            for path in paths:
                yield path, score_file(path)
        finally:
            _STATE.clear()
            _STATE.update(saved)
        return
    yield from _pooled(paths, roles, settings, jobs, redact, analyzer)


def _pooled(
    paths: Sequence[str],
    roles: Sequence[RoleProfile],
    settings: Settings,
    jobs: int,
    redact: bool,
    analyzer: Analyzer | None,
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    fork = _fork_available()
    context = multiprocessing.get_context("fork" if fork else None)
    inherited = analyzer if fork else None  # forked children share it: no pickling, no reload
    workers = min(jobs, len(paths))
    limit = 2 * workers + 4
    crashed: list[str] = []

    def new_pool(size: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=size,
            mp_context=context,
            initializer=_init_worker,
            initargs=(settings, list(roles), redact, inherited),
        )

    pool = new_pool(workers)
    pending: dict[Future[list[dict[str, Any]]], str] = {}
    todo = iter(paths)
    interrupted, restore = _catch_sigint()
    finished = False
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                path = next(todo, None)
                if path is None:
                    exhausted = True
                    break
                try:
                    pending[pool.submit(score_file, path)] = path
                except BrokenProcessPool:
                    crashed.append(path)
            if not pending:
                break
            done, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            if interrupted.is_set():
                raise KeyboardInterrupt
            for future in sorted(done, key=lambda f: pending[f]):
                path = pending.pop(future)
                try:
                    records = future.result()
                except BrokenProcessPool:
                    crashed.append(path)
                    continue
                yield path, records
                if interrupted.is_set():
                    raise KeyboardInterrupt
            if crashed and not pending:
                # A worker died (e.g. a crash inside a native library): retry the files
                # that were in flight one at a time so only the culprit becomes an error.
                _stop(pool, kill=True)
                yield from _retry_alone(crashed, new_pool, redact, len(roles))
                crashed = []
                if exhausted:
                    break
                pool = new_pool(workers)
        finished = True
    finally:
        restore()
        _stop(pool, kill=not finished)


def _retry_alone(
    paths: Iterable[str], new_pool: Callable[[int], Any], redact: bool, n_roles: int
) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    from concurrent.futures.process import BrokenProcessPool

    for path in paths:
        pool = new_pool(1)
        try:
            records = pool.submit(score_file, path).result()
        except BrokenProcessPool:
            records = [error_record(path, WORKER_CRASHED) for _ in range(n_roles)]
            if redact:
                from skillmatch.redact import redact_record

                records = [redact_record(r, None, path) for r in records]
        finally:
            _stop(pool, kill=True)
        yield path, records


def _catch_sigint() -> tuple[Any, Callable[[], None]]:
    """Turn Ctrl-C into a flag the pool loop checks at safe points.

    A KeyboardInterrupt raised at a random point inside concurrent.futures (while
    it holds a future's lock) can hang the interpreter at exit; checking a flag
    between waits stops the pool cleanly instead.
    """
    import threading

    flag = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        return flag, lambda: None
    previous = signal.getsignal(signal.SIGINT)
    if previous in (signal.SIG_IGN, None):
        return flag, lambda: None
    signal.signal(signal.SIGINT, lambda signum, frame: flag.set())
    return flag, lambda: signal.signal(signal.SIGINT, previous)


def _stop(pool: Any, kill: bool) -> None:
    """Shut a pool down; with ``kill``, drop queued files and terminate busy workers first."""
    if not kill:
        pool.shutdown(wait=True)
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
    pool.shutdown(wait=True, cancel_futures=True)


def run(
    paths: Sequence[str],
    roles: Sequence[RoleProfile],
    settings: Settings,
    *,
    jobs: int = 1,
    redact: bool = False,
    analyzer: Analyzer | None = None,
    keep_full: bool = True,
    on_result: Callable[[str, list[dict[str, Any]]], None] | None = None,
) -> BatchResult:
    """Score every path against every role; results per role in rank order.

    ``on_result`` sees each file's full records as it finishes (for streaming
    JSONL and the progress bar). With ``keep_full=False`` only the summary
    fields are kept (memory on big batches).
    """
    grouped: list[list[Result]] = [[] for _ in roles]
    for path, records in iter_scored(
        paths, roles, settings, jobs=jobs, redact=redact, analyzer=analyzer
    ):
        if on_result is not None:
            on_result(path, records)
        for index, record in enumerate(records):
            grouped[index].append(Result(path, index, record if keep_full else slim(record)))
    for rows in grouped:
        rows.sort(key=Result.sort_key)
    return BatchResult(list(roles), grouped)
