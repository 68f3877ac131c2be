"""Phrases of the parse as an event summary says them.

``phrase_tokens`` is a head's phrase without relative clauses, appositions, date phrases and
examples; ``fitted_phrase`` makes it shallower until it fits, or says it whole where the parse
cut a compound noun; ``argument_text`` says a participant (an actor by its name, a pronoun by
what it stands for); ``tokens_text`` joins tokens with their own spacing. No phrase ends on a
word that would dangle (``DANGLING``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from generator.nlp.actors.lexicon import lexicon as actor_lexicon
from generator.nlp.doc_tokens import doc_tokens
from generator.nlp.events.antecedents import plural_antecedent, singular_antecedent
from generator.nlp.events.context import EventContext, children
from generator.nlp.events.verb_groups import SUBJECT_FORMS, next_clause_verb
from generator.nlp.tokens import hyphen_start
from generator.vocab import ActorType, MentionKind

# Children left out of a phrase quoted in a summary.
PHRASE_SKIP = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "mark", "dep", "meta"}
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

    left_out = _word_of(without) if without is not None else range(0)

    def walk(tok: Token, top: bool) -> None:
        if tok.i in left_out:
            return  # "the targeted teenagers", "newly re-elected Bush": not the trigger twice
        lefts = list(tok.lefts)
        for child in lefts:
            if top and not keep_det and child.dep_ == "det":
                continue
            if child.dep_ not in skip or child.tag_ == "HYPH":
                walk(child, False)
        out.append(tok)
        rights = [c for c in tok.rights if (c.dep_ not in skip or c.tag_ == "HYPH"
                                            or _list_comma(tok, c) or _split_noun(tok, c))
                  and not _date_prep(ctx, c) and not _examples(c)
                  and not (c.dep_ == "prep" and c.lower_ == "by" and tok.pos_ == "VERB")
                  and not (c.dep_ == "conj" and next_clause_verb(c) is not None)]
        if not any(c.dep_ == "conj" for c in rights):
            rights = [c for c in rights  # no orphan "and" (nor a list's comma)
                      if c.dep_ != "cc" and not (c.dep_ == "punct" and c.text == ",")]
        for child in rights:
            walk(child, False)

    walk(head, True)
    doc = head.doc
    toks = doc_tokens(doc).tokens
    while out and out[-1].i + 2 < len(doc) and not out[-1].whitespace_ and (
            toks[out[-1].i + 1].text in ("-", "‐") and not toks[out[-1].i + 1].whitespace_
            and toks[out[-1].i + 2].is_alpha):
        # a word the parse cut at its hyphen: "a super-casino", not "a super"
        out.extend((toks[out[-1].i + 1], toks[out[-1].i + 2]))
    while len(out) > 1 and (out[-1].lower_ in DANGLING and out[-1].dep_ != "prt"  # "step in"
                            or out[-1].pos_ == "PUNCT"
                            or out[-1].tag_ == "POS"):  # "our partners'" (right): "our partners"
        out.pop()
    while len(out) > 1 and out[0].pos_ == "PUNCT":
        out.pop(0)
    if out:  # the same at its start: "Pro-Beijing won", not "Beijing won"
        out[:0] = list(doc[hyphen_start(doc, out[0].i) : out[0].i])
    return out


def _split_noun(tok: Token, appos: Token) -> bool:
    """Say whether an apposition is the noun of an adjective the parse cut from it at a comma
    ("afford the "reckless(dobj), George Bush-style tax cutting spree(appos)"": the phrase is
    the whole, not "the reckless")."""
    return appos.dep_ == "appos" and tok.pos_ == "ADJ" and appos.pos_ in ("NOUN", "PROPN")


def _list_comma(tok: Token, comma: Token) -> bool:
    """Whether a comma on ``tok`` parts the items of a list, before a conjunct that follows it
    ("pirated films, software, music and games": not "films software music and games")."""
    doc = comma.doc
    toks = doc_tokens(doc).tokens
    if comma.dep_ != "punct" or comma.text != "," or comma.i + 2 >= len(doc) or (
            tok.pos_ in ("VERB", "AUX")):
        return False
    node = toks[comma.i - 1]  # the word before it is said: not in a phrase a summary leaves out
    while node.i != tok.i:  # ("Charlene Ellis, 18, and ...": no comma after a word left out)
        if node.dep_ in PHRASE_SKIP or node.head.i == node.i:
            return False
        node = node.head
    after = toks[comma.i + 1]
    start = comma.i + 2 if after.dep_ == "cc" else comma.i + 1  # "X, Y, and Z"
    return any(c.dep_ == "conj" and c.left_edge.i == start and next_clause_verb(c) is None
               for c in tok.rights)


def _word_of(verb: Token) -> range:
    """The tokens of a verb's word with its hyphenated pieces ("re - elected") and the adverbs
    in -ly right before it that the parse hung elsewhere ("newly re-elected")."""
    doc = verb.doc
    toks = doc_tokens(doc).tokens
    start = hyphen_start(doc, verb.i)
    while start > 0 and toks[start - 1].tag_ == "RB" and toks[start - 1].lower_.endswith("ly"):
        start -= 1
    return range(start, verb.i + 1)


def _examples(tok: Token) -> bool:
    """Say whether a phrase after a comma gives examples (", such as ...", ", including")."""
    edge = tok.left_edge
    return tok.dep_ == "prep" and edge.i > 0 and tok.doc[edge.i - 1].text == "," and (
        tok.lower_ == "including" or tok.lower_ == "as" and edge.lower_ == "such")


def _date_prep(ctx: EventContext, tok: Token) -> bool:
    return tok.dep_ == "prep" and any(ctx.index.is_date(p) for p in children(tok, "pobj"))


def tokens_text(tokens: Sequence[Token]) -> str:
    """Join tokens with their own spacing, and a space where a token was left out; a list's
    comma goes with the word before it ("charges of ... safety, fire hazard and noise abatement
    laws" said without its "of" phrase: no comma)."""
    tokens = [t for n, t in enumerate(tokens) if not (
        t.text == "," and t.dep_ == "punct" and (n == 0 or tokens[n - 1].i != t.i - 1))]
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


def fitted_phrase(ctx: EventContext, head: Token, limit: int, keep_det: bool = True,
            keep_acl: bool = False) -> list[Token]:
    """The phrase of ``head``, made shallower until it fits in ``limit`` characters."""
    tokens = phrase_tokens(ctx, head, keep_det=keep_det, keep_acl=keep_acl)
    if keep_acl and len(tokens_text(tokens)) > limit:
        tokens = phrase_tokens(ctx, head, keep_det=keep_det)
    rest = _cut_nouns(tokens)
    if rest and len(tokens_text([*tokens, *rest])) <= limit:
        return [*tokens, *rest]
    if len(tokens_text(tokens)) > limit or _cut(tokens):
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


def argument_text(ctx: EventContext, tok: Token, limit: int, as_subject: bool = False) -> str:
    """Say an argument: an actor's text (or name, for a pronoun or a person's epithet) or its
    phrase."""
    meant = standing_for(ctx, tok)
    if meant is not tok:
        return argument_text(ctx, meant, limit, as_subject)
    actor = ctx.index.actor.get(tok.i)
    if as_subject and tok.lower_ in SUBJECT_FORMS and (actor is None or not actor.name):
        return SUBJECT_FORMS[tok.lower_]  # "urged them to leave": "They leave"
    if actor is not None and as_subject:
        if actor.name and (actor.kind == MentionKind.PRONOUN or (
                actor.kind == MentionKind.NOMINAL and actor.type == ActorType.PERSON)):
            return actor.name  # "he", "The 27-year-old winger": "Jesper Gronkjaer"
        phrase = tokens_text(phrase_tokens(ctx, tok, keep_det=True))
        if actor.text in phrase and tok.pos_ == "PROPN" and tok.text in actor.text:
            return _titled(tok, _strip_possessive(actor.text), actor.name)
    tokens = fitted_phrase(ctx, tok, limit)
    whose = [t for t in tokens if t.lower_ == "whose"]
    if whose and tok.head.dep_ == "relcl":  # "Liang, whose company ..." -> "Liang's company"
        owner = argument_text(ctx, tok.head.head, limit, as_subject=True)
        rest = tokens_text([t for t in tokens if t.i != whose[0].i])
        return f"{owner}'s {rest}"
    text = tokens_text(tokens)
    first = tokens[0] if tokens else None
    if first is not None and first.dep_ == "det" and first.head.i == tok.i and (
            first.lower_ in _DEMONSTRATIVES):
        return "the" + text[len(first.text):]  # "This central server": "The central server"
    return text


# determiners that point back to what the text said before: alone, a summary says "the"
_DEMONSTRATIVES = {"this", "that", "these", "those"}


def standing_for(ctx: EventContext, tok: Token) -> Token:
    """The noun a plural pronoun no actor resolves stands for in its sentence ("..., urging
    them": the group named before), or the body a subject "it" stands for ("BMW said it
    would ..."), else ``tok``."""
    actor = ctx.index.actor.get(tok.i)
    if actor is not None and actor.name:
        return tok
    return plural_antecedent(tok) or singular_antecedent(
        tok, ctx.index.actor_type, ctx.index.in_quote) or tok


def _titled(tok: Token, said: str, name: str) -> str:
    """A name said by the given name of a longer one keeps the title written before it ("Sir
    Edward", not "Edward", for Edward Heath); a surname is said alone ("Thorpe"), unless the
    person is known only by it and an honorific ("Lord Browne", "Mr Balls")."""
    words = name.split()
    if len(words) == 2 and said == words[1] and (
            words[0].lower().rstrip(".") in actor_lexicon().honorifics):
        return name
    if len(words) < 2 or said != words[0]:
        return said
    titles = [c.text for c in tok.lefts if c.dep_ == "compound"
              and c.lower_.rstrip(".") in actor_lexicon().honorifics]
    return " ".join([*titles, said])


def _strip_possessive(text: str) -> str:
    """Drop a trailing possessive "'s" from a name."""
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            return text[: -len(suffix)].rstrip()
    return text
