#!/usr/bin/env python3
"""Pre-build step of testdata/heldout101: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :scissors  a pair of office scissors (剪刀) left lying on the sheet when
             it was scanned: two steel blades, closed or a little open, a
             pivot screw, two coloured plastic finger loops, a soft shadow;
             lying near the foot of the page, partly off its edge.
  :udisk     a USB flash drive (U盘) lying on the page when the phone photo
             was taken: a coloured plastic body with a printed capacity,
             a silver USB-A plug with its two square holes, a key-ring hole,
             a soft shadow; near a corner, a little over the text margin.

Methods used: `x-scanpdf:<dpi>[:photo]:<option>`, `x-photo:<dpi>:<font>:udisk`.
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
OPTIONS = ("scissors", "udisk")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def rot(pts, cx, cy, a):
    ca, sa = math.cos(a), math.sin(a)
    return [(cx + x * ca - y * sa, cy + x * sa + y * ca) for x, y in pts]


def poly(pts):
    return "polygon " + " ".join("%d,%d" % (round(x), round(y)) for x, y in pts)


def ellipse_pts(ex, ey, rx, ry, n=28):
    return [(ex + rx * math.cos(2 * math.pi * k / n), ey + ry * math.sin(2 * math.pi * k / n)) for k in range(n)]


def shadow(p, W, H, shapes, mm, dx, dy):
    sh = p + ".shadow.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62", "-stroke", "gray62", "-strokewidth", "%d" % max(2, int(1.5 * mm))]
    for pts in shapes:
        cmd += ["-draw", poly([(x + dx, y + dy) for x, y in pts])]
    cmd += ["-blur", "0x%d" % max(3, int(2.0 * mm)), sh]
    B.run(cmd)
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)


def scissors(p, r, mm):
    W, H = P.size_of(p)
    L = r.uniform(165, 185) * mm          # overall length
    cx = W * r.uniform(0.30, 0.70)
    cy = H - r.uniform(1, 5) * mm          # pivot near the foot, the loops partly off the page
    a = r.uniform(-0.22, 0.22) + (math.pi if r.random() < 0.5 else 0)
    op = r.uniform(0.04, 0.12)             # how far the blades are open
    bl = L * 0.52
    bw = 6.5 * mm
    blades, loops = [], []
    for side in (-1, 1):
        b = [(0, -side * 1.5 * mm), (bl * 0.35, side * bw * 0.55), (bl, side * 0.5 * mm), (bl * 0.98, -side * 0.6 * mm), (0, side * 2.5 * mm), (-10 * mm, side * 3 * mm), (-10 * mm, -side * 1 * mm)]
        b = rot(b, 0, 0, side * op)
        blades.append(rot(b, cx, cy, a))
        ex, ey = -L * 0.30, side * (6 + 4 * op * 10) * mm * 0.8
        loops.append((rot(ellipse_pts(ex, ey, 17 * mm, 8 * mm), cx, cy, a), rot(ellipse_pts(ex, ey, 11 * mm, 4 * mm), cx, cy, a),
                      rot([(-10 * mm, side * 3.5 * mm), (-12 * mm, -side * 1 * mm), (ex + 18 * mm, ey - side * 5 * mm), (ex + 22 * mm, ey + side * 5 * mm)], cx, cy, a)))
    shadow(p, W, H, blades + [lp[0] for lp in loops], mm, 2.2 * mm, 3.0 * mm)
    colour = r.choice(["#c62828", "#1565c0", "#2e7d32", "#222222", "#ef6c00"])
    cmd = ["convert", p, "-stroke", "gray30", "-strokewidth", "%d" % max(1, int(0.25 * mm))]
    for outer, inner, neck in loops:
        cmd += ["-fill", colour, "-draw", poly(neck), "-draw", poly(outer), "-fill", "#ece8df", "-draw", poly(inner)]
    for k, b in enumerate(blades):
        cmd += ["-fill", ["gray68", "gray76"][k], "-draw", poly(b)]
        # a bright ground edge along the blade
        cmd += ["-stroke", "gray93", "-strokewidth", "%d" % max(1, int(0.5 * mm)), "-draw", "line %d,%d %d,%d" % (b[1][0], b[1][1], b[2][0], b[2][1]),
                "-stroke", "gray30", "-strokewidth", "%d" % max(1, int(0.25 * mm))]
    cmd += ["-fill", "gray40", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + 2.2 * mm, cy),
            "-fill", "gray85", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + 0.9 * mm, cy)]
    B.run(cmd + [p])


def udisk(p, r, mm):
    W, H = P.size_of(p)
    corner = r.choice([(1, 0), (0, 1), (1, 1)])   # right-top, left-bottom, right-bottom
    cx = W - r.uniform(18, 26) * mm if corner[0] else r.uniform(18, 26) * mm
    cy = H - r.uniform(22, 30) * mm if corner[1] else r.uniform(22, 30) * mm
    a = r.uniform(0, 2 * math.pi)
    bl, bw = r.uniform(36, 44) * mm, r.uniform(15, 18) * mm
    body = rot([(-bl / 2, -bw / 2), (bl / 2, -bw / 2), (bl / 2 + 1.5 * mm, -bw / 2 + 2 * mm), (bl / 2 + 1.5 * mm, bw / 2 - 2 * mm), (bl / 2, bw / 2),
                (-bl / 2, bw / 2), (-bl / 2 - 2 * mm, bw / 2 - 3 * mm), (-bl / 2 - 2 * mm, -bw / 2 + 3 * mm)], cx, cy, a)
    plug = rot([(bl / 2 + 1.5 * mm, -6 * mm), (bl / 2 + 14 * mm, -6 * mm), (bl / 2 + 14 * mm, 6 * mm), (bl / 2 + 1.5 * mm, 6 * mm)], cx, cy, a)
    holes = [rot([(bl / 2 + 7 * mm, y0), (bl / 2 + 10 * mm, y0), (bl / 2 + 10 * mm, y0 + 2.5 * mm), (bl / 2 + 7 * mm, y0 + 2.5 * mm)], cx, cy, a)
             for y0 in (-4 * mm, 1.5 * mm)]
    ring = rot([(-bl / 2 + 4 * mm, 0)], cx, cy, a)[0]
    shadow(p, W, H, [body, plug], mm, 2.5 * mm, 3.5 * mm)
    colour = r.choice(["#1e3a8a", "#b91c1c", "#111827", "#6d28d9", "#0f766e"])
    txt = rot([(-bl * 0.12, 0)], cx, cy, a)[0]
    cmd = ["convert", p, "-stroke", "gray25", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
           "-fill", "gray80", "-draw", poly(plug), "-fill", "gray30"]
    for h in holes:
        cmd += ["-draw", poly(h)]
    cmd += ["-fill", colour, "-draw", poly(body),
            "-fill", "#f4f1ea", "-draw", "circle %d,%d %d,%d" % (ring[0], ring[1], ring[0] + 1.6 * mm, ring[1]),
            "-stroke", "none", "-fill", "gray88", "-font", "DejaVu-Sans-Bold", "-pointsize", "%d" % max(8, int(3.2 * mm)),
            "-gravity", "NorthWest", "-draw", "rotate 0 text %d,%d '%s'" % (txt[0] - 5 * mm, txt[1] - 2 * mm, r.choice(["32GB", "16GB", "64GB"]))]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h101-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "scissors" in opts and (i % 2 == 0 or r.random() < 0.5):
            scissors(p, r, mm)
        if "udisk" in opts:
            udisk(p, r, mm)


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
