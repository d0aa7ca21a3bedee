#!/usr/bin/env python3
"""Pre-build step of testdata/heldout58: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, acting on the clean page images
BEFORE heldout15's scanner simulation (and, for x-photo and :photo, before
heldout7's phone photo):

  :ring     a coffee or tea cup was set down on the sheet: a brown ring
            (an open arc, darker at its rim, 28-40 mm across) with a faint
            stain inside it, once on every page, somewhere on the page.
  :streak   dirty scanner glass: a speck on the glass draws one thin dark
            vertical line down the whole page, and a speck on the
            calibration strip one light line; the same x on every page of
            the file (the dirt stays where it is).
  :glare    a phone photo (or a :photo page) taken under a ceiling lamp: a
            soft bright ellipse that washes the print out toward grey inside
            it (the text stays readable, paler).

Methods used: `x-scanpdf:<dpi>[:color|:mono|:photo][:ring|:streak|:glare]`,
`x-photo:<dpi>:<font>[:ring|:glare]`. heldout7 and heldout15 ignore the
options they do not know.

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
OPTIONS = ("ring", "streak", "glare")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def ring(p, r, mm):
    W, H = P.size_of(p)
    rad = int(r.uniform(14, 20) * mm)
    cx, cy = r.randint(rad + int(8 * mm), W - rad - int(8 * mm)), r.randint(int(H * 0.3), H - rad - int(10 * mm))
    a0 = r.randint(0, 359)
    a1 = a0 + r.randint(230, 320)
    m = p + ".ring.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white",
           "-fill", "rgb(246,236,220)", "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rad, cy),
           "-fill", "none", "-stroke", "rgb(178,136,92)", "-strokewidth", "%d" % max(3, int(1.1 * mm)),
           "-draw", "arc %d,%d %d,%d %d,%d" % (cx - rad, cy - rad, cx + rad, cy + rad, a0, a1),
           "-stroke", "rgb(150,105,62)", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
           "-draw", "arc %d,%d %d,%d %d,%d" % (cx - rad - 2, cy - rad - 2, cx + rad + 2, cy + rad + 2, a0 + 15, a1 - 20),
           "-blur", "0x%.1f" % (0.4 * mm), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def streak(p, r, mm, xs):
    W, H = P.size_of(p)
    xd, xl = int(W * xs[0]), int(W * xs[1])
    B.run(["convert", p, "-stroke", "gray38", "-strokewidth", "%d" % max(1, int(0.12 * mm)), "-draw", "line %d,0 %d,%d" % (xd, xd, H),
           "-stroke", "gray96", "-strokewidth", "%d" % max(2, int(0.25 * mm)), "-draw", "line %d,0 %d,%d" % (xl, xl, H), p])


def glare(p, r, mm):
    W, H = P.size_of(p)
    cx, cy = int(W * r.uniform(0.3, 0.7)), int(H * r.uniform(0.25, 0.75))
    rx, ry = int(W * r.uniform(0.14, 0.22)), int(H * r.uniform(0.08, 0.13))
    m = p + ".glare.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "gray50", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry),
           "-fill", "gray62", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx // 2, ry // 2), "-blur", "0x%d" % int(9 * mm), m])
    B.run(["convert", p, m, "-compose", "Screen", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h58-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    xs = (r.uniform(0.12, 0.88), r.uniform(0.12, 0.88))
    for p in pngs:
        if "ring" in opts:
            ring(p, r, mm)
        if "glare" in opts:
            glare(p, r, mm)
        if "streak" in opts:
            streak(p, r, mm, xs)


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
