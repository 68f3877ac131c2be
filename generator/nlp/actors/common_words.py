"""Common words the model took for names ("Iodine deficiency" beside "iodine", "Islamophobia")."""

from __future__ import annotations

from collections import Counter

from generator.nlp.actors.context import ActorContext, Candidate
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

# How nouns for doctrines and fears end ("terrorism", "Islamophobia"): no actor's name.
_ABSTRACT_ENDINGS = ("ism", "isms", "phobia", "phobias")


def drop_common_words(ctx: ActorContext, cands: list[Candidate]) -> list[Candidate]:
    """A one-word name that the text writes in lower case twice or more, and at least as often
    as capitalised inside a sentence, is a common word ("Iodine deficiency" beside "iodine"),
    not an actor: dropped, unless it is a person's titled name or part of one ("Mr Cable",
    "Vince Cable"). A one-word name for a doctrine or a fear ("Islamophobia", "Terrorism") is
    dropped too, and so is a capitalised first word of a sentence read as a name that
    describes the kind of body named next ("Volunteer organization Comic Corps ...")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    lower = Counter(t.text for t in toks if t.is_lower and t.is_alpha and not t.is_sent_start)
    title = Counter(t.lower_ for t in toks if t.is_title and not t.is_sent_start)
    people = {
        fold_word
        for c in cands
        if c.type == ActorType.PERSON and (c.end - c.start > 1 or c.titled)
        for fold_word in (t.lower_ for t in toks[c.start : c.end])
    }
    out = []
    for c in cands:
        word = doc[c.start].lower_
        if c.end - c.start == 1 and (
            word.endswith(_ABSTRACT_ENDINGS) or _classifier_modifier(ctx, c)
        ):
            continue
        if (
            c.end - c.start == 1
            and not c.strong
            and not c.titled
            and lower[word] >= max(2, title[word])
            and word not in people
            and doc[c.start].is_title
        ):
            continue
        out.append(c)
    return out


def _classifier_modifier(ctx: ActorContext, c: Candidate) -> bool:
    """"Volunteer organization Comic Corps collects ...": a "person" or "body" opening the
    sentence, no titled person, right before a lower-case kind of body (``org_classifiers``)
    and a name."""
    doc = ctx.doc
    i = c.start
    return (
        c.type in (ActorType.PERSON, ActorType.ORGANIZATION)
        and not c.strong
        and not c.titled
        and doc[i].is_sent_start
        and i + 2 < len(doc)
        and doc[i + 1].is_lower
        and doc[i + 1].lower_ in ctx.lex.org_classifiers
        and doc[i + 2].text[:1].isupper()
    )
