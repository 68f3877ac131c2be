"""Writing files so that a kill mid-way never leaves half a file."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any

# Every temporary file the generator makes starts with this: a sweep removes only these, never
# a user's own ".tmp-notes".
TMP_PREFIX = ".tmp-news-"


def _file_mode() -> int:
    """The mode a plain ``open(path, "w")`` would give a new file under the current umask."""
    try:  # Linux says it without changing it (os.umask can only be read by setting it)
        with open("/proc/self/status", encoding="ascii") as fh:
            mask = next(int(line.split()[1], 8) for line in fh if line.startswith("Umask:"))
    except (OSError, StopIteration, ValueError, IndexError):
        mask = os.umask(0o022)
        os.umask(mask)
    return 0o666 & ~mask


def write_atomic(target: Path, write: Callable[[IO[Any]], object] | bytes,
                 prefix: str = TMP_PREFIX, text: bool = False) -> None:
    """Write ``target`` through a temporary file in its folder and a rename.

    ``write`` is the bytes to write, or a function that writes to the open file (to stream a
    large JSON document; ``text=True`` opens it as UTF-8 text). The temporary file is removed
    if anything fails. The file gets the umask's mode, as a normal write would (``mkstemp``
    alone makes it 0600).
    """
    if not prefix.startswith(TMP_PREFIX):
        raise ValueError(f"temporary files start with {TMP_PREFIX!r}, not {prefix!r}")
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=prefix)
    try:
        os.fchmod(fd, _file_mode())
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


def is_real_folder(path: Path) -> bool:
    """Say whether ``path`` is a folder itself, not a link to one (nor anything else)."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def sweep_temporary(folders: Iterable[Path], prefix: str = TMP_PREFIX,
                    older_than: float = STALE_AFTER) -> int:
    """Remove the temporary files (``prefix*``) a killed run left in ``folders``; those newer
    than ``older_than`` seconds may belong to a run in progress and are kept. Returns how many
    were removed.

    Links are never followed: a folder that is a symbolic link is skipped (a link planted in a
    cache folder must not make the sweep delete files where it points), and so is a link
    named like a temporary file.
    """
    if not prefix.startswith(TMP_PREFIX):
        raise ValueError(f"only the generator's own temporary files ({TMP_PREFIX}*) are swept")
    now = time.time()
    removed = 0
    for folder in folders:
        if not is_real_folder(Path(folder)):
            continue
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
