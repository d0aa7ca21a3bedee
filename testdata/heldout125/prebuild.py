#!/usr/bin/env python3
"""Pre-build step of testdata/heldout125: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, drawn on the clean page images BEFORE
heldout15's scanner simulation (and, for photos, before heldout7's phone photo):

  :tweezers  a pair of steel tweezers (镊子) left lying on the scanner glass
             near the lower margin: two dark arms with a bright edge, a soft
             grey shadow.
  :lipstick  (photos) a lipstick tube (口红) lying on the page by the lower
             right corner: black case, gold band, red bullet, a pink smear.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:photo][:tweezers|:lipstick]`,
`x-scan:<dpi>:<font>[:color]`, `x-photo:<dpi>:<font>[:lipstick]`.
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
OPTIONS = ("tweezers", "lipstick")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def tweezers(p, r, mm):
    """a pair of steel tweezers left lying on the scanner glass, near the lower margin"""
    W, H = P.size_of(p)
    x0 = int(W * r.uniform(0.15, 0.55)); y0 = int(H * r.uniform(0.86, 0.93))
    L = int(r.uniform(95, 115) * mm); ang = r.uniform(-0.25, 0.25)
    x1, y1 = x0 + int(L * math.cos(ang)), y0 + int(L * math.sin(ang))
    nx, ny = -math.sin(ang), math.cos(ang)
    cmd = ["convert", p, "-stroke", "gray72", "-strokewidth", "%d" % int(5 * mm), "-fill", "none",
           "-draw", "line %d,%d %d,%d" % (x0 + 2 * mm, y0 + 2 * mm, x1 + 2 * mm, y1 + 2 * mm)]
    for side in (-1, 1):
        tx, ty = x1 + side * nx * 1.2 * mm, y1 + side * ny * 1.2 * mm
        bx, by = x0 + side * nx * 4 * mm, y0 + side * ny * 4 * mm
        cmd += ["-stroke", "gray30", "-strokewidth", "%d" % max(3, int(1.6 * mm)), "-draw", "line %d,%d %d,%d" % (bx, by, tx, ty),
                "-stroke", "gray85", "-strokewidth", "%d" % max(1, int(0.4 * mm)), "-draw", "line %d,%d %d,%d" % (bx, by, tx, ty)]
    B.run(cmd + [p])


def lipstick(p, r, mm):
    """a lipstick (口红) tube lying on the page by the lower right corner, a short pink smear beside it"""
    W, H = P.size_of(p)
    cx = int(W * r.uniform(0.70, 0.82)); cy = int(H * r.uniform(0.88, 0.94))
    L = int(r.uniform(65, 75) * mm); w = int(r.uniform(17, 20) * mm)
    cmd = ["convert", p, "-stroke", "none", "-fill", "#c8b8b0", "-draw", "rectangle %d,%d %d,%d" % (cx - L // 2 + 3 * mm, cy - w // 2 + 3 * mm, cx + L // 2 + 3 * mm, cy + w // 2 + 3 * mm),
           "-fill", "#1c1c1c", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (cx - L // 2, cy - w // 2, cx + L // 5, cy + w // 2, 2 * mm, 2 * mm),
           "-fill", "#b8952e", "-draw", "rectangle %d,%d %d,%d" % (cx + L // 5, cy - w // 2 + mm, cx + L // 2 - 8 * mm, cy + w // 2 - mm),
           "-fill", "#a3173b", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (cx + L // 2 - 8 * mm, cy - w // 3, cx + L // 2, cy + w // 3, 3 * mm, 3 * mm),
           "-stroke", "#d2557a", "-strokewidth", "%d" % max(2, int(1.8 * mm)), "-fill", "none",
           "-draw", "line %d,%d %d,%d" % (cx - L // 2, cy - w, cx - L // 2 + 22 * mm, cy - w - 4 * mm)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h125-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "tweezers" in opts:
            tweezers(p, r, mm)
        if "lipstick" in opts:
            lipstick(p, r, mm)


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
