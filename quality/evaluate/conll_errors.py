"""The generator's CoNLL-2003 errors, each sorted into one kind, with its line of text.

Kinds (as in ``gum_errors``): ``wrong-type`` (the span is right, the type is not; listed once,
gold type -> predicted type), ``boundary`` (a prediction and a gold name overlap without matching:
both spans shown, with their types), ``spurious`` (a prediction on no gold name) and ``missed``
(a gold name no prediction overlaps). Only eng.train's documents before its last 200 may be
listed: the last 200 are an untouched check and eng.testa/testb are for figures only
(``quality.evaluate.conll --errors`` enforces both).
"""

from __future__ import annotations

from collections import Counter

Mention = tuple[int, int, str]

HELD_BACK = 200  # eng.train's last documents: scored with --last, never listed


def _line(text: str, start: int) -> str:
    """The line (CoNLL sentence) holding ``start``."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin : end if end >= 0 else len(text)]


def classify(text: str, gold: set[Mention], predicted: set[Mention]) -> list[tuple[str, str, str]]:
    """(kind, what, line) for every unmatched mention of one document."""
    out: list[tuple[str, str, str]] = []
    missed_gold = gold - predicted
    wrong = predicted - gold
    by_span = {(g[0], g[1]): g for g in missed_gold}
    paired: set[Mention] = set()
    for p in sorted(wrong):
        g = by_span.get((p[0], p[1]))
        if g is not None:
            paired.add(g)
            out.append((f"wrong-type:{g[2]}->{p[2]}", repr(text[p[0] : p[1]]), _line(text, p[0])))
            continue
        overlaps = sorted(g for g in missed_gold if g[0] < p[1] and p[0] < g[1])
        if overlaps:
            paired.update(overlaps)
            golds = " ".join(f"{text[g[0]:g[1]]!r}/{g[2]}" for g in overlaps)
            what = f"gold {golds} predicted {text[p[0]:p[1]]!r}/{p[2]}"
            out.append((f"boundary:{p[2]}", what, _line(text, p[0])))
            continue
        out.append((f"spurious:{p[2]}", repr(text[p[0] : p[1]]), _line(text, p[0])))
    for g in sorted(missed_gold - paired):
        out.append((f"missed:{g[2]}", repr(text[g[0] : g[1]]), _line(text, g[0])))
    return out


def format_errors(rows: list[tuple[int, str, str, str]]) -> str:
    """Tab-separated rows (document, kind, mention, line), then counts by kind."""
    lines = [f"{doc}\t{kind}\t{what}\t{line}" for doc, kind, what, line in rows]
    counts = Counter(kind for _, kind, _, _ in rows)
    lines.append("error counts:")
    lines += [f"  {kind:<40} {n}" for kind, n in counts.most_common()]
    return "\n".join(lines)
