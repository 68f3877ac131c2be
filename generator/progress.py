"""Progress of long steps (annotation, page writing): a tqdm bar on a terminal, log lines
elsewhere.

On a terminal (stderr is a TTY) a tqdm bar shows items/s. Elsewhere (CI, ``mkdocs build``
piped to a file, a service log) an INFO line in MkDocs' style goes to the
``mkdocs.plugins.news`` logger every ``every`` items or ``seconds`` seconds, whichever comes
first (every 5% of a long list at most), and once at the end, so that a cold build of
minutes is never silent:

    INFO    -  news: annotating 120/2092 articles (6%), 25.1/s, about 79 s left

The CLI gives that logger a handler (``ensure_handler``); under MkDocs, MkDocs' own does.
"""

from __future__ import annotations

import logging
import sys
import time
from typing import Any

LOGGER = "mkdocs.plugins.news"
EVERY = 200
SECONDS = 10.0


def ensure_handler() -> None:
    """Show the progress lines on stderr (the CLI; under MkDocs, MkDocs' handler does)."""
    log = logging.getLogger(LOGGER)
    log.setLevel(logging.INFO)
    if not any(getattr(h, "news_progress", False) for h in log.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        handler.news_progress = True  # type: ignore[attr-defined]
        log.addHandler(handler)
        log.propagate = False


class Progress:
    """Count ``update(n)`` calls towards ``total``; show them as a bar or as log lines."""

    def __init__(self, total: int, what: str, unit: str, *, enabled: bool | None = None,
                 terminal: bool | None = None, every: int = EVERY, seconds: float = SECONDS,
                 minimum: int = 20) -> None:
        self.total, self.what, self.unit = total, what, unit
        # At most about 20 count-driven lines, however long the list.
        self.every, self.seconds = max(every, total // 20), seconds
        self.done = 0
        self.start = self.last_time = time.monotonic()
        self.last_done = 0
        self.bar: Any = None
        self.log: logging.Logger | None = None
        if enabled is False or (enabled is None and total < minimum):
            return
        terminal = sys.stderr.isatty() if terminal is None else terminal
        if terminal:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit=unit, desc=what, dynamic_ncols=True)
        else:
            self.log = logging.getLogger(LOGGER)

    def update(self, n: int = 1) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif self.log is not None:
            now = time.monotonic()
            if (self.done - self.last_done >= self.every or now - self.last_time >= self.seconds
                    or self.done >= self.total):
                self._line(now)

    def _line(self, now: float) -> None:
        assert self.log is not None
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0.0
        pct = 100 * self.done / self.total if self.total else 100
        tail = f", about {left:.0f} s left" if self.done < self.total else f" in {elapsed:.1f} s"
        self.log.info("news: %s %d/%d %s (%.0f%%), %.1f/s%s", self.what, self.done,
                      self.total, self.unit + ("s" if self.total != 1 else ""), pct, rate, tail)
        self.last_time, self.last_done = now, self.done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
        elif self.log is not None and self.done != self.last_done:
            self._line(time.monotonic())

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
