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
from .names import name_key

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

    def is_empty(self) -> bool:
        """Say whether there is nothing to apply."""
        return not (self.merge_into or self.types or self.drop or self.rename)


def _names(value: object, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return [str(v) for v in value]
    raise CurationError(f"{where} must be a name or a list of names")


def load_curation(path: Path | str) -> Curation:
    """Read a curation file; a missing file is an empty curation."""
    path = Path(path)
    if not path.is_file():
        return Curation(path=path.as_posix())
    shown = path.as_posix()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise CurationError(f"{shown}{line}: not valid YAML: {problem}") from None
    except UnicodeDecodeError:
        raise CurationError(f"{shown}: not UTF-8 text") from None
    if data is None:
        return Curation(path=shown)
    if not isinstance(data, dict):
        raise CurationError(f"{shown}: must be a mapping with keys merge, aliases, types, "
                            "drop, rename")
    unknown = sorted(set(map(str, data)) - {"merge", "aliases", "types", "drop", "rename"})
    if unknown:
        raise CurationError(f"{shown}: unknown section(s) {', '.join(unknown)} (known: "
                            "merge, aliases, types, drop, rename)")
    merge_into: dict[str, str] = {}
    display: dict[str, str] = {}

    def key(name: str) -> str:
        k = name_key(name)
        if not k:
            raise CurationError(f"{shown}: {name!r} is not a usable name")
        display.setdefault(k, name)
        return k

    for i, group in enumerate(data.get("merge") or []):
        names = _names(group, f"{shown}: merge entry {i + 1}")
        if len(names) < 2:
            raise CurationError(f"{shown}: merge entry {i + 1} needs at least two names")
        target = key(names[0])
        for other in names[1:]:
            merge_into[key(other)] = target
    aliases = data.get("aliases") or {}
    if not isinstance(aliases, dict):
        raise CurationError(f"{shown}: 'aliases' must map a name to a list of aliases")
    for target_name, alias_names in aliases.items():
        target = key(str(target_name))
        for alias in _names(alias_names, f"{shown}: aliases of {target_name!r}"):
            merge_into[key(alias)] = target
    types = data.get("types") or {}
    if not isinstance(types, dict):
        raise CurationError(f"{shown}: 'types' must map a name to a type")
    type_map: dict[str, str] = {}
    for name, kind in types.items():
        if kind not in TYPES:
            raise CurationError(f"{shown}: type of {name!r} is {kind!r}; use one of "
                                f"{', '.join(TYPES)}")
        type_map[key(str(name))] = kind
    drop = frozenset(key(n) for n in _names(data.get("drop") or [], f"{shown}: 'drop'"))
    rename_raw = data.get("rename") or {}
    if not isinstance(rename_raw, dict):
        raise CurationError(f"{shown}: 'rename' must map a name to a new name")
    rename = {key(str(k)): str(v) for k, v in rename_raw.items()}
    # Follow chains (a -> b -> c) so that every key points at its final target.
    for k in list(merge_into):
        seen = {k}
        while merge_into[k] in merge_into and merge_into[k] not in seen:
            seen.add(merge_into[k])
            merge_into[k] = merge_into[merge_into[k]]
    return Curation(merge_into, type_map, drop, rename, display, shown)


def unused_entries(curation: Curation, known_keys: set[str]) -> list[Problem]:
    """Warn about curation entries that name no actor the machine found."""
    mentioned = set(curation.merge_into) | set(curation.types) | set(curation.drop)
    mentioned |= set(curation.rename) | set(curation.merge_into.values())
    return [
        Problem(curation.path, f"names {curation.display.get(k, k)!r}, which no actor has",
                "warning")
        for k in sorted(mentioned - known_keys)
    ]
