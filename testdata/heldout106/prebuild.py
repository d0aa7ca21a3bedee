#!/usr/bin/env python3
"""Pre-build step of testdata/heldout106: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :matches   two or three spent safety matches (火柴) left on the scanner
             glass: thin pale-wood sticks 45-50 mm long at random angles,
             each with a charred black-brown head, a small soot smudge on
             the page beside the head, and a soft contact shadow.
  :pricetag  a phone photo of a page that has a strip of price-gun labels
             (标价签) stuck on it: two or three small white-yellow rounded
             labels with red border lines and printed digits ("¥3.50"),
             slightly rotated, one half peeled with a grey fold shadow.

Methods used: `x-scanpdf:<dpi>[:matches]`, `x-photo:<dpi>:<font>[:pricetag]`.
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
OPTIONS = ("matches", "pricetag")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def matches(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for k in range(r.randint(2, 3)):
        L = r.uniform(45, 50) * mm
        ang = r.uniform(0, math.pi)
        x0 = r.uniform(0.1, 0.9) * W
        y0 = r.uniform(0.15, 0.85) * H
        dx, dy = math.cos(ang) * L, math.sin(ang) * L
        x1, y1 = x0 + dx, y0 + dy
        w = max(3, int(2.0 * mm))
        # contact shadow, then the stick, then the charred head, soot beside it
        cmd += ["-stroke", "gray78", "-strokewidth", "%d" % (w + int(1.2 * mm)), "-draw", "line %d,%d %d,%d" % (x0 + mm, y0 + mm, x1 + mm, y1 + mm),
                "-stroke", "#e3cf9f", "-strokewidth", "%d" % w, "-draw", "line %d,%d %d,%d" % (x0, y0, x1, y1),
                "-stroke", "#c9b27e", "-strokewidth", "%d" % max(1, w // 4), "-draw", "line %d,%d %d,%d" % (x0, y0 + w // 3, x1, y1 + w // 3),
                "-stroke", "none", "-fill", "#2a1a10", "-draw", "ellipse %d,%d %d,%d 0,360" % (x1, y1, int(2.4 * mm), int(1.8 * mm)),
                "-fill", "#5a3a22", "-draw", "ellipse %d,%d %d,%d 0,360" % (x1 - dx * 0.05, y1 - dy * 0.05, int(1.6 * mm), int(1.4 * mm)),
                "-fill", "rgba(60,50,45,0.18)", "-draw", "ellipse %d,%d %d,%d 0,360" % (x1 + r.uniform(2, 5) * mm, y1 + r.uniform(-3, 3) * mm, int(4 * mm), int(2.5 * mm))]
    B.run(cmd + [p])


def pricetag(p, r, mm):
    W, H = P.size_of(p)
    n = r.randint(2, 3)
    bx = r.uniform(0.08, 0.6) * W
    by = r.uniform(0.2, 0.8) * H
    tw, th = int(21 * mm), int(12 * mm)
    for k in range(n):
        lab = p + ".tag%d.png" % k
        price = "%.2f" % r.choice([2.5, 3.5, 4.8, 6.0, 12.8])
        B.run(["convert", "-size", "%dx%d" % (tw, th), "xc:none", "-fill", "#fbf6dc", "-stroke", "#c9c2a0", "-draw",
               "roundrectangle 1,1 %d,%d %d,%d" % (tw - 2, th - 2, int(2 * mm), int(2 * mm)),
               "-stroke", "#c8262a", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
               "-draw", "line %d,%d %d,%d" % (int(1.5 * mm), int(2.5 * mm), tw - int(1.5 * mm), int(2.5 * mm)),
               "-draw", "line %d,%d %d,%d" % (int(1.5 * mm), th - int(2.5 * mm), tw - int(1.5 * mm), th - int(2.5 * mm)),
               "-stroke", "none", "-fill", "#222222", "-font", "DejaVu-Sans-Mono", "-pointsize", "%d" % int(4.5 * mm),
               "-gravity", "center", "-annotate", "+0+0", price,
               "-background", "none", "-rotate", "%.1f" % r.uniform(-8, 8), lab])
        x, y = int(bx + k * (tw + 1.5 * mm)), int(by + r.uniform(-2, 2) * mm)
        if k == n - 1:   # half peeled: the free half shows its grey back, a fold shadow under it
            B.run(["convert", p, "-fill", "rgba(0,0,0,0.22)", "-draw", "rectangle %d,%d %d,%d" % (x + tw // 2, y + th, x + tw + int(2 * mm), y + th + int(2 * mm)), p])
            B.run(["convert", lab, "-gravity", "east", "-region", "%dx%d+0+0" % (tw // 2, th + 10), "-fill", "#d6d2c2", "-colorize", "70%", lab])
        B.run(["convert", p, lab, "-geometry", "+%d+%d" % (x, y), "-compose", "Over", "-composite", p])
        os.remove(lab)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h106-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "matches" in opts:
            matches(p, r, mm)
        if "pricetag" in opts:
            pricetag(p, r, mm)


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
