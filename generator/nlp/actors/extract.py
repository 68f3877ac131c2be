"""The actor extractor's entry point: run the stages in order and emit ``ActorMention`` items.

``extract_actor_mentions(doc)`` builds the document's ``ActorContext``, takes candidates from
the model's entities and the names the text defines by their initials, keeps the
capital-sentence ones the document vouches for, finds names again, adds nested names, marks
products, groups the candidates into actors, names them, marks acting countries, reads roles,
and finally adds the pronouns and descriptions that resolve to a shown actor.
Products and names that are part of a title are not shown.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.annotations import ActorMention
from generator.nlp.actors.acronyms import add_defined_names, initialled_names
from generator.nlp.actors.affiliations import listed_people
from generator.nlp.actors.bands import mark_bands
from generator.nlp.actors.candidates import (
    initial_candidates,
    join_first_names,
    retype_sports_teams,
    untagged_first_names,
)
from generator.nlp.actors.clubs import listed_teams, nicknamed_clubs, towns_as_clubs
from generator.nlp.actors.common_words import drop_common_words
from generator.nlp.actors.context import (
    PRODUCT,
    PRODUCTS_KEY,
    WORKS_KEY,
    ActorContext,
    ActorSettings,
)
from generator.nlp.actors.coreference import (
    resolve_descriptions,
    resolve_pronouns,
    sentence_index,
)
from generator.nlp.actors.counties import county_names
from generator.nlp.actors.cues import apply_cues
from generator.nlp.actors.datelines import dateline_places
from generator.nlp.actors.described import described_names
from generator.nlp.actors.epithets import resolve_epithets
from generator.nlp.actors.group_names import assign_senses, canonical_names
from generator.nlp.actors.grouping import group
from generator.nlp.actors.headed import headed_bodies, opened_names
from generator.nlp.actors.legal_forms import name_legal_forms
from generator.nlp.actors.lists import type_lists
from generator.nlp.actors.located import kind_of_names
from generator.nlp.actors.nested import nested
from generator.nlp.actors.non_names import drop_non_names
from generator.nlp.actors.numbered_names import numbered_names
from generator.nlp.actors.placed import placed_names
from generator.nlp.actors.players import (
    described_players,
    given_name_players,
    players_by_surname,
)
from generator.nlp.actors.plural_names import plural_teams
from generator.nlp.actors.possessive_names import possessive_company_names
from generator.nlp.actors.products import mark_products
from generator.nlp.actors.recall import (
    find_more,
    government_leaders,
    region_names,
    resolve_caps,
)
from generator.nlp.actors.roles import assign_roles
from generator.nlp.actors.speakers import speaking_people
from generator.nlp.actors.surnames import (
    drop_orphan_surnames,
    people_by_surname,
    surnames_read_as_places,
)
from generator.nlp.actors.tables import apply_tables
from generator.nlp.actors.titles import titles_as_names
from generator.nlp.actors.untagged import untagged_bodies, untagged_outlets, untagged_people
from generator.nlp.doc_tokens import doc_tokens


def extract_actor_mentions(
    doc: Doc, *, settings: ActorSettings | None = None
) -> list[ActorMention]:
    """Cleaned, typed and grouped actor mentions of one article body, sorted by span."""
    ctx = ActorContext.of(doc, settings)
    cands = headed_bodies(ctx, apply_tables(ctx, initial_candidates(ctx)))
    opened_names(ctx, cands)
    numbered_names(ctx, cands)
    apply_cues(ctx, cands)
    plural_teams(ctx, cands)
    speaking_people(ctx, cands)
    listed_people(ctx, cands)
    retype_sports_teams(ctx, cands)
    read = {(c.start, c.end) for c in cands}
    cands = resolve_caps(ctx, add_defined_names(ctx, cands))
    cands = untagged_people(ctx, region_names(ctx, government_leaders(ctx, cands)))
    cands = untagged_bodies(ctx, untagged_outlets(ctx, cands))
    cands = kind_of_names(ctx, cands)
    cands = initialled_names(ctx, find_more(ctx, cands))
    found = [c for c in cands if (c.start, c.end) not in read and not c.strong]
    if ctx.sports:  # the team cues, for names found again ("Groningen striker Paul Lowe")
        apply_cues(ctx, cands, only=found)
        plural_teams(ctx, found)
    towns_as_clubs(ctx, cands)
    nicknamed_clubs(ctx, cands)
    cands = join_first_names(ctx, cands, surname_only=True)
    cands = given_name_players(ctx, cands)
    untagged_first_names(ctx, cands)
    dateline_places(ctx, cands)
    name_legal_forms(ctx, cands)
    possessive_company_names(ctx, cands)
    cands = sorted(cands + nested(ctx, cands), key=lambda c: (c.start, -c.end))
    cands = drop_non_names(ctx, drop_common_words(ctx, cands))
    type_lists(ctx, cands)
    listed_teams(ctx, cands)
    described_names(ctx, cands)
    cands = drop_orphan_surnames(ctx, cands)
    mark_bands(ctx, cands)
    placed_names(ctx, cands)
    people_by_surname(ctx, cands)
    described_players(ctx, cands)
    players_by_surname(ctx, cands)
    surnames_read_as_places(ctx, cands)
    county_names(ctx, cands)
    if not cands:
        doc.user_data[PRODUCTS_KEY] = doc.user_data[WORKS_KEY] = ()
        return []
    mark_products(ctx, cands)
    reps = group(ctx, cands)
    # the claim extractor reads them: "The PSP uses small discs" names no source
    doc.user_data[PRODUCTS_KEY] = tuple(
        (c.start, c.end) for c, rep in zip(cands, reps, strict=True) if cands[rep].type == PRODUCT
    )
    # the corpus reads these names as no actors in other articles too (``merge.actors``)
    doc.user_data[WORKS_KEY] = tuple(sorted({
        doc_tokens(doc).span_text(c.start, c.end) for c, rep in zip(cands, reps, strict=True)
        if c.work and cands[rep].type == PRODUCT
    }))
    names = canonical_names(ctx, cands, reps)
    assign_senses(ctx, cands, reps)
    assign_roles(ctx, cands, reps, names)
    group_ids: dict[int, int] = {}
    shown = {
        rep
        for c, rep in zip(cands, reps, strict=True)
        if not c.in_title and cands[rep].type != PRODUCT
    }
    for rep in sorted(shown, key=lambda r: cands[r].start):
        group_ids[rep] = len(group_ids)
    type_of = {rep: cands[rep].type for rep in reps}
    mentions: list[ActorMention] = []
    for c, rep in zip(cands, reps, strict=True):
        if c.in_title or rep not in group_ids:
            continue
        span = doc_tokens(doc).span(c.start, c.end)
        text = span.text.rstrip("-/–—|")  # "Blair-" of "Blair-Brown", "UK-" of "UK-based"
        if not text:
            continue
        mentions.append(
            ActorMention(
                span=(span.start_char, span.start_char + len(text)),
                text=text,
                type=c.type,
                name=names[rep],
                group=group_ids[rep],
                role=c.role,
                role_of=c.role_of,
                role_span=c.role_span,
                sense=c.sense if c.sense != c.type else None,
                certain=cands[rep].certain,
            )
        )
    sent_of = sentence_index(doc)
    pronouns = resolve_pronouns(ctx, cands, reps, sent_of)
    resolved = [
        *pronouns,
        *resolve_descriptions(ctx, cands, reps, sent_of),
        *resolve_epithets(ctx, cands, reps, sent_of, pronouns),
        *titles_as_names(ctx, cands, reps),
    ]
    for start, end, rep, kind in resolved:
        if rep not in group_ids:
            continue
        span = doc_tokens(doc).span(start, end)
        mentions.append(
            ActorMention(
                span=(span.start_char, span.end_char),
                text=span.text,
                type=type_of[rep],
                name=names[rep],
                group=group_ids[rep],
                kind=kind,
            )
        )
    return sorted(mentions, key=lambda m: m.span)
