"""Score cross-article actor merging on BBC news against a hand-made gold standard.

Usage: ``python -m generator evaluate crossdoc ../shared/corpora/bbc/bbc [--gold FILE]
[--model M] [--n-process N] [--top N] [--json]``

The gold (``tests/fixtures/crossdoc/bbc_actors.jsonl``, see its README) holds named actor
mentions of 34 BBC articles by file, character offsets into the article's body as
``generator.content`` reads it, and a real-world entity id; it stores no BBC text. The articles
are copied into a temporary content folder (the corpus is only read) and built with the
generator's own pipeline (``Builder.build_corpus``, a temporary annotation cache). Each gold
mention goes to the corpus actor one of whose mentions overlaps it (a name mention first, then
the largest overlap); a gold mention no actor mention overlaps is not found.

Figures are pairwise over gold mentions: a pair is gold-same when both mentions have one entity
id, predicted-same when both went to one actor. Precision is the share of predicted-same pairs
that are gold-same, recall the share of gold-same pairs that are predicted-same (a mention not
found joins nothing, so it costs recall). "cross" counts pairs of mentions in different articles
(what merging across articles decides), "within" pairs in one article. A false merge puts two
people or organisations on one page, which a reader cannot undo; a miss only leaves a page
incomplete: F0.5 weighs precision twice as much as recall and is the figure to watch.

The baseline is plain spaCy: its raw entities (PERSON, NORP, ORG, GPE, LOC, FAC) with one actor
per normalised string (``generator.names.name_key``) across the corpus.

The gold is split by article into "tune" and "held-out" halves (alternate articles in path order,
stored in each line's ``split``): tune on the first, check on the second.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from quality.evaluate.scoring import PRF

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "fixtures" / "crossdoc" / "bbc_actors.jsonl"
SPLITS = ("tune", "held-out")
BASELINE_LABELS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC")


@dataclass(frozen=True)
class GoldMention:
    """One gold actor mention: where it is and which real-world entity it names."""

    file: str  # relative to the BBC folder: "politics/012.txt"
    start: int
    end: int
    entity: str  # an invented id: "tony_blair"
    type: str
    name: str | None = None  # the surface form, when it is a name (at most five words)
    split: str = "tune"

    @classmethod
    def from_dict(cls, d: Mapping) -> GoldMention:
        return cls(file=d["file"], start=int(d["start"]), end=int(d["end"]),
                   entity=d["entity"], type=d["type"], name=d.get("name"),
                   split=d.get("split", "tune"))


def load_gold(path: Path | str = GOLD) -> list[GoldMention]:
    """Read the gold mentions (one JSON object a line), in file and offset order."""
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append(GoldMention.from_dict(json.loads(line)))
    return sorted(out, key=lambda g: (g.file, g.start, g.end))


def fbeta(prf: PRF, beta: float) -> float:
    """F-beta of a PRF (beta < 1 weighs precision more)."""
    p, r = prf.precision, prf.recall
    b2 = beta * beta
    return (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0


# ---- pairwise scoring ------------------------------------------------------------------------
def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def _counts(items: Iterable[tuple[str, str | None]]) -> tuple[int, int, int]:
    """(gold-same, predicted-same, both) pair counts of (gold entity, predicted actor) items."""
    gold: Counter = Counter()
    pred: Counter = Counter()
    both: Counter = Counter()
    for entity, actor in items:
        gold[entity] += 1
        if actor is not None:
            pred[actor] += 1
            both[(entity, actor)] += 1
    return (sum(_pairs(n) for n in gold.values()), sum(_pairs(n) for n in pred.values()),
            sum(_pairs(n) for n in both.values()))


def pairwise(mentions: Sequence[tuple[str, str, str | None]]) -> dict[str, PRF]:
    """Pairwise same-actor counts of (article, gold entity, predicted actor or None) mentions.

    Returns ``{"cross": PRF, "within": PRF}``: pairs of mentions in different articles and in one
    article. Counted from cluster sizes (all pairs minus the pairs inside one article), so it is
    linear in the number of mentions.
    """
    g_all, p_all, b_all = _counts((e, a) for _, e, a in mentions)
    by_article: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for article, entity, actor in mentions:
        by_article[article].append((entity, actor))
    g_in = p_in = b_in = 0
    for items in by_article.values():
        g, p, b = _counts(items)
        g_in, p_in, b_in = g_in + g, p_in + p, b_in + b
    g_x, p_x, b_x = g_all - g_in, p_all - p_in, b_all - b_in
    return {"cross": PRF(tp=b_x, fp=p_x - b_x, fn=g_x - b_x),
            "within": PRF(tp=b_in, fp=p_in - b_in, fn=g_in - b_in)}


@dataclass
class ErrorItem:
    """A false merge (several gold entities in one actor) or a split (one entity, several
    actors), with the cross-article pairs it costs."""

    kind: str  # "false merge" | "split"
    pairs: int  # gold pairs wrongly joined (merge) or wrongly kept apart (split)
    cross: int  # ... of which the two mentions are in different articles
    actors: tuple[str, ...]
    entities: tuple[str, ...]
    detail: str


def errors(mentions: Sequence[tuple[str, str, str | None]], names: Mapping[str, str],
           surfaces: Sequence[str | None] | None = None) -> list[ErrorItem]:
    """False merges and splits of (article, entity, actor) mentions, worst first: by the gold
    pairs they cost, a false merge's pairs counted double (it costs more than a miss).

    ``names`` gives an actor's display name; ``surfaces`` (parallel to ``mentions``) the gold
    surface forms shown in the detail.
    """
    surfaces = surfaces or [None] * len(mentions)
    by_actor: dict[str, list[int]] = defaultdict(list)
    by_entity: dict[str, list[int]] = defaultdict(list)
    for i, (_, entity, actor) in enumerate(mentions):
        by_entity[entity].append(i)
        if actor is not None:
            by_actor[actor].append(i)

    def cross_pairs(group_a: list[int], group_b: list[int]) -> int:
        articles_b = Counter(mentions[j][0] for j in group_b)
        return sum(len(group_b) - articles_b[mentions[i][0]] for i in group_a)

    def between(parts: dict[str, list[int]], keys: list[str]) -> tuple[int, int]:
        pairs = [(parts[a], parts[b]) for k, a in enumerate(keys) for b in keys[k + 1:]]
        return (sum(len(x) * len(y) for x, y in pairs),
                sum(cross_pairs(x, y) for x, y in pairs))

    def forms(idx: list[int]) -> str:
        c = Counter(surfaces[i] or "?" for i in idx)
        return ", ".join(f"{s} x{n}" if n > 1 else s for s, n in c.most_common(4))

    out: list[ErrorItem] = []
    for actor, idx in by_actor.items():
        parts: dict[str, list[int]] = defaultdict(list)
        for i in idx:
            parts[mentions[i][1]].append(i)
        if len(parts) < 2:
            continue
        keys = sorted(parts, key=lambda e: (-len(parts[e]), e))
        detail = "; ".join(f"{e} ({forms(parts[e])})" for e in keys)
        out.append(ErrorItem("false merge", *between(parts, keys), (actor,), tuple(keys),
                             f"actor '{names.get(actor, actor)}' [{actor}] holds {detail}"))
    for entity, idx in by_entity.items():
        parts = defaultdict(list)
        for i in idx:
            if mentions[i][2] is not None:
                parts[mentions[i][2]].append(i)
        missing = sum(1 for i in idx if mentions[i][2] is None)
        if len(parts) < 2:
            continue
        keys = sorted(parts, key=lambda a: (-len(parts[a]), a))
        detail = "; ".join(f"[{a}] '{names.get(a, a)}' ({forms(parts[a])})" for a in keys)
        more = f"; {missing} not found" if missing else ""
        out.append(ErrorItem("split", *between(parts, keys), tuple(keys), (entity,),
                             f"{entity} over {len(keys)} actors: {detail}{more}"))
    out.sort(key=lambda e: (-e.pairs * (2 if e.kind == "false merge" else 1), -e.cross,
                            e.kind, e.entities, e.actors))
    return out


def missed(gold: Sequence[GoldMention],
           assigned: Sequence[str | None]) -> list[tuple[str, int, str]]:
    """Entities with gold mentions no actor mention overlaps: (entity, count, surfaces)."""
    by: dict[str, Counter] = defaultdict(Counter)
    for g, a in zip(gold, assigned, strict=True):
        if a is None:
            by[g.entity][g.name or "?"] += 1
    rows = [(e, sum(c.values()), ", ".join(f"{s} x{n}" if n > 1 else s
                                           for s, n in c.most_common(4)))
            for e, c in by.items()]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


# ---- mapping gold mentions to predictions ----------------------------------------------------
def assign(gold: Sequence[GoldMention],
           predicted: Mapping[str, Sequence[tuple[int, int, str, bool]]]) -> list[str | None]:
    """The predicted cluster of each gold mention: ``predicted[file]`` lists (start, end,
    cluster, is_name); an overlapping name wins over a pronoun or description, then the larger
    overlap, then the earlier span."""
    out: list[str | None] = []
    for g in gold:
        best = None
        for start, end, cluster, is_name in predicted.get(g.file, ()):
            overlap = min(end, g.end) - max(start, g.start)
            if overlap <= 0:
                continue
            key = (is_name, overlap, -start)
            if best is None or key > best[0]:
                best = (key, cluster)
        out.append(best[1] if best else None)
    return out


def copy_articles(files: Iterable[str], corpus: Path, content: Path) -> None:
    """Copy the gold's articles byte for byte into ``content/<topic>/NNN.txt``."""
    for rel in sorted(set(files)):
        source = corpus / rel
        if not source.is_file():
            raise SystemExit(f"{source} is missing: is {corpus} the BBC folder "
                             "(with business/, politics/ ...)?")
        target = content / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def generator_predictions(corpus_dir: Path, files: Iterable[str], model: str | None,
                          n_process: int):
    """Build the articles with the generator; return its predictions by file, actor names, the
    article texts by file and the built corpus."""
    from generator.build import Builder
    from generator.settings import DEFAULT_MODEL, BuildSettings

    with tempfile.TemporaryDirectory(prefix="crossdoc-") as tmp:
        content = Path(tmp) / "content"
        copy_articles(files, corpus_dir, content)
        settings = BuildSettings(content_dir=content, model=model or DEFAULT_MODEL,
                                 cache_dir=Path(tmp) / "cache", n_process=n_process,
                                 progress=False)
        result = Builder(settings).build_corpus()
    corpus = result.corpus
    file_of = {a.id: a.path.split("/", 1)[1] for a in corpus.articles}
    predicted: dict[str, list[tuple[int, int, str, bool]]] = defaultdict(list)
    for actor in corpus.actors:
        for m in actor.mentions:
            predicted[file_of[m.article]].append((m.span[0], m.span[1], actor.id,
                                                  m.kind == "name"))
    texts = {file_of[a.id]: a.text for a in corpus.articles}
    return predicted, {a.id: a.name for a in corpus.actors}, texts, corpus


def baseline_predictions(texts: Mapping[str, str], model: str | None):
    """spaCy's raw entities, one cluster per normalised string, across all articles."""
    from generator.names import name_key
    from generator.nlp.pipeline import DEFAULT_MODEL, load_nlp

    nlp = load_nlp(model or DEFAULT_MODEL)
    files = sorted(texts)
    predicted: dict[str, list[tuple[int, int, str, bool]]] = defaultdict(list)
    names: dict[str, str] = {}
    for rel, doc in zip(files, nlp.pipe(texts[f] for f in files), strict=True):
        for ent in doc.ents:
            key = name_key(ent.text)
            if ent.label_ in BASELINE_LABELS and key:
                predicted[rel].append((ent.start_char, ent.end_char, key, True))
                names.setdefault(key, ent.text)
    return predicted, names


# ---- report ----------------------------------------------------------------------------------
@dataclass
class SystemScores:
    """One system's figures on one set of gold mentions."""

    cross: PRF
    within: PRF
    found: int
    mentions: int

    @property
    def coverage(self) -> float:
        return self.found / self.mentions if self.mentions else 1.0

    def as_dict(self) -> dict:
        return {
            "cross": {**self.cross.as_dict(), "f0.5": round(fbeta(self.cross, 0.5), 4)},
            "within": {**self.within.as_dict(), "f0.5": round(fbeta(self.within, 0.5), 4)},
            "coverage": round(self.coverage, 4), "found": self.found, "mentions": self.mentions,
        }


def score(gold: Sequence[GoldMention], assigned: Sequence[str | None]) -> SystemScores:
    """Pairwise and coverage figures of one system's assignment of the gold mentions."""
    rows = [(g.file, g.entity, a) for g, a in zip(gold, assigned, strict=True)]
    pw = pairwise(rows)
    return SystemScores(pw["cross"], pw["within"], sum(1 for a in assigned if a is not None),
                        len(gold))


def subsets(gold: Sequence[GoldMention]) -> dict[str, list[int]]:
    """Indices of the gold mentions in each reported set: all, then each split."""
    out = {"all": list(range(len(gold)))}
    for split in SPLITS:
        out[split] = [i for i, g in enumerate(gold) if g.split == split]
    return out


def _row(label: str, s: SystemScores) -> str:
    c, w = s.cross, s.within
    return (f"{label:<26}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{fbeta(c, 0.5):>7.3f}"
            f"{w.precision:>9.3f}{w.recall:>7.3f}{w.f1:>7.3f}{s.coverage:>10.3f}")


def main(argv: list[str] | None = None) -> int:
    """Command line: build the gold's articles, print pairwise scores and the worst errors."""
    parser = argparse.ArgumentParser(prog="quality.evaluate.crossdoc", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dir", help="the BBC folder (with business/, politics/ ...)")
    parser.add_argument("--gold", default=str(GOLD), help="gold mentions (JSON lines)")
    parser.add_argument("--model", default=None, help="spaCy pipeline to load")
    parser.add_argument("--n-process", type=int, default=1,
                        help="annotating processes (default 1: the machine is shared)")
    parser.add_argument("--top", type=int, default=10, help="how many errors to list")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)

    gold = load_gold(args.gold)
    files = sorted({g.file for g in gold})
    began = time.perf_counter()
    predicted, names, texts, corpus = generator_predictions(Path(args.dir), files, args.model,
                                                            args.n_process)
    base_predicted, base_names = baseline_predictions(texts, args.model)
    seconds = time.perf_counter() - began
    systems = {"generator": assign(gold, predicted), "baseline": assign(gold, base_predicted)}
    actor_names = {"generator": names, "baseline": base_names}
    sets = subsets(gold)
    results = {
        name: {label: score([gold[i] for i in idx], [assigned[i] for i in idx])
               for label, idx in sets.items()}
        for name, assigned in systems.items()
    }
    surfaces = [g.name for g in gold]
    rows = {name: [(g.file, g.entity, a) for g, a in zip(gold, assigned, strict=True)]
            for name, assigned in systems.items()}
    errs = {name: errors(rows[name], actor_names[name], surfaces) for name in systems}
    miss = missed(gold, systems["generator"])

    if args.json:
        print(json.dumps({
            "dir": args.dir, "gold": args.gold, "articles": len(files), "mentions": len(gold),
            "entities": len({g.entity for g in gold}), "seconds": round(seconds, 1),
            "scores": {n: {k: v.as_dict() for k, v in r.items()} for n, r in results.items()},
            "errors": {n: [e.__dict__ for e in es[: args.top]] for n, es in errs.items()},
            "missed": [{"entity": e, "mentions": n, "forms": f} for e, n, f in miss[: args.top]],
        }, indent=2))
        return 0

    for p in corpus.problems:
        if p.level == "error":
            print(f"error: {p}", file=sys.stderr)
    print(f"Cross-article actors, BBC {args.dir}: {len(files)} articles, {len(gold)} gold "
          f"mentions of {len({g.entity for g in gold})} entities; {seconds:.1f} s")
    print(f"{'':<26}{'cross-article pairs':^28}{'within-article pairs':^23}{'':>10}")
    print(f"{'system, gold half':<26}{'P':>7}{'R':>7}{'F1':>7}{'F0.5':>7}{'P':>9}{'R':>7}{'F1':>7}"
          f"{'coverage':>10}")
    for label, idx in sets.items():
        for name in systems:
            print(_row(f"{name} {label} ({len(idx)})", results[name][label]))
    print("P/R: pairs of gold mentions joined in one actor (right / of those that should be); "
          "a gold mention not found joins nothing. A false merge costs more than a miss: "
          "F0.5 weighs precision double. coverage: gold mentions found at all.")
    print("tune: the half to tune on; held-out: check there that a change generalises.")
    for name in systems:
        print(f"\n{name}: worst errors (pairs: gold pairs wrongly joined or split, of them "
              "across articles; false merges rank as double)")
        for e in errs[name][: args.top]:
            print(f"  {e.kind:<12}{e.pairs:>5}{e.cross:>5}  {e.detail}")
    print(f"\ngenerator: gold entities with mentions not found (top {args.top})")
    for entity, n, forms in miss[: args.top]:
        print(f"  {entity:<28}{n:>4}  {forms}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
