"""Summaries: one short grammatical sentence per event, written from the parse.

A verbal event reads "Agent verb object (to recipient) (in place)": the simple present of a
headline unless the text has auxiliaries ("Liang Wenfeng declines an invitation to an AI summit
in Paris", "The rebels may attack the capital", "U.S. officials have not commented on the
report") or tells a past event as background (``tense``: "An incident occurred at the behest of
Washington"); a passive keeps its "by" phrase; with no subject but an object it turns passive
("Two men are arrested in Paris"), as with a subject "it" nothing says ("it signed an
agreement": "An agreement is signed"). A nominal event becomes a clause when its noun derives
from a verb and it has participants ("the cancellation of a trip by an executive" -> "An executive
cancels a trip"), else an existential sentence ("There was an earthquake in Haiti", "There will
be a meeting with entrepreneurs"). Phrases leave out relative clauses, appositions and date
phrases; a subject that is an actor is said by its name (``phrases`` says the phrases). A
summary too long loses whole optional parts (the place, then prepositional phrases, then the
modifiers of its object), never part of a phrase, so it never ends on "and" or "of".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.nlp.events.context import EventContext, EventParts, children
from generator.nlp.events.inflect import indefinite, participle, present
from generator.nlp.events.phrases import (
    DANGLING,
    argument_text,
    fitted_phrase,
    phrase_tokens,
    standing_for,
    tokens_text,
)
from generator.nlp.events.verb_groups import (
    agree,
    content_that,
    dash_between,
    governor_group,
    infinitive_group,
    is_plural,
    particles,
    passive_be,
    prefix_auxes,
    verb_group,
    words_between,
    written,
)
from generator.nlp.tokens import hyphen_start
from generator.vocab import Modality

_COMPLEMENTS = ("acomp", "attr", "oprd", "xcomp", "ccomp", "prep", "dative", "neg")


def sentence(parts: Sequence[tuple[str, int]], max_chars: int,
             ends: Sequence[str] = ()) -> str:
    """Join ``(text, rank)`` parts; drop the highest-ranked optional parts (rank > 0) until the
    line fits, then capitalise it. A line ending on one of ``ends`` (parts that end on a
    particle: "could step in", "claims it could step in") keeps its last word."""
    kept = [(t, r) for t, r in parts if t]
    while len(" ".join(t for t, _ in kept)) > max_chars and any(r > 0 for _, r in kept):
        worst = max(r for _, r in kept)
        drop = max(i for i, (_, r) in enumerate(kept) if r == worst)
        del kept[drop]
    words = " ".join(t for t, _ in kept).split()
    while len(words) > 2 and words[-1].lower() in DANGLING and not any(
            e and " ".join(words).endswith(e) for e in ends):
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
    that = content_that(verb)
    own_objects = [o for o in children(verb, "dobj") if that is None or o.i != that.i] or [
        o for p in children(verb, "prt") for o in children(p, "pobj")]  # "draw in(prt) the
    # crowds(pobj of "in")": the particle's noun is the object
    objects = [verb.head if o.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else o
               for o in own_objects]
    objects = [o for o in objects if o.tag_ not in ("WDT", "WP", "MD")  # "calls what": no
               # object, nor "would" in "Animals hit but not killed would ... be caused"
               and not dash_between(verb, o)]  # "... seized -- an all-out war": an aside
    if not objects and not children(verb, *_COMPLEMENTS):
        # "met or exceeded all of our objectives": the object they share
        objects = [o for c in children(verb, "conj") if not children(c, "nsubj", "nsubjpass")
                   for o in children(c, "dobj") if o.tag_ != "MD"][:1]
    if head is not None and len(subject) == 1 and not parts.passive and governor is None and (
            _unknown_it(ctx, head) and objects and objects[0].pos_ != "PRON"
            and not children(verb, "dative")):  # ("guaranteed his country membership")
        head = None  # "it signed an agreement", "it" unknown: "An agreement is signed"
    prt = " ".join(particles(verb))
    # (not a light verb's own event noun: "to have had the apology" is no "apology is ...")
    as_passive = head is None and not parts.passive and bool(objects) and governor is None \
        and objects[0].i != parts.trigger.i
    if as_passive:  # "killing two officers" with no subject: "Two officers are killed"
        head = objects[0]
        out.append((argument_text(ctx, head, limit, as_subject=head.pos_ == "PRON"), 0))
        if verb.tag_ == "VBG" and children(verb, "expl"):  # "there had been falling sales"
            out.append((f"{present(parts.lemma, is_plural(head))} {prt}", 0))
        else:
            out.append((f"{_written_be(verb, head) or passive_be(head, parts.modality)} "
                        f"{written(verb, participle(parts.lemma))} {prt}", 0))
        covered.update(t.i for t in head.subtree)
        objects = []
    elif head is None:
        return ""
    else:
        modifier = verb.dep_ in ("acl", "amod") and parts.passive and verb.head == head
        if modifier:  # "the man arrested on Monday": "The man is arrested"
            named = head
            while named.dep_ == "compound" and named.head.i > named.i:  # "President ... Bush"
                named = named.head
            out.append((tokens_text(phrase_tokens(ctx, named, keep_det=True, shallow=True,
                                            without=verb)), 0))
        elif len(subject) > 1 and head.conjuncts:
            out.append((tokens_text(fitted_phrase(ctx, head, limit)), 0))
        else:
            out.append((argument_text(ctx, head, limit, as_subject=True), 0))
        covered.update(t.i for t in head.subtree)
        covered.update(range(hyphen_start(verb.doc, verb.i), verb.i))  # its prefix, once
        if modifier:  # "Ann Lee, who was re(relcl) - elected(acl)": the prefix's "was"
            be = [agree(a.text, is_plural(head)) for a in prefix_auxes(verb)] or [
                "are" if is_plural(head) else "is"]
            out.append((f"{' '.join(be)} {written(verb)} {prt}", 0))
        elif parts.passive and verb.tag_ == "VBN" and governor is None and verb.dep_ == (
                "acomp") and verb.head.lemma_ == "be":  # "Lee was(ROOT) re-elected(acomp)"
            copula = [c.text for c in verb.head.lefts if c.dep_ in ("aux", "neg")]
            copula = [*copula, verb.head.text]
            copula[0] = agree(copula[0], is_plural(head))
            out.append((" ".join([*copula, written(verb), prt]), 0))
        elif parts.passive and verb.tag_ == "VBN" and governor is None and not children(
                verb, "aux", "auxpass"):  # "a panel run by the TUC": "A panel is run by"
            out.append((f"{passive_be(head, parts.modality)} {written(verb, verb.lower_)} "
                        f"{prt}", 0))
        elif governor is not None and head.dep_ == "dobj" and head.head == governor:
            # object control ("urged them to refrain"): the complement on its own
            out.append((" ".join(infinitive_group(verb, head, parts.modality)), 0))
        elif any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.lefts) and governor is None:
            # "for their executives to be detained": no tense of its own
            out.append((" ".join(infinitive_group(verb, head, parts.modality)), 0))
        elif governor is not None and words_between(governor, verb):
            # "failed to get re-elected": the words between the verbs as written
            tokens = list(doc_tokens(verb.doc).tokens[governor.i + 1: verb.i + 1])
            out.append((" ".join([*governor_group(governor, head), tokens_text(tokens), prt]),
                        0))
        elif governor is not None and verb.dep_ == "conj" and any(
                c.dep_ == "aux" and c.tag_ in ("MD", "VBZ", "VBP", "VBD") for c in verb.lefts):
            # "I intend to maintain ... and will press": a conjunct with a tense of its own is
            # not under the first's governor ("I will press", not "I intend to will press")
            out.append((" ".join(verb_group(verb, head)), 0))
        elif governor is not None:
            words = governor_group(governor, head)
            lefts = [c.text for c in verb.lefts  # "does not have to be trained"
                     if c.dep_ in ("aux", "auxpass", "neg")]
            if verb.dep_ == "conj" and not lefts:  # "going to be buying ... and throwing":
                lefts = [c.text for c in verb.head.lefts  # "going to be throwing"
                         if c.dep_ in ("aux", "auxpass", "neg")]
            if verb.dep_ == "conj" and not any(w.lower() == "to" for w in lefts):
                lefts.insert(0, "to")  # "claims to rival or surpass": "claims to surpass"
            out.append((" ".join([*words, *lefts, written(verb), prt]), 0))
        else:
            out.append((" ".join(verb_group(verb, head)), 0))
    verb_at = len(out)  # where a complement of the verb goes ("has proved | to be ...")
    starts: dict[int, int] = {}  # part -> where its words start in the text
    for dative in children(verb, "dative"):
        starts[len(out)] = dative.left_edge.i
        out.append((tokens_text(fitted_phrase(ctx, dative, limit)), 3))
        covered.update(t.i for t in dative.subtree)
    object_at, shallow, ends = -1, "", []
    for obj in (standing_for(ctx, o) for o in objects[:1]):
        tokens = fitted_phrase(ctx, obj, limit, keep_acl=True)
        shallow = tokens_text(phrase_tokens(ctx, obj, keep_det=True, shallow=True))
        object_at = len(out)
        out.append((tokens_text(tokens), 0))
        if _ends_on_particle(tokens):  # "claims it could step in"
            ends.append(out[-1][0])
        covered.update(t.i for t in tokens)
    after = 1 + max([verb.i, *(t.i for t in verb.rights if t.text in particles(verb)),
                     *(o.right_edge.i for o in own_objects[:1])])  # (the object as written:
    # "that" of "a computer that PC Pro dubbed best performer")
    for comp in children(verb, "oprd", "acomp")[:1]:  # "was declared insolvent"
        if comp.i not in covered and comp.pos_ in ("ADJ", "NOUN", "PROPN") and (
                verb.lemma_ != "be") and comp.left_edge.i == after:  # (not "... the first to")
            tokens = phrase_tokens(ctx, comp, keep_det=True, shallow=True)
            starts[len(out)] = tokens[0].i
            out.append((tokens_text(tokens), 0))
            covered.update(t.i for t in tokens)
    if parts.passive:
        for by in children(verb, "agent"):
            tokens = fitted_phrase(ctx, by, limit)
            starts[len(out)] = by.i
            out.append((tokens_text(tokens), 1))
            covered.update(t.i for t in tokens)
    for prep in children(verb, "prep") if own_objects else ():
        # "turning living rooms into cinemas": the object's change (``result_preps``)
        if prep.lower_ in ctx.lex.result_preps and prep.i > verb.i and children(prep, "pobj"):
            tokens = fitted_phrase(ctx, prep, limit)
            out.append((tokens_text(tokens), 1))
            covered.update(t.i for t in tokens)
    preps = children(verb, "prep") if not own_objects else []
    preps = [p for p in preps if children(p, "pobj")] + [  # "aimed at fighting ...": a
        p for p in preps if not children(p, "pobj") and any(  # gerund's, when no noun's
            c.tag_ == "VBG" for c in children(p, "pcomp")) and p.lower_ != "than"]
    for prep in preps:
        pobjs = children(prep, "pobj") or children(prep, "pcomp")
        if any(index.is_date(p) for p in pobjs) or prep.lower_ == "by" or any(
                p.tag_ in ("WP", "WDT") for p in pobjs):  # "on whom they met"
            continue
        tokens = fitted_phrase(ctx, prep, limit)
        starts[len(out)] = prep.i
        phrase = tokens_text(tokens)
        if prep.i < verb.i and prep.is_title and prep.pos_ != "PROPN":
            # "Through the generosity of ..., Labour will be campaigning": the phrase moves
            # after the verb, and the sentence's capital stays behind
            phrase = phrase[:1].lower() + phrase[1:]
        out.append((phrase, 2))
        covered.update(t.i for t in tokens)
        break
    for rec in parts.recipients[:1]:
        if rec.i not in covered and rec.head.dep_ == "prep":
            tokens = fitted_phrase(ctx, rec.head, limit)
            starts[len(out)] = rec.head.i
            out.append((tokens_text(tokens), 3))
            covered.update(t.i for t in tokens)
    for comp in children(verb, "xcomp")[:1]:  # "decides not to pump in more money"
        if comp.pos_ in ("VERB", "AUX") and not objects:
            tokens = _complement(ctx, comp, limit)
            if not tokens and comp.pos_ == "AUX":
                return ""  # "Tarceva has proved": nothing readable without "to be ..."
            if tokens:  # a copula's complement is the sentence's, a verb's may go; it
                at = verb_at + sum(1 for n, i in starts.items()  # stands in text order
                                   if n >= verb_at and verb.i < i < tokens[0].i)
                out.insert(at, (tokens_text(tokens), 0 if comp.pos_ == "AUX" else 2))
                if _ends_on_particle(tokens):  # "has decided to step in"
                    ends.append(tokens_text(tokens))
                covered.update(t.i for t in tokens)
    place = parts.place
    if place is not None and place.i not in covered and place.head.dep_ == "prep" and (
            place.head.head == verb or place.head.head.i in covered):
        # (not "in Canada" of a noun)
        out.append((tokens_text(fitted_phrase(ctx, place.head, limit)), 4))
    if prt and verb_at:
        ends.append(out[verb_at - 1][0].strip())
    text = sentence(out, ctx.settings.max_summary, ends)
    if len(text) > ctx.settings.max_summary and object_at >= 0:
        out[object_at] = (shallow, 0)  # the object's modifiers go when the line is too long
        text = sentence(out, ctx.settings.max_summary, ends)
    return text


def _ends_on_particle(tokens: Sequence[Token]) -> bool:
    """Say whether a phrase ends on a particle of its verb ("to step in"), no dangling word."""
    if not tokens:
        return False
    last = max(tokens, key=lambda t: t.i)
    return last.dep_ in ("prt", "advmod", "prep") and last.text in particles(last.head)


def _complement(ctx: EventContext, comp: Token, limit: int) -> list[Token]:
    """The words of a verb's infinitive complement that fit in ``limit``: whole ("to pump in
    more money"), else its verb with its auxiliaries and the shallow phrases of its object or
    copula complement ("proved to be successful in helping ...": "to be successful"), or []."""
    own = {t.i for s in children(comp, "nsubj") for t in s.subtree}
    tokens = [t for t in comp.subtree if t.i not in own and t.dep_ != "punct"]
    if len(tokens_text(tokens)) <= limit:  # (a clause inside keeps its subject: "to make it
        return tokens  # better", "the stake that it holds")
    tokens = [comp]
    for child in children_of(comp):
        if child.dep_ in ("aux", "auxpass", "neg", "prt"):  # "tipped to be used"
            tokens.append(child)
        elif child.dep_ in ("acomp", "attr", "dobj", "oprd"):
            tokens.extend(phrase_tokens(ctx, child, keep_det=True, shallow=True))
    tokens.sort(key=lambda t: t.i)
    if len(tokens) < 2 + (comp.pos_ == "AUX") or len(tokens_text(tokens)) > limit:
        return []  # "to be" alone says nothing
    return tokens


_MODAL_FORMS = {"ca": "can", "wo": "will", "'ll": "will", "’ll": "will", "'d": "would",
                "’d": "would"}


def _written_be(verb: Token, subject: Token) -> str:
    """The passive "be" made of the auxiliaries the verb is written with ("It should assess"
    -> "should be assessed", not "may be"; "it had not reaped" -> "had not been reaped"), in
    the number of the new subject, or "" when it has none or a "do" ("did not sign")."""
    auxes = [c for c in verb.lefts if c.dep_ in ("aux", "neg") and c.tag_ != "TO"]
    helpers = [c for c in auxes if c.dep_ == "aux"]
    if not helpers or any(c.lemma_ == "do" for c in helpers):
        return ""
    words = [_MODAL_FORMS.get(c.lower_, c.lower_) for c in auxes]
    words[0] = agree(words[0], is_plural(subject))
    last = helpers[-1]
    if last.tag_ == "MD":
        words.append("be")
    elif last.lemma_ == "have":
        words.append("been")
    elif last.lemma_ == "be" and len(helpers) == 1:
        words.append("being")  # "it is signing": "is being signed"
    elif last.lemma_ == "be":
        pass  # "it would be shifting": "would be shifted"
    else:
        return ""
    return " ".join(words)


def _unknown_it(ctx: EventContext, tok: Token) -> bool:
    """Say whether a subject is an "it" that neither an actor nor the text before says, outside
    a quote (a speaker's own words are said as written: "It's painting a picture ...")."""
    actor = ctx.index.actor.get(tok.i)
    return tok.lower_ == "it" and (actor is None or not actor.name) and (
        standing_for(ctx, tok) is tok) and not ctx.index.in_quote(tok)


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
        place_text = tokens_text(fitted_phrase(ctx, place.head, limit))
    agent = parts.agents[0] if parts.agents else None
    patient = parts.patients[0] if parts.patients else None
    if verb is not None and agent is not None and patient is not None:
        return sentence([(argument_text(ctx, agent, limit, as_subject=True), 0),
                         (_nominal_verb(verb, agent, parts.modality, passive=False, noun=noun), 0),
                         (argument_text(ctx, patient, limit), 0), (place_text, 4)],
                        ctx.settings.max_summary)
    if verb is not None and patient is not None:
        return sentence([(argument_text(ctx, patient, limit, as_subject=True), 0),
                         (_nominal_verb(verb, patient, parts.modality, passive=True, noun=noun), 0),
                         (place_text, 4)], ctx.settings.max_summary)
    if verb is not None and agent is not None and agent.head.lower_ == "of" and (
            agent.head.head == noun and ctx.lex.verb_class.get(verb) in ("movement", "conflict")):
        # "the arrival of President Bush", "the collapse of the bank": its verb takes no object
        return sentence([(argument_text(ctx, agent, limit, as_subject=True), 0),
                         (_nominal_verb(verb, agent, parts.modality, passive=False, noun=noun), 0),
                         (place_text, 4)], ctx.settings.max_summary)
    text = tokens_text(fitted_phrase(ctx, noun, limit, keep_det=False))
    if borrowed_by is not None:
        text += " " + tokens_text(fitted_phrase(ctx, borrowed_by.head, limit))
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


def _nominal_verb(verb: str, subject: Token, modality: str, passive: bool,
                  noun: Token) -> str:
    """The verb of a clause made from an event noun, in the tense its modality asks, with the
    prefix of the noun's word ("the re-election of Bush": "Bush is re-elected")."""
    if passive:
        return f"{passive_be(subject, modality)} {written(noun, participle(verb))}"
    plural = is_plural(subject)
    if modality == Modality.FUTURE:
        return f"will {written(noun, verb)}"
    if modality == Modality.POSSIBLE:
        return f"may {written(noun, verb)}"
    if modality == Modality.NEGATED:
        return f"{'do' if plural else 'does'} not {written(noun, verb)}"
    return written(noun, present(verb, plural))


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
    return sentence([(argument_text(ctx, subject, limit, as_subject=True), 0), (verb, 0),
                     (adj.text, 0)], ctx.settings.max_summary)


def clause_summary(ctx: EventContext, verb: Token) -> str:
    """The clause as written, when no subject could be found: "Killed in a crash"."""
    tokens: list[Token] = []

    def walk(tok: Token) -> None:
        tokens.append(tok)
        for child in children_of(tok):
            if child.dep_ in ("punct", "mark", "cc") or tok.i == verb.i and child.dep_ in (
                    "advcl", "ccomp", "conj", "parataxis", "relcl"):
                continue
            walk(child)

    walk(verb)
    # "under-estimated"
    tokens.extend(doc_tokens(verb.doc).tokens[hyphen_start(verb.doc, verb.i): verb.i])
    text = tokens_text(sorted(set(tokens), key=lambda t: t.i))
    if len(text) > ctx.settings.max_summary:
        text = tokens_text(fitted_phrase(ctx, verb, ctx.settings.max_summary // 2, keep_det=True))
    return sentence([(text, 0)], ctx.settings.max_summary)
