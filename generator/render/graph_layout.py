"""Positions for the graph page, computed at build time so the browser only draws.

A force layout (Fruchterman and Reingold): linked nodes pull together, all nodes push apart,
a weak gravity keeps the unlinked ones near the rest, and a temperature that falls to zero
bounds every step. Pushing each node away from every other costs n² a step; here each step
pushes it away from a random sample of ``SAMPLE`` nodes (scaled up to all of them), which
keeps 1,200 nodes under two seconds for ``ITERATIONS`` steps. The random generator is
seeded: the same graph gives the same positions at every build.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

ITERATIONS = 200
SAMPLE = 200
SEED = 16
GRAVITY = np.float32(1.0)  # a pull to the centre; alone, a node settles about 1/sqrt(G) away
SPREAD = 40.0  # pixels per node, on average, along each axis of the drawing (times sqrt(n))
MIN_HALF_WIDTH = 400.0  # a small graph still leaves room for its labels (boxes of ~150 px)


def force_layout(n: int, edges: list[tuple[int, int]], *, iterations: int = ITERATIONS,
                 seed: int = SEED) -> list[tuple[int, int]]:
    """Integer (x, y) pixel positions of ``n`` nodes linked by ``edges`` (index pairs),
    centred on (0, 0)."""
    if n == 0:
        return []
    rng = np.random.default_rng(seed)
    x = rng.random(n, dtype=np.float32)
    y = rng.random(n, dtype=np.float32)
    k = np.float32(1 / np.sqrt(n))  # the ideal distance between linked nodes
    a = np.array([e[0] for e in edges], dtype=np.intp)
    b = np.array([e[1] for e in edges], dtype=np.intp)
    m = min(SAMPLE, n)
    push = np.float32(k * k * n / m)
    temperature, cooling = 0.1, 0.1 / (iterations + 1)
    for _ in range(iterations):
        sample = rng.choice(n, m, replace=False)
        dx = x[:, None] - x[sample]
        dy = y[:, None] - y[sample]
        w = dx * dx + dy * dy
        np.maximum(w, np.float32(1e-6), out=w)
        np.divide(push, w, out=w)
        fx = (dx * w).sum(axis=1)
        fy = (dy * w).sum(axis=1)
        if len(a):
            ex, ey = x[a] - x[b], y[a] - y[b]
            pull = np.sqrt(ex * ex + ey * ey) / k
            fx += (np.bincount(b, ex * pull, n) - np.bincount(a, ex * pull, n)).astype(np.float32)
            fy += (np.bincount(b, ey * pull, n) - np.bincount(a, ey * pull, n)).astype(np.float32)
        fx -= GRAVITY * (x - x.mean())  # unlinked nodes stay near, not on a far ring
        fy -= GRAVITY * (y - y.mean())
        length = np.maximum(np.sqrt(fx * fx + fy * fy), np.float32(1e-9))
        step = np.minimum(length, np.float32(temperature)) / length
        x += fx * step
        y += fy * step
        temperature -= cooling
    x -= x.mean()
    y -= y.mean()
    extent = max(float(np.abs(x).max()), float(np.abs(y).max()), 1e-9)
    scale = max(SPREAD * np.sqrt(n) / 2, MIN_HALF_WIDTH) / extent
    return [(round(float(px) * scale), round(float(py) * scale))
            for px, py in zip(x, y, strict=True)]


@lru_cache(maxsize=2)
def cached_layout(n: int, edges: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """``force_layout`` remembered for the last graphs: under ``mkdocs serve`` a rebuild that
    leaves the graph as it was does not lay it out again."""
    return tuple(force_layout(n, list(edges)))


# How graph.js sizes a label (vis-network's scaling of ``value``, 1 + the node's links): its
# font is LABEL_MIN + LABEL_RANGE * s and its dot NODE_MIN + NODE_RANGE * s, s in [0, 1].
LABEL_MIN, LABEL_RANGE, NODE_MIN, NODE_RANGE = 12.0, 20.0, 6.0, 24.0
HUB_LABELS = 30  # the biggest labels (shown first when zoomed out) that must not overlap
CHAR_WIDTH = 0.55  # a character's width, in font sizes
LABEL_CHARS = 40  # graph.js cuts a label at 40 characters


def separate_labels(positions: list[tuple[int, int]], labels: list[str], values: list[int],
                    top: int = HUB_LABELS, rounds: int = 60) -> list[tuple[int, int]]:
    """``positions`` with the ``top`` biggest nodes moved up or down until their labels (drawn
    under the node, as wide as their text) overlap neither each other nor their dots: the
    hubs, close together at the centre of a force layout, wrote their names over each other.
    Zooming scales every label alike, so labels apart here stay apart at every zoom."""
    if not positions:
        return positions
    lo, hi = min(values), max(values)
    spread = max(hi - lo, 1)
    big = sorted(range(len(values)), key=lambda i: (-values[i], i))[:top]
    scale = {i: (values[i] - lo) / spread for i in big}
    font = {i: LABEL_MIN + LABEL_RANGE * scale[i] for i in big}
    size = {i: NODE_MIN + NODE_RANGE * scale[i] for i in big}  # the dot's radius
    below = {i: size[i] + 0.6 * font[i] for i in big}  # from the node to its label's centre
    half_w = {i: CHAR_WIDTH * font[i] * min(len(labels[i]), LABEL_CHARS) / 2 for i in big}
    half_h = {i: 0.65 * font[i] for i in big}
    x = {i: float(positions[i][0]) for i in big}
    y = {i: float(positions[i][1]) for i in big}
    for _ in range(rounds):
        moved = False
        for n, a in enumerate(big):
            for b in big[n + 1:]:
                up, low = (a, b) if (y[a], a) <= (y[b], b) else (b, a)
                apart = abs(x[up] - x[low])
                need = 0.0  # how far below ``up`` ``low`` must be: under the upper label
                if apart < half_w[up] + size[low]:  # the lower dot
                    need = below[up] + half_h[up] + size[low]
                if apart < half_w[up] + half_w[low]:  # and the lower label
                    need = max(need, below[up] + half_h[up] - below[low] + half_h[low])
                short = need + 2 - (y[low] - y[up]) if need else 0.0
                if short > 0:
                    y[up] -= short / 2
                    y[low] += short / 2
                    moved = True
        if not moved:
            break
    out = list(positions)
    for i in big:
        out[i] = (positions[i][0], round(y[i]))
    return out
