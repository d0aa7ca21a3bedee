#!/usr/bin/env python3
"""Pre-build step of testdata/heldout109: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :peel     bits of tangerine peel (橘子皮) left on the scanner glass from
            someone's snack: two to four curled orange-skin pieces with a
            pale pith side, a darker rim and a soft contact shadow, most in
            the margins, one sometimes over the edge of a table.
  :ladybug  a phone photo of a page on a desk near a window, with a
            ladybird (瓢虫) walking on the paper: a small red dome with
            black spots, black head with two white cheek marks, thin legs,
            and a soft shadow beside it.

Methods used: `x-scanpdf:<dpi>[:mono][:peel]`, `x-photo:<dpi>:<font>[:ladybug]`.
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
OPTIONS = ("peel", "ladybug")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo



def peel(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    for k in range(r.randint(2, 4)):
        # most in the margins: left/right strips or the bottom band
        zone = r.choice(["l", "r", "b", "any"])
        if zone == "l":
            cx, cy = r.uniform(3, 14) * mm, r.uniform(0.1, 0.9) * H
        elif zone == "r":
            cx, cy = W - r.uniform(3, 14) * mm, r.uniform(0.1, 0.9) * H
        elif zone == "b":
            cx, cy = r.uniform(0.1, 0.9) * W, H - r.uniform(4, 14) * mm
        else:
            cx, cy = r.uniform(0.1, 0.9) * W, r.uniform(0.1, 0.9) * H
        rx, ry = r.uniform(5, 11) * mm, r.uniform(3, 7) * mm
        a0 = r.uniform(0, math.pi)
        pts = []
        for j in range(18):
            t = 2 * math.pi * j / 18
            rr = 1 + 0.18 * math.sin(3 * t + a0) + r.uniform(-0.06, 0.06)
            x = rx * rr * math.cos(t)
            y = ry * rr * math.sin(t)
            pts.append((cx + x * math.cos(a0) - y * math.sin(a0), cy + x * math.sin(a0) + y * math.cos(a0)))
        poly = " ".join("%d,%d" % q for q in pts)
        sh = " ".join("%d,%d" % (x + 1.2 * mm, y + 1.2 * mm) for x, y in pts)
        pith = r.random() < 0.4
        cmd += ["-stroke", "none", "-fill", "rgba(60,50,40,0.25)", "-draw", "polygon " + sh,
                "-fill", "#f3e3b8" if pith else "#e8741c", "-stroke", "#b4520c", "-strokewidth", "%d" % max(2, int(0.5 * mm)),
                "-draw", "polygon " + poly]
        # pores / pith fibres
        for q in range(10):
            x = cx + r.uniform(-0.6, 0.6) * rx
            y = cy + r.uniform(-0.5, 0.5) * ry
            cmd += ["-stroke", "none", "-fill", "#d9c79a" if pith else "#c85f10", "-draw",
                    "circle %d,%d %d,%d" % (x, y, x + max(1, int(0.35 * mm)), y)]
    B.run(cmd + [p])


def ladybug(p, r, mm):
    W, H = P.size_of(p)
    cx = W * r.uniform(0.55, 0.85)
    cy = H * r.uniform(0.25, 0.75)
    R = r.uniform(3.0, 4.2) * mm
    ang = r.uniform(0, 2 * math.pi)
    ux, uy = math.cos(ang), math.sin(ang)
    cmd = ["convert", p, "-stroke", "none", "-fill", "rgba(40,30,20,0.30)",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + 1.5 * mm, cy + 1.5 * mm, R * 1.1, R * 1.0)]
    # legs
    for side in (-1, 1):
        for k in (-0.6, 0, 0.6):
            bx, by = cx + ux * k * R, cy + uy * k * R
            ex, ey = bx + side * (-uy) * R * 1.45 + ux * k * R * 0.4, by + side * ux * R * 1.45 + uy * k * R * 0.4
            cmd += ["-stroke", "#111111", "-strokewidth", "%d" % max(1, int(0.22 * mm)), "-draw", "line %d,%d %d,%d" % (bx, by, ex, ey)]
    # head with two white cheek marks
    hx, hy = cx + ux * R * 1.0, cy + uy * R * 1.0
    cmd += ["-stroke", "none", "-fill", "#0d0d0d", "-draw", "circle %d,%d %d,%d" % (hx, hy, hx + R * 0.5, hy)]
    for side in (-1, 1):
        wx, wy = hx + side * (-uy) * R * 0.28, hy + side * ux * R * 0.28
        cmd += ["-fill", "#f2f2f2", "-draw", "circle %d,%d %d,%d" % (wx, wy, wx + R * 0.13, wy)]
    # the red dome, the split between the wing cases, spots, a highlight
    cmd += ["-fill", "#c8170f", "-stroke", "#5a0a06", "-strokewidth", "1", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R, cy),
            "-stroke", "#2a0503", "-strokewidth", "%d" % max(1, int(0.15 * mm)),
            "-draw", "line %d,%d %d,%d" % (cx + ux * R * 0.7, cy + uy * R * 0.7, cx - ux * R, cy - uy * R)]
    for (a, b) in [(0.3, 0.45), (-0.35, 0.5), (0.2, -0.45), (-0.4, -0.4), (0.55, 0.1), (-0.1, 0.0)]:
        sx, sy = cx + ux * a * R + (-uy) * b * R, cy + uy * a * R + ux * b * R
        cmd += ["-stroke", "none", "-fill", "#120606", "-draw", "circle %d,%d %d,%d" % (sx, sy, sx + R * 0.17, sy)]
    cmd += ["-fill", "rgba(255,255,255,0.55)", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - R * 0.3, cy - R * 0.35, R * 0.22, R * 0.12)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h109-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "peel" in opts:
            peel(p, r, mm)
        if "ladybug" in opts and i % 2 == 0:
            ladybug(p, r, mm)


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
