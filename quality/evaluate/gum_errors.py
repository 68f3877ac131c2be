"""Which kinds of error cost the GUM person/organization/place scores.

Each typed false positive and false negative of ``quality.evaluate.gum`` is sorted into one kind:

* ``wrong-type:T``: the span is right (the untyped match pairs it with a gold name) but the type
  is not (counted once on each side: an FP of the predicted type, with T the gold type; an FN of
  the gold type, with T the predicted type);
* ``boundary:short|long|cross``: a prediction and a gold name of the same type overlap, neither
  matched (the prediction inside the gold span, around it, or crossing it);
* ``boundary+type``: they overlap, with different types and different spans;
* ``extra-in-named``: a prediction inside a gold name that another prediction already matched
  (a second name inside "Leader of the House Jack Straw");
* ``unnamed-gold``: a prediction on a gold mention GUM does not call a name ("the company",
  "Chinese officials"), split by that mention's type;
* ``other-entity``: a prediction on a gold mention of another entity type (event, object, ...);
* ``spurious``: a prediction on no gold mention at all;
* ``only-nonnamed``: a gold name that only a pronoun or description of the generator covers;
* ``missed``: a gold name no prediction overlaps.

Run: ``python -m quality.evaluate.gum_errors DIR [--half tune|held-out] [--only-interviews]
[--examples K]``. Examples (the texts) are refused outside the tune half.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from quality.evaluate.gum import (
    TYPES,
    GumDocument,
    Predicted,
    generator_predictions,
    load_documents,
    match_named,
)


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _extent(p_start: int, p_end: int, g_start: int, g_end: int) -> str:
    """How a predicted span misses a gold span it overlaps: short, long or crossing."""
    if g_start <= p_start and p_end <= g_end:
        return "short"
    if p_start <= g_start and g_end <= p_end:
        return "long"
    return "cross"


def classify(gdoc: GumDocument, predicted: list[Predicted]) -> list[tuple[str, str, str, str]]:
    """(side, type, kind, text) for every typed FP and FN of one document."""
    typed = match_named(gdoc.mentions, predicted)
    untyped = match_named(gdoc.mentions, predicted, typed=False)
    named = [g for g in gdoc.mentions if g.named and g.type in TYPES]
    hit = {id(g) for g in typed.values()}
    preds = [p for p in predicted if p.named and p.type in TYPES]
    free_preds = [p for p in preds if p not in typed]
    text = gdoc.text
    out: list[tuple[str, str, str, str]] = []

    def show(start: int, end: int, note: str = "") -> str:
        return repr(text[start:end]) + (f" [{note}]" if note else "")

    for p in free_preds:
        g = untyped.get(p)
        if g is not None and g.type != p.type:
            kind, note = f"wrong-type:{g.type}", f"gold {g.type}"
        else:
            over = [g for g in named if _overlaps(p.start, p.end, g.start, g.end)]
            same = [g for g in over if g.type == p.type and id(g) not in hit]
            if same:
                g = same[0]
                kind = "boundary:" + _extent(p.start, p.end, g.start, g.end)
                note = "gold " + repr(text[g.start : g.end])
            elif any(id(g) not in hit for g in over):
                g = next(g for g in over if id(g) not in hit)
                kind, note = "boundary+type", f"gold {g.type} " + repr(text[g.start : g.end])
            elif over:
                kind, note = "extra-in-named", "in " + repr(text[over[0].start : over[0].end])
            else:
                rest = [g for g in gdoc.mentions if _overlaps(p.start, p.end, g.start, g.end)]
                mine = [g for g in rest if g.type in TYPES]
                if mine:
                    g = min(mine, key=lambda g: g.end - g.start)
                    kind = f"unnamed-gold:{g.type}"
                    note = "in " + repr(text[g.start : g.end])
                elif rest:
                    g = min(rest, key=lambda g: g.end - g.start)
                    kind, note = f"other-entity:{g.type}", "in " + repr(text[g.start : g.end])
                else:
                    kind, note = "spurious", ""
        out.append(("FP", p.type, kind, show(p.start, p.end, note)))
    wrong_typed = {
        id(g): p.type for p, g in untyped.items() if p not in typed and g.type != p.type
    }
    for g in named:
        if id(g) in hit:
            continue
        over = [p for p in free_preds if _overlaps(p.start, p.end, g.start, g.end)]
        if id(g) in wrong_typed:
            kind = "wrong-type:" + wrong_typed[id(g)]
        elif any(p.type == g.type for p in over):
            p = next(p for p in over if p.type == g.type)
            kind = "boundary:" + _extent(p.start, p.end, g.start, g.end)
        elif over:
            kind = "boundary+type"
        elif any(
            not p.named and _overlaps(p.start, p.end, g.start, g.end) for p in predicted
        ):
            kind = "only-nonnamed"
        elif any(_overlaps(p.start, p.end, g.start, g.end) for p in preds):
            kind = "covered-by-matched"
        else:
            kind = "missed"
        out.append(("FN", g.type, kind, show(g.start, g.end)))
    return out


def breakdown(documents: list[GumDocument], nlp) -> list[tuple[str, str, str, str, str]]:
    """(document, side, type, kind, text) for every error of the generator on ``documents``."""
    from generator.nlp.actors import extract_actor_mentions

    rows = []
    for gdoc, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True):
        predicted = generator_predictions(doc, extract_actor_mentions(doc))
        rows += [(gdoc.name, *row) for row in classify(gdoc, predicted)]
    return rows


def format_counts(rows, types=("person", "organization")) -> str:
    """A table of error counts: kind by side and type."""
    counts: Counter = Counter((side, typ, kind) for _, side, typ, kind, _ in rows)
    kinds = sorted({k for _, _, k in counts})
    cols = [(side, t) for t in types for side in ("FP", "FN")]
    head = f"{'kind':<30}" + "".join(f"{s + ' ' + t[:6]:>12}" for s, t in cols)
    lines = [head]
    for k in kinds:
        lines.append(f"{k:<30}" + "".join(f"{counts[(s, t, k)]:>12}" for s, t in cols))
    lines.append(
        f"{'total':<30}"
        + "".join(f"{sum(v for (s2, t2, _), v in counts.items() if (s2, t2) == (s, t)):>12}"
                  for s, t in cols)
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: print the error kinds (and examples on the tune half)."""
    parser = argparse.ArgumentParser(prog="quality.evaluate.gum_errors", description=__doc__)
    parser.add_argument("dir")
    parser.add_argument("--half", choices=("tune", "held-out"), default=None)
    parser.add_argument("--only-interviews", action="store_true")
    parser.add_argument("--examples", type=int, default=0, help="examples per kind (tune only)")
    parser.add_argument("--types", default="person,organization")
    args = parser.parse_args(argv)
    if args.examples and args.half != "tune":
        parser.error("--examples shows texts of the tune half only: add --half tune")

    from generator.nlp.pipeline import DEFAULT_MODEL, load_nlp

    documents = load_documents(Path(args.dir), only_interviews=args.only_interviews,
                               half=args.half)
    rows = breakdown(documents, load_nlp(DEFAULT_MODEL))
    print(format_counts(rows, tuple(args.types.split(","))))
    if args.examples:
        by_kind: dict[tuple, list] = defaultdict(list)
        for name, side, typ, kind, shown in rows:
            by_kind[(side, typ, kind)].append(f"{name}: {shown}")
        for key in sorted(by_kind):
            print("\n== " + " ".join(key))
            for line in by_kind[key][: args.examples]:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
