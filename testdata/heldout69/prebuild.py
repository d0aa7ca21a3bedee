#!/usr/bin/env python3
"""Pre-build step of testdata/heldout69: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before it
is captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for phone photos, before heldout7's phone photo):

  :scorch   the stack of sheets lay too near a heater (or a soldering
            station) and one lower corner got singed: the paper at the
            corner is gone (the scanner lid's white shows), a ragged
            near-black charred rim runs along the burnt edge, and a brown
            scorch halo fades into the page over 4-9 mm. Same corner on
            every sheet of the stack, the outline a little different.
  :carton   the sheet was photographed lying on a corrugated carton (the
            workshop's packing box used as a desk): the flutes under the
            thin paper show as soft parallel ridges (a period of 6-9 mm,
            3-6 % darker in the valleys), and the seam between the two
            flaps of the box runs across the page as a darker line with a
            lighter, raised edge beside it.

Methods used: `x-scanpdf:<dpi>[:color]:scorch`, `x-photo:<dpi>:<font>:carton`,
`x-scanpdf:<dpi>:photo:carton`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("scorch", "carton")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def scorch(p, r, mm, left):
    W, H = P.size_of(p)
    a = r.uniform(20, 30) * mm   # along the bottom edge
    b = r.uniform(22, 34) * mm   # up the side edge
    # the burnt edge: a ragged curve from the side edge (at height H-b) to the bottom edge (at a from the corner)
    pts = []
    n = 14
    for k in range(n + 1):
        t = k / float(n)
        # a quarter ellipse, bulging towards the page, with jitter
        ang = t * math.pi / 2
        x = a * math.sin(ang)
        y = b * math.cos(ang)
        j = r.uniform(-1.6, 1.6) * mm if 0 < k < n else 0
        x, y = x + j * math.sin(ang), y + j * math.cos(ang)
        pts.append((x if left else W - 1 - x, H - 1 - y))
    corner = (0, H - 1) if left else (W - 1, H - 1)
    edge = " ".join("%d,%d" % q for q in pts)
    lost = " ".join("%d,%d" % q for q in pts + [corner])
    # the halo: a brown blurred band a little inside the burnt edge
    halo = p + ".halo.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "none", "-stroke", "rgb(150,96,48)",
           "-strokewidth", "%d" % int(r.uniform(7, 12) * mm)] + [x for k in range(len(pts) - 1) for x in ("-draw", "line %d,%d %d,%d" % (pts[k][0], pts[k][1], pts[k + 1][0], pts[k + 1][1]))] + [
           "-blur", "0x%d" % max(3, int(2.6 * mm)), halo])
    B.run(["convert", p, halo, "-compose", "Multiply", "-composite", p])
    os.remove(halo)
    # the charred rim and the paper gone beyond it
    # (the rim is drawn as separate line segments: ImageMagick closes a stroked polyline on some versions)
    inner = [(q[0] + (1.3 * mm if left else -1.3 * mm), q[1] - 1.0 * mm) for q in pts]
    segs = lambda qs: [x for k in range(len(qs) - 1) for x in ("-draw", "line %d,%d %d,%d" % (qs[k][0], qs[k][1], qs[k + 1][0], qs[k + 1][1]))]
    B.run(["convert", p, "-fill", "white", "-stroke", "none", "-draw", "polygon " + lost,
           "-fill", "none", "-stroke", "rgb(92,60,34)", "-strokewidth", "%d" % max(2, int(0.5 * mm))] + segs(inner) +
          ["-stroke", "rgb(38,26,18)", "-strokewidth", "%d" % max(3, int(r.uniform(0.9, 1.5) * mm))] + segs(pts) + [p])


def carton(p, r, mm):
    W, H = P.size_of(p)
    period = r.uniform(6, 9) * mm
    amp = r.uniform(0.03, 0.06)
    vertical = r.random() < 0.5      # flutes running down the page (ridges vary along x) or across it
    phase = r.uniform(0, 2 * math.pi)
    L = W if vertical else H
    gn = max(64, int(L / period * 16))
    m = p + ".flute.pgm"
    with open(m, "wb") as f:
        if vertical:
            f.write(b"P5 %d 1 255\n" % gn)
        else:
            f.write(b"P5 1 %d 255\n" % gn)
        row = bytearray()
        for i in range(gn):
            v = 0.5 + 0.5 * math.sin(2 * math.pi * (i * L / gn) / period + phase)
            row.append(max(0, min(255, int(255 * (1 - amp * v)))))
        f.write(bytes(row))
    B.run(["convert", p, "(", m, "-filter", "Triangle", "-resize", "%dx%d!" % (W, H), "-blur", "0x1", ")",
           "-compose", "Multiply", "-composite", p])
    os.remove(m)
    # the seam between the two flaps: across the page, perpendicular to the flutes, slightly off square
    if vertical:
        y0 = int(H * r.uniform(0.35, 0.7))
        y1 = y0 + int(r.uniform(-0.02, 0.02) * H)
        dark = "line 0,%d %d,%d" % (y0, W - 1, y1)
        light = "line 0,%d %d,%d" % (y0 + int(1.2 * mm), W - 1, y1 + int(1.2 * mm))
    else:
        x0 = int(W * r.uniform(0.35, 0.7))
        x1 = x0 + int(r.uniform(-0.02, 0.02) * W)
        dark = "line %d,0 %d,%d" % (x0, x1, H - 1)
        light = "line %d,0 %d,%d" % (x0 + int(1.2 * mm), x1 + int(1.2 * mm), H - 1)
    sh = p + ".seam.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:gray50", "-fill", "none",
           "-stroke", "gray32", "-strokewidth", "%d" % max(2, int(0.5 * mm)), "-draw", dark,
           "-stroke", "gray60", "-strokewidth", "%d" % max(2, int(0.8 * mm)), "-draw", light,
           "-blur", "0x%d" % max(1, int(0.4 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Overlay", "-composite", p])
    os.remove(sh)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h69-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    left = r.random() < 0.5
    for i, p in enumerate(pngs):
        if "scorch" in opts:
            scorch(p, r, mm, left)
        if "carton" in opts:
            carton(p, r, mm)


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
