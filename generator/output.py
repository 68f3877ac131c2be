"""Writing the site's pages into a folder that may also hold the user's own files.

The folder is the generator's only where its manifest says so: the marker file lists every
file the generator wrote there. A page that would overwrite a file the manifest does not list
makes the whole write refuse (``OutputError`` naming the files) before anything is written;
only files the manifest lists are ever removed; links are never written through.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

from .errors import OutputError
from .files import TMP_PREFIX, sweep_temporary, write_atomic
from .progress import Progress

MARKER = ".generated-by-news-generator"
_SHOWN = 10  # files a refusal names before "and N more"


def _parts(rel: str) -> list[str]:
    """The parts of a page path, refused unless it names a file inside the folder."""
    parts = rel.split("/") if isinstance(rel, str) else [""]
    if (not rel or rel.startswith("/") or "\\" in rel or "\x00" in rel
            or any(p in ("", ".", "..") for p in parts)
            or parts[-1] == MARKER or parts[-1].startswith((".tmp-", TMP_PREFIX))
            or ":" in parts[0]):
        raise OutputError(f"refusing to write {rel!r}: not a page path inside the output folder")
    return parts


def _kind(path: Path) -> str | None:
    """'file', 'link', 'folder', 'other' or None (nothing there), without following links."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return "other"
    if stat.S_ISLNK(mode):
        return "link"
    return "file" if stat.S_ISREG(mode) else "folder" if stat.S_ISDIR(mode) else "other"


def _target(out: Path, rel: str) -> Path:
    """Where a page goes; refuse a path whose folders are links or files (never write through
    a link, which could point anywhere)."""
    parts = _parts(rel)
    folder = out
    for part in parts[:-1]:
        folder = folder / part
        kind = _kind(folder)
        if kind not in (None, "folder"):
            raise OutputError(f"refusing to write {rel!r}: {folder} is a {kind}, not a folder "
                              "(the generator does not write through links)")
    return folder / parts[-1]


def read_manifest(out: Path) -> set[str]:
    """The files a previous run wrote in ``out`` (empty when it has no manifest)."""
    marker = out / MARKER
    if _kind(marker) != "file":
        return set()
    return set(marker.read_text(encoding="utf-8").split("\n")) - {""}


def _listing(names: list[str]) -> str:
    more = f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else ""
    return ", ".join(names[:_SHOWN]) + more


def write_pages(pages: Mapping[str, str | bytes], out_dir: Path | str, *,
                progress: bool | None = None) -> int:
    """Write pages (text, or bytes for assets) under ``out_dir``; return how many changed.

    Every page is written to a temporary file and renamed, so an interrupted run never leaves
    a half-written page (nor a temporary file); pages of items that disappeared are removed,
    and so are the folders they leave empty. Before anything is written, a path that would
    leave the folder, pass through a link, or overwrite a file the manifest does not list is
    refused with ``OutputError``. The manifest is updated before writing, so that the pages
    of an interrupted run are still known to the next one.
    """
    out = Path(out_dir).resolve()
    if _kind(out) not in (None, "folder"):
        raise OutputError(f"the output folder {out} is a {_kind(out)}, not a folder")
    previous = read_manifest(out)
    targets = {rel: _target(out, rel) for rel in pages}
    foreign = sorted(rel for rel, t in targets.items()
                     if (rel not in previous and _kind(t) is not None) or _kind(t) == "folder")
    if foreign:
        raise OutputError(
            f"refusing to write into {out}: {len(foreign)} file(s) there were not written by "
            f"the generator and would be overwritten: {_listing(foreign)} (its manifest "
            f"{MARKER} does not list them; move them away or choose another output folder); "
            "nothing was written")
    out.mkdir(parents=True, exist_ok=True)
    sweep_temporary({out, *(t.parent for t in targets.values())})  # what a killed run left
    marker = out / MARKER
    write_atomic(marker, ("\n".join(sorted(previous | set(pages))) + "\n").encode())
    written = 0
    bar = Progress(len(pages), "writing", "page", enabled=progress)
    for rel, content in pages.items():
        bar.update(1)
        target = targets[rel]
        data = content.encode("utf-8") if isinstance(content, str) else content
        if _kind(target) == "file" and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
        written += 1
    bar.close()
    for rel in sorted(previous - set(pages)):
        try:
            stale = _target(out, rel)
        except OutputError:
            continue  # a manifest line that is no page path: nothing of ours to remove
        if _kind(stale) not in ("file", "link"):
            continue
        stale.unlink()
        folder = stale.parent
        while folder != out and _kind(folder) == "folder" and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    write_atomic(marker, ("\n".join(sorted(pages)) + "\n").encode())
    return written


def asset_files(folder: Path) -> dict[str, bytes]:
    """The files under ``folder`` (a theme's assets) as {relative path: bytes}; links are not
    followed."""
    assets: dict[str, bytes] = {}
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            if _kind(path) == "file":
                assets[path.relative_to(folder).as_posix()] = path.read_bytes()
    return assets
