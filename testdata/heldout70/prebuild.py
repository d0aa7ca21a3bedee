#!/usr/bin/env python3
"""Pre-build step of testdata/heldout70: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a sheet goes wrong before it
is captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :scorch   the sheet lay on a hot surface (a pan lid in the training
            kitchen, a soldering iron's stand, an iron): a brown, yellowed
            oval scorch mark with a darker rim near the foot of the page,
            fading out at its edge, the print under it still readable.
  :trim     the sheet was cut crookedly on a guillotine paper cutter before
            it was scanned: one side of the page is narrower at one end than
            the other, and the scanner's dark lid shows as a wedge beside
            the slanted edge (with a thin paper-edge shadow); the print
            itself is not cut (the wedge stays in the margin).

Methods used: `x-scanpdf:<dpi>[:color|:mono][:scorch|:trim]`,
`x-photo:<dpi>:<font>[:scorch]`.
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
OPTIONS = ("scorch", "trim")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def scorch(p, r, mm):
    W, H = P.size_of(p)
    cx = int(W * r.uniform(0.62, 0.84))
    cy = int(H * r.uniform(0.86, 0.93))
    rx = int(r.uniform(22, 32) * mm)
    ry = int(rx * r.uniform(0.55, 0.75))
    m = p + ".scorch.png"
    # the brown body, soft-edged, then a darker rim, then a pale singed core
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white",
           "-fill", "#e2c48e", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry),
           "-blur", "0x%d" % max(3, int(2.5 * mm)),
           "-fill", "none", "-stroke", "#a8783e", "-strokewidth", "%d" % max(3, int(1.6 * mm)),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + int(1 * mm), cy, int(rx * 0.9), int(ry * 0.88)),
           "-blur", "0x%d" % max(2, int(1.2 * mm)),
           "-stroke", "none", "-fill", "#f0e2c0",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - int(2 * mm), cy - int(1 * mm), int(rx * 0.45), int(ry * 0.4)),
           "-blur", "0x%d" % max(2, int(1.5 * mm)), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def trim(p, r, mm):
    W, H = P.size_of(p)
    side = r.choice(["left", "right"])
    a, b = r.uniform(0.5, 2.0) * mm, r.uniform(7, 11) * mm
    if r.random() < 0.5:
        a, b = b, a
    if side == "right":
        edge = [(W - a, 0), (W - b, H)]
        poly = "%d,0 %d,0 %d,%d %d,%d" % (W - a, W, W, H, W - b, H)
    else:
        edge = [(a, 0), (b, H)]
        poly = "0,0 %d,0 %d,%d 0,%d" % (a, b, H, H)
    line = "line %d,%d %d,%d" % (edge[0][0], edge[0][1], edge[1][0], edge[1][1])
    B.run(["convert", p, "-fill", "gray22", "-stroke", "none", "-draw", "polygon " + poly,
           "-fill", "none", "-stroke", "gray58", "-strokewidth", "%d" % max(2, int(0.35 * mm)), "-draw", line, p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h70-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "scorch" in opts and (i % 2 == 0 or len(pngs) < 3):
            scorch(p, r, mm)
        if "trim" in opts:
            trim(p, r, mm)


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
