#!/usr/bin/env python3
"""Pre-build step of testdata/heldout86: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for a phone photo, before heldout7's photo()):

  :shavings   pencil-sharpener shavings left on the scanner glass: two to
              four thin wood curls (a fan-shaped ribbon of pale wood with a
              scalloped coloured lacquer rim and a grey graphite tip), a few
              crumbs of graphite dust round them, lying in the margins and
              now and then over a line of text.
  :bamboomat  a phone photo of a sheet lying on a bamboo summer mat (凉席):
              the slats press faint parallel ridges into the thin paper
              (every 14-20 mm, a thin darker groove line with a light edge
              beside it, slightly wavy), crossed every 9-12 cm by the fainter
              line of the mat's binding thread.

Methods used: `x-scanpdf:<dpi>[:shavings]`, `x-photo:<dpi>:<font>[:bamboomat]`,
`x-scanpdf:<dpi>:photo` (heldout15's photographed print).
heldout7 and heldout15 ignore the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
import math
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("heldout15_prebuild", os.path.join(HERE, "..", "heldout15", "prebuild.py"))
H15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(H15)
P, B = H15.P, H15.B

MINE = {}   # work tag (x%03d, numbered as heldout7's and heldout15's prebuild number them) -> set of options
OPTIONS = ("shavings", "bamboomat")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo

RIMS = ["#d8b21c", "#2f7d3a", "#b3261e", "#1f4f9a", "#d8b21c"]   # the lacquer of yellow HB pencils, green, red, blue


def shavings(p, r, mm, page):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    n = r.randint(2, 4)
    for k in range(n):
        # in a margin most of the time, now and then over the text block
        if r.random() < 0.7:
            cx = r.choice([r.uniform(4, 14) * mm, W - r.uniform(4, 14) * mm, r.uniform(0.15, 0.85) * W])
            cy = r.choice([r.uniform(5, 14) * mm, H - r.uniform(5, 16) * mm, r.uniform(0.1, 0.9) * H])
        else:
            cx, cy = r.uniform(0.25, 0.75) * W, r.uniform(0.55, 0.85) * H
        R = r.uniform(4.5, 8.5) * mm          # the outer radius of the curl
        w = r.uniform(0.35, 0.55) * R         # the width of the wood ribbon
        a0 = r.uniform(0, 2 * math.pi)
        span = r.uniform(0.8, 1.45) * math.pi  # a fan-shaped curl, not a closed ring
        rim = r.choice(RIMS)
        steps = 28
        outer, inner = [], []
        for j in range(steps + 1):
            a = a0 + span * j / steps
            scallop = 1 + 0.06 * math.sin(j * 1.9)           # the scalloped edge of a cone-cut shaving
            ro = R * scallop * (1 - 0.18 * j / steps)          # the curl tightens
            ri = max(ro - w * (1 - 0.5 * j / steps), 0.3 * mm)
            outer.append((cx + ro * math.cos(a), cy + ro * math.sin(a)))
            inner.append((cx + ri * math.cos(a), cy + ri * math.sin(a)))
        poly = " ".join("%d,%d" % q for q in outer + inner[::-1])
        # a soft shadow, the pale wood, the grain lines, the lacquer rim, the graphite tip
        sx, sy = int(0.5 * mm), int(0.7 * mm)
        shadow = " ".join("%d,%d" % (x + sx, y + sy) for x, y in outer + inner[::-1])
        cmd += ["-stroke", "none", "-fill", "#00000030", "-draw", "polygon " + shadow,
                "-fill", "#e6c9a0", "-stroke", "#b89468", "-strokewidth", "%d" % max(1, int(0.12 * mm)), "-draw", "polygon " + poly]
        for g in range(3):
            f = 0.25 + 0.25 * g
            line = [(ox + (ix - ox) * f, oy + (iy - oy) * f) for (ox, oy), (ix, iy) in zip(outer, inner)]
            cmd += ["-fill", "none", "-stroke", "#c9a67a", "-strokewidth", "%d" % max(1, int(0.08 * mm)),
                    "-draw", "polyline " + " ".join("%d,%d" % q for q in line)]
        cmd += ["-fill", "none", "-stroke", rim, "-strokewidth", "%d" % max(2, int(0.45 * mm)),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in outer)]
        tx, ty = inner[-1]
        cmd += ["-stroke", "none", "-fill", "#3a3a3a", "-draw", "circle %d,%d %d,%d" % (tx, ty, tx + max(2, int(0.6 * mm)), ty)]
        # graphite dust round it
        for _ in range(r.randint(6, 14)):
            dx, dy = cx + r.gauss(0, R * 1.2), cy + r.gauss(0, R * 1.2)
            rad = max(1, int(r.uniform(0.08, 0.25) * mm))
            cmd += ["-fill", "gray%d" % r.randint(25, 55), "-draw", "circle %d,%d %d,%d" % (dx, dy, dx + rad, dy)]
    B.run(cmd + [p])


def bamboomat(p, r, mm):
    W, H = P.size_of(p)
    pitch = r.uniform(14, 20) * mm
    tilt = r.uniform(-0.03, 0.03)
    horizontal = r.random() < 0.5
    L = H if horizontal else W
    cmd = ["convert", p]
    k = r.uniform(0, pitch)
    while k < L:
        pts_dark, pts_light = [], []
        for j in range(13):
            t = j / 12.0
            along = t * (W if horizontal else H)
            off = k + tilt * along + math.sin(t * 7 + k) * 0.35 * mm
            if horizontal:
                pts_dark.append((along, off))
                pts_light.append((along, off + 0.5 * mm))
            else:
                pts_dark.append((off, along))
                pts_light.append((off + 0.5 * mm, along))
        g = r.randint(86, 91)
        cmd += ["-fill", "none", "-stroke", "gray%d" % g, "-strokewidth", "%d" % max(2, int(0.35 * mm)),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts_dark),
                "-stroke", "white", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts_light)]
        k += pitch * r.uniform(0.96, 1.04)
    # the binding thread, across the slats
    step = r.uniform(90, 120) * mm
    k = r.uniform(0.2, 0.8) * step
    L2 = W if horizontal else H
    while k < L2:
        if horizontal:
            q = "%d,0 %d,%d" % (k, k + tilt * H, H)
        else:
            q = "0,%d %d,%d" % (k, W, k + tilt * W)
        cmd += ["-stroke", "gray93", "-strokewidth", "%d" % max(2, int(0.6 * mm)), "-draw", "line " + q.replace(" ", " ")]
        k += step
    B.run(cmd + ["-blur", "0x0.6", p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h86-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "shavings" in opts and r.random() < 0.85:
            shavings(p, r, mm, i)
        if "bamboomat" in opts:
            bamboomat(p, r, mm)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    return _photo(pngs, dpi, rng, stage, tag)


def main():
    src = os.path.join(os.path.abspath(sys.argv[1]), "src")
    n = 0
    for mp, d in H15.manifests(src):
        with open(mp, encoding="utf-8") as f:
            for line in f.read().rstrip("\n").split("\n"):
                cols = line.split("\t")
                if len(cols) == 5 and cols[2].startswith("x-"):
                    mine = {o for o in cols[2].split(":")[2:] if o in OPTIONS}
                    if mine:
                        MINE["x%03d" % n] = mine
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
