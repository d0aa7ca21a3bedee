#!/usr/bin/env python3
"""Pre-build step of testdata/heldout113: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for photos, before heldout7's phone photo):

  :longan    someone ate longans (龙眼) beside the scanner: four to seven
             empty brown half-shells (a dark rough rim, a pale inside, a
             soft shadow) and one to three glossy black seeds with their
             white spot lie on the glass, in the margins of the sheet.
  :grille    a phone photo taken by a window with a security grille
             (防盗窗) in low sun: soft, sheared shadow bars across the page,
             a cross bar or two with a ring of the grille's decoration.

Methods used: `x-scanpdf:<dpi>[:longan]`, `x-scanpdf:<dpi>:photo:grille`,
`x-photo:<dpi>:<font>[:grille]`. heldout7 and heldout15 ignore the options
they do not know.

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
OPTIONS = ("longan", "grille")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def longan(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    # 4-7 empty longan half-shells (龙眼壳): brown rough cups, darker rim, a pale inside, a soft shadow;
    # and 1-3 black glossy seeds with their white hilum spot. Kept to the margins and the right edge.
    spots = []
    for k in range(r.randint(4, 7)):
        side = r.choice(["l", "r", "b", "t", "r"])
        if side == "l":
            x, y = r.uniform(3, 14) * mm, r.uniform(0.1, 0.9) * H
        elif side == "r":
            x, y = W - r.uniform(3, 14) * mm, r.uniform(0.1, 0.9) * H
        elif side == "t":
            x, y = r.uniform(0.1, 0.9) * W, r.uniform(3, 10) * mm
        else:
            x, y = r.uniform(0.1, 0.9) * W, H - r.uniform(3, 10) * mm
        spots.append((x, y, "shell"))
    for k in range(r.randint(1, 3)):
        spots.append((r.choice([r.uniform(4, 12) * mm, W - r.uniform(4, 12) * mm]), r.uniform(0.15, 0.85) * H, "seed"))
    for x, y, kind in spots:
        if kind == "shell":
            rad = r.uniform(5.5, 8) * mm
            # an irregular, bumpy outline (the warty skin of the shell), torn open on one side
            n = 28
            rim = []
            for j in range(n):
                a = 2 * math.pi * j / n
                q = rad * (1 + r.uniform(-0.07, 0.07)) * (0.82 if j % 2 else 1.0)
                rim.append((x + math.cos(a) * q, y + math.sin(a) * q * r.uniform(0.78, 0.86)))
            poly = " ".join("%d,%d" % v for v in rim)
            shadow = " ".join("%d,%d" % (a + 1.4 * mm, b + 1.6 * mm) for a, b in rim)
            cmd += ["-fill", "gray80", "-stroke", "none", "-draw", "polygon " + shadow]
            cmd += ["-fill", "#6f4f24", "-stroke", "#3b2710", "-strokewidth", "%d" % max(2, int(0.4 * mm)), "-draw", "polygon " + poly]
            # the pale, wrinkled inside seen through the torn opening, off-centre
            ox, oy = x + r.uniform(-0.25, 0.25) * rad, y + r.uniform(-0.25, 0.25) * rad
            cmd += ["-fill", "#e3d3ae", "-stroke", "#9c8052", "-strokewidth", "1",
                    "-draw", "ellipse %d,%d %d,%d 0,360" % (ox, oy, rad * r.uniform(0.45, 0.6), rad * r.uniform(0.3, 0.45))]
            for j in range(r.randint(10, 16)):
                a = r.uniform(0, 2 * math.pi)
                q = rad * r.uniform(0.62, 0.95)
                cmd += ["-fill", "#2e1f0c", "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (x + math.cos(a) * q, y + math.sin(a) * q * 0.82, x + math.cos(a) * q + max(1, 0.35 * mm), y + math.sin(a) * q * 0.82)]
        else:
            rad = r.uniform(3.5, 4.5) * mm
            cmd += ["-fill", "gray75", "-stroke", "none", "-draw", "circle %d,%d %d,%d" % (x + mm, y + mm, x + mm + rad, y + mm),
                    "-fill", "#141008", "-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y),
                    "-fill", "#e9e4d6", "-draw", "ellipse %d,%d %d,%d 0,360" % (x - rad * 0.2, y + rad * 0.25, rad * 0.38, rad * 0.3),
                    "-fill", "gray60", "-draw", "ellipse %d,%d %d,%d 0,360" % (x + rad * 0.35, y - rad * 0.4, rad * 0.18, rad * 0.12)]
    B.run(cmd + [p])


def grille(p, r, mm):
    W, H = P.size_of(p)
    # the shadow of a window security grille (防盗窗) cast by low sun across the desk and the page: a few soft
    # vertical bars and one or two cross bars, sheared, with a sun patch brighter between them
    m = p + ".grille.png"
    sx = r.uniform(-0.25, 0.25)
    gap = W * r.uniform(0.2, 0.3)
    bw = max(4, int(r.uniform(2.2, 3.5) * mm))
    x0 = r.uniform(0, gap)
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray74", "-stroke", "none"]
    x = x0
    while x < W + gap:
        cmd += ["-draw", "polygon %d,0 %d,0 %d,%d %d,%d" % (x, x + bw, x + bw + sx * H, H, x + sx * H, H)]
        x += gap
    for k in range(r.randint(1, 2)):
        y = H * r.uniform(0.25, 0.8)
        cmd += ["-draw", "rectangle 0,%d %d,%d" % (y, W, y + bw)]
        # a scroll of the grille's decoration: a ring on the cross bar
        cx = x0 + gap * r.randint(0, 2) + gap / 2
        cmd += ["-fill", "none", "-stroke", "gray74", "-strokewidth", "%d" % bw,
                "-draw", "circle %d,%d %d,%d" % (cx, y - 4 * mm, cx + 5 * mm, y - 4 * mm), "-fill", "gray74", "-stroke", "none"]
    cmd += ["-blur", "0x%d" % max(4, int(1.6 * mm)), m]
    B.run(cmd)
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h113-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "longan" in opts:
            longan(p, r, mm)
        if "grille" in opts:
            grille(p, r, mm)


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
