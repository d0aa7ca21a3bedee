#!/usr/bin/env python3
"""Pre-build step of testdata/heldout142: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new ways a page goes wrong before or
while it is captured. They act on the clean page images BEFORE heldout15's
scanner simulation (and, for photos, before heldout7's phone photo):

  :staranise  a dried star-anise pod (八角) left on the scanner glass: eight
              reddish-brown boat-shaped carpels round a centre, some split
              open on a glossy seed, a short stalk, 22-27 mm across, with a
              soft shadow; at the left or right edge, lower or middle part
              of the page (overlapping the text edge a little at most).
  :magnifier  a hand magnifying glass (放大镜) lying on the photographed
              sheet, right of the middle, between 30 and 80 % of the page
              height: a round lens 56-64 mm across that shows the print under
              it enlarged 1.3 times (so a thin ring just inside the rim is not
              seen), a dark rim with a bright reflection arc, and a black
              handle running off towards the lower right corner, with its
              shadow.

Methods used: `x-scanpdf:<dpi>[:color|:mono]:staranise`,
`x-photo:<dpi>:<font>:magnifier`, `x-scanpdf:<dpi>:photo:magnifier`.
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
OPTIONS = ("staranise", "magnifier")
DONE = set()
_h15_degrade = H15.degrade
_photo = P.photo


def _pts(pts):
    return " ".join("%d,%d" % (int(x), int(y)) for x, y in pts)


def staranise(p, r, mm, k):
    W, H = P.size_of(p)
    R = r.uniform(11, 13.5) * mm                     # carpel length from the centre
    left = (k + r.randint(0, 1)) % 2 == 0
    cx = r.uniform(0.02, 0.045) * W if left else W - r.uniform(0.02, 0.045) * W
    cx = max(cx, R * 0.55) if left else min(cx, W - R * 0.55)
    cy = r.uniform(0.45, 0.85) * H
    rot = r.uniform(0, 45)
    # the shadow: a blurred grey blot, a little offset
    sh = p + ".shadow.png"
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray62",
           "-draw", "circle %d,%d %d,%d" % (cx + 1.5 * mm, cy + 2 * mm, cx + 1.5 * mm + R * 0.95, cy + 2 * mm),
           "-blur", "0x%d" % max(3, int(2.5 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    cmd = ["convert", p]
    n = 8
    for j in range(n):
        a = math.radians(rot + j * 360.0 / n + r.uniform(-7, 7))
        L = R * r.uniform(0.82, 1.0)
        wmax = L * r.uniform(0.23, 0.28)
        ca, sa = math.cos(a), math.sin(a)
        side1, side2 = [], []
        for q in range(13):
            t = q / 12.0
            w = wmax * (math.sin(math.pi * min(1.0, t * 1.08)) ** 0.75) * (1 - 0.25 * t)
            x, y = cx + ca * L * t, cy + sa * L * t
            side1.append((x - sa * w, y + ca * w))
            side2.append((x + sa * w, y - ca * w))
        poly = side1 + side2[::-1]
        shade = r.choice(["#5a2c14", "#64321a", "#6e3a1d", "#552812"])
        cmd += ["-stroke", "#2e150a", "-strokewidth", "%d" % max(1, int(0.35 * mm)), "-fill", shade, "-draw", "polygon " + _pts(poly)]
        # the split along the top of the carpel, and a seed in some of them
        if r.random() < 0.6:
            seam = [(cx + ca * L * t, cy + sa * L * t) for t in (0.25, 0.5, 0.75, 0.92)]
            cmd += ["-fill", "none", "-stroke", "#23100a", "-strokewidth", "%d" % max(2, int(0.55 * mm)), "-draw", "polyline " + _pts(seam)]
            if r.random() < 0.6:
                sx, sy = cx + ca * L * 0.55, cy + sa * L * 0.55
                sw, sl = wmax * 0.45, L * 0.17
                ang = math.degrees(a)
                cmd += ["-stroke", "#3b2110", "-strokewidth", "1", "-fill", "#b07a3c",
                        "-draw", "translate %d,%d rotate %.1f ellipse 0,0 %d,%d 0,360" % (sx, sy, ang, sl, sw),
                        "-stroke", "none", "-fill", "#e3c08a",
                        "-draw", "translate %d,%d rotate %.1f ellipse %d,%d %d,%d 0,360" % (sx, sy, ang, -sl * 0.3, -sw * 0.3, sl * 0.3, sw * 0.25)]
    # the centre boss and the stalk
    cmd += ["-stroke", "#2a130a", "-strokewidth", "1", "-fill", "#4a2410",
            "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + 1.6 * mm, cy)]
    sa_ = math.radians(rot + 22.5 + r.uniform(-10, 10))
    stalk = [(cx, cy), (cx + math.cos(sa_) * 6 * mm, cy + math.sin(sa_) * 6 * mm + 0.8 * mm)]
    cmd += ["-fill", "none", "-stroke", "#3d1f0e", "-strokewidth", "%d" % max(2, int(0.9 * mm)), "-draw", "polyline " + _pts(stalk)]
    B.run(cmd + [p])


def magnifier(p, r, mm, k):
    W, H = P.size_of(p)
    R = r.uniform(28, 32) * mm
    cx = r.uniform(0.55, 0.72) * W
    cy = r.uniform(0.30, 0.80) * H
    z = 1.3
    x0, y0 = int(cx - R / z), int(cy - R / z)
    s = int(2 * R / z)
    D = int(2 * R)
    lens = p + ".lens.png"
    mask = p + ".mask.png"
    # the print under the lens, enlarged and a touch brighter (the glass), cut to a circle
    B.run(["convert", p, "-crop", "%dx%d+%d+%d" % (s, s, x0, y0), "+repage", "-resize", "%dx%d!" % (D, D),
           "-modulate", "104,96", lens])
    B.run(["convert", "-size", "%dx%d" % (D, D), "xc:black", "-fill", "white", "-draw", "circle %d,%d %d,%d" % (R, R, R, 1), mask])
    B.run(["convert", lens, mask, "-alpha", "off", "-compose", "CopyOpacity", "-composite", lens])
    # the handle's shadow, then the lens, then rim, reflection and handle
    ha = math.radians(r.uniform(28, 48))
    hx0, hy0 = cx + math.cos(ha) * (R + 1 * mm), cy + math.sin(ha) * (R + 1 * mm)
    hl = r.uniform(80, 95) * mm
    hx1, hy1 = hx0 + math.cos(ha) * hl, hy0 + math.sin(ha) * hl
    hw = r.uniform(10, 12) * mm
    sh = p + ".shadow.png"
    off = 3 * mm
    B.run(["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", "gray55", "-stroke", "gray55",
           "-strokewidth", "%d" % hw, "-draw", "line %d,%d %d,%d" % (hx0 + off, hy0 + off, hx1 + off, hy1 + off),
           "-fill", "none", "-strokewidth", "%d" % (4 * mm), "-draw", "circle %d,%d %d,%d" % (cx + off, cy + off, cx + off + R + 2 * mm, cy + off),
           "-blur", "0x%d" % max(3, int(3 * mm)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)
    B.run(["convert", p, lens, "-geometry", "+%d+%d" % (int(cx - R), int(cy - R)), "-compose", "Over", "-composite", p])
    os.remove(lens)
    os.remove(mask)
    arc0 = r.uniform(200, 230)
    cmd = ["convert", p,
           "-fill", "none", "-stroke", "#1c1c1c", "-strokewidth", "%d" % max(4, int(3 * mm)),
           "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R + 1.5 * mm, cy),
           "-stroke", "#8a8a8a", "-strokewidth", "%d" % max(1, int(0.4 * mm)),
           "-draw", "circle %d,%d %d,%d" % (cx, cy, cx + R + 0.2 * mm, cy),
           "-stroke", "#fbfbfb", "-strokewidth", "%d" % max(2, int(1.6 * mm)),
           "-draw", "arc %d,%d %d,%d %d,%d" % (cx - R * 0.8, cy - R * 0.8, cx + R * 0.8, cy + R * 0.8, arc0, arc0 + 55),
           # the handle: a collar, then a long black grip with a lighter ridge
           "-stroke", "#3a3a3a", "-strokewidth", "%d" % int(hw * 0.6),
           "-draw", "line %d,%d %d,%d" % (hx0 - math.cos(ha) * 2 * mm, hy0 - math.sin(ha) * 2 * mm, hx0 + math.cos(ha) * 9 * mm, hy0 + math.sin(ha) * 9 * mm),
           "-stroke", "#141414", "-strokewidth", "%d" % int(hw),
           "-draw", "line %d,%d %d,%d" % (hx0 + math.cos(ha) * 9 * mm, hy0 + math.sin(ha) * 9 * mm, hx1, hy1),
           "-stroke", "#4c4c4c", "-strokewidth", "%d" % max(2, int(hw * 0.12)),
           "-draw", "line %d,%d %d,%d" % (hx0 + math.cos(ha) * 12 * mm - math.sin(ha) * hw * 0.22, hy0 + math.sin(ha) * 12 * mm + math.cos(ha) * hw * 0.22 * -1,
                                          hx1 - math.sin(ha) * hw * 0.22, hy1 - math.cos(ha) * hw * 0.22)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h142-%s-%s" % (tag, dpi))
    mm = dpi / 25.4
    for i, p in enumerate(pngs):
        if "staranise" in opts:
            staranise(p, r, mm, i)
        if "magnifier" in opts:
            magnifier(p, r, mm, i)


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
