"""Where each node of a graph view stands: rings around the centre, labels kept apart.

The layout is computed here, not in the browser, so the same graph is drawn the same way every
time (no random start, no physics run to settle): the centre in the middle, the nodes one hop
away on the first ring, two hops on the second, each ring wide enough for its labels and split
into staggered rows when crowded, stretched to the shape of a wide canvas. A last pass pushes
apart any two boxes (a node with the label under it) that still overlap, so no label covers
another when the view is fitted to the canvas: every box scales with the zoom alike.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

# Noto Sans SC draws a Chinese character one em wide; Latin letters and digits take less.
WIDE_EM, NARROW_EM = 1.0, 0.62
LABEL_GAP = 3  # vis-network draws a caption this far under its node
PAD = 6  # room kept free around every box
ASPECT = 2.0  # a graph canvas is about this much wider than it is tall
RING_GAP = 120
ROW = 46  # the distance between the staggered rows of a crowded ring
MAX_PASSES = 60


@dataclass
class Box:
    """A node and the caption under it, in canvas units, centred on the node at ``x, y``."""

    x: float
    y: float
    half_width: float
    above: float
    below: float

    def overlap(self, other: Box) -> tuple[float, float]:
        """Return how far the two boxes overlap along x and along y (both > 0 when they do)."""
        dx = min(self.x + self.half_width, other.x + other.half_width) - max(
            self.x - self.half_width, other.x - other.half_width
        )
        dy = min(self.y + self.below, other.y + other.below) - max(
            self.y - self.above, other.y - other.above
        )
        return dx, dy


def text_width(text: str, font_size: float) -> float:
    """Return about how wide ``text`` is drawn at ``font_size`` pixels.

    >>> text_width("区体育局", 13), text_width("ab", 10)
    (52.0, 12.4)
    """
    return sum(font_size * (WIDE_EM if ord(ch) > 0x2E7F else NARROW_EM) for ch in text)


def box(label: str, size: float, font_size: float) -> Box:
    """Return the box of a node of radius ``size`` with ``label`` drawn under it, at 0, 0."""
    half = max(size, text_width(label, font_size) / 2) + PAD
    return Box(0.0, 0.0, half, size + PAD, size + LABEL_GAP + 1.4 * font_size + PAD)


def rings(ids: list[str], links: dict[str, set[str]], center: str) -> list[list[str]]:
    """Return the nodes by hops from ``center``; nodes out of its reach make a last ring.

    Within a ring nodes follow the order of the node that reached them, so neighbours sit
    together.

    >>> rings(["a", "b", "c", "d"], {"a": {"b"}, "b": {"a", "c"}, "c": {"b"}}, "a")
    [['a'], ['b'], ['c'], ['d']]
    """
    found, placed = [[center]], {center}
    while True:
        ring = [n for parent in found[-1] for n in sorted(links.get(parent, ())) if n not in placed]
        ring = list(dict.fromkeys(ring))
        if not ring:
            break
        placed |= set(ring)
        found.append(ring)
    rest = [n for n in ids if n not in placed]
    return found + ([rest] if rest else [])


def _targets(ring: list[str], links: dict[str, set[str]], angles: dict[str, float]) -> list[float]:
    """The angle each node of ``ring`` would like: the mean of its placed neighbours' angles."""
    wanted = []
    for i, node in enumerate(ring):
        placed = [angles[n] for n in sorted(links.get(node, ())) if n in angles]
        if placed:
            wanted.append(math.atan2(sum(map(math.sin, placed)), sum(map(math.cos, placed))))
        else:  # linked to the centre only: spread evenly
            wanted.append(2 * math.pi * i / len(ring) - math.pi / 2)
    return wanted


def _spread(wanted: list[float], gaps: list[float]) -> list[float]:
    """Return angles as near to ``wanted`` (sorted) as the ``gaps`` between neighbours allow."""
    angles = [wanted[0]]
    for i in range(1, len(wanted)):
        angles.append(max(wanted[i], angles[-1] + gaps[i]))
    shift = sum(w - a for w, a in zip(wanted, angles, strict=True)) / len(angles)
    return [a + shift for a in angles]


def _place_ring(
    ring: list[str], boxes: dict[str, Box], inner: float, links: dict[str, set[str]],
    angles: dict[str, float],
) -> float:  # fmt: skip
    """Lay ``ring`` out on a circle outside radius ``inner``, each node near its neighbours on the
    rings inside; return the ring's outer radius."""
    wanted = _targets(ring, links, angles)
    order = sorted(range(len(ring)), key=lambda i: (wanted[i], ring[i]))
    widths = [2 * boxes[ring[i]].half_width for i in order]
    rows = 1 if len(ring) <= 8 else min(4, math.ceil(len(ring) / 10))
    radius = max(inner + RING_GAP, sum(widths) / (2 * math.pi * rows))
    gaps = [0.0] + [(widths[k - 1] + widths[k]) / 2 / (radius * rows) for k in range(1, len(order))]
    placed = _spread([wanted[i] for i in order], gaps)
    if placed[-1] - placed[0] + gaps[-1] > 2 * math.pi:  # no room to follow: go round evenly
        total, run, placed = sum(widths), 0.0, []
        for w in widths:
            placed.append(2 * math.pi * (run + w / 2) / total - math.pi / 2)
            run += w
    for k, i in enumerate(order):
        node, r = ring[i], radius + (k % rows) * ROW
        angles[node] = placed[k]
        boxes[node].x, boxes[node].y = ASPECT * r * math.cos(placed[k]), r * math.sin(placed[k])
    return radius + (rows - 1) * ROW


def _push_apart(boxes: list[Box]) -> bool:
    """Move each overlapping pair apart along the axis where they overlap least; say if any did."""
    moved = False
    order = sorted(boxes, key=lambda b: b.x - b.half_width)
    for i, a in enumerate(order):
        for b in order[i + 1 :]:
            if b.x - b.half_width >= a.x + a.half_width:
                break
            dx, dy = a.overlap(b)
            if dx <= 0 or dy <= 0:
                continue
            moved = True
            if dx < dy:
                step = (dx / 2 + 1) * (1 if b.x >= a.x else -1)
                a.x, b.x = a.x - step, b.x + step
            else:
                step = (dy / 2 + 1) * (1 if b.y >= a.y else -1)
                a.y, b.y = a.y - step, b.y + step
    return moved


def separate(boxes: list[Box]) -> None:
    """Move ``boxes`` until no two overlap, spreading them out if pushing alone does not do it.

    >>> a, b = Box(0, 0, 10, 5, 5), Box(3, 1, 10, 5, 5)
    >>> separate([a, b]); a.overlap(b)[0] <= 0 or a.overlap(b)[1] <= 0
    True
    """
    while True:
        for _ in range(MAX_PASSES):
            if not _push_apart(boxes):
                return
        for b in boxes:  # spreading keeps the picture and leaves more room between boxes
            b.x, b.y = b.x * 1.25, b.y * 1.25


def positions(
    ids: list[str],
    pairs: Iterable[tuple[str, str]],
    center: str | None,
    boxes: dict[str, Box],
) -> dict[str, tuple[float, float]]:
    """Return where each node stands: ``center`` (or the best linked node) in the middle.

    Args:
        ids: the nodes, in a stable order.
        pairs: the linked pairs of nodes.
        center: the node the view is about, if any.
        boxes: each node's box (from :func:`box`); moved in place.

    Returns:
        ``{id: (x, y)}`` in canvas units, with no two boxes overlapping.

    >>> p = positions(["a", "b", "c"], [("a", "b"), ("a", "c")], "a",
    ...               {n: box(n, 10, 13) for n in "abc"})
    >>> p["a"]
    (0.0, 0.0)
    """
    if not ids:
        return {}
    links: dict[str, set[str]] = {}
    for a, b in pairs:
        links.setdefault(a, set()).add(b)
        links.setdefault(b, set()).add(a)
    middle = center if center in boxes else max(ids, key=lambda n: (len(links.get(n, ())), n))
    radius, angles = 0.0, {}
    for ring in rings(ids, links, middle)[1:]:
        radius = _place_ring(ring, boxes, radius, links, angles)
    separate([boxes[n] for n in ids])
    return {n: (round(boxes[n].x, 1), round(boxes[n].y, 1)) for n in ids}
