#!/usr/bin/env python3
"""Pre-build step of testdata/heldout110: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for photos, before heldout7's phone photo):

  :sesame    breakfast on the scanner glass: sesame seeds and a few crumbs
             of a 烧饼 (flatbread) lying on the glass, small flat tear-drop
             seeds, cream to light brown with a darker rim, scattered in a
             loose cluster (some over the text), each with a faint shadow,
             and two or three larger golden-brown crumbs.
  :zhenzhi   a phone photo of a sheet held flat by a wooden paperweight
             (镇纸): a long dark-wood bar lying across the page near the bottom
             edge, slightly slanted, with a lighter grain, a
             highlight along one edge and a soft shadow on the paper; it
             covers a band of 1.4-2 cm of the page margin.

Methods used: `x-scanpdf:<dpi>[...][:sesame|:photo:zhenzhi]`, `x-scan:<dpi>:<font>[:sesame]`,
`x-photo:<dpi>:<font>[:zhenzhi]`. heldout7 and heldout15 ignore the options they do not know.

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
OPTIONS = ("sesame", "zhenzhi")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def sesame(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for _ in range(r.randint(2, 3)):   # clusters
        cx, cy = r.uniform(0.12, 0.88) * W, r.uniform(0.15, 0.85) * H
        for k in range(r.randint(7, 14)):
            x, y = cx + r.gauss(0, 14 * mm), cy + r.gauss(0, 10 * mm)
            L, w = r.uniform(2.6, 3.4) * mm, r.uniform(1.4, 1.8) * mm
            a = r.uniform(0, math.pi)
            pts = []
            for j in range(14):   # a tear-drop: wider at one end
                t = 2 * math.pi * j / 14
                rr = 0.5 * (1 + 0.25 * math.cos(t))
                px, py = math.cos(t) * L / 2, math.sin(t) * w * rr
                pts.append((x + px * math.cos(a) - py * math.sin(a), y + px * math.sin(a) + py * math.cos(a)))
            sh = " ".join("%d,%d" % (u + 0.5 * mm, v + 0.6 * mm) for u, v in pts)
            body = " ".join("%d,%d" % q for q in pts)
            col = r.choice(["#e9dcc0", "#dfcfa8", "#d4bd8c", "#c8a877"])
            cmd += ["-stroke", "none", "-fill", "#00000030", "-draw", "polygon " + sh,
                    "-stroke", "#8a6d3f", "-strokewidth", "%d" % max(1, int(0.2 * mm)), "-fill", col, "-draw", "polygon " + body]
        for k in range(r.randint(1, 2)):   # crumbs of the flatbread
            x, y = cx + r.gauss(0, 12 * mm), cy + r.gauss(0, 9 * mm)
            n = 7
            pts = [(x + math.cos(2 * math.pi * j / n) * r.uniform(1.5, 3.2) * mm, y + math.sin(2 * math.pi * j / n) * r.uniform(1.5, 3.2) * mm) for j in range(n)]
            cmd += ["-stroke", "#7a5326", "-strokewidth", "%d" % max(1, int(0.25 * mm)), "-fill", r.choice(["#c08a46", "#b47a38", "#cf9d5c"]),
                    "-draw", "polygon " + " ".join("%d,%d" % q for q in pts)]
    B.run(cmd + [p])


def zhenzhi(p, r, mm):
    W, H = P.size_of(p)
    top = r.random() < 0.0   # always near the bottom edge: the tops hold the names
    bw = r.uniform(14, 20) * mm
    y0 = r.uniform(2, 6) * mm if top else H - r.uniform(2, 6) * mm - bw
    slant = r.uniform(-0.025, 0.025) * W
    x0, x1 = -0.05 * W, 1.05 * W
    poly = [(x0, y0 - slant / 2), (x1, y0 + slant / 2), (x1, y0 + bw + slant / 2), (x0, y0 + bw - slant / 2)]
    shp = [(u + 1.5 * mm, v + 3 * mm) for u, v in poly]
    sh = p + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55", "-draw", "polygon " + " ".join("%d,%d" % q for q in shp),
           "-blur", "0x%d" % max(3, int(2.5 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-stroke", "none", "-fill", r.choice(["#3b2416", "#4a2e1b", "#2f1d12"]), "-draw", "polygon " + " ".join("%d,%d" % q for q in poly)]
    for k in range(r.randint(5, 8)):   # the wood grain: long lighter lines along the bar
        f = r.uniform(0.15, 0.85)
        pts = []
        for j in range(11):
            t = j / 10.0
            u = x0 + (x1 - x0) * t
            v = y0 + bw * f + slant * (t - 0.5) + math.sin(t * r.uniform(6, 14)) * 0.8 * mm
            pts.append((u, v))
        cmd += ["-fill", "none", "-stroke", r.choice(["#5c3a22", "#6b4428", "#553520"]), "-strokewidth", "%d" % max(1, int(0.35 * mm)),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts)]
    e = poly[0], poly[1]   # a highlight along the upper edge
    cmd += ["-stroke", "#9a7552", "-strokewidth", "%d" % max(2, int(0.6 * mm)), "-draw",
            "line %d,%d %d,%d" % (e[0][0], e[0][1] + 0.8 * mm, e[1][0], e[1][1] + 0.8 * mm)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h110-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "sesame" in opts:
            sesame(p, r, mm)
        if "zhenzhi" in opts:
            zhenzhi(p, r, mm)


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
