"""Which attributions the pages show as claims: the one place that decides ``weak``.

The extractor is tuned for recall on PolNeAR, which marks many stance readings and bare acts
as attributions; they are scored, but on other news most are not claims a reader can use.
``is_weak`` decides it for each attribution, and ``generator.merge`` shows exactly those that
are not weak. An attribution is weak when:

* a cue only the classifier found has a bare noun phrase for content, with no preposition in
  the cue and not a lexicon verb with its object ("Labour helped the hard working majority");
* a passive cue's content is only its subject, a noun phrase ("Doug Smith's departure was
  announced by …", "The Birmingham-born singer … was signed to a record label");
* no source is named, it is not hedged, and the content is a phrase without a verb outside
  any quote ("praised his own side's behaviour", "to sue the comedian") or a noun phrase whose
  verbs hang on its nouns ("supporting charities including the NSPCC");
* no source is named, it is not hedged, and the cue is a to-infinitive with no clause ("He
  is expected to stress the importance of …": an act, the expectation is the claim);
* no source is named and the cue is "seems" or "appears" (``raising_verbs``): the writer's
  reading ("The singer seems to have found her voice");
* it is inside another's content, the classifier did not confirm it, and it is a bare
  infinitive, names no one or states a belief ("to address the concerns", "... said the
  cause of death appeared to be natural", "Campbell says Tony Blair was not worried by ...":
  the outer speaker's claim, not Blair's);
* a cue only the classifier found is not sure enough (``Settings.sure_tagged``);
* the cue sits inside its own source ("directives instructing ...");
* the content holds its own cue and is not split around it ("what they say are the full
  costings");
* the content has fewer than ``Settings.min_content_words`` words ("advised against it");
* its source is a thing, not someone ("The absence of responses … highlights", "a price
  dispute that threatened …", ``thing``);
* its cue is a verb of aiming or wanting with an infinitive ("seeks to rally the private
  sector", "want to make a system");
* its cue is a verb whose noun-phrase object is a thing done or had, no proposition
  ("presented a number of interview programmes", "called the Liberal leader back", "we want
  a budget that …");
* its source is "you" or "we" outside a quote: no one the reader can name ("If you want to
  upgrade");
* its cue is a set phrase that reports nothing ("not to mention");
* its cue's verb has a particle or adverb of where something went (``motion_particles``:
  "lashed home a 25-yard shot", "blasted wide");
* its cue is "see" in the perfect: what befell the subject ("have seen circulation rise");
* its cue is "claim" with a result for its object (``prize_objects``: "claiming away
  draws", "claimed the title");
* its cue is "look" or "sound" with an adjective or an infinitive ("Ireland look strong",
  "look to have a slight edge"): how the subject seems;
* its cue is the verb of "as far as X knows": the writer's hedge;
* its cue is an infinitive after "be" with no clause: what the subject is due for ("were
  partly to blame for the rise");
* a cue only the classifier found names no one and hedges nothing ("are required to
  provide reports");
* its source is someone's words and its cue a verb of evidence ("Xi's statements underscore
  …": the writer's reading);
* its cue is a noun and a preposition with a noun phrase after it ("the union's support
  for the plan": a stance the writer names, no one's claim);
* its cue was learned from PolNeAR's stance readings (``trigger`` "verb:explore",
  "obj:story") and the classifier is not sure of it (``Settings.sure_learned``) or its
  content is a noun phrase ("were aware of the problems", "explores new music").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.annotations import ClaimMention
from generator.nlp.doc_tokens import children_of, doc_tokens
from generator.vocab import CueClass

from .context import Context, Found
from .spans import CharSpan


def is_weak(ctx: Context, item: Found, claim: ClaimMention, peak: float) -> bool:
    """Whether the attribution ``claim``, built from ``item``, is scored but not shown
    (``peak``: the classifier's highest probability over the cue's words)."""
    toks = doc_tokens(ctx.doc).tokens
    cue_start, cue_end = claim.cue
    return (
        (item.trigger == "tagged" and _tagged_bare_phrase(ctx, item, claim.content))
        or _bare_passive(ctx, item, claim.content, cue_start)
        # no one named, nothing said but a noun phrase: "praised his own side's behaviour",
        # "to sue the comedian" (a hedge such as "is seen as" keeps it a claim)
        or (claim.source is None and not claim.hedge_cues
            and (_verbless(ctx, claim.content, (cue_start, cue_end))
                 or _noun_phrase(ctx, claim.content)))
        # no one named, and the cue an infinitive: an act someone is expected or asked to
        # do, not words anyone said ("He is expected to stress the importance of …",
        # "the first to defend the rights of boards")
        or (claim.source is None and not claim.hedge_cues and _infinitive(ctx, item))
        # the writer's own reading, no one's claim: "The singer seems to have found her
        # voice", "It seems the band has split up" (``raising_verbs``, no source)
        or (claim.source is None and item.anchor >= 0
            and ctx.lex.lemma(toks[item.anchor]) in ctx.lex.raising_verbs)
        # inside another's content, not confirmed by the classifier, and a bare infinitive,
        # naming no one or a belief: part of the outer claim, whose speaker says it ("to
        # address the concerns", 'he said the cause of death "appeared to be natural"',
        # "Campbell says Tony Blair was not worried by ...": not Blair's claim)
        or (item.nested and not item.confirmed and (
            item.cue[0].tag_ == "TO" or claim.source is None or item.cls == CueClass.BELIEF))
        # a cue only the classifier found, and not surely: "The report covered", "The PSP
        # also supports" (below this, 40% of their cue tokens are PolNeAR's on held-out)
        or (item.trigger == "tagged" and peak < ctx.settings.sure_tagged)
        # a thing says nothing: "The absence of responses … highlights the sensitivity",
        # "rising demand" (the writer's description, or a misparse)
        or claim.source_kind == "thing"
        # an aim, not a claim: "Xi seeks to rally the private sector", "plans to visit"
        or _intention(ctx, item)
        # a thing done or had, no proposition: "presented a number of interview
        # programmes", "called the Liberal leader back", "we want a budget that …"
        or _object_act(ctx, item, claim.content)
        # no one the reader can name: "If you want to upgrade", "We may not know when …"
        or _generic_source(ctx, item)
        # what the subject is due for, no one's words: "Crowded cities were partly to blame
        # for the rise in claims" (the cities are blamed; they blame no one)
        or _due(ctx, item)
        # a set phrase that reports nothing: "most fans, not to mention fans in Spain, …"
        or " ".join(claim.cue_text.lower().split()) in ctx.lex.cue_idioms
        # a shot or a move, no words: "Campbell lashed home a 25-yard shot", "blasted wide"
        or _motion(ctx, item)
        # a result, no words: "claiming away draws in Basel", "claimed the title"
        or _won(ctx, item)
        # how someone looks, no words: "Ireland look strong", "the Republic look to have an
        # edge", "he sounded confident"
        or _looks(ctx, item)
        # a hedge of the writer's, no claim of its own: "As far as Ms Simonetti knows, there is
        # no policy" (its content would be "As far")
        or _as_far_as(ctx, item)
        # what befell the subject, no one's words: "The Independent has seen circulation
        # rise since shrinking in size", "the firm had seen profits fall"
        or _experienced(ctx, item)
        # a cue only the classifier found, no one named and no hedge: an act or a rule
        # ("executives are required to provide reports", "will be named on Thursday")
        or (item.trigger == "tagged" and claim.source is None and not claim.hedge_cues)
        # the writer reading someone's words: "Xi's recent statements underscore the
        # government's focus" (not "his statement said")
        or _reading_of_words(ctx, item)
        # a cue learned from PolNeAR's stance readings that the classifier is not sure of,
        # or that says only a noun phrase: "were aware of the problems", "explores new
        # music", "A Little Princess tells a young girl who ...", "voted for the only gong"
        or (item.learned and (peak < ctx.settings.sure_learned
                                     or _verbless(ctx, claim.content)))
        # a stance named by a noun with only a noun phrase after its preposition: "the
        # union's support for the plan", "Kerry's announcement of the visit" (no one says it)
        or _noun_stance(ctx, item, claim.content)
        or unusable(claim, ctx.text, ctx.settings.min_content_words)
    )  # fmt: skip


def _motion(ctx: Context, item: Found) -> bool:
    """Whether a verb of the cue has a particle, adverb or preposition of where something
    went in the cue too (``motion_particles``: "lashed home", "blasted over", "backed off")."""
    return any(
        t.lower_ in ctx.lex.motion_particles and t.dep_ in ("prt", "advmod", "prep")
        and t.head.pos_ == "VERB" and any(v.i == t.head.i for v in item.cue)
        for t in item.cue)


def _anchor_verb(ctx: Context, item: Found) -> Token | None:
    """The word a cue is anchored on (its verb), or None for a cue that has none."""
    return ctx.doc[item.anchor] if item.anchor >= 0 else None


def _won(ctx: Context, item: Found) -> bool:
    """Whether the cue is "claim" with a result for its object (``prize_objects``: "claiming
    away draws", "claimed the title", "claimed two lives"): won or taken, not said."""
    verb = _anchor_verb(ctx, item)
    return verb is not None and ctx.lex.lemma(verb) == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ctx.lex.prize_objects
        for c in children_of(verb))


_APPEARANCE = frozenset(("look", "sound"))


def _looks(ctx: Context, item: Found) -> bool:
    """Whether the cue is "look" or "sound" with an adjective or an infinitive after it ("look
    strong", "look to have a slight edge"): how the subject seems to the writer."""
    verb = _anchor_verb(ctx, item)
    return verb is not None and ctx.lex.lemma(verb) in _APPEARANCE and any(
        c.dep_ in ("acomp", "xcomp", "oprd") for c in children_of(verb))


def _as_far_as(ctx: Context, item: Found) -> bool:
    """Whether the cue is the verb of "as far as X knows" (a clause hung on "far")."""
    verb = _anchor_verb(ctx, item)
    return verb is not None and verb.dep_ == "advcl" and verb.head.lower_ == "far" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in children_of(verb))


def _experienced(ctx: Context, item: Found) -> bool:
    """Whether the cue is "see" in the perfect ("has seen", "had seen"): what happened to the
    subject ("have seen circulation rise"), not a view it holds ("analysts see growth
    slowing" stays)."""
    verb = _anchor_verb(ctx, item)
    return verb is not None and ctx.lex.lemma(verb) == "see" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(verb))


def _noun_stance(ctx: Context, item: Found, content: CharSpan) -> bool:
    """Whether the cue is a noun and a preposition ("support for", "'s announcement of")
    whose content is a noun phrase with no verb, outside any quote."""
    toks = doc_tokens(ctx.doc).tokens
    if item.anchor < 0 or len(item.cue) < 2:
        return False
    noun = toks[item.anchor]
    return (noun.pos_ == "NOUN" and item.cue[-1].pos_ == "ADP"
            and item.cue[-1].i == noun.i + 1 and _verbless(ctx, content))


def _reading_of_words(ctx: Context, item: Found) -> bool:
    """Whether the source is someone's words ("Xi's recent statements", "his remarks") and
    the cue a verb of evidence ("underscore", "highlight", "reflect"): the writer's reading
    of the words, not what they say."""
    toks = doc_tokens(ctx.doc).tokens
    source = item.source
    if source is None or item.anchor < 0:
        return False
    words = source.lemma_.lower() in ctx.lex.speech_nouns
    owned = any(c.dep_ == "poss" for c in children_of(source))
    return words and owned and ctx.lex.lemma(toks[item.anchor]) in ctx.lex.evidential_verbs


def _intention(ctx: Context, item: Found) -> bool:
    """Whether the cue is a verb of aiming with an infinitive ("seeks to rally", "plans to
    visit", "tried to block"): what someone sets out to do, which no one claims."""
    toks = doc_tokens(ctx.doc).tokens
    if item.anchor < 0:
        return False
    verb = toks[item.anchor]
    return ctx.lex.lemma(verb) in ctx.lex.intention_verbs and any(
        c.dep_ == "xcomp" and c.i > verb.i for c in children_of(verb)
    )


def _object_act(ctx: Context, item: Found, content: CharSpan) -> bool:
    """Whether the cue is a verb whose noun-phrase object is a thing done or had, not a
    proposition ("presented a report", "called him back", "called itself the Underground
    Network", "want a budget that …", "sued 45 banks", also after a preposition none of the
    verb's cues takes: "signed on the dotted line"): no clause, no quote in or right
    after the verb's phrase, and no naming of someone else as something ("called him a liar",
    'called her work "thought provoking"' are claims)."""
    toks = doc_tokens(ctx.doc).tokens
    if item.anchor < 0 or ctx.quotes.overlapping(*content):
        return False
    verb = toks[item.anchor]
    lemma = ctx.lex.lemma(verb)
    if verb.pos_ != "VERB" or lemma not in ctx.lex.object_acts:
        return False
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "dative")] or [
        # "they had all signed on the dotted line": a preposition no cue of the verb takes
        c for c in children_of(verb)
        if c.dep_ == "prep" and c.i == verb.i + 1
        and c.lower_ not in ctx.lex.verb_preps.get(lemma, frozenset())
        and any(g.dep_ == "pobj" for g in children_of(c))
    ]
    if not objects or any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > verb.i
                          for c in children_of(verb)):
        return False
    end = toks[min(verb.right_edge.i + 1, len(ctx.doc) - 1)]  # and the next word
    if ctx.quotes.overlapping(verb.idx, end.idx + len(end)):
        return False  # 'called her work "extraordinarily thought provoking"'
    preps = ctx.lex.object_preps.get(lemma, frozenset())
    if any(c.dep_ == "prep" and c.lower_ in preps for c in children_of(verb)):
        return False  # "charged the firm with fraud": the charge is the content
    reflexive = any(c.lower_.endswith(("self", "selves")) for c in objects)
    return reflexive or not any(c.dep_ == "oprd" for c in children_of(verb))


def _generic_source(ctx: Context, item: Found) -> bool:
    """Whether the source is a pronoun of no identifiable speaker outside a quote: the
    reader addressed or the writer with the reader ("If you want to upgrade", "your
    understanding of how it works", "We may not know when they will be released")."""
    source = item.source
    return (source is not None and source.lower_ in ctx.lex.generic_pronouns
            and not source.text.isupper()  # "The US has said": the country, not "us"
            and ctx.quotes.containing(source.idx, source.idx + len(source)) is None)


def _due(ctx: Context, item: Found) -> bool:
    """Whether the cue verb is an infinitive after "be" with no clause of its own ("were to
    blame for the rise", "is to blame for the crisis"): what the subject is due for."""
    toks = doc_tokens(ctx.doc).tokens
    if item.anchor < 0:
        return False
    verb = toks[item.anchor]
    return (verb.dep_ == "xcomp" and verb.head.lemma_ == "be"
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb))
            and not any(c.dep_ == "ccomp" for c in children_of(verb)))


def unusable(claim: ClaimMention, text: str, min_words: int) -> bool:
    """Whether a reader cannot use an attribution: the cue sits inside its own source, the
    content holds its own cue (and is not split around it), or the content is shorter than
    ``min_words`` words. ``text`` is the article text the spans point into."""
    cue_start, cue_end = claim.cue
    source = claim.source
    if source and source[0] < cue_end and cue_start < source[1]:
        return True  # "directives instructing ...": the cue sits inside its own source
    start, end = claim.content
    if start <= cue_start and cue_end <= end and not claim.content_parts:
        return True  # "what they say are the full costings": the content holds its own cue
    return len(text[start:end].split()) < min_words  # "advised against it"


def _tagged_bare_phrase(ctx: Context, item: Found, content: CharSpan) -> bool:
    """Whether a cue only the classifier found has a bare noun phrase for content, with no
    preposition in the cue ("Labour helped the hard working majority", "reached its
    conclusions"; not "hit out at critics", not a verb of the lexicons such as "questioned
    the timing", not a clause or a quote). PolNeAR marks many such stance readings, so they
    are scored, but on other news most are not claims."""
    if any(t.pos_ == "ADP" for t in item.cue) or not _verbless(ctx, content):
        return False
    span = ctx.doc.char_span(*content, alignment_mode="expand")
    verb = span.root.head  # "questioned the timing": a lexicon verb with its object
    lemma = ctx.lex.lemma(verb)
    known = lemma in ctx.lex.verb_class or lemma in ctx.lex.learned_verbs
    return not (span.root.dep_ == "dobj" and verb in item.cue and known)


def _bare_passive(ctx: Context, item: Found, content: CharSpan, cue_start: int) -> bool:
    """Whether a passive cue's content is only its subject, a noun phrase before it ("Doug
    Smith's departure was announced by Alan Johnson", "The proposals were opposed by the
    party"): an act done to a thing, not a claim a reader can quote. "is seen as a symbol",
    whose content goes on after the cue, is not one."""
    toks = doc_tokens(ctx.doc).tokens
    if item.anchor < 0 or content[1] > cue_start:
        return False
    verb = toks[item.anchor]
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(verb)):
        return False
    return _verbless(ctx, content) or _noun_phrase(ctx, content)


def _verbless(ctx: Context, content: CharSpan, cue: CharSpan = (0, 0)) -> bool:
    """Whether a content is a phrase without a verb (the cue's own words aside, for a
    content around its cue) and outside any quote."""
    if ctx.quotes.overlapping(*content):
        return False
    span = ctx.doc.char_span(*content, alignment_mode="expand")
    return span is not None and not any(
        t.pos_ in ("VERB", "AUX") and not cue[0] <= t.idx < cue[1] for t in span
    )


def _noun_phrase(ctx: Context, content: CharSpan) -> bool:
    """Whether a content outside any quote is a noun phrase, with whatever verbs inside it
    hanging on its nouns ("charities including the NSPCC", "The Birmingham-born singer"):
    every word whose head lies outside the content is a noun, a name or a pronoun."""
    if ctx.quotes.overlapping(*content):
        return False
    span = ctx.doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return False
    roots = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    return bool(roots) and all(t.pos_ in ("NOUN", "PROPN", "PRON") for t in roots)


def _infinitive(ctx: Context, item: Found) -> bool:
    """Whether the cue is a to-infinitive verb with no clause of its own ("to stress the
    importance", "first to defend the rights"; not "were more likely to say that …")."""
    toks = doc_tokens(ctx.doc).tokens
    if item.anchor < 0:
        return False
    verb = toks[item.anchor]
    return verb.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in children_of(verb)
    ) and not any(c.dep_ == "ccomp" for c in children_of(verb))
