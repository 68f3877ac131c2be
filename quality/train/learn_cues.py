"""Learn attribution cue triggers from a PolNeAR split: ``patterns/cues_learned.tsv``.

The hand lexicon (``patterns/attribution.yml``) lists speech and belief words; PolNeAR also
marks as cues many stance words ("backed", "is critical of", "criticism of"). This command
measures, on the annotated articles, how each candidate word would do as a cue *in the
extractor*: every verb, copula adjective ("acomp"), object noun ("cast doubt on") and
noun-with-preposition lemma that the hand lexicon lacks is made a cue, the extractor runs,
and each candidate's cue tokens are checked against the gold cues (precision) and its hits
counted (support). The lemmas with enough support and precision are kept. The thresholds are
chosen on a held-out slice of the articles learned from (every fifth), learning from the other
four fifths, then the table is learned again from all of them with the chosen thresholds.

The held-out tenth of the split (``quality.splits.is_heldout``: article i in name order when
i % 10 == 9, the articles ``evaluate polnear --heldout`` scores and ``train_cues`` holds out)
takes no part, neither in choosing the thresholds nor in the final table, so the held-out
figures are those of articles the table never saw. The header written says so.

It also learns which prepositions PolNeAR keeps in the cue after a verb ("responded to"):
a (verb lemma, preposition) pair is kept when the preposition right after a gold cue verb is
inside the cue at least half of the time.

The output holds lemmas and counts only (no corpus text), sorted, so the same input gives
the same file:

    python -m quality.train.learn_cues /work/shared/corpora/polnear/data/train \\
        --out generator/nlp/patterns/cues_learned.tsv --cache /tmp/polnear-train.spacy
"""

from __future__ import annotations

import argparse
import bisect
import dataclasses
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.tokens import Doc, DocBin

from generator.nlp.claims import LEARNED, Lexicon, extract_attributions, find_cues, load_lexicon
from quality.evaluate.polnear import (
    ROLES,
    GoldDoc,
    as_articles,
    figures,
    load_split,
    predicted_mentions,
    score_documents,
    split_problem,
)
from quality.evaluate.spans import Mention
from quality.splits import HOLDOUT_EVERY as SPLIT_HOLDOUT_EVERY
from quality.splits import is_heldout

# learned cue class by kind (PolNeAR has no classes: stance adjectives read as beliefs)
KIND_CLASS = {"verb": "assertion", "adj": "belief", "noun": "assertion", "obj": "assertion"}
SUPPORTS = (2, 3, 4, 6, 10)
PRECISIONS = (0.3, 0.4, 0.5, 0.6, 0.7)
PREP_SUPPORT = 3
PREP_SHARE = 0.5
HOLDOUT_EVERY = 5
SMOOTHING = 4  # precision = hits / (tokens + SMOOTHING): rare lemmas need more evidence
HEADER = ("kind", "lemma", "extra", "cls", "support", "hits", "tokens", "precision")

Stats = dict[str, list[int]]  # trigger -> [support (items hitting gold), hit tokens, tokens]


def parse(
    docs: Sequence[GoldDoc],
    cache: Path | None = None,
    model: str | None = None,
    n_process: int = 1,
) -> list[Doc]:
    """Parse the articles with the project pipeline exactly as ``evaluate polnear`` (and the
    site) parses them: every line a paragraph (``quality.evaluate.polnear.as_articles``), so what
    is learned from is what it is applied to. Through a DocBin cache when given (used when it
    holds the same texts, parsed that way)."""
    from generator.nlp.pipeline import DEFAULT_MODEL, load_nlp

    nlp = load_nlp(model or DEFAULT_MODEL)
    if cache is not None and cache.is_file():
        parsed = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(parsed) == len(docs) and all(
            p.text == d.text and lines_start_sentences(p)
            for p, d in zip(parsed, docs, strict=True)
        ):
            return parsed
    texts = [d.text for d in docs]
    parsed = list(nlp.pipe(as_articles(nlp, texts), batch_size=16, n_process=n_process))
    if cache is not None:
        bin_ = DocBin(store_user_data=False)
        for doc in parsed:
            bin_.add(doc)
        bin_.to_disk(cache)
    return parsed


def lines_start_sentences(doc: Doc) -> bool:
    """Whether every line of ``doc`` starts a sentence, as a parse by ``as_articles`` does (a
    cache written when a single line break did not end a paragraph fails it)."""
    from generator.content import paragraph_spans

    starts = {s for s, _ in paragraph_spans(doc.text, each_line=True)}
    return all(tok.is_sent_start for tok in doc if tok.i > 0 and tok.idx in starts)


def gold_cue_tokens(doc: Doc, mentions: Iterable[Mention]) -> set[int]:
    """Indices of the tokens of ``doc`` that share a character with a gold cue."""
    starts = [t.idx for t in doc]
    out: set[int] = set()
    for mention in mentions:
        for start, end in mention:
            i = max(bisect.bisect_right(starts, start) - 1, 0)
            while i < len(doc) and doc[i].idx < end:
                if doc[i].idx + len(doc[i]) > start and not doc[i].is_space:
                    out.add(i)
                i += 1
    return out


def candidate_lexicon(docs: Iterable[Doc], lex: Lexicon) -> Lexicon:
    """``lex`` with every verb, copula adjective, object noun and noun-with-preposition lemma
    it lacks made a learned cue, so that one extractor run tries them all."""
    verbs: set[str] = set()
    adjs: set[str] = set()
    nouns: set[str] = set()
    objs: set[str] = set()
    for doc in docs:
        for tok in doc:
            lemma = tok.lemma_.lower()
            lemma = lex.lemma_aliases.get(lemma, lemma)
            if not lemma.isalpha():
                continue
            if tok.pos_ == "VERB":
                verbs.add(lemma)
            elif tok.pos_ == "ADJ" and tok.dep_ == "acomp":
                adjs.add(lemma)
            elif tok.pos_ == "NOUN":
                if any(c.dep_ == "prep" for c in tok.rights):
                    nouns.add(lemma)
                if tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
                    objs.add(lemma)
    known = set(lex.verb_class) | set(lex.passive_cues) | set(lex.raising_verbs)
    return dataclasses.replace(
        lex,
        learned_verbs={v: KIND_CLASS["verb"] for v in sorted(verbs - known)},
        learned_adjs={a: KIND_CLASS["adj"] for a in sorted(adjs)},
        learned_nouns={n: KIND_CLASS["noun"] for n in sorted(nouns - set(lex.noun_class))},
        learned_objs={o: KIND_CLASS["obj"] for o in sorted(objs)},
    )


def trigger_stats(docs: Sequence[Doc], golds: Sequence[GoldDoc], cand: Lexicon) -> Stats:
    """Per learned trigger: items whose cue meets a gold cue, cue tokens in gold, cue tokens."""
    stats: Stats = defaultdict(lambda: [0, 0, 0])
    for doc, gold in zip(docs, golds, strict=True):
        in_gold = gold_cue_tokens(doc, gold.mentions["cue"])
        for item in find_cues(doc, cand, classifier=False):
            if not item.trigger or item.nested:
                continue
            toks = [t.i for t in item.cue if not t.is_punct]
            hits = sum(1 for i in toks if i in in_gold)
            row = stats[item.trigger]
            row[0] += 1 if hits else 0
            row[1] += hits
            row[2] += len(toks)
    return dict(stats)


def prep_stats(docs: Sequence[Doc], golds: Sequence[GoldDoc], lex: Lexicon) -> Stats:
    """Per "verb prep" pair after a gold cue verb: [times the prep is in the cue, times seen]."""
    stats: Stats = defaultdict(lambda: [0, 0])
    for doc, gold in zip(docs, golds, strict=True):
        in_gold = gold_cue_tokens(doc, gold.mentions["cue"])
        for i in sorted(in_gold):
            tok = doc[i]
            if tok.pos_ != "VERB":
                continue
            nxt = i + 1
            while nxt < len(doc) and doc[nxt].dep_ == "prt" and doc[nxt].head.i == i:
                nxt += 1
            if nxt >= len(doc):
                continue
            prep = doc[nxt]
            if prep.head.i != i or prep.dep_ not in ("prep", "agent") or not prep.is_alpha:
                continue
            lemma = tok.lemma_.lower()
            row = stats[f"{lex.lemma_aliases.get(lemma, lemma)} {prep.lower_}"]
            row[0] += 1 if nxt in in_gold else 0
            row[1] += 1
    return dict(stats)


def select(stats: Stats, min_support: int, min_precision: float) -> dict[str, str]:
    """The triggers ("verb:back") with enough support and token precision, with their class."""
    out: dict[str, str] = {}
    for trigger, (support, hits, tokens) in stats.items():
        if support >= min_support and hits / (tokens + SMOOTHING) >= min_precision:
            out[trigger] = KIND_CLASS[trigger.split(":", 1)[0]]
    return out


def with_learned(lex: Lexicon, chosen: dict[str, str], preps: Iterable[str]) -> Lexicon:
    """``lex`` with the chosen triggers and preposition pairs as its learned entries."""
    by_kind: dict[str, dict[str, str]] = {"verb": {}, "adj": {}, "noun": {}, "obj": {}}
    for trigger, cls in chosen.items():
        kind, lemma = trigger.split(":", 1)
        by_kind[kind][lemma] = cls
    return dataclasses.replace(
        lex,
        learned_verbs=by_kind["verb"],
        learned_adjs=by_kind["adj"],
        learned_nouns=by_kind["noun"],
        learned_objs=by_kind["obj"],
        cue_preps=frozenset(tuple(p.split(" ", 1)) for p in preps),  # type: ignore[misc]
    )


def chosen_preps(stats: Stats) -> list[str]:
    """The "verb prep" pairs whose preposition is usually inside the cue."""
    return sorted(
        k
        for k, (inside, seen) in stats.items()
        if seen >= PREP_SUPPORT and inside / seen >= PREP_SHARE
    )


def score(docs: Sequence[Doc], golds: Sequence[GoldDoc], lex: Lexicon) -> dict[str, dict]:
    """PolNeAR figures of the extractor with ``lex`` (nested attributions left out)."""
    pairs = []
    for doc, gold in zip(docs, golds, strict=True):
        items = [a for a in extract_attributions(doc, lex, classifier=False) if not a.nested]
        pairs.append((gold.text, predicted_mentions(items), gold.mentions))
    return figures(score_documents(pairs))


def objective(fig: dict[str, dict]) -> float:
    """What the thresholds maximise: the sum of the overlap F1 of the three roles (raising
    cue recall must not cost source and content more than it gains)."""
    return sum(fig["overlap"][role]["f"] for role in ROLES)


def choose_thresholds(
    docs: Sequence[Doc], golds: Sequence[GoldDoc], base: Lexicon, log=None
) -> tuple[int, float]:
    """(min support, min precision) that score best on every fifth article when learned on
    the others."""
    held = [k for k in range(len(docs)) if k % HOLDOUT_EVERY == HOLDOUT_EVERY - 1]
    held_set = set(held)
    fit = [k for k in range(len(docs)) if k not in held_set]
    fit_docs, fit_golds = [docs[k] for k in fit], [golds[k] for k in fit]
    held_docs, held_golds = [docs[k] for k in held], [golds[k] for k in held]
    cand = candidate_lexicon(fit_docs, base)
    stats = trigger_stats(fit_docs, fit_golds, cand)
    preps = chosen_preps(prep_stats(fit_docs, fit_golds, base))
    best: tuple[float, int, float] | None = None
    for support in SUPPORTS:
        for precision in PRECISIONS:
            lex = with_learned(base, select(stats, support, precision), preps)
            value = objective(score(held_docs, held_golds, lex))
            if log is not None:
                print(f"support>={support} precision>={precision}: {value:.4f}", file=log)
            if best is None or value > best[0] + 1e-9:
                best = (value, support, precision)
    assert best is not None
    return best[1], best[2]


def learn(
    docs: Sequence[Doc],
    golds: Sequence[GoldDoc],
    base: Lexicon,
    min_support: int | None = None,
    min_precision: float | None = None,
    log=None,
) -> tuple[list[tuple[str, ...]], tuple[int, float]]:
    """The rows of the learned table and the thresholds used."""
    if min_support is None or min_precision is None:
        support, precision = choose_thresholds(docs, golds, base, log)
        min_support = support if min_support is None else min_support
        min_precision = precision if min_precision is None else min_precision
    stats = trigger_stats(docs, golds, candidate_lexicon(docs, base))
    rows: list[tuple[str, ...]] = []
    for trigger, cls in select(stats, min_support, min_precision).items():
        kind, lemma = trigger.split(":", 1)
        support, hits, tokens = stats[trigger]
        rows.append(
            (
                kind,
                lemma,
                "-",
                cls,
                str(support),
                str(hits),
                str(tokens),
                f"{hits / (tokens + SMOOTHING):.3f}",
            )
        )
    pstats = prep_stats(docs, golds, base)
    for pair in chosen_preps(pstats):
        lemma, prep = pair.split(" ", 1)
        inside, seen = pstats[pair]
        rows.append(
            ("prep", lemma, prep, "-", str(seen), str(inside), str(seen), f"{inside / seen:.3f}")
        )
    rows.sort()
    return rows, (min_support, min_precision)


def write_table(
    path: Path, rows: Sequence[tuple[str, ...]], thresholds: tuple[int, float], source: str
) -> None:
    """Write the learned table (tab-separated, comment header)."""
    lines = [
        "# ClaimMention cues learned by `python -m quality.train.learn_cues`"
        " (lemmas and counts only).",
        f"# from: {source}; min support {thresholds[0]}, min token precision {thresholds[1]}",
        "# verb/adj/noun/obj: support = cues meeting a gold cue, hits of tokens = cue tokens inside"
        f" gold cues, precision = hits / (tokens + {SMOOTHING})",
        "# prep: the preposition after the verb is in the gold cue `hits` times out of `tokens`",
        "\t".join(HEADER),
        *("\t".join(r) for r in rows),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def learnable(golds: Sequence[GoldDoc]) -> list[GoldDoc]:
    """The articles of a split (in name order) that may be learned from: all but the held-out
    tenth (``quality.splits.is_heldout``)."""
    return [g for i, g in enumerate(golds) if not is_heldout(i)]


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: learn the cue table from a PolNeAR split folder."""
    parser = argparse.ArgumentParser(
        prog="python -m quality.train.learn_cues",
        description="Learn attribution cue lemmas from a PolNeAR split (brat standoff).",
    )
    parser.add_argument("dir", type=Path, help="a split folder with text/ and attributions/")
    parser.add_argument("--out", type=Path, default=LEARNED, help="the table to write")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--cache", type=Path, default=None, help="DocBin file for the parses")
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    parser.add_argument("--min-support", type=int, default=None, help="skip threshold search")
    parser.add_argument("--min-precision", type=float, default=None, help="skip threshold search")
    args = parser.parse_args(list(argv) if argv is not None else None)
    problem = split_problem(args.dir)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    every = load_split(args.dir, args.limit)
    golds = learnable(every)
    docs = parse(golds, args.cache, args.model)
    base = load_lexicon(learned=None)
    rows, thresholds = learn(docs, golds, base, args.min_support, args.min_precision, sys.stderr)
    source = (
        f"{args.dir.name} ({len(golds)} of {len(every)} articles: every "
        f"{SPLIT_HOLDOUT_EVERY}th, the held-out part, left out)"
    )
    write_table(args.out, rows, thresholds, source)
    print(f"{args.out}: {len(rows)} entries, thresholds {thresholds}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
