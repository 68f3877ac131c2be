"""Cues whose subject is not the one who speaks: a stance received from someone, a feeling
caused in someone.

"The proposal drew criticism from rival candidates", "Cruz won the endorsement of the
governor", "Clinton enjoys support among Latino voters": the subject receives what the cue
names, and the one who criticises, endorses or supports is the object of "from", "among" or
(for a person or group) "of" after the verb or its object. ``received_from`` finds that
object; the subject, what the stance is about, is then the content. In the same way a verb
of feeling in the active ("The ruling rattled investors", "That frustrates many analysts",
``experiencer_objects``) is the feeling of its object, about its subject
(``experienced_by``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .context import Context
from .resolve import kind_of
from .sources import is_person_like
from .spans import children

# Prepositions that name the giver after a verb of receiving ("support from", "among")
_GIVER_PREPS = ("from", "among")


def received_from(ctx: Context, cue: Sequence[Token]) -> tuple[Token, Token] | None:
    """The one a stance comes from when the cue's verb receives it (``receiving_verbs``:
    "drew criticism from X", "won the endorsement of X", "has the backing of X"), and the
    verb; None when the cue is no such verb or names no giver. An opinion held ("had a
    favorable view of X", ``held_views``) is the subject's, and a quantity's "of" counts
    ("draw hundreds of voters")."""
    near = [*cue, *(t.head for t in cue if t.dep_ == "dobj")]  # "support" of "received support"
    verbs = [t for t in near if t.pos_ == "VERB" and ctx.lex.lemma(t) in ctx.lex.receiving_verbs]
    if not verbs:
        return None
    verb = verbs[0]
    objs = children(verb, "dobj")
    if any(ctx.lex.lemma(o) in ctx.lex.held_views for o in objs):
        return None
    for holder in [*objs, verb]:
        for prep in children(holder, "prep"):
            low = prep.lower_
            of = (low == "of" and holder is not verb and not holder.like_num
                  and ctx.lex.lemma(holder) not in ctx.lex.quantity_heads)
            for obj in children(prep, "pobj"):
                if low in _GIVER_PREPS or (of and is_person_like(ctx, obj)):
                    return obj, verb
    return None


# Kinds of phrase that can feel something ("The ruling rattled investors", not "… the market")
_FEELERS = frozenset({"person", "anonymous", "organization", "pronoun"})


def experienced_by(ctx: Context, cue: Sequence[Token]) -> tuple[Token, Token] | None:
    """The one who feels what an active verb of feeling in the cue names, its direct object
    ("That frustrates many analysts": the analysts), and the verb; None when the cue holds
    no such verb, it is passive, or its object is no one."""
    for verb in cue:
        if verb.pos_ != "VERB" or ctx.lex.lemma(verb) not in ctx.lex.experiencer_objects:
            continue
        if children(verb, "auxpass", "nsubjpass", "prt") or (
                verb.dep_ == "xcomp" and verb.head in cue):
            return None  # "was rattled by", "rattled off", "careful not to anger"
        for obj in children(verb, "dobj"):
            if kind_of(ctx, obj) in _FEELERS:
                return obj, verb
    return None
