#!/usr/bin/env python3
"""Pre-build step of testdata/heldout104: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :toothpick  wooden toothpicks (牙签) left lying on the scanner glass: two
             to four thin pale-wood sticks with pointed ends, at random angles
             across the page, each with a faint shadow on one side.
  :pine      a phone photo of a page that lay under a pine tree: a few dry
             pine needles (松针), pairs joined at a brown sheath, lying across
             the page in thin brown curved strokes.

Methods used: `x-scanpdf:<dpi>[:toothpick]`, `x-photo:<dpi>:<font>[:pine]`.
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
OPTIONS = ("toothpick", "pine")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def toothpick(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for k in range(r.randint(2, 4)):
        L = r.uniform(55, 68) * mm
        a = r.uniform(0, math.pi)
        cx, cy = r.uniform(0.15, 0.85) * W, r.uniform(0.12, 0.9) * H
        dx, dy = math.cos(a) * L / 2, math.sin(a) * L / 2
        wd = max(3, int(2.0 * mm))
        off = int(0.9 * mm)
        cmd += ["-stroke", "gray62", "-strokewidth", "%d" % wd, "-draw", "line %d,%d %d,%d" % (cx - dx * 0.9 + off, cy - dy * 0.9 + off, cx + dx * 0.9 + off, cy + dy * 0.9 + off)]
        cmd += ["-stroke", "#d9b98a", "-strokewidth", "%d" % wd, "-draw", "line %d,%d %d,%d" % (cx - dx * 0.9, cy - dy * 0.9, cx + dx * 0.9, cy + dy * 0.9)]
        cmd += ["-stroke", "#c9a572", "-strokewidth", "%d" % max(2, wd // 2), "-draw", "line %d,%d %d,%d" % (cx - dx, cy - dy, cx + dx, cy + dy)]
    B.run(cmd + [p])


def pine(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p, "-fill", "none"]
    for k in range(r.randint(3, 6)):
        bx, by = r.uniform(0.08, 0.92) * W, r.uniform(0.08, 0.92) * H
        base = r.uniform(0, 2 * math.pi)
        for side in (-1, 1):
            a = base + side * r.uniform(0.05, 0.25)
            L = r.uniform(45, 80) * mm
            bend = r.uniform(-0.3, 0.3)
            pts = []
            for j in range(10):
                tt = j / 9.0
                aa = a + bend * tt
                pts.append((bx + math.cos(aa) * L * tt, by + math.sin(aa) * L * tt))
            cmd += ["-stroke", r.choice(["#7a5a2e", "#8a6a38", "#6b4e26"]), "-strokewidth", "%d" % max(2, int(0.7 * mm)),
                    "-draw", "polyline " + " ".join("%d,%d" % q for q in pts)]
        cmd += ["-stroke", "none", "-fill", "#4a3318", "-draw", "ellipse %d,%d %d,%d 0,360" % (bx, by, int(1.6 * mm), int(1.1 * mm)), "-fill", "none"]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h104-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "toothpick" in opts:
            toothpick(p, r, mm)
        if "pine" in opts:
            pine(p, r, mm)


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
