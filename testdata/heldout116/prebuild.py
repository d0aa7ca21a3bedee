#!/usr/bin/env python3
"""Pre-build step of testdata/heldout116: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :walnut  someone cracked walnuts (核桃) at the copier: two or three brown
           half shells, wrinkled, with the pale inner walls, and a scatter
           of crumbs and skin flakes lay on the glass in the top and bottom
           margins, each with a soft shadow.
  :ants    the sheet lay on a desk outdoors and a short trail of small black
           ants (蚂蚁) walked along one side of the page when it was
           photographed: three-segment bodies, six thin legs, antennae,
           each ant turned along the trail.

Methods used: `x-scanpdf:<dpi>[:walnut]`, `x-scanpdf:<dpi>:photo:ants`,
`x-photo:<dpi>:<font>:ants`. heldout7 and heldout15 ignore the options they
do not know.

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
OPTIONS = ("walnut", "ants")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def walnut(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    spots = []
    for k in range(r.randint(2, 3)):
        top = r.random() < 0.5
        cx = int(W * r.uniform(0.1, 0.9))
        cy = int(r.uniform(6, 13) * mm) if top else H - int(r.uniform(6, 13) * mm)
        spots.append((cx, cy))
    sh = p + ".shadow.png"
    sc = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray72"]
    for cx, cy in spots:
        sc += ["-draw", "ellipse %d,%d %d,%d 0,360" % (cx + int(1.5 * mm), cy + int(1.5 * mm), int(17 * mm), int(13 * mm))]
    B.run(sc + ["-blur", "0x%d" % max(3, int(2 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    for cx, cy in spots:
        rx, ry = int(r.uniform(12, 15) * mm), int(r.uniform(9, 11) * mm)
        ang = r.uniform(0, 180)
        # the shell: dark brown rim, the pale inner walls, a central septum
        cmd += ["-stroke", "#3b2512", "-strokewidth", "%d" % max(2, int(0.6 * mm)), "-fill", "#7a5230",
                "-draw", "translate %d,%d rotate %d ellipse 0,0 %d,%d 0,360" % (cx, cy, ang, rx, ry),
                "-stroke", "none", "-fill", "#c9a97c",
                "-draw", "translate %d,%d rotate %d ellipse %d,0 %d,%d 0,360" % (cx, cy, ang, -rx // 2, rx // 3, int(ry * 0.7)),
                "-draw", "translate %d,%d rotate %d ellipse %d,0 %d,%d 0,360" % (cx, cy, ang, rx // 2, rx // 3, int(ry * 0.7)),
                "-stroke", "#4a2e16", "-strokewidth", "%d" % max(2, int(0.9 * mm)),
                "-draw", "translate %d,%d rotate %d line 0,%d 0,%d" % (cx, cy, ang, -ry, ry)]
        # wrinkles: short wavy dark strokes on the shell
        for w in range(7):
            x0 = r.uniform(-0.8, 0.8) * rx
            y0 = r.uniform(-0.7, 0.7) * ry
            pts = " ".join("%d,%d" % (x0 + j * 0.9 * mm, y0 + math.sin(j + w) * 0.8 * mm) for j in range(5))
            cmd += ["-fill", "none", "-stroke", "#3f2813", "-strokewidth", "%d" % max(1, int(0.3 * mm)),
                    "-draw", "translate %d,%d rotate %d polyline %s" % (cx, cy, ang, pts)]
        # crumbs and skin flakes round it
        for q in range(r.randint(6, 12)):
            a = r.uniform(0, 2 * math.pi)
            dd = r.uniform(1.1, 2.2) * rx
            x, y = cx + math.cos(a) * dd, cy + math.sin(a) * dd * 0.5
            y = min(max(y, 2 * mm), H - 2 * mm)
            s = r.uniform(0.5, 1.6) * mm
            cmd += ["-stroke", "none", "-fill", r.choice(["#8a6a45", "#5b3d20", "#d6c19a"]),
                    "-draw", "ellipse %d,%d %d,%d 0,360" % (x, y, s, s * r.uniform(0.5, 1))]
    B.run(cmd + [p])


def ants(p, r, mm):
    W, H = P.size_of(p)
    left = r.random() < 0.5
    x = W * (r.uniform(0.02, 0.07) if left else r.uniform(0.93, 0.98))
    y = H * r.uniform(0.15, 0.3)
    heading = math.pi / 2 + r.uniform(-0.25, 0.25)
    cmd = ["convert", p]
    for k in range(r.randint(7, 12)):
        step = r.uniform(7, 16) * mm
        heading += r.uniform(-0.35, 0.35)
        x += math.cos(heading) * step
        y += math.sin(heading) * step
        x = min(max(x, W * 0.015), W * 0.985)
        if y > H * 0.95:
            break
        s = r.uniform(0.8, 1.1) * mm
        deg = math.degrees(heading)
        tr = "translate %d,%d rotate %d " % (x, y, deg)
        cmd += ["-stroke", "#1a120c", "-strokewidth", "%d" % max(1, int(0.2 * mm)), "-fill", "none"]
        for side in (-1, 1):   # six legs, antennae
            for lx in (-0.9, 0.0, 0.9):
                cmd += ["-draw", tr + "line %d,0 %d,%d" % (lx * s, (lx - 0.5) * s, side * 2.0 * s)]
            cmd += ["-draw", tr + "line %d,0 %d,%d" % (2.2 * s, 3.6 * s, side * 1.2 * s)]
        cmd += ["-stroke", "none", "-fill", "#140c06",
                "-draw", tr + "ellipse %d,0 %d,%d 0,360" % (-2.1 * s, 1.5 * s, 1.0 * s),
                "-draw", tr + "ellipse 0,0 %d,%d 0,360" % (0.9 * s, 0.55 * s),
                "-draw", tr + "ellipse %d,0 %d,%d 0,360" % (1.7 * s, 0.7 * s, 0.65 * s)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h116-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "walnut" in opts:
            walnut(p, r, mm)
        if "ants" in opts:
            ants(p, r, mm)


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
