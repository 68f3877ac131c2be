"""Names that pretend to be other names: cleaned records and mixed-script look-alikes.

"Xι Jinping" (a Greek iota) reads as "Xi Jinping" but is another string, so it is another
actor, and its slug transliterates to ``xi-jinping``: it could take the real actor's page.
Here:

* every text field of the annotation records is NFKC-normalised and loses its bidirectional
  controls before merging (``clean_annotated``);
* a name that mixes Latin letters with letters of a script that has Latin look-alikes (Greek,
  Cyrillic, Armenian, Cherokee) gets a slug that says so (``slug_text``:
  ``xi-jinping-greek-latin``), so it can never take the page of a single-script name;
* each such name is reported as a warning, naming the actor it looks like when its
  confusable skeleton (every letter replaced by the Latin letter it looks like, from
  Unicode's confusables data through ``confusable_homoglyphs``) is another actor's name
  (``lookalike_warnings``).
"""

from __future__ import annotations

import dataclasses
import functools
import unicodedata
from collections.abc import Sequence

from .annotations import AnnotatedArticle
from .models import Actor, Article, Problem
from .names import name_key, strip_bidi
from .urls import page_path
from .yamlsafe import quoted

_NEUTRAL = {"COMMON", "INHERITED", "Unknown"}


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _clean_record(record: object) -> object:
    changes = {}
    for name in _field_names(type(record)):
        value = getattr(record, name)
        if isinstance(value, str) and not value.isascii():
            cleaned = strip_bidi(unicodedata.normalize("NFKC", value))
            if cleaned != value:
                changes[name] = cleaned
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            items = tuple(_clean_record(v) for v in value)
            if any(a is not b for a, b in zip(items, value, strict=True)):
                changes[name] = items
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[type-var]


def clean_annotated(ann: AnnotatedArticle) -> AnnotatedArticle:
    """The same annotations with names and texts NFKC-normalised and without bidi controls."""
    actors = tuple(_clean_record(m) for m in ann.actors)
    claims = tuple(_clean_record(c) for c in ann.claims)
    events = tuple(_clean_record(e) for e in ann.events)
    return dataclasses.replace(ann, actors=actors, claims=claims, events=events)  # type: ignore[arg-type]


@functools.lru_cache(maxsize=65536)
def scripts(name: str) -> frozenset[str]:
    """The scripts of the letters of ``name`` (LATIN, GREEK, CYRILLIC, HAN, ...)."""
    if name.isascii():
        return frozenset({"LATIN"}) if any(c.isalpha() for c in name) else frozenset()
    from confusable_homoglyphs import categories

    return frozenset(categories.alias(c) for c in name if c.isalpha()) - _NEUTRAL


_LOOKALIKE_SCRIPTS = {"GREEK", "CYRILLIC", "ARMENIAN", "CHEROKEE"}


def confusable_mix(name: str) -> tuple[str, ...]:
    """The scripts of a name that mixes Latin with a script of Latin look-alikes, else ()."""
    if name.isascii():
        return ()
    found = scripts(name)
    return tuple(sorted(found)) if "LATIN" in found and found & _LOOKALIKE_SCRIPTS else ()


def slug_text(name: str) -> str:
    """What an actor's slug is made from: the name, and the scripts it mixes when it mixes
    Latin with look-alike letters ("Xι Jinping" -> ``xi-jinping-greek-latin``)."""
    mix = confusable_mix(name)
    return f"{name} {' '.join(mix).lower()}" if mix else name


@functools.lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The name key of ``name`` with every letter replaced by the Latin letter it looks like."""
    if name.isascii():
        return name_key(name)
    from confusable_homoglyphs import categories, confusables

    out = []
    for ch in name:
        if ch.isalpha() and categories.alias(ch) != "LATIN":
            for glyph in confusables.confusables_data.get(ch, ()):
                c = glyph["c"]
                if len(c) == 1 and c.isalpha() and categories.alias(c) == "LATIN":
                    ch = c
                    break
        out.append(ch)
    return name_key("".join(out))


def lookalike_warnings(actors: Sequence[Actor], articles: dict[str, Article]) -> list[Problem]:
    """Warn about each actor name that mixes Latin with look-alike letters, naming the actor
    it looks like when there is one."""
    suspects = [a for a in actors if confusable_mix(a.name)]
    if not suspects:
        return []
    by_skeleton: dict[str, list[Actor]] = {}
    for actor in actors:
        by_skeleton.setdefault(skeleton(actor.name), []).append(actor)
    problems = []
    for actor in suspects:
        others = [o for o in by_skeleton.get(skeleton(actor.name), ())
                  if o.id != actor.id and scripts(o.name) != scripts(actor.name)]
        mix = " and ".join(s.title() for s in confusable_mix(actor.name))
        like = f" and looks like {quoted(others[0].name)} ({page_path('actor', others[0].id)})" \
            if others else ""
        where = articles[actor.mentions[0].article].path if actor.mentions else "content"
        problems.append(Problem(
            where, f"the actor name {quoted(actor.name)} mixes {mix} letters{like}: it has "
            f"its own page, {page_path('actor', actor.id)}", "warning"))
    return problems
