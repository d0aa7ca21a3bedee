#!/usr/bin/env python3
"""Pre-build step of testdata/heldout102: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :lychee   the sheets were scanned on a desk where someone had been eating
            lychees (荔枝): two to four pieces of red-brown lychee peel, bumpy
            outside and pale inside, and now and then a glossy dark-brown
            stone, lying on the glass near the margins, each with a soft
            shadow.
  :gecko    a phone photo taken in a southern classroom with a house gecko
            (壁虎) sitting on one sheet: a greyish-beige body, head, tapering
            tail and four splayed legs with round toe pads, a soft shadow
            under it; on one page of the set.

Methods used: `x-scanpdf:<dpi>[:color|:mono][:lychee]`, `x-scan:<dpi>:<font>[:color][:lychee]`,
`x-photo:<dpi>:<font>[:gecko]`. heldout7 and heldout15 ignore the options they do not know.

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
OPTIONS = ("lychee", "gecko")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rot(pts, cx, cy, a):
    ca, sa = math.cos(a), math.sin(a)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def poly(pts):
    return " ".join("%d,%d" % (int(x), int(y)) for x, y in pts)


def lychee(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    sh = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray72", "-stroke", "none"]
    pieces = []
    for k in range(r.randint(2, 4)):
        side = r.choice(["l", "r", "b", "t"])
        if side == "l":
            cx, cy = r.uniform(4, 14) * mm, r.uniform(0.15, 0.9) * H
        elif side == "r":
            cx, cy = W - r.uniform(4, 14) * mm, r.uniform(0.15, 0.9) * H
        elif side == "b":
            cx, cy = r.uniform(0.1, 0.9) * W, H - r.uniform(4, 12) * mm
        else:
            cx, cy = r.uniform(0.1, 0.9) * W, r.uniform(3, 9) * mm
        rad = r.uniform(7, 11) * mm
        n = 11
        a0 = r.uniform(0, 2 * math.pi)
        span = r.uniform(1.2, 2.2)   # a curled piece of peel: a lens of an irregular outline
        out = [(math.cos(a0 + span * j / n) * rad * r.uniform(0.85, 1.05), math.sin(a0 + span * j / n) * rad * r.uniform(0.85, 1.05)) for j in range(n + 1)]
        inner = [(x * r.uniform(0.35, 0.55), y * r.uniform(0.35, 0.55)) for x, y in reversed(out)]
        shape = [(x + cx, y + cy) for x, y in out + inner]
        pieces.append((shape, cx, cy, rad, out))
        sh += ["-draw", "polygon " + poly([(x + 0.8 * mm, y + 1.2 * mm) for x, y in shape])]
    shp = p + ".lyshadow.png"
    B.run(sh + ["-blur", "0x%d" % max(2, int(1.2 * mm)), shp])
    B.run(["convert", p, shp, "-compose", "Multiply", "-composite", p])
    os.remove(shp)
    for shape, cx, cy, rad, out in pieces:
        cmd += ["-stroke", "#5a2018", "-strokewidth", "%d" % max(1, int(0.25 * mm)), "-fill", "#9a3826", "-draw", "polygon " + poly(shape)]
        # the pale inside of the curl along the inner edge
        cmd += ["-stroke", "none", "-fill", "#eadcc0", "-draw", "polygon " + poly(shape[len(out):] + [shape[len(out) - 1]])]
        # bumps of the outside
        for j in range(14):
            t = r.uniform(0.1, 0.9)
            x, y = out[int(t * (len(out) - 1))]
            f = r.uniform(0.65, 0.95)
            bx, by = cx + x * f, cy + y * f
            cmd += ["-fill", r.choice(["#6e2418", "#b4553a", "#7d2c1e"]), "-draw", "circle %d,%d %d,%d" % (bx, by, bx + max(1, int(0.45 * mm)), by)]
    if r.random() < 0.5:   # a stone
        cx, cy = r.choice([(r.uniform(5, 12) * mm, r.uniform(0.3, 0.8) * H), (W - r.uniform(5, 12) * mm, r.uniform(0.3, 0.8) * H)])
        cmd += ["-stroke", "none", "-fill", "#3b2416", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, 4.5 * mm, 6.5 * mm),
                "-fill", "#8a6a50", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - 1.5 * mm, cy - 2.5 * mm, 1.2 * mm, 2.2 * mm),
                "-fill", "#d8c8a8", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy + 5 * mm, 2.2 * mm, 1.6 * mm)]
    B.run(cmd + [p])


def gecko(p, r, mm):
    W, H = P.size_of(p)
    cx, cy = r.uniform(0.55, 0.82) * W, r.uniform(0.45, 0.8) * H
    a = r.uniform(0, 2 * math.pi)
    L = r.uniform(30, 38) * mm   # snout to vent; the tail as long again
    body = [(L * (0.5 - t), 0.11 * L * math.sin(math.pi * min(1, max(0, t))) + 0.02 * L) for t in [i / 12 for i in range(13)]]
    body += [(L * (t - 0.5), -0.11 * L * math.sin(math.pi * t) - 0.02 * L) for t in [i / 12 for i in range(13)]]
    head = [(0.5 * L + 0.18 * L * math.cos(u), 0.09 * L * math.sin(u)) for u in [i * math.pi / 8 for i in range(16)]]
    tail = [(-0.5 * L - 0.9 * L * t, 0.05 * L * (1 - t) + 0.04 * L * math.sin(t * 5)) for t in [i / 10 for i in range(11)]]
    tail += [(-0.5 * L - 0.9 * L * t, -0.05 * L * (1 - t) + 0.04 * L * math.sin(t * 5)) for t in [i / 10 for i in range(10, -1, -1)]]
    shp = p + ".gkshadow.png"
    sh = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62", "-stroke", "none"]
    for part in (body, head, tail):
        sh += ["-draw", "polygon " + poly([(x + 1.5 * mm, y + 2 * mm) for x, y in rot(part, cx, cy, a)])]
    B.run(sh + ["-blur", "0x%d" % max(2, int(1.5 * mm)), shp])
    B.run(["convert", p, shp, "-compose", "Multiply", "-composite", p])
    os.remove(shp)
    skin, dark = "#a99877", "#6f6450"
    cmd = ["convert", p, "-stroke", dark, "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", skin]
    for sx, sgn in ((0.3, 1), (0.3, -1), (-0.32, 1), (-0.32, -1)):   # legs: upper and lower segment, toes
        hip = (sx * L, sgn * 0.08 * L)
        knee = (sx * L + (0.12 if sx > 0 else -0.1) * L, sgn * 0.26 * L)
        foot = (knee[0] + (0.1 if sx > 0 else -0.06) * L, sgn * 0.33 * L)
        pts = rot([hip, knee, foot], cx, cy, a)
        cmd += ["-fill", "none", "-strokewidth", "%d" % max(2, int(1.4 * mm)), "-draw", "polyline " + poly(pts)]
        fx, fy = pts[2]
        for tt in range(5):
            u = a + (tt - 2) * 0.45 + (0 if sgn > 0 else math.pi)
            tx, ty = fx + math.cos(u + math.pi / 2 * sgn) * 3.2 * mm, fy + math.sin(u + math.pi / 2 * sgn) * 3.2 * mm
            cmd += ["-strokewidth", "%d" % max(1, int(0.5 * mm)), "-draw", "line %d,%d %d,%d" % (fx, fy, tx, ty),
                    "-fill", skin, "-draw", "circle %d,%d %d,%d" % (tx, ty, tx + max(1, int(0.7 * mm)), ty)]
    cmd += ["-strokewidth", "%d" % max(1, int(0.3 * mm)), "-fill", skin]
    for part in (tail, body, head):
        cmd += ["-draw", "polygon " + poly(rot(part, cx, cy, a))]
    # spots on the back and the eyes
    for j in range(9):
        x, y = rot([(r.uniform(-0.4, 0.4) * L, r.uniform(-0.06, 0.06) * L)], cx, cy, a)[0]
        cmd += ["-stroke", "none", "-fill", "#8c7d60", "-draw", "circle %d,%d %d,%d" % (x, y, x + 0.8 * mm, y)]
    for sgn in (1, -1):
        x, y = rot([(0.58 * L, sgn * 0.06 * L)], cx, cy, a)[0]
        cmd += ["-fill", "#1d1a14", "-draw", "circle %d,%d %d,%d" % (x, y, x + 0.9 * mm, y)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h102-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    g = r.randrange(len(pngs)) if pngs else -1
    for i, p in enumerate(pngs):
        if "lychee" in opts:
            lychee(p, r, mm)
        if "gecko" in opts and i == g:
            gecko(p, r, mm)


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
