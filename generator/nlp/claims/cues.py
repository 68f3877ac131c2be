"""Where the cues are: each token that can start a cue is looked at once (``cue_candidates``,
one pass over the document), and each kind of cue reads its clause.

``cue_at`` tells whether a token starts a cue and hands it to the finder for its kind:
reporting adverbs ("reportedly"), prepositions ("according to"), reporting verbs (``verbs``),
a headline colon, a transcript's speaker label ("WALLACE: …") or a quote signed with a dash
(``forms``), stance objects ("cast doubt on"), claim nouns ("the claim that …", "Kerry's
announcement of …") and copula adjectives ("is critical of"). Each finder returns a
``Found`` (cue tokens, class, content spans, source token) or ``None``; learned cues carry
their trigger ("obj:doubt", "noun:criticism", "adj:critical") for
``quality.train.learn_cues``.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.nlp.doc_tokens import children_of, doc_tokens, sent_of

from .content import content_from, inside_long_quote
from .context import Context, Found
from .forms import SIGNATURE_DASHES, colon_cue, signature_cue
from .idioms import in_idiom
from .sources import is_person_like, prep_objects, subject_of
from .spans import children, span_of_ids, subtree_ids
from .verbs import extend_cue, raising_cue, verb_cue

_COPULAS = frozenset({"be", "become", "seem", "remain", "appear", "sound", "feel", "grow", "get"})


def cue_candidates(ctx: Context) -> list[Token]:
    """The tokens ``cue_at`` can find a cue at, in text order, read in one pass over the
    document: the cue words (adverbs, prepositions, "in"), colons and dashes, and the verbs,
    nouns and adjectives whose lemma is in one of the cue tables ``cue_at`` reads for that
    part of speech. ``cue_at`` returns None for every other token."""
    lex = ctx.lex
    dt = doc_tokens(ctx.doc)
    tables = {
        "VERB": (lex.raising_verbs, lex.verb_class, lex.passive_cues, lex.learned_verbs),
        "NOUN": (lex.learned_objs, lex.noun_class, lex.learned_nouns),
        "ADJ": (lex.learned_adjs,),
    }
    out = []
    for tok, low, word, pos in zip(dt.tokens, dt.lower, dt.words, dt.pos, strict=True):
        if (low in lex.adverb_cues or low == "in" or low in lex.prep_cues or word == ":"
                or word in SIGNATURE_DASHES):
            out.append(tok)
        elif pos in tables:
            lemma = lex.lemma(tok)
            if any(lemma in table for table in tables[pos]):
                out.append(tok)
    return out


def cue_at(ctx: Context, tok: Token) -> Found | None:
    """The attribution whose cue starts at ``tok``, if ``tok`` is a cue."""
    lex = ctx.lex
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    low = tok.lower_
    if in_idiom(tok, lex.cue_idioms):  # "That said, …", "so to speak"
        return None
    if low in lex.adverb_cues and tok.dep_ == "advmod":
        return adverb_cue(ctx, tok, lex.adverb_cues[low])
    lemma = lex.lemma(tok)
    if low == "in" and tok.dep_ == "prep":
        return poll_cue(ctx, tok)
    if low in lex.prep_cues and tok.i + 1 < len(doc):
        nxt, cls = lex.prep_cues[low]
        if toks[tok.i + 1].lower_ == nxt:
            return prep_cue(ctx, tok, toks[tok.i + 1], cls)
    if tok.pos_ == "VERB":
        if lemma in lex.raising_verbs and tok.dep_ != "amod":
            return raising_cue(ctx, tok, lex.raising_verbs[lemma])
        if lemma in lex.verb_class or lemma in lex.passive_cues:
            return verb_cue(ctx, tok, lemma)
        if lemma in lex.learned_verbs:
            found = verb_cue(ctx, tok, lemma)
            if found is not None:
                found.trigger = "verb:" + lemma
            return found
    if tok.text == ":" and tok.i > 0:
        return colon_cue(ctx, tok)
    if tok.text in SIGNATURE_DASHES and tok.i > 0:
        return signature_cue(ctx, tok)
    if tok.pos_ == "NOUN" and lemma in lex.learned_objs and tok.dep_ in ("dobj", "attr"):
        found = obj_cue(ctx, tok, lex.learned_objs[lemma])
        if found is not None:
            found.trigger = "obj:" + lemma
            return found
    if tok.pos_ == "NOUN" and lemma in lex.noun_class:
        return noun_cue(ctx, tok, lex.noun_class[lemma])
    if tok.pos_ == "NOUN" and lemma in lex.learned_nouns:
        found = noun_prep_cue(ctx, tok, lex.learned_nouns[lemma], need_poss=False)
        if found is not None:
            found.trigger = "noun:" + lemma
        return found
    if tok.pos_ == "ADJ" and lemma in lex.learned_adjs:
        found = adj_cue(ctx, tok, lex.learned_adjs[lemma])
        if found is not None:
            found.trigger = "adj:" + lemma
        return found
    return None


def obj_cue(ctx: Context, tok: Token, cls: str, at: Token | None = None) -> Found | None:
    """A verb with a stance noun as object and a preposition or clause for the content:
    "cast doubt on X", "took aim at X", "made the case that X", "is a critic of X". The
    cue runs from the verb (with its auxiliaries) to the preposition. ``at``: the cue token
    being read (``tok`` unless a classifier span holds it; see ``content_from``)."""
    verb = tok.head
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if verb.pos_ not in ("VERB", "AUX") or verb.i > tok.i or tok.i - verb.i > 5:
        return None
    if any(i < tok.left_edge.i and toks[i].dep_ != "prt" for i in range(verb.i + 1, tok.i)):
        return None
    if inside_long_quote(ctx, tok):
        return None
    end, target = tok, None
    nxt = tok.i + 1
    if nxt < len(doc) and toks[nxt].dep_ == "prep" and toks[nxt].head.i in (tok.i, verb.i):
        objs = children(toks[nxt], "pobj", "pcomp")
        if objs:
            end, target = toks[nxt], objs[0]
    if target is None:
        for c in [*children_of(tok), *children_of(verb)]:
            if c.i > tok.i and c.dep_ in ("ccomp", "acl", "xcomp"):
                target = c
                break
    if target is None:
        return None
    skip = set(range(verb.i, end.i + 1))
    ids = [i for i in subtree_ids(target) if i not in skip]
    content = content_from(ctx, ids, tok if at is None else at)
    if not content:
        return None
    start = extend_cue(ctx, verb, [verb])[0].i
    cue = list(toks[start : end.i + 1])
    found = Found(cue, cls, content, source=subject_of(ctx, verb), head=target)
    found.clausal = target.dep_ == "ccomp"
    return found


def adj_cue(ctx: Context, tok: Token, cls: str, at: Token | None = None) -> Found | None:
    """A stance adjective after a copula: "is critical of X", "was eager to X", "is sure
    that X". The subject is the source; the cue runs from the copula (with its auxiliaries
    and negation) to the adjective and the preposition that introduces the content. ``at``:
    as for ``obj_cue``."""
    toks = doc_tokens(ctx.doc).tokens
    head = tok.head
    if tok.dep_ != "acomp" or head.i > tok.i or tok.i - head.i > 4:
        return None
    if head.lemma_.lower() not in _COPULAS:
        return None
    if any(toks[i].dep_ not in ("neg", "advmod") for i in range(head.i + 1, tok.i)):
        return None
    cue_end = tok
    target: Token | None = None
    for prep in children(tok, "prep"):
        objs = children(prep, "pobj", "pcomp")
        if objs and prep.i == tok.i + 1:
            cue_end, target = prep, objs[0]
            break
    if target is None:
        comps = children(tok, "xcomp", "ccomp") or children(head, "ccomp")
        if comps and comps[0].i > tok.i:
            target = comps[0]
            aux = [c for c in children_of(target) if c.dep_ == "aux" and c.lower_ == "to"]
            if aux and aux[0].i == tok.i + 1:
                cue_end = aux[0]  # "eager to": PolNeAR keeps the "to" in the cue
    if target is None or inside_long_quote(ctx, tok):
        return None
    skip = {cue_end.i} if cue_end.i != tok.i else set()
    ids = [i for i in subtree_ids(target) if i not in skip]
    content = content_from(ctx, ids, tok if at is None else at)
    if not content:
        return None
    start = extend_cue(ctx, head, [head])[0].i
    cue = list(toks[start : cue_end.i + 1])
    return Found(cue, cls, content, source=subject_of(ctx, head), head=target)


def adverb_cue(ctx: Context, tok: Token, cls: str) -> Found | None:
    """ "reportedly", "allegedly": the modified clause, with no source."""
    head = tok.head
    ids = [i for i in subtree_ids(head) if i != tok.i]
    return Found([tok], cls, content_from(ctx, ids, tok), hedges=(tok.lower_,), head=head)


def prep_cue(ctx: Context, tok: Token, to: Token, cls: str) -> Found | None:
    """ "according to X": X is the source, the rest of the clause the content."""
    objs = children(to, "pobj")
    if not objs:
        return None
    source = objs[0]
    if source.lemma_.lower() in ctx.lex.accordance_objects:
        return None  # "according to his wishes": in line with them, no one is cited
    head = tok.head
    if head.pos_ not in ("VERB", "AUX"):
        head = sent_of(tok).root
    skip = set(subtree_ids(tok))
    ids = [i for i in subtree_ids(head) if i not in skip]
    if head.i in skip:
        swallowed = clause_after_source(tok, to)
        if swallowed is not None:
            comma, rest = swallowed
            found = Found([tok, to], cls, content_from(ctx, rest, tok), source=source,
                          head=head, clausal=True)
            found.source_span = span_of_ids(ctx.doc, range(to.i + 1, comma))
            return found
        ids = [i for i in range(sent_of(tok).start, sent_of(tok).end) if i not in skip]
    subject = subject_in_source(source, head)
    if subject is not None:
        comma, subj = subject
        ids = sorted({*ids, *subtree_ids(subj)})
        found = Found([tok, to], cls, content_from(ctx, ids, tok), source=source, head=head,
                      clausal=True)
        found.source_span = span_of_ids(ctx.doc, range(to.i + 1, comma))
        return found
    content = content_from(ctx, ids, tok)
    return Found([tok, to], cls, content, source=source, head=head, clausal=True)


def subject_in_source(source: Token, verb: Token) -> tuple[int, Token] | None:
    """When "according to X, Y said …" opens a sentence and the parse took Y, after the
    comma, for an apposition inside X ("According to early results of the exit polls,
    majorities of voters said …": "majorities" an apposition of "polls") and left the verb
    with no subject: the comma and Y (``None`` for any other shape)."""
    if source.i > verb.i or children(verb, "nsubj", "nsubjpass", "csubj"):
        return None
    for t in source.subtree:
        if t.dep_ == "appos" and t.head.i < t.i < verb.i and t.doc[t.left_edge.i - 1].text == ",":
            return t.left_edge.i - 1, t
    return None


# Nouns of a poll that what a clause says is found "in" ("In a Washington Post poll, 75
# percent of Republicans said …", "Clinton led Sanders 2-1 in a CNN poll")
_POLLS = frozenset({"poll", "survey", "polling"})


def poll_cue(ctx: Context, tok: Token) -> Found | None:
    """"in a poll": the poll is the source and the clause it hangs on the content (PolNeAR
    marks the "in" as the cue); None for "in" with any other object."""
    objs = children(tok, "pobj")
    if not objs or objs[0].lemma_.lower() not in _POLLS:
        return None
    mods = [c for c in children_of(objs[0]) if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if not mods:  # "leads in the polls": polling at large, no poll said anything
        return None
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or inside_long_quote(ctx, tok):
        return None
    skip = set(subtree_ids(tok))
    ids = [i for i in subtree_ids(head) if i not in skip]
    content = content_from(ctx, ids, tok)
    if not content:
        return None
    return Found([tok], "report", content, source=objs[0], head=head)


def clause_after_source(tok: Token, to: Token) -> tuple[int, list[int]] | None:
    """When the parse made "According" the root and hung the clause after "according to X,"
    inside X's phrase ("According to radio host Sam Jones, the plan reeks of panic": "the
    plan" an apposition of Jones), the first comma after X and the words of the sentence
    outside "according to X" (``None`` when the clause is not swallowed so)."""
    sent = sent_of(tok)
    if sent_of(tok).root.i != tok.i:
        return None
    comma = next((t.i for t in sent if t.i > to.i + 1 and t.text == ","), None)
    if comma is None or not any(t.pos_ in ("VERB", "AUX") for t in sent if t.i > comma):
        return None
    rest = [i for i in range(sent.start, sent.end) if i < tok.i or i > comma]
    return comma, rest


def noun_cue(ctx: Context, tok: Token, cls: str) -> Found | None:
    """A claim noun with a "that"-clause: "Beijing's fear that ...", "the claim that ..."."""
    clauses = [
        c
        for c in children(tok, "acl", "ccomp", "relcl")
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in children_of(c))
    ]
    if not clauses:
        return noun_prep_cue(ctx, tok, cls)
    head = clauses[0]
    source = None
    poss = children(tok, "poss")
    if poss:
        source = poss[0]
    else:
        agents = prep_objects(tok, ("by", "from", "of"))
        source = agents[0] if agents else compound_speaker(ctx, tok)
    prep = tok.head
    if source is None and tok.dep_ == "pobj" and prep.dep_ == "prep" and (
            prep.head.pos_ == "VERB"):
        # "The Ministry said in a statement that …": the parse hung the clause on the
        # statement; the one who said it is the verb's subject
        source = subject_of(ctx, prep.head)
    content = content_from(ctx, subtree_ids(head), tok)
    return Found([tok], cls, content, source=source, head=head)


def compound_speaker(ctx: Context, tok: Token) -> Token | None:
    """A name compounded before a claim noun, where the parse took a verb for a plural noun
    ("But Trump claims that he …": "Trump claims" as "the Trump claims") or the phrase
    names whose claim it is ("the Kremlin claim that …"): the name (a proper noun or a
    person or group word, not "the bribery claim"); or the noun's subject, when the parse
    gave one to a verb the tagger took for a noun."""
    subjects = [c for c in children_of(tok) if c.dep_ in ("nsubj", "csubj") and c.i < tok.i]
    if subjects:  # the tagger's noun, the parser's verb: "Trump" the subject of "claims"
        return subjects[-1]
    names = [c for c in children_of(tok) if c.dep_ == "compound" and c.i < tok.i]
    if not names:
        return None
    name = names[-1]
    if name.pos_ == "PROPN" or is_person_like(ctx, name):
        return name
    # a capitalised word the tagger took for a common noun, before a root "claims that"
    return name if name.is_title and tok.dep_ == "ROOT" and tok.tag_ == "NNS" else None


def noun_prep_cue(ctx: Context, tok: Token, cls: str, need_poss: bool = True) -> Found | None:
    """A claim noun with an object: "Kerry's announcement of the plan" (a possessor is
    needed unless the noun is a learned cue: "criticism of the plan")."""
    poss = children(tok, "poss")
    if not poss and need_poss:
        return None
    if not need_poss and inside_long_quote(ctx, tok):
        return None
    for prep in children(tok, "prep"):
        objs = children(prep, "pobj", "pcomp")
        if prep.lower_ in ctx.lex.content_preps and objs and prep.i == tok.i + 1:
            case = []
            if poss:
                case = [c for c in children_of(poss[0]) if c.dep_ == "case" and c.i == tok.i - 1]
            content = content_from(ctx, subtree_ids(objs[0]), tok)
            source = poss[0] if poss else verb_subject(ctx, tok)
            return Found([*case, tok, prep], cls, content, source=source, head=objs[0])
    return None


def verb_subject(ctx: Context, tok: Token) -> Token | None:
    """The subject of the verb a stance noun with no possessor is the prepositional object
    of ("She argued in favor of …", "voted in support of …": hers, theirs); None for a noun
    anywhere else ("criticism of the plan" names no one)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(ctx, prep.head)
