"""Limits on what a reader accepts, each with the CLI flag that raises it."""

from __future__ import annotations

from dataclasses import dataclass

LITTLE_TEXT = 200  # fewer non-space characters than this: warn "little text"


@dataclass(frozen=True)
class ReadLimits:
    """Upper bounds that protect a batch from huge or hostile files.

    ``max_bytes``: file size (``--max-bytes``); ``max_pages``: PDF pages
    (``--max-pages``); ``max_chars``: characters of text kept (``--max-chars``;
    longer text is cut at a line end with a warning). A DOCX may expand to at most
    ``max_unzipped_bytes`` when unpacked (zip-bomb guard); by default 200 MB or 10 x
    max_bytes, whichever is larger (a text-only DOCX unzips to ~5-15 x its size).
    """

    max_bytes: int = 20_000_000
    max_pages: int = 50
    max_chars: int = 2_000_000
    max_unzipped_bytes: int | None = None

    @property
    def unzipped_limit(self) -> int:
        if self.max_unzipped_bytes is not None:
            return self.max_unzipped_bytes
        return max(200_000_000, 10 * self.max_bytes)


def one_line(exc: BaseException, limit: int = 160) -> str:
    """An exception's message on one short line (problems are printed as one line)."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 3] + "..."
