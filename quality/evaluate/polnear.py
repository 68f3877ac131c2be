"""Score ``extract_attributions`` against a PolNeAR split (brat standoff): cue, source, content.

Gold spans are every ``Source``, ``Cue`` and ``Content`` text-bound annotation (``T`` line) of the
article's annotation file; when an article has several ``<name>_<annotator>.ann`` files the first
in sorted order is used. Two scores per role, micro-averaged over the articles:

* exact: a predicted mention equals a gold mention after trimming whitespace and punctuation off
  each fragment and joining fragments separated only by whitespace (``spans.normalize``);
* overlap: token overlap, with regex word tokens (``\\w+`` runs and single punctuation marks,
  ``spans.word_tokens``): precision is the share of predicted tokens inside gold spans of the same
  role, recall the share of gold tokens covered by predicted spans of that role.

PolNeAR marks few cues inside another attribution's content, so attributions the extractor
flags as nested there (``nested``) are left out of the score unless the cue classifier,
which learned PolNeAR's choices, confirmed the cue (``confirmed``).

Run: ``python -m quality.evaluate.polnear /work/shared/corpora/polnear/data/dev``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.annotations import ClaimMention
from quality.evaluate.spans import Counts, Mention, role_counts

ROLES = ("cue", "source", "content")
_BRAT_ROLES = {"Cue": "cue", "Source": "source", "Content": "content"}


@dataclass
class GoldDoc:
    """One article: its name, text and gold mentions by role (``others``: those of the other
    annotators, when ``load_split`` is asked for every annotation file)."""

    name: str
    text: str
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    others: list[dict[str, list[Mention]]] = field(default_factory=list)


def parse_fragments(offsets: str) -> Mention:
    """Parse brat offsets ``"10 20"`` or ``"10 20;25 30"`` into a mention."""
    frags = []
    for part in offsets.split(";"):
        start, end = part.split()
        frags.append((int(start), int(end)))
    return tuple(frags)


def read_ann(text: str) -> dict[str, list[Mention]]:
    """Gold mentions by role from the text of a brat ``.ann`` file."""
    out: dict[str, list[Mention]] = {role: [] for role in ROLES}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        kind, _, offsets = parts[1].partition(" ")
        role = _BRAT_ROLES.get(kind)
        if role is None:
            continue
        try:
            out[role].append(parse_fragments(offsets))
        except ValueError:
            continue
    return out


def annotation_files(ann_dir: Path, name: str) -> list[Path]:
    """Every ``name_<annotator>.ann`` file of article ``name``, in name order."""
    return sorted(p for p in ann_dir.glob(f"{name}_*.ann") if p.stem.rsplit("_", 1)[0] == name)


def split_problem(folder: Path) -> str | None:
    """Why ``folder`` is not a PolNeAR split folder (``None`` when it is one)."""
    if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        return f"{folder}: expected text/ and attributions/ folders"
    return None


def load_split(
    folder: Path, limit: int | None = None, every_annotator: bool = False
) -> list[GoldDoc]:
    """Read the articles of a split folder (``text/`` and ``attributions/``), sorted by name;
    ``every_annotator`` also reads the other annotators' files into ``GoldDoc.others``."""
    docs: list[GoldDoc] = []
    for txt in sorted((folder / "text").glob("*.txt")):
        files = annotation_files(folder / "attributions", txt.stem)
        if not files:
            continue
        text = txt.read_text(encoding="utf-8")
        gold, *rest = (
            read_ann(f.read_text(encoding="utf-8"))
            for f in (files if every_annotator else files[:1])
        )
        docs.append(GoldDoc(txt.stem, text, gold, rest))
        if limit is not None and len(docs) >= limit:
            break
    return docs


def as_articles(nlp, texts: Iterable[str]) -> Iterator:
    """Docs to parse, each with its paragraphs as the site reads a ``.txt`` article (every
    line a paragraph, so a headline or dateline line is its own sentence): what ``annotate``
    gives the pipeline (``generator.content.paragraph_spans``)."""
    from generator.content import paragraph_spans
    from generator.nlp.components import PARAGRAPHS_KEY

    for text in texts:
        doc = nlp.make_doc(text)
        doc.user_data[PARAGRAPHS_KEY] = [s for s, _ in paragraph_spans(text, each_line=True)]
        yield doc


def scored(attributions: Iterable[ClaimMention]) -> list[ClaimMention]:
    """The attributions PolNeAR can credit: those not nested in another's content, and the nested
    ones the cue classifier confirmed (PolNeAR marks some cues inside others' contents, which
    the classifier learned; the rules' own nested cues, kept for attribution chains, are not
    scored)."""
    return [
        a for a in attributions
        if not a.nested or a.confirmed
    ]  # fmt: skip


def predicted_mentions(attributions: Iterable[ClaimMention]) -> dict[str, list[Mention]]:
    """Mentions by role from extracted attributions (content parts when the extractor split it)."""
    out: dict[str, list[Mention]] = {role: [] for role in ROLES}
    for att in attributions:
        cue_parts = att.cue_parts
        out["cue"].append(tuple(cue_parts) if cue_parts else (att.cue,))
        if att.source is not None:
            out["source"].append((att.source,))
        parts = att.content_parts
        out["content"].append(tuple(parts) if parts else (att.content,))
    return out


def score_documents(
    pairs: Iterable[tuple[str, dict[str, list[Mention]], dict[str, list[Mention]]]],
) -> dict[str, dict[str, Counts]]:
    """Micro-averaged counts over ``(text, predicted, gold)`` triples."""
    total: dict[str, dict[str, Counts]] = {
        mode: {role: Counts() for role in ROLES} for mode in ("exact", "overlap")
    }
    for text, pred, gold in pairs:
        doc_counts = role_counts(text, pred, gold, ROLES)
        for mode, by_role in doc_counts.items():
            for role, counts in by_role.items():
                total[mode][role].add(counts)
    return total


def figures(total: dict[str, dict[str, Counts]]) -> dict[str, dict[str, dict[str, float]]]:
    """``{mode: {role: {"p", "r", "f"}}}`` rounded to 4 decimals."""
    out: dict[str, dict[str, dict[str, float]]] = {}
    for mode, by_role in total.items():
        out[mode] = {}
        for role, counts in by_role.items():
            p, r, f = counts.prf()
            out[mode][role] = {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4)}
    return out


def evaluate(
    folder: Path,
    limit: int | None = None,
    model: str | None = None,
    cues: bool | None = None,
    heldout: bool = False,
    every_annotator: bool = False,
    tune: bool = False,
) -> dict[str, object]:
    """Run the pipeline and the extractor over a split and return the figures.

    ``cues``: use the trained cue classifier (``generator.nlp.claims.classifier``); ``None``
    uses it when its weights are there, ``False`` scores the rules alone. ``heldout``: only
    the articles that ``train_cues`` holds out when it chooses the threshold (every tenth);
    ``tune``: the other articles (what rules may be tuned on).
    ``every_annotator``: score against each annotator's file of each article (micro over
    all of them), to set beside ``agreement``.
    """
    from generator.nlp.claims import extract_attributions
    from generator.nlp.claims.classifier import MODEL_DIR, default_classifier
    from generator.nlp.pipeline import DEFAULT_MODEL, load_nlp

    docs = load_split(folder, limit, every_annotator)
    if heldout or tune:  # ``tune``: the nine tenths not held out
        from quality.splits import is_heldout

        docs = [d for i, d in enumerate(docs) if is_heldout(i) == heldout]
    classifier = default_classifier() if cues is not False else None
    if cues and classifier is None:
        raise RuntimeError(
            f"no cue classifier in {MODEL_DIR} (train it: python -m quality.train.train_cues)"
        )
    nlp = load_nlp(model or DEFAULT_MODEL)
    started = time.perf_counter()
    pairs = []
    n_pred = n_scored = 0
    for gold, doc in zip(docs, nlp.pipe(as_articles(nlp, [d.text for d in docs])), strict=True):
        atts = extract_attributions(doc, classifier=classifier or False)
        kept = scored(atts)
        n_pred += len(atts)
        n_scored += len(kept)
        predicted = predicted_mentions(kept)
        for mentions in (gold.mentions, *gold.others):
            pairs.append((gold.text, predicted, mentions))
    seconds = time.perf_counter() - started
    result: dict[str, object] = {
        "cue_classifier": classifier is not None,
        "articles": len(docs),
        "gold_cues": sum(len(d.mentions["cue"]) for d in docs),
        "predicted": n_pred,
        "scored": n_scored,
        "seconds": round(seconds, 1),
    }
    result.update(figures(score_documents(pairs)))
    return result


def agreement(folder: Path) -> dict[str, object]:
    """Inter-annotator agreement: on every article with two or more annotation files, each
    annotator's file scored against each other's (every ordered pair; with two annotators
    this is the second against the first, as the scores are symmetric), with the same
    measures. A ceiling for any extractor on the split."""
    pairs = []
    articles = files = cues = 0
    for doc in load_split(folder, every_annotator=True):
        anns = [doc.mentions, *doc.others]
        if len(anns) < 2:
            continue
        articles += 1
        files += len(anns)
        cues += sum(len(a["cue"]) for a in anns)
        for a, b in itertools.permutations(anns, 2):
            pairs.append((doc.text, b, a))
    result: dict[str, object] = {
        "agreement": True,
        "articles": articles,
        "annotation_files": files,
        "gold_cues": cues,
    }
    result.update(figures(score_documents(pairs)))
    return result


def format_table(result: dict[str, object]) -> str:
    """A plain-text table of the figures."""
    if result.get("agreement"):
        head = (
            f"annotator agreement (each annotator's file against each other's): articles "
            f"{result['articles']} with two or more annotators, {result['annotation_files']} "
            f"annotation files, {result['gold_cues']} cues in them"
        )
    else:
        head = (
            f"{'rules + cue classifier' if result.get('cue_classifier') else 'rules'}: "
            f"articles {result['articles']}, gold cues {result['gold_cues']}, predicted "
            f"attributions {result['predicted']} (scored {result['scored']}), {result['seconds']} s"
        )
    lines = [head, f"{'mode':8} {'role':8} {'P':>6} {'R':>6} {'F1':>6}"]
    for mode in ("exact", "overlap"):
        by_role = result[mode]
        assert isinstance(by_role, dict)
        for role in ROLES:
            v = by_role[role]
            lines.append(f"{mode:8} {role:8} {v['p']:6.3f} {v['r']:6.3f} {v['f']:6.3f}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: score the extractor on a PolNeAR split folder."""
    parser = argparse.ArgumentParser(
        prog="generator evaluate polnear",
        description="Precision/recall/F1 of attribution cue, source and content on PolNeAR.",
    )
    parser.add_argument("dir", type=Path, help="a split folder with text/ and attributions/")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--cues", dest="cues", action="store_true", default=None,
                       help="use the trained cue classifier (default: when its weights are there)")
    group.add_argument("--no-cues", dest="cues", action="store_false",
                       help="the rules alone, without the cue classifier")
    part = parser.add_mutually_exclusive_group()
    part.add_argument("--heldout", action="store_true",
                      help="only the articles the cue classifier's training held out")
    part.add_argument("--tune", action="store_true",
                      help="only the articles not held out (the part rules are tuned on)")
    parser.add_argument("--agreement", action="store_true",
                        help="score the annotators against each other where there are several")
    parser.add_argument("--every-annotator", action="store_true",
                        help="score the extractor against every annotator's file, not the first")
    args = parser.parse_args(list(argv) if argv is not None else None)
    problem = split_problem(args.dir)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if args.agreement:
        result = agreement(args.dir)
    else:
        result = evaluate(args.dir, args.limit, args.model, args.cues, args.heldout,
                          args.every_annotator, args.tune)
    print(json.dumps(result, indent=2) if args.json else format_table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
