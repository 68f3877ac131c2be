"""Writing files so that a kill mid-way never leaves half a file."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any


def write_atomic(target: Path, write: Callable[[IO[Any]], object] | bytes,
                 prefix: str = ".tmp-", text: bool = False) -> None:
    """Write ``target`` through a temporary file in its folder and a rename.

    ``write`` is the bytes to write, or a function that writes to the open file (to stream a
    large pickle or JSON document; ``text=True`` opens it as UTF-8 text). The temporary file is
    removed if anything fails.
    """
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=prefix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") if text else os.fdopen(fd, "wb") as fh:
            if isinstance(write, bytes):
                fh.write(write)
            else:
                write(fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


STALE_AFTER = 600.0  # seconds: a temporary file this old belongs to a run that was killed


def sweep_temporary(folders: Iterable[Path], prefix: str = ".tmp-",
                    older_than: float = STALE_AFTER) -> int:
    """Remove the temporary files (``prefix*``) a killed run left in ``folders``; those newer
    than ``older_than`` seconds may belong to a run in progress and are kept. Returns how many
    were removed."""
    now = time.time()
    removed = 0
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.startswith(prefix) or not entry.is_file(follow_symlinks=False):
                continue
            try:
                if now - entry.stat(follow_symlinks=False).st_mtime > older_than:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue
    return removed
