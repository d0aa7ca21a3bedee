#!/usr/bin/env python3
"""Pre-build step of testdata/heldout95: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :zipper  a student's pencil case (笔袋) lay on the scanner glass and its
           metal zipper (拉链) ended up across the sheet: a dark fabric tape
           about 9-12 mm wide running across 55-80 % of the page width at a
           slight slant, with a row of light metal teeth down its middle, a
           slider and a pull tab at one end, and a soft shadow under it.
  :fog     a phone photo taken through a fogged lens (brought in from the
           cold, 镜头起雾): a milky haze, light in the middle and heavy at the
           edges and corners, with a soft glow (bloom) around every dark
           stroke.

Methods used: `x-scanpdf:<dpi>[:zipper]`, `x-photo:<dpi>:<font>[:fog]`.
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
OPTIONS = ("zipper", "fog")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def zipper(p, r, mm):
    W, H = P.size_of(p)
    left = r.random() < 0.5
    L = W * r.uniform(0.55, 0.8)
    x0 = -int(2 * mm) if left else W + int(2 * mm)
    dx = L if left else -L
    y0 = H * r.uniform(0.70, 0.82)
    y1 = y0 + H * r.uniform(-0.05, 0.05)
    x1 = x0 + dx
    tape = r.uniform(9, 12) * mm
    ang = math.atan2(y1 - y0, x1 - x0)
    nx, ny = -math.sin(ang), math.cos(ang)

    def quad(w, off=0.0):
        pts = []
        for (x, y), s in (((x0, y0), -1), ((x1, y1), -1), ((x1, y1), 1), ((x0, y0), 1)):
            pts.append((x + nx * (s * w / 2 + off), y + ny * (s * w / 2 + off)))
        return "polygon " + " ".join("%d,%d" % q for q in pts)
    sh = p + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62", "-draw", quad(tape * 1.1, 1.8 * mm),
           "-blur", "0x%d" % max(3, int(2 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    ink = r.choice(["#1d2433", "#2a2a2a", "#3a1f2b"])
    cmd = ["convert", p, "-stroke", "none", "-fill", ink, "-draw", quad(tape)]
    # the teeth: small light rectangles alternating either side of the middle line
    n = int(math.hypot(dx, y1 - y0) / (1.6 * mm))
    tw = 1.1 * mm
    for k in range(n):
        t = (k + 0.5) / n
        cx, cy = x0 + dx * t, y0 + (y1 - y0) * t
        side = 1 if k % 2 else -1
        ox, oy = cx + nx * side * 0.9 * mm, cy + ny * side * 0.9 * mm
        pts = []
        for a, b in ((-tw / 2, -1.3 * mm), (tw / 2, -1.3 * mm), (tw / 2, 1.3 * mm), (-tw / 2, 1.3 * mm)):
            pts.append((ox + math.cos(ang) * a + nx * b, oy + math.sin(ang) * a + ny * b))
        cmd += ["-fill", "gray%d" % r.randint(70, 82), "-draw", "polygon " + " ".join("%d,%d" % q for q in pts)]
    # the slider and its pull tab at the inner end
    sx, sy = x1 - (dx / abs(dx)) * 6 * mm, y1
    cmd += ["-fill", "gray60", "-stroke", "gray30", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
            "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (sx - 5 * mm, sy - 4 * mm, sx + 5 * mm, sy + 4 * mm, 2 * mm, 2 * mm),
            "-fill", "gray72", "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (sx - 3 * mm, sy + 3 * mm, sx + 3 * mm, sy + 17 * mm, 2 * mm, 2 * mm),
            "-fill", ink, "-draw", "ellipse %d,%d %d,%d 0,360" % (sx, sy + 13 * mm, 1.2 * mm, 2.2 * mm)]
    B.run(cmd + [p])


def fog(p, r, mm):
    W, H = P.size_of(p)
    lo = r.randint(6, 10)
    hi = r.randint(30, 40)
    m = p + ".fog.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "radial-gradient:gray%d-gray%d" % (lo, hi), m])
    B.run(["convert", p, "(", "+clone", "-blur", "0x%d" % max(2, int(r.uniform(1.2, 2.0) * mm)), ")", "-compose", "Blend",
           "-define", "compose:args=%d" % r.randint(35, 50), "-composite", m, "-compose", "Screen", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h95-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "zipper" in opts:
            zipper(p, r, mm)
        if "fog" in opts:
            fog(p, r, mm)


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
