"""Annotated articles + curation.yml -> Corpus: actors, sources, claims and events resolved.

Merging is near-linear in the number of mentions: actors are bucketed by a name key (a dict),
short person names are attached through a token index, and claims are grouped only among the
claims of one speaker.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from .annotations import ActorMention, AnnotatedArticle, ClaimMention
from .curation import Curation, unused_entries
from .models import (
    Actor,
    Article,
    Citation,
    Claim,
    Corpus,
    Event,
    EventMention,
    Mention,
    Participant,
    Problem,
    Role,
    Source,
)
from .names import name_key
from .spoofing import clean_annotated, lookalike_warnings, slug_text
from .urls import slug, unique_slug
from .vocab import ACTOR_TYPES

CITED_KINDS = {"outlet": "news outlet", "document": "document", "anonymous": "anonymous"}
SAME_CLAIM_SCORE = 85  # rapidfuzz token_sort_ratio above which two claims read alike
MIN_CLAIM_WORDS = 4
MIN_CONTENT_WORDS = 2  # "advised against it": "it" is not a claim a reader can use
# A short definite description of an outlet or document refers back to the one named before.
_RELATIVE = frozenset({"who", "whom", "which", "that"})
# "the Glasgow Kelvin MP, who was expelled from Labour …": a source page is named without it
# A participle and its agent inside a source phrase: "companies contacted by BBC News".
_AGENT = re.compile(r"\b\w+ed by\b")
# Words that make the phrase before a name more than a title ("an attack on Mr Howard, …").
_NOT_IN_TITLES = frozenset(
    ("a", "an", "the", "on", "about", "against", "by", "for", "with", "to", "from", "in", "at")
    + ("over", "into", "after", "before", "his", "her", "their", "its", "and", "or")
)
# A relative clause after a comma, or right after a name with none ("The Scottish National
# Party which accused him …"; "people who know" keeps its clause: see ``_without_relative``).
_RELATIVE_CLAUSE = re.compile(r"(,)?\s+(?:who|whom|whose|which|where)\b", re.IGNORECASE)


def _without_relative(text: str) -> str:
    """``text`` up to its first non-restrictive relative clause: one after a comma, or after a
    capitalised word that does not open the phrase (a name takes no restrictive clause;
    "Those who attended" keeps it)."""
    for m in _RELATIVE_CLAUSE.finditer(text):
        words = text[: m.start()].split()
        if m.group(1) or (len(words) >= 2 and words[-1][:1].isupper()):
            return text[: m.start()]
    return text


def _speaker_text(att: ClaimMention, text: str) -> str | None:
    """How a claim names a source that is no actor: its words, or for a relative pronoun
    ("women who want …") the noun it stands for."""
    source_text = att.source_text
    resolved = att.resolved_source
    if source_text and source_text.lower() in _RELATIVE and resolved:
        return " ".join(text[resolved[0] : resolved[1]].split()) or source_text
    return source_text


_ANAPHORIC = re.compile(r"(?i)^the (report|newspaper|paper|daily|outlet|broadcaster|agency|"
                        r"network|channel|magazine|journal|story|article|publication)$")


@dataclass
class _Bucket:
    """The mentions of one actor being assembled across articles."""

    key: str
    person: bool
    names: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)
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
        self.mentions += other.mentions
        self.curated += other.curated
        other.merged_into = self
        other.names, other.types, other.mentions, other.curated = Counter(), Counter(), [], []


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


class _SpanIndex:
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
                    and not any(w.lower() in _NOT_IN_TITLES or "'" in w for w in before)
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
) -> tuple[list[Actor], _SpanIndex, list[Problem]]:
    """Merge per-article actors into corpus actors; apply the curation."""
    buckets: dict[tuple[str, bool], _Bucket] = {}
    by_id = {a.article.id: a.article for a in annotated}
    seen_keys: set[str] = set()
    for ann in annotated:
        for name, kind, members in _local_actors(ann):
            raw_key = name_key(name)
            if not raw_key:
                continue
            seen_keys.add(raw_key)
            seen_keys.update(name_key(m.text) for m in members)
            key = curation.merge_into.get(raw_key, raw_key)
            if key in curation.drop or raw_key in curation.drop:
                continue
            person = kind == "person" and key not in curation.types or (
                curation.types.get(key) == "person")
            bucket = buckets.setdefault((key, person), _Bucket(key, person))
            if key != raw_key:
                note = f"'{name}' merged into '{curation.display.get(key, key)}' by curation"
                if note not in bucket.curated:
                    bucket.curated.append(note)
            bucket.names[name] += len(members)
            bucket.types[kind] += len(members)
            bucket.mentions += [(ann.article.id, m) for m in members]
    problems = unused_entries(curation, seen_keys) if not curation.is_empty() else []
    _attach_short_person_names(buckets, curation)
    # Persons and non-persons that share a key are the same actor when curation says so.
    for (key, person), bucket in list(buckets.items()):
        if person and key in curation.types and (key, False) in buckets:
            bucket.absorb(buckets[(key, False)])

    roots = sorted({id(b.root()): b.root() for b in buckets.values()}.values(),
                   key=lambda b: (b.key, b.person))
    roots = [b for b in roots if b.mentions]
    taken: set[str] = set()
    ids: dict[int, str] = {}
    names: dict[int, str] = {}
    for b in sorted(roots, key=lambda b: (_display_name(b, curation).casefold(), b.key)):
        names[id(b)] = _display_name(b, curation)
        # "Xι Jinping" (Greek iota) never gets the slug of "Xi Jinping" (see spoofing.py)
        ids[id(b)] = unique_slug(slug_text(names[id(b)]), taken)
    key_to_id = {k: ids[id(b.root())] for (k, _), b in buckets.items() if id(b.root()) in ids}

    index = _SpanIndex()
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
            mentions.append(Mention(article_id, (start, end), m.text,
                                    by_id[article_id].sentence_of(start), m.kind))
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
    # The most used full form; on a tie, the longer and then the alphabetically first.
    return sorted(bucket.names.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _majority_type(bucket: _Bucket) -> str:
    return sorted(bucket.types.items(), key=lambda kv: (-kv[1], ACTOR_TYPES.index(kv[0])
                                                        if kv[0] in ACTOR_TYPES else 9))[0][0]


def _attach_short_person_names(buckets: dict[tuple[str, bool], _Bucket],
                               curation: Curation) -> None:
    """Merge a one-word person name ("Xi") into the only known full name that has that word."""
    by_token: dict[str, list[_Bucket]] = defaultdict(list)
    for (key, person), bucket in buckets.items():
        tokens = key.split()
        if person and len(tokens) > 1:
            for token in {tokens[0], tokens[-1]}:
                by_token[token].append(bucket)
    for (key, person), bucket in buckets.items():
        if not person or " " in key or key in curation.merge_into.values():
            continue
        candidates = {id(b.root()): b.root() for b in by_token.get(key, ())}
        if len(candidates) == 1:
            target = next(iter(candidates.values()))
            target.absorb(bucket)


def merge(annotated: Sequence[AnnotatedArticle], curation: Curation | None = None,
          problems: Sequence[Problem] = ()) -> Corpus:
    """Build the corpus from annotated articles."""
    curation = curation or Curation()
    annotated = sorted(map(clean_annotated, annotated), key=lambda a: a.article.id)
    actors, index, curation_problems = merge_actors(annotated, curation)
    actor_by_id = {a.id: a for a in actors}

    sources: dict[str, dict] = {}  # source key -> {"name","kind","actor","citations"}
    claims: list[Claim] = []
    events: list[Event] = []
    for ann in annotated:
        article = ann.article
        last_outlet: str | None = None  # the outlet or document an article cited last
        # the article's actors by the names it calls them, for a source the model did not
        # tag there ("Labour have refused …" when "Labour" is Labour Party elsewhere)
        named_here = {
            name_key(m.text): actor
            for m in ann.actors if m.kind == "name"
            for actor in [index.best(article.id, *m.span)]
            if actor
        }
        shown = _distinct([a for a in ann.claims if _shows_as_claim(a, article)])
        for n, att in enumerate(shown):
            claim_id = f"{article.id}-claim-{n + 1}"
            cue_span = att.cue
            content_span = att.content
            sentence = article.sentence_of(cue_span[0])
            speaker, speaker_span = None, None
            kind = att.source_kind
            source_text = " ".join((att.source_text or "").split())
            source_span = att.source
            if source_span:
                speaker_span = source_span
                # "officials in Beijing" are not Beijing; "companies contacted by BBC News"
                # are not BBC News (but "a report published by the Journal" is the Journal's)
                agent = kind not in ("outlet", "document") and _AGENT.search(source_text)
                parts = att.speaker_parts if kind != "anonymous" else None
                if parts:
                    # the actor named by the phrase's head or what stands beside it ("The
                    # Labour party", "His manager Robert Voice"), not a name deeper inside it
                    # ("The five unions meeting Mr Prescott")
                    found = [index.best(article.id, s, e) for s, e in parts]
                    speaker = found[0] or next((a for a in found[1:] if a and actor_by_id[
                        a].type in ("person", "organization")), None)  # not "A Texas company"
                    if kind in ("outlet", "document") and (
                            speaker is None or actor_by_id[speaker].type != "person"):
                        # an outlet or a document is its publisher ("a report by the Journal"),
                        # but a reporter is the reporter ("the BBC's Sarah Rainsford in Moscow")
                        # and a place is where it comes from ("Reports from Russia")
                        speaker = index.head(article.id, *speaker_span, text=article.text)
                        if speaker and actor_by_id[speaker].type == "place":
                            speaker = None
                elif kind != "anonymous" and not agent:
                    speaker = index.head(article.id, *speaker_span, text=article.text)
                resolved = att.resolved_source
                if speaker is None and resolved:
                    speaker = index.best(article.id, *resolved)
                if speaker is None and kind in ("person", "organization"):
                    speaker = named_here.get(name_key(source_text))
                if speaker is None and kind in ("outlet", "document") and last_outlet and (
                        _ANAPHORIC.match(source_text)):
                    speaker = last_outlet  # "the report", "the newspaper": the outlet named before
            cited = []
            if source_span and (kind in CITED_KINDS or (
                    speaker is None and kind not in (None, "pronoun"))):
                cited.append((speaker_span, kind or "other", source_text, speaker))
            if att.via:
                via_span = att.via
                via_text = " ".join((att.via_text or "").split())
                via_actor = index.head(article.id, *via_span)
                if via_actor is None and last_outlet and _ANAPHORIC.match(via_text):
                    via_actor = last_outlet
                cited.append((via_span, "outlet", via_text, via_actor))
            via_source = None
            for span, skind, text, actor_id in cited:
                key, name, kind_name = _source_identity(skind, text, actor_id, actor_by_id)
                entry = sources.setdefault(key, {"name": name, "kind": kind_name,
                                                 "actor": actor_id, "citations": []})
                entry["citations"].append(Citation(article.id, span, att.cue_text,
                                                   article.sentence_of(span[0]), claim_id))
                if span == speaker_span and speaker is None:
                    speaker = key
                if span != speaker_span:
                    via_source = key
                if actor_id and skind in ("outlet", "document") and (
                        actor_by_id[actor_id].type == "organization"):
                    last_outlet = actor_id
            about = sorted({a for s, e, a in index.within(article.id, *content_span)
                            if a != speaker})
            claims.append(Claim(
                id=claim_id,
                article=article.id,
                sentence=sentence,
                speaker=speaker,
                speaker_span=speaker_span,
                cue=att.cue_text,
                cue_span=cue_span,
                content_span=content_span,
                hedged=att.hedged,
                cue_class=att.cue_class or "assertion",
                content_parts=att.content_parts,
                hedge_cues=att.hedge_cues,
                speaker_text=_speaker_text(att, article.text),
                via=via_source,
                about=tuple(about),
            ))
        for n, ev in enumerate(ann.events, start=1):
            participants, seen = [], set()
            for p in ev.participants:
                actor = index.best(article.id, *p.span)
                if actor and (actor, p.role) not in seen:
                    seen.add((actor, p.role))
                    participants.append(Participant(actor, p.role))
            place = None
            if ev.place:
                place = index.best(article.id, *ev.place)
            span = ev.span
            events.append(Event(
                id=f"{article.id}-{slug(ev.trigger)[:30]}-{n}",
                summary=ev.summary,
                trigger=ev.trigger,
                participants=tuple(participants),
                place=place,
                date=ev.date,
                mentions=(EventMention(article.id, article.sentence_of(span[0]), span),),
                negated=ev.negated,
                date_text=ev.date_text,
            ))

    source_records, source_ids = _source_records(sources)
    claims = [
        replace(c, speaker=source_ids.get(c.speaker, c.speaker) if c.speaker else None,
                via=source_ids.get(c.via) if c.via else None)
        for c in claims
    ]
    claims = _group_claims(claims, {a.article.id: a.article for a in annotated})
    return Corpus(
        articles=tuple(a.article for a in annotated),
        actors=tuple(actors),
        sources=tuple(source_records),
        claims=tuple(claims),
        events=tuple(events),
        problems=tuple(problems) + tuple(curation_problems),
    )


def _source_identity(kind: str, text: str, actor_id: str | None,
                     actors: dict[str, Actor]) -> tuple[str, str, str]:
    """Return (merge key, display name, kind) of a cited source."""
    if actor_id is not None and actors[actor_id].type in ("organization", "person"):
        actor = actors[actor_id]
        # "a report by the Wall Street Journal": the outlet, not the report, is the source.
        outlet = actor.type == "organization" and kind in ("outlet", "document")
        return f"actor:{actor.id}", actor.name, "news outlet" if outlet else actor.type
    name = _without_relative(text).strip().strip(",.")
    words = name_key(name)
    if kind == "anonymous":
        return f"anon:{words}", _sentence_case(name) or "anonymous", "anonymous"
    # one page for a name the parse read once as a person and once as an organisation
    group = kind if kind in CITED_KINDS else "named"
    return f"{group}:{words}", name or kind, CITED_KINDS.get(kind, kind)


def _sentence_case(text: str) -> str:
    """Undo the capital that only starts a sentence ("Officials said"); keep "U.S. officials"."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _distinct(attributions: list[ClaimMention]) -> list[ClaimMention]:
    """One claim per (source, content): "are reportedly asked" and "reportedly" say one thing,
    and so do 'X said: "A.' and '"B," he said.' when both take the whole quote A B as content
    ("he" resolves into X's span).

    Of attributions with the same source and content, the hedged one is kept (it says more),
    else the first; text order is kept.
    """

    def speaker(att: ClaimMention) -> tuple[int, int] | None:
        return att.resolved_source or att.source

    def same(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
        return a == b or (a is not None and b is not None and a[0] < b[1] and b[0] < a[1])

    def content(att: ClaimMention) -> tuple:
        return att.content, att.content_parts

    kept: list[int] = []
    by_content: dict[tuple, list[int]] = defaultdict(list)  # content -> places in kept
    for i, att in enumerate(attributions):
        for k in by_content[content(att)]:  # only the same content can be the same claim
            other = attributions[kept[k]]
            if same(speaker(att), speaker(other)):
                if att.hedged and not other.hedged:
                    kept[k] = i
                break
        else:
            by_content[content(att)].append(len(kept))
            kept.append(i)
    keep = set(kept)
    return [att for i, att in enumerate(attributions) if i in keep]


def _shows_as_claim(att: ClaimMention, article: Article) -> bool:
    """Keep attributions a reader can use: the source is not the cue, the content says something.

    The extractor is tuned for recall on PolNeAR; a page shows what survives these checks.
    """
    if att.weak:
        return False  # "Labour helped the hard working majority": see extract_claims.is_weak
    cue_start, cue_end = att.cue
    source = att.source
    if source and source[0] < cue_end and cue_start < source[1]:
        return False  # "directives instructing ...": the cue sits inside its own source
    start, end = att.content
    if start <= cue_start and cue_end <= end and not att.content_parts:
        return False  # "what they say are the full costings": the content holds its own cue
    return len(article.text[start:end].split()) >= MIN_CONTENT_WORDS


def _source_records(sources: dict[str, dict]) -> tuple[list[Source], dict[str, str]]:
    """Give each cited source a page id; return the records and merge key -> id."""
    taken: set[str] = set()
    records, ids = [], {}
    for key in sorted(sources, key=lambda k: (sources[k]["name"].casefold(), k)):
        entry = sources[key]
        ids[key] = unique_slug(entry["name"], taken)
        records.append(Source(
            id=ids[key],
            name=entry["name"],
            kind=entry["kind"],
            actor=entry["actor"],
            citations=tuple(sorted(entry["citations"], key=lambda c: (c.article, c.span))),
        ))
    return sorted(records, key=lambda s: s.id), ids


def _group_claims(claims: list[Claim], articles: dict[str, Article]) -> list[Claim]:
    """Give claims by one speaker that read alike in different articles a shared group."""
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.speaker:
            by_speaker[c.speaker].append(i)
    groups: dict[int, str] = {}
    for indices in by_speaker.values():
        reps: list[tuple[str, str, set[str]]] = []  # (group id, text, articles)
        indices.sort(key=lambda i: claims[i].article)  # stable: one article's claims together
        article, before = None, 0
        for i in indices:
            c = claims[i]
            text = articles[c.article].text[c.content_span[0]:c.content_span[1]]
            if len(text.split()) < MIN_CLAIM_WORDS:  # "it", "the report": too short to compare
                continue
            if c.article != article:
                # reps made from this article's claims hold it: only earlier ones can match,
                # so a long article costs no more per claim than a short one
                article, before = c.article, len(reps)
            for gid, rep, arts in reps[:before]:
                if c.article not in arts and fuzz.token_sort_ratio(text, rep) >= SAME_CLAIM_SCORE:
                    groups[i] = gid
                    arts.add(c.article)
                    break
            else:
                reps.append((c.id, text, {c.article}))
                groups[i] = c.id
    sizes = Counter(groups.values())
    return [replace(c, group=groups[i]) if sizes.get(groups.get(i, ""), 0) > 1 else c
            for i, c in enumerate(claims)]
