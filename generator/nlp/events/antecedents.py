"""What a plural "they" or "them" in an event stands for, when no actor mention resolves it.

Actor coreference resolves pronouns to named actors; a group the article names only by a
common noun ("AI entrepreneurs and researchers ..., urging them to refrain") is left as
"them", and a summary "Chinese authorities urge them" says nothing on an event page. Here the
antecedent is the nearest plural noun before the pronoun in its own sentence that names people
or a body of them, with limits that keep the guess safe:

- it names someone: a plural name of people or a body ("the Tories", not "the Olympics"),
  a noun for people ("workers", "creditors", "officials") or for bodies ("universities",
  "firms"), as the claims lexicon knows them; when the nearest plural noun is a thing ("fees",
  "tests", "their studies"), the pronoun may stand for it and stays as it is;
- "them" is not the subject of its own clause or of the clause controlling it ("officials
  urged them", "ministers ... make them work");
- it is not inside the clause the pronoun reports, nor in a phrase on the pronoun's own verb
  ("... lead to job losses, they counter"; "like their rivals, they offer");
- it is not a date or an amount, and not a word modifying a noun.

A subject "they" is first the subject of the clause it depends on ("the MPs said they ...",
"unless they address ..., they will not keep ...", "urged users to make sure they ..."), else
the nearest plural noun. Only the same sentence is searched: across a sentence break the
nearest plural noun is too often not the one meant.

A subject "it" stands for a body or a place, never a person: the subject of the clause it
depends on ("BMW said it would produce ...", "Deutsche Bank is involved because it is being
sued", "If the government is serious, it needs to ..."), else, when "it" opens a main clause,
the subject of the sentence before ("Deutsche Bank is involved ... It had agreed to loan ..."),
or what an "it" there stands for in its own sentence or the one before it, when neither lies
in a direct quote (the quote spans of ``claims.find_quotes``, found once per document: a quote
runs over sentences, and an apostrophe, "the clubs' owners", opens none). An "it" before a copula
and an adjective or a noun ("it is important to ...") holds the place of a clause: no body.
That subject must be singular and name an organisation or a place (a name of one, or a noun
like "the company", "the government"); "A spokesman said it would ...", "The Liberal
Democrats said it was ...", "That pattern will continue. It has worked" leave "it" as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from generator.nlp.claims.lexicon import load_lexicon
from generator.nlp.claims.resolve import is_agent
from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of
from generator.nlp.events.verb_groups import is_plural
from generator.vocab import ActorType

PLURAL_THIRD = {"they", "them"}
_NOT_REFERENTS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
_NOT_GROUPS = {"one", "other", "many", "some", "few", "most", "several", "number", "rest",
               "total", "majority", "minority", "half", "third", "quarter"}
_COMPARING = {"like", "unlike", "than", "as"}  # "like their rivals, they ...": not the rivals
_NAMED_PEOPLE = {"NORP", "ORG", "PERSON"}
_MODIFIER_DEPS = {"compound", "poss", "npadvmod", "nmod", "amod", "attr", "oprd"}
_REPORTED = {"ccomp", "parataxis", "prep"}  # "..., they counter"; "like their rivals, they"


def _local_subjects(tok: Token) -> set[int]:
    """The subjects "them" cannot stand for: of its verb, and up through the verbs that
    control or coordinate it ("urged them to leave", "scrap ... and make them work")."""
    out: set[int] = set()
    verb = tok.head
    while True:
        out.update(c.i for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c != tok)
        if verb.dep_ not in ("xcomp", "ccomp", "conj") or verb.head == verb:
            return out
        verb = verb.head


def _reported_by(cand: Token, verb: Token) -> bool:
    """Whether ``cand`` is inside a clause ``verb`` reports ("..., they counter")."""
    node = cand
    while node.head != node and node.head != verb:
        node = node.head
    return node.head == verb and node != verb and node.dep_ in _REPORTED


def _first_conjunct(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def names_people(tok: Token) -> bool:
    """Whether a plural noun names people or bodies of them."""
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in _NAMED_PEOPLE  # "the Tories", not "the Olympics"
    lex = load_lexicon()
    lemma = tok.lemma_.lower()
    return (is_agent(lex, lemma) or is_agent(lex, tok.lower_) or lemma in lex.organization_heads
            or lemma in lex.description_heads)


def _nearest(tok: Token, excluded: set[int]) -> Token | None:
    """The nearest plural noun before ``tok`` in its sentence that could be what it stands
    for (an earlier subject "they" counts, as what it stands for)."""
    sent = sent_of(tok)
    for cand in reversed(sent[: tok.i - sent.start]):
        if cand.lower_ == "they" and tok.lower_ == "they" and cand.dep_ == "nsubj":
            return cand  # "unless they address ..., they will not keep ...": one subject
        if cand.pos_ not in ("NOUN", "PROPN") or cand.tag_ not in ("NNS", "NNPS"):
            continue
        if cand.dep_ in _MODIFIER_DEPS or cand.ent_type_ in _NOT_REFERENTS:
            continue
        if cand.lemma_.lower() in _NOT_GROUPS:
            continue
        head = _first_conjunct(cand)
        if head.is_ancestor(tok):
            return None  # "ways to publish them": not the ways, and who else is unclear
        if head.i in excluded or cand.i in excluded:
            continue
        if _reported_by(cand, tok.head) or cand.head.lower_ in _COMPARING:
            continue
        return head
    return None


def _governing_subject(tok: Token, controller: bool = True) -> Token | None:
    """The subject of the nearest clause a subject "they" is subordinate to ("the MPs said
    they ...", "users will be infected if they open it"), or the object that controls the
    clause it is in ("urged users to make sure they ..."). Coordination ends the search:
    "officials urged the ministers to go, but they refused" is not about the officials."""
    for clause in children_of(tok.head):  # "unless they address ..., they will not keep ..."
        if clause.dep_ == "advcl" and clause.i < tok.i:
            subjects = [c for c in children_of(clause) if c.dep_ == "nsubj"]
            if subjects:
                return subjects[0]
    child, node = tok.head, tok.head.head
    if child.dep_ == "conj":
        return None
    while node != child:
        if node.pos_ in ("NOUN", "PROPN", "ADP"):
            return None  # "the fact that they ...", "looking at how they ...": not a clause's
        if node.pos_ in ("VERB", "AUX"):
            if controller and child.dep_ in ("xcomp", "ccomp"):
                objects = [c for c in children_of(node) if c.dep_ == "dobj" and c.i < tok.i]
                if objects:
                    return objects[0]
            subjects = [c for c in children_of(node)
                        if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i]
            if subjects:
                return subjects[0]
        if node.dep_ == "conj":
            return None
        child, node = node, node.head
    return None


def plural_antecedent(tok: Token, depth: int = 0) -> Token | None:
    """The noun a plural third-person pronoun stands for in its sentence, or None."""
    if tok.lower_ not in PLURAL_THIRD or depth > 2:
        return None
    found = _nearest(tok, _local_subjects(tok) if tok.lower_ == "them" else set())
    if tok.lower_ == "they":
        governing = _governing_subject(tok)
        if governing is not None and (governing.tag_ in ("NNS", "NNPS")
                                      or governing.lower_ == "they"):
            found = _first_conjunct(governing)
    if found is not None and found.lower_ == "they":
        return plural_antecedent(found, depth + 1)
    if found is None or not any(names_people(t) for t in (found, *found.conjuncts)):
        return None  # the nearest plural is a thing: "them" may well be those things
    return found


_BODY_LABELS = {"ORG", "GPE", "NORP"}


def _body(tok: Token, actor_type: str | None) -> bool:
    """Whether a singular subject names an organisation or a place: an actor of that type, a
    name the model tags so, or a noun for a body ("the company", "the government")."""
    if tok.tag_ not in ("NN", "NNP", "NNPS") or tok.pos_ not in ("NOUN", "PROPN") or is_plural(
            tok):  # "Mitsubishi Motors", not "the Liberal Democrats"
        return False
    if actor_type is not None:
        return actor_type in (ActorType.ORGANIZATION, ActorType.PLACE)
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in _BODY_LABELS
    lex = load_lexicon()
    lemma = tok.lemma_.lower()
    return lemma in lex.organization_heads or lemma in lex.description_heads


def _previous_subject(tok: Token) -> Token | None:
    """The subject of the main clause of the sentence before, when ``tok`` is the subject of
    its own sentence's main clause and no word before it in the sentence is a noun."""
    sent, doc = sent_of(tok), tok.doc
    toks = doc_tokens(doc).tokens
    if tok.head.dep_ != "ROOT" or sent.start == 0 or any(  # (not "Last month, it ...")
            t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in ("DATE", "TIME")
            for t in toks[sent.start: tok.i]):
        return None
    before = sent_of(toks[sent.start - 1])
    subjects = [c for c in children_of(before.root) if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else None


def _expletive(tok: Token) -> bool:
    """Whether "it" only holds the place of a clause after a copula ("it is important to
    support ...", "it is conceivable it could win"): it stands for no body."""
    verb = tok.head
    return verb.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in children_of(verb))


def singular_antecedent(tok: Token, actor_type: Callable[[Token], str | None],
                        quoted: Callable[[Token], bool], depth: int = 0) -> Token | None:
    """The body or place a subject "it" stands for (``actor_type`` gives the type of the actor
    a token is a mention of, or None; ``quoted`` whether a token lies in a direct quote), or
    None."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass") or depth > 3 or (
            _expletive(tok)):
        return None
    found = _governing_subject(tok, controller=False)
    if found is not None and found.lower_ == "it":
        return singular_antecedent(found, actor_type, quoted, depth + 1)
    if found is None:
        found = _previous_subject(tok)
        if found is not None and found.lower_ == "it" and depth == 0:
            found = singular_antecedent(found, actor_type, quoted, depth + 2)  # no further back
    if found is None or quoted(tok) or quoted(found):
        return None
    return found if _body(found, actor_type(found)) else None
