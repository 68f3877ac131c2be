"""What a name heading a source is when the article tells it elsewhere: the owner's product
("its PSP console" makes "The PSP uses small discs" a thing, which names no source) or the short
name of an outlet it named ("Stuff predicts" after "compiled by Stuff Magazine")."""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.actors.lexicon import lexicon as actor_lexicon
from generator.nlp.doc_tokens import doc_tokens

from .context import Context


def owned_product(ctx: Context, name: str) -> bool:
    """Whether the article calls the name ``name`` its owner's product somewhere: "its PSP
    console", "Sony's new PSP gadget" (a possessive, adjectives, the name, a product noun)."""
    toks = doc_tokens(ctx.doc).tokens
    kinds = _product_kinds()
    for tok in toks:
        if tok.text != name or tok.dep_ != "compound" or tok.head.i <= tok.i:
            continue
        if tok.head.lemma_.lower() not in kinds or tok.head.pos_ != "NOUN":
            continue
        i = tok.i - 1
        while i > 0 and toks[i].pos_ == "ADJ":
            i -= 1
        if i >= 0 and toks[i].tag_ in ("PRP$", "POS"):
            return True
    return False


def _product_kinds() -> frozenset[str]:
    """Nouns that say what kind of product a thing is ("console", "browser", "software")."""
    lex = actor_lexicon()
    return lex.product_nouns | lex.product_classifiers


def outlet_short_name(ctx: Context, tok: Token) -> bool:
    """Whether the untagged name ``tok`` opens an outlet's name the article gave before it:
    "Stuff predicts" after "compiled by Stuff Magazine" (the model tags no entity on "Stuff")."""
    if tok.ent_type_ or not tok.is_title:
        return False
    _, outlets = ctx.by_label.get("OUTLET", ((), ()))
    return any(o.end_char <= tok.idx and len(o) > 1 and o[0].text == tok.text for o in outlets)
