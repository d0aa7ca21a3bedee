#!/usr/bin/env python3
"""Pre-build step of testdata/heldout43: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong in a school
office. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :offglass  the sheet lay off-centre on the scanner glass: the whole page
             is shifted 3-6 mm sideways, the strip of the sheet beyond the
             glass edge is lost, and on the other side the scan shows the
             grey foam of the lid and the dark shadow of the sheet's edge
             (a soft gradient, a hard edge line). Scans only.
  :tungsten  a phone photo taken at night under a warm desk lamp: an
             orange-yellow cast strongest near the lamp, falling off to a
             dimmer, browner far corner, the paper never white. Phone photos
             only (x-photo).

Methods used: `x-scanpdf:<dpi>[:color|:mono|:offglass]`,
`x-scan:<dpi>:<font>[:color|:offglass]`, `x-photo:<dpi>:<font>[:tungsten]`.
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
OPTIONS = ("offglass", "tungsten")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def offglass(p, r, mm):
    """Shift the page sideways; the lost strip is gone, the lid shows on the other side."""
    W, H = P.size_of(p)
    d = int(r.uniform(3, 6) * mm)
    right = r.random() < 0.5   # the page moved to the right: lid strip on the left
    lid = "gray%d" % r.randint(58, 70)
    # the lid strip: grey foam, darker towards the sheet's edge, a hard shadow line at the edge
    strip = p + ".lid.png"
    B.run(["convert", "-size", "%dx%d" % (H, d), "gradient:gray%d-%s" % (r.randint(80, 88), lid), "-rotate", "90" if right else "-90",
           "-attenuate", "0.6", "+noise", "Gaussian", strip])
    edge_x = d if right else W - d
    B.run(["convert", p, "-background", "white", "-gravity", "west" if right else "east", "-splice", "%dx0" % d,
           "-gravity", "east" if right else "west", "-chop", "%dx0" % d, "+gravity",
           strip, "-geometry", "+%d+0" % (0 if right else W - d), "-compose", "Over", "-composite",
           "-stroke", "gray25", "-strokewidth", "%d" % max(2, int(0.25 * mm)), "-draw", "line %d,0 %d,%d" % (edge_x, edge_x, H),
           "-stroke", "gray80", "-strokewidth", "%d" % max(2, int(0.6 * mm)),
           "-draw", "line %d,0 %d,%d" % (edge_x + (3 if right else -3), edge_x + (3 if right else -3), H), p])
    os.remove(strip)


def tungsten(p, r, mm):
    """A warm lamp: a radial orange cast, bright near the lamp, browner far away."""
    W, H = P.size_of(p)
    cx, cy = r.choice([0.15, 0.85]) * W, r.uniform(0.05, 0.3) * H
    g = p + ".lamp.png"
    R = int(1.25 * max(W, H))
    B.run(["convert", "-size", "%dx%d" % (2 * R, 2 * R), "radial-gradient:#fff1cf-#b98a52",
           "-crop", "%dx%d+%d+%d" % (W, H, int(R - cx), int(R - cy)), "+repage", g])
    B.run(["convert", p, g, "-compose", "Multiply", "-composite", "-modulate", "100,%d,100" % r.randint(108, 118), p])
    os.remove(g)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h43-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for p in pngs:
        if "offglass" in opts:
            offglass(p, r, mm)
        if "tungsten" in opts:
            tungsten(p, r, mm)


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
