"""Where the PolNeAR source score loses tokens: each gold source and each predicted source
sorted into an error class, with counts of overlap tokens and a few examples per class.

Gold attributions are read from the brat ``E`` lines (``Attribution:T.. Cue:T.. Source:T..``),
so each gold source is paired with its gold cue. Classes, by gold source tokens not covered
(recall loss) and by predicted source tokens outside gold sources (precision loss):

* ``missed/cue-missed``: no predicted cue overlaps the gold cue;
* ``missed/no-source``: a predicted cue overlaps it, but its attribution has no source;
* ``missed/other-source``: that attribution's source lies elsewhere (the gold source is missed);
* ``short``: a predicted source overlaps the gold source but leaves some of its tokens out;
* ``extra/false-cue``: a predicted source whose cue overlaps no gold cue (``-in-content``:
  a cue inside a gold content, where PolNeAR, one attribution per token, marks none);
* ``extra/long``: tokens of a predicted source beyond the gold source it overlaps;
* ``extra/wrong``: a predicted source on a true cue that overlaps no gold source.

Run: ``python -m quality.evaluate.polnear_errors DIR [--heldout | --tune] [--limit N]
[--examples K]``.
Examples are printed to the terminal only (corpus text is not stored in the project).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from quality.evaluate.polnear import (
    annotation_files,
    as_articles,
    parse_fragments,
    scored,
    split_problem,
)
from quality.evaluate.spans import Mention, token_ids, word_tokens


@dataclass
class GoldAttribution:
    """One gold attribution: its cue and source mentions (either may be missing)."""

    cue: Mention | None
    source: Mention | None
    content: Mention | None = None


def read_attributions(text: str) -> list[GoldAttribution]:
    """Gold attributions from the ``T`` and ``E`` lines of a brat ``.ann`` file."""
    spans: dict[str, Mention] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            _, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = parse_fragments(offsets)
            except ValueError:
                continue
        elif parts[0].startswith("E"):
            args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
            events.append(args)
    out, seen = [], set()
    for args in events:
        key = (args.get("Cue"), args.get("Source"))
        if key in seen:
            continue
        seen.add(key)
        roles = ("Cue", "Source", "Content")
        out.append(GoldAttribution(*(spans.get(args.get(r, "")) for r in roles)))
    return out


def classify(
    text: str, gold: list[GoldAttribution], predicted: list[tuple[Mention, Mention | None]]
) -> tuple[Counter[str], dict[str, list[str]]]:
    """Token counts by error class for one article, and an example line per error."""
    toks = word_tokens(text)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    gold_src_ids = token_ids(toks, [g.source for g in gold if g.source])
    gold_cue_ids = token_ids(toks, [g.cue for g in gold if g.cue])
    gold_content_ids = token_ids(toks, [g.content for g in gold if g.content])
    pred_src_ids = token_ids(toks, [s for _, s in predicted if s])

    def show(ids: set[int]) -> str:
        if not ids:
            return "-"
        return text[toks[min(ids)][0] : toks[max(ids)][1]].replace("\n", " ")

    def context(ids: set[int], width: int = 90) -> str:
        start, end = toks[min(ids)][0], toks[max(ids)][1]
        return text[max(0, start - width) : end + width].replace("\n", " ")

    pred_ids = [(token_ids(toks, [c]), token_ids(toks, [s]) if s else set()) for c, s in predicted]
    for g in gold:
        if g.source is None:
            continue
        src = token_ids(toks, [g.source])
        cue = token_ids(toks, [g.cue]) if g.cue else set()
        counts["gold"] += len(src)
        lost = src - pred_src_ids
        if not lost:
            continue
        if lost == src:
            matches = [p for p in pred_ids if p[0] & cue]
            if not matches:
                kind = "missed/cue-missed"
            elif all(not s for _, s in matches):
                kind = "missed/no-source"
            else:
                kind = "missed/other-source"
            found = " | ".join(show(s) for _, s in matches) if matches else ""
            note = f"gold [{show(src)}] cue [{show(cue)}] pred [{found}]"
        else:
            kind = "short"
            note = f"gold [{show(src)}] pred [{show(src & pred_src_ids)}]"
        counts[kind] += len(lost)
        examples[kind].append(f"{note} :: {context(src | cue)}")
    for cue_ids, src in pred_ids:
        extra = src - gold_src_ids
        if not src or not extra:
            continue
        if not cue_ids & gold_cue_ids:
            inside = cue_ids <= gold_content_ids
            kind = "extra/false-cue-in-content" if inside else "extra/false-cue"
        elif src & gold_src_ids:
            kind = "extra/long"
        else:
            kind = "extra/wrong"
        counts[kind] += len(extra)
        note = f"pred [{show(src)}] cue [{show(cue_ids)}] extra [{show(extra)}]"
        examples[kind].append(f"{note} :: {context(src | cue_ids)}")
    counts["predicted"] += len(pred_src_ids)
    return counts, examples


def run(
    folder: Path, limit: int | None, heldout: bool, tune: bool = False
) -> tuple[Counter[str], dict[str, list[str]]]:
    """Extract over a split (with the cue classifier when its weights are there) and classify
    (``heldout``: only the held-out tenth; ``tune``: only the other nine tenths)."""
    from generator.nlp.claims import extract_attributions
    from generator.nlp.claims.classifier import default_classifier
    from generator.nlp.pipeline import DEFAULT_MODEL, load_nlp
    from quality.splits import is_heldout

    items = []
    for txt in sorted((folder / "text").glob("*.txt")):
        files = annotation_files(folder / "attributions", txt.stem)
        if not files:
            continue
        items.append((txt, files[0]))
    if heldout or tune:
        items = [it for i, it in enumerate(items) if is_heldout(i) == heldout]
    if limit is not None:
        items = items[:limit]
    classifier = default_classifier()
    nlp = load_nlp(DEFAULT_MODEL)
    texts = [t.read_text(encoding="utf-8") for t, _ in items]
    total: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for (_, ann), text, doc in zip(items, texts, nlp.pipe(as_articles(nlp, texts)), strict=True):
        atts = scored(extract_attributions(doc, classifier=classifier or False))
        predicted = [
            (tuple(a.cue_parts) if a.cue_parts else (a.cue,), (a.source,) if a.source else None)
            for a in atts
        ]
        gold = read_attributions(ann.read_text(encoding="utf-8"))
        counts, ex = classify(text, gold, predicted)
        total.update(counts)
        for k, v in ex.items():
            examples[k].extend(v)
    return total, examples


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the source error classes of a PolNeAR split."""
    parser = argparse.ArgumentParser(prog="python -m quality.evaluate.polnear_errors")
    parser.add_argument("dir", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--heldout", action="store_true", help="only the held-out tenth")
    parser.add_argument("--tune", action="store_true", help="only the articles not held out")
    parser.add_argument("--examples", type=int, default=10, help="examples printed per class")
    parser.add_argument("--only", default=None, help="print examples of this class only")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(list(argv) if argv is not None else None)
    problem = split_problem(args.dir)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    total, examples = run(args.dir, args.limit, args.heldout, args.tune)
    print(f"gold source tokens {total['gold']}, predicted source tokens {total['predicted']}")
    for kind in sorted(k for k in total if k not in ("gold", "predicted")):
        print(f"  {kind:22} {total[kind]:6} tokens  {len(examples[kind]):5} cases")
    rng = random.Random(args.seed)
    for kind, lines in sorted(examples.items()):
        if args.only and kind != args.only:
            continue
        print(f"\n== {kind}")
        for line in rng.sample(lines, min(args.examples, len(lines))):
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
