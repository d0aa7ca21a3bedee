#!/usr/bin/env python3
"""Pre-build step of testdata/heldout42: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus three options of this corpus, faults of a phone's lens, of a
scanner's lamp and of the writer's hand. They act on the clean page images
BEFORE heldout15's scanner simulation (and, for photos, before heldout7's
phone photo):

  :barrel   (phone photos) the phone's wide-angle lens bends straight lines
            outwards (barrel distortion): the table rules and text lines
            bow, most near the edges, and the corners go soft.
  :smear    (scans and photos) the ink was still wet when the writer's hand
            (or the next sheet) dragged over it: one or two trails a page,
            15-30 mm high and a third to two thirds of the width, where every
            stroke is drawn out sideways into a grey smudge.
  :lampend  (scans) the scanner lamp is failing at one end: across the last
            third of the width the page darkens smoothly to about 72 %
            (a warm grey in colour scans), the print there losing contrast.

Methods used: `x-scanpdf:<dpi>[:color][:smear|:lampend][:photo:barrel]`,
`x-photo:<dpi>:<font>[:barrel|:smear]`. heldout7 and heldout15 ignore the
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
COLOR = set()   # tags scanned in colour
OPTIONS = ("barrel", "smear", "lampend")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def barrel(p, r, mm):
    W, H = P.size_of(p)
    c = -r.uniform(0.045, 0.07)   # negative third coefficient: the edges pushed out (barrel)
    # one pass: distort, then the corners soft (a blurred copy shown through a radial mask)
    B.run(["convert", p, "-virtual-pixel", "white", "-distort", "Barrel", "0 0 %.4f %.4f" % (c, 1 - c),
           "(", "+clone", "-blur", "0x%.1f" % (0.35 * mm), ")",
           "(", "-size", "%dx%d" % (W, H), "radial-gradient:black-white", "-level", "45%,100%", ")",
           "-compose", "Over", "-composite", p])


def smear(p, r, mm):
    W, H = P.size_of(p)
    for _ in range(r.randint(1, 2)):
        w = int(W * r.uniform(0.33, 0.66))
        h = int(r.uniform(15, 30) * mm)
        x = r.randint(int(0.06 * W), max(int(0.06 * W) + 1, W - w - int(0.06 * W)))
        y = int(H * r.uniform(0.22, 0.80))
        L = r.uniform(4, 7) * mm
        ang = r.uniform(-8, 8) + r.choice([0, 180])
        t = p + ".smear.png"
        B.run(["convert", p, "-crop", "%dx%d+%d+%d" % (w, h, x, y), "+repage", "-motion-blur", "0x%.1f+%.1f" % (L, ang),
               "-level", "0%,100%,0.85", "(", "-size", "%dx%d" % (w, h), "radial-gradient:white-black", "-level", "0%,85%", ")",
               "-compose", "CopyOpacity", "-composite", t])
        B.run(["convert", p, t, "-geometry", "+%d+%d" % (x, y), "-compose", "Multiply", "-composite", p])
        os.remove(t)


def lampend(p, r, mm, color):
    W, H = P.size_of(p)
    w2 = int(W * r.uniform(0.28, 0.38))
    dark = "#c4bba2" if color else "gray72"
    B.run(["convert", p, "(", "(", "-size", "%dx%d" % (W - w2, H), "xc:white", ")",
           "(", "-size", "%dx%d" % (H, w2), "gradient:white-%s" % dark, "-rotate", "-90", ")", "+append",
           "-flop" if r.random() < 0.5 else "+flop", ")", "-compose", "Multiply", "-composite", p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h42-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "smear" in opts and (i % 2 == 0 or len(pngs) < 3):
            smear(p, r, mm)
        if "lampend" in opts:
            lampend(p, r, mm, tag in COLOR)
        if "barrel" in opts:
            barrel(p, r, mm)


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
                    parts = cols[2].split(":")
                    mine = {o for o in parts[2:] if o in OPTIONS}
                    if mine:
                        MINE["x%03d" % n] = mine
                    if "color" in parts[2:]:
                        COLOR.add("x%03d" % n)
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
