#!/usr/bin/env python3
"""Pre-build step of testdata/heldout51: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before a
school's scanner or phone sees it. They act on the clean page images BEFORE
heldout15's scanner simulation (and, for a phone photo, before heldout7's
photo):

  :pin   the sheet was pinned to a corridor notice board and photographed
         there: four pushpins (coloured heads with a highlight and a cast
         shadow) near the corners, the paper bulging between them (a soft
         shadow band along the lower edge and a lighter wave across the
         middle), two small tears where an older notice's pins were.
  :hair  hair and dust lie on the scanner glass: two or three dark curly
         hairs and 20-40 dust specks, at the SAME place on every page of
         the file (they lie on the glass, not on the paper), drawn before
         the page's own skew so they turn with nothing.

Methods used: `x-scanpdf:<dpi>[:color|:mono|:photo|:pin|:hair]`,
`x-scan:<dpi>:<font>[:color|:hair]`, `x-photo:<dpi>:<font>`.
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
OPTIONS = ("pin", "hair")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def pin(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    # the paper bulges between the pins: a shadow band near the lower edge, a light wave across the middle
    sh = p + ".bulge.png"
    y1 = int(H * r.uniform(0.86, 0.93))
    ym = int(H * r.uniform(0.40, 0.60))
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray82",
           "-draw", "polygon 0,%d %d,%d %d,%d 0,%d" % (y1, W, y1 + int(4 * mm), W, H, H),
           "-fill", "gray93", "-draw", "rectangle 0,%d %d,%d" % (ym, W, ym + int(10 * mm)),
           "-blur", "0x%d" % int(7 * mm), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    colours = ["#c8202a", "#1f5fbf", "#e0b010", "#2a9a3a", "#c8202a"]
    r.shuffle(colours)
    corners = [(0.05, 0.035), (0.95, 0.035), (0.05, 0.965), (0.95, 0.965)]
    for k, (fx, fy) in enumerate(corners):
        x = int(W * (fx + r.uniform(-0.015, 0.015)))
        y = int(H * (fy + r.uniform(-0.01, 0.01)))
        rad = int(r.uniform(3.2, 4.2) * mm)
        cmd += ["-fill", "rgba(0,0,0,0.30)", "-stroke", "none",
                "-draw", "ellipse %d,%d %d,%d 0,360" % (x + int(2.5 * mm), y + int(3 * mm), rad, int(rad * 0.8)),
                "-fill", colours[k], "-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y),
                "-fill", "rgba(255,255,255,0.65)", "-draw", "circle %d,%d %d,%d" % (x - rad // 3, y - rad // 3, x - rad // 3 + rad // 4, y - rad // 3)]
    for _ in range(2):   # the holes of an older notice's pins
        x, y = int(W * r.uniform(0.2, 0.8)), int(H * r.uniform(0.01, 0.03))
        cmd += ["-fill", "gray35", "-draw", "circle %d,%d %d,%d" % (x, y, x + int(0.5 * mm), y)]
    B.run(cmd + [p])


def hair(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p, "-fill", "none", "-stroke", "gray18"]
    for _ in range(r.randint(2, 3)):   # curly hairs: a chain of bezier arcs
        x, y = r.uniform(0.08, 0.92) * W, r.uniform(0.08, 0.92) * H
        ang = r.uniform(0, 2 * math.pi)
        pts = [(x, y)]
        for _ in range(r.randint(4, 7)):
            ang += r.uniform(-1.1, 1.1)
            L = r.uniform(4, 9) * mm
            x, y = x + L * math.cos(ang), y + L * math.sin(ang)
            pts.append((x, y))
        path = "M %d,%d " % pts[0] + " ".join("Q %d,%d %d,%d" % (
            (a[0] + b[0]) / 2 + r.uniform(-2, 2) * mm, (a[1] + b[1]) / 2 + r.uniform(-2, 2) * mm, b[0], b[1]) for a, b in zip(pts, pts[1:]))
        cmd += ["-strokewidth", "%.1f" % max(1.0, 0.09 * mm), "-draw", "path '%s'" % path]
    cmd += ["-stroke", "none"]
    for _ in range(r.randint(20, 40)):   # dust specks
        x, y = int(r.uniform(0, W)), int(r.uniform(0, H))
        rad = max(1, int(r.uniform(0.05, 0.25) * mm))
        cmd += ["-fill", "gray%d" % r.randint(10, 45), "-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "pin" in opts:
            pin(p, random.Random("h51-pin-%s-%d" % (tag, i)), mm)
        if "hair" in opts:   # the same seed for every page: the hair lies on the glass
            hair(p, random.Random("h51-hair-%s" % tag), mm)


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
