"""The spaCy component that runs the extractors, so that they run inside ``nlp.pipe`` workers.

The component writes ``ArticleAnnotations.to_dict()`` (plain lists, ints and strings) to
``doc.user_data["news"]``: it travels back from worker processes with the ``Doc`` and goes into
the per-article cache as it is; ``generator.annotate`` reads it back into typed records.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.annotations import ArticleAnnotations
from generator.nlp.doc_tokens import release

COMPONENT = "news_annotator"
PARAGRAPHS = "paragraph_breaks"
DATE_KEY = "article_date"
PARAGRAPHS_KEY = "paragraph_starts"  # character offsets where the article's paragraphs start
RESULT_KEY = "news"


def annotate_doc(doc: Doc, article_date: str | None = None) -> ArticleAnnotations:
    """Run every extractor on a parsed article body."""
    from .actors import extract_actor_mentions
    from .actors.context import work_names
    from .claims import extract_attributions
    from .events import extract_events

    try:
        actors = extract_actor_mentions(doc)
        claims = extract_attributions(doc, actors=actors)
        events = extract_events(doc, actors, article_date)
    finally:
        release()  # the document's shared tokens (``doc_tokens``) are no longer needed
    return ArticleAnnotations(
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents),
        tokens=len(doc),
        actors=tuple(actors),
        claims=tuple(claims),
        events=tuple(events),
        works=work_names(doc),
    )


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph starts a sentence (set before the parser, which keeps sentence starts it is
    given). Without this the parser runs a paragraph on into the next one in about one sentence
    in ten of news text, when a paragraph ends in a quote or a headline has no final stop, and a
    claim's content or an event runs on with it. The paragraphs are the article's own
    (``Article.paragraphs``, passed in ``doc.user_data``: every line of a .txt); a Doc made from
    bare text takes a blank line as the break (a single line break in Markdown only wraps)."""
    starts = doc.user_data.get(PARAGRAPHS_KEY)
    if starts is None:
        for tok in doc[:-1]:
            if tok.is_space and tok.text.count("\n") >= 2:
                doc[tok.i + 1].is_sent_start = True
        return doc
    wanted = sorted(set(starts))
    k = 0
    for tok in doc:  # one sweep: tokens and starts both in text order
        while k < len(wanted) and wanted[k] < tok.idx:
            k += 1
        if k < len(wanted) and wanted[k] == tok.idx and tok.i > 0:
            tok.is_sent_start = True
    return doc


@Language.component(COMPONENT)
def news_annotator(doc: Doc) -> Doc:
    """Extract actors, claims and events; store them in ``doc.user_data``."""
    try:
        result = annotate_doc(doc, doc.user_data.get(DATE_KEY)).to_dict()
    except Exception as exc:  # one article's failure must not stop the others
        result = {"error": f"annotation failed: {type(exc).__name__}: {exc}"}
    doc.user_data[RESULT_KEY] = result
    return doc
