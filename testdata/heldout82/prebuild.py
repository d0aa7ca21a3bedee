#!/usr/bin/env python3
"""Pre-build step of testdata/heldout82: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :splatter  soy sauce (or cooking oil with soy) splashed on the sheet on a
             canteen table before it was scanned: two to four dark-brown
             drops, each a lumpy blot with a darker rim, a crown of small
             satellite droplets thrown out on one side, and one short drip
             run; translucent (the print shows through).
  :prism     a phone photo taken on a window-side desk where the sun went
             through a glass (a water glass, a prism paperweight): a narrow
             rainbow streak (red to violet across its width) lying across
             the page at an angle, soft-edged, tinting the paper and the
             print under it.

Methods used: `x-scanpdf:<dpi>[:splatter]`, `x-photo:<dpi>:<font>[:prism]`.
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
OPTIONS = ("splatter", "prism")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def blob(cx, cy, r, rng, n=14):
    pts = []
    for k in range(n):
        a = 2 * math.pi * k / n
        rr = r * rng.uniform(0.78, 1.18)
        pts.append((cx + math.cos(a) * rr, cy + math.sin(a) * rr))
    return "polygon " + " ".join("%d,%d" % q for q in pts)


def splatter(p, r, mm):
    W, H = P.size_of(p)
    ov = p + ".soy.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
    for k in range(r.randint(2, 4)):
        # the drops fall in the body of the page, not on the head lines
        cx = r.uniform(0.12, 0.88) * W
        cy = r.uniform(0.42, 0.92) * H
        rad = r.uniform(2.5, 6.5) * mm
        brown = "#%02x%02x%02x" % (r.randint(150, 175), r.randint(105, 125), r.randint(70, 88))
        rim = "#%02x%02x%02x" % (r.randint(118, 135), r.randint(78, 92), r.randint(48, 60))
        cmd += ["-fill", rim, "-stroke", "none", "-draw", blob(cx, cy, rad * 1.04, r),
                "-fill", brown, "-draw", blob(cx, cy, rad * 0.9, r)]
        # satellites thrown to one side
        ang = r.uniform(0, 2 * math.pi)
        for j in range(r.randint(6, 14)):
            a = ang + r.uniform(-0.7, 0.7)
            d = rad * r.uniform(1.4, 3.6)
            sr = max(2, rad * r.uniform(0.06, 0.2))
            cmd += ["-fill", rim, "-draw", "circle %d,%d %d,%d" % (cx + math.cos(a) * d, cy + math.sin(a) * d,
                                                                   cx + math.cos(a) * d + sr, cy + math.sin(a) * d)]
        # a short drip run downwards
        if k == 0:
            L = r.uniform(8, 18) * mm
            cmd += ["-stroke", brown, "-strokewidth", "%d" % max(2, int(rad * 0.35)), "-draw",
                    "line %d,%d %d,%d" % (cx, cy, cx + r.uniform(-1.5, 1.5) * mm, cy + L), "-stroke", "none",
                    "-fill", rim, "-draw", "circle %d,%d %d,%d" % (cx, cy + L, cx + rad * 0.3, cy + L)]
    B.run(cmd + ["-blur", "0x%.1f" % max(0.8, 0.12 * mm), ov])
    B.run(["convert", p, ov, "-compose", "Multiply", "-composite", p])
    os.remove(ov)


SPECTRUM = ["#ff8f8f", "#ffc58a", "#fff08a", "#a8f0a0", "#9fd8ff", "#a9a6ff", "#e0a6ff"]


def prism(p, r, mm):
    W, H = P.size_of(p)
    ov = p + ".prism.png"
    ang = r.uniform(-0.5, 0.5) + (math.pi / 2 if r.random() < 0.5 else 0)
    cx, cy = r.uniform(0.3, 0.7) * W, r.uniform(0.35, 0.75) * H
    L = r.uniform(0.45, 0.75) * max(W, H)
    band = r.uniform(9, 15) * mm
    dx, dy = math.cos(ang), math.sin(ang)
    nx, ny = -dy, dx
    sw = band / len(SPECTRUM)
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-strokewidth", "%d" % max(2, int(sw + 1))]
    for k, col in enumerate(SPECTRUM):
        off = (k - len(SPECTRUM) / 2.0) * sw
        # the streak widens a little along its length, as a refracted beam does
        x0, y0 = cx - dx * L / 2 + nx * off * 0.8, cy - dy * L / 2 + ny * off * 0.8
        x1, y1 = cx + dx * L / 2 + nx * off * 1.2, cy + dy * L / 2 + ny * off * 1.2
        cmd += ["-stroke", col, "-draw", "line %d,%d %d,%d" % (x0, y0, x1, y1)]
    B.run(cmd + ["-blur", "0x%.1f" % max(2, sw * 0.8), ov])
    B.run(["convert", p, "(", ov, "-fill", "white", "-colorize", "%d" % r.randint(10, 30), ")", "-compose", "Multiply", "-composite", p])
    os.remove(ov)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h82-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "splatter" in opts and (i % 2 == 0 or r.random() < 0.5):
            splatter(p, r, mm)
        if "prism" in opts and (i % 2 == 0 or r.random() < 0.6):
            prism(p, r, mm)


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
