#!/usr/bin/env python3
"""Pre-build step of testdata/heldout124: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for photos, before heldout7's phone photo):

  :scales    the sheets were handled in a fish kitchen (抚远's salmon season)
             and carry a few dried FISH SCALES: small translucent silvery
             ovals, each with faint concentric growth ridges, a brighter
             rim and a slight pearly tint, stuck on the paper (some in
             the margins, one or two over the text, which stays readable
             through them).
  :cutmat    the sheet was photographed lying on a green self-healing
             CUTTING MAT (切割垫): the mat shows round the sheet on two or
             three sides with its printed 1 cm grid, heavier 5 cm lines and
             a centimetre scale along its edge, and the sheet casts a soft
             shadow on it.

Methods used: `x-scanpdf:<dpi>[:color]:scales`, `x-photo:<dpi>:<font>:cutmat`,
`x-scanpdf:<dpi>:photo:cutmat`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("scales", "cutmat")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def scales(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    n = r.randint(4, 7)
    for k in range(n):
        if k < 2:   # one or two over the text block
            cx, cy = r.uniform(0.25, 0.75) * W, r.uniform(0.3, 0.8) * H
        else:       # the others in the margins
            side = r.choice("lrtb")
            cx = r.uniform(0.02, 0.09) * W if side == "l" else r.uniform(0.91, 0.98) * W if side == "r" else r.uniform(0.1, 0.9) * W
            cy = r.uniform(0.02, 0.07) * H if side == "t" else r.uniform(0.93, 0.98) * H if side == "b" else r.uniform(0.1, 0.9) * H
        a, b = r.uniform(3.5, 6) * mm, r.uniform(2.8, 4.5) * mm
        ang = r.uniform(0, 180)
        tint = r.choice(["#dfe6ea", "#e6e2ee", "#e2ebe4", "#ece8df"])
        cmd += ["-stroke", "none", "-fill", tint + "60",
                "-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (cx, cy, ang, a, b)]
        for q in range(1, 4):   # growth ridges
            f = q / 4.0
            cmd += ["-fill", "none", "-stroke", "#9aa4aa50", "-strokewidth", "%d" % max(1, int(0.12 * mm)),
                    "-draw", "translate %d,%d rotate %.1f ellipse %d,0 %d,%d 200,340" % (cx, cy, ang, int(-a * (1 - f) * 0.4), a * f, b * f)]
        cmd += ["-fill", "none", "-stroke", "#ffffffb0", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (cx, cy, ang, a, b),
                "-stroke", "#8a949870", "-strokewidth", "%d" % max(1, int(0.1 * mm)),
                "-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 30,150" % (cx, cy, ang, a + 1, b + 1)]
    B.run(cmd + [p])


def cutmat(p, r, mm):
    W, H = P.size_of(p)
    l, t, rr, b = int(r.uniform(10, 22) * mm), int(r.uniform(4, 12) * mm), int(r.uniform(0, 6) * mm), int(r.uniform(10, 20) * mm)
    NW, NH = W + l + rr, H + t + b
    q = p + ".mat.png"
    cmd = ["convert", "-size", "%dx%d" % (NW, NH), "xc:#2f6b4a"]
    step = 10 * mm
    x0, y0 = r.uniform(0, step), r.uniform(0, step)
    k = 0
    x = x0
    while x < NW:
        heavy = k % 5 == 0
        cmd += ["-stroke", "#d8e8d0" if heavy else "#8fb89a", "-strokewidth", "%d" % max(1, int((0.35 if heavy else 0.15) * mm)),
                "-draw", "line %d,0 %d,%d" % (x, x, NH)]
        x += step
        k += 1
    k = 0
    y = y0
    while y < NH:
        heavy = k % 5 == 0
        cmd += ["-stroke", "#d8e8d0" if heavy else "#8fb89a", "-strokewidth", "%d" % max(1, int((0.35 if heavy else 0.15) * mm)),
                "-draw", "line 0,%d %d,%d" % (y, NW, y)]
        y += step
        k += 1
    # the centimetre scale along the mat's bottom edge
    cmd += ["-stroke", "none", "-fill", "#e8f0e0", "-font", "DejaVu-Sans", "-pointsize", "%d" % max(8, int(2.2 * mm))]
    for c in range(0, int(NW / step), 2):
        cmd += ["-draw", "text %d,%d '%d'" % (x0 + c * step + 0.5 * mm, NH - 1.5 * mm, c)]
    # the sheet's soft shadow
    cmd += ["-fill", "#1c3f2c", "-draw", "rectangle %d,%d %d,%d" % (l + 1.2 * mm, t + 1.8 * mm, l + W + 1.2 * mm, t + H + 1.8 * mm)]
    B.run(cmd + [q])
    B.run(["convert", q, "(", q, "-crop", "%dx%d+%d+%d" % (W + 3 * mm, H + 3 * mm, l, t), "+repage", "-blur", "0x%d" % max(2, int(1.2 * mm)), ")",
           "-geometry", "+%d+%d" % (l, t), "-composite", p, "-geometry", "+%d+%d" % (l, t), "-composite", p])
    os.remove(q)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h124-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "scales" in opts:
            scales(p, r, mm)
        if "cutmat" in opts:
            cutmat(p, r, mm)


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
