#!/usr/bin/env python3
"""Pre-build step of testdata/heldout36: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, faults of the camera, the scanner and
the copier that earlier corpora did not draw. They act on the clean page
images BEFORE heldout15's scanner simulation (and, for phone photos, before
heldout7's phone photo), so they turn, blur and compress with the page:

  :glare    (phone photos) light from a window or a ceiling lamp reflected by
            the sheet: a long soft bright patch, at a slant, where the print
            fades to a light grey (the core lifts black to about 60-70 %
            white), with a brighter streak inside it.
  :banding  (scans) a scanner with an ageing lamp and a dirty sensor: 4-7
            soft vertical grey bands (5-14 % darker than the paper) down the page,
            and one or two dead sensor columns: thin white lines from top to
            bottom that cut through every character they cross.
  :ghost    (copies) the sheet was a copy from a laser copier with a worn
            drum: a faint second image of the page's upper part repeated one
            drum turn (about 94 mm) lower and a few pixels sideways, at
            5-8 % darkness.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:photo][:banding|:ghost|:glare]`,
`x-scan:<dpi>:<font>[:color]`, `x-photo:<dpi>:<font>[:glare]`.
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
OPTIONS = ("glare", "banding", "ghost")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def glare(p, r, mm):
    W, H = P.size_of(p)
    k = 8   # the mask is drawn and blurred at 1/8 size, then scaled up (a blur of 7 mm at full size is slow)
    w, h, q = W // k, H // k, mm / k
    cx, cy = int(w * r.uniform(0.3, 0.7)), int(h * r.uniform(0.25, 0.75))
    rx, ry = int(w * r.uniform(0.28, 0.42)), int(r.uniform(18, 30) * q)
    ang = r.uniform(-35, 35)
    core = r.randint(58, 70)
    m = p + ".glare.png"
    B.run(["convert", "-size", "%dx%d" % (w, h), "xc:black",
           "-fill", "gray%d" % (core - 18), "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rx, ry),
           "-fill", "gray%d" % core, "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, int(rx * 0.7), int(ry * 0.55)),
           "-fill", "gray%d" % min(core + 16, 88), "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + int(rx * 0.2), cy, int(rx * 0.45), max(1, int(ry * 0.12))),
           "-blur", "0x%.1f" % (7 * q),
           "-distort", "SRT", "%d,%d 1 %.1f" % (cx, cy, ang), "-resize", "%dx%d!" % (W, H), m])
    B.run(["convert", p, m, "-compose", "Screen", "-composite", p])
    os.remove(m)


def banding(p, r, mm):
    W, H = P.size_of(p)
    k = 8   # the bands are drawn and blurred at 1/8 size, then scaled up
    w, h, q = W // k, H // k, mm / k
    m = p + ".band.png"
    cmd = ["convert", "-size", "%dx%d" % (w, h), "xc:white"]
    for _ in range(r.randint(4, 7)):
        x = r.randint(0, w)
        bw = max(1, int(r.uniform(4, 18) * q))
        cmd += ["-fill", "gray%d" % r.randint(86, 95), "-draw", "rectangle %d,0 %d,%d" % (x, x + bw, h)]
    B.run(cmd + ["-blur", "%.1fx%.1f" % (4 * q, 3 * q), "-resize", "%dx%d!" % (W, H), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)
    lines = []
    for _ in range(r.randint(1, 2)):
        x = r.randint(int(W * 0.15), int(W * 0.85))
        lines += ["-draw", "rectangle %d,0 %d,%d" % (x, x + max(2, int(0.2 * mm)), H)]
    B.run(["convert", p, "-fill", "white", "-stroke", "none"] + lines + [p])


def ghost(p, r, mm):
    W, H = P.size_of(p)
    dy = int(r.uniform(92, 96) * mm)
    dx = r.choice([-1, 1]) * r.randint(2, 6)
    dark = r.randint(5, 8)
    g = p + ".ghost.png"
    B.run(["convert", p, "-crop", "%dx%d+0+0" % (W, H - dy), "+repage", "-fill", "white", "-colorize", "%d%%" % (100 - dark), g])
    B.run(["convert", p, g, "-geometry", "%+d%+d" % (dx, dy), "-compose", "Multiply", "-composite", p])
    os.remove(g)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h36-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "ghost" in opts:
            ghost(p, r, mm)
        if "banding" in opts:
            banding(p, r, mm)
        if "glare" in opts and (i % 3 != 2 or len(pngs) < 3):
            glare(p, r, mm)


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
