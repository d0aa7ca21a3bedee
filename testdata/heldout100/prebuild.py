#!/usr/bin/env python3
"""Pre-build step of testdata/heldout100: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :coilash   the sheets lay on a desk beside a burning mosquito coil (蚊香)
             before they were scanned: grey flakes of ash and one curled
             grey piece of the coil's spiral lie on the page, with a faint
             brownish scorch-free smear where ash was brushed across it.
  :raindrop  a phone photo taken by an open window in the rain: round water
             drops on the paper, each a slightly darker, blurred, lens-like
             disc with a light rim and the text under it a little magnified
             and displaced.

Methods used: `x-scanpdf:<dpi>[:color][:coilash]`, `x-photo:<dpi>:<font>[:raindrop]`.
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
OPTIONS = ("coilash", "raindrop")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo

def coilash(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    # a brushed smear of ash: a soft grey streak
    sx, sy = r.uniform(0.15, 0.75) * W, r.uniform(0.35, 0.85) * H
    sm = p + ".smear.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray80", "-stroke", "gray80",
           "-strokewidth", "%d" % int(6 * mm), "-draw", "line %d,%d %d,%d" % (sx, sy, sx + r.uniform(20, 45) * mm, sy + r.uniform(-8, 8) * mm),
           "-blur", "0x%d" % max(3, int(2.5 * mm)), sm])
    B.run(["convert", p, sm, "-compose", "Multiply", "-composite", p])
    os.remove(sm)
    # flakes: small grey blobs in the margins and over the text
    for k in range(r.randint(18, 30)):
        x, y = r.uniform(0.03, 0.97) * W, r.uniform(0.03, 0.97) * H
        rad = r.uniform(0.3, 1.2) * mm
        cmd += ["-fill", "gray%d" % r.randint(45, 70), "-stroke", "none", "-draw",
                "ellipse %d,%d %d,%d 0,360" % (x, y, rad * r.uniform(1, 1.8), rad)]
    # one curled piece of the spiral: a grey arc, thick, in the lower margin or beside the text
    cx, cy = r.uniform(0.6, 0.9) * W, r.uniform(0.88, 0.95) * H
    R = r.uniform(8, 13) * mm
    a0 = r.uniform(0, 180)
    cmd += ["-fill", "none", "-stroke", "gray55", "-strokewidth", "%d" % max(3, int(2.2 * mm)),
            "-draw", "arc %d,%d %d,%d %d,%d" % (cx - R, cy - R, cx + R, cy + R, a0, a0 + r.uniform(90, 150)),
            "-stroke", "gray40", "-strokewidth", "%d" % max(1, int(0.5 * mm)),
            "-draw", "arc %d,%d %d,%d %d,%d" % (cx - R, cy - R, cx + R, cy + R, a0 + 10, a0 + 80)]
    B.run(cmd + [p])


def raindrop(p, r, mm):
    W, H = P.size_of(p)
    for k in range(r.randint(5, 9)):
        rad = int(r.uniform(3, 7) * mm)
        x, y = int(r.uniform(0.08, 0.92) * W), int(r.uniform(0.08, 0.92) * H)
        x0, y0 = max(0, x - rad), max(0, y - rad)
        g = "%dx%d+%d+%d" % (2 * rad, 2 * rad, x0, y0)
        d = p + ".drop.png"
        m = p + ".mask.png"
        # the text under the drop, magnified a little and shifted, darker
        B.run(["convert", p, "-crop", g, "+repage", "-distort", "SRT", "1.12 %d" % r.randint(-4, 4),
               "-blur", "0x0.8", "-modulate", "92", d])
        B.run(["convert", "-size", "%dx%d" % (2 * rad, 2 * rad), "xc:black", "-fill", "white",
               "-draw", "circle %d,%d %d,%d" % (rad, rad, rad, 1), "-blur", "0x1", m])
        B.run(["convert", d, m, "-alpha", "off", "-compose", "CopyOpacity", "-composite", d])
        B.run(["convert", p, d, "-geometry", "+%d+%d" % (x0, y0), "-compose", "Over", "-composite",
               "-fill", "none", "-stroke", "gray97", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
               "-draw", "arc %d,%d %d,%d 200,300" % (x - rad + 2, y - rad + 2, x + rad - 2, y + rad - 2),
               "-stroke", "gray60", "-draw", "arc %d,%d %d,%d 20,120" % (x - rad + 1, y - rad + 1, x + rad - 1, y + rad - 1), p])
        os.remove(d)
        os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h100-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "coilash" in opts:
            coilash(p, r, mm)
        if "raindrop" in opts:
            raindrop(p, r, mm)


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
