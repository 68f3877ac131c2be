"""The spaCy component that runs the extractors, so that they run inside ``nlp.pipe`` workers.

The component writes plain data (dicts of lists, ints and strings) to
``doc.user_data["news"]``: it travels back from worker processes with the ``Doc`` and goes into
the per-article cache as it is.
"""

from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "news_annotator"
PARAGRAPHS = "paragraph_breaks"
DATE_KEY = "article_date"
RESULT_KEY = "news"


def annotate_doc(doc: Doc, article_date: str | None = None) -> dict:
    """Run every extractor on a parsed article body and return the annotations as plain data."""
    from .extract_actors import extract_actor_mentions
    from .extract_claims import extract_attributions
    from .extract_events import extract_events

    actors = extract_actor_mentions(doc)
    attributions = extract_attributions(doc, actors=actors)
    events = extract_events(doc, actors, article_date)
    return {
        "sentences": [[s.start_char, s.end_char] for s in doc.sents],
        "tokens": len(doc),
        "actors": [asdict(m) for m in actors],
        "attributions": [_attribution_dict(a) for a in attributions],
        "events": [asdict(e) for e in events],
    }


def _attribution_dict(attribution) -> dict:
    data = asdict(attribution)
    extra = data.pop("extra", None) or {}  # free-form debugging data stays out of the cache
    parts = extra.get("content_parts")
    if parts:  # a content split around its cue: '"A," she said, "B."'
        data["content_parts"] = [list(p) for p in parts]
    if extra.get("speaker_parts"):  # where the source phrase names who speaks
        data["speaker_parts"] = [list(p) for p in extra["speaker_parts"]]
    if extra.get("weak"):  # scored, but not a claim the pages show (see extract_claims)
        data["weak"] = True
    return data


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
        result = annotate_doc(doc, doc.user_data.get(DATE_KEY))
    except Exception as exc:  # one article's failure must not stop the others
        result = {"error": f"annotation failed: {type(exc).__name__}: {exc}"}
    doc.user_data[RESULT_KEY] = result
    return doc
