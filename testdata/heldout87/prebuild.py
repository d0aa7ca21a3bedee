#!/usr/bin/env python3
"""Pre-build step of testdata/heldout87: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :keyring   a bunch of keys left on the scanner glass (put down on the
             sheet, the lid closed over them): a steel split ring, two or
             three keys with their cuts lying at angles on the page, dark
             with a lighter bevel, a small coloured plastic key tag with a
             paper label, each with a soft shadow.
  :lanyard   a phone photo of homework with the student's school-card
             lanyard lying across it: a 15-20 mm wide coloured strap with
             woven edges and a light repeat, curving in from a side edge
             across the lower half and off the bottom, its metal hook
             lying on it.

Methods used: `x-scanpdf:<dpi>:keyring`, `x-photo:<dpi>:<font>:lanyard`.
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
OPTIONS = ("keyring", "lanyard")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rot(pts, cx, cy, a):
    ca, sa = math.cos(a), math.sin(a)
    return ["%d,%d" % (cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def keyring(p, r, mm):
    W, H = P.size_of(p)
    cx = int(W * r.uniform(0.55, 0.8))
    cy = int(H * r.uniform(0.62, 0.82))
    R = int(r.uniform(11, 14) * mm)
    shapes = []
    for k in range(r.randint(2, 3)):
        a = r.uniform(-0.9, 0.9) + k * 2.0
        L = r.uniform(38, 55) * mm if k == 0 else r.uniform(24, 36) * mm
        bw = r.uniform(7, 9) * mm   # the bow's half width
        sw = r.uniform(2.6, 3.4) * mm  # the blade's half width
        x0 = R + 2.2 * bw
        pts = [(R, -bw), (x0, -bw), (x0, -sw), (x0 + L, -sw), (x0 + L + 2 * mm, 0), (x0 + L, sw * 0.6)]
        x = x0 + L
        while x > x0 + 6 * mm:   # the cuts
            pts.append((x, sw + r.uniform(0.5, 2.2) * mm))
            x -= r.uniform(2.5, 4.5) * mm
            pts.append((x, sw * 0.6))
        pts += [(x0, sw), (x0, bw), (R, bw)]
        shapes.append((pts, a))
    ta = r.uniform(0, 6.28)
    tag = [(R, -5.5 * mm), (R + 26 * mm, -5.5 * mm), (R + 29 * mm, 0), (R + 26 * mm, 5.5 * mm), (R, 5.5 * mm)]
    lab = [(R + 4 * mm, -3.5 * mm), (R + 24 * mm, -3.5 * mm), (R + 24 * mm, 3.5 * mm), (R + 4 * mm, 3.5 * mm)]
    off = 1.6 * mm
    sh = p + ".shadow.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62", "-stroke", "gray62"]
    for pts, a in shapes:
        cmd += ["-draw", "polygon " + " ".join(rot(pts, cx + off, cy + off, a))]
    cmd += ["-draw", "polygon " + " ".join(rot(tag, cx + off, cy + off, ta))]
    cmd += ["-fill", "none", "-strokewidth", "%d" % int(2.2 * mm), "-draw", "circle %d,%d %d,%d" % (cx + off, cy + off, cx + off + R, cy + off)]
    cmd += ["-blur", "0x%d" % max(3, int(1.8 * mm)), sh]
    B.run(cmd)
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    colour = r.choice(["#c0392b", "#2e6fb5", "#e0a020", "#3a9a4a"])
    cmd = ["convert", p, "-stroke", "gray20", "-strokewidth", "2",
           "-fill", colour, "-draw", "polygon " + " ".join(rot(tag, cx, cy, ta)),
           "-fill", "#f4f1e6", "-stroke", "gray60", "-draw", "polygon " + " ".join(rot(lab, cx, cy, ta))]
    for pts, a in shapes:
        g = r.choice(["gray30", "gray38", "#7a6a3a"])
        cmd += ["-stroke", "gray12", "-strokewidth", "2", "-fill", g, "-draw", "polygon " + " ".join(rot(pts, cx, cy, a)),
                "-stroke", "gray72", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-fill", "none",
                "-draw", "polyline " + " ".join(rot([(R + 2.5 * mm, -5 * mm), (R + 2.2 * 8 * mm, -5 * mm)], cx, cy, a))]
        hx, hy = [int(v) for v in rot([(R + 4.5 * mm, 0)], cx, cy, a)[0].split(",")]
        cmd += ["-stroke", "gray20", "-strokewidth", "2", "-fill", "white", "-draw", "circle %d,%d %d,%d" % (hx, hy, hx + int(1.6 * mm), hy)]
    cmd += ["-fill", "none", "-stroke", "gray15", "-strokewidth", "%d" % int(1.9 * mm), "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R, cy),
            "-stroke", "gray80", "-strokewidth", "%d" % max(1, int(0.4 * mm)), "-draw", "arc %d,%d %d,%d 200,300" % (cx - R, cy - R, cx + R, cy + R)]
    B.run(cmd + [p])


def lanyard(p, r, mm):
    W, H = P.size_of(p)
    w = r.uniform(15, 20) * mm
    colour = r.choice(["#1f4e9c", "#b3202a", "#1f7a4a", "#5a2a82"])
    # a gentle curve in from the left or right edge, across the lower half, off the bottom edge
    x0 = -w if r.random() < 0.5 else W + w
    y0 = H * r.uniform(0.45, 0.6)
    x1, y1 = W * r.uniform(0.35, 0.6), H * r.uniform(0.7, 0.8)
    x2, y2 = W * r.uniform(0.2, 0.75), H + w
    pts = []
    for j in range(41):
        t = j / 40.0
        pts.append(((1 - t) ** 2 * x0 + 2 * (1 - t) * t * x1 + t * t * x2, (1 - t) ** 2 * y0 + 2 * (1 - t) * t * y1 + t * t * y2))
    sh = p + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "gray60", "-strokewidth", "%d" % int(w),
           "-draw", "polyline " + " ".join("%d,%d" % (x + 2 * mm, y + 2 * mm) for x, y in pts), "-blur", "0x%d" % max(3, int(2 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p, "-fill", "none", "-stroke", colour, "-strokewidth", "%d" % int(w),
           "-draw", "polyline " + " ".join("%d,%d" % q for q in pts), "-stroke", "white", "-strokewidth", "%d" % max(1, int(0.5 * mm))]
    for s in (-0.38, 0.38):   # the woven edges
        edge = []
        for j in range(1, len(pts)):
            (xa, ya), (xb, yb) = pts[j - 1], pts[j]
            L = math.hypot(xb - xa, yb - ya) or 1
            edge.append("%d,%d" % (xa - (yb - ya) / L * w * s, ya + (xb - xa) / L * w * s))
        cmd += ["-draw", "polyline " + " ".join(edge)]
    for j in range(2, len(pts) - 1, 3):   # a light repeat across the strap
        (xa, ya), (xb, yb) = pts[j - 1], pts[j]
        L = math.hypot(xb - xa, yb - ya) or 1
        ux, uy = (xb - xa) / L, (yb - ya) / L
        cmd += ["-stroke", "#e8e8e8", "-strokewidth", "%d" % max(2, int(1.2 * mm)),
                "-draw", "line %d,%d %d,%d" % (xa - uy * w * 0.2, ya + ux * w * 0.2, xa + uy * w * 0.2, ya - ux * w * 0.2)]
    hx, hy = pts[24]   # the metal hook lying on the strap
    cmd += ["-stroke", "gray25", "-strokewidth", "%d" % max(2, int(1.0 * mm)), "-fill", "gray72",
            "-draw", "roundrectangle %d,%d %d,%d %d,%d" % (hx - 5 * mm, hy - 3 * mm, hx + 5 * mm, hy + 9 * mm, 2 * mm, 2 * mm),
            "-fill", "none", "-draw", "arc %d,%d %d,%d 180,360" % (hx - 4 * mm, hy + 6 * mm, hx + 4 * mm, hy + 16 * mm)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h87-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "keyring" in opts:
            keyring(p, r, mm)
        if "lanyard" in opts:
            lanyard(p, r, mm)


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
