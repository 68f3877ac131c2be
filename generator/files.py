"""Writing files so that a kill mid-way never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
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
