#!/usr/bin/env python3
"""Pre-build step of testdata/heldout117: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :sand    (scans) fine wind-blown sand on the scanner glass, as in a dusty
           spring in northern Xinjiang: a few hundred grains 0.2-0.9 mm,
           tan, grey and dark, each with a faint shadow, scattered thin over
           the page and drifted thicker into one corner and along the lower
           edge of the glass.
  :tissue  (phone photos) a folded paper tissue (纸巾) lying on one lower
           corner of the sheet: a near-white folded square with an embossed
           dot pattern and a soft shadow, over the margin and a little of
           the text.

Methods used: `x-scanpdf:<dpi>[:sand]`, `x-scanpdf:<dpi>:photo:tissue`,
`x-photo:<dpi>:<font>[:tissue]`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("sand", "tissue")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def sand(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    cx, cy = r.choice([(0.04, 0.05), (0.96, 0.05), (0.04, 0.95), (0.96, 0.95)])
    grains = []
    for k in range(r.randint(260, 380)):
        if k % 3 == 0:      # drifted into a corner
            x, y = r.gauss(cx, 0.05), r.gauss(cy, 0.04)
        elif k % 3 == 1:    # along the lower edge of the glass
            x, y = r.uniform(0, 1), 1 - abs(r.gauss(0, 0.025))
        else:               # thin over the page
            x, y = r.uniform(0, 1), r.uniform(0, 1)
        grains.append((min(max(x, 0), 1) * W, min(max(y, 0), 1) * H))
    for x, y in grains:
        rad = max(1.0, r.uniform(0.1, 0.45) * mm)
        sh = "gray%d" % r.randint(80, 90)
        cmd += ["-stroke", "none", "-fill", sh, "-draw", "circle %d,%d %d,%d" % (x + 0.4 * mm, y + 0.4 * mm, x + 0.4 * mm + rad, y + 0.4 * mm)]
        col = r.choice(["#a8916a", "#8c7a5c", "#6b6157", "#bca57d", "#4a4540", "#9a9590"])
        pts = []
        for a in range(6):
            ang = a * math.pi / 3 + r.uniform(-0.3, 0.3)
            rr = rad * r.uniform(0.7, 1.15)
            pts.append("%d,%d" % (x + math.cos(ang) * rr, y + math.sin(ang) * rr))
        cmd += ["-fill", col, "-draw", "polygon " + " ".join(pts)]
    B.run(cmd + [p])


def tissue(p, r, mm):
    W, H = P.size_of(p)
    w = int(W * r.uniform(0.20, 0.26))
    h = int(w * r.uniform(0.85, 1.0))
    right = r.random() < 0.6
    x0 = W - int(w * 0.8) if right else -int(w * 0.2)
    y0 = H - int(h * r.uniform(0.55, 0.7))
    ang = r.uniform(-14, 14)
    t = p + ".tissue.png"
    # the tissue: near white, an embossed dot grid, a fold line, slightly ragged edges
    cmd = ["convert", "-size", "%dx%d" % (w, h), "xc:#f7f6f2"]
    step = max(4, int(1.6 * mm))
    for yy in range(step // 2, h, step):
        for xx in range(step // 2 + (yy // step % 2) * step // 2, w, step):
            cmd += ["-fill", "#e6e4de", "-draw", "point %d,%d" % (xx, yy)]
    cmd += ["-stroke", "#dcd9d2", "-strokewidth", "%d" % max(2, int(0.5 * mm)), "-draw", "line %d,0 %d,%d" % (w // 2, w // 2 + int(0.06 * w), h),
            "-stroke", "none", "-alpha", "set", "-background", "none", "-rotate", "%.1f" % ang, t]
    B.run(cmd)
    shw = p + ".tshadow.png"
    B.run(["convert", t, "-alpha", "extract", "-blur", "0x%d" % max(4, int(2.5 * mm)), "-negate", "-level", "0%,160%", shw])
    off = int(1.5 * mm)
    B.run(["convert", p, shw, "-geometry", "+%d+%d" % (x0 + off, y0 + off), "-compose", "Multiply", "-composite",
           t, "-geometry", "+%d+%d" % (x0, y0), "-compose", "Over", "-composite", p])
    os.remove(t)
    os.remove(shw)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h117-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "sand" in opts:
            sand(p, r, mm)
        if "tissue" in opts:
            tissue(p, r, mm)


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
