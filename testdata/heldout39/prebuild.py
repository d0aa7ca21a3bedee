#!/usr/bin/env python3
"""Pre-build step of testdata/heldout39: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a sheet goes wrong before it
reaches a school's scanner or phone. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for x-photo and heldout15's
:photo, before heldout7's phone photo), so they turn, blur and darken with it:

  :spiral   the sheet was torn out of a spiral-bound notebook: a row of small
            round punched holes 6-8 mm from the left edge at the spiral's
            pitch (8.5 mm), several of them torn open into the edge, and a
            ragged strip of paper missing along the edge; where there is no
            paper the scanner's lid (or the desk under the phone) shows grey.
  :drop     a drop of water (or tea) fell on the sheet and dried: in a round
            patch of 22-40 mm the ink ran (print and handwriting blurred and
            faded, the paper a little darker and yellower), with a brownish
            tide line round its edge. One drop a page, in the middle of the
            page (30-56 % of its height), never on the head of the page.

Methods used: `x-scanpdf:<dpi>[:color|:photo|:drop]`,
`x-scan:<dpi>:<font>[:drop|:spiral]`, `x-photo:<dpi>:<font>[:spiral]`.
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
OPTIONS = ("spiral", "drop")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def spiral(p, r, mm):
    W, H = P.size_of(p)
    lid = "gray%d" % r.randint(30, 45)
    pitch = 8.47 * mm
    x0 = r.uniform(6.0, 7.5) * mm
    rad = r.uniform(1.8, 2.2) * mm
    edge = []   # the ragged torn edge, top to bottom
    y = 0.0
    while y < H + 3 * mm:
        edge.append((r.uniform(1.2, 3.6) * mm, y))
        y += r.uniform(1.2, 3.0) * mm
    poly = "0,0 " + " ".join("%d,%d" % (x, y) for x, y in edge) + " 0,%d" % H
    cmd = ["convert", p, "-fill", lid, "-stroke", "none", "-draw", "polygon " + poly]
    y = r.uniform(4, 9) * mm
    while y < H - 4 * mm:
        xc = x0 + r.uniform(-0.3, 0.3) * mm
        cmd += ["-draw", "circle %d,%d %d,%d" % (xc, y, xc + rad, y)]
        if r.random() < 0.3:   # the hole torn open into the edge
            cmd += ["-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (0, y - rad * 0.8, xc, y - rad * 0.7, xc, y + rad * 0.7,
                                                                   0, y + rad * r.uniform(0.6, 1.2))]
        y += pitch
    B.run(cmd + [p])


def drop(p, r, mm):
    import math
    W, H = P.size_of(p)
    R = r.uniform(11, 20) * mm
    cx, cy = r.uniform(0.3, 0.7) * W, r.uniform(0.3, 0.56) * H
    pts = []
    for k in range(28):
        a = 2 * math.pi * k / 28
        rr = R * r.uniform(0.86, 1.1)
        pts.append((cx + rr * math.cos(a), cy + rr * 0.92 * math.sin(a)))
    poly = " ".join("%d,%d" % q for q in pts)
    ring = poly + " %d,%d" % pts[0]
    m = p + ".drop.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "white", "-draw", "polygon " + poly, "-blur", "0x%d" % max(2, int(1.2 * mm)), m])
    B.run(["convert", p, "(", "+clone", "-blur", "0x%.1f" % (0.55 * mm), "-fill", "rgb(236,226,196)", "-colorize", "18%",
           "-modulate", "97,100,100", ")", m, "-composite",
           "-fill", "none", "-stroke", "rgba(140,112,70,0.55)", "-strokewidth", "%d" % max(2, int(0.35 * mm)), "-draw", "polyline " + ring,
           "-stroke", "rgba(170,140,95,0.30)", "-strokewidth", "%d" % max(2, int(0.9 * mm)), "-draw", "polyline " + ring, p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h39-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "spiral" in opts:
            spiral(p, r, mm)
        if "drop" in opts:
            drop(p, r, mm)


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
