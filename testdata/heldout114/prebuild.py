#!/usr/bin/env python3
"""Pre-build step of testdata/heldout114: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo and x-scanpdf:photo, before heldout7's
phone photo):

  :cobweb  a cobweb caught under the lid of a scanner that stood unused in a
           corner: faint grey radial threads from a hub near one corner of
           the page, sagging spiral threads between them, a few dust knots.
  :grille  a phone photo taken by a sunny window with a security grille
           (防盗窗): the soft shadow of evenly spaced, slightly skewed
           vertical bars across the page, one or two cross bars and a curl.

Methods used: `x-scanpdf:<dpi>[:cobweb]`, `x-scanpdf:<dpi>:photo:grille`,
`x-photo:<dpi>:<font>[:grille]`, `x-scan:<dpi>:<font>[:cobweb]`.
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
OPTIONS = ("cobweb", "grille")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def cobweb(p, r, mm):
    """a cobweb caught under the scanner lid: faint grey radial threads from a hub near one corner, sagging spiral
    threads between them, a few dust knots on the threads."""
    W, H = P.size_of(p)
    corner = r.choice([(0, 0), (W, 0), (0, H), (W, H)])
    hx = int(abs(corner[0] - r.uniform(0.08, 0.2) * W))
    hy = int(abs(corner[1] - r.uniform(0.06, 0.16) * H))
    R = r.uniform(0.22, 0.32) * min(W, H)
    nrad = r.randint(9, 13)
    angs = sorted(r.uniform(0, 2 * math.pi) for _ in range(nrad))
    sw = max(1, int(0.12 * mm))
    cmd = ["convert", p, "-fill", "none"]
    ends = []
    for a in angs:
        L = R * r.uniform(0.7, 1.15)
        ex, ey = hx + math.cos(a) * L, hy + math.sin(a) * L
        ends.append((a, L))
        cmd += ["-stroke", "gray%d" % r.randint(52, 66), "-strokewidth", str(sw), "-draw", "line %d,%d %d,%d" % (hx, hy, ex, ey)]
    for ring in range(r.randint(6, 9)):
        f = 0.18 + ring * r.uniform(0.09, 0.12)
        for k in range(len(ends)):
            a0, l0 = ends[k]
            a1, l1 = ends[(k + 1) % len(ends)]
            if f > min(l0, l1) / R:
                continue
            p0 = (hx + math.cos(a0) * f * R, hy + math.sin(a0) * f * R)
            p1 = (hx + math.cos(a1) * f * R, hy + math.sin(a1) * f * R)
            mx, my = (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2
            sag = 0.08 * math.hypot(p1[0] - p0[0], p1[1] - p0[1])
            mx += (mx - hx) / max(1, math.hypot(mx - hx, my - hy)) * -sag
            my += sag * 0.6
            cmd += ["-stroke", "gray%d" % r.randint(62, 76), "-strokewidth", str(sw),
                    "-draw", "bezier %d,%d %d,%d %d,%d" % (p0[0], p0[1], mx, my, p1[0], p1[1])]
    for _ in range(r.randint(4, 8)):
        a, l = r.choice(ends)
        t = r.uniform(0.2, 0.9)
        x, y = hx + math.cos(a) * l * t, hy + math.sin(a) * l * t
        rad = r.uniform(0.3, 0.8) * mm
        cmd += ["-stroke", "none", "-fill", "gray%d" % r.randint(35, 55), "-draw", "circle %d,%d %d,%d" % (x, y, x + rad, y)]
    B.run(cmd + [p])


def grille(p, r, mm):
    """sunlight through a window's security grille (防盗窗) on a phone photo: the soft shadow of evenly spaced
    vertical bars, one or two cross bars and a decorative curl, slightly skewed by the angle of the sun."""
    W, H = P.size_of(p)
    m = p + ".grille.png"
    gap = r.uniform(0.11, 0.16) * W
    bar = max(4, int(r.uniform(2.2, 3.4) * mm))
    skew = r.uniform(-0.18, 0.18)
    x = r.uniform(0, gap)
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray%d" % r.randint(58, 70), "-stroke", "none"]
    while x < W + gap:
        cmd += ["-draw", "polygon %d,0 %d,0 %d,%d %d,%d" % (x, x + bar, x + bar + skew * H, H, x + skew * H, H)]
        x += gap
    for yb in sorted(r.sample([0.22, 0.38, 0.55, 0.7], r.randint(1, 2))):
        y = int(yb * H)
        cmd += ["-draw", "rectangle 0,%d %d,%d" % (y, W, y + bar)]
        cx = int(r.uniform(0.3, 0.7) * W)
        rad = int(gap * 0.3)
        cmd += ["-fill", "none", "-stroke", "gray64", "-strokewidth", str(max(3, bar // 2)),
                "-draw", "arc %d,%d %d,%d 180,520" % (cx - rad, y - 2 * rad, cx + rad, y), "-fill", "gray64", "-stroke", "none"]
    cmd += ["-blur", "0x%d" % max(4, int(1.8 * mm)), m]
    B.run(cmd)
    B.run(["convert", p, m, "-compose", "Multiply", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h114-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "cobweb" in opts:
            cobweb(p, r, mm)
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
