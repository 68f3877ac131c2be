"""Per-article actor mentions -> corpus actors: one actor per real-world name across articles.

Mentions are bucketed by a name key (a dict: linear in the mentions); a surname alone or after
an honorific joins the one full name that fits; ``curation.yml`` merges, drops, retypes and
renames. ``SpanIndex`` then finds the actor behind any span of an article, by bisection.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..annotations import ActorMention, AnnotatedArticle
from ..curation import Curation, unused_entries
from ..models import Actor, Mention, Problem, Role
from ..names import name_key
from ..spoofing import lookalike_warnings, slug_text
from ..urls import unique_slug
from ..vocab import ACTOR_TYPES
from .given_names import fitting
from .memo import MergeMemo
from .words import company_key, merge_words

# The word lists (honorifics, peers' titles, pronouns, corporate words) are data: merge.yml.
_W = merge_words()


@dataclass
class _Bucket:
    """The mentions of one actor being assembled across articles."""

    key: str
    names: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
    read_as: Counter = field(default_factory=Counter)  # named mentions by the type read
    mentions: list[tuple[str, ActorMention]] = field(default_factory=list)  # (article id, mention)
    curated: list[str] = field(default_factory=list)
    merged_into: _Bucket | None = None

    def root(self) -> _Bucket:
        b = self
        while b.merged_into is not None:
            b = b.merged_into
        return b

    def absorb(self, other: _Bucket) -> None:
        other = other.root()
        if other is self:
            return
        self.names.update(other.names)
        self.types.update(other.types)
        self.read_as.update(other.read_as)
        self.mentions += other.mentions
        self.curated += other.curated
        other.merged_into = self
        other.names, other.types, other.mentions, other.curated = Counter(), Counter(), [], []
        other.read_as = Counter()


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


def _per_article(ann: AnnotatedArticle) -> tuple[list[tuple[str, str, list[ActorMention]]],
                                                 dict[int, Mention]]:
    """An article's local actors, and the corpus ``Mention`` of each of its mentions (by the
    mention's id: the article's records hold the mentions)."""
    article = ann.article
    return _local_actors(ann), {
        id(m): Mention(article.id, (m.span[0], m.span[1]), m.text,
                       article.sentence_of(m.span[0]), m.kind) for m in ann.actors}


# What an article's records give, from the last merge when they are the same objects (a serve
# rebuild): the same Mention objects, so comparing an unchanged actor's mentions is cheap too.
_PER_ARTICLE = MergeMemo()


class SpanIndex:
    """Find the actor whose mention overlaps a span in an article, by bisection."""

    def __init__(self) -> None:
        self.spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)

    def add(self, article: str, start: int, end: int, actor: str) -> None:
        self.spans[article].append((start, end, actor))

    def freeze(self) -> None:
        for spans in self.spans.values():
            spans.sort()
        self.starts = {a: [s for s, _, _ in v] for a, v in self.spans.items()}

    def within(self, article: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """Every actor mention lying inside [start, end)."""
        spans = self.spans.get(article, [])
        i = bisect.bisect_left(self.starts.get(article, []), start)
        out = []
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] <= end:
                out.append(spans[i])
            i += 1
        return out

    def head(self, article: str, start: int, end: int, text: str | None = None) -> str | None:
        """The actor named by a phrase: its mention ends the phrase, or is most of it, or (with
        the article's ``text``) opens it before a comma, after at most a title, as in an
        apposition ("Mr Balls, a prospective Labour MP", "Edward Leigh, who chairs …")."""
        spans = self.spans.get(article, [])
        i = max(0, bisect.bisect_left(self.starts.get(article, []), start) - 8)
        best, best_len = None, 0
        while i < len(spans) and spans[i][0] < end:
            s, e, actor = spans[i]
            length = e - s
            covers = end - e <= 1 or length >= 0.6 * (end - start)
            if text is not None and start <= s and e < end and not covers:
                # a title or label before the name: "Mr", "Liberal Democrat", "Former Downing
                # Street communications chief" (not "an attack on": the phrase is about it)
                before = text[start:s].split()
                opens = (len(before) <= 2 and all(w[:1].isupper() for w in before)) or (
                    len(before) <= 6
                    and "," not in text[start:s]
                    and not any(w.lower() in _W.not_in_titles or "'" in w for w in before)
                )
                covers = opens and text[e:end].lstrip().startswith(",")
            if s >= start and e <= end + 1 and covers and length > best_len:
                best, best_len = actor, length
            i += 1
        return best

    def best(self, article: str, start: int, end: int) -> str | None:
        """The actor whose mention overlaps [start, end) the most (the longest on a tie)."""
        spans = self.spans.get(article, [])
        i = bisect.bisect_left(self.starts.get(article, []), start)
        i = max(0, i - 8)  # mentions starting a little before may still overlap
        best, best_overlap = None, 0
        while i < len(spans) and spans[i][0] < end:
            s, e, actor = spans[i]
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
            i += 1
        return best


def merge_actors(
    annotated: Sequence[AnnotatedArticle], curation: Curation
) -> tuple[list[Actor], SpanIndex, list[Problem]]:
    """Merge per-article actors into corpus actors; apply the curation."""
    # One bucket per name: a name typed a person in one article and an organisation in another
    # ("Yukos", "Mr Ebbers") is one actor, typed by the majority of its mentions.
    buckets: dict[str, _Bucket] = {}
    by_id = {a.article.id: a.article for a in annotated}
    seen_keys: set[str] = set()
    made: dict[str, dict[int, Mention]] = {}  # each article's Mention of each ActorMention
    for ann in annotated:
        local, made[ann.article.id] = _PER_ARTICLE.value((ann,), None,
                                                         lambda a=ann: _per_article(a))
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
            bucket = buckets.setdefault(key, _Bucket(key))
            if key != raw_key:
                note = f"'{name}' merged into '{curation.display.get(key, key)}' by curation"
                if note not in bucket.curated:
                    bucket.curated.append(note)
            bucket.names[name] += len(members)
            bucket.types[kind] += len(members)
            bucket.read_as[kind] += sum(1 for m in members if m.kind == "name")
            bucket.mentions += [(ann.article.id, m) for m in members]
    problems = unused_entries(curation, seen_keys) if not curation.is_empty() else []
    texts = {a.article.id: a.article.text for a in annotated}
    _join_first_name_variants(buckets, curation, texts)
    _attach_short_person_names(buckets, curation, texts)
    _attach_known_forms(buckets, curation)
    _attach_short_company_forms(buckets, curation)

    roots = sorted({id(b.root()): b.root() for b in buckets.values()}.values(),
                   key=lambda b: b.key)
    roots = [b for b in roots if b.mentions]
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
        kind = curation.types.get(b.key) or _majority_type(b)
        curated = list(b.curated)
        if b.key in curation.types:
            curated.append(f"type set to {kind} by curation")
        if b.key in curation.rename:
            curated.append(f"name set to '{names[id(b)]}' by curation")
        mentions, roles, aliases = [], {}, set()
        for article_id, m in sorted(b.mentions, key=lambda x: (x[0], x[1].span[0])):
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


def _display_name(bucket: _Bucket, curation: Curation) -> str:
    if bucket.key in curation.rename:
        return curation.rename[bucket.key]
    if bucket.key in curation.display and any(
        name_key(n) == bucket.key for n in bucket.names
    ):
        return curation.display[bucket.key]
    # The most used full form; on a tie, the longer and then the alphabetically first. A name
    # without an honorific wins over "Mr Ebbers" when the actor has one ("Bernie Ebbers").
    return sorted(bucket.names.items(),
                  key=lambda kv: (name_key(kv[0]).split(" ", 1)[0] in _HONORIFICS,
                                  -kv[1], -len(kv[0]), kv[0]))[0][0]


def _type_counts(bucket: _Bucket) -> tuple[tuple[str, int], ...]:
    """The evidence for the actor's type when its articles read it as more than one type."""
    read = {t: n for t, n in bucket.read_as.items() if n}
    if len(read) < 2:
        return ()
    return tuple(sorted(read.items(), key=lambda kv: (-kv[1], kv[0])))


def _majority_type(bucket: _Bucket) -> str:
    bucket = bucket.root()
    return sorted(bucket.types.items(), key=lambda kv: (-kv[1], ACTOR_TYPES.index(kv[0])
                                                        if kv[0] in ACTOR_TYPES else 9))[0][0]


# Honorifics before a surname, by what they say of the person ("Mr Ebbers", "Mrs Howard").
_MALE, _FEMALE, _HONORIFICS = _W.male, _W.female, _W.honorifics


def _is_person(bucket: _Bucket, curation: Curation) -> bool:
    if bucket.key in curation.types:
        return curation.types[bucket.key] == "person"
    # "Mr Ebbers" names a person however the model tagged it
    return _majority_type(bucket) == "person" or bucket.key.split(" ", 1)[0] in _HONORIFICS


_HE, _SHE = _W.he, _W.she


def _gender(bucket: _Bucket, texts: dict[str, str] | None = None) -> str | None:
    """'m' or 'f' when the actor's honorifics and pronouns say only one of them, else None.
    With the articles' ``texts``, the honorific before a name ("Mr" of "Mr Howard", which the
    mention leaves out) counts too."""
    seen = set()
    for article, m in bucket.mentions:
        words = name_key(m.text).split(" ", 1)[:1]
        if texts is not None and m.kind == "name" and article in texts:
            before = texts[article][max(0, m.span[0] - 12) : m.span[0]].split()
            if before:
                words.append(name_key(before[-1]))
        for word in words:
            if word in _MALE or word in _HE:
                seen.add("m")
            elif word in _FEMALE or word in _SHE:
                seen.add("f")
    return next(iter(seen)) if len(seen) == 1 else None


def _join_first_name_variants(buckets: dict[str, _Bucket], curation: Curation,
                              texts: dict[str, str]) -> None:
    """Join two full names of one surname whose first names are forms of one name ("Bernie
    Ebbers", "Bernard Ebbers": the same first four letters) when honorifics or pronouns give
    both the same gender and no other person has that surname."""
    by_surname: dict[str, list[_Bucket]] = defaultdict(list)
    for key, bucket in buckets.items():
        words = key.split()
        if (len(words) == 2 and words[0] not in _HONORIFICS and _is_person(bucket, curation)
                and key not in curation.merge_into.values()):
            by_surname[words[1]].append(bucket)
    for people in by_surname.values():
        roots = list({id(b.root()): b.root() for b in people}.values())
        if len(roots) != 2:
            continue
        a, b = roots
        first_a, first_b = a.key.split()[0], b.key.split()[0]
        gender = _gender(a, texts)
        if (len(first_a) >= 4 and len(first_b) >= 4 and first_a[:4] == first_b[:4]
                and gender is not None and gender == _gender(b, texts)):
            a.absorb(b)


# Words that make a longer company name of a short one ("Gazprombank" is not "Gazprom").
_NAME_ENDINGS = _W.company_name_endings


def _attach_short_company_forms(buckets: dict[str, _Bucket], curation: Curation) -> None:
    """A one-word organisation whose name opens a longer one-word name ("Yugansk" of
    "Yuganskneftegaz", also spelt "Yuganskneftegas") joins it, when the longer names are
    spellings of one name and what they add is not a word that makes another company."""
    targets = set(curation.merge_into.values())
    orgs = [b for k, b in buckets.items() if " " not in k and b.root() is b and b.types
            and _majority_type(b) == "organization" and k not in targets]
    # the names a key opens are a run of the sorted keys (then in the buckets' order again)
    by_key = sorted(range(len(orgs)), key=lambda i: orgs[i].key)
    sorted_keys = [orgs[i].key for i in by_key]
    for short in sorted(orgs, key=lambda b: len(b.key)):
        if len(short.key) < 5 or short.root() is not short:
            continue
        run = [orgs[i] for i in sorted(by_key[bisect.bisect_left(sorted_keys, short.key):
                                              bisect.bisect_left(sorted_keys,
                                                                 short.key + "\U0010ffff")])]
        longer = {id(b.root()): b.root() for b in run if len(b.key) >= len(short.key) + 4}
        longer.pop(id(short), None)
        if not longer:
            continue
        keys = {b.key for b in longer.values()}
        if len({k[:-1] for k in keys}) != 1:
            continue  # two different longer names
        rest = min(keys)[len(short.key):]
        if any(rest.startswith(w) or rest.endswith(w) and len(rest) <= len(w) + 1
               for w in _NAME_ENDINGS):
            continue
        target = max(longer.values(), key=lambda b: len(b.mentions))
        for b in longer.values():
            target.absorb(b)
        target.absorb(short)


def _attach_known_forms(buckets: dict[str, _Bucket], curation: Curation) -> None:
    """An actor named in one article only by a form that another actor's article showed to be
    one of its names ("Yugansk", shown with "Yuganskneftegaz"; "Abu Mazen", shown with
    Mahmoud Abbas) joins that actor, when exactly one actor of its type has the form. A person
    needs a form of two words or more (a bare surname is settled by the rule above)."""
    holders: dict[str, dict[int, _Bucket]] = defaultdict(dict)
    for bucket in buckets.values():
        root = bucket.root()
        for _, m in bucket.mentions:
            if m.kind == "name":
                holders[name_key(m.text)][id(root)] = root
    for key, bucket in buckets.items():
        root = bucket.root()
        if root is not bucket or key in curation.merge_into.values():
            continue
        kind = _majority_type(bucket) if bucket.types else None
        if kind == "person" and len(key.split()) < 2:
            continue
        others = [b for k, b in holders.get(key, {}).items() if k != id(root)]
        if len(others) == 1 and others[0].types and _majority_type(others[0]) == kind:
            others[0].absorb(bucket)


def _is_peer(bucket: _Bucket, texts: dict[str, str] | None,
             titles: frozenset[str] = _W.peers) -> bool:
    """Is a one-word person named after a peer's title in the text ("Lord" of "Lord
    Armstrong", which the mention leaves out)? With ``titles``, after another kind of title."""
    if texts is None:
        return False
    for article, m in bucket.mentions:
        if m.kind == "name" and article in texts:
            before = texts[article][max(0, m.span[0] - 12) : m.span[0]].split()
            if before and name_key(before[-1]) in titles and before[-1][:1].isupper():
                return True
    return False


def _attach_short_person_names(buckets: dict[str, _Bucket], curation: Curation,
                               texts: dict[str, str] | None = None) -> None:
    """Merge a surname alone or after an honorific ("Xi", "Mr Ebbers") into the only known full
    name of a person that has that word (and, after "Mr" or "Mrs", none referred to with the
    other's honorific or pronouns: "Mrs Howard" is not Michael Howard; of several, the one
    already referred to so: "Mr Blair" is Tony Blair, not Cherie Blair)."""
    by_token: dict[str, list[_Bucket]] = defaultdict(list)
    person = {key: _is_person(bucket, curation) for key, bucket in buckets.items()}
    for key, bucket in buckets.items():
        tokens = key.split()
        if person[key] and len(tokens) > 1 and tokens[0] not in _HONORIFICS:
            for token in {tokens[0], tokens[-1]}:
                by_token[token].append(bucket)
    for key, bucket in buckets.items():
        words = key.split()
        title = words[0] if len(words) == 2 and words[0] in _HONORIFICS else None
        if not person[key] or len(words) != (2 if title else 1) or (
                key in curation.merge_into.values()):
            continue
        if title in _W.peers or _is_peer(bucket, texts):
            continue  # "Lord Armstrong" is known by a title, not as another Armstrong
        candidates = fitting(words, bucket, by_token.get(words[-1], ()))  # "Sandra": her article
        if _is_peer(bucket, texts, _W.royals) and not all(
            _is_peer(b, texts, _W.royals) for b in candidates.values()
        ):
            continue  # "Prince Harry" joins no "Harry Belafonte", only a royal named so in full
        if title in _MALE or title in _FEMALE:
            wanted = "m" if title in _MALE else "f"
            genders = {k: _gender(b, texts) for k, b in candidates.items()}
            candidates = {k: b for k, b in candidates.items() if genders[k] in (None, wanted)}
            # of "Mr Blair"'s candidates, the one already called "Mr" (Tony Blair, not Cherie)
            sure = {k: b for k, b in candidates.items() if genders[k] == wanted}
            if len(sure) == 1:
                candidates = sure
        if len(candidates) == 1:
            target = next(iter(candidates.values()))
            target.absorb(bucket)
