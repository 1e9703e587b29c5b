"""A small on-disk cache for derived data (parsed taxonomy, compiled matcher).

Entries are pickles named by a content hash, so a changed taxonomy file simply
misses the cache. Writes are atomic and best effort: a read-only home or a full
disk only costs speed. ``SKILLMATCH_NO_CACHE=1`` turns it off and
``SKILLMATCH_CACHE_DIR`` moves it.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any


def cache_dir() -> Path | None:
    if os.environ.get("SKILLMATCH_NO_CACHE"):
        return None
    explicit = os.environ.get("SKILLMATCH_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "skillmatch"


def load(name: str) -> Any | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        with (folder / f"{name}.pickle").open("rb") as handle:
            return pickle.load(handle)
    except (OSError, pickle.PickleError, EOFError, AttributeError, TypeError, ImportError):
        return None


def store(name: str, value: Any) -> None:
    folder = cache_dir()
    if folder is None:
        return
    store_bytes(folder / f"{name}.pickle", pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def store_bytes(target: Path, data: bytes) -> None:
    """Write a cache file atomically (temp file + rename); failures are ignored."""
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError:
        tmp.unlink(missing_ok=True)
