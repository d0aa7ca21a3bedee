#!/usr/bin/env python3
"""Pre-build step of testdata/heldout71: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :shoeprint  the sheet fell on the workshop floor and was stepped on before
              it was scanned: a dusty grey shoe-sole print (forefoot, waist
              and heel, a zigzag and block tread, uneven dust), at a slant,
              partly off the sheet, lying over the print.
  :gluedin    the homework sheet was glued into an exercise book and the
              book's page photographed: the sheet a little smaller than the
              page, a thin shadow along two of its edges, the book's ruled
              lines and red margin visible round it, and wrinkled, slightly
              glossy glue ripples along its glued top edge.

Methods used: `x-scanpdf:<dpi>[:shoeprint]`, `x-photo:<dpi>:<font>[:gluedin]`.
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
OPTIONS = ("shoeprint", "gluedin")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def shoeprint(p, r, mm):
    W, H = P.size_of(p)
    L = int(r.uniform(250, 275) * mm)       # sole length
    S = int(L * 0.38)                        # sole width
    base = p + ".sole"
    # the sole's outline: forefoot, waist and heel (white on black)
    B.run(["convert", "-size", "%dx%d" % (S, L), "xc:black", "-fill", "white",
           "-draw", "ellipse %d,%d %d,%d 0,360" % (S // 2, int(L * 0.30), S // 2 - 2, int(L * 0.29)),
           "-draw", "ellipse %d,%d %d,%d 0,360" % (int(S * 0.47), int(L * 0.82), int(S * 0.36), int(L * 0.15)),
           "-draw", "polygon %d,%d %d,%d %d,%d %d,%d" % (int(S * 0.10), int(L * 0.45), int(S * 0.92), int(L * 0.45),
                                                        int(S * 0.85), int(L * 0.72), int(S * 0.12), int(L * 0.72)),
           "-draw", "rectangle %d,%d %d,%d" % (0, int(L * 0.615), S, int(L * 0.645)),   # the gap before the heel stays dust-free
           "-fill", "black", "-draw", "rectangle %d,%d %d,%d" % (0, int(L * 0.615), S, int(L * 0.645)),
           base + ".mask.png"])
    # the tread: zigzag bars across the forefoot, blocks on the heel, on an uneven dusty ground
    step = max(4, int(r.uniform(3.6, 4.6) * mm))
    cmd = ["convert", "-size", "%dx%d" % (S, L), "-seed", str(r.randint(1, 10 ** 6)), "plasma:gray78-gray97", "-colorspace", "gray", "-blur", "0x%d" % max(2, int(1.5 * mm)),
           "-fill", "none", "-stroke", "gray%d" % r.randint(52, 62), "-strokewidth", "%d" % max(2, int(1.2 * mm))]
    y = step
    while y < int(L * 0.6):
        pts = " ".join("%d,%d" % (x, y + (step // 2 if (x // step) % 2 else 0)) for x in range(0, S + step, step))
        cmd += ["-draw", "polyline " + pts]
        y += int(step * 1.8)
    cmd += ["-stroke", "none", "-fill", "gray%d" % r.randint(55, 66)]
    for yy in range(int(L * 0.66), L, int(step * 2.2)):
        for xx in range(int(step * 0.5), S, int(step * 2.2)):
            cmd += ["-draw", "rectangle %d,%d %d,%d" % (xx, yy, xx + int(step * 1.3), yy + int(step * 1.3))]
    B.run(cmd + [base + ".tread.png"])
    # dust breaks up: keep the tread where the sole touched and the dust held (a blotchy mask)
    B.run(["convert", "-size", "%dx%d" % (S, L), "-seed", str(r.randint(1, 10 ** 6)), "plasma:black-white", "-colorspace", "gray",
           "-blur", "0x%d" % max(4, int(4 * mm)), "-level", "35%,60%", base + ".blot.png"])
    B.run(["convert", base + ".mask.png", base + ".blot.png", "-compose", "Multiply", "-composite", "-negate", base + ".m2.png"])
    ang = r.uniform(-35, 35)
    B.run(["convert", base + ".tread.png", base + ".m2.png", "-compose", "Lighten", "-composite", "-blur", "0x0.8",
           "-colorspace", "gray", "+level", "38%,100%", "-background", "white", "-rotate", "%.1f" % ang, base + ".png"])
    sw, sh = P.size_of(base + ".png")
    x = int(r.uniform(-0.25, 0.55) * W)
    y = int(r.uniform(0.05, 0.55) * H) - sh // 4
    B.run(["convert", p, base + ".png", "-geometry", "%+d%+d" % (x, y), "-compose", "Multiply", "-composite", p])
    for e in (".mask.png", ".tread.png", ".blot.png", ".m2.png", ".png"):
        os.remove(base + e)


def gluedin(p, r, mm):
    W, H = P.size_of(p)
    k = r.uniform(0.86, 0.90)
    sw, sh = int(W * k), int(H * k)
    x0 = int(r.uniform(0.045, 0.075) * W)
    y0 = int(r.uniform(0.05, 0.08) * H)
    base = p + ".glue"
    # the exercise book's page: cream paper, pale blue rules every 8 mm, a red margin line
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:#f3efe2", "-stroke", "#a9c3dc", "-strokewidth", "%d" % max(1, int(0.25 * mm))]
    yy = int(14 * mm)
    while yy < H:
        cmd += ["-draw", "line 0,%d %d,%d" % (yy, W, yy)]
        yy += int(8 * mm)
    cmd += ["-stroke", "#d98a8a", "-draw", "line %d,0 %d,%d" % (int(12 * mm), int(12 * mm), H)]
    B.run(cmd + [base + ".bg.png"])
    # the sheet's shadow on the book (right and bottom edges)
    off = max(2, int(0.8 * mm))
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62",
           "-draw", "rectangle %d,%d %d,%d" % (x0 + off, y0 + off, x0 + sw + off, y0 + sh + off), "-blur", "0x%d" % max(2, int(0.9 * mm)),
           base + ".sh.png"])
    B.run(["convert", base + ".bg.png", base + ".sh.png", "-compose", "Multiply", "-composite",
           "(", p, "-resize", "%dx%d!" % (sw, sh), ")", "-geometry", "%+d%+d" % (x0, y0), "-compose", "Over", "-composite", base + ".png"])
    # glue ripples along the glued top edge: wavy darker and lighter lines, a faint gloss
    cmd = ["convert", base + ".png", "-fill", "none"]
    band = int(r.uniform(9, 14) * mm)
    for j in range(r.randint(5, 8)):
        yb = y0 + int(r.uniform(0.5, band / mm) * mm)
        amp = r.uniform(0.4, 1.1) * mm
        per = r.uniform(9, 22) * mm
        ph = r.uniform(0, 6.3)
        xa = x0 + int(r.uniform(0, 0.3) * sw)
        xb = x0 + int(r.uniform(0.6, 1.0) * sw)
        pts = " ".join("%d,%d" % (x, yb + amp * math.sin(2 * math.pi * x / per + ph)) for x in range(xa, xb, max(3, int(2 * mm))))
        cmd += ["-stroke", "gray%d" % r.randint(72, 84), "-strokewidth", "%d" % max(1, int(0.3 * mm)), "-draw", "polyline " + pts]
        pts2 = " ".join("%d,%d" % (x, yb + int(0.5 * mm) + amp * math.sin(2 * math.pi * x / per + ph)) for x in range(xa, xb, max(3, int(2 * mm))))
        cmd += ["-stroke", "gray99", "-draw", "polyline " + pts2]
    B.run(cmd + [base + ".r.png"])
    B.run(["convert", base + ".r.png", "(", "-size", "%dx%d" % (sw, band), "xc:#fffdf0", ")", "-geometry", "%+d%+d" % (x0, y0),
           "-compose", "Blend", "-define", "compose:args=18", "-composite", p])
    for e in (".bg.png", ".sh.png", ".png", ".r.png"):
        os.remove(base + e)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h71-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "shoeprint" in opts:
            shoeprint(p, r, mm)
        if "gluedin" in opts:
            gluedin(p, r, mm)


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
