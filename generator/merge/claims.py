"""Per-article claims -> corpus claims and the sources they cite.

A claim's speaker is the actor its source phrase names (its head, what stands beside it, the name a
pronoun stands for), else a cited source of its own (an outlet, a document, an anonymous source); a
document's source names the organization that made it as its actor ("a Toshiba study": the study
speaks, Toshiba published it); claims one speaker makes alike in several articles share a group.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from rapidfuzz import fuzz

from ..annotations import AnnotatedArticle, ClaimMention
from ..models import Actor, Article, Citation, Claim, Source
from ..names import name_key
from ..urls import unique_slug
from .memo import MergeMemo
from .source_phrases import (
    AGENT,
    ANAPHORIC,
    holder_named_before,
    in_longer_name,
    named_last,
    office_holder,
    person_between,
    pronoun_fits,
    speaker_text,
    without_apposition,
    without_relative,
)
from .span_index import SpanIndex
from .words import merge_words

_W = merge_words()
CITED_KINDS = {"outlet": "news outlet", "document": "document", "anonymous": "anonymous"}
SAME_CLAIM_SCORE = 85  # rapidfuzz token_sort_ratio above which two claims read alike
MIN_CLAIM_WORDS = 4


# A serve rebuild merges the same records again: an article's claims and citations come from
# the last merge when its actor spans (ids included) and those actors' names and types are equal.
_CLAIMS = MergeMemo()


def article_claims(ann: AnnotatedArticle, index: SpanIndex, actor_by_id: dict[str, Actor],
                   sources: dict[str, dict]) -> list[Claim]:
    """The claims one article shows, their speakers resolved to actors or cited sources.

    ``sources`` (source key -> name, kind, actor, citations) is filled across articles.
    """
    spans = index.spans.get(ann.article.id)
    # the actors' roles too: another article's "Prime Minister Tony Blair" tells who "the prime
    # minister" of this one is (``office_holder``)
    inputs = (spans, tuple((actor_by_id[a].name, actor_by_id[a].type,
                            tuple(r.title for r in actor_by_id[a].roles))
                           for _, _, a in spans or ()))
    claims, citations = _CLAIMS.value((ann,), inputs,
                                      lambda: _article_claims(ann, index, actor_by_id))
    for key, name, kind, actor, citation in citations:
        sources.setdefault(key, {"name": name, "kind": kind, "actor": actor,
                                 "citations": []})["citations"].append(citation)
    return list(claims)


def _article_claims(ann: AnnotatedArticle, index: SpanIndex, actor_by_id: dict[str, Actor]
                    ) -> tuple[tuple[Claim, ...], tuple[tuple, ...]]:
    """An article's claims, and its citations as (source key, name, kind, actor, citation)."""
    claims: list[Claim] = []
    citations: list[tuple] = []
    article = ann.article
    # The outlet a "the newspaper"/"the report" source stands for is the one cited last as a
    # source, not one someone only spoke to (the claim extractor's _nearest_source_outlet
    # reads the text the same way); "told the paper" is the outlet cited or spoken to last.
    last_outlet: str | None = None  # the outlet or document an article cited last
    last_medium: str | None = None  # ... or someone spoke through ("told the Daily Telegraph")
    # the article's actors by the names it calls them, for a source the model did not
    # tag there ("Labour have refused …" when "Labour" is Labour Party elsewhere)
    named_here = {
        name_key(m.text): actor
        for m in ann.actors if m.kind == "name"
        for actor in [index.best(article.id, *m.span)]
        if actor
    }
    # ... and by the other names the site knows them by ("The Lib Dems accuse ..." where the
    # article tagged only "Lib Dem leader Charles Kennedy"), when one actor here has that name
    known: dict[str, set[str]] = defaultdict(set)
    for actor in set(named_here.values()):
        for name in (actor_by_id[actor].name, *actor_by_id[actor].aliases):
            known[name_key(name)].add(actor)
    for key, actors in known.items():
        if len(actors) == 1 and key not in named_here:
            named_here[key] = next(iter(actors))
    shown = _distinct([a for a in ann.claims if _shows_as_claim(a)])
    # the last one described as a source ("A spokeswoman for X"): (text, sentence, end, kind)
    described: tuple[str, int, int, str] | None = None
    # the last one named only by an office and found ("the chancellor"): (actor, sentence, end)
    held: tuple[str, int, int] | None = None
    # the last person who spoke by name: (actor, sentence)
    spoke: tuple[str, int] | None = None
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
            agent = kind not in ("outlet", "document") and AGENT.search(source_text)
            parts = att.speaker_parts if kind != "anonymous" else None
            if parts:
                # the actor named by the phrase's head or what stands beside it ("The
                # Labour party", "His manager Robert Voice"), not a name deeper inside it
                # ("The five unions meeting Mr Prescott")
                found = [index.best(article.id, s, e) for s, e in parts]
                if found[0] and actor_by_id[found[0]].type == "place" and in_longer_name(
                        parts, article.text, index, article.id, found[0]):
                    found = [None]  # "Universities Scotland", "Amnesty International UK"
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
            if speaker and kind == "person" and actor_by_id[speaker].type == "place":
                speaker = None  # "Baroness Scotland" is no country: named by her own words
            if speaker is None or actor_by_id[speaker].type != "person":
                # "The BBC's correspondent in Jakarta, Rachel Harvey", "Yukos chief financial
                # officer Bruce Misamore": the one named at the end speaks, not her employer
                speaker = named_last(index, article.id, source_span, article.text,
                                      actor_by_id) or speaker
            resolved = att.resolved_source
            if resolved and kind == "pronoun" and described and (
                    sentence - described[1] <= 1 and resolved[1] <= described[2]
                    and pronoun_fits(described[0], source_text)):
                resolved = None  # "..., according to analysts. They suggest": the nearer one
            if kind == "pronoun" and held and sentence - held[1] <= 1 and (
                    resolved is None or resolved[1] <= held[2]) and (
                    source_text.lower() in ("he", "she")):
                # "... the chancellor promised ... He also pledged": the office holder
                speaker, resolved = held[0], None
            if resolved:
                # the name a pronoun or description stands for, as the extractor weighed it
                # against the actor extractor's link (``nlp.claims.agreement``)
                speaker = index.best(article.id, *resolved) or speaker
            if speaker is None and (kind in ("person", "organization") or (
                    kind == "anonymous" and source_text.istitle()
                    and source_text.lower() in _W.number_words)):
                # a capitalised number is the actor the article names so ("Five said ...":
                # the channel Five, not five people)
                speaker = named_here.get(name_key(source_text))
            cut = index.cut(article.id, source_span[0]) if kind == "anonymous" else None
            if speaker is None and cut and actor_by_id[cut].type == "person":
                # "Will Davies, senior research fellow ...": the parse read "Will" as a modal
                # verb and the source from "Davies"; the person named there speaks
                speaker, kind = cut, "person"
            if speaker is None and kind == "person":
                # "The prime minister": the one person here who holds the office
                speaker = office_holder(source_text, article.id, index, actor_by_id) or (
                    holder_named_before(source_text, spoke, sentence, actor_by_id))
                held = (speaker, sentence, source_span[1]) if speaker else held
            elif speaker in actor_by_id and kind == "person" and source_text[:1].isupper() and (
                    not _DESCRIPTION.match(source_text)):
                spoke = (speaker, sentence)  # "..., Jack Straw said." (not "The minister said")
            anaphor = ANAPHORIC.match(source_text)
            if speaker is None and kind in ("outlet", "document") and anaphor:
                # "the newspaper", "the report": one cited as a source before, not one
                # someone spoke through ("Rover told BBC News ... the newspaper says")
                speaker = last_outlet
        cited = []
        if speaker is None and kind == "pronoun" and described and source_span and (
                sentence - described[1] <= 2 and pronoun_fits(described[0], source_text)
                and not person_between(index, article.id, described[2], source_span[0],
                                       actor_by_id)):
            cited.append((speaker_span, described[3], described[0], None))  # "…," she said
        if source_span and (kind in CITED_KINDS or (
                speaker is None and kind not in (None, "pronoun"))):
            cited.append((speaker_span, kind or "other", source_text, speaker))
        if att.via:
            via_span = att.via
            via_text = " ".join((att.via_text or "").split())
            via_actor = index.head(article.id, *via_span)
            if via_actor is None and ANAPHORIC.match(via_text):
                via_actor = last_medium  # "told the paper": the one told before
            cited.append((via_span, "outlet", via_text, via_actor))
        via_source = None
        for span, skind, text, actor_id in cited:
            key, name, kind_name = _source_identity(skind, text, actor_id, actor_by_id,
                                                    article.text, article.id)
            # a document's maker, an outlet's owner ("told BBC Radio 4's Today programme":
            # the BBC's programme)
            publisher = actor_id or (_publisher(index, article, span, actor_by_id)
                                     if skind in ("document", "outlet") else None)
            citations.append((key, name, kind_name, publisher,
                              Citation(article.id, span, att.cue_text,
                                       article.sentence_of(span[0]), claim_id)))
            if span == speaker_span and speaker is None:
                speaker = key
            if span != speaker_span:
                via_source = key
            if actor_id and skind in ("outlet", "document") and (
                    actor_by_id[actor_id].type == "organization"):
                last_medium = actor_id
                if span != att.via:  # an outlet someone spoke through ("Rover told BBC
                    last_outlet = actor_id  # News") is not what "the report" refers to
        if kind in ("anonymous", "person") and source_span and speaker not in actor_by_id:
            # "A spokeswoman for X", "one London-based broker" (``pronoun_fits`` reads it)
            described = (source_text, sentence, source_span[1], kind)
        elif speaker in actor_by_id and actor_by_id[speaker].type == "person":
            described = None  # a person spoke since: "he" is more likely them
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
            speaker_text=speaker_text(att, article.text),
            via=via_source,
            about=tuple(about),
        ))
    return _said_in_quotes(claims, actor_by_id, article.text), tuple(citations)


def _said_in_quotes(claims: list[Claim], actor_by_id: dict[str, Actor], text: str
                    ) -> tuple[Claim, ...]:
    """A claim whose source is "I" inside a person's quote is that person's: '"I like
    Liverpool ... I have told Madrid that I want it to happen"', which Morientes had said. The
    quote is the one a person's claim closes later in the paragraph ('"… I think so," said
    Jones'), else the person's claim earlier in the paragraph, or in the paragraphs before when
    each paragraph since opens with a quotation mark (a quote running on), when no other person
    is quoted in between."""
    people = sorted((c.cue_span[0], c.speaker) for c in claims
                     if c.speaker in actor_by_id and actor_by_id[c.speaker].type == "person")
    out = []
    for c in claims:
        if c.speaker is None and (c.speaker_text or "").lower() == "i":
            end = text.find("\n", c.cue_span[1])
            end = len(text) if end < 0 else end
            # '"… I think so," said Jones': the quote closes before a speaker after it
            after = [who for at, who in people if c.cue_span[1] <= at < end
                     and text.count('"', c.cue_span[1], at) % 2 == 1]
            start = _quote_start(text, c.cue_span[0])
            said = after[:1] or [who for at, who in people if start <= at < c.cue_span[0]]
            if said and len(set(said)) == 1:
                c = replace(c, speaker=said[0])
        out.append(c)
    return tuple(out)


def _quote_start(text: str, at: int, paragraphs: int = 3) -> int:
    """Where the quotation running at ``at`` may have been opened: the start of its paragraph,
    or of an earlier one while the paragraphs after it open with a quotation mark."""
    start = text.rfind("\n", 0, at) + 1
    for _ in range(paragraphs):
        if start == 0 or text[start : start + 1] not in ('"', "“"):
            break
        start = text[:start].rstrip("\n").rfind("\n") + 1  # the paragraph before
    return start


def finish_claims(claims: list[Claim], sources: dict[str, dict],
                  articles: dict[str, Article]) -> tuple[list[Source], list[Claim]]:
    """Give the cited sources their ids; point the claims at them; group alike claims."""
    source_records, source_ids = _source_records(sources)
    resolved = []
    for c in claims:
        ids = (source_ids.get(c.speaker, c.speaker) if c.speaker else None,
               source_ids.get(c.via) if c.via else None)
        resolved.append(_RESOLVED.value((c,), ids, lambda c=c, i=ids: replace(
            c, speaker=i[0], via=i[1])))
    return source_records, _group_claims(resolved, articles)


# A serve rebuild: the same claim objects (``_CLAIMS``) resolved to the same sources, and one
# speaker's same claims, give the last merge's records and groups (``memo``).
_RESOLVED, _GROUPS, _GROUPED = MergeMemo(), MergeMemo(), MergeMemo()


def _publisher(index: SpanIndex, article: Article, span: tuple[int, int],
               actors: dict[str, Actor]) -> str | None:
    """The organization a document source names as its maker ("a Toshiba study", "a survey
    by Goldman Sachs & Co, …"): the source's actor, while the document stays the speaker.
    Only a name before a clause, a dash or a comma in the phrase: not "the Tory leader" of "a
    claim by Peter Hain that the Tory leader …"."""
    cut = _PHRASE_END.search(article.text, span[0], span[1])
    end = cut.start() if cut else span[1]
    return next((a for _, e, a in index.within(article.id, span[0], end)
                 if e <= end and actors[a].type == "organization"), None)


_PHRASE_END = re.compile(r"\s(?:that|which|who|whose)\s|\s[-–—]\s|,")


def _source_identity(kind: str, text: str, actor_id: str | None,
                     actors: dict[str, Actor], article: str = "", article_id: str = ""
                     ) -> tuple[str, str, str]:
    """Return (merge key, display name, kind) of a cited source (``article``: the text of
    the article citing it, ``article_id``: its id)."""
    if actor_id is not None and actors[actor_id].type in ("organization", "person"):
        actor = actors[actor_id]
        # The kind follows the actor: a person is a person, an organisation an organisation,
        # and an outlet only when the text names an outlet ("a report by the Wall Street
        # Journal" is the Journal's); "figures from the Bank of England" are the Bank's.
        outlet = actor.type == "organization" and kind == "outlet"
        return f"actor:{actor.id}", actor.name, "news outlet" if outlet else actor.type
    name = without_apposition(without_relative(text)).strip().strip(",.")
    words = name_key(name)
    if kind == "anonymous":
        return f"anon:{words}", _sentence_case(name, article) or "anonymous", "anonymous"
    # one page for a name the parse read once as a person and once as an organisation
    group = kind if kind in CITED_KINDS else "named"
    if article_id and _DESCRIPTION.match(name) and not (
            kind == "outlet" and any(w[:1].isupper() for w in name.split()[1:])):
        # "the 30-year-old", "the home secretary", "a report": someone or something the
        # article describes, not names; another article's may be another (Blunkett, Clarke);
        # but an outlet's name keeps its article ("the BBC News website", "The Times")
        group = f"{group}:{article_id}"
    return f"{group}:{words}", name or kind, CITED_KINDS.get(kind, kind)


# A source that describes rather than names: it opens with a determiner or a quantifier.
_DESCRIPTION = re.compile(r"(?:the|a|an|one|another|every|each|only|some|this|that|these|"
                          r"those|both|two|three|several|many)\s", re.IGNORECASE)


def _sentence_case(text: str, article: str = "") -> str:
    """Undo the capital that only starts a sentence ("Officials said"); keep "U.S. officials"
    and a word the ``article`` capitalises inside a sentence too ("Chinese authorities")."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        if re.search(r"[a-z,] " + re.escape(first) + r"(?!\w)", article):  # also "Yukos'"
            return text
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


def _shows_as_claim(att: ClaimMention) -> bool:
    """Whether the pages show an attribution as a claim: decided by the extractor (``weak``,
    see ``generator.nlp.claims.shown``)."""
    return not att.weak


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
        indices.sort(key=lambda i: claims[i].article)  # stable: one article's claims together
        members = tuple(claims[i] for i in indices)
        found = _GROUPS.value(members, None, lambda m=members: _speaker_groups(m, articles))
        groups.update((indices[k], gid) for k, gid in found)
    sizes = Counter(groups.values())
    out = []
    for i, c in enumerate(claims):
        gid = groups.get(i)
        out.append(_GROUPED.value((c,), gid, lambda c=c, g=gid: replace(c, group=g))
                   if gid is not None and sizes[gid] > 1 else c)
    return out


def _speaker_groups(claims: tuple[Claim, ...], articles: dict[str, Article]
                    ) -> list[tuple[int, str]]:
    """(position, group id) of one speaker's claims (in article order) that can be compared."""
    reps: list[tuple[str, str, set[str]]] = []  # (group id, text, articles)
    found = []
    article, before = None, 0
    for k, c in enumerate(claims):
        text = articles[c.article].text[c.content_span[0]:c.content_span[1]]
        if len(text.split()) < MIN_CLAIM_WORDS:  # "it", "the report": too short to compare
            continue
        if c.article != article:
            # reps made from this article's claims hold it: only earlier ones can match,
            # so a long article costs no more per claim than a short one
            article, before = c.article, len(reps)
        for gid, rep, arts in reps[:before]:
            if c.article not in arts and fuzz.token_sort_ratio(text, rep) >= SAME_CLAIM_SCORE:
                found.append((k, gid))
                arts.add(c.article)
                break
        else:
            reps.append((c.id, text, {c.article}))
            found.append((k, c.id))
    return found
