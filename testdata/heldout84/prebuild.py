#!/usr/bin/env python3
"""Pre-build step of testdata/heldout84: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :flour     the sheets came from the training kitchen with flour on them:
             a drift of fine white powder (cream-white specks, denser in a
             patch or two, lightening the print under it) and one or two
             floury fingertip smudges (pale ovals with faint ridge arcs).
  :blinds    a phone photo taken by a window with venetian blinds: slanted,
             parallel stripes of sunlight and shade across the page, soft
             edged, warm in the light stripes, a period of 4-7 % of the page
             diagonal.

Methods used: `x-scanpdf:<dpi>[:flour]`, `x-photo:<dpi>:<font>[:blinds]`.
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
OPTIONS = ("flour", "blinds")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def flour(p, r, mm):
    W, H = P.size_of(p)
    gw, gh = 160, int(160 * H / W)
    m = p + ".flour.pgm"
    dens = bytearray(gw * gh)
    blobs = [(r.uniform(0.1, 0.9) * gw, r.uniform(0.15, 0.9) * gh, r.uniform(0.14, 0.28) * gw) for _ in range(r.randint(1, 2))]
    for y in range(gh):
        for x in range(gw):
            v = 0.0
            for bx, by, rad in blobs:
                dd = ((x - bx) ** 2 + (y - by) ** 2) / (rad * rad)
                v = max(v, math.exp(-dd))
            v = 0.55 * v + 0.04
            dens[y * gw + x] = int(255 * min(1.0, v if r.random() < 0.5 + 0.5 * v else v * 0.3))
    with open(m, "wb") as f:
        f.write(b"P5 %d %d 255\n" % (gw, gh))
        f.write(bytes(dens))
    # the powder: a white layer let through by a grainy mask, lightening the print below it
    B.run(["convert", p, "(", "-size", "%dx%d" % (W, H), "xc:#ebe5d2", ")",
           "(", m, "-resize", "%dx%d!" % (W, H), "-blur", "0x1", "-attenuate", "1.6", "+noise", "Gaussian", "-level", "5%,95%", "-evaluate", "multiply", "0.8", ")",
           "-compose", "over", "-composite", p])
    os.remove(m)
    cmd = ["convert", p, "-stroke", "none"]
    for bx, by, rad in blobs:   # loose grains: pale specks with a faint grey rim
        for k in range(int(rad * 9)):
            ang, dist = r.uniform(0, 2 * math.pi), abs(r.gauss(0, 0.7)) * rad * W / gw
            x, y = bx * W / gw + math.cos(ang) * dist, by * H / gh + math.sin(ang) * dist
            rr = r.uniform(0.15, 0.45) * mm
            cmd += ["-fill", "#d9d3c2", "-draw", "circle %d,%d %d,%d" % (x, y, x + rr + 1, y),
                    "-fill", "#faf8f0", "-draw", "circle %d,%d %d,%d" % (x, y, x + rr, y)]
    for k in range(r.randint(1, 2)):   # floury fingertip smudges
        cx, cy = r.uniform(0.15, 0.85) * W, r.uniform(0.25, 0.95) * H
        a, b = r.uniform(7, 9) * mm, r.uniform(9, 12) * mm
        cmd += ["-fill", "rgba(236,231,214,0.6)", "-stroke", "none", "-draw", "ellipse %d,%d %d,%d 0,360" % (cx, cy, a, b)]
        for j in range(5):
            cmd += ["-fill", "none", "-stroke", "rgba(255,255,250,0.6)", "-strokewidth", "%d" % max(1, int(0.35 * mm)),
                    "-draw", "ellipse %d,%d %d,%d 200,340" % (cx, cy + j * 0.9 * mm, a * (0.85 - 0.14 * j), b * (0.85 - 0.14 * j))]
    B.run(cmd + [p])


def blinds(p, r, mm):
    W, H = P.size_of(p)
    diag = math.hypot(W, H)
    period = r.uniform(0.04, 0.07) * diag
    ang = math.radians(r.uniform(18, 38) * r.choice((-1, 1)))
    duty = r.uniform(0.45, 0.6)
    dark = r.uniform(0.16, 0.24)
    gw, gh = 200, int(200 * H / W)
    m = p + ".blind.ppm"
    out = bytearray()
    for y in range(gh):
        for x in range(gw):
            X, Y = x * W / gw, y * H / gh
            t = ((X * math.sin(ang) + Y * math.cos(ang)) / period) % 1.0
            if t < duty:
                out += bytes((255, 250, 236))   # sunlight, warm
            else:
                v = int(255 * (1 - dark))
                out += bytes((v - 6, v - 3, v))
    with open(m, "wb") as f:
        f.write(b"P6 %d %d 255\n" % (gw, gh))
        f.write(bytes(out))
    B.run(["convert", p, "(", m, "-resize", "%dx%d!" % (W, H), "-blur", "0x%d" % max(2, int(1.2 * mm)), ")",
           "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h84-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "flour" in opts:
            flour(p, r, mm)
        if "blinds" in opts:
            blinds(p, r, mm)


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
