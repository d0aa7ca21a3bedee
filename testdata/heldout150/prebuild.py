#!/usr/bin/env python3
"""Pre-build step of testdata/heldout150: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :jujube      dried red dates (红枣, a snack of the Ningxia hills) left on
               the scanner glass: two or three wrinkled dark-red ovals
               24-31 mm long with a glossy highlight, deep wrinkles, a pale
               stalk scar at one end and a soft shadow, lying in a side
               margin of the lower half of the page.
  :clothespin  the homework had hung on the classroom's display line and
               was photographed with the wooden clothespin (木夹子) that
               held it still lying on the sheet: a light-wood peg 68-76 mm
               long seen from the side (two legs, jaws with a notch, the
               steel spring coil and its wires), a soft shadow, near the
               bottom edge of the sheet.

Methods used: `x-scanpdf:<dpi>[...]:jujube`, `x-photo:<dpi>:<font>:clothespin`.
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
OPTIONS = ("jujube", "clothespin")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def paste_tile(p, tile, cx, cy, angle, compose="Over", bg="none"):
    rot = tile + ".rot.png"
    B.run(["convert", tile, "-background", bg, "-rotate", "%.2f" % angle, rot])
    w, h = P.size_of(rot)
    B.run(["convert", p, rot, "-geometry", "+%d+%d" % (int(cx - w / 2), int(cy - h / 2)), "-compose", compose, "-composite", p])
    os.remove(rot)


def jujube(p, r, mm):
    W, H = P.size_of(p)
    side = r.choice((-1, 1))
    n = r.randint(2, 3)
    y = H * r.uniform(0.55, 0.66)
    for k in range(n):
        L = r.uniform(24, 31) * mm
        Wd = L * r.uniform(0.62, 0.72)
        a, b = L / 2, Wd / 2
        S = int(L + 10 * mm)
        cx = cy = S / 2
        angle = r.uniform(68, 112) + r.choice((0, 180))
        x = (r.uniform(10, 14) * mm) if side < 0 else W - r.uniform(10, 14) * mm
        tile = p + ".date%d.png" % k
        shadow = p + ".dshadow%d.png" % k
        # the shadow: a blurred grey oval, multiplied onto the page a little below-right
        B.run(["convert", "-size", "%dx%d" % (S, S), "xc:white", "-fill", "gray62",
               "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, a * 1.02, b * 1.05), "-blur", "0x%d" % max(3, int(1.6 * mm)), shadow])
        paste_tile(p, shadow, x + 1.6 * mm, y + 2.2 * mm, angle, "Multiply", "white")
        cmd = ["convert", "-size", "%dx%d" % (S, S), "xc:none",
               "-fill", "#4a0b09", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, a, b),
               "-fill", "#7a1812", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - a * 0.05, cy - b * 0.08, a * 0.86, b * 0.74),
               "-fill", "#92241a", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - a * 0.12, cy - b * 0.2, a * 0.55, b * 0.42)]
        # wrinkles: wavy dark lines along the long axis
        for j in range(r.randint(5, 8)):
            off = r.uniform(-0.75, 0.75) * b
            span = a * math.sqrt(max(0.05, 1 - (off / b) ** 2)) * r.uniform(0.55, 0.9)
            x0 = cx + r.uniform(-0.1, 0.1) * a
            pts = []
            for q in range(9):
                t = -1 + 2 * q / 8.0
                pts.append((x0 + span * t, cy + off + math.sin(t * r.uniform(4, 8) + j) * 0.6 * mm))
            cmd += ["-fill", "none", "-stroke", r.choice(("#2e0504", "#3a0706", "#5a100c")), "-strokewidth", "%.1f" % max(1.5, 0.32 * mm),
                    "-draw", "polyline " + " ".join("%d,%d" % q for q in pts)]
        # the glossy highlight and the pale stalk scar at one end
        cmd += ["-stroke", "none", "-fill", "rgba(255,225,210,0.38)",
                "-draw", "ellipse %d,%d %d,%d 0,360" % (cx - a * 0.3, cy - b * 0.42, a * 0.32, b * 0.12),
                "-fill", "#b89462", "-stroke", "#6b4a25", "-strokewidth", "%.1f" % max(1, 0.2 * mm),
                "-draw", "circle %d,%d %d,%d" % (cx + a * 0.9, cy, cx + a * 0.9 + 1.3 * mm, cy),
                "-blur", "0x0.7", tile]
        B.run(cmd)
        paste_tile(p, tile, x, y, angle)
        os.remove(tile)
        os.remove(shadow)
        y += r.uniform(26, 40) * mm


def clothespin(p, r, mm):
    W, H = P.size_of(p)
    L = r.uniform(68, 76) * mm
    pad = 6 * mm
    S = int(L + 2 * pad)
    Ht = int(22 * mm)
    y0 = Ht / 2
    x0 = pad

    def leg(sign):
        pts = [(0, -0.3), (0.12, -2.2), (0.18, -1.2), (0.24, -2.6), (0.40, -1.0), (0.52, -1.2), (1.0, -2.6),
               (1.0, -6.4), (0.52, -5.0), (0.40, -5.7), (0.12, -4.6), (0.02, -2.4)]
        return " ".join("%d,%d" % (x0 + fx * L, y0 + sign * fy * mm) for fx, fy in pts)
    tile = p + ".peg.png"
    shadow = p + ".pegshadow.png"
    B.run(["convert", "-size", "%dx%d" % (S, Ht), "xc:white", "-fill", "gray60",
           "-draw", "polygon " + leg(1), "-draw", "polygon " + leg(-1),
           "-blur", "0x%d" % max(3, int(1.4 * mm)), shadow])
    cmd = ["convert", "-size", "%dx%d" % (S, Ht), "xc:none"]
    for sign in (1, -1):
        cmd += ["-fill", "#d9b37a", "-stroke", "#8f6a3c", "-strokewidth", "%.1f" % max(1.5, 0.3 * mm), "-draw", "polygon " + leg(sign)]
        # wood grain along the leg
        for g in range(3):
            gy = y0 + sign * (3.2 + g * 0.9) * mm
            cmd += ["-fill", "none", "-stroke", "#b88f58", "-strokewidth", "1",
                    "-draw", "line %d,%d %d,%d" % (x0 + 0.55 * L, gy + sign * 0.2 * mm, x0 + 0.97 * L, gy - sign * 0.4 * mm),
                    "-draw", "line %d,%d %d,%d" % (x0 + 0.14 * L, gy - sign * 0.3 * mm, x0 + 0.36 * L, gy + sign * 0.3 * mm)]
    # the steel spring: wires along both legs and the coil between them
    sx = x0 + 0.46 * L
    cmd += ["-fill", "none", "-stroke", "#555555", "-strokewidth", "%.1f" % max(2, 0.45 * mm),
            "-draw", "line %d,%d %d,%d" % (sx, y0 - 1.5 * mm, x0 + 0.66 * L, y0 - 4.6 * mm),
            "-draw", "line %d,%d %d,%d" % (sx, y0 + 1.5 * mm, x0 + 0.66 * L, y0 + 4.6 * mm),
            "-fill", "#9a9a9a", "-stroke", "#3c3c3c", "-strokewidth", "%.1f" % max(1.5, 0.3 * mm),
            "-draw", "circle %d,%d %d,%d" % (sx, y0, sx + 3.0 * mm, y0)]
    for q in range(4):
        xx = sx - 2.1 * mm + q * 1.4 * mm
        cmd += ["-stroke", "#444444", "-strokewidth", "%.1f" % max(1, 0.22 * mm),
                "-draw", "line %d,%d %d,%d" % (xx, y0 - 2.6 * mm, xx + 0.6 * mm, y0 + 2.6 * mm)]
    cmd += ["-stroke", "none", "-fill", "rgba(255,255,255,0.5)", "-draw", "ellipse %d,%d %d,%d 0,360" % (sx - 0.9 * mm, y0 - 1.0 * mm, 0.9 * mm, 0.6 * mm),
            "-blur", "0x0.6", tile]
    B.run(cmd)
    angle = r.uniform(-14, 14) + r.choice((0, 180))
    cx = W * r.uniform(0.5, 0.78)
    cy = H - r.uniform(11, 15) * mm
    paste_tile(p, shadow, cx + 1.8 * mm, cy + 2.4 * mm, angle, "Multiply", "white")
    paste_tile(p, tile, cx, cy, angle)
    os.remove(tile)
    os.remove(shadow)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h150-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "jujube" in opts:
            jujube(p, r, mm)
        if "clothespin" in opts:
            clothespin(p, r, mm)


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
