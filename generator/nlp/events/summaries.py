"""Summaries: one short grammatical sentence per event, written from the parse.

A verbal event reads "Agent verb object (to recipient) (in place)": the simple present of a
headline unless the text has auxiliaries ("Liang Wenfeng declines an invitation to an AI summit
in Paris", "The rebels may attack the capital", "U.S. officials have not commented on the
report") or tells a past event as background (``tense``: "An incident occurred at the behest of
Washington"); a passive keeps its "by" phrase; with no subject but an object it turns passive
("Two men are arrested in Paris"). A nominal event becomes a clause when its noun derives from
a verb and it has participants ("the cancellation of a trip by an executive" -> "An executive
cancels a trip"), else an existential sentence ("There was an earthquake in Haiti", "There will
be a meeting with entrepreneurs"). Phrases leave out relative clauses, appositions and date
phrases; a subject that is an actor is said by its name. A summary too long loses whole
optional parts (the place, then prepositional phrases, then the modifiers of its object), never
part of a phrase, so it never ends on "and" or "of".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from generator.nlp.events.antecedents import plural_antecedent
from generator.nlp.events.context import EventContext, EventParts, children
from generator.nlp.events.inflect import indefinite, participle, present
from generator.nlp.events.verb_groups import (
    SUBJECT_FORMS,
    dash_between,
    governor_group,
    infinitive_group,
    is_plural,
    passive_be,
    verb_group,
    words_between,
)
from generator.nlp.tokens import hyphen_start
from generator.vocab import MentionKind, Modality

# Children left out of a phrase quoted in a summary.
PHRASE_SKIP = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "mark", "dep", "meta"}
_COMPLEMENTS = ("acomp", "attr", "oprd", "xcomp", "ccomp", "prep", "dative", "neg")
# Words a phrase may not end on (a cut or a dropped part would leave them dangling).
DANGLING = {"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "with", "by",
            "from", "its", "their", "his", "her", "'s", "as", "that", "but", ","}  # fmt: skip


def phrase_tokens(ctx: EventContext, head: Token, keep_det: bool = False,
                  keep_acl: bool = False, shallow: bool = False,
                  without: Token | None = None) -> list[Token]:
    """Tokens of ``head``'s phrase without clauses, appositions and date phrases.

    ``shallow`` keeps only the head's own modifiers ("a senior executive", no "of" phrase).
    """
    out: list[Token] = []
    skip = PHRASE_SKIP - {"acl"} if keep_acl else set(PHRASE_SKIP)
    if shallow:
        skip |= {"prep", "acl", "relcl", "npadvmod", "advmod"}

    def walk(tok: Token, top: bool) -> None:
        if without is not None and tok.i == without.i:
            return  # "the targeted teenagers": not the trigger twice
        lefts = list(tok.lefts)
        for child in lefts:
            if top and not keep_det and child.dep_ == "det":
                continue
            if child.dep_ not in skip or child.tag_ == "HYPH":
                walk(child, False)
        out.append(tok)
        rights = [c for c in tok.rights if (c.dep_ not in skip or c.tag_ == "HYPH")
                  and not _date_prep(ctx, c) and not _examples(c)
                  and not (c.dep_ == "prep" and c.lower_ == "by" and tok.pos_ == "VERB")]
        if not any(c.dep_ == "conj" for c in rights):
            rights = [c for c in rights if c.dep_ != "cc"]  # no orphan "and"
        for child in rights:
            walk(child, False)

    walk(head, True)
    doc = head.doc
    while out and out[-1].i + 2 < len(doc) and not out[-1].whitespace_ and (
            doc[out[-1].i + 1].text in ("-", "‐") and not doc[out[-1].i + 1].whitespace_
            and doc[out[-1].i + 2].is_alpha):
        # a word the parse cut at its hyphen: "a super-casino", not "a super"
        out.extend((doc[out[-1].i + 1], doc[out[-1].i + 2]))
    while len(out) > 1 and (out[-1].lower_ in DANGLING or out[-1].pos_ == "PUNCT"):
        out.pop()
    while len(out) > 1 and out[0].pos_ == "PUNCT":
        out.pop(0)
    if out:  # the same at its start: "Pro-Beijing won", not "Beijing won"
        out[:0] = list(doc[hyphen_start(doc, out[0].i) : out[0].i])
    return out


def _examples(tok: Token) -> bool:
    """Say whether a phrase after a comma gives examples (", such as ...", ", including")."""
    edge = tok.left_edge
    return tok.dep_ == "prep" and edge.i > 0 and tok.doc[edge.i - 1].text == "," and (
        tok.lower_ == "including" or tok.lower_ == "as" and edge.lower_ == "such")


def _date_prep(ctx: EventContext, tok: Token) -> bool:
    return tok.dep_ == "prep" and any(ctx.index.is_date(p) for p in children(tok, "pobj"))


def _text(tokens: Sequence[Token]) -> str:
    """Join tokens with their own spacing, and a space where a token was left out."""
    out: list[str] = []
    for n, tok in enumerate(tokens):
        out.append(tok.text)
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        if nxt is not None and (tok.whitespace_ or nxt.i != tok.i + 1):
            out.append(" ")
    text = " ".join("".join(out).split())
    first = tokens[0] if tokens else None
    if first is not None and first.is_sent_start and first.pos_ not in ("PROPN", "PRON") and (
            text[:2].istitle()):
        text = text[0].lower() + text[1:]  # "Recent developments" inside a summary
    return text


def _phrase(ctx: EventContext, head: Token, limit: int, keep_det: bool = True,
            keep_acl: bool = False) -> list[Token]:
    """The phrase of ``head``, made shallower until it fits in ``limit`` characters."""
    tokens = phrase_tokens(ctx, head, keep_det=keep_det, keep_acl=keep_acl)
    if keep_acl and len(_text(tokens)) > limit:
        tokens = phrase_tokens(ctx, head, keep_det=keep_det)
    rest = _cut_nouns(tokens)
    if rest and len(_text([*tokens, *rest])) <= limit:
        return [*tokens, *rest]
    if len(_text(tokens)) > limit or _cut(tokens):
        tokens = phrase_tokens(ctx, head, keep_det=keep_det, shallow=True)
    return tokens


def _cut_nouns(tokens: Sequence[Token]) -> list[Token]:
    """The nouns a phrase stops before when the parse made the next one the head of a clause
    ("by another Chinese AI" + "startup founder", "startup" an ``acl`` with a subject and an
    object): the rest of the noun phrase, to say it whole."""
    last = max(tokens, key=lambda t: t.i) if tokens else None
    if last is None or last.pos_ not in ("NOUN", "PROPN", "ADJ") or last.i + 1 >= len(last.doc):
        return []
    nxt, rest = last.doc[last.i + 1], []
    if nxt.tag_ == "NN" and nxt.dep_ in ("acl", "ROOT", "conj") and children(nxt, "nsubj", "dobj"):
        for tok in last.doc[nxt.i:]:
            if tok.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
                break
            rest.append(tok)
    return rest


def _cut(tokens: Sequence[Token]) -> bool:
    """Say whether a phrase seems to stop inside a longer one: its last word is a noun or an
    adjective and the next word of the text, left out by the parse, is a noun ("by another
    Chinese AI" of "by another Chinese AI startup founder"). Such a phrase is said shallower."""
    if not tokens:
        return False
    last = max(tokens, key=lambda t: t.i)
    if last.i + 1 >= len(last.doc) or last.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    nxt = last.doc[last.i + 1]
    return nxt.pos_ in ("NOUN", "PROPN") and nxt.dep_ not in ("compound",) or (
        nxt.tag_ == "NN" and nxt.dep_ in ("acl", "ROOT", "conj"))


def _arg_text(ctx: EventContext, tok: Token, limit: int, as_subject: bool = False) -> str:
    """Say an argument: an actor's text (or name, for a pronoun) or its phrase."""
    meant = _standing_for(ctx, tok)
    if meant is not tok:
        return _arg_text(ctx, meant, limit, as_subject)
    actor = ctx.index.actor.get(tok.i)
    if as_subject and tok.lower_ in SUBJECT_FORMS and (actor is None or not actor.name):
        return SUBJECT_FORMS[tok.lower_]  # "urged them to leave": "They leave"
    if actor is not None and as_subject:
        if actor.kind == MentionKind.PRONOUN and actor.name:
            return actor.name
        phrase = _text(phrase_tokens(ctx, tok, keep_det=True))
        if actor.text in phrase and tok.pos_ == "PROPN" and tok.text in actor.text:
            return _strip_possessive(actor.text)
    tokens = _phrase(ctx, tok, limit)
    whose = [t for t in tokens if t.lower_ == "whose"]
    if whose and tok.head.dep_ == "relcl":  # "Liang, whose company ..." -> "Liang's company"
        owner = _arg_text(ctx, tok.head.head, limit, as_subject=True)
        rest = _text([t for t in tokens if t.i != whose[0].i])
        return f"{owner}'s {rest}"
    return _text(tokens)


def _standing_for(ctx: EventContext, tok: Token) -> Token:
    """The noun a plural pronoun no actor resolves stands for in its sentence ("..., urging
    them": the group named before), else ``tok``."""
    actor = ctx.index.actor.get(tok.i)
    if actor is not None and actor.name:
        return tok
    return plural_antecedent(tok) or tok


def _strip_possessive(text: str) -> str:
    """Drop a trailing possessive "'s" from a name."""
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text


def sentence(parts: Sequence[tuple[str, int]], max_chars: int) -> str:
    """Join ``(text, rank)`` parts; drop the highest-ranked optional parts (rank > 0) until the
    line fits, then capitalise it."""
    kept = [(t, r) for t, r in parts if t]
    while len(" ".join(t for t, _ in kept)) > max_chars and any(r > 0 for _, r in kept):
        worst = max(r for _, r in kept)
        drop = max(i for i, (_, r) in enumerate(kept) if r == worst)
        del kept[drop]
    words = " ".join(t for t, _ in kept).split()
    while len(words) > 2 and words[-1].lower() in DANGLING:
        words.pop()  # "had been ignored by": the "by" phrase was left out
    text = re.sub(r" (n['’]t|['’](?:s|re|ve|ll|d|m)\b)", r"\1", " ".join(words))  # "haven't"
    text = text.strip(" ,;:-–—\"'")
    return text[:1].upper() + text[1:] if text else text


def verbal_summary(
    ctx: EventContext, verb: Token, governor: Token | None, parts: EventParts
) -> str:
    """Write "Agent verb object (to recipient) (in place)", its passive, or ""."""
    index, limit = ctx.index, ctx.settings.max_summary // 2
    out: list[tuple[str, int]] = []
    covered: set[int] = set()
    subject = (parts.patients if parts.passive else parts.agents) or (None,)
    head = subject[0]
    objects = [verb.head if o.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else o
               for o in children(verb, "dobj")]
    objects = [o for o in objects if o.tag_ not in ("WDT", "WP")  # "calls what": no object
               and not dash_between(verb, o)]  # "... seized -- an all-out war": an aside
    if not objects and not children(verb, *_COMPLEMENTS):
        # "met or exceeded all of our objectives": the object they share
        objects = [o for c in children(verb, "conj") if not children(c, "nsubj", "nsubjpass")
                   for o in children(c, "dobj")][:1]
    particles = " ".join(c.text for c in verb.rights if c.dep_ == "prt")
    # (not a light verb's own event noun: "to have had the apology" is no "apology is ...")
    as_passive = head is None and not parts.passive and bool(objects) and governor is None \
        and objects[0].i != parts.trigger.i
    if as_passive:  # "killing two officers" with no subject: "Two officers are killed"
        head = objects[0]
        out.append((_arg_text(ctx, head, limit, as_subject=head.pos_ == "PRON"), 0))
        if verb.tag_ == "VBG" and children(verb, "expl"):  # "there had been falling sales"
            out.append((f"{present(parts.lemma, is_plural(head))} {particles}", 0))
        else:
            out.append((f"{passive_be(head, parts.modality)} {participle(parts.lemma)} "
                        f"{particles}", 0))
        covered.update(t.i for t in head.subtree)
        objects = []
    elif head is None:
        return ""
    else:
        modifier = verb.dep_ in ("acl", "amod") and parts.passive and verb.head == head
        if modifier:  # "the man arrested on Monday": "The man is arrested"
            out.append((_text(phrase_tokens(ctx, head, keep_det=True, shallow=True,
                                            without=verb)), 0))
        elif len(subject) > 1 and head.conjuncts:
            out.append((_text(_phrase(ctx, head, limit)), 0))
        else:
            out.append((_arg_text(ctx, head, limit, as_subject=True), 0))
        covered.update(t.i for t in head.subtree)
        if modifier:
            out.append((f"{'are' if is_plural(head) else 'is'} {verb.text} {particles}", 0))
        elif parts.passive and verb.tag_ == "VBN" and governor is None and not children(
                verb, "aux", "auxpass"):  # "a panel run by the TUC": "A panel is run by"
            out.append((f"{passive_be(head, parts.modality)} {verb.lower_} {particles}", 0))
        elif governor is not None and head.dep_ == "dobj" and head.head == governor:
            # object control ("urged them to refrain"): the complement on its own
            out.append((" ".join(infinitive_group(verb, head, parts.modality)), 0))
        elif any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.lefts) and governor is None:
            # "for their executives to be detained": no tense of its own
            out.append((" ".join(infinitive_group(verb, head, parts.modality)), 0))
        elif governor is not None and words_between(governor, verb):
            # "failed to get re-elected": the words between the verbs as written
            tokens = list(verb.doc[governor.i + 1: verb.i + 1])
            out.append((" ".join([*governor_group(governor, head), _text(tokens)]), 0))
        elif governor is not None:
            words = governor_group(governor, head)
            lefts = [c.text for c in verb.lefts if c.dep_ in ("aux", "neg")]
            if verb.dep_ == "conj" and not any(w.lower() == "to" for w in lefts):
                lefts.insert(0, "to")  # "claims to rival or surpass": "claims to surpass"
            out.append((" ".join([*words, *lefts, verb.text]), 0))
        else:
            out.append((" ".join(verb_group(verb, head)), 0))
    for dative in children(verb, "dative"):
        out.append((_text(_phrase(ctx, dative, limit)), 3))
        covered.update(t.i for t in dative.subtree)
    object_at, shallow = -1, ""
    for obj in (_standing_for(ctx, o) for o in objects[:1]):
        tokens = _phrase(ctx, obj, limit, keep_acl=True)
        shallow = _text(phrase_tokens(ctx, obj, keep_det=True, shallow=True))
        object_at = len(out)
        out.append((_text(tokens), 0))
        covered.update(t.i for t in tokens)
    if parts.passive:
        for by in children(verb, "agent"):
            tokens = _phrase(ctx, by, limit)
            out.append((_text(tokens), 1))
            covered.update(t.i for t in tokens)
    if not children(verb, "dobj"):
        for prep in children(verb, "prep"):
            pobjs = children(prep, "pobj")
            if not pobjs or any(index.is_date(p) for p in pobjs) or prep.lower_ == "by" or any(
                    p.tag_ in ("WP", "WDT") for p in pobjs):  # "on whom they met"
                continue
            tokens = _phrase(ctx, prep, limit)
            out.append((_text(tokens), 2))
            covered.update(t.i for t in tokens)
            break
    for rec in parts.recipients[:1]:
        if rec.i not in covered and rec.head.dep_ == "prep":
            tokens = _phrase(ctx, rec.head, limit)
            out.append((_text(tokens), 3))
            covered.update(t.i for t in tokens)
    for comp in children(verb, "xcomp")[:1]:  # "decides not to pump in more money"
        if comp.pos_ == "VERB" and not objects:
            tokens = [t for t in comp.subtree if t.dep_ not in ("nsubj", "punct")]
            if len(_text(tokens)) <= limit:
                out.append((_text(tokens), 2))
                covered.update(t.i for t in tokens)
    place = parts.place
    if place is not None and place.i not in covered and place.head.dep_ == "prep" and (
            place.head.head == verb or place.head.head.i in covered):
        out.append((_text(_phrase(ctx, place.head, limit)), 4))  # not "in Canada" of a noun
    text = sentence(out, ctx.settings.max_summary)
    if len(text) > ctx.settings.max_summary and object_at >= 0:
        out[object_at] = (shallow, 0)  # the object's modifiers go when the line is too long
        text = sentence(out, ctx.settings.max_summary)
    return text


def nominal_summary(
    ctx: EventContext, noun: Token, borrowed_by: Token | None, parts: EventParts
) -> str:
    """Write a clause for a nominal event ("An executive cancels a trip") or say it exists
    ("There was a detention of a Huawei executive in Canada")."""
    limit = ctx.settings.max_summary // 2
    verb = ctx.concepts.nominal_verb(parts.lemma)
    place = parts.place
    place_text = ""
    phrase = phrase_tokens(ctx, noun, keep_det=False)
    if place is not None and place.i not in {t.i for t in phrase} and place.head.dep_ == "prep":
        place_text = _text(_phrase(ctx, place.head, limit))
    agent = parts.agents[0] if parts.agents else None
    patient = parts.patients[0] if parts.patients else None
    if verb is not None and agent is not None and patient is not None:
        return sentence([(_arg_text(ctx, agent, limit, as_subject=True), 0),
                         (_nominal_verb(verb, agent, parts.modality, passive=False), 0),
                         (_arg_text(ctx, patient, limit), 0), (place_text, 4)],
                        ctx.settings.max_summary)
    if verb is not None and patient is not None:
        return sentence([(_arg_text(ctx, patient, limit, as_subject=True), 0),
                         (_nominal_verb(verb, patient, parts.modality, passive=True), 0),
                         (place_text, 4)], ctx.settings.max_summary)
    if verb is not None and agent is not None and agent.head.lower_ == "of" and (
            agent.head.head == noun and ctx.lex.verb_class.get(verb) in ("movement", "conflict")):
        # "the arrival of President Bush", "the collapse of the bank": its verb takes no object
        return sentence([(_arg_text(ctx, agent, limit, as_subject=True), 0),
                         (_nominal_verb(verb, agent, parts.modality, passive=False), 0),
                         (place_text, 4)], ctx.settings.max_summary)
    text = _text(_phrase(ctx, noun, limit, keep_det=False))
    if borrowed_by is not None:
        text += " " + _text(_phrase(ctx, borrowed_by.head, limit))
    plural = noun.tag_ == "NNS"
    if any(c.dep_ == "poss" for c in noun.lefts):  # "Tuesday's vote took place"
        took = {Modality.FUTURE: "will take place", Modality.POSSIBLE: "may take place",
                Modality.NEGATED: "did not take place"}.get(parts.modality, "took place")
        return sentence([(text, 0), (took, 0), (place_text, 4)], ctx.settings.max_summary)
    noun_phrase = text if plural else indefinite(text)
    be = {Modality.FUTURE: "will be", Modality.POSSIBLE: "may be"}.get(
        parts.modality, "were" if plural else "was")
    if parts.modality == Modality.NEGATED:
        noun_phrase = f"no {text}"
    return sentence([("There", 0), (be, 0), (noun_phrase, 0), (place_text, 4)],
                    ctx.settings.max_summary)


def _nominal_verb(verb: str, subject: Token, modality: str, passive: bool) -> str:
    """The verb of a clause made from an event noun, in the tense its modality asks."""
    if passive:
        return f"{passive_be(subject, modality)} {participle(verb)}"
    plural = is_plural(subject)
    if modality == Modality.FUTURE:
        return f"will {verb}"
    if modality == Modality.POSSIBLE:
        return f"may {verb}"
    if modality == Modality.NEGATED:
        return f"{'do' if plural else 'does'} not {verb}"
    return present(verb, plural)


def adjective_summary(ctx: EventContext, adj: Token, head: Token, parts: EventParts) -> str:
    """Write "Gray was declared dead" for an outcome said by an adjective, or ""."""
    if not parts.patients:
        return ""
    limit = ctx.settings.max_summary // 2
    subject = parts.patients[0]
    if head.i == adj.i:
        verb = "are" if is_plural(subject) else "is"
    else:
        auxes = [c.text for c in head.lefts if c.dep_ in ("aux", "auxpass", "neg")]
        verb = " ".join([*auxes, head.text])
    return sentence([(_arg_text(ctx, subject, limit, as_subject=True), 0), (verb, 0),
                     (adj.text, 0)], ctx.settings.max_summary)


def clause_summary(ctx: EventContext, verb: Token) -> str:
    """The clause as written, when no subject could be found: "Killed in a crash"."""
    tokens: list[Token] = []

    def walk(tok: Token) -> None:
        tokens.append(tok)
        for child in tok.children:
            if child.dep_ in ("punct", "mark", "cc") or tok.i == verb.i and child.dep_ in (
                    "advcl", "ccomp", "conj", "parataxis", "relcl"):
                continue
            walk(child)

    walk(verb)
    text = _text(sorted(tokens, key=lambda t: t.i))
    if len(text) > ctx.settings.max_summary:
        text = _text(_phrase(ctx, verb, ctx.settings.max_summary // 2, keep_det=True))
    return sentence([(text, 0)], ctx.settings.max_summary)
