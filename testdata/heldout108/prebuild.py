#!/usr/bin/env python3
"""Pre-build step of testdata/heldout108: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things lying on a page when it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :facemask  a light-blue disposable face mask (一次性医用口罩) put down on the
             sheet: the pleated body, a white binding edge, the two white
             elastic ear loops lying in loose ovals off its ends, a soft
             shadow; in the lower part of the page, turned up to 25 degrees.
  :plaster   an adhesive plaster (创可贴) stuck over a bottom corner, turned
             30-50 degrees: a beige strip with rounded ends, the white pad in
             the middle, rows of small vent holes, a faint shadow.

Methods used: `x-scanpdf:<dpi>[:facemask|:plaster]`, `x-photo:<dpi>:<font>[:facemask]`.
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
OPTIONS = ("facemask", "plaster")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def _layer(p, w, h, cmd, angle, x, y):
    """draw cmd on a transparent w x h layer, rotate it, composite it at (x, y) on p"""
    lay = p + ".layer.png"
    B.run(["convert", "-size", "%dx%d" % (w, h), "xc:none"] + cmd + ["-background", "none", "-rotate", "%.1f" % angle, lay])
    B.run(["convert", p, "(", lay, "-background", "gray40", "-shadow", "45x5+6+8", ")", "-geometry", "+%d+%d" % (x - 12, y - 12),
           "-compose", "Multiply", "-composite", "(", lay, ")", "-geometry", "+%d+%d" % (x, y), "-compose", "Over", "-composite", p])
    os.remove(lay)


def facemask(p, r, mm):
    # a light-blue disposable face mask (一次性医用口罩) put down on the sheet: the pleated body and its white ear loops
    W, H = P.size_of(p)
    w, h = int(r.uniform(150, 170) * mm), int(r.uniform(90, 100) * mm)
    bw, bh = int(w * 0.62), int(h * 0.62)
    bx, by = (w - bw) // 2, (h - bh) // 2
    cmd = ["-fill", "#9cc7e0", "-stroke", "#7fb0cc", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
           "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (bx, by, bx + bw, by + bh, int(4 * mm), int(4 * mm))]
    for k in (1, 2, 3):   # pleats
        yy = by + bh * k // 4
        cmd += ["-stroke", "#6e9fbd", "-strokewidth", "%d" % max(2, int(0.5 * mm)), "-draw", "line %d,%d %d,%d" % (bx + int(2 * mm), yy, bx + bw - int(2 * mm), yy + int(r.uniform(-1, 1) * mm)),
                "-stroke", "#c5e0ef", "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-draw", "line %d,%d %d,%d" % (bx + int(2 * mm), yy + int(0.8 * mm), bx + bw - int(2 * mm), yy + int(0.8 * mm))]
    cmd += ["-stroke", "#e9eef0", "-strokewidth", "%d" % max(1, int(0.6 * mm)), "-draw", "line %d,%d %d,%d" % (bx + int(4 * mm), by + int(1.5 * mm), bx + bw - int(4 * mm), by + int(1.5 * mm))]
    for side in (0, 1):   # ear loops: white elastic, a loose oval off each end
        ex = bx if side == 0 else bx + bw
        ox = int(w * 0.16) * (-1 if side == 0 else 1)
        cmd += ["-fill", "none", "-stroke", "#f4f4f4", "-strokewidth", "%d" % max(2, int(0.9 * mm)),
                "-draw", "bezier %d,%d %d,%d %d,%d %d,%d" % (ex, by + int(3 * mm), ex + ox, by - int(8 * mm), ex + ox, by + bh + int(8 * mm), ex, by + bh - int(3 * mm)),
                "-stroke", "#cfcfcf", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "bezier %d,%d %d,%d %d,%d %d,%d" % (ex, by + int(3.5 * mm), ex + ox, by - int(7 * mm), ex + ox, by + bh + int(7 * mm), ex, by + bh - int(3.5 * mm))]
    ang = r.uniform(-25, 25)
    x = int(W * r.uniform(0.45, 0.62)) - int(w * 0.2)
    y = int(H * r.uniform(0.80, 0.86))
    _layer(p, w, h, cmd, ang, x, y)


def plaster(p, r, mm):
    # an adhesive plaster (创可贴) stuck over a bottom corner: a beige strip, the white pad, rows of vent holes
    W, H = P.size_of(p)
    w, h = int(r.uniform(70, 76) * mm), int(r.uniform(19, 21) * mm)
    pw = int(w * 0.34)
    cmd = ["-fill", "#e2b98f", "-stroke", "#c99d74", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
           "-draw", "roundrectangle 1,1 %d,%d %d,%d" % (w - 2, h - 2, h // 2, h // 2),
           "-stroke", "none", "-fill", "#f3ece4", "-draw", "rectangle %d,%d %d,%d" % ((w - pw) // 2, int(2 * mm), (w + pw) // 2, h - int(2 * mm))]
    for gx in range(int(4 * mm), w - int(4 * mm), int(3 * mm)):
        for gy in range(int(3 * mm), h - int(2 * mm), int(3 * mm)):
            if abs(gx - w // 2) > pw // 2 + int(1 * mm):
                cmd += ["-fill", "#b98c62", "-draw", "circle %d,%d %d,%d" % (gx, gy, gx + max(1, int(0.3 * mm)), gy)]
    ang = r.choice([-1, 1]) * r.uniform(30, 50)
    left = r.random() < 0.5
    x = int(W * (r.uniform(0.02, 0.08) if left else r.uniform(0.80, 0.86)))
    y = int(H * r.uniform(0.88, 0.92))
    _layer(p, w, h, cmd, ang, x, y)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h108-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "facemask" in opts:
            facemask(p, r, mm)
        if "plaster" in opts:
            plaster(p, r, mm)


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
