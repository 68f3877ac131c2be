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
