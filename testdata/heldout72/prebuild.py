#!/usr/bin/env python3
"""Pre-build step of testdata/heldout72: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong while it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo, before heldout7's phone photo):

  :scratch  the flatbed's glass is scratched: 3-5 fine hairline scratches,
            long gentle arcs at a slant (a grey hairline with a lighter line
            beside it, fading in and out along its length), at the SAME
            place on every page of the file (it is the glass, not the paper).
  :dapple   a phone photo taken outdoors or by a window under a tree:
            sunlight through leaves, soft irregular patches of leaf shade
            (15-28 % darker) with lit gaps between them over the page.

Methods used: `x-scanpdf:<dpi>[:scratch]`, `x-photo:<dpi>:<font>[:dapple]`.
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
OPTIONS = ("scratch", "dapple")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def scratch_paths(r, W, H, mm):
    """The scratches of one glass: a list of polylines in page pixels."""
    out = []
    for k in range(r.randint(3, 5)):
        x0, y0 = r.uniform(0.05, 0.95) * W, r.uniform(0.05, 0.95) * H
        ang = r.uniform(-0.9, 0.9) + (math.pi / 2 if r.random() < 0.4 else 0)
        L = r.uniform(80, 200) * mm
        bend = r.uniform(-0.35, 0.35)
        pts = []
        for j in range(17):
            t = j / 16.0
            a = ang + bend * (t - 0.5)
            pts.append((x0 + math.cos(a) * L * (t - 0.5), y0 + math.sin(a) * L * (t - 0.5)))
        out.append(pts)
    return out


def scratch(p, lines, r, mm):
    cmd = ["convert", p]
    for pts in lines:
        # the scratch fades in and out: draw it in 4 pieces of varying grey, leaving gaps
        n = len(pts)
        for a in range(0, n - 1, 4):
            if r.random() < 0.2:
                continue
            seg = pts[a:a + 5]
            g = r.randint(58, 76)
            cmd += ["-fill", "none", "-stroke", "gray%d" % g, "-strokewidth", "%d" % max(1, int(0.12 * mm)),
                    "-draw", "polyline " + " ".join("%d,%d" % q for q in seg),
                    "-stroke", "gray97", "-strokewidth", "1",
                    "-draw", "polyline " + " ".join("%d,%d" % (q[0] + 2, q[1] + 1) for q in seg)]
    B.run(cmd + [p])


def dapple(p, r, mm):
    W, H = P.size_of(p)
    gw, gh = 60, 85
    m = p + ".leaf.pgm"
    blobs = [(r.uniform(-0.1, 1.1), r.uniform(-0.1, 1.1), r.uniform(0.04, 0.13), r.uniform(0.5, 1.8)) for _ in range(r.randint(14, 22))]
    depth = r.uniform(0.15, 0.28)
    with open(m, "wb") as f:
        f.write(b"P5 %d %d 255\n" % (gw, gh))
        row = bytearray()
        for y in range(gh):
            for x in range(gw):
                u, v = x / gw, y / gh
                s = 0.0
                for bx, by, rad, stretch in blobs:
                    d = ((u - bx) / (rad * stretch)) ** 2 + ((v - by) / rad) ** 2
                    s = max(s, math.exp(-d * 1.6))
                row.append(max(0, min(255, int(255 * (1 - depth * min(1.0, s * 1.25))))))
        f.write(bytes(row))
    B.run(["convert", p, "(", m, "-resize", "%dx%d!" % (W, H), "-blur", "0x%d" % max(4, int(3 * mm)), ")",
           "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h72-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    lines = None
    for i, p in enumerate(pngs):
        if "scratch" in opts:
            if lines is None:
                W, H = P.size_of(p)
                lines = scratch_paths(r, W, H, mm)
            scratch(p, lines, random.Random("h72-%s-glass" % tag), mm)
        if "dapple" in opts:
            dapple(p, r, mm)


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
