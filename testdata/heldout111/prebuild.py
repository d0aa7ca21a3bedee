#!/usr/bin/env python3
"""Pre-build step of testdata/heldout111: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for photos, before heldout7's phone photo):

  :eraser    eraser crumbs (橡皮屑) left on the scanner glass after a
             correction: a scatter of small grey rolled crumbs, thicker
             along one sweep, a few longer curled strands, and a faint
             grey smear where the eraser was rubbed.
  :banknote  a folded paper banknote (a five-yuan note, purple-brown)
             lying on a lower corner of the sheet when it was
             photographed: a tilted tinted rectangle with its printed
             frame, a fold crease across it and a soft shadow.

Methods used: `x-scanpdf:<dpi>[:mono]:eraser`, `x-scanpdf:<dpi>:photo:banknote`,
`x-photo:<dpi>:<font>:banknote`. heldout7 and heldout15 ignore the options
they do not know.

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
OPTIONS = ("eraser", "banknote")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def eraser(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    # a faint smear where the eraser was rubbed
    sx, sy = int(W * r.uniform(0.1, 0.7)), int(H * r.uniform(0.55, 0.9))
    sm = p + ".smear.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray86",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (sx, sy, int(r.uniform(14, 24) * mm), int(r.uniform(4, 7) * mm)),
           "-blur", "0x%d" % max(3, int(2.5 * mm)), sm])
    B.run(["convert", p, sm, "-compose", "Multiply", "-composite", p])
    os.remove(sm)
    # crumbs: clustered along a sweep, and some scattered
    ang = r.uniform(-0.5, 0.5)
    cx, cy = int(W * r.uniform(0.25, 0.75)), int(H * r.uniform(0.5, 0.9))
    for k in range(r.randint(45, 80)):
        if k % 3:
            t = r.uniform(-1, 1) * 45 * mm
            x = cx + math.cos(ang) * t + r.gauss(0, 4 * mm)
            y = cy + math.sin(ang) * t + r.gauss(0, 3 * mm)
        else:
            x, y = r.uniform(0.05, 0.95) * W, r.uniform(0.05, 0.95) * H
        a = r.uniform(0.25, 0.7) * mm
        b = a * r.uniform(1.2, 3.2)
        g = r.randint(35, 70)
        cmd += ["-stroke", "gray%d" % (g + 15), "-strokewidth", "1", "-fill", "gray%d" % g,
                "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (x, y, r.randint(0, 179), max(1, int(b)), max(1, int(a)))]
    # a few curled strands
    for k in range(r.randint(2, 4)):
        x, y = cx + r.uniform(-40, 40) * mm, cy + r.uniform(-10, 10) * mm
        pts = []
        a0 = r.uniform(0, 6.28)
        for j in range(7):
            a0 += r.uniform(0.3, 1.0)
            x += math.cos(a0) * 1.2 * mm
            y += math.sin(a0) * 1.2 * mm
            pts.append((x, y))
        cmd += ["-fill", "none", "-stroke", "gray50", "-strokewidth", "%d" % max(2, int(0.5 * mm)),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts)]
    B.run(cmd + [p])


def banknote(p, r, mm):
    W, H = P.size_of(p)
    w, h = int(r.uniform(60, 72) * mm), int(r.uniform(32, 38) * mm)
    right = r.random() < 0.6
    cx = int(W - w * 0.35) if right else int(w * 0.35)
    cy = int(H - h * r.uniform(0.45, 0.8))
    ang = r.uniform(-25, 25)
    note = p + ".note.png"
    B.run(["convert", "-size", "%dx%d" % (w, h), "xc:#b59aa6",
           "-fill", "none", "-stroke", "#6e4a5e", "-strokewidth", "%d" % max(2, int(0.6 * mm)),
           "-draw", "rectangle %d,%d %d,%d" % (int(2.5 * mm), int(2.5 * mm), w - int(2.5 * mm), h - int(2.5 * mm)),
           "-draw", "circle %d,%d %d,%d" % (int(w * 0.25), h // 2, int(w * 0.25 + 8 * mm), h // 2),
           "-stroke", "#8a6a78", "-strokewidth", "1",
           "-draw", "line %d,0 %d,%d" % (int(w * 0.52), int(w * 0.49), h),
           "-fill", "#5a3a4c", "-stroke", "none", "-pointsize", "%d" % int(9 * mm),
           "-draw", "text %d,%d '5'" % (w - int(13 * mm), int(12 * mm)),
           "-draw", "text %d,%d '5'" % (int(4 * mm), h - int(4 * mm)),
           "-background", "none", "-rotate", "%.1f" % ang, note])
    nw, nh = P.size_of(note)
    sh = p + ".nsh.png"
    B.run(["convert", note, "-alpha", "extract", "-background", "white", "-negate", "-fill", "gray60", "-opaque", "black",
           "-blur", "0x%d" % max(3, int(1.5 * mm)), sh])
    x0, y0 = cx - nw // 2, cy - nh // 2
    B.run(["convert", p, sh, "-geometry", "+%d+%d" % (x0 + int(1.5 * mm), y0 + int(2 * mm)), "-compose", "Multiply", "-composite",
           note, "-geometry", "+%d+%d" % (x0, y0), "-compose", "Over", "-composite", p])
    os.remove(note)
    os.remove(sh)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h111-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "eraser" in opts:
            eraser(p, r, mm)
        if "banknote" in opts:
            banknote(p, r, mm)


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
