#!/usr/bin/env python3
"""Pre-build step of testdata/heldout48: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, new ways a page goes wrong on the way
to the scanner. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :toner  the office printer was running out of toner when the sheet was
          printed: a vertical band (18-30 % of the width) where all print is
          faded to mid grey, with soft edges and a few pale streaks.
  :wet    a drop of water (tea) fell on the sheet and dried: an irregular
          ring-shaped tide line in light brown, the paper inside slightly
          tinted, the ink inside it run a little (blurred).
  :curl   the lower edge of the sheet curled up off the scanner glass: the
          bottom 8-14 % of the page darkens toward the edge and goes out of
          focus.

Methods used: `x-scanpdf:<dpi>[:color|:toner|:wet|:curl]`,
`x-scan:<dpi>:<font>[:color|:wet]`, `x-photo:<dpi>:<font>`.
heldout7 and heldout15 ignore the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
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
OPTIONS = ("toner", "wet", "curl")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def toner(p, r, mm):
    W, H = P.size_of(p)
    bw = int(W * r.uniform(0.18, 0.30))
    x0 = r.randint(int(W * 0.15), W - bw - int(W * 0.05))
    m = p + ".toner.png"
    # a mask: white outside the band, grey inside (soft edges); screen-compose lightens the print there
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "gray52", "-draw", "rectangle %d,0 %d,%d" % (x0, x0 + bw, H)]
    for _ in range(r.randint(2, 4)):
        x = r.randint(x0, x0 + bw)
        cmd += ["-fill", "gray68", "-draw", "rectangle %d,0 %d,%d" % (x, x + r.randint(2, 6), H)]
    B.run(cmd + ["-blur", "0x%d" % int(3 * mm), m])
    B.run(["convert", p, m, "-compose", "Screen", "-composite", p])
    os.remove(m)


def wet(p, r, mm):
    W, H = P.size_of(p)
    cx, cy = r.randint(int(W * 0.25), int(W * 0.75)), r.randint(int(H * 0.3), int(H * 0.8))
    rx, ry = int(r.uniform(14, 24) * mm), int(r.uniform(11, 20) * mm)
    mask = p + ".wetm.png"
    ring = p + ".wetr.png"
    pts = []
    import math
    n = 28
    for k in range(n):
        a = 2 * math.pi * k / n
        f = r.uniform(0.86, 1.12)
        pts.append("%d,%d" % (cx + rx * f * math.cos(a), cy + ry * f * math.sin(a)))
    poly = "polygon " + " ".join(pts)
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "white", "-draw", poly, "-blur", "0x%d" % max(2, int(0.8 * mm)), mask])
    # the ink inside the drop runs: blur through the mask
    B.run(["convert", p, "(", "+clone", "-blur", "0x%.1f" % (0.35 * mm), ")", mask, "-composite", p])
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "rgb(246,238,222)", "-stroke", "rgb(196,170,128)",
           "-strokewidth", "%d" % max(2, int(0.5 * mm)), "-draw", poly, "-blur", "0x%.1f" % (0.3 * mm), ring])
    B.run(["convert", p, ring, "-compose", "Multiply", "-composite", p])
    os.remove(mask)
    os.remove(ring)


def curl(p, r, mm):
    W, H = P.size_of(p)
    h = int(H * r.uniform(0.08, 0.14))
    g = p + ".curl.png"
    B.run(["convert", "-size", "%dx%d" % (W, h), "gradient:white-gray%d" % r.randint(50, 62), g])
    B.run(["convert", p, "-region", "%dx%d+0+%d" % (W, h, H - h), "-blur", "0x%.1f" % (0.18 * mm), "+region",
           g, "-geometry", "+0+%d" % (H - h), "-compose", "Multiply", "-composite", p])
    os.remove(g)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h48-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "toner" in opts:
            toner(p, r, mm)
        if "wet" in opts and i % 2 == 0:
            wet(p, r, mm)
        if "curl" in opts:
            curl(p, r, mm)


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
