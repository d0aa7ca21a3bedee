#!/usr/bin/env python3
"""Pre-build step of testdata/heldout47: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a sheet is spoiled before it
reaches a school's scanner or phone. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for x-photo, before heldout7's
phone photo):

  :cockle   the sheet got damp (a wet workshop bench, a humid store room)
            and dried wavy: the printed lines are bent up and down by a
            gentle wave of 60-110 mm wavelength and 0.5-1.1 mm amplitude,
            and soft light and dark bands run along the ridges and troughs
            where the light of the scanner or the room falls on the slopes.
  :mildew   the sheets were stored for months in a damp cupboard: clusters
            of small grey-green and brown-black mould spots, mostly in the
            margins and corners (a few straying into the text), and a faint
            brownish tide line across one corner where the damp stopped.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:cockle|:mildew]`,
`x-scan:<dpi>:<font>[:color|:mildew]`, `x-photo:<dpi>:<font>[:cockle]`.
heldout7 and heldout15 ignore the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
import json
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
OPTIONS = ("cockle", "mildew")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def cockle(p, r, mm):
    W, H = P.size_of(p)
    amp = r.uniform(0.5, 1.1) * mm
    lam = r.uniform(60, 110) * mm
    # the wave: each column shifted up or down (text lines bend); -wave grows the
    # image by 2*amp, cut back to the page
    B.run(["convert", p, "-background", "white", "-wave", "%.1fx%.1f" % (amp, lam),
           "-gravity", "center", "-extent", "%dx%d" % (W, H), p])
    # light and dark bands along the slopes, drawn small and stretched
    w = 400
    ph = r.uniform(0, 2 * math.pi)
    depth = r.uniform(0.05, 0.09)
    fx = "1-%.3f*(0.5+0.5*cos(2*pi*i*%.4f+%.3f))" % (depth, W / lam / w, ph)
    m = p + ".bands.png"
    B.run(["convert", "-size", "%dx1" % w, "xc:white", "-fx", fx, "-resize", "%dx%d!" % (W, H), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def mildew(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white"]
    # a tide line: a faint brown arc across one corner, darker at its edge
    cx, cy = r.choice([(0, H), (W, H), (W, 0)])
    rad = int(r.uniform(45, 75) * mm)
    cmd += ["-fill", "rgb(246,240,226)", "-stroke", "rgb(205,188,160)", "-strokewidth", "%d" % max(2, int(0.5 * mm)),
            "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rad, cy)]
    for _ in range(r.randint(3, 5)):   # clusters, mostly in the margins
        if r.random() < 0.8:
            x = r.choice([r.uniform(0.02, 0.12), r.uniform(0.88, 0.98)]) * W if r.random() < 0.5 else r.uniform(0.05, 0.95) * W
            y = r.uniform(0.90, 0.98) * H if r.random() < 0.6 else r.uniform(0.02, 0.07) * H
        else:
            x, y = r.uniform(0.1, 0.9) * W, r.uniform(0.1, 0.9) * H
        spread = r.uniform(5, 12) * mm
        for _ in range(r.randint(18, 45)):
            sx, sy = x + r.gauss(0, spread), y + r.gauss(0, spread * 0.7)
            rr = r.uniform(0.15, 0.9) * mm
            col = r.choice(["rgb(96,108,88)", "rgb(70,74,62)", "rgb(120,110,84)", "rgb(138,146,120)", "rgb(58,52,44)"])
            cmd += ["-stroke", "none", "-fill", col, "-draw", "circle %d,%d %d,%d" % (sx, sy, sx + rr, sy)]
    m = p + ".mould.png"
    B.run(cmd + ["-blur", "0x%.1f" % max(0.8, 0.12 * mm), m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h47-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for p in pngs:
        if "mildew" in opts:
            mildew(p, r, mm)
        if "cockle" in opts:
            cockle(p, r, mm)


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
