"""Per-article actor mentions -> corpus actors: one actor per real-world name across articles.

Mentions are bucketed by a name key (a dict: linear in the mentions; ``buckets``); the rules of
``joins`` join the buckets of one actor named in different ways (a surname alone or after an
honorific joins the one full name that fits); ``curation.yml`` merges, drops, retypes and
renames. The ``SpanIndex`` returned (``span_index``) then finds the actor behind any span of an
article, by bisection.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..annotations import ActorMention, AnnotatedArticle
from ..curation import Curation, unused_entries
from ..models import Actor, Mention, Problem, Role
from ..names import name_key
from ..spoofing import lookalike_warnings, slug_text
from ..urls import unique_slug
from .buckets import Bucket, majority_type
from .fixtures import fixture_lines, on_fixture_line
from .joins import join_name_forms
from .memo import MergeMemo
from .span_index import SpanIndex
from .words import company_key, merge_words

# Honorifics (data: merge.yml): a display name without one wins ("Bernie Ebbers", not "Mr Ebbers").
_HONORIFICS = merge_words().honorifics
# "he", "she" and their forms: an article that read a band as a person gave it a "he" that the
# corpus, reading the band as a body, does not show (nor credit its claims to the band).
_PERSONAL = merge_words().he | merge_words().she


def _local_actors(ann: AnnotatedArticle) -> list[tuple[str, str, list[ActorMention]]]:
    """Group one article's mentions into (name, type, mentions) by the extractor's group."""
    groups: dict[int, list[ActorMention]] = defaultdict(list)
    for m in ann.actors:
        groups[m.group].append(m)
    out = []
    for members in groups.values():
        named = [m for m in members if m.kind == "name"] or members
        name = Counter(m.name for m in named).most_common(1)[0][0]
        kind = Counter(m.type for m in named).most_common(1)[0][0]
        out.append((name, kind, members))
    return out


def _a_work(bucket: Bucket, works: Counter) -> bool:
    """Is the actor a work that other articles' words show ("Ray" after "the biopic Ray"): every
    name it goes by is a work's there, and no article's words fix its type (a guess of the
    model's only: "Ray" read as a place, "The Aviator" as a company)? A person named in full
    ("Taylor Hackford", whom one article's possessive took for a film: "Ray's Taylor Hackford")
    stays a person unless at least as many articles show a work as name him."""
    if not works or any(bucket.certain.values()):
        return False
    keys = {name_key(name) for name in bucket.names}
    if not all(key in works for key in keys):
        return False
    if majority_type(bucket) == "person" and any(" " in key for key in keys):
        return max(works[key] for key in keys) >= len({a for a, _ in bucket.mentions})
    return True


def _per_article(ann: AnnotatedArticle) -> tuple[list[tuple[str, str, list[ActorMention]]],
                                                 dict[int, Mention], list[tuple[int, int]]]:
    """An article's local actors, the corpus ``Mention`` of each of its mentions (by the
    mention's id: the article's records hold the mentions), and its lines of fixtures."""
    article = ann.article
    return _local_actors(ann), {
        id(m): Mention(article.id, (m.span[0], m.span[1]), m.text,
                       article.sentence_of(m.span[0]), m.kind) for m in ann.actors
    }, fixture_lines(article.text)


# What an article's records give, from the last merge when they are the same objects (a serve
# rebuild): the same Mention objects, so comparing an unchanged actor's mentions is cheap too.
_PER_ARTICLE = MergeMemo()


def merge_actors(
    annotated: Sequence[AnnotatedArticle], curation: Curation
) -> tuple[list[Actor], SpanIndex, list[Problem]]:
    """Merge per-article actors into corpus actors; apply the curation."""
    # One bucket per name: a name typed a person in one article and an organisation in another
    # ("Yukos", "Mr Ebbers") is one actor, typed by the majority of its mentions.
    buckets: dict[str, Bucket] = {}
    by_id = {a.article.id: a.article for a in annotated}
    seen_keys: set[str] = set()
    made: dict[str, dict[int, Mention]] = {}  # each article's Mention of each ActorMention
    for ann in annotated:
        local, made[ann.article.id], lines = _PER_ARTICLE.value(
            (ann,), None, lambda a=ann: _per_article(a))
        for name, kind, members in local:
            raw_key = name_key(name)
            if not raw_key:
                continue
            seen_keys.add(raw_key)
            if kind == "organization" and raw_key not in curation.merge_into:
                raw_key = company_key(raw_key)  # "MCI Inc." is "MCI", "Group Menatep" "Menatep"
            seen_keys.update(name_key(m.text) for m in members)
            key = curation.merge_into.get(raw_key, raw_key)
            if key in curation.drop or raw_key in curation.drop:
                continue
            bucket = buckets.setdefault(key, Bucket(key))
            if key != raw_key:
                note = f"'{name}' merged into '{curation.display.get(key, key)}' by curation"
                if note not in bucket.curated:
                    bucket.curated.append(note)
            bucket.names[name] += len(members)
            bucket.types[kind] += len(members)
            bucket.read_as[kind] += sum(1 for m in members if m.kind == "name")
            if any(m.certain for m in members if m.type == kind):
                bucket.certain[kind] += len(members)
            bucket.mentions += [(ann.article.id, m) for m in members]
            if lines:
                bucket.team_lines += sum(1 for m in members if m.kind == "name"
                                         and on_fixture_line(lines, m.span))
    problems = unused_entries(curation, seen_keys) if not curation.is_empty() else []
    texts = {a.article.id: a.article.text for a in annotated}
    join_name_forms(buckets, curation, texts)

    roots = sorted({id(b.root()): b.root() for b in buckets.values()}.values(),
                   key=lambda b: b.key)
    # articles per name that their words show to be a work's
    works = Counter(key for ann in annotated for key in {name_key(w) for w in ann.works})
    roots = [b for b in roots if b.mentions and not _a_work(b, works)]
    taken: set[str] = set()
    ids: dict[int, str] = {}
    names: dict[int, str] = {}
    for b in sorted(roots, key=lambda b: (_display_name(b, curation).casefold(), b.key)):
        names[id(b)] = _display_name(b, curation)
        # "Xι Jinping" (Greek iota) never gets the slug of "Xi Jinping" (see spoofing.py)
        ids[id(b)] = unique_slug(slug_text(names[id(b)]), taken)
    key_to_id = {k: ids[id(b.root())] for k, b in buckets.items() if id(b.root()) in ids}

    index = SpanIndex()
    actors: list[Actor] = []
    for b in roots:
        actor_id = ids[id(b)]
        kind = curation.types.get(b.key) or majority_type(b)
        curated = list(b.curated)
        if b.key in curation.types:
            curated.append(f"type set to {kind} by curation")
        if b.key in curation.rename:
            curated.append(f"name set to '{names[id(b)]}' by curation")
        mentions, roles, aliases = [], {}, set()
        for article_id, m in sorted(b.mentions, key=lambda x: (x[0], x[1].span[0])):
            if kind != "person" and m.kind == "pronoun" and m.text.lower() in _PERSONAL:
                continue
            start, end = m.span
            index.add(article_id, start, end, actor_id)
            mentions.append(made[article_id][id(m)])
            if m.kind == "name":
                aliases.add(m.text)
                aliases.add(m.name)
            if m.role:
                role_span = m.role_span or m.span
                of_name = m.role_of
                of_id = key_to_id.get(name_key(of_name)) if of_name else None
                role = Role(m.role, article_id, (role_span[0], role_span[1]),
                            of_id, of_name, by_id[article_id].date)
                roles.setdefault((role.title.casefold(), of_id or of_name, article_id), role)
        aliases.discard(names[id(b)])
        actors.append(Actor(
            id=actor_id,
            name=names[id(b)],
            type=kind,
            aliases=tuple(sorted(aliases, key=lambda a: (a.casefold(), a))),
            roles=tuple(sorted(roles.values(), key=lambda r: (r.article, r.span))),
            mentions=tuple(mentions),
            curated=tuple(curated),
            type_counts=_type_counts(b),
        ))
    index.freeze()
    actors.sort(key=lambda a: a.id)
    return actors, index, problems + lookalike_warnings(actors, by_id)


def _display_name(bucket: Bucket, curation: Curation) -> str:
    """The actor's name on its page: the curation's, else the most used full form."""
    if bucket.key in curation.rename:
        return curation.rename[bucket.key]
    if bucket.key in curation.display and any(
        name_key(n) == bucket.key for n in bucket.names
    ):
        return curation.display[bucket.key]
    # The most used full form; on a tie, the longer and then the alphabetically first. A name
    # without an honorific wins over "Mr Ebbers" when the actor has one ("Bernie Ebbers"), and
    # a person's full name over the surname alone however often that is used ("Morrison").
    person = (curation.types.get(bucket.key) or majority_type(bucket)) == "person"
    full = person and any(len(w) > 1 and w[0] not in _HONORIFICS
                          for w in (name_key(n).split() for n in bucket.names))
    return sorted(bucket.names.items(),
                  key=lambda kv: (name_key(kv[0]).split(" ", 1)[0] in _HONORIFICS,
                                  full and len(name_key(kv[0]).split()) < 2,
                                  -kv[1], -len(kv[0]), kv[0]))[0][0]


def _type_counts(bucket: Bucket) -> tuple[tuple[str, int], ...]:
    """The evidence for the actor's type when its articles read it as more than one type."""
    read = {t: n for t, n in bucket.read_as.items() if n}
    if len(read) < 2:
        return ()
    return tuple(sorted(read.items(), key=lambda kv: (-kv[1], kv[0])))
