"""The claim extractor: one pass over a parsed article, from cues to ``ClaimMention`` records.

``extract_attributions(doc)`` reads what it needs of the Doc once (``claim_context``), looks
at each token that can start a cue (``cues.cue_candidates``, one pass) for a cue
(``cues.cue_at``), flags the cues nested in another's content and continues quoted contents,
lets the cue classifier have the last word on the cue tokens (``tagged``), leaves out the
classifier's cues inside another's content and the hypothetical speech acts there, and turns
each cue into a record (``records.to_mention``). It is pure and linear in the length of the
document. ``find_cues`` and ``rule_marks`` give the training tools (``quality.train``) the cues
before they become records and the classifier's input.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from generator.annotations import ActorMention, ClaimMention
from generator.nlp.doc_tokens import children_of, doc_tokens

from .classifier import CueClassifier, Marks, cue_runs, default_classifier
from .content import continue_quotes, inside_long_quote
from .context import Context, Found, Settings, claim_context
from .cues import cue_at, cue_candidates
from .idioms import any_in_idiom
from .lexicon import Lexicon, load_lexicon
from .records import to_mention
from .spans import CharSpan, within
from .tagged import marks, merge_tagged, whole_word


def extract_attributions(
    doc: Doc,
    lexicon: Lexicon | None = None,
    classifier: CueClassifier | bool | None = True,
    actors: Sequence[ActorMention] | None = None,
    *,
    settings: Settings | None = None,
) -> list[ClaimMention]:
    """Attributions (source, cue, content) in a parsed article, in text order, the ones nested
    in another's content included (flagged ``nested``).

    ``classifier``: ``True`` uses the trained cue classifier shipped with the project (the
    rules alone when its weights are absent), ``False``/``None`` the rules alone, or a
    ``CueClassifier`` to use. ``actors``: the actor extractor's mentions of the same Doc,
    whose typed names pronoun and description sources are resolved to (else the model's
    entities).
    """
    if not doc.has_annotation("DEP"):
        return []  # no parse, no sources or contents to find
    ctx = claim_context(doc, lexicon or load_lexicon(), _classifier(classifier), actors, settings)
    items, probs = _find(ctx)
    confirmed = frozenset(t.i for item in items if item.confirmed for t in item.cue)
    ctx = replace(ctx, cue_tokens=confirmed)
    return [to_mention(ctx, item, probs) for item in items]


def find_cues(
    doc: Doc,
    lexicon: Lexicon | None = None,
    classifier: CueClassifier | bool | None = True,
    actors: Sequence[ActorMention] | None = None,
    *,
    settings: Settings | None = None,
) -> list[Found]:
    """Every cue with its parts before it becomes a ``ClaimMention``, in text order, nested
    ones flagged (for ``quality.train.learn_cues``, which reads the learned cues' triggers).
    The arguments are those of ``extract_attributions``."""
    ctx = claim_context(doc, lexicon or load_lexicon(), _classifier(classifier), actors, settings)
    return _find(ctx)[0]


def rule_marks(doc: Doc, lexicon: Lexicon | None = None) -> Marks:
    """What the rules alone find in ``doc``, as the cue classifier reads it (its input)."""
    ctx = claim_context(doc, lexicon or load_lexicon())
    return marks(ctx, _find(ctx)[0])


def _classifier(classifier: CueClassifier | bool | None) -> CueClassifier | None:
    """The classifier an argument names: ``True`` the shipped one, ``False``/``None`` none."""
    if classifier is True:
        return default_classifier()
    if classifier is False:
        return None
    return classifier


def _find(ctx: Context) -> tuple[list[Found], Sequence[float]]:
    """Every cue with its parts, in text order, nested ones flagged; and the classifier's
    probability per token (empty without a classifier)."""
    doc = ctx.doc
    found: dict[int, Found] = {}
    parsed = doc.has_annotation("DEP")  # the rules read the parse: none, no cues
    for tok in cue_candidates(ctx) if parsed else ():
        item = cue_at(ctx, tok)
        if item is None or not item.content:
            continue
        item.anchor = tok.i
        key = item.cue[0].i
        if key not in found or item.trigger.startswith("obj:"):
            found[key] = item  # "expressed support for X" wins over "expressed"
    items = _finish(ctx, found)
    probs: Sequence[float] = ()
    if ctx.classifier is not None:
        probs = ctx.classifier.probabilities(doc, marks(ctx, items))
        flags = [p >= ctx.classifier.threshold for p in probs]
        tagged = [whole_word(doc, s) for s in cue_runs(doc, flags)]
        merge_tagged(ctx, found, tagged)
        items = _finish(ctx, found)
    # Left out: a cue only the classifier found inside another attribution's content (a
    # clause or a quote), as PolNeAR marks few cues there (keeping them, now that the
    # confirmed nested ones are scored, leaves dev cue F1 at 0.673 and shows more doubtful
    # claims); and a speech act with a modal inside another's content ("officials
    # worry that experts could disclose details"), which someone else imagines.
    ruled = [span for v in items if v.trigger != "tagged" for span in v.content]
    drop = [
        k for k, v in found.items()
        if (v.trigger == "tagged" and (v.nested or _inside(ctx, v, ruled)))
        or (v.nested and _is_hypothetical(ctx, v))
        or any_in_idiom(v.cue, ctx.lex.cue_idioms)  # a tagged 'That said'
    ]  # fmt: skip
    if drop:
        for k in drop:
            del found[k]
        items = _finish(ctx, found)
    return items, probs


def _finish(ctx: Context, found: dict[int, Found]) -> list[Found]:
    """The found cues in text order, quotes continued and nested ones flagged (in place)."""
    items = sorted(found.values(), key=lambda f: f.cue[0].i)
    continue_quotes(ctx, items)
    _mark_nested(ctx, items)
    return items


def _mark_nested(ctx: Context, items: list[Found]) -> None:
    """Flag cues inside another cue's content clause or source (linear: coverage counts)."""
    cover = [0] * (len(ctx.doc) + 1)
    ranges: list[list[tuple[int, int]]] = []
    for item in items:
        own: list[tuple[int, int]] = []
        if item.clausal and item.head is not None:
            own.append((item.head.left_edge.i, item.head.right_edge.i))
        if item.source is not None:
            own.append((item.source.left_edge.i, item.source.right_edge.i))
        for lo, hi in own:
            cover[lo] += 1
            cover[hi + 1] -= 1
        ranges.append(own)
    total = 0
    for i in range(len(cover)):
        total += cover[i]
        cover[i] = total
    for item, own in zip(items, ranges, strict=True):
        mine = sum(1 for lo, hi in own if lo <= item.anchor <= hi)
        item.nested = cover[item.anchor] - mine > 0


def _inside(ctx: Context, item: Found, contents: list[CharSpan]) -> bool:
    """Whether the cue's anchor token lies inside one of the content spans or inside a
    direct quote of several words."""
    toks = doc_tokens(ctx.doc).tokens
    anchor = toks[item.anchor if item.anchor >= 0 else item.cue[0].i]
    if inside_long_quote(ctx, anchor):  # a quoted speaker's words, not a new claim
        return True
    return within(anchor, contents)


def _is_hypothetical(ctx: Context, item: Found) -> bool:
    """Whether the cue's verb has a modal auxiliary ("could disclose", "may say"), or the
    verb of need it is the infinitive of has one ("may have to declare")."""
    toks = doc_tokens(ctx.doc).tokens
    if item.anchor < 0:
        return False
    verb = toks[item.anchor]
    if verb.pos_ not in ("VERB", "AUX"):  # "could disclose details": the object's verb
        verb = verb.head
    verbs = [verb]
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ctx.lex.obligations:
        verbs.append(verb.head)
    return any(c.dep_ == "aux" and c.lower_ in ctx.lex.modals
               for v in verbs for c in children_of(v))
