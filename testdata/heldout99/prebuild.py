#!/usr/bin/env python3
"""Pre-build step of testdata/heldout99: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :frosted  the sheet was scanned inside a frosted (磨砂) plastic file sleeve
            folded back over its upper part: a milky haze (the ink lifted to
            a lighter grey, a soft grain) over the lower 40-58 % of the page,
            the sleeve's edge a faint light line with a grey line under it.
  :mouse    a phone photo taken on a computer desk: a dark computer mouse
            overlapping one side edge of the page (its soft shadow, wheel,
            button seam) and its cable curling up along the margin.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:frosted]`, `x-photo:<dpi>:<font>[:mouse]`.
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
OPTIONS = ("frosted", "mouse")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def frosted(p, r, mm):
    """the sheet was scanned inside a frosted (磨砂) plastic file sleeve whose upper part was folded back: a milky
    haze over the lower part of the page, a soft grain, the sleeve's edge a faint light line with a shadow."""
    W, H = P.size_of(p)
    y0 = int(H * r.uniform(0.42, 0.6))
    tilt = int(r.uniform(-6, 6) * mm)
    m = p + ".frost.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "white",
           "-draw", "polygon 0,%d %d,%d %d,%d 0,%d" % (y0, W, y0 + tilt, W, H, H), "-blur", "0x%d" % max(1, int(0.4 * mm)), m])
    grain = p + ".grain.png"
    B.run(["convert", "-size", "%dx%d" % (max(8, W // 6), max(8, H // 6)), "xc:gray50", "-seed", str(r.randint(1, 99999)),
           "+noise", "Gaussian", "-resize", "%dx%d!" % (W, H), "-blur", "0x1", grain])
    # haze: lift the dark ink toward light grey (contrast about 70 %), plus grain, only under the sleeve
    hz = p + ".haze.png"
    B.run(["convert", p, "+level", "%d%%,100%%" % r.randint(22, 30), grain, "-compose", "SoftLight", "-composite", hz])
    B.run(["convert", p, hz, m, "-compose", "over", "-composite", p])
    # the sleeve's edge: a thin light line and a soft shadow just under it
    B.run(["convert", p, "-stroke", "gray60", "-strokewidth", "%d" % max(2, int(0.5 * mm)), "-draw", "line 0,%d %d,%d" % (y0 + 2, W, y0 + tilt + 2),
           "-stroke", "white", "-strokewidth", "%d" % max(1, int(0.25 * mm)), "-draw", "line 0,%d %d,%d" % (y0, W, y0 + tilt), p])
    for f in (m, grain, hz):
        os.remove(f)


def mouse(p, r, mm):
    """a phone photo taken on a computer desk: a dark computer mouse overlaps one side edge of the page, its cable
    curling across the margin."""
    W, H = P.size_of(p)
    side = r.choice((-1, 1))
    cy = int(H * r.uniform(0.55, 0.85))
    mw, mh = int(r.uniform(58, 66) * mm), int(r.uniform(100, 115) * mm)
    cx = W + int(mw * 0.3) if side > 0 else -int(mw * 0.3)
    ex = W if side > 0 else 0
    sh = p + ".mshadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - side * int(3 * mm), cy + int(4 * mm), mw // 2 + int(3 * mm), mh // 2 + int(3 * mm)),
           "-blur", "0x%d" % max(3, int(3 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    # the cable: a smooth curve from the mouse's nose up along the margin
    pts = []
    x, y = cx, cy - mh // 2
    for j in range(14):
        pts.append((x, y))
        x = ex - side * int((5 + 3 * math.sin(j * 0.9) + r.uniform(-1, 1)) * mm)
        y -= int(r.uniform(8, 14) * mm)
    cmd = ["convert", p, "-fill", "none", "-stroke", "gray12", "-strokewidth", "%d" % max(3, int(1.6 * mm)),
           "-draw", "polyline " + " ".join("%d,%d" % q for q in pts),
           "-stroke", "none", "-fill", "gray14", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, mw // 2, mh // 2),
           "-fill", "gray30", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - side * int(6 * mm), cy - int(12 * mm), mw // 4, mh // 4),
           "-stroke", "gray5", "-strokewidth", "%d" % max(1, int(0.4 * mm)), "-draw", "line %d,%d %d,%d" % (cx, cy - mh // 2, cx, cy - int(10 * mm)),
           "-fill", "gray40", "-stroke", "none", "-draw", "roundrectangle %d,%d %d,%d 4,4" % (cx - int(2.5 * mm), cy - int(34 * mm), cx + int(2.5 * mm), cy - int(24 * mm))]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h99-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "frosted" in opts:
            frosted(p, r, mm)
        if "mouse" in opts:
            mouse(p, r, mm)


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
