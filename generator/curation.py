"""``content/curation.yml``: an editor's corrections, applied at every build.

.. code-block:: yaml

    merge:            # these names are one actor, shown under the first name
      - [Xi Jinping, Chairman Xi]
    aliases:          # more names for an actor (merged into it wherever they appear)
      United Nations: [UN, U.N.]
    types:            # fix an actor's type: person, organization, place, group, other
      DeepSeek: organization
    drop:             # not actors at all
      - AI
    rename:           # the name an actor's page shows
      United States: United States of America

Names are matched without regard to case, accents, punctuation or a leading "the". An entry
that names no actor in the corpus is reported as a warning, not an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import CurationError
from .models import Problem
from .names import clean_name, name_key
from .yamlsafe import load_text_yaml, quoted

CURATION_FILE = "curation.yml"
TYPES = ("person", "organization", "place", "group", "other")


@dataclass(frozen=True)
class Curation:
    """Corrections by name key; ``display`` keeps the editor's spelling."""

    merge_into: dict[str, str] = field(default_factory=dict)  # key -> target key
    types: dict[str, str] = field(default_factory=dict)
    drop: frozenset[str] = frozenset()
    rename: dict[str, str] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)  # key -> the editor's spelling
    path: str = CURATION_FILE
    # (message, line): reported on the build report; the curation still applies
    warnings: tuple[tuple[str, int], ...] = ()

    def is_empty(self) -> bool:
        """Say whether there is nothing to apply."""
        return not (self.merge_into or self.types or self.drop or self.rename)


def _fail(shown: str, reason: str, line: int | None = None) -> CurationError:
    """The error for a curation file: the message names the file (and line); ``reason``
    without them, for the build report, whose entry already says where."""
    where = f"{shown}:{line}" if line else shown
    return CurationError(f"{where}: {reason}", path=shown, line=line, reason=reason)


def _names(value: object, shown: str, what: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise _fail(shown, f"{what} must be a name or a list of names")


MAX_VALUES = 200_000  # values curation.yml may stand for once aliases are expanded


def read_curation(path: Path | str) -> bytes | None:
    """Read ``curation.yml`` once for a build: its bytes, or None when there is none.

    A file that vanishes between a listing and the read is no file; one that cannot be read
    raises ``CurationError``. The build hashes and parses these same bytes, so a file replaced
    during a build cannot give the cache key one version and the corpus another.
    """
    path = Path(path)
    try:
        if not path.is_file():
            return None
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _fail(CURATION_FILE, f"cannot be read: {exc.strerror or exc}") from None


def load_curation(path: Path | str, shown: str | None = None) -> Curation:
    """Read a curation file; a missing file is an empty curation.

    ``shown``: how messages name the file (relative to the project, not this machine's path).
    """
    shown = shown or Path(path).as_posix()
    try:
        data = read_curation(path)
    except CurationError as exc:
        raise _fail(shown, exc.reason) from None
    return parse_curation(data, shown)


def parse_curation(source: bytes | None, shown: str = CURATION_FILE) -> Curation:
    """Parse the bytes of a curation file (None: there is none)."""
    if source is None:
        return Curation(path=shown)
    try:
        data, _, duplicates = load_text_yaml(source.decode("utf-8-sig"), MAX_VALUES)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise _fail(shown, f"not valid YAML: {problem}",
                    mark.line + 1 if mark is not None else None) from None
    except UnicodeDecodeError:
        raise _fail(shown, "not UTF-8 text") from None
    except (ValueError, TypeError, RecursionError, MemoryError) as exc:
        raise _fail(shown, f"cannot be read: {quoted(str(exc))}") from None
    warnings = tuple((f"{quoted(key)} is given twice (first on line {first}); the later "
                      "value is used", line) for key, line, first in duplicates)
    if data is None:
        return Curation(path=shown, warnings=warnings)
    if not isinstance(data, dict):
        raise _fail(shown, "must be a mapping with keys merge, aliases, types, "
                            "drop, rename")
    unknown = sorted(set(map(str, data)) - {"merge", "aliases", "types", "drop", "rename"})
    if unknown:
        raise _fail(shown, f"unknown section(s) {', '.join(k[:40] for k in unknown[:10])} (known: "
                            "merge, aliases, types, drop, rename)")
    merge_into: dict[str, str] = {}
    display: dict[str, str] = {}

    def key(name: str) -> str:
        name = clean_name(name)
        k = name_key(name)
        if not k:
            raise _fail(shown, f"{quoted(name)} is not a usable name")
        display.setdefault(k, name)
        return k

    def mapping(section: str, what: str) -> dict:
        value = data.get(section) or {}
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise _fail(shown, f"'{section}' must map a name to {what}")
        return value

    merge_groups = data.get("merge") or []
    if not isinstance(merge_groups, list):
        raise _fail(shown, "'merge' must be a list of lists of names")
    for i, group in enumerate(merge_groups):
        names = _names(group, shown, f"merge entry {i + 1}")
        if len(names) < 2:
            raise _fail(shown, f"merge entry {i + 1} needs at least two names")
        target = key(names[0])
        for other in names[1:]:
            merge_into[key(other)] = target
    for target_name, alias_names in mapping("aliases", "a list of aliases").items():
        target = key(target_name)
        for alias in _names(alias_names, shown, f"aliases of {quoted(target_name)}"):
            merge_into[key(alias)] = target
    type_map: dict[str, str] = {}
    for name, kind in mapping("types", "a type").items():
        if kind not in TYPES:
            raise _fail(shown, f"type of {quoted(name)} is {quoted(kind)}; use one "
                                f"of {', '.join(TYPES)}")
        type_map[key(name)] = kind
    drop = frozenset(key(n) for n in _names(data.get("drop") or [], shown, "'drop'"))
    rename: dict[str, str] = {}
    for name, new in mapping("rename", "a new name").items():
        new_name = clean_name(new) if isinstance(new, str) else ""
        if not new_name.strip():
            raise _fail(shown, f"rename of {quoted(name)} gives no new name "
                                f"({quoted(new)}); write the name, or remove the entry")
        rename[key(name)] = new_name
    # Follow chains (a -> b -> c) so that every key points at its final target.
    for k in list(merge_into):
        seen = {k}
        while merge_into[k] in merge_into and merge_into[k] not in seen:
            seen.add(merge_into[k])
            merge_into[k] = merge_into[merge_into[k]]
    return Curation(merge_into, type_map, drop, rename, display, shown, warnings)


def unused_entries(curation: Curation, known_keys: set[str]) -> list[Problem]:
    """Warn about curation entries that name no actor the machine found."""
    mentioned = set(curation.merge_into) | set(curation.types) | set(curation.drop)
    mentioned |= set(curation.rename) | set(curation.merge_into.values())
    return [
        Problem(curation.path, f"names {quoted(curation.display.get(k, k))}, which no actor "
                "has", "warning")
        for k in sorted(mentioned - known_keys)
    ]
