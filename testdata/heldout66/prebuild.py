#!/usr/bin/env python3
"""Pre-build step of testdata/heldout66: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :rubberband  the stack was scanned with a rubber band (橡皮筋) still round
               it: a tan band 2-3 mm wide across the whole page at a slight
               slant, a soft shadow on one side, the paper pinched beside it
               (short faint wrinkles fanning out from the band), and a
               darker knot where the band was tied or doubled.
  :indent      pressed writing (压痕): the sheet lay under another sheet
               while someone wrote on it, and the phone's or the lamp's
               raking light shows the grooves: faint lines of cursive-like
               strokes, each a dark groove with a lighter edge, over part
               of the page.

Methods used: `x-scanpdf:<dpi>[:rubberband]`, `x-scan:<dpi>:<font>[:rubberband]`,
`x-photo:<dpi>:<font>[:indent]`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("rubberband", "indent")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rubberband(p, r, mm):
    W, H = P.size_of(p)
    # the band lies across the lower half of the sheet, where the answers are (never over the heads)
    y0 = H * r.uniform(0.52, 0.74)
    slope = r.uniform(-0.06, 0.06)
    w = r.uniform(2.0, 3.0) * mm
    ya, yb = y0, y0 + slope * W
    side = r.choice([-1, 1])
    cmd = ["convert", p]
    # pinched paper: short faint wrinkles fanning out from the band on both sides
    for k in range(r.randint(10, 16)):
        x = r.uniform(0.03, 0.97) * W
        yc = ya + (yb - ya) * x / W
        for sgn in (-1, 1):
            L = r.uniform(4, 11) * mm
            a = math.pi / 2 * sgn + r.uniform(-0.5, 0.5)
            cmd += ["-stroke", "gray%d" % r.randint(84, 90), "-strokewidth", "%d" % max(1, int(0.22 * mm)),
                    "-draw", "line %d,%d %d,%d" % (x, yc + sgn * w / 2, x + math.cos(a) * L * 0.3, yc + sgn * (w / 2 + L))]
    # the shadow, then the band, then a lighter sheen along it
    off = side * 0.8 * mm
    cmd += ["-stroke", "none", "-fill", "gray72",
            "-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (0, ya + off, W, yb + off, W, yb + off + w, 0, ya + off + w)]
    cmd += ["-fill", "rgb(176,132,82)",
            "-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (0, ya, W, yb, W, yb + w, 0, ya + w)]
    cmd += ["-fill", "rgb(206,168,120)",
            "-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (0, ya + w * 0.25, W, yb + w * 0.25, W, yb + w * 0.45, 0, ya + w * 0.45)]
    # the knot: where the band was doubled, a short thicker, darker stretch near one edge
    kx = W * r.choice([r.uniform(0.06, 0.16), r.uniform(0.84, 0.94)])
    ky = ya + (yb - ya) * kx / W
    cmd += ["-fill", "rgb(140,100,60)", "-draw", "ellipse %d,%d %d,%d 0,360" % (kx, ky + w / 2, 4.5 * mm, w * 0.95)]
    B.run(cmd + [p])


def indent(p, r, mm):
    W, H = P.size_of(p)
    m = p + ".indent.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none"]
    top = H * r.uniform(0.25, 0.45)
    rows = r.randint(6, 10)
    lead = r.uniform(8, 10) * mm
    xa = W * r.uniform(0.08, 0.14)
    for k in range(rows):
        y = top + k * lead
        x = xa + r.uniform(0, 6) * mm
        xend = W * r.uniform(0.55, 0.9)
        while x < xend:
            # one "character": a few short strokes inside a 5-6 mm box
            cw = r.uniform(4.5, 6.0) * mm
            for _ in range(r.randint(2, 4)):
                pts = []
                px, py = x + r.uniform(0, cw), y + r.uniform(-cw / 2, cw / 2)
                for _ in range(r.randint(2, 4)):
                    pts.append((px, py))
                    px += r.uniform(-cw / 2, cw / 2)
                    py += r.uniform(-cw / 2, cw / 2)
                dark = " ".join("%d,%d" % q for q in pts)
                light = " ".join("%d,%d" % (q[0] + 0.25 * mm, q[1] + 0.25 * mm) for q in pts)
                cmd += ["-stroke", "gray%d" % r.randint(86, 91), "-strokewidth", "%d" % max(1, int(0.25 * mm)), "-draw", "polyline " + dark,
                        "-stroke", "gray97", "-strokewidth", "%d" % max(1, int(0.2 * mm)), "-draw", "polyline " + light]
            x += cw * r.uniform(1.05, 1.3)
    B.run(cmd + ["-blur", "0x0.8", m])
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h66-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "indent" in opts:
            indent(p, r, mm)
        if "rubberband" in opts:
            rubberband(p, r, mm)


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
