#!/usr/bin/env python3
"""Pre-build step of testdata/heldout24: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus four options of this corpus, more ways a scan or a photo goes wrong
in a school office. They act on the clean page images before heldout15's
scanner simulation (or, for :pen, on the phone photo after it):

  :keystone the sheet not lying flat on the glass (a bound register, a
            lid left open): the page is a trapezoid, one side shorter
            than the other and the top narrower than the foot, and turned
            by 1-2 degrees, before the scanner's own small skew.
  :coffee   a coffee-cup ring on the sheet: a brown ring, darker at its
            rim, with a faint wash inside, and a drip beside it, in the
            lower half of the page (grey on a grey scan).
  :faded    a copy of a copy: the print is grey, not black (low contrast),
            the paper a darker grey, strokes a little thickened and soft,
            toner specks scattered over the page.
  :pen      (x-photo) a ballpoint pen lying across the lower part of the
            sheet on the desk, with its soft shadow.

Methods used: `x-scanpdf:<dpi>[:color|:keystone|:coffee|:faded]`,
`x-scan:<dpi>:<font>[:coffee]`, `x-photo:<dpi>:<font>[:pen]`, `x-xlsx`
(heldout7's spreadsheet with merged cells). heldout7 and heldout15 ignore
the options they do not know.

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
OPTIONS = ("keystone", "coffee", "faded", "pen")
_h15_degrade = H15.degrade
_photo = P.photo


def keystone(p, r, i):
    W, H = P.size_of(p)
    top = r.uniform(0.018, 0.032) * W          # the top edge narrower
    side = r.uniform(0.008, 0.016) * H         # one side shorter
    left = i % 2 == 0
    pts = [(0, 0, top, side if left else 0), (W - 1, 0, W - 1 - top, 0 if left else side),
           (0, H - 1, 0, H - 1 - (side * 0.4 if left else 0)), (W - 1, H - 1, W - 1, H - 1 - (0 if left else side * 0.4))]
    persp = "  ".join("%d,%d %d,%d" % (a, b, c, d) for a, b, c, d in pts)
    a = (1 if i % 2 else -1) * r.uniform(1.0, 2.0)
    B.run(["convert", p, "-background", "white", "-virtual-pixel", "background", "-distort", "Perspective", persp,
           "-rotate", "%.2f" % a, "-gravity", "center", "-extent", "%dx%d" % (W, H), p])


def coffee(p, r, mm):
    W, H = P.size_of(p)
    rad = r.uniform(30, 38) * mm
    cx, cy = r.uniform(0.55, 0.8) * W, r.uniform(0.58, 0.85) * H
    rw = max(3, int(r.uniform(1.6, 2.6) * mm))
    ring = p + ".ring.png"
    # a wash inside, a dark rim, a second faint rim where the cup was put down again, a drip
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white",
           "-fill", "#efe0c8", "-stroke", "none", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rad, rad * 0.96),
           "-fill", "none", "-stroke", "#a6784a", "-strokewidth", str(rw),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, rad, rad * 0.96),
           "-stroke", "#e2cfb4", "-strokewidth", str(max(2, rw // 2)),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx + 0.3 * rad, cy - 0.18 * rad, rad, rad * 0.97),
           "-stroke", "none", "-fill", "#d8bb95",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - rad * 1.25, cy + rad * 0.5, 3.2 * mm, 2.6 * mm),
           "-blur", "0x%.1f" % (0.6 * mm), ring])
    B.run(["convert", p, ring, "-compose", "Multiply", "-composite", p])
    os.remove(ring)


def faded(p, r):
    W, H = P.size_of(p)
    B.run(["convert", "-seed", str(r.randint(1, 1 << 30)), p, "-morphology", "Erode", "Disk:1", "-blur", "0x0.7",
           "+level", "%d%%,%d%%" % (r.randint(30, 38), r.randint(86, 90)),
           "(", "-size", "%dx%d" % (W, H), "xc:gray50", "+noise", "Random", "-colorspace", "Gray",
           "-threshold", "99.97%", "-negate", "-morphology", "Erode", "Disk:1", "-blur", "0x0.6", ")",
           "-compose", "Multiply", "-composite", p])


def effects(pngs, dpi, tag):
    opts = MINE.get(tag, set())
    r = random.Random("h24-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "coffee" in opts and i % 2 == 0:   # the cup stood on every other sheet of the pile
            coffee(p, r, mm)
        if "faded" in opts:
            faded(p, r)
        if "keystone" in opts:
            keystone(p, r, i)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def pen(j, r):
    """A ballpoint pen lying across the lower part of the photo, its shadow under it."""
    W, H = P.size_of(j)
    L, w = W * r.uniform(0.5, 0.6), W * r.uniform(0.018, 0.022)
    cx, cy = W * r.uniform(0.45, 0.6), H * r.uniform(0.8, 0.88)
    a = math.radians(r.choice([-1, 1]) * r.uniform(14, 26))
    ux, uy = math.cos(a), math.sin(a)
    vx, vy = -uy, ux

    def poly(s0, s1, h0, h1, dx=0.0, dy=0.0):
        pts = [(s0, -h0), (s1, -h1), (s1, h1), (s0, h0)]
        return "polygon " + " ".join("%d,%d" % (cx + dx + s * ux + h * vx, cy + dy + s * uy + h * vy) for s, h in pts)
    body = r.choice(["#1d3f8f", "#222222", "#b3261e"])
    shadow = j + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray45",
           "-draw", poly(-L / 2, L / 2, w / 2, w / 2, w * 0.9, w * 1.1), "-blur", "0x%d" % max(2, int(w * 0.6)), shadow])
    B.run(["convert", j, shadow, "-compose", "Multiply", "-composite", "-compose", "Over",
           "-fill", body, "-draw", poly(-L / 2, L * 0.3, w / 2, w / 2),                    # the barrel
           "-fill", "#e8e8e8", "-draw", poly(L * 0.3, L * 0.42, w / 2, w * 0.42),            # the grip
           "-fill", "#c9c9c9", "-draw", poly(L * 0.42, L / 2, w * 0.42, w * 0.08),          # the cone and tip
           "-fill", "#f5f5f5", "-draw", poly(-L / 2, L * 0.3, w * 0.12, -w * 0.02),         # a highlight along it
           "-fill", body, "-draw", poly(-L * 0.46, -L * 0.22, -w * 0.5, -w * 0.85),          # the clip
           "-quality", "80", j])
    os.remove(shadow)


def photo(pngs, dpi, rng, stage, tag):
    out = _photo(pngs, dpi, rng, stage, tag)
    if "pen" in MINE.get(tag, set()):
        r = random.Random("h24-pen-%s" % tag)
        for j in out:
            pen(j, r)
    return out


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
