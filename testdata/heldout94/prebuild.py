#!/usr/bin/env python3
"""Pre-build step of testdata/heldout94: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for x-photo, before heldout7's phone photo):

  :tealeaf  the sheets lay on a teacher's desk beside a glass of green tea
            and were scanned with a few dried, curled tea leaves stuck to
            them: small dark olive leaves (4-9 mm) with a lighter midrib and
            a faint yellow-brown tea tint round each, plus a few tiny dark
            leaf crumbs, mostly in the margins.
  :steam    a phone photo taken on a canteen table beside a hot bowl of
            noodle soup: soft, wavering plumes of steam rise from just below
            the bottom edge (right of the middle) up to about half the page,
            a milky haze that lifts the ink towards white where it is thick
            (screen blend, up to about 20 % grey added).

Methods used: `x-scanpdf:<dpi>[:color|:mono][:tealeaf]`,
`x-photo:<dpi>:<font>[:steam]`. heldout7 and heldout15 ignore the options
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
OPTIONS = ("tealeaf", "steam")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def tealeaf(p, r, mm):
    W, H = P.size_of(p)
    cmd = ["convert", p]
    tints = []
    for k in range(r.randint(4, 7)):
        # mostly in the margins: left/right strips or the bottom band
        side = r.random()
        if side < 0.35:
            cx = r.uniform(0.01, 0.07) * W
            cy = r.uniform(0.05, 0.95) * H
        elif side < 0.7:
            cx = r.uniform(0.93, 0.99) * W
            cy = r.uniform(0.05, 0.95) * H
        else:
            cx = r.uniform(0.1, 0.9) * W
            cy = r.uniform(0.955, 0.99) * H
        L = r.uniform(4, 9) * mm
        w = L * r.uniform(0.25, 0.4)
        a = r.uniform(0, math.pi)
        ca, sa = math.cos(a), math.sin(a)
        pts = []
        for j in range(16):
            t = 2 * math.pi * j / 16
            x, y = L / 2 * math.cos(t), w / 2 * math.sin(t) * (1 + 0.25 * math.sin(3 * t))
            pts.append((cx + x * ca - y * sa, cy + x * sa + y * ca))
        tints.append((cx, cy, L))
        g = r.randint(0, 3)
        col = ["#3b3f1c", "#4a4a22", "#2f3418", "#51502a"][g]
        cmd += ["-stroke", "none", "-fill", col, "-draw", "polygon " + " ".join("%d,%d" % q for q in pts),
                "-stroke", "#7d7a4a", "-strokewidth", "%d" % max(1, int(0.25 * mm)),
                "-draw", "line %d,%d %d,%d" % (cx - L * 0.42 * ca, cy - L * 0.42 * sa, cx + L * 0.42 * ca, cy + L * 0.42 * sa)]
    for k in range(r.randint(5, 10)):   # crumbs
        cx, cy = r.uniform(0.02, 0.98) * W, r.uniform(0.02, 0.98) * H
        rr = r.uniform(0.3, 0.7) * mm
        cmd += ["-stroke", "none", "-fill", "#3f3a1e", "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + rr, cy)]
    tint = p + ".tint.png"
    tc = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "#efe3bf"]
    for cx, cy, L in tints:
        tc += ["-draw", "circle %d,%d %d,%d" % (cx, cy, cx + L * 0.9, cy)]
    B.run(tc + ["-blur", "0x%d" % max(3, int(2 * mm)), tint])
    B.run(["convert", p, tint, "-compose", "Multiply", "-composite", p])
    os.remove(tint)
    B.run(cmd + [p])


def steam(p, r, mm):
    W, H = P.size_of(p)
    # a milky haze rising from a bowl just off the bottom edge: a few soft,
    # wavering plumes that lift the dark ink towards white
    m = p + ".steam.png"
    x0 = r.uniform(0.55, 0.85) * W
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "gray%d" % r.randint(38, 48)]
    for k in range(r.randint(3, 5)):
        pts = []
        bx = x0 + r.uniform(-18, 18) * mm
        for j in range(14):
            t = j / 13.0
            y = H - t * r.uniform(0.45, 0.62) * H
            x = bx + math.sin(t * r.uniform(4, 7) + k) * r.uniform(8, 16) * mm - t * r.uniform(0, 30) * mm
            pts.append((x, y))
        cmd += ["-stroke", "gray%d" % r.randint(40, 55), "-strokewidth", "%d" % int(r.uniform(14, 26) * mm),
                "-draw", "polyline " + " ".join("%d,%d" % q for q in pts)]
    cmd += ["-stroke", "none", "-draw", "ellipse %d,%d %d,%d 0,360" % (x0, H, 45 * mm, 30 * mm), "-blur", "0x%d" % int(9 * mm), m]
    B.run(cmd)
    B.run(["convert", p, m, "-compose", "Screen", "-composite", p])
    os.remove(m)


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h94-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "tealeaf" in opts:
            tealeaf(p, r, mm)
        if "steam" in opts:
            steam(p, r, mm)


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
