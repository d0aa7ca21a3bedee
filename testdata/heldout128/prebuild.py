#!/usr/bin/env python3
"""Pre-build step of testdata/heldout128: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for photos, before heldout7's photo):

  :bottlecap   a metal crown bottle cap (瓶盖) left lying on the scanner
               glass: a grey crimped disc 26-30 mm across with a soft
               shadow, in the left or right margin of the lower half.
  :sunglasses  a phone photo with a pair of sunglasses lying on the sheet
               near the bottom right: two dark tinted lenses (the page
               darkened through them), black rims, the bridge and arms.

Methods used: `x-scanpdf:<dpi>[:bottlecap]`, `x-photo:<dpi>:<font>[:sunglasses]`,
`x-scanpdf:<dpi>:photo:sunglasses`. heldout7 and heldout15 ignore the options they do not know.

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
OPTIONS = ("bottlecap", "sunglasses")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def bottlecap(p, r, mm):
    W, H = P.size_of(p)
    R = r.uniform(13, 15) * mm
    cx = W * r.choice([r.uniform(0.08, 0.16), r.uniform(0.84, 0.92)])
    cy = H * r.uniform(0.55, 0.93)
    sh = p + ".cap.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray60",
           "-draw", "circle %d,%d %d,%d" % (cx + 2 * mm, cy + 2.5 * mm, cx + 2 * mm + R, cy + 2.5 * mm),
           "-blur", "0x%d" % max(3, int(2.5 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    pts = []
    for k in range(42):
        a = 2 * math.pi * k / 42
        rr = R * (1.0 if k % 2 == 0 else 0.9)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    cmd = ["convert", p, "-stroke", "gray25", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", "gray38",
           "-draw", "polygon " + " ".join("%d,%d" % q for q in pts),
           "-fill", "gray52", "-stroke", "gray30", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R * 0.72, cy),
           "-fill", "gray70", "-stroke", "none", "-draw", "ellipse %d,%d %d,%d 200,250" % (cx - R * 0.2, cy - R * 0.25, R * 0.35, R * 0.15)]
    B.run(cmd + [p])


def sunglasses(p, r, mm):
    W, H = P.size_of(p)
    lw, lh = r.uniform(24, 28) * mm, r.uniform(18, 21) * mm
    gap = r.uniform(7, 9) * mm
    cx = W * r.uniform(0.62, 0.72)
    cy = H * r.uniform(0.86, 0.92)
    lens = p + ".lens.png"
    x1, x2 = cx - gap / 2 - lw / 2, cx + gap / 2 + lw / 2
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray%d" % r.randint(34, 46),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (x1, cy, lw / 2, lh / 2),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (x2, cy, lw / 2, lh / 2), "-blur", "0x1", lens])
    B.run(["convert", p, lens, "-compose", "Multiply", "-composite", p])
    os.remove(lens)
    sw = "%d" % max(2, int(1.3 * mm))
    B.run(["convert", p, "-fill", "none", "-stroke", "gray10", "-strokewidth", sw,
           "-draw", "ellipse %d,%d %d,%d 0,360" % (x1, cy, lw / 2, lh / 2),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (x2, cy, lw / 2, lh / 2),
           "-draw", "line %d,%d %d,%d" % (x1 + lw / 2, cy - lh * 0.25, x2 - lw / 2, cy - lh * 0.25),
           "-draw", "line %d,%d %d,%d" % (x1 - lw / 2, cy - lh * 0.3, x1 - lw / 2 - 38 * mm, cy - lh * 0.9),
           "-draw", "line %d,%d %d,%d" % (x2 + lw / 2, cy - lh * 0.3, min(W - 2, x2 + lw / 2 + 20 * mm), cy - lh * 1.3),
           "-stroke", "gray88", "-strokewidth", "%d" % max(1, int(0.5 * mm)),
           "-draw", "line %d,%d %d,%d" % (x1 - lw * 0.25, cy - lh * 0.3, x1 - lw * 0.05, cy - lh * 0.38), p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h128-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "bottlecap" in opts:
            bottlecap(p, r, mm)
        if "sunglasses" in opts:
            sunglasses(p, r, mm)


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
