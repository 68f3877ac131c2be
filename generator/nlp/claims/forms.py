"""The forms of a page that attribute words without a reporting verb: a headline's colon
("Cruz: Trump would …"), a transcript's speaker label ("WALLACE: Let's start …", "Blair:
Well, …") and a quote signed with a dash ('"…" ― Sonya Herridge'). The form is the evidence,
so these cues are kept whether or not the cue classifier confirms them (trigger ``form:…``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.nlp.doc_tokens import doc_tokens, sent_of

from .content import next_paragraph
from .context import Context, Found
from .spans import CharSpan, runs

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # the tags of a finite verb
SIGNATURE_DASHES = frozenset({"―", "—", "–", "--"})  # '"…" ― Name': the quote's signature


def colon_cue(ctx: Context, tok: Token) -> Found | None:
    """A headline-style "Name: what they say", with no verb before the colon, or a
    transcript's speaker label ("WALLACE: Let's start ...")."""
    doc = ctx.doc
    dt = doc_tokens(doc)
    toks = dt.tokens
    sent = sent_of(tok)
    start = sent.start
    while start < tok.i and (toks[start].is_space or toks[start].is_quote):
        start += 1  # a transcript quoted whole: '"PENCE: Well, look, ...'
    # a transcript's label ("KATE BOULDUAN:", "Seitz-Wald:"), which the parse misreads:
    # the label opens its paragraph, wherever the parse starts the sentence
    transcript = tok.i in ctx.labels
    if transcript:
        start = tok.i
        while start > 0 and "\n" not in doc[start - 1].text and not doc[start - 1].is_quote:
            start -= 1
    before = doc[start : tok.i]
    if not 0 < len(before) <= 8:
        return None
    if not transcript and any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in before):
        return None
    label = transcript or (len(before) == 1 and _upper_label(ctx, before[0])) or (
        _speaker_name(ctx, before) and (start == 0 or "\n" in toks[start - 1].text))
    headline = not label and _headline_speaker(ctx, before)
    if not (label or headline) and not any(t.ent_type_ in ("PERSON", "ORG") for t in before):
        return None
    end = sent.end
    if all(t.is_space for t in toks[tok.i + 1 : end]) and "\n" not in dt.span_text(tok.i, end):
        # the parser ended the sentence at the colon of a headline ("Clinton to Planned
        # Parenthood: Trump will ..."): what is said is the next sentence of the line
        end = _line_end(doc, end)
    said = doc[tok.i + 1 : end]
    if not transcript and not any(not t.is_space for t in toks[:start]) and not (  # the
            any(t.tag_ in _FINITE or t.is_quote for t in said)):  # headline ...
        return None  # ... a title, not words said: "Johnny Depp: The acting outlaw"
    if label:  # a speaker's turn runs to the end of the paragraph, over its sentences
        end = tok.i + 1
        while end < len(doc) and "\n" not in toks[end].text:
            end += 1
    after = doc[tok.i + 1 : end]
    content = runs(doc, range(tok.i + 1, end))
    if len([t for t in after if t.is_alpha]) < 3:
        # a speaker's label alone on its line ("SMITH:"): the turn is the next paragraph
        turn = next_paragraph(ctx, tok) if label else None
        if turn is None:
            return None
        content = [turn]
        after = ctx.doc.char_span(*turn, alignment_mode="expand") or after
    found = Found([tok], "assertion", content, source=before.root, head=after.root)
    found.source_span = (before.start_char, before.end_char)
    if label:
        found.trigger = "form:label"
    elif headline:
        found.trigger = "form:headline"
    return found


def _headline_speaker(ctx: Context, words: Span) -> bool:
    """Whether ``words`` open the article's headline as its speaker ("Cruz: Trump would
    …", "Murphy: That was a bruising battle"): the first words of the text, title-case
    (the model, on a title-case headline, often takes the name for a common noun and finds
    no entity), not a page label ("Breaking:", "In Pictures:") nor a topic headed by one
    ("Iraq Inquiry:", "Budget Day:")."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    if any(not t.is_space for t in toks[: words.start]) or len(words) > 4:
        return False
    return all(t.is_title or t.is_upper or t.lower_ in ("'s", "’s") for t in words) and (
        words[0].pos_ != "ADP"
        and words[0].lower_ not in ctx.lex.page_labels
        and words[-1].lower_ not in ctx.lex.page_labels)


def _line_end(doc: Doc, i: int) -> int:
    """The end of the sentence at token ``i`` (not past the end of its line)."""
    toks = doc_tokens(doc).tokens
    if i >= len(doc):
        return i
    end = sent_of(toks[i]).end
    for j in range(i, end):
        if "\n" in toks[j].text:
            return j
    return end


def _upper_label(ctx: Context, word: Token) -> bool:
    """Whether one upper-case word before a colon labels a speaker's turn ("WALLACE:"), not
    a part of the page ("UPDATE:", "VIDEO:", "EXCLUSIVE:", ``page_labels``)."""
    return word.is_upper and len(word) > 1 and word.lower_ not in ctx.lex.page_labels


def _speaker_name(ctx: Context, words: Span) -> bool:
    """Whether ``words`` are a person's name, as a transcript labels a turn ("Blair",
    "Mr Howard"; not "Profile" nor "Analysis")."""
    root = words.root
    return (
        len(words) <= 3
        and all(t.pos_ == "PROPN" for t in words)
        and (root.ent_type_ == "PERSON" or root.text in ctx.person_words)
    )


def signature_cue(ctx: Context, tok: Token) -> Found | None:
    """A quote signed with a dash after its closing mark: '"…" ― Sonya Herridge'."""
    doc = ctx.doc
    toks = doc_tokens(doc).tokens
    prev = tok.i - 1
    while prev > 0 and toks[prev].is_space:
        prev -= 1
    quote = ctx.quotes.before(tok.idx)
    if quote is None or ctx.quotes.spans[quote][1] != toks[prev].idx + len(toks[prev]):
        return None
    end = tok.i + 1
    while end < len(doc) and "\n" not in toks[end].text and end - tok.i <= 6:
        end += 1
    name = [t for t in toks[tok.i + 1 : end] if not t.is_space and not t.is_punct]
    if not name or len(name) > 5 or not all(t.pos_ == "PROPN" for t in name):
        return None
    if end < len(doc) and "\n" not in toks[end].text and not toks[end].is_punct:
        return None  # the dash goes on with a sentence: an aside, not a signature
    quoted: CharSpan = ctx.quotes.spans[quote]
    found = Found([tok], "assertion", [quoted], source=name[-1], head=name[-1])
    found.trigger = "form:signature"
    found.source_span = (name[0].idx, name[-1].idx + len(name[-1]))
    return found
