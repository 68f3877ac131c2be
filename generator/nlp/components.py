"""The spaCy component that runs the extractors, so that they run inside ``nlp.pipe`` workers.

The component writes ``ArticleAnnotations.to_dict()`` (plain lists, ints and strings) to
``doc.user_data["news"]``: it travels back from worker processes with the ``Doc`` and goes into
the per-article cache as it is; ``generator.annotate`` reads it back into typed records.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.annotations import ArticleAnnotations

COMPONENT = "news_annotator"
PARAGRAPHS = "paragraph_breaks"
DATE_KEY = "article_date"
RESULT_KEY = "news"


def annotate_doc(doc: Doc, article_date: str | None = None) -> ArticleAnnotations:
    """Run every extractor on a parsed article body."""
    from .actors import extract_actor_mentions
    from .claims import extract_attributions
    from .events import extract_events

    actors = extract_actor_mentions(doc)
    claims = extract_attributions(doc, actors=actors)
    events = extract_events(doc, actors, article_date)
    return ArticleAnnotations(
        sentences=tuple((s.start_char, s.end_char) for s in doc.sents),
        tokens=len(doc),
        actors=tuple(actors),
        claims=tuple(claims),
        events=tuple(events),
    )


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the token after it starts one (set before the parser,
    which keeps sentence starts it is given). Without this the parser runs a paragraph on into
    the next one in about one sentence in ten of news text, when a paragraph ends in a quote
    or a headline has no final stop, and a claim's content or an event runs on with it. A
    single line break is not a boundary: Markdown bodies are often wrapped mid-sentence."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
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
