"""Which verbs state an event, and how firmly: the trigger filter of verbal events.

A trigger is a verb in any clause (main, coordinated, subordinate, relative, participial or
infinitival) that is not a reporting verb (attribution owns those), an excluded copular,
stative or cognition verb, an aspectual or attempt verb whose complement carries the event
("began to fall", "tried to flee"), a statement verb with a that-clause (an attribution) or a
light verb (``verbal`` hands those to their event noun). Irrealis events are kept and marked:
``clause_modality`` reads modals ("could": possible, "will": future), conditional marks,
irrealis governors ("hopes that", "plans to": possible, future) and negation ("did not",
"refused to": negated). ``verbal_trigger`` returns the trigger with its clause, or None.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from generator.nlp.actors.lexicon import lexicon as actor_lexicon
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.nlp.events.context import first_conjunct
from generator.nlp.events.lexicon import Lexicon, lemma_of
from generator.nlp.tokens import hyphen_end, hyphen_start
from generator.vocab import Modality

# Steps up the tree through which a clause inherits a modal or an irrealis governor.
_MAX_STEPS = 4
_INHERIT_DEPS = ("ccomp", "xcomp", "acl", "conj", "advcl", "relcl", "pcomp", "prep", "pobj")


@dataclass(frozen=True)
class VerbalTrigger:
    """A verb that states an event, the clause it belongs to and how firmly it is stated."""

    verb: Token
    lemma: str  # lower case
    first: Token  # the first verb of its chain of conjuncts
    governor: Token | None  # the verb governing an infinitive trigger ("agreed to meet")
    modality: str  # a Modality


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") and c.dep_ in (
        "neg", "advmod") for c in children_of(verb))


def _copula_modality(adjective: Token, lex: Lexicon) -> str | None:
    """The modal or condition of the copula an adjective completes ("would be happy to meet",
    "would be glad to cut the tax if ..."), else None."""
    copula = adjective.head if adjective.dep_ == "acomp" else adjective
    for child in children_of(copula):
        if child.dep_ == "aux" and child.lower_ in lex.modals:
            return lex.modals[child.lower_]
        if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in lex.conditional for m in children_of(child)):
            return Modality.POSSIBLE
    return None


def clause_modality(verb: Token, lex: Lexicon) -> str:
    """Say how firmly the clause of ``verb`` states its event (negation first)."""
    first = first_conjunct(verb)
    if _negated(verb) or (verb.i != first.i and _negated(first) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))):
        return Modality.NEGATED
    node, steps, direct = verb, 0, True  # direct: up complements and conjuncts only
    while steps <= _MAX_STEPS + 2:
        for child in children_of(node):
            if child.dep_ == "aux" and child.lower_ in lex.modals:
                return lex.modals[child.lower_]
            if child.dep_ == "mark" and child.lower_ in lex.conditional:
                return Modality.POSSIBLE
        if node.dep_ not in _INHERIT_DEPS or node.head is node:
            break
        head = node.head
        head_lemma = lemma_of(head, lex)
        if node.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
            if _negated(head):
                return Modality.NEGATED
            if head_lemma in lex.control and lex.control[head_lemma] != Modality.ASSERTED:
                return lex.control[head_lemma]
            if any(c.dep_ == "dobj" for c in children_of(head)) and head_lemma not in (
                    "force", "compel", "help", "make", "let", "get"):
                return Modality.POSSIBLE  # "urged them to refrain": asked, not done
            if head_lemma == "go" and head.tag_ == "VBG":  # "is going to visit"
                return Modality.FUTURE
        if node.dep_ == "xcomp" and head.pos_ == "ADJ":  # "due to merge", "favourite to win"
            return _copula_modality(head, lex) or lex.control_adjectives.get(
                head_lemma, Modality.POSSIBLE)
        if node.dep_ == "ccomp" and direct and _negated(head) and (
                head_lemma in lex.negated_belief_verbs):
            return Modality.NEGATED  # "I don't think we deserved to beat them" (not "... while
            # I was suspended": an adverbial clause below is not the belief)
        if node.dep_ == "ccomp" and head_lemma in lex.irrealis:
            return lex.irrealis[head_lemma]
        if node.dep_ == "advcl" and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(node)):
            return Modality.POSSIBLE  # a purpose: "went to Paris to meet him"
        if node.dep_ in ("acl", "relcl") and head.pos_ == "NOUN" and any(
                c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(node)):
            # "a strategy to safeguard" (parsed as either): a purpose; "plans to visit": as
            # the noun says; "the decision to decline": asserted
            if head_lemma in lex.irrealis:
                return lex.irrealis[head_lemma]
            if head_lemma in lex.purpose_nouns or head_lemma in lex.irrealis_nouns:
                return Modality.POSSIBLE
            return Modality.ASSERTED
        if head.pos_ == "NOUN" and head_lemma in lex.irrealis_nouns:
            return Modality.POSSIBLE  # "the potential for executives to be detained"
        if node.dep_ in ("relcl", "acl"):
            break  # a relative clause does not take the modality of its noun's clause
        direct = direct and node.dep_ in ("ccomp", "xcomp", "conj")
        node, steps = head, steps + 1
    return Modality.ASSERTED


def _title_before_name(tok: Token, lemma: str, lex: Lexicon) -> bool:
    """Say whether a word tagged as a verb is a person's title before their name ("actress
    Ruby Dee", "chancellor Gordon Brown"): a listed title, no listed verb, a name next."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    return (tok.i + 1 < len(doc) and toks[tok.i + 1].pos_ == "PROPN"
            and tok.lower_ in actor_lexicon().titles and lemma not in lex.verb_class)


def _rank_of_title(tok: Token) -> bool:
    """Say whether a word tagged as a verb is a title's rank ("Tory shadow local government
    secretary Caroline Spelman", "supporters, shadow chancellor Oliver Letwin said"): a listed
    rank (``title_ranks``) with a title's word within the next three."""
    doc = tok.doc
    toks = doc_tokens(doc).tokens
    lex = actor_lexicon()
    return tok.lower_ in lex.title_ranks and any(
        t.lower_ in lex.titles for t in toks[tok.i + 1 : min(len(doc), tok.i + 4)])


def noun_as_verb(tok: Token, lex: Lexicon) -> bool:
    """Say whether a word tagged as a past verb is a noun or a name ("Chinese startup
    DeepSeek"): its past is its lemma, not an "-ed" form nor a listed invariant past."""
    if tok.tag_ not in ("VBD", "VBN"):
        return False
    lemma = lemma_of(tok, lex)
    return lemma == tok.lower_ and not lemma.endswith("ed") and (
        lemma not in lex.invariant_past)


def _compound_word(tok: Token) -> bool:
    """Say whether a verb ends a word joined by hyphens around a conjunction ("a hit-and-run
    driver", "a make-or-break vote"): the word's first verb tells its event, not the last."""
    doc, i = tok.doc, tok.i
    toks = doc_tokens(doc).tokens
    return i >= 3 and toks[i - 2].pos_ == "CCONJ" and all(
        toks[j].text in ("-", "‐") for j in (i - 1, i - 3))


def _first_piece(tok: Token) -> bool:
    """Say whether a verb is the first piece of a word joined by a hyphen ("co" of
    "co-ordinate", "re" of "re-enter", "clean" of "clean-up", "built" of "built-in"): the
    word's event, if any, is told by its last piece."""
    return hyphen_end(tok.doc, tok.i + 1) > tok.i + 1


def _adjective_piece(tok: Token, lex: Lexicon) -> bool:
    """Say whether a verb ends a word joined by a hyphen to a word that is no verb prefix, no
    name and no adverb in -ly ("so-called", "ill-advised", "time-consuming"): an adjective. A
    finite verb is no adjective ("North Korea test-fired a missile", "The government
    fast-tracked(VBN) the bill": a participle with an active subject is one)."""
    if tok.tag_ not in ("VBN", "VBG") or any(c.dep_ == "nsubj" for c in children_of(tok)):
        return False
    start = hyphen_start(tok.doc, tok.i)
    if start == tok.i:
        return False
    first = tok.doc[start]
    return not (first.lower_ in lex.verb_prefixes or first.pos_ == "PROPN"
                or first.lower_.endswith("ly"))


def verbal_trigger(tok: Token, lex: Lexicon) -> VerbalTrigger | None:
    """The trigger ``tok`` makes when it states an event, or None."""
    if tok.pos_ != "VERB" or not tok.tag_.startswith("VB") or tok.dep_ in ("aux", "auxpass"):
        return None
    lemma = lemma_of(tok, lex)
    if len(lemma) < 2 or not lemma.isalpha():
        return None
    if lemma in lex.reporting or lemma in lex.excluded:
        return None
    if noun_as_verb(tok, lex) or _compound_word(tok) or _first_piece(tok) or (
            _adjective_piece(tok, lex)):
        return None  # a noun or a name tagged as a past verb: "Chinese startup DeepSeek"
    if tok.lower_ in lex.preposition_participles and tok.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(tok)):
        return None  # "Following complaints, the watchdog contacted Five": a preposition
    if _title_before_name(tok, lemma, lex) or _rank_of_title(tok):
        return None  # "married to actress Ruby Dee": a title the tagger took for a verb
    if tok.dep_ == "amod" and (tok.tag_ != "VBN" or lemma not in lex.verb_class):
        return None  # "a leading company"; "the injured man" stays
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("as", "like", "than", "to"):
        return None  # "treating them as binding", "directives to leading researchers"
    if lemma in lex.no_event_objects and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.no_event_objects[lemma]
            for c in children_of(tok)):
        return None  # "draws parallels to": a comparison, not a happening
    has_xcomp = any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in children_of(tok))
    if has_xcomp and lemma in lex.aspectual:
        return None  # the complement carries the event: "began to fall", "tried to flee"
    if any(c.dep_ == "ccomp" for c in children_of(tok)) and not any(
            c.dep_ == "dobj" for c in children_of(tok)):
        return None  # "announced that ...", "the court found that ...": an attribution
    first = first_conjunct(tok)
    governor: Token | None = None
    if first.dep_ == "xcomp" and first.head.pos_ in ("VERB", "AUX") and not (
            hyphen_start(tok.doc, first.i) <= first.head.i < first.i):
        governor = first.head  # (not the "re", "-" of "re-submit" the parse made verbs)
    return VerbalTrigger(verb=tok, lemma=lemma, first=first, governor=governor,
                         modality=clause_modality(tok, lex))
