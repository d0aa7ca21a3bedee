#!/usr/bin/env python3
"""Pre-build step of testdata/heldout122: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :peg      the sheets were scanned with a wooden clothes peg (晾衣夹) still
             clipped on the top edge: two pale wooden jaws standing down
             from the edge, a dark steel spring coil across them, the grain
             of the wood, a soft shadow on one side.
  :battery  a phone photo of a page with two AA batteries (5号电池) lying
             on its lower part, at an angle: each a dark cylinder with a
             light highlight along its length, a coloured band, the
             silver positive cap and its small nub, a soft shadow under it.

Methods used: `x-scanpdf:<dpi>[:peg]`, `x-photo:<dpi>:<font>[:battery]`.
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
OPTIONS = ("peg", "battery")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def peg(p, r, mm):
    W, H = P.size_of(p)
    cx = int(W * r.choice([r.uniform(0.80, 0.90), r.uniform(0.10, 0.18)]))
    w = int(r.uniform(9.5, 11) * mm)          # both jaws together
    L = int(r.uniform(13, 16) * mm)           # how far the peg stands onto the page
    x0, x1 = cx - w // 2, cx + w // 2
    sh = p + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray72",
           "-draw", "rectangle %d,0 %d,%d" % (x0 + int(1.5 * mm), x1 + int(3 * mm), L + int(2 * mm)),
           "-blur", "0x%d" % max(3, int(1.8 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    mid = cx
    cmd = ["convert", p, "-stroke", "#6b5236", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
           "-fill", "#d9bd8c", "-draw", "rectangle %d,0 %d,%d" % (x0, mid - 1, L),
           "-fill", "#cfb07c", "-draw", "rectangle %d,0 %d,%d" % (mid + 1, x1, L - int(0.8 * mm))]
    # wood grain
    for k in range(6):
        gx = r.randint(x0 + 2, x1 - 2)
        cmd += ["-stroke", "#b39362", "-strokewidth", "1", "-draw", "line %d,%d %d,%d" % (gx, 0, gx + r.randint(-3, 3), L - 2)]
    # the spring: a dark coil across both jaws, a third of the way down
    sy = int(L * r.uniform(0.30, 0.42))
    cmd += ["-stroke", "gray15", "-strokewidth", "%d" % max(2, int(0.45 * mm)), "-fill", "none"]
    for k in range(4):
        yy = sy + int(k * 0.7 * mm)
        cmd += ["-draw", "ellipse %d,%d %d,%d 0,360" % (mid, yy, w // 2 + int(0.8 * mm), int(0.5 * mm))]
    cmd += ["-stroke", "gray20", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-draw", "line %d,%d %d,%d" % (mid, 0, mid, L)]
    B.run(cmd + [p])


def battery(p, r, mm, k):
    W, H = P.size_of(p)
    bl, bw = 50.5 * mm, 14 * mm
    cx = W * r.uniform(0.55, 0.8) - k * 19 * mm
    cy = H * r.uniform(0.90, 0.94) - k * 3 * mm
    a = math.radians(r.uniform(-14, 14))
    ux, uy = math.cos(a), math.sin(a)
    vx, vy = -uy, ux

    def pt(s, t):   # s along the length (-0.5..0.5), t across (-0.5..0.5)
        return "%d,%d" % (cx + ux * s * bl + vx * t * bw, cy + uy * s * bl + vy * t * bw)

    def quad(s0, s1, t0, t1):
        return "polygon %s %s %s %s" % (pt(s0, t0), pt(s1, t0), pt(s1, t1), pt(s0, t1))
    sh = p + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55",
           "-draw", "polygon %s" % " ".join("%d,%d" % (x + 2.5 * mm, y + 3 * mm) for x, y in
                                           [tuple(map(int, pt(s, t).split(","))) for s, t in ((-0.5, -0.5), (0.52, -0.5), (0.52, 0.5), (-0.5, 0.5))]),
           "-blur", "0x%d" % max(3, int(2 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    band = r.choice(["#c8321e", "#1f6fb5", "#e0a21a", "#2f8a3a"])
    cmd = ["convert", p, "-stroke", "none",
           "-fill", "gray12", "-draw", quad(-0.5, 0.46, -0.5, 0.5),
           "-fill", band, "-draw", quad(0.12, 0.46, -0.5, 0.5),
           "-fill", "gray40", "-draw", quad(-0.48, 0.45, -0.28, -0.16),
           "-fill", "gray82", "-draw", quad(0.46, 0.50, -0.46, 0.46),
           "-fill", "gray70", "-draw", quad(0.50, 0.53, -0.14, 0.14),
           "-fill", "gray88", "-draw", quad(-0.5, -0.485, -0.44, 0.44)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h122-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "peg" in opts:
            peg(p, r, mm)
        if "battery" in opts:
            battery(p, r, mm, 0)
            battery(p, r, mm, 1)


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
