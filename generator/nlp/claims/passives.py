"""Passive reports and what only looks passive, read off the parse.

The parse reads "He's said the plan …" as a passive ("'s" the auxiliary of a passive): with a
clause or an object after it, the "'s" is "has" and the subject says it (``has_said``). A
passive report names its source after "by": "As reported by the Guardian, the firm …"
(``as_reported``: the host clause is the content), "The board was told by the chief
executive that …" (``agent_clause``: the parse hung the clause on the agent). "X was quoted
as saying …": the one quoted says it (``quoted_speaker``). Each helper returns parse tokens
or indices; ``verbs.passive_cue`` and ``sources.subject_of`` make the attribution.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.doc_tokens import children_of

from .spans import children, subtree_ids

# "'s" is "has" before a past form with a clause or an object ("He's said the plan …")
_HAS = frozenset({"'s", "’s"})
# Passive verbs whose subject is the one whose words follow "as saying" ("was quoted as saying")
_QUOTED = frozenset({"quote", "cite", "report", "hear", "record"})


def has_said(tok: Token) -> Token | None:
    """The subject of a past form the parse made passive with "'s" when it has a clause or an
    object and no agent ("He's said the plan would fail": he has said it); None otherwise
    ("It's said that …", "He's said to be …" stay passive)."""
    if not any(c.dep_ == "auxpass" and c.lower_ in _HAS for c in children_of(tok)):
        return None
    if children(tok, "agent") or not children(tok, "ccomp", "dobj"):
        return None
    subj = children(tok, "nsubjpass")
    if not subj or subj[0].lower_ in ("it", "there", "this", "that"):
        return None
    return subj[0]


def as_reported(tok: Token) -> tuple[Token, list[int]] | None:
    """For "As reported by X, the firm …" (an "as" clause of a passive with an agent on the
    host clause's verb, and no subject of its own): X and the indices of the host clause
    without the "as" clause; None for any other shape."""
    if tok.dep_ != "advcl" or children(tok, "nsubjpass", "nsubj"):
        return None
    if not any(m.lower_ == "as" for m in children(tok, "mark", "advmod")):
        return None
    agents = [o for a in children(tok, "agent") for o in children(a, "pobj")]
    if not agents:
        return None
    skip = set(subtree_ids(tok))
    ids = [i for i in subtree_ids(tok.head) if i not in skip]
    return (agents[0], ids) if ids else None


def agent_clause(tok: Token) -> Token | None:
    """The "that" clause the parse hung on the agent of a passive report ("was told by the
    chief executive that profits would fall"): the clause, which is what was said, not a
    part of who said it; None when there is none."""
    for agent in children(tok, "agent"):
        for obj in children(agent, "pobj"):
            for c in children_of(obj):
                if c.dep_ in ("acl", "ccomp", "relcl") and c.i > obj.i and _that_clause(c):
                    return c
    return None


def _that_clause(clause: Token) -> bool:
    """Whether a clause is a "that" clause of what was said: "that" its mark, or its first
    word with a subject of its own after it (the parse's relative "that" of "the chief
    executive that profits would fall")."""
    if any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(clause)):
        return True
    first = clause.left_edge
    return first.lower_ == "that" and any(
        s.i > first.i and s.lower_ != "that" for s in children(clause, "nsubj", "nsubjpass"))


def quoted_speaker(verb: Token) -> Token | None:
    """The subject of a passive "quoted" (or "cited", "reported") that a speech verb hangs on
    by "as" ("The senator was quoted as saying …": the senator says it); None otherwise."""
    if verb.lemma_.lower() not in _QUOTED:
        return None
    subj = children(verb, "nsubjpass")
    return subj[0] if subj and subj[0].lower_ not in ("it", "there") else None


def reduced_passive(tok: Token) -> bool:
    """Whether a past participle with no auxiliary is a passive the parse gave a subject
    ("startup DeepSeek with AI models claimed to rival …": the models are claimed to, by
    no one named; "with the rest attributed to man-made events", an absolute phrase after
    "with": the rest is attributed, it attributes nothing)."""
    return (
        tok.tag_ == "VBN"
        and tok.dep_ not in ("ROOT", "conj")
        and bool(children(tok, "nsubj"))
        and not children(tok, "aux", "auxpass")
        and (bool(children(tok, "xcomp")) or (
            tok.dep_ == "pcomp" and tok.head.lower_ in ("with", "without")))
    )


def stray_agent(verb: Token, nouns: frozenset[str]) -> Token | None:
    """The agent of a passive ``verb`` with a subject and no "by" of its own, whose "by" the
    parse hung on the verb's complement ("This was called 'strategic ambiguity' by Joshua
    Hendrick") or on the object of the verb's own preposition ("She was pushed to these
    positions by Mr Sanders"): the object of that "by"; None for any other shape, or when
    the "by" belongs to a noun that takes an author (``nouns``: "was named in a report by
    the FBI"; deeper, "asked about the claim of credit for the attack by X", it is the
    noun's)."""
    if children(verb, "agent") or not children(verb, "nsubjpass"):
        return None
    for head in [*children(verb, "oprd"), *(o for p in children(verb, "prep")
                                             for o in children(p, "pobj"))]:
        if head.i < verb.i or head.lemma_.lower() in nouns:
            continue
        for by in children(head, "prep"):
            objs = children(by, "pobj")
            if by.lower_ == "by" and objs:
                return objs[0]
    return None
