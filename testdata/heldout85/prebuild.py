#!/usr/bin/env python3
"""Pre-build step of testdata/heldout85: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :candle     the sheet was finished by candlelight in a dormitory power cut
              and candle wax dripped on it: 3-6 round drops (2-6 mm) and one
              elongated drip, the paper under them made translucent (a little
              darker, faintly yellow), each with a pale raised rim and a few
              tiny satellite splashes; the text under the wax stays readable.
  :chopsticks the homework was photographed on a canteen table with a pair of
              bamboo chopsticks lying across the sheet: two long tapering
              sticks, roughly parallel, at a slant over the lower half of the
              page, a darker stained tip, and a soft shadow beside each.

Methods used: `x-scanpdf:<dpi>[:candle]`, `x-photo:<dpi>:<font>[:chopsticks]`.
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
OPTIONS = ("candle", "chopsticks")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def candle(p, r, mm):
    W, H = P.size_of(p)
    drops = []
    for k in range(r.randint(3, 6)):
        drops.append((r.uniform(0.12, 0.88) * W, r.uniform(0.25, 0.9) * H, r.uniform(2.0, 6.0) * mm, r.uniform(0.75, 1.0)))
    m = p + ".wax.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "#e9e2cc", "-stroke", "none"]
    for (x, y, rad, e) in drops:
        cmd += ["-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, rad, rad * e)]
        for s in range(r.randint(2, 4)):
            a = r.uniform(0, 6.283)
            d = rad * r.uniform(1.4, 2.4)
            sr = max(2, rad * r.uniform(0.08, 0.2))
            cmd += ["-draw", "circle %d,%d %d,%d" % (x + math.cos(a) * d, y + math.sin(a) * d, x + math.cos(a) * d + sr, y + math.sin(a) * d)]
    # one elongated drip: a teardrop run down the sheet
    x, y = r.uniform(0.15, 0.85) * W, r.uniform(0.3, 0.7) * H
    L = r.uniform(12, 22) * mm
    w = r.uniform(2.0, 3.2) * mm
    cmd += ["-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, w * 1.3, w * 1.2),
            "-draw", "polygon %d,%d %d,%d %d,%d" % (x - w, y, x + w, y, x + r.uniform(-1, 1) * mm, y + L)]
    cmd += ["-blur", "0x%d" % max(1, int(0.25 * mm)), m]
    B.run(cmd)
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)
    rim = ["convert", p, "-fill", "none", "-stroke", "#fbfaf3", "-strokewidth", "%d" % max(2, int(0.35 * mm))]
    for (x, y, rad, e) in drops:
        rim += ["-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, rad, rad * e)]
    rim += ["-stroke", "#cfc6ad", "-strokewidth", "%d" % max(1, int(0.12 * mm))]
    for (x, y, rad, e) in drops:
        rim += ["-draw", "ellipse %d,%d %d,%d 200,340" % (x, y + 0.3 * mm, rad + 0.4 * mm, rad * e + 0.4 * mm)]
    B.run(rim + [p])


def chopsticks(p, r, mm):
    W, H = P.size_of(p)
    ang = math.radians(r.uniform(-32, -12) + (180 if r.random() < 0.5 else 0))
    L = r.uniform(0.78, 0.95) * W
    cx, cy = r.uniform(0.4, 0.6) * W, r.uniform(0.62, 0.8) * H
    ux, uy = math.cos(ang), math.sin(ang)
    nx, ny = -uy, ux
    sticks = []
    gap = r.uniform(9, 16) * mm
    for k in (-0.5, 0.5):
        ox, oy = cx + nx * gap * k + ux * r.uniform(-8, 8) * mm, cy + ny * gap * k + uy * r.uniform(-8, 8) * mm
        x0, y0 = ox - ux * L / 2, oy - uy * L / 2
        x1, y1 = ox + ux * L / 2, oy + uy * L / 2
        wb, wt = r.uniform(3.0, 3.6) * mm, r.uniform(1.6, 2.0) * mm
        poly = [(x0 + nx * wb, y0 + ny * wb), (x1 + nx * wt, y1 + ny * wt), (x1 - nx * wt, y1 - ny * wt), (x0 - nx * wb, y0 - ny * wb)]
        tip = [(x1 - ux * 45 * mm + nx * wt * 1.2, y1 - uy * 45 * mm + ny * wt * 1.2), (x1 + nx * wt, y1 + ny * wt),
               (x1 - nx * wt, y1 - ny * wt), (x1 - ux * 45 * mm - nx * wt * 1.2, y1 - uy * 45 * mm - ny * wt * 1.2)]
        sticks.append((poly, tip, wb))
    sh = p + ".sh.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62", "-stroke", "none"]
    for poly, tip, wb in sticks:
        off = 2.2 * mm
        cmd += ["-draw", "polygon " + " ".join("%d,%d" % (x + off, y + off * 1.4) for x, y in poly)]
    cmd += ["-blur", "0x%d" % max(2, int(1.6 * mm)), sh]
    B.run(cmd)
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-stroke", "none"]
    for poly, tip, wb in sticks:
        cmd += ["-fill", "#c9a86a", "-draw", "polygon " + " ".join("%d,%d" % q for q in poly),
                "-fill", "#8a6a3c", "-draw", "polygon " + " ".join("%d,%d" % q for q in tip)]
        # a light highlight along the stick and a dark edge on the far side
        (ax, ay), (bx, by) = poly[0], poly[1]
        (cx2, cy2), (dx, dy) = poly[3], poly[2]
        mx0, my0 = (ax * 0.7 + cx2 * 0.3), (ay * 0.7 + cy2 * 0.3)
        mx1, my1 = (bx * 0.7 + dx * 0.3), (by * 0.7 + dy * 0.3)
        cmd += ["-stroke", "#ecd9a8", "-strokewidth", "%d" % max(1, int(0.5 * mm)), "-draw", "line %d,%d %d,%d" % (mx0, my0, mx1, my1),
                "-stroke", "#7d5f33", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "line %d,%d %d,%d" % (cx2, cy2, dx, dy), "-stroke", "none"]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h85-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "candle" in opts:
            candle(p, r, mm)
        if "chopsticks" in opts:
            chopsticks(p, r, mm)


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
