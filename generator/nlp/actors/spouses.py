"""A spouse named by a given name alone: "Michael Howard's wife, Sandra, ... Mrs Howard will ...".

A one-word person's name apposed to "wife" or "husband" (``spouse_nouns`` in ``actors.yml``)
that a person's name owns ("Michael Howard's ex-model wife, Sandra") is the one the article
calls by the honorific of that gender and the owner's surname ("Mrs Howard"): the two join, when
exactly one such group is named. Never the owner himself ("Mr Howard"): the honorific's gender
must be the spouse's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.nlp.actors.context import honorific_gender
from generator.nlp.actors.lexicon import fold
from generator.nlp.doc_tokens import doc_tokens
from generator.vocab import ActorType

if TYPE_CHECKING:
    from generator.nlp.actors.grouping import Grouping


def join_named_spouses(grouping: Grouping) -> None:
    """Join each spouse's given name to the honorific and surname the article calls them by."""
    ctx, cands = grouping.ctx, grouping.cands
    doc, genders = ctx.doc, ctx.lex.spouse_nouns
    people = [k for k, c in enumerate(cands) if c.type == ActorType.PERSON and not c.nested]
    for k in people:
        c = cands[k]
        root = doc_tokens(doc).root(c.start, c.end)
        noun = root.head
        if c.end - c.start != 1 or root.dep_ != "appos" or noun.lower_ not in genders:
            continue
        owner = next((t for t in noun.children if t.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "PROPN":
            continue
        surname, gender = fold(owner.text), genders[noun.lower_]
        called = {grouping.groups.find(j) for j in people
                  if fold(doc[cands[j].start : cands[j].end].text) == surname
                  and honorific_gender(ctx, cands[j]) == gender}
        if len(called) == 1:
            grouping.groups.union(k, called.pop())
